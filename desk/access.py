"""Who may see which case and entrepreneur: one helper per model, 404 to outsiders.

Officers and heads see the cases and entrepreneurs of the offices they staff; superusers
see all; editors (and any other staff) never see personal data.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404

from desk.models import Case, Entrepreneur, FollowUp, Office


def can_work_cases(user) -> bool:
    # Officers and heads carry desk.* through their role; editors only desk.view_office.
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
