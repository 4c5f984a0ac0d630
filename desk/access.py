"""Who may see which case and entrepreneur: one helper per model, 404 to outsiders.

Officers and heads see the cases and entrepreneurs of the offices they staff; superusers
see all; editors (and any other staff) never see personal data.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.http import Http404

from desk.models import (
    Appointment,
    Case,
    CaseEvent,
    Consent,
    Entrepreneur,
    FollowUp,
    Office,
    OpeningHours,
    OutgoingEmail,
    Referral,
    ServiceStandard,
)


def can_work_cases(user) -> bool:
    # Officers and heads carry desk.view_case through their role; editors no desk permission.
    return user.is_authenticated and user.is_staff and user.has_perm("desk.view_case")


def require_desk_role(user):
    if not can_work_cases(user):
        raise PermissionDenied


def offices_for_user(user):
    if user.is_superuser:
        return Office.objects.all()
    return Office.objects.filter(staff=user)


def cases_for_user(user):
    if not can_work_cases(user):
        return Case.objects.none()
    if user.is_superuser:
        return Case.objects.all()
    return Case.objects.filter(office__staff=user)


def entrepreneurs_for_user(user):
    if not can_work_cases(user):
        return Entrepreneur.objects.none()
    if user.is_superuser:
        return Entrepreneur.objects.all()
    staffed = Office.staff.through.objects.filter(office_id=OuterRef("office_id"), user_id=user.pk)
    seen_by = Entrepreneur.offices.through.objects.filter(entrepreneur_id=OuterRef("pk")).filter(
        Exists(staffed)
    )
    return Entrepreneur.objects.filter(Exists(seen_by))


def _check_write(user, codename):
    if not user.has_perm(f"desk.{codename}"):
        raise PermissionDenied


def get_case_for_user(user, pk, *, write=False, queryset=None):
    require_desk_role(user)
    if write:
        _check_write(user, "change_case")
    queryset = queryset if queryset is not None else Case.objects.all()
    try:
        return queryset.filter(pk__in=cases_for_user(user).values("pk")).get(pk=pk)
    except (Case.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_entrepreneur_for_user(user, pk, *, write=False):
    require_desk_role(user)
    if write:
        _check_write(user, "change_entrepreneur")
    try:
        return entrepreneurs_for_user(user).get(pk=pk)
    except (Entrepreneur.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_follow_up_for_user(user, pk, *, write=False):
    require_desk_role(user)
    if write:
        _check_write(user, "change_followup")
    try:
        return FollowUp.objects.select_related("case").get(
            pk=pk, case__in=cases_for_user(user).values("pk")
        )
    except (FollowUp.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_referral_for_user(user, pk, *, write=False):
    require_desk_role(user)
    if write:
        _check_write(user, "change_referral")
    try:
        return Referral.objects.select_related("case", "organisation").get(
            pk=pk, case__in=cases_for_user(user).values("pk")
        )
    except (Referral.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def _staffed(user):
    return Office.staff.through.objects.filter(user_id=user.pk).values("office_id")


def _cases(user):
    return cases_for_user(user).values("pk")


def _colleagues(user, queryset):
    # Users who staff one of the user's offices, and the user: whom a follow-up or an
    # improvement action may be assigned to, whose name a form may show.
    colleagues = Office.staff.through.objects.filter(office_id__in=_staffed(user))
    return queryset.filter(Q(pk=user.pk) | Q(pk__in=colleagues.values("user_id")))


# What `infopoint.scope` narrows each desk model to (registered in `DeskConfig.ready`).
SCOPES = {
    Office: lambda user, queryset: queryset.filter(pk__in=_staffed(user)),
    OpeningHours: lambda user, queryset: queryset.filter(office_id__in=_staffed(user)),
    ServiceStandard: lambda user, queryset: queryset.filter(office_id__in=_staffed(user)),
    Case: lambda user, queryset: queryset.filter(pk__in=_cases(user)),
    CaseEvent: lambda user, queryset: queryset.filter(case_id__in=_cases(user)),
    FollowUp: lambda user, queryset: queryset.filter(case_id__in=_cases(user)),
    Referral: lambda user, queryset: queryset.filter(case_id__in=_cases(user)),
    Appointment: lambda user, queryset: queryset.filter(case_id__in=_cases(user)),
    OutgoingEmail: lambda user, queryset: queryset.filter(case_id__in=_cases(user)),
    Entrepreneur: lambda user, queryset: queryset.filter(
        pk__in=entrepreneurs_for_user(user).values("pk")
    ),
    Consent: lambda user, queryset: queryset.filter(
        entrepreneur_id__in=entrepreneurs_for_user(user).values("pk")
    ),
    get_user_model(): _colleagues,
}
