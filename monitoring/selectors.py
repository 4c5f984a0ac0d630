"""The figures of a period report, read through the dashboard's own figure functions.

`report_figures` returns plain JSON (titles, column heads and rows as text and numbers,
in the language active when it runs), so that the same dictionary is shown live on a
draft, stored when the report is submitted, and drawn by the HTML page, the PDF and the
DOCX alike.
"""

from datetime import date, datetime
from decimal import Decimal

from django.db.models import Count, Q
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from desk.models import Channel
from feedback.models import ImprovementAction, Response
from monitoring.dashboards import figures
from monitoring.dashboards.board import dashboard_figures
from monitoring.dashboards.exports import Table
from monitoring.models import PeriodReport

# "Open now" and "overdue now" rows of the dashboard's tables, left out of a report: a
# report about November must not speak of the day it was printed.
NOW_ROWS = {"summary": slice(None, -2), "improvements": slice(2, None)}
QUOTES = 5


def cell(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return formats.date_format(timezone.localtime(value), "DATE_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "DATE_FORMAT")
    return str(value)


def table_json(table, *, chart=False):
    return {
        "key": table.key,
        "title": str(table.title),
        "columns": [str(column) for column in table.columns],
        "rows": [[cell(value) for value in row] for row in table.rows],
        "chart": chart,
    }


def _without_now_rows(table):
    kept = NOW_ROWS.get(table.key)
    if kept is None:
        return table
    return Table(table.key, table.title, table.columns, table.rows[kept], table.note)


def walk_in_times(*, period, office=None):
    """Walk-in visitors of the period: how long they waited before their consultation
    started and how long it lasted, as medians and 90th percentiles in minutes. One
    query."""
    cases = figures.scoped_cases(office=office).filter(
        figures.opened_in(period), channel=Channel.WALK_IN
    )
    served = Q(started_at__isnull=False, ended_at__isnull=False)
    serve = figures.minutes_between("started_at", "ended_at")
    row = cases.aggregate(
        visits=Count("pk"),
        **figures.walk_in_waits(),
        serves=Count("pk", filter=served),
        serve_median=figures.Percentile(serve, 0.5, filter=served),
        serve_p90=figures.Percentile(serve, 0.9, filter=served),
    )
    return Table(
        "walk_ins",
        _("Walk-in visitors"),
        [_("Figure"), _("This period")],
        [
            [_("Walk-in consultations"), row["visits"]],
            [_("Median wait, minutes"), figures.rounded(row["wait_median"], 0)],
            [_("90th percentile wait, minutes"), figures.rounded(row["wait_p90"], 0)],
            [_("Median consultation, minutes"), figures.rounded(row["serve_median"], 0)],
            [_("90th percentile consultation, minutes"), figures.rounded(row["serve_p90"], 0)],
        ],
    )


def _answers(period, office):
    answers = Response.objects.order_by().filter(figures.within(period, "created_at"))
    if office is not None:
        answers = answers.filter(invitation__office_id=office.pk)
    return answers


def feedback_tags(*, period, office=None):
    """How often each triage tag was given to the period's answers. One query."""
    through = Response.tags.through
    english = get_language() == "en"
    rows = (
        through.objects.filter(response__in=_answers(period, office))
        .values("tag__name", "tag__name_en")
        .annotate(count=Count("pk"))
        .order_by("-count", "tag__name")
    )
    return Table(
        "tags",
        _("What the answers were about"),
        [_("Tag"), _("Answers")],
        [
            [
                row["tag__name_en"] if english and row["tag__name_en"] else row["tag__name"],
                row["count"],
            ]
            for row in rows
        ],
    )


def quotes(*, period, office=None, count=QUOTES):
    """A few comments of the period whose authors agreed to be quoted, without names or
    case references. One query."""
    answers = (
        _answers(period, office)
        .filter(may_quote=True)
        .exclude(what_was_good="", what_to_improve="")
        .only("created_at", "csat", "what_was_good", "what_to_improve")
        .order_by("-created_at", "-pk")[:count]
    )
    return Table(
        "quotes",
        _("What entrepreneurs said"),
        [_("Answered"), _("CSAT"), _("What was good"), _("What to improve")],
        [
            [
                timezone.localtime(item.created_at).date(),
                item.csat,
                item.what_was_good,
                item.what_to_improve,
            ]
            for item in answers
        ],
    )


def improvement_list(*, period, office=None):
    """The improvement actions open during the period or done in it. One query."""
    actions = ImprovementAction.objects.order_by("status", "due_date", "pk").filter(
        Q(created_at__lt=period.end) & (Q(done_at__isnull=True) | Q(done_at__gte=period.start))
    )
    if office is not None:
        actions = actions.filter(Q(office_id=office.pk) | Q(office_id__isnull=True))
    english = get_language() == "en"
    return Table(
        "actions",
        _("Improvement actions and their state"),
        [_("Action"), _("State"), _("Due"), _("Done")],
        [
            [
                action.title_en if english and action.title_en else action.title,
                action.get_status_display(),
                action.due_date,
                timezone.localtime(action.done_at).date() if action.done_at else None,
            ]
            for action in actions.only("title", "title_en", "status", "due_date", "done_at")
        ],
    )


# (section key, section title, [(table key, drawn as a chart)]) in the report's order.
def _sections():
    return [
        ("standards", _("Service standards kept"), [("summary", False)]),
        (
            "volumes",
            _("Consultations by channel and topic"),
            [("channels", True), ("topics", True), ("entrepreneurs", False), ("trend", False)],
        ),
        ("walk_ins", _("Waiting and serving times of walk-in visitors"), [("walk_ins", False)]),
        (
            "satisfaction",
            _("Satisfaction and NPS"),
            [("satisfaction", False), ("satisfaction_trend", False), ("csat", True)],
        ),
        ("said", _("What entrepreneurs said"), [("tags", True), ("quotes", False)]),
        (
            "improvements",
            _("What changed because of it"),
            [("improvements", False), ("actions", False)],
        ),
        (
            "gaps",
            _("Content gaps in the manual"),
            [("zero_result_searches", True), ("top_searches", False)],
        ),
        ("partners", _("Partners' answers to referrals"), [("referrals", True)]),
    ]


def report_figures(*, period, office=None, today=None):
    """Every figure of the report, as JSON. The dashboard's figures come from
    `dashboard_figures` itself, so a report and the dashboard of the same period and
    office always agree."""
    board = dashboard_figures(period=period, office=office, today=today, comments=False)
    tables = {table.key: table for table in board.tables()}
    tables |= {
        "walk_ins": walk_in_times(period=period, office=office),
        "tags": feedback_tags(period=period, office=office),
        "quotes": quotes(period=period, office=office),
        "actions": improvement_list(period=period, office=office),
    }
    sections = []
    for key, title, wanted in _sections():
        sections.append(
            {
                "key": key,
                "title": str(title),
                "tables": [
                    table_json(_without_now_rows(tables[name]), chart=chart)
                    for name, chart in wanted
                ],
            }
        )
    return {
        "language": get_language(),
        "period": period.label,
        "office": office.display_name if office else str(_("all offices")),
        "computed_at": formats.date_format(timezone.localtime(timezone.now()), "DATE_FORMAT"),
        "sections": sections,
    }


def reports_for_list(user):
    return PeriodReport.objects.select_related("office", "author", "approved_by").order_by(
        "-first_day", "-pk"
    )


def published_reports():
    """Newest first, for the public transparency page."""
    return (
        PeriodReport.objects.filter(status=PeriodReport.Status.PUBLISHED)
        .select_related("office")
        .order_by("-published_at", "-pk")
    )
