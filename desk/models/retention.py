from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DestructionLog(models.Model):
    """One run of the retention rule: what was anonymised, how many, when, under which rule.

    Federal Law 152-FZ (art. 21) requires personal data to be destroyed or anonymised once
    the purpose of processing is achieved; the operator documents each destruction.
    """

    class Subject(models.TextChoices):
        ENTREPRENEURS = "entrepreneurs", _("entrepreneurs")

    ran_at = models.DateTimeField(_("ran"), default=timezone.now)
    subject = models.CharField(_("what"), max_length=30, choices=Subject)
    count = models.PositiveIntegerField(_("how many"))
    rule = models.CharField(_("rule"), max_length=300)
    cutoff = models.DateTimeField(_("inactive since before"))
    triggered_by = models.CharField(_("triggered by"), max_length=100, blank=True)

    class Meta:
        ordering = ["-ran_at", "-pk"]
        verbose_name = _("destruction log entry")
        verbose_name_plural = _("destruction log")
        constraints = [
            models.CheckConstraint(
                condition=Q(subject__in=["entrepreneurs"]), name="destructionlog_subject_valid"
            ),
        ]

    def __str__(self):
        return f"{self.ran_at:%Y-%m-%d %H:%M} · {self.get_subject_display()} · {self.count}"
