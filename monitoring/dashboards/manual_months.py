"""The manual's months: its logged searches and "was this helpful?" votes per calendar
month, stored like the offices' months (`monthly`) so that a month dashboard reads two rows
instead of a month of searches. They are shared by all offices. Searches are only ever
added, stamped with the time they were made, and a vote can be changed only on the day
it was cast: a past month is final once stored (the nightly refresh rebuilds it anyway).
"""

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from feedback.models import ArticleVote
from manual.models import SearchQuery
from monitoring.dashboards.figures import TOP
from monitoring.dashboards.figures.manual import ranked_searches, visitor_searches
from monitoring.dashboards.periods import month_of, month_period, months_span
from monitoring.models import ManualMonth


def compute_months(months):
    """The manual's month: searches (how many, how many found nothing, the top queries
    lower-cased by count and by zero results) and votes (how many, how many helpful, and
    per article). Three queries. A vote can be changed only on the day it was cast, so a
    past month's votes are final."""
    start, end = months_span(months)
    wanted = set(months)
    result = {
        month: {
            "searches": 0,
            "zero": 0,
            "top": [],
            "top_zero": [],
            "votes": 0,
            "helpful": 0,
            "articles": {},
        }
        for month in months
    }
    logged = SearchQuery.objects.order_by().filter(created_at__gte=start, created_at__lt=end)
    for row in (
        logged.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"), zero=Count("pk", filter=Q(result_count=0)))
    ):
        month = month_of(row["month"])
        if month in wanted:
            result[month].update(searches=row["n"], zero=row["zero"])
    ranked = ranked_searches(
        visitor_searches(logged.annotate(month=TruncMonth("created_at")), "month"), "month"
    )
    ranked_rows = [row for row in ranked if month_of(row["month"]) in wanted]
    for row in ranked_rows:
        if row["top_rank"] <= TOP:
            result[month_of(row["month"])]["top"].append(_search_row(row))
    # Ordered by zero results first: those with any rank among themselves as among all.
    for row in sorted(ranked_rows, key=lambda row: (row["month"], row["zero_rank"])):
        if row["zero_rank"] <= TOP and row["zero"] > 0:
            result[month_of(row["month"])]["top_zero"].append(_search_row(row))
    votes = ArticleVote.objects.order_by().filter(created_at__gte=start, created_at__lt=end)
    for row in (
        votes.annotate(month=TruncMonth("created_at"))
        .values("month", "article")
        .annotate(n=Count("pk"), helpful=Count("pk", filter=Q(helpful=True)))
    ):
        month = month_of(row["month"])
        if month in wanted:
            figures = result[month]
            figures["votes"] += row["n"]
            figures["helpful"] += row["helpful"]
            figures["articles"][str(row["article"])] = [row["n"], row["helpful"]]
    return result


def _search_row(row):
    return [row["normalised"], row["count"], row["zero"]]


def stored_months(months):
    """{month: manual figures}: stored months, the missing or current ones computed now
    (and not stored: the task worker and the nightly job store them)."""
    figures = {row.month: row.figures for row in ManualMonth.objects.filter(month__in=months)}
    missing = [month for month in months if month not in figures]
    if missing:
        figures |= compute_months(sorted(missing))
    return figures


def refresh_months(months):
    """Compute `months` and store the whole past ones (the task and the nightly job)."""
    months = sorted(months)
    computed_at = timezone.now()
    computed = compute_months(months)
    rows = [
        ManualMonth(month=month, figures=figures, computed_at=computed_at)
        for month, figures in computed.items()
        if month_period(month).end <= computed_at
    ]
    if rows:
        ManualMonth.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["month"],
            update_fields=["figures", "computed_at"],
        )
    return computed
