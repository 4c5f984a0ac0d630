"""The whole dashboard of one office (or all) and one period: figures, charts and tables.

`dashboard_figures` is the selector the page, the exports and the PDF report share, so
the three always show the same numbers. Its query count does not depend on the data:
see `tests/monitoring/test_dashboard_views.py` and `test_dashboard_months.py`.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.utils.translation import gettext as _

from feedback.models import Response
from monitoring.dashboards import charts, figures, monthly_board
from monitoring.dashboards.exports import Table
from monitoring.dashboards.periods import MONTH

# Promoters green, passives grey, detractors orange: also told apart by their position.
NPS_COLOURS = (
    ["#D55E00"] * (Response.NPS_DETRACTOR_MAX + 1)
    + ["#A6A6A6"] * (Response.NPS_PROMOTER_MIN - Response.NPS_DETRACTOR_MAX - 1)
    + ["#009E73"] * (11 - Response.NPS_PROMOTER_MIN)
)


@dataclass
class Dashboard:
    period: object
    office: object
    summary: figures.CaseSummary
    channels: figures.Breakdown
    statuses: figures.Breakdown
    topics: figures.Breakdown
    officers: figures.Breakdown
    entrepreneurs: figures.Breakdown
    trend: figures.MonthlyTrend
    partners: list
    satisfaction: figures.Satisfaction
    satisfaction_trend: figures.SatisfactionTrend
    improvements: figures.Improvements
    manual: figures.ManualFigures
    charts: dict = field(default_factory=dict)

    @property
    def previous(self):
        return self.period.previous()

    def tables(self):
        """Every exportable table, in the order of the page."""
        tables = [
            self.summary.table(),
            self.channels.table(),
            self.topics.table(),
            self.statuses.table(),
            self.officers.table(),
            self.entrepreneurs.table(),
            self.trend.table(),
            figures.referrals_table(self.partners),
            self.satisfaction.table(),
            self.satisfaction.csat_table(),
            self.satisfaction.nps_table(),
            self.satisfaction_trend.table(),
        ]
        if self.satisfaction.comments:
            tables.append(self.satisfaction.comments_table())
        tables += [
            self.improvements.table(),
            self.manual_table(),
            self.manual.top_articles,
            self.manual.stale_articles,
            self.manual.top_searches,
            self.manual.zero_result_queries,
        ]
        return tables

    def table(self, key):
        return next((table for table in self.tables() if table.key == key), None)

    def manual_table(self):
        manual = self.manual
        return Table(
            "manual",
            _("Procedures manual"),
            [_("Figure"), _("This period"), _("Previous period")],
            [
                [_("Published articles"), manual.published, None],
                [_("Views since publication"), manual.views, None],
                [_("Articles due for review"), manual.stale, None],
                [_("Votes"), manual.votes.current, manual.votes.previous],
                [_("Helpful, %"), manual.helpful_share.current, manual.helpful_share.previous],
                [_("Searches"), manual.searches.current, manual.searches.previous],
                [
                    _("Searches without results"),
                    manual.zero_result_searches.current,
                    manual.zero_result_searches.previous,
                ],
            ],
        )


def dashboard_figures(*, period, office=None, today=None, comments=True):
    """Every figure of the dashboard; `comments=False` leaves out the entrepreneurs'
    comments (they are for department heads only). A month is read from the stored
    monthly summaries (`monthly_board`); other periods are computed from the rows."""
    if period.kind == MONTH:
        return month_dashboard(period=period, office=office, today=today, comments=comments)
    board = Dashboard(
        period=period,
        office=office,
        summary=figures.case_summary(period=period, office=office, today=today),
        channels=figures.cases_by_channel(period=period, office=office),
        statuses=figures.cases_by_status(period=period, office=office),
        topics=figures.cases_by_topic(period=period, office=office),
        officers=figures.cases_by_officer(period=period, office=office),
        entrepreneurs=figures.entrepreneurs_new_and_returning(period=period, office=office),
        trend=figures.monthly_cases(period=period, office=office),
        partners=figures.referrals_per_partner(period=period, office=office, today=today),
        satisfaction=figures.satisfaction(
            period=period, office=office, comments=figures.TOP if comments else 0
        ),
        satisfaction_trend=figures.monthly_satisfaction(period=period, office=office),
        improvements=figures.improvements(period=period, office=office, today=today),
        manual=figures.manual_figures(period=period, today=today),
    )
    board.charts = build_charts(board)
    return board


def month_dashboard(*, period, office=None, today=None, comments=True):
    """The month dashboard: its part decided by the stored summaries, drawn into charts,
    and what is read live (`monthly_board.live_figures`)."""
    stored = monthly_board.stored_month(period=period, office=office, today=today)
    charts = build_charts(SimpleNamespace(period=period, **stored.figures))
    live = monthly_board.live_figures(
        stored,
        period=period,
        office=office,
        today=today,
        comments=figures.TOP if comments else 0,
    )
    return Dashboard(period=period, office=office, **{**stored.figures, "charts": charts, **live})


def _breakdown_chart(breakdown, description):
    return charts.bar_chart(
        breakdown.key,
        breakdown.title,
        description,
        breakdown.labels,
        breakdown.current,
        previous=breakdown.previous,
        table=breakdown.table(),
    )


def build_charts(board):
    """The charts of `board`: of its figures that the stored summaries decide on a month
    dashboard."""
    period = board.period.label
    satisfaction = board.satisfaction
    return {
        "channels": _breakdown_chart(
            board.channels,
            _("Cases opened in %(period)s per channel, with the previous period in grey.")
            % {"period": period},
        ),
        "topics": _breakdown_chart(
            board.topics,
            _("Cases opened in %(period)s per topic, with the previous period in grey.")
            % {"period": period},
        ),
        "officers": _breakdown_chart(
            board.officers,
            _("Cases opened in %(period)s per officer, with the previous period in grey.")
            % {"period": period},
        ),
        "trend": charts.stacked_bar_chart(
            "trend",
            board.trend.table().title,
            _("Cases per month over the last months, split by channel."),
            board.trend.labels,
            board.trend.channels,
            table=board.trend.table(),
        ),
        "csat": charts.distribution_chart(
            "csat",
            satisfaction.csat_table().title,
            _("How many answers gave each satisfaction score from 1 to 5 in %(period)s.")
            % {"period": period},
            [str(score) for score in range(1, 6)],
            satisfaction.csat_counts,
            table=satisfaction.csat_table(),
        ),
        "nps": charts.distribution_chart(
            "nps",
            satisfaction.nps_table().title,
            _(
                "How many answers gave each score from 0 to 10 in %(period)s: "
                "0–%(detractor_max)s detractors, %(passive_min)s–%(passive_max)s passives, "
                "%(promoter_min)s–10 promoters."
            )
            % {
                "period": period,
                "detractor_max": Response.NPS_DETRACTOR_MAX,
                "passive_min": Response.NPS_DETRACTOR_MAX + 1,
                "passive_max": Response.NPS_PROMOTER_MIN - 1,
                "promoter_min": Response.NPS_PROMOTER_MIN,
            },
            [str(score) for score in range(11)],
            satisfaction.nps_counts,
            colours=NPS_COLOURS,
            table=satisfaction.nps_table(),
        ),
        "satisfaction_trend": charts.line_chart(
            "satisfaction_trend",
            board.satisfaction_trend.table().title,
            _("Average satisfaction (1–5) per month."),
            board.satisfaction_trend.labels,
            [(_("CSAT average (1–5)"), board.satisfaction_trend.csat)],
            decimals=1,
            table=board.satisfaction_trend.table(),
        ),
        "referrals": charts.bar_chart(
            "referrals",
            _("Referrals per partner"),
            _("Referrals sent in %(period)s per partner organisation, previous period in grey.")
            % {"period": period},
            [partner.name for partner in board.partners],
            [partner.sent.current for partner in board.partners],
            previous=[partner.sent.previous for partner in board.partners],
            table=figures.referrals_table(board.partners),
        ),
    }
