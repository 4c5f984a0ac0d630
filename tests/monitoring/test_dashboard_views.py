"""The dashboard page, its exports, the period report it starts and the back-office home."""

import csv
import io
import re
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from desk.models import Case
from monitoring.dashboards.board import dashboard_figures
from monitoring.dashboards.exports import header_row_index
from monitoring.dashboards.figures import Compared
from monitoring.dashboards.home import home_figures
from monitoring.dashboards.periods import MONTH, Period, local_today
from monitoring.models import PeriodReport
from tests.monitoring import dashboard_data

NOVEMBER = {"period": "month", "date": "2026-11-01"}


@pytest.fixture
def data(office, other_office, officer, colleague):
    data = dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )
    dashboard_data.build_feedback(data, office=office, other_office=other_office)
    return data


def test_the_head_sees_the_chosen_office_and_period(client, head, data, office):
    client.force_login(head)

    response = client.get(reverse("dashboards:index"), {**NOVEMBER, "office": office.slug})

    assert response.status_code == 200
    board = response.context["board"]
    assert board.office == office
    assert board.period == Period.containing(MONTH, date(2026, 11, 1))
    assert board.summary.total.current == 4
    assert office.name in response.text
    assert 'role="img"' in response.text
    assert "Торговая палата" in response.text


def test_an_officer_may_not_open_the_full_dashboard(client, officer, data):
    client.force_login(officer)

    assert client.get(reverse("dashboards:index")).status_code == 403
    assert client.get(reverse("dashboards:export", args=["all", "xlsx"])).status_code == 403


def test_a_reversed_custom_range_falls_back_to_this_month_with_a_message(client, head, data):
    client.force_login(head)

    response = client.get(
        reverse("dashboards:index"),
        {"period": "custom", "start": "2026-11-30", "end": "2026-11-01", "office": "nope"},
    )

    assert response.status_code == 200
    assert response.context["board"].period.kind == "month"
    assert response.context["form"].errors


@pytest.mark.parametrize(
    "query",
    [
        {"period": "month", "date": "9999-12-31"},
        {"period": "year", "date": "0001-01-01"},
        {"period": "week", "date": "0001-01-01"},
        {"period": "custom", "start": "0001-01-01", "end": "0001-01-02"},
        {"period": "custom", "start": "9999-12-30", "end": "9999-12-31"},
    ],
)
def test_a_day_far_in_the_past_or_future_falls_back_to_this_month(client, head, data, query):
    client.force_login(head)

    response = client.get(reverse("dashboards:index"), query)
    export = client.get(reverse("dashboards:export", args=["all", "xlsx"]), query)

    assert response.status_code == 200
    assert response.context["board"].period.kind == "month"
    codes = {
        e.code for errors in response.context["form"].errors.as_data().values() for e in errors
    }
    assert "day_out_of_range" in codes
    assert export.status_code == 200


def test_the_comments_are_shown_to_heads(client, head, data):
    client.force_login(head)

    response = client.get(reverse("dashboards:index"), NOVEMBER)

    assert "Всё объяснили" in response.text


def _dashboard_queries(client, params):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("dashboards:index"), params).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.now("2026-12-28 12:00")  # the month's first 24 days are behind it
def test_the_current_month_query_count_does_not_grow_with_the_data(
    client, head, data, office, other_office, officer
):
    this_month = local_today().replace(day=1)
    params = {"period": "month", "date": this_month.isoformat()}
    # Cases last touched long ago: no stored month is stale (test_dashboard_months.py
    # counts the recomputation of a changed month).
    Case.objects.update(updated_at=F("opened_at"))
    call_command("refresh_dashboard_months", months=13)  # the nightly job
    client.force_login(head)
    # Warm the session and the user's groups, so both requests count the same queries.
    client.get(reverse("dashboards:index"), params)
    before = _dashboard_queries(client, params)
    for day in range(1, 25):
        case = dashboard_data.make_case(
            office=office if day % 2 else other_office,
            opened_at=dashboard_data.at(day, this_month.month, 9, year=this_month.year),
            channel=["walk_in", "phone", "email", "web"][day % 4],
            officer=officer,
            topics=[data.registration, data.taxes][: day % 3],
            answer_after=day,
            resolve_after=day * 3,
        )
        dashboard_data.make_answer(
            case=case,
            office=office,
            created_at=dashboard_data.at(day, this_month.month, 12, year=this_month.year),
            csat=4,
            nps=8,
        )

    after = _dashboard_queries(client, params)
    assert len(after) == len(before), "\n".join(after)
    # 1 session, 2 user, 3 the user's groups (is_head); the figures: 4 the stored past
    # months of the trend, 5 the months changed since they were stored; the current month
    # computed live: 6 its cases, 7 their channels, statuses and officers, 8 topics, 9 new
    # and returning entrepreneurs, 10 referrals, 11 answers, 12 invitations; 13 the
    # topics', officers' and partners' names, 14 open and overdue cases now, 15 latest
    # comments, 16 improvement actions, 17 the manual's stored months, 18–20 the current
    # month's searches (totals; the top and the top zero-result ranked together) and
    # votes, 21 the most viewed and 22 the stalest articles; the page: 23 the offices of
    # the filter's <select>, 24 the user's and their groups' permissions in one query (the
    # session slides every few minutes: no write here).
    assert len(before) == 24, "\n".join(before)


