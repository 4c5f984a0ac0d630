"""Django's model backend with permissions that outlive the request.

Each staff request asks for the user's permissions (the desk's role check, the admin's
sidebar): two queries with the plain backend. Here the user is read with the `auth` change
count (`infopoint.changes`, in the same query), and each process keeps the permission sets
per (user, superuser flag, count and the database it was read from): any change to users,
groups or permissions — anywhere, by anyone — makes a new count, so a revoked permission is
gone on the user's next request; a restore or a fail-over makes a new database. The same
query reads the user's newest two-factor reset (`infopoint.security`), which signs out the
sessions that began before it.
"""

import threading

from django.conf import settings
from django.contrib.auth import backends, get_user_model

from infopoint.changes import change_count, note_database, with_change_counts
from infopoint.lru import kept_in_process
from infopoint.security import latest_reset_sql

ENTRIES = 4096

_lock = threading.Lock()
_permissions = {}


@kept_in_process
def forget_permissions():
    """Forget this process's permission sets (tests)."""
    with _lock:
        _permissions.clear()


class ModelBackend(backends.ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        try:
            user = (
                with_change_counts(model._default_manager)
                .annotate(two_factor_reset=latest_reset_sql())
                .get(pk=user_id)
            )
        except model.DoesNotExist:
            return None
        note_database(user)
        return user if self.user_can_authenticate(user) else None

    def _get_permissions(self, user_obj, obj, from_name):
        count = change_count(user_obj, "auth")
        if (
            not settings.PERMISSION_CACHE
            or count is None
            or obj is not None
            or not user_obj.is_active
        ):
            return super()._get_permissions(user_obj, obj, from_name)
        attribute = f"_{from_name}_perm_cache"
        if hasattr(user_obj, attribute):
            return getattr(user_obj, attribute)
        key = (user_obj.pk, user_obj.is_superuser, count, from_name)
        permissions = _permissions.get(key)
        if permissions is None:
            permissions = frozenset(super()._get_permissions(user_obj, obj, from_name))
            with _lock:
                if len(_permissions) >= ENTRIES:
                    _permissions.clear()
                _permissions[key] = permissions
        setattr(user_obj, attribute, permissions)
        return permissions
