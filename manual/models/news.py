"""News items, events and the e-mail subscriptions that carry them to entrepreneurs."""

import pghistory
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from manual.rendering import render_markdown


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published", published_at__lte=timezone.now())


class Publication(models.Model):
    """What news items and events share: two languages, topics, draft → published."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    title = models.CharField(_("title"), max_length=200)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    summary_en = models.TextField(_("summary in English"), max_length=500, blank=True)
    body = models.TextField(_("text (Markdown)"), blank=True)
    body_en = models.TextField(_("text in English (Markdown)"), blank=True)
    topics = models.ManyToManyField(
        "manual.Topic", related_name="+", verbose_name=_("topics"), blank=True
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("Shown publicly from this moment; set when publishing."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return self.display_title

    def clean(self):
        # Publishing without a date means "now"; the constraint needs the date.
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    def _localised(self, field):
        english = getattr(self, f"{field}_en")
        return english if get_language() == "en" and english else getattr(self, field)

    @property
    def display_title(self):
        return self._localised("title")

    @property
    def display_summary(self):
        return self._localised("summary")

    @property
    def body_html(self):
        return render_markdown(self._localised("body"))


@pghistory.track()
class NewsItem(Publication):
    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        indexes = [models.Index(fields=["status", "-published_at"], name="newsitem_published")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="newsitem_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="newsitem_published_has_date",
            ),
        ]

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})


@pghistory.track()
class Event(Publication):
    """A seminar, a fair, a consultation day or a deadline."""

    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    location = models.CharField(_("location"), max_length=300, blank=True)
    location_en = models.CharField(_("location in English"), max_length=300, blank=True)
    organiser = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organiser"),
    )
    registration_url = models.URLField(_("registration link"), blank=True)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["status", "starts_at"], name="event_published_start")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]), name="event_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="event_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gte=F("starts_at")), name="event_ends_after_start"
            ),
        ]

    def get_absolute_url(self):
        return reverse("news:event", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError(
                {
                    "ends_at": ValidationError(
                        _("The event cannot end before it starts."), code="ends_before_start"
                    )
                }
            )

    @property
    def display_location(self):
        return self._localised("location")


@pghistory.track()
class Subscriber(models.Model):
    """An e-mail address that receives the weekly digest of its topics. Personal data:
    kept with the consent given, exported and erased on request."""

    class Language(models.TextChoices):
        RU = "ru", "Русский"
        EN = "en", "English"

    email = models.EmailField(_("e-mail"), unique=True)
    language = models.CharField(_("language"), max_length=2, choices=Language, default=Language.RU)
    topics = models.ManyToManyField(
        "manual.Topic", related_name="+", verbose_name=_("topics"), blank=True
    )
    consent_text_version = models.CharField(_("consent text version"), max_length=20)
    consented_at = models.DateTimeField(_("consent given at"))
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    last_digest_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="subscriber_language_valid"
            ),
            models.CheckConstraint(
                condition=Q(email=models.functions.Lower("email")),
                name="subscriber_email_lowercase",
            ),
        ]

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None


class DigestItem(models.Model):
    """What a digest carried to one subscriber, so nothing is ever sent twice."""

    class Kind(models.TextChoices):
        NEWS = "news", _("news item")
        EVENT = "event", _("event")
        ARTICLE = "article", _("updated article")

    subscriber = models.ForeignKey(
        Subscriber,
        on_delete=models.CASCADE,
        related_name="digest_items",
        verbose_name=_("subscriber"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    object_id = models.PositiveBigIntegerField(_("object id"))
    # An article may be sent again after a later update: its update time is the version.
    version = models.DateTimeField(_("version"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("digest item")
        verbose_name_plural = _("digest items")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["news", "event", "article"]), name="digestitem_kind_valid"
            ),
            models.UniqueConstraint(
                fields=["subscriber", "kind", "object_id", "version"],
                name="digestitem_once_per_subscriber",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id} → {self.subscriber_id}"
