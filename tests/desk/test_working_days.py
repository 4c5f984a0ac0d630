"""The Russian working-day calendar that service standards are measured on."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from desk.working_days import add_working_days, is_working_day, working_days_between


def test_the_january_holidays_are_not_working_days():
    for day in range(1, 9):
        assert not is_working_day(date(2026, 1, day))
    assert is_working_day(date(2026, 1, 12))


def test_a_day_off_moved_onto_a_weekday_is_not_a_working_day():
    # 9 January 2026 (Friday) is a day off transferred from Saturday 3 January.
    assert not is_working_day(date(2026, 1, 9))


def test_a_transferred_working_saturday_counts():
    # 1 November 2025 is a Saturday worked in exchange for Monday 3 November.
    assert date(2025, 11, 1).weekday() == 5
    assert is_working_day(date(2025, 11, 1))
    assert not is_working_day(date(2025, 11, 3))


def test_weekends_are_skipped():
    friday = date(2026, 3, 20)
    assert add_working_days(friday, 1) == date(2026, 3, 23)


def test_a_question_from_new_years_eve_is_due_after_the_holidays():
    assert add_working_days(date(2025, 12, 30), 1) == date(2026, 1, 12)
    assert add_working_days(date(2025, 12, 30), 2) == date(2026, 1, 13)


def test_a_request_on_a_day_off_counts_from_the_next_working_day():
    saturday = date(2026, 3, 21)
    assert add_working_days(saturday, 0) == date(2026, 3, 23)
    assert add_working_days(saturday, 1) == date(2026, 3, 24)


def test_the_transferred_saturday_can_be_a_due_date():
    # Friday 31 October 2025 + 1 working day is Saturday 1 November (worked).
    assert add_working_days(date(2025, 10, 31), 1) == date(2025, 11, 1)
    # … and the next one is Wednesday 5 November: 3 Nov is off and 4 Nov a holiday.
    assert add_working_days(date(2025, 10, 31), 2) == date(2025, 11, 5)


def test_dates_are_those_of_kaliningrad():
    # 23:30 UTC on Friday is already Saturday 01:30 in Kaliningrad.
    late_friday = datetime(2026, 3, 20, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert add_working_days(late_friday, 1) == date(2026, 3, 24)


def test_working_days_between_counts_working_days_only():
    # 31 December 2025 is a day off (moved from 5 January), then the January holidays.
    assert working_days_between(date(2025, 12, 30), date(2026, 1, 12)) == 1
    assert working_days_between(date(2025, 12, 29), date(2026, 1, 13)) == 3
    assert working_days_between(date(2026, 3, 20), date(2026, 3, 23)) == 1
    assert working_days_between(date(2026, 3, 23), date(2026, 3, 20)) == 0
