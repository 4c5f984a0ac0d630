"""The feedback figures: CSAT, NPS, response rate, comments and improvement actions."""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import (
    Count,
    Q,
)
from django.db.models.functions import TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from feedback.models import ImprovementAction, Invitation, Response
from monitoring.dashboards.exports import Table
from monitoring.dashboards.figures.base import (
    TOP,
    Compared,
    rounded,
    share,
    within,
)
from monitoring.dashboards.figures.cases import (
    trend_months,
)
from monitoring.dashboards.figures.measures import (
    answer_counts,
    answer_distributions,
    invitation_counts,
    net_promoter_score,
    prefixed,
)
from monitoring.dashboards.periods import MONTH, Period


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
        aggregates |= prefixed(tag, answer_counts(within(chosen, "created_at")))
    aggregates |= answer_distributions(within(period, "created_at"))
    row = responses.filter(within(before, "created_at") | within(period, "created_at")).aggregate(
        **aggregates
    )
    invited = invitations.filter(
        within(before, "created_at") | within(period, "created_at")
    ).aggregate(
        **prefixed("cur", invitation_counts(within(period, "created_at"))),
        **prefixed("prev", invitation_counts(within(before, "created_at"))),
    )
    return Satisfaction(
        responses=Compared(row["cur_n"], row["prev_n"]),
        invitations=Compared(invited["cur_n"], invited["prev_n"]),
        response_rate=Compared(
            share(invited["cur_answered"], invited["cur_n"]),
            share(invited["prev_answered"], invited["prev_n"]),
        ),
        csat_average=Compared(
            rounded(row["cur_csat_average"], 2), rounded(row["prev_csat_average"], 2)
        ),
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
        .annotate(**answer_counts())
    )
    found = {row["month"].date(): row for row in rows}
    csat, nps = [], []
    for month in months:
        row = found.get(month)
        csat.append(rounded(row["csat_average"], 2) if row else None)
        nps.append(
            net_promoter_score(row["promoters"], row["detractors"], row["n"]) if row else None
        )
    return SatisfactionTrend(months, csat, nps)
