"""Referrals and bookings behind the case page, the partner's answer page (a signed link,
no account) and the entrepreneur's data rights: the export and withdrawing consent."""

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from desk import access, selectors
from desk.case_views import case_page
from desk.models import Appointment, Case, Referral
from desk.public_forms import (
    BookingMoveForm,
    PartnerAnswerForm,
    ReferralForm,
    ReferralWithdrawForm,
)
from desk.screens import admin_context
from desk.services import public as public_services
from desk.services import referrals as referral_services
from desk.services.entrepreneurs import consent_withdraw
from desk.services.retention import entrepreneur_export
from desk.slots import free_slots
from desk.views import desk_staff_required
from infopoint.ratelimit import ratelimit


def _case_with_referrals(request, pk, *, write=False):
    queryset = Case.objects.select_related("office", "entrepreneur", "appointment")
    return access.get_case_for_user(request.user, pk, write=write, queryset=queryset)


def _referrals_page(request, case, *, form=None, status=200):
    context = {
        **admin_context(
            request, _("Referrals of case %(reference)s") % {"reference": case.reference}
        ),
        "case": case,
        "referrals": Referral.objects.filter(case=case).select_related("organisation"),
        "form": form or ReferralForm(),
    }
    return render(request, "desk/referral_new.html", context, status=status)


@desk_staff_required
@require_http_methods(["GET", "POST"])
def referral_new(request, pk):
    write = request.method == "POST"
    case = _case_with_referrals(request, pk, write=write)
    if not write:
        return _referrals_page(request, case)
    form = ReferralForm(request.POST)
    if form.is_valid():
        try:
            referral = referral_services.referral_send(
                case=case, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Referred to %(organisation)s; the partner has been e-mailed.")
                % {"organisation": referral.organisation},
            )
            return redirect(case)
    return _referrals_page(request, case, form=form, status=400)


@desk_staff_required
@require_http_methods(["GET", "POST"])
def referral_withdraw(request, pk):
    write = request.method == "POST"
    referral = access.get_referral_for_user(request.user, pk, write=write)
    form = ReferralWithdrawForm(request.POST if write else None)
    if write and form.is_valid():
        try:
            referral_services.referral_withdraw(
                referral=referral, reason=form.cleaned_data["reason"], user=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Referral withdrawn."))
            return redirect(referral.case)
    context = {
        **admin_context(request, _("Withdraw the referral")),
        "referral": referral,
        "form": form,
    }
    return render(
        request, "desk/referral_withdraw.html", context, status=400 if form.errors else 200
    )


def _appointment_for(request, pk):
    case = _case_with_referrals(request, pk, write=True)
    try:
        return case, case.appointment
    except Appointment.DoesNotExist:
        return case, None


@desk_staff_required
@require_POST
def booking_confirm(request, pk):
    case, appointment = _appointment_for(request, pk)
    if appointment is None:
        return redirect(case)
    try:
        public_services.booking_confirm(appointment=appointment, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Booking confirmed; the entrepreneur has been e-mailed."))
    return redirect(case)


@desk_staff_required
@require_POST
def booking_move(request, pk):
    case, appointment = _appointment_for(request, pk)
    if appointment is None:
        return redirect(case)
    form = BookingMoveForm(request.POST, slots=free_slots(office=case.office))
    if form.is_valid():
        try:
            public_services.booking_move(
                appointment=appointment, starts_at=form.cleaned_data["slot"], user=request.user
            )
        except ValidationError as error:
            form.add_error("slot", error)
        else:
            messages.success(request, _("Booking moved; the entrepreneur has been e-mailed."))
            return redirect(case)
    case = access.get_case_for_user(
        request.user, case.pk, write=True, queryset=selectors.case_detail_queryset()
    )
    return case_page(request, case, status=400, move_form=form)


@desk_staff_required
@require_GET
def entrepreneur_export_view(request, pk):
    entrepreneur = access.get_entrepreneur_for_user(request.user, pk)
    # Another office's cases of the same person stay that office's, as on their page.
    data = entrepreneur_export(
        entrepreneur=entrepreneur, cases_within=access.cases_for_user(request.user)
    )
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="entrepreneur-{entrepreneur.pk}-{stamp}.json"'
    )
    return response


@desk_staff_required
@require_http_methods(["GET", "POST"])
def consent_withdraw_view(request, pk):
    """The entrepreneur withdraws consent (152-FZ art. 9 part 2), at the desk or by a letter
    the officer records: a confirmation page, then the POST. The history keeps who did it."""
    entrepreneur = access.get_entrepreneur_for_user(request.user, pk, write=True)
    if request.method == "POST":
        if consent_withdraw(entrepreneur=entrepreneur):
            messages.success(
                request,
                _(
                    "Consent withdrawn. Their personal data is anonymised tonight; new cases "
                    "of this entrepreneur can only be anonymous."
                ),
            )
        return redirect(entrepreneur)
    context = {
        **admin_context(request, _("Withdraw consent")),
        "entrepreneur": entrepreneur,
        "active": entrepreneur.consents.filter(withdrawn_at__isnull=True),
    }
    return render(request, "desk/consent_withdraw.html", context)


# --- the partner's page ---------------------------------------------------------------


@never_cache
@ratelimit(group="desk-referral", rate="30/h")
@require_http_methods(["GET", "POST"])
def referral_answer(request, token):
    try:
        referral = referral_services.referral_from_token(token)
    except referral_services.ReferralLinkExpired:
        return render(request, "desk/referral_link_expired.html", status=410)
    except referral_services.ReferralLinkInvalid:
        return render(request, "desk/referral_link_invalid.html", status=400)
    if referral.status == Referral.Status.WITHDRAWN:
        return render(request, "desk/referral_withdrawn.html", {"referral": referral}, status=410)
    if referral.is_final:
        status = 409 if request.method == "POST" else 200
        return render(
            request, "desk/referral_answered.html", {"referral": referral}, status=status
        )
    form = PartnerAnswerForm(request.POST or None, referral=referral)
    if request.method == "POST" and form.is_valid():
        try:
            referral = referral_services.referral_answer(
                referral=referral,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
            )
        except ValidationError:
            referral.refresh_from_db()
            if referral.status == Referral.Status.WITHDRAWN:
                context = {"referral": referral}
                return render(request, "desk/referral_withdrawn.html", context, status=410)
            return render(
                request, "desk/referral_answered.html", {"referral": referral}, status=409
            )
        return render(
            request, "desk/referral_answered.html", {"referral": referral, "thanks": True}
        )
    context = {"referral": referral, "form": form}
    return render(request, "desk/referral.html", context, status=400 if form.errors else 200)
