"""The manual's figures: published articles, views, reviews due, votes and searches."""

from dataclasses import dataclass

from django.db.models import (
    Count,
    F,
    Min,
    Q,
    Sum,
    Window,
)
from django.db.models.functions import Lower, RowNumber
from django.utils import timezone
from django.utils.translation import gettext as _

from feedback.models import ArticleVote
from manual.models import Article, SearchQuery
from manual.selectors import visitor_question
from monitoring.dashboards.exports import Table
from monitoring.dashboards.figures.base import (
    TOP,
    Compared,
    share,
    within,
)


@dataclass
class ManualFigures:
    published: int
    views: int
    stale: int
    searches: Compared
    zero_result_searches: Compared
    votes: Compared
    helpful_share: Compared
    top_articles: Table
    stale_articles: Table
    top_searches: Table
    zero_result_queries: Table


# What `Article.display_title` reads: not the revisions' bodies.
TITLES = (
    "title",
    "published_ru__title",
    "published_en__title",
)


@dataclass(frozen=True)
class ManualArticles:
    """The published articles as the dashboard shows them now."""

    published: int
    views: int
    stale: int
    top: list  # the TOP most viewed, with their views
    stalest: list  # the TOP stalest of those due for review, with their last review


def manual_articles(*, today):
    """The published articles' totals, the most viewed and the stalest due for review.
    Two queries."""
    titled = ("published_ru", "published_en")
    # The most viewed articles, each row carrying the totals of every published article
    # (window aggregates): the totals and the top in one query.
    top = list(
        Article.objects.filter(status=Article.Status.PUBLISHED)
        .order_by()
        .select_related(*titled)
        .only(*TITLES, "view_count")
        .annotate(total_published=Window(Count("pk")), total_views=Window(Sum("view_count")))
        .order_by("-view_count", "title")[:TOP]
    )
    # The stalest of the articles due for review, each row carrying how many are due.
    stalest = list(
        Article.objects.needing_review(today)
        .order_by()
        .select_related(*titled)
        .only(*TITLES, "last_reviewed")
        .annotate(total_stale=Window(Count("pk")))
        .order_by(F("last_reviewed").asc(nulls_first=True), "title")[:TOP]
    )
    return ManualArticles(
        published=top[0].total_published if top else 0,
        views=(top[0].total_views or 0) if top else 0,
        stale=stalest[0].total_stale if stalest else 0,
        top=top,
        stalest=stalest,
    )


def manual_figures(*, period, today=None, searches=None, votes=None, articles=None):
    """The manual is shared by all offices: these figures ignore the office filter.
    View counts are totals since publication (the manual keeps no per-day views).
    Votes ("was this helpful?") are those cast in the period. Six queries: the articles
    (`manual_articles`, two), the votes (`period_votes`) and `period_searches` (three).
    The stored monthly summaries bring `searches` and `votes` (totals and the period's
    votes per article) already: then only the articles' two."""
    today = today or timezone.localdate()
    if articles is None:
        articles = manual_articles(today=today)
    votes, per_article = period_votes(period=period) if votes is None else votes
    top = []
    for article in articles.top:
        voted, helpful = per_article.get(article.pk, (0, 0))
        top.append([article.display_title, article.view_count, voted, share(helpful, voted)])

    if searches is None:
        searches = period_searches(period=period)
    search_totals, top_searches, zero = searches
    return ManualFigures(
        published=articles.published,
        views=articles.views,
        stale=articles.stale,
        searches=Compared(search_totals["cur"], search_totals["prev"]),
        zero_result_searches=Compared(search_totals["cur_zero"], search_totals["prev_zero"]),
        votes=Compared(votes["cur"], votes["prev"]),
        helpful_share=Compared(
            share(votes["cur_helpful"], votes["cur"]), share(votes["prev_helpful"], votes["prev"])
        ),
        top_articles=Table(
            "top_articles",
            _("Most viewed articles"),
            [_("Article"), _("Views"), _("Votes in the period"), _("Helpful, %")],
            top,
        ),
        stale_articles=Table(
            "stale_articles",
            _("Articles due for review"),
            [_("Article"), _("Last reviewed")],
            [[article.display_title, article.last_reviewed] for article in articles.stalest],
        ),
        top_searches=Table(
            "top_searches",
            _("Top searches"),
            [_("Search"), _("Searches"), _("Without results")],
            [[row["normalised"], row["count"], row["zero"]] for row in top_searches],
        ),
        zero_result_queries=Table(
            "zero_result_searches",
            _("Searches without results"),
            [_("Search"), _("Searches")],
            [[row["normalised"], row["zero"]] for row in zero],
        ),
    )


