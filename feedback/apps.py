from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Feedback")

    def ready(self):
        # The back-office names invitations, answers and the improvement actions opened
        # from them only of the user's offices.
        from feedback import access
        from feedback.models import ImprovementAction, Invitation, Response
        from infopoint import scope

        scope.register(Invitation, access.invitations_for_user)
        scope.register(Response, access.responses_for_user)
        scope.register(ImprovementAction, access.improvement_actions_for_user)
