from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DestructionLog(models.Model):
    """One run of a retention rule: what was anonymised or deleted, how many, how many rows
    of each table, when, under which rule — never the personal data itself.

    Federal Law 152-FZ (art. 21) requires personal data to be destroyed or anonymised once
    the purpose of processing is achieved; the operator documents each destruction.
    """

    class Subject(models.TextChoices):
        ENTREPRENEURS = "entrepreneurs", _("entrepreneurs")
        CONSENT_WITHDRAWN = "consent_withdrawn", _("entrepreneurs who withdrew consent")
        SITE_FEEDBACK = "site_feedback", _("site feedback")
        SEARCH_QUERIES = "search_queries", _("search queries")

    ran_at = models.DateTimeField(_("ran"), default=timezone.now)
    subject = models.CharField(_("what"), max_length=30, choices=Subject)
    count = models.PositiveIntegerField(_("how many"))
    rule = models.CharField(_("rule"), max_length=300)
    cutoff = models.DateTimeField(
        _("cut-off"),
        help_text=_("Data older than this (or inactive since before it) came under the rule."),
    )
    tables = models.JSONField(
        _("rows per table"),
        default=dict,
        db_default={},
        blank=True,
        help_text=_("How many rows of each table were anonymised or deleted."),
    )
    triggered_by = models.CharField(_("triggered by"), max_length=100, blank=True)

    class Meta:
        ordering = ["-ran_at", "-pk"]
        verbose_name = _("destruction log entry")
        verbose_name_plural = _("destruction log")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    subject__in=[
                        "entrepreneurs",
                        "consent_withdrawn",
                        "site_feedback",
                        "search_queries",
                    ]
                ),
                name="destructionlog_subject_valid",
            ),
        ]

    def __str__(self):
        ran = timezone.localtime(self.ran_at)
        return f"{ran:%Y-%m-%d %H:%M} · {self.get_subject_display()} · {self.count}"

    @property
    def rows(self):
        return sum(self.tables.values())
