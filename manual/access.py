"""Who may see what: internal topics, articles and documents exist only for staff; everyone
else gets a 404, as if they were not there."""

from django.core.validators import slug_re
from django.http import Http404
from django.shortcuts import get_object_or_404

from manual.models import Article, Document, Topic


def is_staff(user):
    return user.is_authenticated and user.is_staff


def get_article_for_user(user, slug, *, language=None):
    """A published article with its published revisions, or 404. The steps, topics,
    partners and related articles are left to the page's cached fragment, which reads them
    only when it is rendered.

    With a `language`, only the revisions a page in that language shows come along: a
    Russian page never reads the English revision (its id is the article's own column), and
    joining its ~15 columns costs the ORM ≈ 0.8 ms per page. An English page needs both: the
    Russian one stands in for a missing translation."""
    # The slug may come from a form field rather than the URL's slug converter: anything
    # that is not a slug (a NUL byte, which PostgreSQL refuses, included) is no article.
    if not isinstance(slug, str) or not slug_re.fullmatch(slug):
        raise Http404
    # The revisions' search vectors (2.5 kB of text at most) come along: deferring them
    # costs the ORM more than PostgreSQL takes to send them.
    revisions = ("published_ru",) if language == "ru" else ("published_ru", "published_en")
    queryset = Article.objects.visible_to(user).select_related(*revisions)
    return get_object_or_404(queryset, slug=slug)


def get_topic_for_user(user, slug):
    """A topic the user may see (internal ones are staff only), or 404."""
    return get_object_or_404(Topic.objects.visible_to(user), slug=slug)


def get_document_for_user(user, pk):
    documents = Document.objects.all()
    if not is_staff(user):
        documents = documents.filter(visibility=Document.Visibility.PUBLIC)
    return get_object_or_404(documents, pk=pk)
