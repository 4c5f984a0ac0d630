import pghistory
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from feedback.models.capture import ArticleVote, Response, SiteFeedback


def _in_language(russian, english):
    return english if get_language() == "en" and english else russian


@pghistory.track(
    model_name="ImprovementActionHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class ImprovementAction(models.Model):
    """Something the desk changes because of feedback. Once done, its "you said" and
    "we did" texts appear on the public page."""

    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("improvement action status", "open")
        IN_PROGRESS = "in_progress", pgettext_lazy("improvement action status", "in progress")
        DONE = "done", pgettext_lazy("improvement action status", "done")

    title = models.CharField(_("title"), max_length=200)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="improvement_actions",
        verbose_name=_("owner"),
    )
    office_id = models.PositiveBigIntegerField(
        _("office"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("The office the action concerns; empty for the whole department."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.OPEN)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    you_said = models.TextField(
        _("“you said” (public)"),
        blank=True,
        help_text=_("What entrepreneurs told us, in their words but without names."),
    )
    you_said_en = models.TextField(_("“you said” in English"), blank=True)
    we_did = models.TextField(
        _("“we did” (public)"),
        blank=True,
        help_text=_("What changed. Shown on the public page once the action is done."),
    )
    we_did_en = models.TextField(_("“we did” in English"), blank=True)
    responses = models.ManyToManyField(
        Response, blank=True, related_name="improvement_actions", verbose_name=_("responses")
    )
    article_votes = models.ManyToManyField(
        ArticleVote,
        blank=True,
        related_name="improvement_actions",
        verbose_name=_("article votes"),
    )
    site_feedback = models.ManyToManyField(
        SiteFeedback,
        blank=True,
        related_name="improvement_actions",
        verbose_name=_("site feedback"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("improvement action")
        verbose_name_plural = _("improvement actions")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["open", "in_progress", "done"]),
                name="improvementaction_status_valid",
            ),
            models.CheckConstraint(
                condition=(Q(status="done") & Q(done_at__isnull=False))
                | (~Q(status="done") & Q(done_at__isnull=True)),
                name="improvementaction_done_at_iff_done",
            ),
        ]
        indexes = [
            models.Index(
                fields=["-done_at"],
                condition=Q(status="done"),
                name="improvementaction_public_idx",
            )
        ]

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("feedback:you_said_we_did")

    @property
    def display_title(self):
        return _in_language(self.title, self.title_en)

    @property
    def display_description(self):
        return _in_language(self.description, self.description_en)

    @property
    def display_you_said(self):
        return _in_language(self.you_said, self.you_said_en)

    @property
    def display_we_did(self):
        return _in_language(self.we_did, self.we_did_en)

    @property
    def is_overdue(self):
        return (
            self.status != self.Status.DONE
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )
