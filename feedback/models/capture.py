import secrets
from datetime import timedelta

import pghistory
from django.core import signing
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L: a code read aloud or copied from paper is not misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
CODE_REGEX = r"^[2-9A-HJKMNP-Z]{8}$"
INVITATION_VALIDITY = timedelta(days=30)
SIGNING_SALT = "infopoint.feedback"

COMMENT_MAX = 2000
VOTE_COMMENT_MAX = 1000
SITE_MESSAGE_MAX = 4000


class Language(models.TextChoices):
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw):
    """'k7p3-qx9m ' → 'K7P3QX9M'; anything that cannot be a code → ''."""
    if not isinstance(raw, str):
        return ""
    code = "".join(ch for ch in raw.upper() if ch not in " -–—_\t")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return ""
    return code


def default_expiry():
    return timezone.now() + INVITATION_VALIDITY


class Tag(models.Model):
    """A triage label on feedback: "waiting time", "manual: taxes", "website" …"""

    name = models.CharField(_("name"), max_length=60, unique=True)
    name_en = models.CharField(_("name in English"), max_length=60, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name


class Triage(models.Model):
    """What officers and heads add when they read feedback."""

    tags = models.ManyToManyField(Tag, blank=True, related_name="+", verbose_name=_("tags"))
    needs_action = models.BooleanField(_("needs action"), default=False, db_index=True)
    triage_note = models.TextField(_("triage note"), blank=True)

    class Meta:
        abstract = True


@pghistory.track(
    model_name="InvitationHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
    exclude=["email"],
)
class Invitation(models.Model):
    """An invitation to rate a closed case: e-mailed as a signed link, or handed out on
    paper as a short code and QR code. `reference` is the desk's case reference and
    `office_id` the desk's office; they are plain values because feedback stands below
    the desk and never imports it."""

    reference = models.CharField(_("case reference"), max_length=40, unique=True)
    office_id = models.PositiveBigIntegerField(_("office"), db_index=True)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language, default=Language.RUSSIAN
    )
    code = models.CharField(_("short code"), max_length=CODE_LENGTH, unique=True, default=new_code)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    expires_at = models.DateTimeField(_("expires"), default=default_expiry)
    sent_at = models.DateTimeField(_("e-mail sent"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("feedback invitation")
        verbose_name_plural = _("feedback invitations")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="invitation_language_valid"
            ),
            models.CheckConstraint(
                condition=Q(code__regex=CODE_REGEX), name="invitation_code_alphabet"
            ),
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("created_at")),
                name="invitation_expires_after_creation",
            ),
        ]
        indexes = [
            # The monitoring dashboards: invitations answered since a month's figures were
            # stored.
            models.Index(
                fields=["answered_at"],
                condition=Q(answered_at__isnull=False),
                name="invitation_answered_idx",
            ),
        ]

    def __str__(self):
        return f"{self.reference} ({self.display_code})"

    def get_absolute_url(self):
        return reverse("feedback:respond", kwargs={"code": self.code})

    @property
    def display_code(self):
        """K7P3-QX9M: two groups of four are easier to copy from paper."""
        return f"{self.code[:4]}-{self.code[4:]}"

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at

    def signed_token(self):
        return signing.dumps(self.code, salt=SIGNING_SALT, compress=False)

    def get_link_url(self):
        return reverse("feedback:link", kwargs={"token": self.signed_token()})