def period_votes(*, period):
    """The votes of the period and the one before: their totals (`cur`, `prev`,
    `cur_helpful`, `prev_helpful`), and the period's (votes, helpful) per article. One
    query."""
    before = period.previous()
    now = within(period, "created_at")
    then = within(before, "created_at")
    rows = (
        ArticleVote.objects.order_by()
        .filter(now | then)
        .values("article")
        .annotate(
            cur=Count("pk", filter=now),
            prev=Count("pk", filter=then),
            cur_helpful=Count("pk", filter=now & Q(helpful=True)),
            prev_helpful=Count("pk", filter=then & Q(helpful=True)),
        )
    )
    totals = {"cur": 0, "prev": 0, "cur_helpful": 0, "prev_helpful": 0}
    per_article = {}
    for row in rows:
        for name in totals:
            totals[name] += row[name]
        if row["cur"]:
            per_article[row["article"]] = (row["cur"], row["cur_helpful"])
    return totals, per_article


TOP_ORDER = [F("count").desc(), F("normalised").asc()]
ZERO_ORDER = [F("zero").desc(), F("normalised").asc()]


def visitor_searches(logged, *by):
    """The `logged` searches grouped by their text in lower case (and by `by`), with how
    many there were and how many found nothing, leaving out junk (markup, SQL, lone
    punctuation) as the editors' lists do (`manual.selectors.visitor_question`). The junk is
    told apart once per group, by its text, rather than once per logged search: a
    regular expression over a year of searches took seconds."""
    return (
        logged.annotate(normalised=Lower("query"))
        .values(*by, "normalised")
        .annotate(
            count=Count("pk"),
            zero=Count("pk", filter=Q(result_count=0)),
            # The group's text as an aggregate, so the condition is a HAVING clause.
            text=Min("normalised"),
        )
        .filter(visitor_question("text"))
    )


def ranked_searches(per_query, *partition):
    """The first TOP of `visitor_searches` (per `partition`) by count and by searches
    without results, ranked by PostgreSQL in one pass (two windows over the same groups),
    in the order of `top_rank`."""
    groups = list(partition) or None
    return (
        per_query.annotate(
            top_rank=Window(RowNumber(), partition_by=groups, order_by=TOP_ORDER),
            zero_rank=Window(RowNumber(), partition_by=groups, order_by=ZERO_ORDER),
        )
        .filter(Q(top_rank__lte=TOP) | Q(zero_rank__lte=TOP))
        .order_by(*partition, "top_rank")
    )


def period_searches(*, period):
    """The searches of the period and the one before: their totals (`cur`, `prev`,
    `cur_zero`, `prev_zero`), then the period's top searches and top zero-result searches
    (rows of `normalised`, `count`, `zero`) among what visitors asked
    (`visitor_searches`). Two queries."""
    before = period.previous()

    def searched(chosen):
        return Q(created_at__gte=chosen.start, created_at__lt=chosen.end)

    totals = SearchQuery.objects.filter(searched(before) | searched(period)).aggregate(
        cur=Count("pk", filter=searched(period)),
        prev=Count("pk", filter=searched(before)),
        cur_zero=Count("pk", filter=searched(period) & Q(result_count=0)),
        prev_zero=Count("pk", filter=searched(before) & Q(result_count=0)),
    )
    ranked = list(ranked_searches(visitor_searches(SearchQuery.objects.filter(searched(period)))))
    top = [row for row in ranked if row["top_rank"] <= TOP]
    zero = sorted(
        (row for row in ranked if row["zero_rank"] <= TOP and row["zero"] > 0),
        key=lambda row: row["zero_rank"],
    )
    return totals, top, zero
