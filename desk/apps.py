from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeskConfig(AppConfig):
    name = "desk"
    verbose_name = _("Desk")

    def ready(self):
        # Feedback is scoped to the offices a user works in; it cannot ask the desk itself.
        from desk.access import SCOPES, offices_for_user
        from feedback import access as feedback_access
        from infopoint import scope

        feedback_access.set_office_scope(lambda user: offices_for_user(user).values("pk"))
        # The back-office names desk objects (and colleagues) only of the user's offices.
        for model, narrow in SCOPES.items():
            scope.register(model, narrow)
