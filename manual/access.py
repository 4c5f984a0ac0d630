"""Who may see what: internal articles and documents exist only for staff; everyone
else gets a 404, as if they were not there."""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, Prefetch
from django.db.models.functions import JSONObject
from django.shortcuts import get_object_or_404

from manual.models import Article, ArticleStep, Document


def is_staff(user):
    return user.is_authenticated and user.is_staff


def _steps_of(revision):
    """The steps of the article's published `revision` as a list of dicts, read within the
    article's own query."""
    step = JSONObject(title="title", what="what", where="where", duration="duration", cost="cost")
    return ArraySubquery(
        ArticleStep.objects.filter(revision=OuterRef(revision))
        .order_by("order", "pk")
        .values(step=step)
    )


def get_article_for_user(user, slug):
    """A published article with everything its page shows (the steps of both published
    revisions in `steps_ru` and `steps_en`), or 404."""
    related = Article.objects.visible_to(user).with_revision_titles()
    queryset = (
        Article.objects.visible_to(user)
        .select_related("published_ru", "published_en")
        .defer("published_ru__search_vector", "published_en__search_vector")
        .annotate(steps_ru=_steps_of("published_ru"), steps_en=_steps_of("published_en"))
        .prefetch_related(
            "topics",
            "partners",
            Prefetch("related", queryset=related),
        )
    )
    return get_object_or_404(queryset, slug=slug)


def get_document_for_user(user, pk):
    documents = Document.objects.all()
    if not is_staff(user):
        documents = documents.filter(visibility=Document.Visibility.PUBLIC)
    return get_object_or_404(documents, pk=pk)
