"""Reads of the manual, with the relations each page shows already loaded."""

from django.db.models import Count, Min, Prefetch, Q

from manual.models import Article, ArticleStep, Document, Topic


def _with_revisions(queryset):
    return queryset.select_related("published_ru", "published_en")


def topics_with_counts(user):
    visible = Q(articles__status=Article.Status.PUBLISHED, articles__published_ru__isnull=False)
    if not (user.is_authenticated and user.is_staff):
        visible &= Q(articles__visibility=Article.Visibility.PUBLIC)
    return Topic.objects.visible_to(user).annotate(
        article_count=Count("articles", filter=visible, distinct=True)
    )


def most_read(user, *, limit=6):
    return _with_revisions(Article.objects.visible_to(user)).order_by("-view_count", "title")[
        :limit
    ]


def topic_articles(user, topic):
    return _with_revisions(Article.objects.visible_to(user).filter(topics=topic)).order_by("title")


def topic_documents(user, topic):
    documents = topic.documents.all()
    if not (user.is_authenticated and user.is_staff):
        documents = documents.filter(visibility=Document.Visibility.PUBLIC)
    return documents


def revision_steps(revision):
    """The steps of `revision` in order."""
    if revision is None:
        return ArticleStep.objects.none()
    return revision.steps.order_by("order", "pk")


def related_articles(user, article):
    """The articles `article` links to that `user` may see, titles only."""
    return article.related.visible_to(user).with_revision_titles()


def checklist_articles(user, slugs):
    """The chosen articles in the order chosen, each with its shown revision's steps."""
    articles = _with_revisions(Article.objects.visible_to(user).filter(slug__in=slugs))
    articles = articles.prefetch_related(
        Prefetch("published_ru__steps", queryset=ArticleStep.objects.order_by("order", "pk")),
        Prefetch("published_en__steps", queryset=ArticleStep.objects.order_by("order", "pk")),
    )
    by_slug = {article.slug: article for article in articles}
    return [by_slug[slug] for slug in slugs if slug in by_slug]


# What a visitor asks has words: two letters in a row, Latin or Cyrillic. Markup, SQL and
# script probes, lone punctuation and emoji runs are logged too (the log keeps everything)
# but are not content gaps, so the editors' lists leave them out unless asked.
_WORDS = r"[A-Za-zА-Яа-яЁё]{2}"
_PROBE = (
    r"[<>{}`;\\]|--|/\*|=\s*['\"0-9]|'\s*(or|and)\s"
    r"|\m(select|union|insert|update|delete|drop|script|sleep|benchmark|waitfor)\M"
    r".*\m(from|select|table|into|set|alert|delay)\M"
)


def visitor_question(field):
    """The condition that the text in `field` reads as a visitor's question (see above)."""
    return Q(**{f"{field}__regex": _WORDS}) & ~Q(**{f"{field}__iregex": _PROBE})


def visitor_queries(queryset):
    """The logged searches that read as a visitor's question. Each distinct text is judged
    once, not each logged search: a log repeats the same questions, and the regular
    expressions over a year of searches took seconds."""
    questions = (
        queryset.order_by()
        .values("query")
        .annotate(text=Min("query"))  # an aggregate, so the condition is a HAVING clause
        .filter(visitor_question("text"))
        .values("query")
    )
    return queryset.filter(query__in=questions)
