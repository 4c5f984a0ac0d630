"""What every figure module shares: the comparison of two periods, shares and rounding,
percentiles in PostgreSQL, and the cases a dashboard looks at."""

from dataclasses import dataclass

from django.db.models import (
    Aggregate,
    F,
    FloatField,
    Func,
    Q,
)

from desk.models import Case

TOP = 10


class Percentile(Aggregate):
    """PostgreSQL's continuous percentile: percentile_cont(0.9) WITHIN GROUP (ORDER BY x)."""

    function = "PERCENTILE_CONT"
    name = "Percentile"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)%(filter)s"
    output_field = FloatField()

    def __init__(self, expression, fraction, **extra):
        # A literal, never user input: the dashboards ask only for 0.5 and 0.9.
        super().__init__(expression, fraction=float(fraction), **extra)


def hours_between(start, end):
    return Func(
        F(end) - F(start),
        template="EXTRACT(EPOCH FROM %(expressions)s) / 3600.0",
        output_field=FloatField(),
    )


def minutes_between(start, end):
    return Func(
        F(end) - F(start),
        template="EXTRACT(EPOCH FROM %(expressions)s) / 60.0",
        output_field=FloatField(),
    )


@dataclass
class Compared:
    """One figure for the chosen period beside the same figure for the previous one."""

    current: object
    previous: object

    @property
    def change(self):
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def share(part, whole):
    """Percentage with one decimal, or None when there is nothing to divide by."""
    if not whole:
        return None
    return round(100.0 * part / whole, 1)


def rounded(value, digits=1):
    return None if value is None else round(value, digits)


def opened_in(period, prefix=""):
    return Q(**{f"{prefix}opened_at__gte": period.start, f"{prefix}opened_at__lt": period.end})


def scoped_cases(*, office=None, officer=None):
    cases = Case.objects.order_by()
    if office is not None:
        cases = cases.filter(office=office)
    if officer is not None:
        cases = cases.filter(officer=officer)
    return cases


def within(period, field_name, prefix=""):
    return Q(
        **{f"{prefix}{field_name}__gte": period.start, f"{prefix}{field_name}__lt": period.end}
    )
