"""The dashboards' figures, each computed in SQL.

Every function runs a fixed number of queries whatever the amount of data: conditional
aggregation (`Count(..., filter=...)`) computes the chosen period and the previous one in
the same query, `percentile_cont` computes medians and 90th percentiles inside
PostgreSQL, and breakdowns are `GROUP BY`s. No function loops over cases in Python; the
loops below only turn the few grouped rows into tables.

Service-standard compliance uses the due dates the desk stored on each case when it was
opened (`first_answer_due`, `resolution_due`, computed on the Russian working-day
calendar by `desk.working_days`): an answer is in time when it came on or before the due
day, in local (Kaliningrad) time. A case counts towards a share only once it can be
judged: it has been answered (resolved), or its due day has passed without an answer.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import (
    Aggregate,
    Avg,
    Count,
    F,
    FloatField,
    Func,
    Min,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Window,
)
from django.db.models.functions import Lower, TruncMonth
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from desk.models import OPEN_STATUSES, Case, Channel, Referral, Status
from feedback.models import ArticleVote, ImprovementAction, Invitation, Response
from manual.models import Article, SearchQuery, Topic
from manual.selectors import visitor_queries
from monitoring.dashboards.exports import Table
from monitoring.dashboards.periods import MONTH, Period

TOP = 10


class Percentile(Aggregate):
    """PostgreSQL's continuous percentile: percentile_cont(0.9) WITHIN GROUP (ORDER BY x)."""

    function = "PERCENTILE_CONT"
    name = "Percentile"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)%(filter)s"
    output_field = FloatField()

    def __init__(self, expression, fraction, **extra):
        # A literal, never user input: the dashboards ask only for 0.5 and 0.9.
        super().__init__(expression, fraction=float(fraction), **extra)


def hours_between(start, end):
    return Func(
        F(end) - F(start),
        template="EXTRACT(EPOCH FROM %(expressions)s) / 3600.0",
        output_field=FloatField(),
    )


@dataclass
class Compared:
    """One figure for the chosen period beside the same figure for the previous one."""

    current: object
    previous: object

    @property
    def change(self):
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def share(part, whole):
    """Percentage with one decimal, or None when there is nothing to divide by."""
    if not whole:
        return None
    return round(100.0 * part / whole, 1)


def rounded(value, digits=1):
    return None if value is None else round(value, digits)


def opened_in(period, prefix=""):
    return Q(**{f"{prefix}opened_at__gte": period.start, f"{prefix}opened_at__lt": period.end})


def scoped_cases(*, office=None, officer=None):
    cases = Case.objects.order_by()
    if office is not None:
        cases = cases.filter(office=office)
    if officer is not None:
        cases = cases.filter(officer=officer)
    return cases


def first_answer_judged(today):
    return Q(first_answer_due__isnull=False) & (
        Q(first_answer_at__isnull=False) | Q(first_answer_due__lt=today)
    )


FIRST_ANSWER_KEPT = Q(first_answer_due__isnull=False, first_answer_at__isnull=False) & Q(
    first_answer_at__date__lte=F("first_answer_due")
)


def resolution_judged(today):
    return Q(resolution_due__isnull=False) & (
        Q(resolved_at__isnull=False) | Q(resolution_due__lt=today)
    )


RESOLUTION_KEPT = Q(resolution_due__isnull=False, resolved_at__isnull=False) & Q(
    resolved_at__date__lte=F("resolution_due")
)


