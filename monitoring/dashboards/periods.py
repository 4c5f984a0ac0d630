"""Calendar periods the dashboards are measured over, and the period before each.

A period is a range of whole local calendar days in the installation's time zone
(TIME_ZONE, Europe/Kaliningrad by default): a case opened at 00:30 on 1 April Kaliningrad
time belongs to April although it is still 31 March in UTC, because the desk and its
reports speak of local days.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

WEEK, MONTH, QUARTER, YEAR, CUSTOM = "week", "month", "quarter", "year", "custom"
KINDS = [
    (WEEK, _("week")),
    (MONTH, _("month")),
    (QUARTER, _("quarter")),
    (YEAR, _("year")),
    (CUSTOM, _("custom range")),
]
# A custom range longer than this is refused: the trend charts would become unreadable
# and nobody compares more than a few years at once.
MAX_CUSTOM_DAYS = 5 * 366
# The days a dashboard may be asked about: the years around the information point's life,
# far enough from date.min and date.max that the periods before and after still exist.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
# A month named on its own within a phrase («Мониторинг: все офисы, декабрь 2026»): the
# nominative, lower case in Russian. Django's month names (date format "F") are the
# capitalised nominative of a calendar heading («Декабрь»), its "E" the genitive of a
# date («7 декабря»); neither is what a Russian writes here.
MONTH_NAMES = (
    pgettext_lazy("month within a phrase", "January"),
    pgettext_lazy("month within a phrase", "February"),
    pgettext_lazy("month within a phrase", "March"),
    pgettext_lazy("month within a phrase", "April"),
    pgettext_lazy("month within a phrase", "May"),
    pgettext_lazy("month within a phrase", "June"),
    pgettext_lazy("month within a phrase", "July"),
    pgettext_lazy("month within a phrase", "August"),
    pgettext_lazy("month within a phrase", "September"),
    pgettext_lazy("month within a phrase", "October"),
    pgettext_lazy("month within a phrase", "November"),
    pgettext_lazy("month within a phrase", "December"),
)


def local_today():
    return timezone.localdate(timezone.now(), timezone.get_default_timezone())


def _add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """The days `first` to `last`, both included."""

    kind: str
    first: date
    last: date

    @classmethod
    def containing(cls, kind, day):
        if kind == WEEK:
            first = day - timedelta(days=day.weekday())
            return cls(kind, first, first + timedelta(days=6))
        if kind == MONTH:
            first = day.replace(day=1)
            return cls(kind, first, _add_months(first, 1) - timedelta(days=1))
        if kind == QUARTER:
            first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
            return cls(kind, first, _add_months(first, 3) - timedelta(days=1))
        if kind == YEAR:
            return cls(kind, date(day.year, 1, 1), date(day.year, 12, 31))
        raise ValueError(f"{kind!r} is not a calendar period")

    @classmethod
    def custom(cls, first, last):
        if last < first:
            raise ValueError("a period cannot end before it starts")
        return cls(CUSTOM, first, last)

    @property
    def days(self):
        return (self.last - self.first).days + 1

    @property
    def start(self):
        """The first instant of the period, aware, in the local time zone."""
        return timezone.make_aware(datetime.combine(self.first, time.min))

    @property
    def end(self):
        """The first instant after the period (exclusive bound for range queries)."""
        return timezone.make_aware(datetime.combine(self.last + timedelta(days=1), time.min))

    def previous(self):
        """The period of the same kind just before: last week, last month, the same number
        of days before a custom range."""
        if self.kind == CUSTOM:
            return Period.custom(
                self.first - timedelta(days=self.days), self.first - timedelta(days=1)
            )
        return Period.containing(self.kind, self.first - timedelta(days=1))

    def next(self):
        if self.kind == CUSTOM:
            return Period.custom(
                self.last + timedelta(days=1), self.last + timedelta(days=self.days)
            )
        return Period.containing(self.kind, self.last + timedelta(days=1))

    def months(self):
        """The first day of every calendar month the period touches (for monthly trends)."""
        months, month = [], self.first.replace(day=1)
        while month <= self.last:
            months.append(month)
            month = _add_months(month, 1)
        return months

    @property
    def label(self):
        """The period as it reads within a phrase («декабрь 2026», "December 2026"); a
        heading or sentence that starts with it applies `capfirst`."""
        if self.kind == MONTH:
            return f"{MONTH_NAMES[self.first.month - 1]} {self.first.year}"
        if self.kind == QUARTER:
            quarter = (self.first.month - 1) // 3 + 1
            return pgettext("period label", "Q%(quarter)s %(year)s") % {
                "quarter": quarter,
                "year": self.first.year,
            }
        if self.kind == YEAR:
            return str(self.first.year)
        first = formats.date_format(self.first, "SHORT_DATE_FORMAT")
        last = formats.date_format(self.last, "SHORT_DATE_FORMAT")
        if self.kind == WEEK:
            return pgettext("period label", "week %(week)s, %(first)s – %(last)s") % {
                "week": self.first.isocalendar().week,
                "first": first,
                "last": last,
            }
        return f"{first} – {last}"

    @property
    def running(self):
        """Today falls inside the period, before its last day: its figures are partial."""
        return self.first <= local_today() < self.last

    def as_query(self):
        """The GET parameters that select this period on the dashboard."""
        if self.kind == CUSTOM:
            return {
                "period": CUSTOM,
                "start": self.first.isoformat(),
                "end": self.last.isoformat(),
            }
        return {"period": self.kind, "date": self.first.isoformat()}

    def contains(self, day):
        return self.first <= day <= self.last


def month_period(month):
    """The calendar month starting on `month` (or containing it)."""
    return Period.containing(MONTH, month)


def month_of(value):
    """The first day of a month as `TruncMonth` gives it (an aware local midnight)."""
    return timezone.localtime(value).date() if hasattr(value, "hour") else value


def months_span(months):
    """The first instant of the first of `months` (ascending) and the end of the last."""
    return month_period(months[0]).start, month_period(months[-1]).end
