"""The dates a timeline line names are written as the language of the page it was made
from writes them (as the case page shows its dates), never as ISO 8601."""

import uuid
from datetime import date, datetime

import pytest
from django.utils import translation

from desk.models import CaseEvent
from desk.services.cases import follow_up_add
from desk.services.public import booking_confirm, booking_create, booking_move
from desk.slots import free_slots
from desk.working_days import KALININGRAD
from tests import factories
from tests.desk.test_booking import open_every_weekday

pytestmark = [pytest.mark.django_db, pytest.mark.now("2026-12-10 12:00")]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Напоминание на 14.12.2026: Позвонить"),
        ("en", "Follow-up on 14 Dec 2026: Позвонить"),
    ],
)
def test_a_follow_up_line_names_its_day_in_the_language(officer, office, language, expected):
    case = factories.CaseFactory(office=office, officer=officer)
    with translation.override(language):
        follow_up_add(case=case, user=officer, due_date=date(2026, 12, 14), text="Позвонить")
    assert case.timeline.get(kind=CaseEvent.Kind.FOLLOW_UP).text == expected


def _slot(office, day, hour):
    moment = datetime(2026, 12, day, hour, tzinfo=KALININGRAD)
    assert moment in free_slots(office=office)
    return moment


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            [
                "Консультация назначена на 14 декабря 2026 г., 10:00",
                "Запись на 14 декабря 2026 г., 10:00 подтверждена",
                "Запись перенесена с 14 декабря 2026 г., 10:00 на 15 декабря 2026 г., 11:30",
            ],
        ),
        (
            "en",
            [
                "Consultation booked for 14 December 2026, 10:00",
                "Booking confirmed for 14 December 2026, 10:00",
                "Booking moved from 14 December 2026, 10:00 to 15 December 2026, 11:30",
            ],
        ),
    ],
)
def test_a_bookings_lines_name_its_times_in_the_language(officer, office, language, expected):
    open_every_weekday(office)
    with translation.override(language):
        case = booking_create(
            office=office,
            starts_at=_slot(office, 14, 10),
            question="Кафе",
            topic=None,
            idempotency_key=uuid.uuid4(),
            name="Анна",
            email="anna@example.org",
            consent=True,
            language=language,
        )
        booking_confirm(appointment=case.appointment, user=officer)
        moved_to = datetime(2026, 12, 15, 11, 30, tzinfo=KALININGRAD)
        booking_move(appointment=case.appointment, starts_at=moved_to, user=officer)
    lines = list(case.timeline.filter(kind=CaseEvent.Kind.BOOKING).values_list("text", flat=True))
    assert lines == expected
