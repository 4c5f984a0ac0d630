"""The public transparency page: per office and month, aggregated, small numbers withheld."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from monitoring.dashboards import public
from tests.monitoring import dashboard_data
from tests.monitoring.dashboard_data import TODAY, at, make_answer, make_case

NOVEMBER = date(2026, 11, 1)

# The page offers the last months before today: November 2026 is one of them on the data
# set's own "today", not on any day of the year.
pytestmark = pytest.mark.now("2026-12-10 12:00")


@pytest.fixture
def busy_office(office, other_office, officer, colleague):
    """Office A in November: six walk-ins (waits 10–60 min) and the four cases of the
    fixed data set; five answers; office B keeps its single case."""
    data = dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )
    for index, wait in enumerate([10, 20, 30, 40, 50, 60]):
        case = make_case(
            office=office,
            opened_at=at(16 + index, 11, 11),
            channel="walk_in",
            topics=[data.registration],
            answer_after=0,
            resolve_after=1,
            arrived_wait=wait,
        )
        if index < 5:
            make_answer(case=case, office=office, created_at=at(16 + index, 11, 12), csat=4, nps=9)
    return data


def test_suppression_withholds_small_categories_and_enough_to_stop_subtraction():
    result = dict(public.suppress_breakdown([("a", 20), ("b", 7), ("c", 3), ("d", 0)]))

    # "c" alone (3) could be recovered from the total; "b" is withheld with it.
    assert result == {"a": 20, "b": public.WITHHELD, "c": public.WITHHELD}


def test_suppression_leaves_big_categories_alone():
    assert public.suppress_breakdown([("a", 5), ("b", 9)]) == [("b", 9), ("a", 5)]


def test_two_small_categories_adding_up_to_five_are_withheld_alone():
    result = dict(public.suppress_breakdown([("a", 10), ("b", 3), ("c", 2)]))

    assert result == {"a": 10, "b": public.WITHHELD, "c": public.WITHHELD}


def test_an_office_with_enough_cases_shows_its_figures(busy_office, office, other_office):
    figures = {
        item.office: item for item in public.transparency_figures(month=NOVEMBER, today=TODAY)
    }
    mine = figures[office]

    assert mine.consultations == 10
    # First answers in time: cases 1, 2 and 4 and the six walk-ins: 9 of 10.
    assert mine.first_answer_share == 90.0
    # Resolved in time: cases 1, 4 and the six walk-ins: 8 of 10.
    assert mine.resolution_share == 80.0
    # Walk-in waits 10, 20, 30, 40, 50, 60 minutes; cases 1 and 4 have none recorded.
    assert mine.walk_in_wait_minutes == 35.0
    assert mine.csat == 4.0
    assert mine.nps == 100.0
    assert mine.response_rate == 100.0
    # Walk-ins 8, e-mail 1, phone 1: the two small ones add up to 2, which the total
    # would give away, so the walk-ins are withheld as well.
    assert [value for _label, value in mine.channels] == [public.WITHHELD] * 3


def test_an_office_with_fewer_than_five_cases_shows_nothing_that_identifies(
    busy_office, other_office
):
    figures = {
        item.office: item for item in public.transparency_figures(month=NOVEMBER, today=TODAY)
    }
    small = figures[other_office]

    assert small.consultations is public.WITHHELD
    assert small.first_answer_share is public.WITHHELD
    assert small.walk_in_wait_minutes is public.WITHHELD
    assert [value for _label, value in small.channels] == [public.WITHHELD]


def test_the_page_withholds_small_figures_in_both_languages(client, busy_office, other_office):
    response = client.get("/transparency/", {"month": "2026-11"})
    english = client.get("/en/transparency/", {"month": "2026-11"})

    assert response.status_code == english.status_code == 200
    assert "Офис Б" in response.text and "Office B" in english.text
    assert "fewer than 5 — not shown" in english.text
    assert "90,0%" in response.text or "90.0%" in response.text


def test_the_page_shows_no_personal_data(client, busy_office):
    response = client.get("/en/transparency/", {"month": "2026-11"})

    assert "Пётр Петров" not in response.text
    assert "TEST-" not in response.text


@pytest.mark.parametrize("month", ["", "2026-13", "abc", "1999-01", "2026-11-01", "9999999-1"])
def test_a_bad_month_shows_the_last_complete_month(client, db, month):
    response = client.get("/en/transparency/", {"month": month})

    assert response.status_code == 200
    assert response.context["month"] == public.default_month()


def test_the_query_count_does_not_grow_with_the_data(client, busy_office, office):
    def count():
        with CaptureQueriesContext(connection) as captured:
            client.get("/en/transparency/", {"month": "2026-11"})
        return len(captured.captured_queries)

    before = count()
    for day in range(1, 20):
        make_case(office=office, opened_at=at(day, 11, 15), channel="phone", answer_after=2)
    # 1 offices, 2 case summary, 3 channels, 4 topics, 5 answers, 6 invitations,
    # 7 referrals, 8 the published period reports; then the layout's footer office and
    # its opening hours.
    assert count() == before == 10