@pghistory.track(
    model_name="ResponseHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Response(Triage):
    """One entrepreneur's answer to one invitation: CSAT 1–5 and NPS 0–10."""

    # The net promoter score's groups (Reichheld's definition): promoters answer 9–10,
    # detractors 0–6, passives the rest. Every NPS figure counts them by these two.
    NPS_PROMOTER_MIN = 9
    NPS_DETRACTOR_MAX = 6

    invitation = models.OneToOneField(
        Invitation,
        on_delete=models.CASCADE,
        related_name="response",
        verbose_name=_("invitation"),
    )
    csat = models.PositiveSmallIntegerField(
        _("satisfaction (1–5)"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    nps = models.PositiveSmallIntegerField(
        _("likelihood to recommend (0–10)"),
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    what_was_good = models.TextField(_("what was good"), max_length=COMMENT_MAX, blank=True)
    what_to_improve = models.TextField(_("what to improve"), max_length=COMMENT_MAX, blank=True)
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_("The entrepreneur asked that the answer is not linked to their case."),
    )
    may_quote = models.BooleanField(
        _("may be quoted"),
        default=False,
        db_default=False,
        help_text=_(
            "The entrepreneur agreed that the comments may be quoted, without a name, in "
            "the desk's published reports."
        ),
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language, default=Language.RUSSIAN
    )
    created_at = models.DateTimeField(_("answered"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("feedback response")
        verbose_name_plural = _("feedback responses")
        constraints = [
            models.CheckConstraint(
                condition=Q(csat__gte=1, csat__lte=5), name="response_csat_1_5"
            ),
            models.CheckConstraint(condition=Q(nps__gte=0, nps__lte=10), name="response_nps_0_10"),
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="response_language_valid"
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("what_was_good"), COMMENT_MAX)
                & LessThanOrEqual(Length("what_to_improve"), COMMENT_MAX),
                name="response_comments_length",
            ),
        ]

    def __str__(self):
        return _("CSAT %(csat)s, NPS %(nps)s") % {"csat": self.csat, "nps": self.nps}


class ArticleVote(Triage):
    """ "Was this page helpful?" on a manual article. `client_key` is a keyed hash of the
    client's address (as our own proxies report it) for that day: enough to count one vote
    per client per article per day, useless to recognise anyone."""

    article = models.ForeignKey(
        "manual.Article",
        on_delete=models.CASCADE,
        related_name="votes",
        verbose_name=_("article"),
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.CharField(_("comment"), max_length=VOTE_COMMENT_MAX, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language, default=Language.RUSSIAN
    )
    client_key = models.CharField(_("client key"), max_length=64, editable=False)
    voted_on = models.DateField(_("day"), default=timezone.localdate, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("article vote")
        verbose_name_plural = _("article votes")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="articlevote_language_valid"
            ),
            models.UniqueConstraint(
                fields=["article", "client_key", "voted_on"],
                name="articlevote_one_per_client_per_day",
            ),
        ]
        indexes = [models.Index(fields=["article", "helpful"], name="articlevote_helpful_idx")]

    def __str__(self):
        verdict = _("helpful") if self.helpful else _("not helpful")
        return f"{self.article}: {verdict}"


@pghistory.track(
    model_name="SiteFeedbackHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class SiteFeedback(Triage):
    """A message from the footer's "Feedback on this site" link."""

    message = models.TextField(_("message"), max_length=SITE_MESSAGE_MAX)
    email = models.EmailField(_("e-mail"), blank=True)
    contact_consent = models.BooleanField(
        _("may be contacted"),
        default=False,
        help_text=_("The sender agreed to be answered at this e-mail address."),
    )
    page_url = models.CharField(_("page"), max_length=500, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language, default=Language.RUSSIAN
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("site feedback")
        verbose_name_plural = _("site feedback")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="sitefeedback_language_valid"
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("message"), SITE_MESSAGE_MAX) & ~Q(message=""),
                name="sitefeedback_message_length",
            ),
            # 152-FZ: an address is kept only with consent to be contacted.
            models.CheckConstraint(
                condition=Q(email="") | Q(contact_consent=True),
                name="sitefeedback_email_needs_consent",
            ),
            models.CheckConstraint(
                condition=Q(page_url="") | Q(page_url__startswith="/"),
                name="sitefeedback_page_is_local_path",
            ),
        ]

    def __str__(self):
        return self.message[:60]
