import pghistory
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

ATTACHMENT_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "jpg", "png"]
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024


def validate_attachment_size(file):
    if file.size > ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(limit)s MB."),
            code="file_too_large",
            params={"limit": ATTACHMENT_MAX_BYTES // (1024 * 1024)},
        )


def _localised(obj, field):
    english = getattr(obj, f"{field}_en")
    return english if get_language() == "en" and english else getattr(obj, field)


@pghistory.track()
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
    services = models.TextField(
        _("services for entrepreneurs"),
        blank=True,
        help_text=_("What the organisation does for entrepreneurs; one service a line."),
    )
    services_en = models.TextField(_("services for entrepreneurs in English"), blank=True)

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
        return _localised(self, "name")

    @property
    def display_address(self):
        return _localised(self, "address")

    @property
    def display_opening_hours(self):
        return _localised(self, "opening_hours")

    @property
    def display_description(self):
        return _localised(self, "description")

    @property
    def display_services(self):
        return [line.strip() for line in _localised(self, "services").splitlines() if line.strip()]


@pghistory.track()
class ContactPerson(models.Model):
    """A person at a partner organisation. Personal data: shown to staff only, never public."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="contact_people",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["organisation", "name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return self.name


@pghistory.track(
    model_name="CommunicationHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Communication(models.Model):
    """An entry of the communication log with a partner: a meeting, a call, an agreement."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("meeting")
        CALL = "call", _("call")
        LETTER = "letter", _("letter")
        JOINT_EVENT = "joint_event", _("joint event")
        AGREEMENT = "agreement", _("agreement")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="communications",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"))
    attachment = models.FileField(
        _("attachment"),
        upload_to="stakeholders/communications/%Y/%m/",
        blank=True,
        validators=[
            FileExtensionValidator(allowed_extensions=ATTACHMENT_EXTENSIONS),
            validate_attachment_size,
        ],
        help_text=_("PDF, DOCX, XLSX, ODT, JPG or PNG, at most 10 MB."),
    )
    next_step = models.TextField(_("next step"), blank=True)
    next_step_date = models.DateField(_("next step date"), null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("communication log entry")
        verbose_name_plural = _("communication log")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["meeting", "call", "letter", "joint_event", "agreement"]),
                name="communication_kind_valid",
            ),
        ]

    def __str__(self):
        day = date_format(self.date, "SHORT_DATE_FORMAT")
        return f"{day} {self.get_kind_display()}: {self.organisation.display_name}"


class StakeholderAssessment(models.Model):
    """One scoring of a partner's influence and interest; the latest one is the current."""

    class Quadrant(models.TextChoices):
        MANAGE_CLOSELY = "manage_closely", _("manage closely")
        KEEP_SATISFIED = "keep_satisfied", _("keep satisfied")
        KEEP_INFORMED = "keep_informed", _("keep informed")
        MONITOR = "monitor", _("monitor")

    # Scores of 3 and above count as high: the middle of a 1–5 scale leans towards
    # attention rather than neglect.
    HIGH = 3

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("organisation"),
    )
    influence = models.PositiveSmallIntegerField(
        _("influence"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 (none) to 5 (decisive)."),
    )
    interest = models.PositiveSmallIntegerField(
        _("interest"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 (none) to 5 (very high)."),
    )
    assessed_on = models.DateField(_("assessed on"))
    note = models.TextField(_("note"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )

    class Meta:
        ordering = ["-assessed_on", "-id"]
        get_latest_by = ["assessed_on", "id"]
        verbose_name = _("stakeholder assessment")
        verbose_name_plural = _("stakeholder assessments")
        permissions = [("analyse_stakeholders", _("Can see the stakeholder matrix"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(influence__gte=1, influence__lte=5),
                name="assessment_influence_range",
            ),
            models.CheckConstraint(
                condition=Q(interest__gte=1, interest__lte=5),
                name="assessment_interest_range",
            ),
        ]

    def __str__(self):
        day = date_format(self.assessed_on, "SHORT_DATE_FORMAT")
        return f"{self.organisation.display_name}: {self.influence}×{self.interest} ({day})"

    @property
    def quadrant(self):
        high_influence = self.influence >= self.HIGH
        high_interest = self.interest >= self.HIGH
        if high_influence and high_interest:
            return self.Quadrant.MANAGE_CLOSELY
        if high_influence:
            return self.Quadrant.KEEP_SATISFIED
        if high_interest:
            return self.Quadrant.KEEP_INFORMED
        return self.Quadrant.MONITOR
