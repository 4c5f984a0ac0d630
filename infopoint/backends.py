"""Django's model backend, reading the user with their newest two-factor reset
(`infopoint.security`) in the same query: a reset signs out the sessions that began
before it."""

from django.contrib.auth import backends, get_user_model

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
