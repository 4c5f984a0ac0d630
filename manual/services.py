"""Writes of the manual. Every change of published content goes through here, inside a
transaction, with the acting user in pghistory's context (the audit trail)."""

import pghistory
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from slugify import slugify

from infopoint import public_cache, roles
from manual import search, vocabulary
from manual.models import Article, ArticleRevision, ArticleStep

REVISION_FIELDS = [
    "title",
    "summary",
    "body",
    "duration",
    "fees",
    "documents",
    "legal_basis",
]
STEP_FIELDS = ["order", "title", "what", "where", "duration", "cost"]


def unique_slug(title, *, model=Article, max_length=120):
    """A readable Latin slug transliterated from a (Russian) title, unique in `model`."""
    base = slugify(title or "", max_length=max_length - 4, word_boundary=True) or "article"
    slug, number = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def can_publish(user):
    return bool(
        user
        and user.is_authenticated
        and (roles.is_head(user) or user.has_perm("manual.publish_article"))
    )


def _actor(user):
    return {"user": user.pk if user else None}


@transaction.atomic
def revision_create(
    *,
    article: Article,
    language: str,
    author=None,
    title: str,
    summary: str,
    body: str = "",
    duration: str = "",
    fees: str = "",
    documents: list | None = None,
    legal_basis: list | None = None,
    steps: list | None = None,
    based_on_ru_revision: ArticleRevision | None = None,
) -> ArticleRevision:
    """A new draft revision; English drafts remember which Russian text they translate."""
    if language == "en" and based_on_ru_revision is None:
        based_on_ru_revision = article.published_ru
    revision = ArticleRevision(
        article=article,
        language=language,
        author=author,
        title=title,
        summary=summary,
        body=body,
        duration=duration,
        fees=fees,
        documents=list(documents or []),
        legal_basis=list(legal_basis or []),
        based_on_ru_revision=based_on_ru_revision,
    )
    revision.full_clean()
    with pghistory.context(action="revision_create", **_actor(author)):
        revision.save()
        ArticleStep.objects.bulk_create(
            ArticleStep(
                revision=revision,
                order=number,
                **{
                    key: (step.get(key, "") if isinstance(step, dict) else getattr(step, key))
                    or ""
                    for key in STEP_FIELDS[1:]
                },
            )
            for number, step in enumerate(steps or [], start=1)
        )
    return revision


@transaction.atomic
def article_submit(*, revision: ArticleRevision, user) -> ArticleRevision:
    """The author sends a draft for review."""
    if revision.status != ArticleRevision.Status.DRAFT:
        raise ValidationError(_("Only a draft can be sent for review."), code="not_a_draft")
    with pghistory.context(action="article_submit", **_actor(user)):
        revision.status = ArticleRevision.Status.REVIEW
        revision.save(update_fields=["status"])
        article = revision.article
        if article.status == Article.Status.DRAFT:
            article.status = Article.Status.REVIEW
            article.save(update_fields=["status", "updated_at"])
    return revision


