import pghistory
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from desk.models.offices import Office


@pghistory.track(
    model_name="ServiceStandardHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class ServiceStandard(models.Model):
    """The answer times an office promises, in Russian working days, published on its page."""

    office = models.OneToOneField(
        Office,
        on_delete=models.CASCADE,
        related_name="service_standard",
        verbose_name=_("office"),
    )
    first_answer_days = models.PositiveSmallIntegerField(
        _("first answer within (working days)"), default=1
    )
    resolution_days = models.PositiveSmallIntegerField(
        _("resolution within (working days)"), default=5
    )
    partner_answer_days = models.PositiveSmallIntegerField(
        _("partner answer within (working days)"), default=3
    )
    description = models.TextField(
        _("public description"),
        blank=True,
        help_text=_("What the office does and does not do, shown on its public page."),
    )
    description_en = models.TextField(_("public description in English"), blank=True)

    class Meta:
        verbose_name = _("service standard")
        verbose_name_plural = _("service standards")
        constraints = [
            models.CheckConstraint(
                condition=Q(first_answer_days__gte=1, resolution_days__gte=1),
                name="servicestandard_days_positive",
            ),
            models.CheckConstraint(
                condition=Q(resolution_days__gte=F("first_answer_days")),
                name="servicestandard_resolution_after_first_answer",
            ),
        ]

    def __str__(self):
        return str(self.office)

    @property
    def display_description(self):
        if get_language() == "en" and self.description_en:
            return self.description_en
        return self.description
