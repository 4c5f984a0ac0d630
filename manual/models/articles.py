from datetime import timedelta

import pghistory
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

AUDIENCES = ["sole_proprietor", "company", "self_employed", "planning"]


# ArticleRevision's validators; its migrations name them by this module.
def validate_documents(value):
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError(_("Enter a list of documents."), code="documents_list")


def validate_legal_basis(value):
    """[{title, url}] with http(s) links only: the URLs become links on public pages."""
    check_url = URLValidator(schemes=["http", "https"])
    if not isinstance(value, list):
        raise ValidationError(_("Enter a list of links."), code="legal_basis_list")
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            raise ValidationError(_("Each link needs a title and a URL."), code="legal_basis_item")
        check_url(item.get("url") or "")


LANGUAGES = ["ru", "en"]


class Audience(models.TextChoices):
    SOLE_PROPRIETOR = "sole_proprietor", _("sole proprietor")
    COMPANY = "company", _("company")
    SELF_EMPLOYED = "self_employed", _("self-employed")
    PLANNING = "planning", _("planning a business")


class TopicQuerySet(models.QuerySet):
    def public(self):
        return self.filter(visibility=Topic.Visibility.PUBLIC)

    def visible_to(self, user):
        """Public topics; staff also see internal ones."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.public()


@pghistory.track(
    model_name="TopicHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Topic(models.Model):
    """A chapter of the manual: Registration, Taxes, Permits and licences …"""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("public")
        INTERNAL = "internal", _("internal (staff only)")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=120)
    title_en = models.CharField(_("title in English"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    icon = models.CharField(
        _("icon"), max_length=40, blank=True, help_text=_("Name of an icon in static/icons/.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    visibility = models.CharField(
        _("visibility"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        db_default=Visibility.PUBLIC,
        help_text=_(
            "An internal topic is shown to staff only: not on the public site, not in the "
            "public forms' topic choices."
        ),
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]),
                name="topic_visibility_valid",
            ),
        ]

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("manual:topic", kwargs={"slug": self.slug})

    @property
    def display_title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title

    @property
    def display_description(self):
        if get_language() == "en" and self.description_en:
            return self.description_en
        return self.description


class ArticleQuerySet(models.QuerySet):
    def public(self):
        return self.filter(
            status=Article.Status.PUBLISHED,
            visibility=Article.Visibility.PUBLIC,
            published_ru__isnull=False,
        )

    def visible_to(self, user):
        """Published articles; staff also see internal ones."""
        published = self.filter(status=Article.Status.PUBLISHED, published_ru__isnull=False)
        if user.is_authenticated and user.is_staff:
            return published
        return published.filter(visibility=Article.Visibility.PUBLIC)

    def with_revision_titles(self):
        """With both published revisions loaded for a link's title, their texts left
        behind (lists and search results show titles, not bodies or search vectors)."""
        texts = ["summary", "body", "documents", "legal_basis", "search_vector"]
        return self.select_related("published_ru", "published_en").defer(
            *[
                f"{revision}__{field}"
                for revision in ("published_ru", "published_en")
                for field in texts
            ]
        )

    def needing_review(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=Article.Status.PUBLISHED).filter(
            Q(last_reviewed__isnull=True)
            | Q(last_reviewed__lt=today - timedelta(days=1) * F("review_interval_days"))
        )

    def english_out_of_date(self):
        return self.filter(published_en__isnull=False, published_ru__isnull=False).exclude(
            published_en__based_on_ru_revision=F("published_ru")
        )


# The view counter changes on every page view; it is not content and has no history.
@pghistory.track(
    pghistory.InsertEvent(),
    pghistory.UpdateEvent(condition=pghistory.AnyChange(exclude=["view_count", "updated_at"])),
    exclude=["view_count", "updated_at"],
)
class Article(models.Model):
    """A procedure of the manual. Its texts live in language revisions; the published
    text changes only by publishing a new revision."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("public")
        INTERNAL = "internal", _("internal (staff only)")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        REVIEW = "review", _("in review")
        PUBLISHED = "published", _("published")
        ARCHIVED = "archived", _("archived")

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_("Left empty, it is transliterated from the title."),
    )
    title = models.CharField(_("title"), max_length=200)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility, default=Visibility.PUBLIC
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    topics = models.ManyToManyField(Topic, related_name="articles", verbose_name=_("topics"))
    audiences = ArrayField(
        models.CharField(max_length=20, choices=Audience),
        verbose_name=_("audiences"),
        default=list,
        blank=True,
    )
    partners = models.ManyToManyField(
        "stakeholders.Organisation",
        related_name="manual_articles",
        verbose_name=_("responsible partner organisations"),
        blank=True,
    )
    related = models.ManyToManyField(
        "self", symmetrical=False, blank=True, verbose_name=_("related articles")
    )
    published_ru = models.ForeignKey(
        "manual.ArticleRevision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published Russian revision"),
    )
    published_en = models.ForeignKey(
        "manual.ArticleRevision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published English revision"),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    review_interval_days = models.PositiveSmallIntegerField(
        _("review interval (days)"), default=365
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("The revisions in review are published at this time."),
    )
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish articles"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]),
                name="article_visibility_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "review", "published", "archived"]),
                name="article_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(audiences__contained_by=AUDIENCES), name="article_audiences_valid"
            ),
            models.CheckConstraint(
                condition=Q(review_interval_days__gte=1), name="article_review_interval_positive"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            from manual.services import unique_slug

            self.slug = unique_slug(self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("manual:article", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        return self.visibility == self.Visibility.PUBLIC and self.status == self.Status.PUBLISHED

    @property
    def needs_review(self):
        if self.last_reviewed is None:
            return True
        return self.last_reviewed + timedelta(days=self.review_interval_days) < (
            timezone.localdate()
        )

    @property
    def english_out_of_date(self):
        return bool(
            self.published_en_id
            and self.published_ru_id
            and self.published_en.based_on_ru_revision_id != self.published_ru_id
        )

    def revision_for(self, language):
        """The published revision to show in `language`: English falls back to Russian."""
        if language == "en" and self.published_en_id:
            return self.published_en
        return self.published_ru

    @property
    def display_title(self):
        revision = self.revision_for(get_language())
        return revision.title if revision else self.title

    @property
    def shown_untranslated(self):
        """On an English page, an article with no English version is shown in Russian:
        its links say so and carry lang="ru"."""
        return get_language() == "en" and not self.published_en_id