@dataclass
class CaseSummary:
    total: Compared
    first_answer_share: Compared
    first_answer_judged: Compared
    resolution_share: Compared
    resolution_judged: Compared
    first_answer_median_hours: Compared
    first_answer_p90_hours: Compared
    resolution_median_days: Compared
    resolution_p90_days: Compared
    open_now: int
    overdue_now: int

    def table(self):
        rows = [
            [_("Cases opened"), self.total.current, self.total.previous],
            [
                _("First answer within standard, %"),
                self.first_answer_share.current,
                self.first_answer_share.previous,
            ],
            [
                _("Resolved within standard, %"),
                self.resolution_share.current,
                self.resolution_share.previous,
            ],
            [
                _("Median time to first answer, hours"),
                self.first_answer_median_hours.current,
                self.first_answer_median_hours.previous,
            ],
            [
                _("90th percentile time to first answer, hours"),
                self.first_answer_p90_hours.current,
                self.first_answer_p90_hours.previous,
            ],
            [
                _("Median time to resolution, days"),
                self.resolution_median_days.current,
                self.resolution_median_days.previous,
            ],
            [
                _("90th percentile time to resolution, days"),
                self.resolution_p90_days.current,
                self.resolution_p90_days.previous,
            ],
            [_("Open now"), self.open_now, None],
            [_("Overdue now"), self.overdue_now, None],
        ]
        return Table(
            "summary",
            _("Key figures"),
            [_("Figure"), _("This period"), _("Previous period")],
            rows,
        )


def case_summary(*, period, office=None, officer=None, today=None):
    """One query: volumes, service-standard compliance and times for the period and the
    one before, and the open and overdue cases as of today."""
    today = today or timezone.localdate()
    before = period.previous()
    first_hours = hours_between("opened_at", "first_answer_at")
    resolution_hours = hours_between("opened_at", "resolved_at")
    aggregates = {
        "open_now": Count("pk", filter=Q(status__in=OPEN_STATUSES)),
        "overdue_now": Count("pk", filter=Case.objects.overdue_q(today)),
    }
    for tag, chosen in (("cur", period), ("prev", before)):
        when = opened_in(chosen)
        answered = when & Q(first_answer_at__isnull=False)
        resolved = when & Q(resolved_at__isnull=False)
        aggregates |= {
            f"{tag}_total": Count("pk", filter=when),
            f"{tag}_fa_judged": Count("pk", filter=when & first_answer_judged(today)),
            f"{tag}_fa_kept": Count("pk", filter=when & FIRST_ANSWER_KEPT),
            f"{tag}_res_judged": Count("pk", filter=when & resolution_judged(today)),
            f"{tag}_res_kept": Count("pk", filter=when & RESOLUTION_KEPT),
            f"{tag}_fa_median": Percentile(first_hours, 0.5, filter=answered),
            f"{tag}_fa_p90": Percentile(first_hours, 0.9, filter=answered),
            f"{tag}_res_median": Percentile(resolution_hours, 0.5, filter=resolved),
            f"{tag}_res_p90": Percentile(resolution_hours, 0.9, filter=resolved),
        }
    row = (
        scoped_cases(office=office, officer=officer)
        .filter(opened_in(before) | opened_in(period) | Q(status__in=OPEN_STATUSES))
        .aggregate(**aggregates)
    )
    return case_summary_from(row)


def case_summary_from(row):
    """The summary from its raw figures: `cur_*` and `prev_*` counts and hours, and
    `open_now` and `overdue_now` (shared with the stored monthly summaries)."""

    def pair(name, convert=lambda value: value):
        return Compared(convert(row[f"cur_{name}"]), convert(row[f"prev_{name}"]))

    def days(hours):
        return rounded(hours / 24) if hours is not None else None

    return CaseSummary(
        total=pair("total"),
        first_answer_share=Compared(
            share(row["cur_fa_kept"], row["cur_fa_judged"]),
            share(row["prev_fa_kept"], row["prev_fa_judged"]),
        ),
        first_answer_judged=pair("fa_judged"),
        resolution_share=Compared(
            share(row["cur_res_kept"], row["cur_res_judged"]),
            share(row["prev_res_kept"], row["prev_res_judged"]),
        ),
        resolution_judged=pair("res_judged"),
        first_answer_median_hours=pair("fa_median", rounded),
        first_answer_p90_hours=pair("fa_p90", rounded),
        resolution_median_days=pair("res_median", days),
        resolution_p90_days=pair("res_p90", days),
        open_now=row["open_now"],
        overdue_now=row["overdue_now"],
    )


