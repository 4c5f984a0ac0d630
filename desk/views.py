"""Public office pages, intake, the queues and the entrepreneur's page; the case page and
its actions are in case_views, referrals and bookings in referral_views."""

import uuid
from functools import wraps

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from desk import access, selectors
from desk.filters import CaseFilter
from desk.forms import (
    IntakeForm,
)
from desk.models import Channel
from desk.screens import CountedPaginator, admin_context
from desk.selectors import public_offices
from desk.services import cases as case_services

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


def add_service_error(form, error):
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
                add_service_error(form, error)
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
    matches = selectors.entrepreneur_lookup(
        request.user, query=request.GET.get("q", ""), office=request.GET.get("office") or None
    )
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
