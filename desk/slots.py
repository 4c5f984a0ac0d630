"""Free consultation slots of an office: 30-minute steps inside its opening hours on
Russian working days over the next two weeks, minus booked slots and the past."""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from desk.models import Appointment, Office
from desk.models.bookings import SLOT_MINUTES
from desk.working_days import KALININGRAD, is_working_day

DAYS_AHEAD = 14
SLOT = timedelta(minutes=SLOT_MINUTES)


@dataclass(frozen=True)
class Day:
    date: date
    slots: list
    open: bool = False  # shown unfolded on the booking page


def _steps(day: date, opens: time, closes: time):
    start = datetime.combine(day, opens, tzinfo=KALININGRAD)
    end = datetime.combine(day, closes, tzinfo=KALININGRAD)
    while start + SLOT <= end:
        yield start
        start += SLOT


def free_slots(*, office: Office, now: datetime | None = None, days: int = DAYS_AHEAD):
    """Free slot start times (aware, Europe/Kaliningrad), earliest first. Two queries."""
    now = now or timezone.now()
    today = now.astimezone(KALININGRAD).date()
    hours = list(office.opening_hours.all())
    horizon = [today + timedelta(days=offset) for offset in range(days)]
    taken = set(
        Appointment.objects.filter(
            office=office,
            starts_at__gte=datetime.combine(today, time.min, tzinfo=KALININGRAD),
            starts_at__lt=datetime.combine(horizon[-1], time.max, tzinfo=KALININGRAD),
        )
        .exclude(status=Appointment.Status.CANCELLED)
        .values_list("starts_at", flat=True)
    )
    slots = []
    for day in horizon:
        if not is_working_day(day):
            continue
        for period in hours:
            if period.weekday != day.weekday():
                continue
            slots.extend(
                start for start in _steps(day, period.opens, period.closes) if start > now
            )
    return sorted(slot for slot in slots if slot not in taken)


def slots_by_day(slots, *, chosen=None) -> list[Day]:
    """The slots by day; the day of the `chosen` slot (an ISO string), else the first day,
    is the one shown open."""
    days = {}
    for slot in slots:
        days.setdefault(slot.astimezone(KALININGRAD).date(), []).append(slot)
    result = [Day(date=day, slots=slots) for day, slots in days.items()]
    opened = next(
        (
            index
            for index, day in enumerate(result)
            if chosen in {s.isoformat() for s in day.slots}
        ),
        0,
    )
    return [replace(day, open=index == opened) for index, day in enumerate(result)]


def is_free(*, office: Office, starts_at: datetime, now: datetime | None = None) -> bool:
    return starts_at in set(free_slots(office=office, now=now))
