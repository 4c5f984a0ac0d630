"""Which offices' feedback a staff member may read.

Invitations and answers carry the desk's office as a plain `office_id` (feedback stands
below the desk and never imports it), so the desk tells this module, once at start-up,
how to find a user's offices (`DeskConfig.ready`). Until it has — or for a user the desk
gives no office — nothing is visible, except to superusers.
"""

from collections.abc import Callable

from django.db.models import Exists, OuterRef, Q, QuerySet

_offices_of: Callable | None = None


def set_office_scope(offices_of: Callable) -> None:
    """`offices_of(user)` returns a queryset of the primary keys of the user's offices."""
    global _offices_of
    _offices_of = offices_of


def _of_offices(user, queryset: QuerySet, office_field: str) -> QuerySet:
    if user.is_superuser:
        return queryset
    if _offices_of is None:
        return queryset.none()
    return queryset.filter(**{f"{office_field}__in": _offices_of(user)})


def invitations_for_user(user, queryset: QuerySet) -> QuerySet:
    return _of_offices(user, queryset, "office_id")


def responses_for_user(user, queryset: QuerySet) -> QuerySet:
    return _of_offices(user, queryset, "invitation__office_id")


def improvement_actions_for_user(user, queryset: QuerySet) -> QuerySet:
    """Actions of the user's offices and of the whole department, except those linked to
    an answer of another office: an action opened from answers is titled with an
    entrepreneur's comment."""
    if user.is_superuser:
        return queryset
    if _offices_of is None:
        return queryset.none()
    from feedback.models import Response

    offices = _offices_of(user)
    foreign_answers = Response.objects.filter(improvement_actions=OuterRef("pk")).exclude(
        invitation__office_id__in=offices
    )
    return queryset.filter(
        Q(office_id__isnull=True) | Q(office_id__in=offices), ~Exists(foreign_answers)
    )


def may_name_office(user, office_id) -> bool:
    """Whether `user` may file something under the office `office_id` (None: the whole
    department)."""
    if office_id is None or user.is_superuser:
        return True
    return _offices_of is not None and _offices_of(user).filter(pk=office_id).exists()
