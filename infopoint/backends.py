"""Django's model backend, reading the user with their newest two-factor reset
(`infopoint.security`) in the same query: a reset signs out the sessions that began
before it; and a user's permissions, their own and their groups', in one query."""

from django.contrib.auth import backends, get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from infopoint.security import latest_reset_sql


class ModelBackend(backends.ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        try:
            user = model._default_manager.annotate(two_factor_reset=latest_reset_sql()).get(
                pk=user_id
            )
        except model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        """The user's permissions and their groups' in one query (Django's backend asks
        twice), kept on the user for the request as Django keeps them."""
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if user_obj.is_superuser:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            own = Permission.user_set.through.objects.filter(user=user_obj)
            groups = Permission.group_set.through.objects.filter(group__user=user_obj)
            both = Permission.objects.filter(
                Q(pk__in=own.values("permission_id")) | Q(pk__in=groups.values("permission_id"))
            ).values_list("content_type__app_label", "codename")
            user_obj._perm_cache = {f"{app}.{codename}" for app, codename in both.order_by()}
        return user_obj._perm_cache
