"""Booking a consultation: free slots, the appointment case, no double booking, the
officer's confirmation and move, and the e-mails with their calendar file."""

import threading
import uuid
from datetime import UTC, date, datetime, time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.models import Appointment, Case, Entrepreneur
from desk.services.public import booking_create
from desk.slots import free_slots
from desk.working_days import KALININGRAD
from tests import factories
from tests.desk.outbox import run_queued_tasks
from tests.fuzz import examples

pytestmark = pytest.mark.django_db


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=KALININGRAD)


def open_every_weekday(office, opens=time(9), closes=time(18)):
    for weekday in range(5):
        factories.OpeningHoursFactory(office=office, weekday=weekday, opens=opens, closes=closes)


# Monday 2026-11-30, an ordinary working week in Kaliningrad.
MONDAY = date(2026, 11, 30)


def test_slots_are_half_hours_inside_the_opening_hours(office):
    factories.OpeningHoursFactory(office=office, weekday=0, opens=time(9), closes=time(11))
    slots = free_slots(office=office, now=at(MONDAY, 7), days=1)
    assert slots == [at(MONDAY, 9), at(MONDAY, 9, 30), at(MONDAY, 10), at(MONDAY, 10, 30)]


def test_slots_skip_the_past_and_the_weekend(office):
    for weekday in range(7):
        factories.OpeningHoursFactory(
            office=office, weekday=weekday, opens=time(9), closes=time(10)
        )
    slots = free_slots(office=office, now=at(MONDAY, 9, 10), days=7)
    assert at(MONDAY, 9) not in slots
    assert at(MONDAY, 9, 30) in slots
    assert {slot.date().weekday() for slot in slots} == {0, 1, 2, 3, 4}


def test_slots_skip_the_new_year_holidays(office):
    open_every_weekday(office)
    slots = free_slots(office=office, now=at(date(2026, 12, 30), 12), days=14)
    days = {slot.date() for slot in slots}
    assert date(2026, 12, 30) in days
    assert not any(date(2027, 1, 1) <= day <= date(2027, 1, 8) for day in days)
    assert date(2027, 1, 11) in days


def test_a_booked_slot_is_not_free_until_it_is_cancelled(office):
    factories.OpeningHoursFactory(office=office, weekday=0, opens=time(9), closes=time(10))
    appointment = factories.AppointmentFactory(
        case__office=office, starts_at=at(MONDAY, 9), ends_at=at(MONDAY, 9, 30)
    )
    assert free_slots(office=office, now=at(MONDAY, 7), days=1) == [at(MONDAY, 9, 30)]
    Appointment.objects.filter(pk=appointment.pk).update(status="cancelled")
    assert len(free_slots(office=office, now=at(MONDAY, 7), days=1)) == 2


@pytest.fixture
def bookable(office):
    open_every_weekday(office)
    return office


def _book(client, office, slot, **data):
    form = {
        "slot": slot.isoformat(),
        "name": "Анна Иванова",
        "email": "anna@example.org",
        "consent": "on",
        "question": "Хочу открыть кафе",
        "token": str(uuid.uuid4()),
        **data,
    }
    return client.post(reverse("desk:book", kwargs={"slug": office.slug}), form)


def test_a_booking_creates_an_appointment_case_and_mails_a_calendar_file(
    client, bookable, mailoutbox
):
    slot = free_slots(office=bookable)[0]
    response = _book(client, bookable, slot)
    case = Case.objects.select_related("appointment", "entrepreneur").get()
    assert response.status_code == 200
    assert case.reference in response.content.decode()
    assert case.channel == "appointment"
    assert case.appointment.starts_at == slot
    assert case.entrepreneur.consents.get().channel == "appointment"
    run_queued_tasks()
    [message] = mailoutbox
    [(name, content, mimetype)] = message.attachments
    assert (name, mimetype) == ("consultation.ics", "text/calendar")
    assert f"DTSTART:{slot.astimezone(UTC):%Y%m%dT%H%M%S}Z" in content
    assert case.reference in content


def test_a_booking_needs_a_name_a_contact_and_consent(client, bookable):
    slot = free_slots(office=bookable)[0]
    response = _book(client, bookable, slot, name="", email="", consent="")
    form = response.context["form"]
    assert response.status_code == 400
    assert form.has_error("name") and form.has_error("consent")
    assert form.has_error("email", "contact_required")
    assert not Case.objects.exists()


def test_a_taken_slot_is_refused(client, bookable):
    slot = free_slots(office=bookable)[0]
    _book(client, bookable, slot)
    response = _book(client, bookable, slot, email="boris@example.org")
    assert response.status_code == 400
    assert response.context["form"].has_error("slot")
    assert Case.objects.count() == 1


def test_a_resubmitted_booking_shows_the_same_receipt(client, bookable):
    slot = free_slots(office=bookable)[0]
    token = str(uuid.uuid4())
    first = _book(client, bookable, slot, token=token)
    second = _book(client, bookable, slot, token=token)
    case = Case.objects.get()
    assert case.reference in first.content.decode()
    assert case.reference in second.content.decode()
    assert Entrepreneur.objects.count() == 1


