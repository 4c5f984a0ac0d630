from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A partner organisation the desk refers entrepreneurs to."""

    class Kind(models.TextChoices):
        CHAMBER = "chamber", _("chamber of commerce")
        EMPLOYMENT = "employment", _("employment agency")
        EXHIBITION = "exhibition", _("exhibition centre")
        TAX = "tax", _("tax authority")
        SUPPORT_FUND = "support_fund", _("support fund")
        SOCIAL_FUND = "social_fund", _("social fund")
        BANK = "bank", _("bank")
        MUNICIPAL = "municipal", _("municipal department")
        OTHER = "other", _("other")

    class Level(models.TextChoices):
        MUNICIPAL = "municipal", _("municipal")
        REGIONAL = "regional", _("regional")
        FEDERAL = "federal", _("federal")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    level = models.CharField(_("level"), max_length=10, choices=Level)
    address = models.CharField(_("address"), max_length=300, blank=True)
    address_en = models.CharField(_("address in English"), max_length=300, blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    opening_hours_en = models.TextField(_("opening hours in English"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("public description"), blank=True)
    description_en = models.TextField(_("public description in English"), blank=True)
    is_public = models.BooleanField(_("shown in the public directory"), default=True)
    referral_email = models.EmailField(
        _("referral e-mail"),
        blank=True,
        help_text=_("Referrals from the desk are sent to this address."),
    )
    answer_days = models.PositiveSmallIntegerField(
        _("agreed answer time (working days)"), default=3
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "chamber",
                        "employment",
                        "exhibition",
                        "tax",
                        "support_fund",
                        "social_fund",
                        "bank",
                        "municipal",
                        "other",
                    ]
                ),
                name="organisation_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(level__in=["municipal", "regional", "federal"]),
                name="organisation_level_valid",
            ),
            models.CheckConstraint(
                condition=Q(answer_days__gte=1, answer_days__lte=60),
                name="organisation_answer_days_range",
            ),
        ]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("stakeholders:organisation", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name
