"""The stored monthly summaries behind the month dashboard: the same figures as the live
computation, read in a fixed number of queries, recomputed when a case of the month
changes or a due day passes, refreshed nightly."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from desk.models import Case, Office
from desk.services.cases import case_change_status
from manual.models import Topic
from monitoring.dashboards import figures, monthly, monthly_board
from monitoring.dashboards.periods import MONTH, Period, local_today
from monitoring.models import DashboardMonth, ManualMonth
from stakeholders.models import Organisation
from tests.monitoring import dashboard_data

# The data set is November and October 2026; the months are judged from 10 December.
pytestmark = pytest.mark.now("2026-12-10 12:00")


def months_ago(count):
    return monthly.past_months(count)[0]


def _age_the_cases():
    """Cases last touched when they were opened, long before any summary was computed."""
    Case.objects.update(updated_at=F("opened_at"))


@pytest.fixture
def data(office, other_office, officer, colleague):
    data = dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )
    dashboard_data.build_feedback(data, office=office, other_office=other_office)
    _age_the_cases()
    return data


def _live(period, office, today):
    return {
        "summary": figures.case_summary(period=period, office=office, today=today),
        "channels": figures.cases_by_channel(period=period, office=office),
        "statuses": figures.cases_by_status(period=period, office=office),
        "topics": figures.cases_by_topic(period=period, office=office),
        "officers": figures.cases_by_officer(period=period, office=office),
        "entrepreneurs": figures.entrepreneurs_new_and_returning(period=period, office=office),
        "trend": figures.monthly_cases(period=period, office=office),
        "partners": figures.referrals_per_partner(period=period, office=office, today=today),
        "satisfaction": figures.satisfaction(period=period, office=office),
        "satisfaction_trend": figures.monthly_satisfaction(period=period, office=office),
        "improvements": figures.improvements(period=period, office=office, today=today),
        "manual": figures.manual_figures(period=period, today=today),
    }


@pytest.mark.parametrize("month", ["2026-10-01", "2026-11-01"])
def test_the_stored_months_show_the_same_figures_as_the_live_computation(
    data, office, other_office, month
):
    period = Period.containing(MONTH, dashboard_data.at(1, int(month[5:7]), 12).date())
    today = local_today()
    for scope in (office, other_office, None):
        live = _live(period, scope, today)
        computed = monthly_board.month_figures(period=period, office=scope)
        # The nightly job stores the past months; the second read comes from them.
        monthly.refresh_months(office=scope, months=figures.trend_months(period))
        stored = monthly_board.month_figures(period=period, office=scope)

        assert computed == live
        assert stored == live
    assert DashboardMonth.objects.filter(office=office, month=period.first).exists()


def _past_month_queries(client, month, office):
    params = {"period": "month", "date": month.isoformat(), "office": office.slug}
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("dashboards:index"), params).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def _cases_in(month, office, officer, count):
    topic, _new = Topic.objects.get_or_create(slug="registration", title="Регистрация")
    partner, _new = Organisation.objects.get_or_create(
        slug="chamber", name="Торговая палата", kind="chamber", level="regional"
    )
    dashboard_data.make_days_of_work(
        month,
        office=office,
        officer=officer,
        topic=topic,
        partner=partner,
        days=count,
        channels=["walk_in", "phone", "email", "web"],
    )
    _age_the_cases()


def test_a_past_month_is_read_from_twelve_stored_rows_in_a_fixed_number_of_queries(
    client, head, office, officer, clock
):
    month = months_ago(2)
    _cases_in(month, office, officer, 3)
    client.force_login(head)
    call_command("refresh_dashboard_months", months=13)
    _past_month_queries(client, month, office)  # warms the session and the groups
    before = _past_month_queries(client, month, office)

    _cases_in(month, office, officer, 20)
    # A case of the month edited now, as every desk write stamps it.
    Case.objects.filter(pk=Case.objects.filter(office=office).first().pk).update(
        updated_at=timezone.now()
    )
    changed = _past_month_queries(client, month, office)
    clock.at("2026-12-10 12:10")  # the nightly job, past the safety margin
    call_command("refresh_dashboard_months", months=13)
    _past_month_queries(client, month, office)  # the session slides: one write
    after = _past_month_queries(client, month, office)

    assert len(after) == len(before), "\n".join(after)
    # 1 session, 2 user, 3 the user's groups (is_head), 4 the offices (the chosen one and
    # the filter's <select>); the office's figures: 5 the twelve stored rows, 6 the months
    # changed since they were computed (cases, referrals, invitations), 7 the topics',
    # officers' and partners' names, 8 open and overdue cases now, 9 latest comments,
    # 10 improvement actions; the manual: 11 its two stored months, 12 the most viewed
    # articles, 13 the stalest due for review; 14 the user's and their groups' permissions
    # in one query (no per-process permission cache: docs/performance.md).
    assert len(before) == 14, "\n".join(before)
    # Cases written since the month was stored: the month is computed live (seven
    # queries, `monthly_rows.compute_months`) until the nightly job stores it again.
    assert len(changed) == 21, "\n".join(changed)


def test_a_case_closed_after_its_month_was_stored_shows_on_the_next_read(
    client, head, office, officer
):
    month = months_ago(2)
    _cases_in(month, office, officer, 2)
    period = Period.containing(MONTH, month)
    monthly.refresh_months(office=office, months=[month])
    # The refresh was more than the safety margin ago.
    DashboardMonth.objects.update(computed_at=F("computed_at") - 2 * monthly.MARGIN)
    with translation.override("en"):
        before = monthly_board.month_figures(period=period, office=office)["statuses"]
    assert before.labels == ["resolved"]

    case = Case.objects.filter(office=office).first()
    case_change_status(case=case, to_status="closed", user=officer)
    with translation.override("en"):
        statuses = monthly_board.month_figures(period=period, office=office)["statuses"]

    assert statuses.labels == ["resolved", "closed"]
    assert statuses.current == [1, 1]
    # Computed live, not stored: the nightly job stores it.
    stored = DashboardMonth.objects.get(office=office, month=month)
    assert stored.figures["statuses"] == {"resolved": 2}


def test_a_month_is_recomputed_once_a_pending_due_day_has_passed(office):
    month = months_ago(1)
    period = Period.containing(MONTH, month)
    # Opened on the month's last day, unanswered: its first answer is due next month.
    last_day = period.last
    dashboard_data.make_case(
        office=office,
        opened_at=dashboard_data.at(last_day.day, last_day.month, 9, year=last_day.year),
        first_answer_days=40,
    )
    _age_the_cases()
    monthly.refresh_months(office=office, months=[month])
    stored = DashboardMonth.objects.get(office=office, month=month)
    due = Case.objects.get().first_answer_due
    assert due > local_today()
    assert stored.valid_through == due

    on_the_day = monthly.dashboard_months(office=office, months=[month], today=due)
    after = monthly.dashboard_months(office=office, months=[month], today=due + timedelta(1))

    assert on_the_day[month]["cases"]["fa_judged"] == 0
    assert after[month]["cases"]["fa_judged"] == 1


def test_the_current_month_is_computed_live_and_never_stored(office, officer):
    current = local_today().replace(day=1)

    figures_now = monthly.dashboard_months(office=office, months=[current])

    assert figures_now[current]["cases"]["total"] == 0
    assert not DashboardMonth.objects.exists()


def test_the_nightly_command_stores_every_office_and_all_offices(office, other_office):
    call_command("refresh_dashboard_months", months=3)

    assert DashboardMonth.objects.count() == 3 * (Office.objects.count() + 1)
    assert DashboardMonth.objects.filter(office__isnull=True).count() == 3
    assert ManualMonth.objects.count() == 3


def test_the_refresh_task_runs_in_the_worker_backend(office):
    from monitoring.tasks import refresh_dashboard_months

    assert refresh_dashboard_months.call(2) == 2 * (Office.objects.count() + 1)
