import pghistory
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from manual.models.articles import LANGUAGES, Article, validate_documents, validate_legal_basis


@pghistory.track(
    pghistory.InsertEvent(),
    pghistory.UpdateEvent(condition=pghistory.AnyChange(exclude=["search_vector"])),
    exclude=["search_vector"],
)
class ArticleRevision(models.Model):
    """One language version of an article's text. Revisions are never changed once
    published; restoring one copies it into a new draft."""

    class Language(models.TextChoices):
        RU = "ru", _("Russian")
        EN = "en", _("English")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        REVIEW = "review", _("in review")
        PUBLISHED = "published", _("published")
        SUPERSEDED = "superseded", _("superseded")

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("article")
    )
    language = models.CharField(_("language"), max_length=2, choices=Language, default="ru")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences, shown first."))
    body = models.TextField(_("body (Markdown)"), blank=True)
    duration = models.CharField(_("typical duration"), max_length=200, blank=True)
    fees = models.CharField(_("fees"), max_length=300, blank=True)
    documents = models.JSONField(
        _("required documents"), default=list, blank=True, validators=[validate_documents]
    )
    legal_basis = models.JSONField(
        _("legal basis"), default=list, blank=True, validators=[validate_legal_basis]
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    based_on_ru_revision = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("translated from Russian revision"),
        help_text=_("For English revisions: the Russian revision this text translates."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("article revision")
        verbose_name_plural = _("article revisions")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=LANGUAGES), name="articlerevision_language_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "review", "published", "superseded"]),
                name="articlerevision_status_valid",
            ),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="articlerevision_search"),
            GinIndex(
                fields=["title"], opclasses=["gin_trgm_ops"], name="articlerevision_title_trgm"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.language}, {self.get_status_display()})"

    @property
    def body_html(self):
        from manual.rendering import render_markdown

        return render_markdown(self.body)


@pghistory.track(
    model_name="ArticleStepHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class ArticleStep(models.Model):
    """A numbered step of a revision: what to do, where, how long, what it costs."""

    revision = models.ForeignKey(
        ArticleRevision, on_delete=models.CASCADE, related_name="steps", verbose_name=_("revision")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    what = models.TextField(_("what to do"), blank=True)
    where = models.CharField(_("where"), max_length=300, blank=True)
    duration = models.CharField(_("how long"), max_length=200, blank=True)
    cost = models.CharField(_("cost"), max_length=200, blank=True)

    class Meta:
        ordering = ["revision", "order", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return self.title
