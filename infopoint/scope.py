"""Which objects of a model a staff member may name: one registry for the back-office.

`infopoint` stands below the apps, so each app tells this module, once at start-up
(`AppConfig.ready`), how to narrow a queryset of its models to what a user may see:
`register(Case, lambda user, queryset: ...)`. The admin applies it to every changelist,
every foreign-key and many-to-many choice, every autocomplete and raw-id lookup
(`infopoint.admin_scope`). Superusers see everything; a model nobody registered is not
scoped (the manual, the partner registry: nothing personal, nothing office-bound).
"""

from collections.abc import Callable

from django.db.models import QuerySet

_scopes: dict[str, Callable] = {}


def register(model, scope: Callable) -> None:
    """`scope(user, queryset)` returns the part of `queryset` the user may see."""
    _scopes[model._meta.label_lower] = scope


def is_scoped(model) -> bool:
    return _scope_of(model) is not None


def _scope_of(model):
    for candidate in [model, *model._meta.get_parent_list()]:
        scope = _scopes.get(candidate._meta.concrete_model._meta.label_lower)
        if scope is not None:
            return scope
    return None


def scoped(user, queryset: QuerySet) -> QuerySet:
    if user.is_superuser:
        return queryset
    scope = _scope_of(queryset.model)
    if scope is None:
        return queryset
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return queryset.none()
    return scope(user, queryset)
