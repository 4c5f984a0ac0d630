"""Calendar periods in Kaliningrad time and the period each is compared with."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitoring.dashboards.forms import DashboardFilterForm
from monitoring.dashboards.periods import CUSTOM, MONTH, QUARTER, WEEK, YEAR, Period
from tests.fuzz import examples

KALININGRAD = ZoneInfo("Europe/Kaliningrad")


@pytest.mark.parametrize(
    ("kind", "day", "first", "last", "previous_first", "previous_last"),
    [
        (
            WEEK,
            date(2026, 11, 27),
            date(2026, 11, 23),
            date(2026, 11, 29),
            date(2026, 11, 16),
            date(2026, 11, 22),
        ),
        (
            WEEK,
            date(2026, 1, 1),
            date(2025, 12, 29),
            date(2026, 1, 4),
            date(2025, 12, 22),
            date(2025, 12, 28),
        ),
        (
            MONTH,
            date(2026, 3, 15),
            date(2026, 3, 1),
            date(2026, 3, 31),
            date(2026, 2, 1),
            date(2026, 2, 28),
        ),
        (
            MONTH,
            date(2026, 1, 31),
            date(2026, 1, 1),
            date(2026, 1, 31),
            date(2025, 12, 1),
            date(2025, 12, 31),
        ),
        (
            QUARTER,
            date(2026, 5, 5),
            date(2026, 4, 1),
            date(2026, 6, 30),
            date(2026, 1, 1),
            date(2026, 3, 31),
        ),
        (
            QUARTER,
            date(2026, 2, 1),
            date(2026, 1, 1),
            date(2026, 3, 31),
            date(2025, 10, 1),
            date(2025, 12, 31),
        ),
        (
            YEAR,
            date(2026, 7, 7),
            date(2026, 1, 1),
            date(2026, 12, 31),
            date(2025, 1, 1),
            date(2025, 12, 31),
        ),
    ],
)
def test_a_period_and_the_one_before(kind, day, first, last, previous_first, previous_last):
    period = Period.containing(kind, day)

    assert (period.first, period.last) == (first, last)
    assert (period.previous().first, period.previous().last) == (previous_first, previous_last)
    assert period.previous().next() == period


def test_a_custom_range_is_compared_with_as_many_days_before():
    period = Period.custom(date(2026, 11, 10), date(2026, 11, 19))

    assert period.days == 10
    assert period.previous() == Period(CUSTOM, date(2026, 10, 31), date(2026, 11, 9))


def test_a_custom_range_cannot_end_before_it_starts():
    with pytest.raises(ValueError, match="before"):
        Period.custom(date(2026, 11, 10), date(2026, 11, 9))


def test_periods_start_at_midnight_in_kaliningrad():
    period = Period.containing(MONTH, date(2026, 4, 1))

    assert period.start == datetime(2026, 4, 1, tzinfo=KALININGRAD)
    assert period.end == datetime(2026, 5, 1, tzinfo=KALININGRAD)
    # 00:30 on 1 April in Kaliningrad is still 31 March in UTC, but belongs to April.
    assert period.start.astimezone(ZoneInfo("UTC")).day == 31


def test_the_months_a_quarter_touches():
    quarter = Period.containing(QUARTER, date(2026, 11, 5))

    assert quarter.months() == [date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)]


@settings(max_examples=examples("staff"), deadline=None)
@given(
    kind=st.sampled_from([WEEK, MONTH, QUARTER, YEAR]),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)
def test_every_day_lies_in_its_period_and_the_previous_one_touches_it(kind, day):
    period = Period.containing(kind, day)

    assert period.contains(day)
    assert (period.first - period.previous().last).days == 1
    assert Period.containing(kind, period.last) == period


def test_the_filter_form_reads_a_week_and_an_office(office):
    form = DashboardFilterForm({"period": "week", "date": "2026-11-27", "office": office.slug})

    assert form.chosen_period() == Period(WEEK, date(2026, 11, 23), date(2026, 11, 29))
    assert form.chosen_office() == office


@pytest.mark.parametrize(
    "data",
    [
        {"period": "custom", "start": "2026-11-01"},
        {"period": "custom", "start": "2026-11-02", "end": "2026-11-01"},
        {"period": "custom", "start": "2000-01-01", "end": "2026-11-01"},
        {"period": "decade"},
        {"period": "month", "date": "31.02.2026"},
        {"period": "month", "date": "2026-11-01\x00"},
    ],
)
def test_bad_filters_fall_back_to_this_month(data, db):
    form = DashboardFilterForm(data)

    assert not form.is_valid()
    assert form.chosen_period().kind == MONTH
    assert form.chosen_office() is None


def test_period_labels_in_both_languages():
    from django.utils import translation

    with translation.override("en"):
        assert Period.containing(MONTH, date(2026, 11, 3)).label == "November 2026"
        assert Period.containing(QUARTER, date(2026, 11, 3)).label == "Q4 2026"
    with translation.override("ru"):
        assert Period.containing(MONTH, date(2026, 11, 3)).label == "ноябрь 2026"
