import uuid
from functools import wraps

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from desk import access, selectors
from desk.filters import CaseFilter
from desk.forms import (
    CaseEditForm,
    FollowUpForm,
    HandOutForm,
    IntakeForm,
    NoteForm,
    StatusForm,
    TimeForm,
)
from desk.models import Case, Channel
from desk.public_forms import BookingMoveForm
from desk.screens import CountedPaginator, admin_context
from desk.selectors import public_offices
from desk.services import cases as case_services
from desk.slots import free_slots

PAGE_SIZE = 25
FOLLOW_UPS_SHOWN = 10


# --- public office pages -----------------------------------------------------------


@require_GET
def office(request, slug):
    office = get_object_or_404(public_offices().select_related("service_standard"), slug=slug)
    return render(request, "desk/office.html", {"office": office})


@require_GET
def offices(request):
    return render(request, "desk/offices.html", {"offices": public_offices()})


# --- officer screens -----------------------------------------------------------------


def desk_staff_required(view):
    """Staff login (anonymous → the back-office login), then the desk role (else 403)."""

    @staff_member_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        access.require_desk_role(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def _add_service_error(form, error):
    """A service's ValidationError on the form; model-field errors become form-wide."""
    if hasattr(error, "error_dict"):
        error = ValidationError([item for items in error.error_dict.values() for item in items])
    form.add_error(None, error)


@require_http_methods(["GET", "POST"])
@desk_staff_required
def intake(request):
    user = request.user
    form = IntakeForm(
        request.POST or None,
        user=user,
        offices=access.offices_for_user(user).select_related("service_standard"),
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                case = _intake(request, form)
            except ValidationError as error:
                _add_service_error(form, error)
            else:
                messages.success(request, _("Case %(reference)s saved.") % {"reference": case})
                return redirect(case)
        # A double click or a resubmitted POST lands on the case the first one created.
        # A valid repeat never gets here (the key's unique index refuses its insert and
        # the service returns the first case); a repeat that no longer validates does,
        # say because the first one recorded the new entrepreneur it names.
        existing = _case_for_key(user, request.POST.get("idempotency_key"))
        if existing is not None:
            return redirect(existing)
    context = admin_context(request, _("New consultation"), form=form)
    return render(request, "desk/intake.html", context, status=400 if form.errors else 200)


def _case_for_key(user, key):
    try:
        key = uuid.UUID(str(key))
    except ValueError:
        return None
    return access.cases_for_user(user).filter(idempotency_key=key).first()


def _intake(request, form):
    data = form.cleaned_data
    case_data = {
        "office": data["office"],
        "channel": data["channel"],
        "question": data["question"],
        "answer": data["answer"],
        "officer": request.user,
        "topics": data["topics"],
        "handouts": data["handouts"],
        "no_manual_answer": data["no_manual_answer"],
        "idempotency_key": data["idempotency_key"],
        "author": request.user,
    }
    new_entrepreneur = form.new_entrepreneur_data()
    if new_entrepreneur:
        return case_services.case_intake_with_new_entrepreneur(
            entrepreneur_data=new_entrepreneur,
            consent_given=data["consent"],
            recorded_by=request.user,
            **case_data,
        )
    return case_services.case_intake(entrepreneur=data["entrepreneur"], **case_data)


@require_GET
@desk_staff_required
def entrepreneur_lookup(request):
    matches = selectors.entrepreneur_lookup(request.user, query=request.GET.get("q", ""))
    return render(
        request,
        "desk/intake.html#lookup_results",
        {"matches": matches, "query": request.GET.get("q", "")},
    )


@require_GET
@desk_staff_required
def my_queue(request):
    today = timezone.localdate()
    cases = selectors.officer_queue(request.user, today=today)
    page = CountedPaginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    follow_ups = selectors.follow_ups_due(request.user, today=today)
    more_follow_ups = False
    if request.GET.get("follow_ups") != "all":
        # The earliest few above the queue; the rest one click away.
        follow_ups = list(follow_ups[: FOLLOW_UPS_SHOWN + 1])
        more_follow_ups = len(follow_ups) > FOLLOW_UPS_SHOWN
        follow_ups = follow_ups[:FOLLOW_UPS_SHOWN]
    context = admin_context(
        request,
        _("My queue"),
        page=page,
        follow_ups=follow_ups,
        more_follow_ups=more_follow_ups,
        today=today,
    )
    return render(request, "desk/my_queue.html", context)


@require_GET
@desk_staff_required
def office_queue(request):
    offices = access.offices_for_user(request.user)
    case_filter = CaseFilter(
        request.GET or None,
        queryset=selectors.office_queue(request.user),
        offices=offices,
    )
    cases = case_filter.qs if case_filter.is_bound else case_filter.queryset
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = admin_context(
        request,
        _("Office queue"),
        filter=case_filter,
        page=page,
        query=query.urlencode(),
    )
    return render(request, "desk/office_queue.html", context)


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
        _add_service_error(form, error)
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
        _add_service_error(form, error)
        return case_page(request, case, status=400, status_form=form)
    messages.success(request, _("Status changed."))
    return redirect(case)


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


@require_GET
@desk_staff_required
def entrepreneur(request, pk):
    entrepreneur = access.get_entrepreneur_for_user(request.user, pk)
    cases = selectors.entrepreneur_cases(entrepreneur, request.user)
    consents = entrepreneur.consents.select_related("recorded_by")
    context = admin_context(
        request,
        str(entrepreneur),
        entrepreneur=entrepreneur,
        cases=cases,
        consents=consents,
        channels=Channel,
    )
    return render(request, "desk/entrepreneur.html", context)