def test_the_service_refuses_a_slot_taken_since_the_form_was_shown(bookable):
    slot = free_slots(office=bookable)[0]
    factories.AppointmentFactory(case__office=bookable, starts_at=slot)
    with pytest.raises(ValidationError) as error:
        booking_create(
            office=bookable,
            starts_at=slot,
            question="?",
            topic=None,
            idempotency_key=uuid.uuid4(),
            name="Анна",
            email="anna@example.org",
            consent=True,
        )
    assert error.value.code == "slot_taken"
    assert not Entrepreneur.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_bookings_of_one_slot_give_one_appointment(office):
    open_every_weekday(office)
    slot = free_slots(office=office)[0]
    barrier = threading.Barrier(2)
    outcomes = []

    def book(name):
        try:
            barrier.wait()
            booking_create(
                office=office,
                starts_at=slot,
                question="?",
                topic=None,
                idempotency_key=uuid.uuid4(),
                name=name,
                email=f"{name}@example.org",
                consent=True,
            )
            outcomes.append("booked")
        except ValidationError as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=book, args=(name,)) for name in ("anna", "boris")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked", "slot_taken"]
    assert Appointment.objects.filter(office=office, starts_at=slot).count() == 1
    assert Case.objects.count() == 1
    assert Entrepreneur.objects.count() == 1


@pytest.fixture
def booking(bookable, client, mailoutbox):
    _book(client, bookable, free_slots(office=bookable)[0])
    run_queued_tasks()
    mailoutbox.clear()
    return Appointment.objects.select_related("case").get()


def test_the_officer_confirms_a_booking_and_the_entrepreneur_is_mailed(
    client, officer, booking, mailoutbox
):
    client.force_login(officer)
    url = reverse("desk:booking_confirm", kwargs={"pk": booking.case.pk})
    assert client.post(url).status_code == 302
    booking.refresh_from_db()
    assert booking.status == "confirmed"
    assert booking.confirmed_by == officer
    assert booking.case.timeline.filter(kind="booking", author=officer).exists()
    run_queued_tasks()
    assert len(mailoutbox) == 1
    assert client.post(url).status_code == 302  # twice: refused with a message
    run_queued_tasks()
    assert len(mailoutbox) == 1


def test_the_officer_moves_a_booking_and_a_new_calendar_file_replaces_the_old(
    client, officer, booking, mailoutbox
):
    client.force_login(officer)
    new_slot = free_slots(office=booking.office)[3]
    response = client.post(
        reverse("desk:booking_move", kwargs={"pk": booking.case.pk}),
        {"slot": new_slot.isoformat()},
    )
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.starts_at == new_slot
    assert booking.sequence == 1
    run_queued_tasks()
    [message] = mailoutbox
    content = message.attachments[0][1]
    assert "SEQUENCE:1" in content
    assert f"UID:{booking.ical_uid}" in content


def test_moving_to_a_taken_slot_is_refused(client, officer, booking):
    client.force_login(officer)
    taken = free_slots(office=booking.office)[0]
    factories.AppointmentFactory(case__office=booking.office, starts_at=taken)
    response = client.post(
        reverse("desk:booking_move", kwargs={"pk": booking.case.pk}),
        {"slot": taken.isoformat()},
    )
    assert response.status_code == 400
    assert Appointment.objects.get(pk=booking.pk).sequence == 0


def test_an_officer_of_another_office_cannot_touch_the_booking(client, other_officer, booking):
    client.force_login(other_officer)
    url = reverse("desk:booking_confirm", kwargs={"pk": booking.case.pk})
    assert client.post(url).status_code == 404
    assert Appointment.objects.get(pk=booking.pk).status == "requested"


def test_the_booking_page_takes_a_fixed_number_of_queries(
    client, bookable, django_assert_num_queries
):
    for offset in range(1, 4):
        factories.AppointmentFactory(
            case__office=bookable, starts_at=free_slots(office=bookable)[offset]
        )
    url = reverse("desk:book", kwargs={"slug": bookable.slug})
    # 1 the office, 2 its opening hours, 3 the booked slots, 4 the topic choices,
    # 5 the footer office and 6 its opening hours
    with django_assert_num_queries(6):
        assert client.get(url).status_code == 200


def test_the_office_choice_takes_a_fixed_number_of_queries(
    client, bookable, django_assert_num_queries
):
    factories.OfficeFactory(slug="office-c")
    # 1 the public offices, 2 the footer office and 3 its opening hours
    with django_assert_num_queries(3):
        assert client.get(reverse("desk:book_offices")).status_code == 200


hostile = st.one_of(
    st.text(max_size=40), st.just("\x00"), st.just("я" * 6000), st.just("2026-13-45T99:99")
)


@settings(
    max_examples=examples("public"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    slot=hostile,
    name=st.one_of(st.just("Анна"), hostile),
    email=st.one_of(st.emails(), hostile),
    question=st.one_of(st.just("Кафе"), hostile),
    token=st.one_of(st.uuids().map(str), hostile),
    use_free_slot=st.booleans(),
)
def test_hostile_bookings_never_give_a_server_error(
    client, bookable, slot, name, email, question, token, use_free_slot
):
    if use_free_slot:
        slot = free_slots(office=bookable)[0].isoformat()
    response = client.post(
        reverse("desk:book", kwargs={"slug": bookable.slug}),
        {
            "slot": slot,
            "name": name,
            "email": email,
            "consent": "on",
            "question": question,
            "token": token,
        },
    )
    assert response.status_code in (200, 400, 409)
    for appointment in Appointment.objects.select_related("case__entrepreneur"):
        appointment.full_clean()
        appointment.case.entrepreneur.full_clean()
        assert "\x00" not in appointment.case.question


def test_a_booking_stores_no_bidi_controls(client, bookable):
    slot = free_slots(office=bookable)[0]
    _book(client, bookable, slot, name="\u202eавонаВ аннА", question="Кафе\u2067 у моря\u2069")
    case = Case.objects.select_related("entrepreneur").get()
    assert case.entrepreneur.name == "авонаВ аннА"
    assert case.question == "Кафе у моря"
