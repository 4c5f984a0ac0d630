from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Topic(models.Model):
    """A chapter of the manual: Registration, Taxes, Permits and licences …"""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=120)
    title_en = models.CharField(_("title in English"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    icon = models.CharField(
        _("icon"), max_length=40, blank=True, help_text=_("Name of an icon in static/icons/.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("manual:topic", kwargs={"slug": self.slug})

    @property
    def display_title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title


class Article(models.Model):
    """A procedure of the manual. Its texts live in language versions and revisions."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("public")
        INTERNAL = "internal", _("internal (staff only)")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        REVIEW = "review", _("in review")
        PUBLISHED = "published", _("published")
        ARCHIVED = "archived", _("archived")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility, default=Visibility.PUBLIC
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    topics = models.ManyToManyField(Topic, related_name="articles", verbose_name=_("topics"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]),
                name="article_visibility_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "review", "published", "archived"]),
                name="article_status_valid",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("manual:article", kwargs={"slug": self.slug})