@dataclass
class Breakdown:
    """Counts per category for the period and the previous one, biggest first."""

    key: str
    title: str
    heading: str
    labels: list = field(default_factory=list)
    current: list = field(default_factory=list)
    previous: list = field(default_factory=list)

    def table(self):
        rows = [
            [label, current, previous]
            for label, current, previous in zip(
                self.labels, self.current, self.previous, strict=True
            )
        ]
        return Table(
            self.key, self.title, [self.heading, _("This period"), _("Previous period")], rows
        )


def _counts_by(values, period):
    before = period.previous()
    return values.annotate(
        cur=Count("pk", filter=opened_in(period)), prev=Count("pk", filter=opened_in(before))
    )


def _in_both(cases, period):
    return cases.filter(opened_in(period.previous()) | opened_in(period))


def cases_by_channel(*, period, office=None, officer=None):
    rows = _counts_by(
        _in_both(scoped_cases(office=office, officer=officer), period).values("channel"), period
    ).order_by("-cur", "channel")
    labels = dict(Channel.choices)
    breakdown = Breakdown("channels", _("Cases by channel"), _("Channel"))
    for row in rows:
        breakdown.labels.append(str(labels.get(row["channel"], row["channel"])))
        breakdown.current.append(row["cur"])
        breakdown.previous.append(row["prev"])
    return breakdown


def cases_by_status(*, period, office=None, officer=None):
    """The current status of the cases opened in each period."""
    rows = _counts_by(
        _in_both(scoped_cases(office=office, officer=officer), period).values("status"), period
    )
    found = {row["status"]: row for row in rows}
    breakdown = Breakdown("statuses", _("Cases by status"), _("Status"))
    for value, label in Status.choices:
        if value in found:
            breakdown.labels.append(str(label))
            breakdown.current.append(found[value]["cur"])
            breakdown.previous.append(found[value]["prev"])
    return breakdown


def cases_by_topic(*, period, office=None, officer=None):
    """A case with two topics counts for both."""
    before = period.previous()
    scope = Q()
    if office is not None:
        scope &= Q(cases__office=office)
    if officer is not None:
        scope &= Q(cases__officer=officer)
    # Filtering before annotating restricts the join to the office's cases of the two
    # periods; otherwise every case of the region is joined and counted (≈ 1 s at 500,000).
    topics = (
        Topic.objects.filter(scope & (opened_in(period, "cases__") | opened_in(before, "cases__")))
        .annotate(
            cur=Count("cases", filter=scope & opened_in(period, "cases__")),
            prev=Count("cases", filter=scope & opened_in(before, "cases__")),
        )
        .filter(Q(cur__gt=0) | Q(prev__gt=0))
        .order_by("-cur", "order", "title")
    )
    breakdown = Breakdown("topics", _("Cases by topic"), _("Topic"))
    for topic in topics:
        breakdown.labels.append(topic.display_title)
        breakdown.current.append(topic.cur)
        breakdown.previous.append(topic.prev)
    return breakdown


def officer_name(first_name, last_name, username):
    full = f"{first_name or ''} {last_name or ''}".strip()
    return full or username or _("not assigned")


def cases_by_officer(*, period, office=None):
    rows = _counts_by(
        _in_both(scoped_cases(office=office), period).values(
            "officer", "officer__first_name", "officer__last_name", "officer__username"
        ),
        period,
    ).order_by("-cur", "officer__last_name", "officer")
    breakdown = Breakdown("officers", _("Cases by officer"), _("Officer"))
    for row in rows:
        breakdown.labels.append(
            officer_name(
                row["officer__first_name"], row["officer__last_name"], row["officer__username"]
            )
            if row["officer"]
            else str(_("not assigned"))
        )
        breakdown.current.append(row["cur"])
        breakdown.previous.append(row["prev"])
    return breakdown


