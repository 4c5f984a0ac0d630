"""The case page and what an officer does on it: edit, status, notes, handouts,
follow-ups, the walk-in's times."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from desk import access, selectors
from desk.forms import (
    CaseEditForm,
    FollowUpForm,
    HandOutForm,
    NoteForm,
    StatusForm,
    TimeForm,
)
from desk.models import Case
from desk.public_forms import BookingMoveForm
from desk.screens import admin_context
from desk.services import cases as case_services
from desk.slots import free_slots
from desk.views import add_service_error, desk_staff_required
from feedback import selectors as feedback_selectors
from feedback import services as feedback_services
from infopoint.roles import is_head


def case_page(request, case, status=200, **forms):
    # The edit form opens on request (`?edit=1`, or htmx asks case_edit_form): its topic
    # and gap-topic choices cost as much to render as the rest of the actions together.
    if "edit" in request.GET:
        forms.setdefault("edit_form", CaseEditForm(instance=case))
    forms.setdefault("status_form", StatusForm(case=case))
    forms.setdefault("note_form", NoteForm())
    forms.setdefault("hand_out_form", HandOutForm())
    forms.setdefault("follow_up_form", FollowUpForm(case=case))
    appointment = getattr(case, "appointment", None)  # a reverse one-to-one: may be absent
    if appointment is not None and appointment.status != appointment.Status.CANCELLED:
        forms.setdefault("move_form", BookingMoveForm(slots=free_slots(office=case.office)))
    # Handouts are picked from the case's topics or found by title, never from a list of
    # every published page. `q` is the search without JavaScript (htmx asks
    # case_handout_search instead).
    query = request.GET.get("q", "")
    context = admin_context(
        request,
        str(case),
        case=case,
        today=timezone.localdate(),
        handout_suggestions=selectors.handout_suggestions(case),
        handout_query=query,
        handout_matches=selectors.handout_search(query, case=case),
        appointment=appointment,
        **forms,
    )
    return render(request, "desk/case.html", context, status=status)


def _load_case(request, pk, *, write=False):
    return access.get_case_for_user(
        request.user, pk, write=write, queryset=selectors.case_detail_queryset()
    )


@require_GET
@desk_staff_required
def case(request, pk):
    return case_page(request, _load_case(request, pk))


@require_GET
@desk_staff_required
def case_edit_form(request, pk):
    case = access.get_case_for_user(request.user, pk)
    return render(
        request,
        "desk/case.html#edit_form",
        {"case": case, "edit_form": CaseEditForm(instance=case)},
    )


@require_POST
@desk_staff_required
def case_edit(request, pk):
    case = _load_case(request, pk, write=True)
    form = CaseEditForm(request.POST, instance=Case.objects.get(pk=case.pk))
    if not form.is_valid():
        return case_page(request, case, status=400, edit_form=form)
    data = {
        key: form.cleaned_data[key]
        for key in case_services.EDITABLE_FIELDS
        if key in form.cleaned_data
    }
    try:
        case_services.case_update(
            case=case,
            expected_version=form.cleaned_data["version"],
            user=request.user,
            data=data,
            topics=form.cleaned_data["topics"],
        )
    except case_services.CaseConflict as conflict:
        context = admin_context(
            request,
            _("Someone else changed this case"),
            case=conflict.current,
            changed_fields=conflict.changed_fields,
            form=form,
        )
        return render(request, "desk/case_conflict.html", context, status=409)
    except ValidationError as error:
        add_service_error(form, error)
        return case_page(request, case, status=400, edit_form=form)
    messages.success(request, _("Case saved."))
    return redirect(case)


@require_POST
@desk_staff_required
def case_status(request, pk):
    case = _load_case(request, pk, write=True)
    form = StatusForm(request.POST, case=case)
    if not form.is_valid():
        return case_page(request, case, status=400, status_form=form)
    try:
        if form.cleaned_data["to_status"] == Case.Status.CLOSED:
            closed = case_services.case_close(
                case=case,
                user=request.user,
                note=form.cleaned_data["note"],
                open_items=form.cleaned_data.get("open_items") or None,
            )
            if closed is None:
                messages.info(request, _("The case stays open."))
                return redirect(case)
        else:
            case_services.case_change_status(
                case=case,
                to_status=form.cleaned_data["to_status"],
                user=request.user,
                note=form.cleaned_data["note"],
            )
    except ValidationError as error:
        add_service_error(form, error)
        return case_page(request, case, status=400, status_form=form)
    messages.success(request, _("Status changed."))
    invitation = feedback_selectors.open_invitation(case.reference)
    if case.status == Case.Status.CLOSED and invitation and not invitation.email:
        # A visitor without an e-mail address gets the invitation on paper, now.
        messages.info(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _("The visitor has no e-mail address for the feedback invitation."),
                reverse("desk:case_feedback_slip", kwargs={"pk": case.pk}),
                _("Print the feedback slip to hand over"),
            ),
        )
    return redirect(case)


@require_GET
@desk_staff_required
def case_feedback_slip(request, pk):
    """The printed invitation to rate a case just closed: its QR code, short code and
    expiry, in the visitor's language. Only the day it was closed, and only for its own
    officer or a head of its office: a code lets anyone answer, and answers rate officers
    (docs/security.md)."""
    case = access.get_case_for_user(request.user, pk)
    invitation = feedback_selectors.open_invitation(case.reference)
    closed_today = case.closed_at and timezone.localdate(case.closed_at) == timezone.localdate()
    allowed = case.officer_id == request.user.pk or is_head(request.user)
    if not (case.status == Case.Status.CLOSED and closed_today and allowed and invitation):
        raise Http404
    # The slip in the visitor's language; its buttons in the officer's, and back to the
    # officer's case page, not the visitor's language version of it.
    staff = {"staff_language": translation.get_language(), "back_url": case.get_absolute_url()}
    with translation.override(invitation.language):
        url = settings.SITE_URL + reverse("feedback:respond", kwargs={"code": invitation.code})
        qr = feedback_services.qr_svg(url, title=_("QR code: rate your consultation"))
        context = {
            **staff,
            "case": case,
            "invitation": invitation,
            "enter_url": settings.SITE_URL + reverse("feedback:enter"),
            # segno's SVG of our own URL: nothing of the visitor's in it.
            "qr": mark_safe(qr),
        }
        return render(request, "desk/feedback_slip.html", context)


@require_POST
@desk_staff_required
def case_note(request, pk):
    case = _load_case(request, pk, write=True)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return case_page(request, case, status=400, note_form=form)
    case_services.case_add_note(case=case, user=request.user, text=form.cleaned_data["text"])
    messages.success(request, _("Note added."))
    return redirect(case)


@require_POST
@desk_staff_required
def case_hand_out(request, pk):
    case = _load_case(request, pk, write=True)
    form = HandOutForm(request.POST)
    if not form.is_valid():
        return case_page(request, case, status=400, hand_out_form=form)
    case_services.case_hand_out(
        case=case, user=request.user, articles=form.cleaned_data["articles"]
    )
    messages.success(request, _("Manual pages handed out."))
    return redirect(case)


@require_GET
@desk_staff_required
def case_handout_search(request, pk):
    case = access.get_case_for_user(request.user, pk)
    query = request.GET.get("q", "")
    return render(
        request,
        "desk/case.html#handout_matches",
        {"handout_matches": selectors.handout_search(query, case=case), "handout_query": query},
    )


@require_POST
@desk_staff_required
def case_follow_up(request, pk):
    case = _load_case(request, pk, write=True)
    form = FollowUpForm(request.POST, case=case)
    if not form.is_valid():
        return case_page(request, case, status=400, follow_up_form=form)
    case_services.follow_up_add(
        case=case,
        user=request.user,
        due_date=form.cleaned_data["due_date"],
        text=form.cleaned_data["text"],
        assigned_to=form.cleaned_data["assigned_to"],
    )
    messages.success(request, _("Follow-up added."))
    return redirect(case)


@require_POST
@desk_staff_required
def follow_up_done(request, pk):
    follow_up = access.get_follow_up_for_user(request.user, pk, write=True)
    case_services.follow_up_done(follow_up=follow_up, user=request.user)
    messages.success(request, _("Follow-up done."))
    return redirect(follow_up.case)


@require_POST
@desk_staff_required
def case_time(request, pk):
    case = _load_case(request, pk, write=True)
    form = TimeForm(request.POST)
    if form.is_valid():
        try:
            case_services.case_mark_time(
                case=case, user=request.user, moment=form.cleaned_data["moment"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return redirect(case)
