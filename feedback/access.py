"""Which offices' feedback a staff member may read.

Invitations and answers carry the desk's office as a plain `office_id` (feedback stands
below the desk and never imports it), so the desk tells this module, once at start-up,
how to find a user's offices (`DeskConfig.ready`). Until it has — or for a user the desk
gives no office — nothing is visible, except to superusers.
"""

from collections.abc import Callable

from django.db.models import QuerySet

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