def entrepreneurs_new_and_returning(*, period, office=None, officer=None):
    """Distinct entrepreneurs served in each period: new ones came to the desk (any office)
    for the first time in that period; returning ones had come before. Anonymous
    consultations are counted apart. One query."""
    before = period.previous()
    first_visit = (
        Case.objects.filter(entrepreneur=OuterRef("entrepreneur"))
        .order_by()
        .values("entrepreneur")
        .annotate(first=Min("opened_at"))
        .values("first")
    )
    aggregates = {}
    for tag, chosen in (("cur", period), ("prev", before)):
        when = opened_in(chosen)
        aggregates |= {
            f"{tag}_new": Count(
                "entrepreneur", distinct=True, filter=when & Q(first_visit__gte=chosen.start)
            ),
            f"{tag}_returning": Count(
                "entrepreneur", distinct=True, filter=when & Q(first_visit__lt=chosen.start)
            ),
            f"{tag}_anonymous": Count("pk", filter=when & Q(entrepreneur__isnull=True)),
        }
    row = (
        _in_both(scoped_cases(office=office, officer=officer), period)
        .annotate(first_visit=Subquery(first_visit))
        .aggregate(**aggregates)
    )
    breakdown = Breakdown("entrepreneurs", _("New and returning entrepreneurs"), _("Visitors"))
    for name, label in (
        ("new", _("new entrepreneurs")),
        ("returning", _("returning entrepreneurs")),
        ("anonymous", _("anonymous consultations")),
    ):
        breakdown.labels.append(str(label))
        breakdown.current.append(row[f"cur_{name}"])
        breakdown.previous.append(row[f"prev_{name}"])
    return breakdown


