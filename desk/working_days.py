"""The Russian working-day calendar, on which service standards are measured.

Public holidays and the government's yearly transfer decree come from the `holidays`
package: days off moved onto weekdays count as holidays, and Saturdays made working days
by a transfer (e.g. 1 November 2025) are listed in `weekend_workdays` and count as working
days. Dates are local dates of Europe/Kaliningrad.
"""

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

KALININGRAD = ZoneInfo("Europe/Kaliningrad")


@lru_cache(maxsize=16)
def _calendar(year):
    return holidays.country_holidays("RU", years=[year])


def local_date(value):
    """The Kaliningrad calendar day of an aware datetime (dates pass through)."""
    if isinstance(value, datetime):
        return value.astimezone(KALININGRAD).date()
    return value


def is_working_day(day: date) -> bool:
    return _calendar(day.year).is_working_day(day)


def add_working_days(start, n: int) -> date:
    """The date n working days after `start` (a date or an aware datetime).

    A request received on a day off is handled as if it came on the next working day, so
    "within 1 working day" of a Saturday request is the Tuesday when Monday is worked.
    """
    day = local_date(start)
    if n < 0:
        raise ValueError("n must not be negative")
    while not is_working_day(day):
        day += timedelta(days=1)
    counted = 0
    while counted < n:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def working_days_between(a, b) -> int:
    """Working days after `a` up to and including `b` (0 when b is not after a)."""
    start, end = local_date(a), local_date(b)
    if end <= start:
        return 0
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
