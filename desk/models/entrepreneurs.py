import pghistory
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models.offices import Office
from desk.validators import validate_inn, validate_ogrn_or_ogrnip


class Channel(models.TextChoices):
    """How the entrepreneur reached the desk (cases) or gave consent."""

    WALK_IN = "walk_in", _("walk-in")
    PHONE = "phone", _("phone")
    EMAIL = "email", _("e-mail")
    WEB = "web", _("web form")
    APPOINTMENT = "appointment", _("appointment")


class EntrepreneurQuerySet(models.QuerySet):
    def active(self):
        return self.filter(anonymised_at__isnull=True)


@pghistory.track(
    model_name="EntrepreneurHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Entrepreneur(models.Model):
    """A person who asks the desk for help, and optionally the business they run."""

    class LegalForm(models.TextChoices):
        PLANNING = "planning", _("planning a business")
        SOLE_PROPRIETOR = "sole_proprietor", _("sole proprietor (IP)")
        LLC = "llc", _("limited liability company (OOO)")
        SELF_EMPLOYED = "self_employed", _("self-employed")
        OTHER = "other", _("other")

    class Language(models.TextChoices):
        RUSSIAN = "ru", _("Russian")
        ENGLISH = "en", _("English")

    name = models.CharField(_("name"), max_length=200)
    business_name = models.CharField(_("business name"), max_length=200, blank=True)
    legal_form = models.CharField(
        _("legal form"), max_length=20, choices=LegalForm, default=LegalForm.PLANNING
    )
    inn = models.CharField(
        _("INN"),
        max_length=12,
        blank=True,
        validators=[validate_inn],
        help_text=_("Taxpayer number: 10 digits for an organisation, 12 for a person."),
    )
    ogrn = models.CharField(
        _("OGRN / OGRNIP"),
        max_length=15,
        blank=True,
        validators=[validate_ogrn_or_ogrnip],
        help_text=_("Registration number: 13 digits (OGRN) or 15 digits (OGRNIP)."),
    )
    phone = models.CharField(
        _("phone"), max_length=20, blank=True, help_text=_("Stored in international format.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(
        _("preferred language"), max_length=2, choices=Language, default=Language.RUSSIAN
    )
    sector = models.CharField(_("sector"), max_length=120, blank=True)
    office = models.ForeignKey(
        Office,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        # Indexed concurrently by its migration (entrepreneur_inn_per_office_unique).
        db_index=False,
        related_name="+",
        verbose_name=_("office of the record"),
        help_text=_(
            "The office that recorded the person. Each office keeps its own record of a "
            "person, with what they told that office and consented to there."
        ),
    )
    # The first record of the same taxpayer (by INN), kept by another office: the figures
    # count both as one person (new or returning). Never shown to an officer: it would tell
    # one office that the person consulted another.
    first_record = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        db_index=False,  # indexed concurrently by its migration
        related_name="+",
        verbose_name=_("first record of the same taxpayer"),
    )
    offices = models.ManyToManyField(
        Office,
        related_name="entrepreneurs",
        blank=True,
        verbose_name=_("offices"),
        help_text=_("The offices that have served this entrepreneur; their staff may see them."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = EntrepreneurQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("entrepreneur")
        verbose_name_plural = _("entrepreneurs")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    legal_form__in=["planning", "sole_proprietor", "llc", "self_employed", "other"]
                ),
                name="entrepreneur_legal_form_valid",
            ),
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="entrepreneur_language_valid"
            ),
            models.CheckConstraint(
                condition=Q(inn="") | Q(inn__regex=r"^([0-9]{10}|[0-9]{12})$"),
                name="entrepreneur_inn_digits",
            ),
            models.CheckConstraint(
                condition=Q(ogrn="") | Q(ogrn__regex=r"^([0-9]{13}|[0-9]{15})$"),
                name="entrepreneur_ogrn_digits",
            ),
            models.CheckConstraint(
                condition=Q(phone="") | Q(phone__regex=r"^\+[1-9][0-9]{6,14}$"),
                name="entrepreneur_phone_e164",
            ),
            # One record per taxpayer in each office; anonymised records keep no INN.
            # Not one in the whole installation: an office that may not see another
            # office's record of the person must be able to keep its own, and must not
            # learn from a refusal that the other one exists.
            models.UniqueConstraint(
                fields=["office", "inn"],
                condition=~Q(inn=""),
                nulls_distinct=False,
                name="entrepreneur_inn_per_office_unique",
                violation_error_code="inn_recorded_in_office",
                violation_error_message=_(
                    "Your office has already recorded an entrepreneur with this INN: find them "
                    "in the lookup by their INN and choose them."
                ),
            ),
        ]
        indexes = [
            models.Index(fields=["phone"], name="entrepreneur_phone_idx"),
            models.Index(Lower("email"), name="entrepreneur_email_idx"),
            models.Index(fields=["last_activity_at"], name="entrepreneur_activity_idx"),
            models.Index(
                fields=["first_record"],
                condition=Q(first_record__isnull=False),
                name="entrepreneur_first_record_idx",
            ),
        ]

    def __str__(self):
        if self.anonymised_at:
            return str(_("anonymised entrepreneur #%(pk)s") % {"pk": self.pk})
        if self.business_name:
            return f"{self.name} ({self.business_name})"
        return self.name

    def get_absolute_url(self):
        return reverse("desk:entrepreneur", kwargs={"pk": self.pk})


@pghistory.track(
    model_name="ConsentHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Consent(models.Model):
    """Consent to personal-data processing (Federal Law 152-FZ), as it was given."""

    entrepreneur = models.ForeignKey(
        Entrepreneur,
        on_delete=models.CASCADE,
        related_name="consents",
        verbose_name=_("entrepreneur"),
    )
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel)
    text_version = models.CharField(
        _("consent text version"),
        max_length=40,
        help_text=_("The version of the consent text the entrepreneur was shown."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            models.CheckConstraint(
                condition=Q(channel__in=["walk_in", "phone", "email", "web", "appointment"]),
                name="consent_channel_valid",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=F("given_at")),
                name="consent_withdrawn_after_given",
            ),
        ]

    def __str__(self):
        return f"{self.entrepreneur} — {self.text_version}"

    @property
    def is_active(self):
        return self.withdrawn_at is None
