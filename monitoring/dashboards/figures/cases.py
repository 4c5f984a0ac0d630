"""The cases' figures: volumes, service-standard compliance and times, breakdowns by
channel, status, topic and officer, new and returning entrepreneurs, the monthly trend."""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import (
    Count,
    Q,
    Sum,
)
from django.db.models.functions import TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from desk.models import OPEN_STATUSES, Case, Channel, Status
from manual.models import Topic
from monitoring.dashboards.exports import Table
from monitoring.dashboards.figures.base import (
    Compared,
    opened_in,
    rounded,
    scoped_cases,
    share,
)
from monitoring.dashboards.figures.measures import (
    case_counts,
    first_visit_per_record,
    person,
    prefixed,
)
from monitoring.dashboards.periods import MONTH, Period


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
    aggregates = {
        "open_now": Count("pk", filter=Q(status__in=OPEN_STATUSES)),
        "overdue_now": Count("pk", filter=Case.objects.overdue_q(today)),
    }
    for tag, chosen in (("cur", period), ("prev", before)):
        aggregates |= prefixed(tag, case_counts(today=today, when=opened_in(chosen)))
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
    for the first time in that period; returning ones had come before. A taxpayer whom
    several offices recorded, each in a record of its own, is one person
    (`with_first_visit`); records without an INN are a person each. Anonymous
    consultations are counted apart. One query: the cases of both periods grouped per
    record (`first_visit_per_record`), then the people counted."""
    before = period.previous()
    per_record = first_visit_per_record(
        _in_both(scoped_cases(office=office, officer=officer), period)
    ).annotate(
        cur=Count("pk", filter=opened_in(period)),
        prev=Count("pk", filter=opened_in(before)),
    )
    someone = person()
    aggregates = {}
    for tag, chosen in (("cur", period), ("prev", before)):
        came = Q(entrepreneur__isnull=False, **{f"{tag}__gt": 0})
        aggregates |= {
            f"{tag}_new": Count(
                someone, distinct=True, filter=came & Q(first_visit__gte=chosen.start)
            ),
            f"{tag}_returning": Count(
                someone, distinct=True, filter=came & Q(first_visit__lt=chosen.start)
            ),
            f"{tag}_anonymous": Sum(tag, filter=Q(entrepreneur__isnull=True), default=0),
        }
    row = per_record.aggregate(**aggregates)
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