def test_a_table_exports_to_csv_with_the_same_numbers(client, head, data, office):
    client.force_login(head)

    response = client.get(
        reverse("dashboards:export", args=["channels", "csv"]), {**NOVEMBER, "office": office.slug}
    )

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))  # Russian Excel's dialect
    counts = {row[0]: (int(row[1]), int(row[2])) for row in rows[1:]}
    assert sorted(counts.values()) == [(0, 1), (1, 0), (1, 0), (2, 0)]


def test_public_comments_cannot_become_spreadsheet_formulas(client, head, data):
    client.force_login(head)

    response = client.get(reverse("dashboards:export", args=["comments", "csv"]), NOVEMBER)

    text = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text and ";=HYPERLINK" not in text


def test_the_workbook_holds_every_table_with_the_same_numbers(client, head, data, office):
    client.force_login(head)

    response = client.get(
        reverse("dashboards:export", args=["all", "xlsx"]), {**NOVEMBER, "office": office.slug}
    )

    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    board = dashboard_figures(period=Period.containing(MONTH, date(2026, 11, 1)), office=office)
    tables = board.tables()
    assert len(workbook.sheetnames) == len(tables)
    for sheet_name, table in zip(workbook.sheetnames, tables, strict=True):
        rows = list(workbook[sheet_name].iter_rows(values_only=True))
        start = header_row_index(table, heading="x")
        assert [cell for cell in rows[start] if cell is not None] == [
            str(c) for c in table.columns
        ]
        for written, expected in zip(rows[start + 1 :], table.rows, strict=True):
            for cell, value in zip(written, expected, strict=False):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    assert cell == pytest.approx(value)
    summary = workbook[workbook.sheetnames[0]]
    values = list(summary.iter_rows(values_only=True))
    assert values[header_row_index(tables[0], heading="x") + 1][1:3] == (4, 1)


def test_an_unknown_table_or_format_is_not_found(client, head, data):
    client.force_login(head)

    assert client.get(reverse("dashboards:export", args=["nope", "csv"])).status_code == 404
    assert client.get(reverse("dashboards:export", args=["channels", "pdf"])).status_code == 404


def test_the_dashboard_starts_a_period_report_of_its_office_and_period(client, head, data, office):
    client.force_login(head)
    page = client.get("/en/admin/dashboard/", {**NOVEMBER, "office": office.slug})
    form = page.text[page.text.index('action="/en/admin/reports/start/"') :]
    fields = dict(re.findall(r'name="(kind|day|office|language)" value="([^"]*)"', form))

    response = client.post(reverse("monitoring:report_start"), fields)

    assert fields == {
        "kind": "month",
        "day": "2026-11-01",
        "office": str(office.pk),
        "language": "en",
    }
    report = PeriodReport.objects.get()
    assert response.url == report.get_absolute_url()
    assert (report.kind, report.first_day, report.office) == ("month", date(2026, 11, 1), office)


def test_a_week_offers_no_report_but_the_list_of_reports(client, head, data):
    client.force_login(head)

    page = client.get("/en/admin/dashboard/", {"period": "week", "date": "2026-11-02"})

    assert "/admin/reports/start/" not in page.text
    assert reverse("monitoring:reports") in page.text


def test_the_head_home_shows_this_months_figures_with_a_chart(client, head, data):
    client.force_login(head)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert reverse("dashboards:index") in response.text
    assert "<svg" in response.text
    assert response.context["home"]["for_head"] is True


def test_the_officer_home_shows_their_own_cases(client, officer, data):
    client.force_login(officer)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert response.context["home"]["for_head"] is False
    assert reverse("dashboards:index") not in response.text


def test_the_editor_home_has_no_case_figures(client, editor):
    client.force_login(editor)

    response = client.get(reverse("admin:index"))

    assert response.context["home"] is None


def test_home_figures_are_the_departments_for_a_head_and_ones_own_for_an_officer(
    data, head, officer
):
    today = date(2026, 11, 30)

    for_head = home_figures(head, today=today)
    for_officer = home_figures(officer, today=today)

    assert for_head["summary"].total.current == 5
    assert for_head["chart"].table.rows[0][1] == 3
    # The officer opened cases 1 and 2 in November and case 5 in October.
    assert for_officer["summary"].total == Compared(2, 1)
    assert "chart" not in for_officer