@transaction.atomic
def article_publish(*, revision: ArticleRevision, user=None) -> ArticleRevision:
    """Make `revision` the published text of its language. `user` None is the scheduler."""
    if user is not None and not can_publish(user):
        raise PermissionDenied(_("You may not publish articles."))
    article = Article.objects.select_for_update().get(pk=revision.article_id)
    revision = ArticleRevision.objects.select_for_update().get(pk=revision.pk)
    if revision.status not in {ArticleRevision.Status.DRAFT, ArticleRevision.Status.REVIEW}:
        raise ValidationError(
            _("This revision has already been published."), code="already_published"
        )
    if revision.language == "en" and article.published_ru_id is None:
        raise ValidationError(
            _("Publish the Russian version before the English one."), code="russian_first"
        )
    now = timezone.now()
    with pghistory.context(action="article_publish", **_actor(user)):
        field = "published_ru" if revision.language == "ru" else "published_en"
        ArticleRevision.objects.filter(
            article=article, language=revision.language, status=ArticleRevision.Status.PUBLISHED
        ).update(status=ArticleRevision.Status.SUPERSEDED)
        revision.status = ArticleRevision.Status.PUBLISHED
        revision.published_at = now
        update = ["status", "published_at"]
        if revision.language == "en" and revision.based_on_ru_revision_id is None:
            revision.based_on_ru_revision_id = article.published_ru_id
            update.append("based_on_ru_revision")
        revision.save(update_fields=update)
        setattr(article, field, revision)
        article.status = Article.Status.PUBLISHED
        article.publish_at = None
        fields = [field, "status", "publish_at", "updated_at"]
        if revision.language == "ru":
            article.title = revision.title
            article.last_reviewed = timezone.localdate()
            fields += ["title", "last_reviewed"]
        article.save(update_fields=fields)
        search.update_search_vector(revision)
        vocabulary.refresh_vocabulary()
        transaction.on_commit(forget_cached_public_pages)
    return revision


@transaction.atomic
def article_archive(*, article: Article, user) -> Article:
    """Take an article off the public manual; its revisions stay."""
    if not can_publish(user):
        raise PermissionDenied(_("You may not archive articles."))
    with pghistory.context(action="article_archive", **_actor(user)):
        article.status = Article.Status.ARCHIVED
        article.save(update_fields=["status", "updated_at"])
        vocabulary.refresh_vocabulary()
        transaction.on_commit(forget_cached_public_pages)
    return article


@transaction.atomic
def article_mark_reviewed(*, article: Article, user) -> Article:
    """The editor checked the published text: it is still right."""
    with pghistory.context(action="article_mark_reviewed", **_actor(user)):
        article.last_reviewed = timezone.localdate()
        article.save(update_fields=["last_reviewed", "updated_at"])
    return article


@transaction.atomic
def revision_restore(*, revision: ArticleRevision, user) -> ArticleRevision:
    """Copy an old revision into a new draft: history is never rewritten."""
    return revision_create(
        article=revision.article,
        language=revision.language,
        author=user,
        steps=[{key: getattr(step, key) for key in STEP_FIELDS} for step in revision.steps.all()],
        based_on_ru_revision=revision.based_on_ru_revision,
        **{key: getattr(revision, key) for key in REVISION_FIELDS},
    )


def publish_scheduled(*, now=None) -> int:
    """Publish the revisions in review of every article whose publish_at has come."""
    now = now or timezone.now()
    published = 0
    due = Article.objects.filter(publish_at__lte=now).exclude(status=Article.Status.ARCHIVED)
    for article in due:
        for language in ["ru", "en"]:
            revision = (
                article.revisions.filter(language=language, status=ArticleRevision.Status.REVIEW)
                .order_by("-created_at", "-pk")
                .first()
            )
            if revision is None:
                continue
            try:
                article_publish(revision=revision, user=None)
                published += 1
            except ValidationError:
                continue
    if published:
        forget_cached_public_pages()
    return published


def forget_cached_public_pages():
    """Publishing and archiving invalidate the anonymous page cache (and the searches kept
    for it) wherever they are done: in the back-office, which also bumps the generation,
    by the scheduler or by a command. Deleting the generation key starts a new one."""
    key = getattr(settings, "PUBLIC_CACHE_GENERATION_KEY", None)
    if key:
        cache.delete(key)


def record_view(article: Article) -> None:
    """Count a view of the article: views are added up in the process and written in
    batches (one UPDATE per article every few seconds), as the page cache does for its hits,
    rather than an UPDATE and a commit on every view."""
    public_cache.count_view("manual-article", article.slug)


def add_article_views(views: dict) -> None:
    """Add the visits counted in a process ({slug: visits}) to the articles' counters, one
    UPDATE per article (infopoint.public_cache.count_view)."""
    for slug, count in views.items():
        Article.objects.filter(slug=slug).update(view_count=F("view_count") + count)