def trend_months(period, count=12):
    """The months of a trend chart: the period's own months, or the `count` months up to
    the period's last one when the period is shorter."""
    months = period.months()
    if len(months) >= count:
        return months
    last = months[-1]
    index = last.year * 12 + last.month - 1
    return [
        Period.containing(MONTH, last.replace(year=(i // 12), month=i % 12 + 1)).first
        for i in range(index - count + 1, index + 1)
    ]


@dataclass
class MonthlyTrend:
    months: list
    channels: list  # [(label, [count per month])]

    @cached_property
    def labels(self):
        # Read by the chart, its table and the export: the months are formatted once.
        return [formats.date_format(month, "M Y") for month in self.months]

    @property
    def totals(self):
        return [
            sum(values[i] for _label, values in self.channels) for i in range(len(self.months))
        ]

    def table(self):
        rows = [
            [label, *(values[index] for _name, values in self.channels), self.totals[index]]
            for index, label in enumerate(self.labels)
        ]
        return Table(
            "trend",
            _("Cases per month by channel"),
            [_("Month"), *(name for name, _values in self.channels), _("Total")],
            rows,
        )


def monthly_cases(*, period, office=None, officer=None):
    """Cases per calendar month (local time) and channel. One query."""
    months = trend_months(period)
    start = Period.containing(MONTH, months[0]).start
    end = Period.containing(MONTH, months[-1]).end
    rows = (
        scoped_cases(office=office, officer=officer)
        .filter(opened_at__gte=start, opened_at__lt=end)
        .annotate(month=TruncMonth("opened_at"))
        .values("month", "channel")
        .annotate(count=Count("pk"))
    )
    counts = {(row["month"].date(), row["channel"]): row["count"] for row in rows}
    channels = [
        (str(label), [counts.get((month, value), 0) for month in months])
        for value, label in Channel.choices
    ]
    return MonthlyTrend(months, [item for item in channels if any(item[1])])


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


def period_searches(*, period):
    """The searches of the period and the one before: their totals (`cur`, `prev`,
    `cur_zero`, `prev_zero`), then the period's top searches and top zero-result searches
    (rows of `normalised`, `count`, `zero`) among what visitors asked
    (`manual.selectors.visitor_queries`). Three queries."""
    before = period.previous()

    def searched(chosen):
        return Q(created_at__gte=chosen.start, created_at__lt=chosen.end)

    totals = SearchQuery.objects.filter(searched(before) | searched(period)).aggregate(
        cur=Count("pk", filter=searched(period)),
        prev=Count("pk", filter=searched(before)),
        cur_zero=Count("pk", filter=searched(period) & Q(result_count=0)),
        prev_zero=Count("pk", filter=searched(before) & Q(result_count=0)),
    )
    # The lists leave out junk (markup, SQL, lone punctuation) as the editors' lists do.
    in_period = (
        visitor_queries(SearchQuery.objects.filter(searched(period)))
        .annotate(normalised=Lower("query"))
        .values("normalised")
        .annotate(count=Count("pk"), zero=Count("pk", filter=Q(result_count=0)))
    )
    top = in_period.order_by("-count", "normalised")[:TOP]
    zero = in_period.filter(zero__gt=0).order_by("-zero", "normalised")[:TOP]
    return totals, top, zero


def within(period, field_name, prefix=""):
    return Q(
        **{f"{prefix}{field_name}__gte": period.start, f"{prefix}{field_name}__lt": period.end}
    )


NPS_PROMOTER, NPS_DETRACTOR_MAX = 9, 6


@dataclass
class Satisfaction:
    responses: Compared
    invitations: Compared
    response_rate: Compared
    csat_average: Compared
    nps: Compared
    csat_counts: list  # answers per score 1..5 in the period
    nps_counts: list  # answers per score 0..10 in the period
    comments: list = field(default_factory=list)

    def table(self):
        rows = [
            [_("Answers received"), self.responses.current, self.responses.previous],
            [_("Invitations sent"), self.invitations.current, self.invitations.previous],
            [
                _("Response rate (invitations of the period answered), %"),
                self.response_rate.current,
                self.response_rate.previous,
            ],
            [_("CSAT average (1–5)"), self.csat_average.current, self.csat_average.previous],
            [_("NPS (−100 to 100)"), self.nps.current, self.nps.previous],
        ]
        return Table(
            "satisfaction",
            _("Satisfaction"),
            [_("Figure"), _("This period"), _("Previous period")],
            rows,
        )

    def csat_table(self):
        return Table(
            "csat",
            _("Satisfaction scores"),
            [_("Score"), _("Answers")],
            [[score, self.csat_counts[score - 1]] for score in range(1, 6)],
        )

    def nps_table(self):
        return Table(
            "nps",
            _("Likelihood to recommend"),
            [_("Score"), _("Answers")],
            [[score, self.nps_counts[score]] for score in range(11)],
        )

    def comments_table(self):
        return Table(
            "comments",
            _("Latest comments"),
            [_("Answered"), _("Case"), _("CSAT"), _("What was good"), _("What to improve")],
            [
                [
                    timezone.localtime(item.created_at).date(),
                    _("anonymous") if item.anonymous else item.invitation.reference,
                    item.csat,
                    item.what_was_good,
                    item.what_to_improve,
                ]
                for item in self.comments
            ],
        )


def net_promoter_score(promoters, detractors, answers):
    """% promoters (9–10) minus % detractors (0–6), one decimal; None without answers."""
    if not answers:
        return None
    return round(100.0 * (promoters - detractors) / answers, 1)


def satisfaction(*, period, office=None, comments=TOP):
    """Answers received in the period (CSAT, NPS, distributions) and the response rate of
    the invitations created in the period (answered so far). Three queries: answers,
    invitations, and the latest comments (none when `comments` is 0)."""
    before = period.previous()
    responses = Response.objects.order_by()
    invitations = Invitation.objects.order_by()
    if office is not None:
        responses = responses.filter(invitation__office_id=office.pk)
        invitations = invitations.filter(office_id=office.pk)
    aggregates = {}
    for tag, chosen in (("cur", period), ("prev", before)):
        when = within(chosen, "created_at")
        aggregates |= {
            f"{tag}_n": Count("pk", filter=when),
            f"{tag}_csat": Avg("csat", filter=when),
            f"{tag}_promoters": Count("pk", filter=when & Q(nps__gte=NPS_PROMOTER)),
            f"{tag}_detractors": Count("pk", filter=when & Q(nps__lte=NPS_DETRACTOR_MAX)),
        }
    now = within(period, "created_at")
    aggregates |= {
        f"csat_{score}": Count("pk", filter=now & Q(csat=score)) for score in range(1, 6)
    }
    aggregates |= {f"nps_{score}": Count("pk", filter=now & Q(nps=score)) for score in range(11)}
    row = responses.filter(within(before, "created_at") | within(period, "created_at")).aggregate(
        **aggregates
    )
    invited = invitations.filter(
        within(before, "created_at") | within(period, "created_at")
    ).aggregate(
        cur=Count("pk", filter=within(period, "created_at")),
        prev=Count("pk", filter=within(before, "created_at")),
        cur_answered=Count("pk", filter=within(period, "created_at") & Q(response__isnull=False)),
        prev_answered=Count("pk", filter=within(before, "created_at") & Q(response__isnull=False)),
    )
    return Satisfaction(
        responses=Compared(row["cur_n"], row["prev_n"]),
        invitations=Compared(invited["cur"], invited["prev"]),
        response_rate=Compared(
            share(invited["cur_answered"], invited["cur"]),
            share(invited["prev_answered"], invited["prev"]),
        ),
        csat_average=Compared(rounded(row["cur_csat"], 2), rounded(row["prev_csat"], 2)),
        nps=Compared(
            net_promoter_score(row["cur_promoters"], row["cur_detractors"], row["cur_n"]),
            net_promoter_score(row["prev_promoters"], row["prev_detractors"], row["prev_n"]),
        ),
        csat_counts=[row[f"csat_{score}"] for score in range(1, 6)],
        nps_counts=[row[f"nps_{score}"] for score in range(11)],
        comments=latest_comments(period=period, office=office, count=comments),
    )


# What `Satisfaction.comments_table` shows of an answer.
COMMENT_FIELDS = (
    "created_at",
    "anonymous",
    "csat",
    "what_was_good",
    "what_to_improve",
    "invitation__reference",
)


def latest_comments(*, period, office=None, count=TOP):
    """The latest answers of the period with a comment; one query, none when `count` is 0."""
    if not count:
        return []
    responses = Response.objects.order_by().filter(within(period, "created_at"))
    if office is not None:
        responses = responses.filter(invitation__office_id=office.pk)
    return list(
        responses.exclude(what_was_good="", what_to_improve="")
        .select_related("invitation")
        .only(*COMMENT_FIELDS)
        .order_by("-created_at", "-pk")[:count]
    )


@dataclass
class Improvements:
    open_now: int
    overdue_now: int
    done: Compared

    def table(self):
        return Table(
            "improvements",
            _("Improvement actions"),
            [_("Figure"), _("This period"), _("Previous period")],
            [
                [_("Open now"), self.open_now, None],
                [_("Overdue now"), self.overdue_now, None],
                [_("Done"), self.done.current, self.done.previous],
            ],
        )


def improvements(*, period, office=None, today=None):
    """Improvement actions of the office and of the whole department. One query."""
    today = today or timezone.localdate()
    actions = ImprovementAction.objects.order_by()
    if office is not None:
        actions = actions.filter(Q(office_id=office.pk) | Q(office_id__isnull=True))
    done = ImprovementAction.Status.DONE
    row = actions.aggregate(
        open_now=Count("pk", filter=~Q(status=done)),
        overdue_now=Count("pk", filter=~Q(status=done) & Q(due_date__lt=today)),
        cur=Count("pk", filter=Q(status=done) & within(period, "done_at")),
        prev=Count("pk", filter=Q(status=done) & within(period.previous(), "done_at")),
    )
    return Improvements(row["open_now"], row["overdue_now"], Compared(row["cur"], row["prev"]))


REFERRAL_ANSWERED_IN_TIME = Q(answered_at__isnull=False, due_at__isnull=False) & Q(
    answered_at__date__lte=F("due_at")
)


def referral_judged(today):
    return Q(due_at__isnull=False) & (Q(answered_at__isnull=False) | Q(due_at__lt=today))


@dataclass
class PartnerRow:
    organisation_id: int
    name: str
    sent: Compared
    judged: Compared
    in_time: Compared
    in_time_share: Compared
    outcomes: dict  # status → count of this period's referrals


def referrals_per_partner(*, period, office=None, today=None):
    """Referrals sent in the period per partner organisation: how many, how many got an
    answer within the agreed time (judged like the case standards: once answered or past
    due), and their outcome so far. One query."""
    today = today or timezone.localdate()
    before = period.previous()
    referrals = Referral.objects.order_by()
    if office is not None:
        referrals = referrals.filter(case__office=office)
    aggregates = {}
    for tag, chosen in (("cur", period), ("prev", before)):
        when = within(chosen, "sent_at")
        aggregates |= {
            f"{tag}_sent": Count("pk", filter=when),
            f"{tag}_judged": Count("pk", filter=when & referral_judged(today)),
            f"{tag}_in_time": Count("pk", filter=when & REFERRAL_ANSWERED_IN_TIME),
        }
    statuses = Referral.Status.choices
    aggregates |= {
        f"status_{value}": Count("pk", filter=within(period, "sent_at") & Q(status=value))
        for value, _label in statuses
    }
    rows = (
        referrals.filter(within(before, "sent_at") | within(period, "sent_at"))
        .values("organisation", "organisation__name", "organisation__name_en")
        .annotate(**aggregates)
        .order_by("-cur_sent", "organisation__name")
    )
    english = get_language() == "en"
    partners = []
    for row in rows:
        name = row["organisation__name"]
        if english and row["organisation__name_en"]:
            name = row["organisation__name_en"]
        partners.append(
            PartnerRow(
                organisation_id=row["organisation"],
                name=name,
                sent=Compared(row["cur_sent"], row["prev_sent"]),
                judged=Compared(row["cur_judged"], row["prev_judged"]),
                in_time=Compared(row["cur_in_time"], row["prev_in_time"]),
                in_time_share=Compared(
                    share(row["cur_in_time"], row["cur_judged"]),
                    share(row["prev_in_time"], row["prev_judged"]),
                ),
                outcomes={value: row[f"status_{value}"] for value, _label in statuses},
            )
        )
    return partners


def referrals_table(partners):
    statuses = Referral.Status.choices
    return Table(
        "referrals",
        _("Referrals per partner"),
        [
            _("Partner organisation"),
            _("Sent"),
            _("Sent, previous period"),
            _("Answered in time, %"),
            _("Answered in time, previous period, %"),
            *(str(label) for _value, label in statuses),
        ],
        [
            [
                partner.name,
                partner.sent.current,
                partner.sent.previous,
                partner.in_time_share.current,
                partner.in_time_share.previous,
                *(partner.outcomes[value] for value, _label in statuses),
            ]
            for partner in partners
        ],
    )


@dataclass
class SatisfactionTrend:
    months: list
    csat: list
    nps: list

    @cached_property
    def labels(self):
        # Read by the chart, its table and the export: the months are formatted once.
        return [formats.date_format(month, "M Y") for month in self.months]

    def table(self):
        return Table(
            "satisfaction_trend",
            _("Satisfaction per month"),
            [_("Month"), _("CSAT average (1–5)"), _("NPS (−100 to 100)")],
            [list(row) for row in zip(self.labels, self.csat, self.nps, strict=True)],
        )


def monthly_satisfaction(*, period, office=None):
    """CSAT average and NPS per month of answer, over the trend months. One query."""
    months = trend_months(period)
    responses = Response.objects.order_by().filter(
        created_at__gte=Period.containing(MONTH, months[0]).start,
        created_at__lt=Period.containing(MONTH, months[-1]).end,
    )
    if office is not None:
        responses = responses.filter(invitation__office_id=office.pk)
    rows = (
        responses.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(
            n=Count("pk"),
            csat=Avg("csat"),
            promoters=Count("pk", filter=Q(nps__gte=NPS_PROMOTER)),
            detractors=Count("pk", filter=Q(nps__lte=NPS_DETRACTOR_MAX)),
        )
    )
    found = {row["month"].date(): row for row in rows}
    csat, nps = [], []
    for month in months:
        row = found.get(month)
        csat.append(rounded(row["csat"], 2) if row else None)
        nps.append(
            net_promoter_score(row["promoters"], row["detractors"], row["n"]) if row else None
        )
    return SatisfactionTrend(months, csat, nps)
