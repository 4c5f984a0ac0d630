"""Writes from the public site: a question asked online, a booked consultation, and the
officer's confirmation or move of a booking. Reads of the public status page."""

import uuid
from datetime import UTC, datetime

import icalendar
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from desk import timeline
from desk.emails import email_queue
from desk.models import Appointment, Case, CaseEvent, Channel, Office
from desk.services.cases import case_event_add, case_intake
from desk.services.entrepreneurs import CONSENT_TEXT_VERSION, entrepreneur_create
from desk.slots import SLOT, is_free


def _lock_submission(key: uuid.UUID):
    """Serialise twin submissions of one form (a double click): the second waits for the
    first to commit, then finds its case instead of creating a second entrepreneur."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [str(key)])


def _contact(*, name, email, phone, consent, office, channel, language):
    if not (name or email or phone):
        return None
    if not consent:
        raise ValidationError(
            _(
                "Please agree to the processing of your personal data, or leave the contact "
                "fields empty."
            ),
            code="consent_required",
        )
    # A new record every time: an unauthenticated form must never attach a case to an
    # existing person's record; officers link duplicates at the desk.
    return entrepreneur_create(
        consent_given=True,
        consent_channel=channel,
        office=office,
        text_version=CONSENT_TEXT_VERSION,
        name=name or gettext("(no name given)"),
        email=email,
        phone=phone,
        language=language,
    )


@transaction.atomic
def question_submit(
    *,
    office: Office,
    question: str,
    topic,
    idempotency_key: uuid.UUID,
    name: str = "",
    email: str = "",
    phone: str = "",
    consent: bool = False,
    language: str = "ru",
) -> Case:
    """A question from the public site becomes a web case; the visitor gets a reference
    number and, with an e-mail address, an acknowledgement."""
    _lock_submission(idempotency_key)
    existing = Case.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing
    entrepreneur = _contact(
        name=name,
        email=email,
        phone=phone,
        consent=consent,
        office=office,
        channel=Channel.WEB,
        language=language,
    )
    case = case_intake(
        office=office,
        channel=Channel.WEB,
        question=question,
        entrepreneur=entrepreneur,
        topics=[topic] if topic else [],
        idempotency_key=idempotency_key,
    )
    if entrepreneur is not None and entrepreneur.email:
        email_queue(
            key=f"ask-ack:{case.pk}",
            kind="ask_acknowledgement",
            to=entrepreneur.email,
            template="ask_acknowledgement",
            context={"case": case, "site_url": settings.SITE_URL},
            language=language,
            case=case,
            entrepreneur=entrepreneur,
        )
    return case


def appointment_calendar(appointment: Appointment, *, language: str = "ru") -> str:
    """The booking as an iCalendar file (RFC 5545); a move raises SEQUENCE so calendar
    programs replace the earlier event."""
    office = appointment.office
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Infopoint//desk//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", appointment.ical_uid)
    event.add("sequence", appointment.sequence)
    event.add("dtstamp", timezone.now())
    # UTC times ("…Z") need no VTIMEZONE block and every calendar program reads them.
    event.add("dtstart", appointment.starts_at.astimezone(UTC))
    event.add("dtend", appointment.ends_at.astimezone(UTC))
    name = office.name_en if language == "en" and office.name_en else office.name
    address = office.address_en if language == "en" and office.address_en else office.address
    event.add("summary", f"{name}: {appointment.case.reference}")
    event.add("location", address)
    calendar.add_component(event)
    return calendar.to_ical().decode()


def _booking_email(appointment: Appointment, *, kind: str, language: str):
    case = appointment.case
    entrepreneur = case.entrepreneur
    if entrepreneur is None or not entrepreneur.email:
        return None
    return email_queue(
        key=f"booking-{kind}:{appointment.pk}:{appointment.sequence}:{appointment.status}",
        kind=f"booking_{kind}",
        to=entrepreneur.email,
        template=f"booking_{kind}",
        context={"case": case, "appointment": appointment, "site_url": settings.SITE_URL},
        language=language,
        case=case,
        entrepreneur=entrepreneur,
        attachment=(
            "consultation.ics",
            "text/calendar",
            appointment_calendar(appointment, language=language),
        ),
    )


def _slot_taken():
    return ValidationError(
        _("Sorry, this time has just been taken. Please choose another one."),
        code="slot_taken",
    )


@transaction.atomic
def booking_create(
    *,
    office: Office,
    starts_at: datetime,
    question: str,
    topic,
    idempotency_key: uuid.UUID,
    name: str,
    email: str = "",
    phone: str = "",
    consent: bool = False,
    language: str = "ru",
) -> Case:
    """A consultation booked on the public site: an appointment case holding one slot."""
    _lock_submission(idempotency_key)
    existing = Case.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing
    if not is_free(office=office, starts_at=starts_at):
        raise _slot_taken()
    if not (email or phone):
        raise ValidationError(
            _("Please give an e-mail address or a phone number, so we can reach you."),
            code="contact_required",
        )
    entrepreneur = _contact(
        name=name,
        email=email,
        phone=phone,
        consent=consent,
        office=office,
        channel=Channel.APPOINTMENT,
        language=language,
    )
    case = case_intake(
        office=office,
        channel=Channel.APPOINTMENT,
        question=question,
        entrepreneur=entrepreneur,
        topics=[topic] if topic else [],
        idempotency_key=idempotency_key,
    )
    appointment = Appointment(
        case=case, office=office, starts_at=starts_at, ends_at=starts_at + SLOT
    )
    try:
        with transaction.atomic():
            appointment.save()
    except IntegrityError:
        # A concurrent visitor committed the same slot first; everything is rolled back.
        raise _slot_taken() from None
    case_event_add(
        case=case,
        kind=CaseEvent.Kind.BOOKING,
        data=timeline.line("booking", time=timeline.moment(starts_at)),
    )
    _booking_email(appointment, kind="requested", language=language)
    return case


def _locked_appointment(appointment: Appointment) -> Appointment:
    return (
        Appointment.objects.select_for_update(of=("self",))
        .select_related("case__entrepreneur", "office")
        .get(pk=appointment.pk)
    )


@transaction.atomic
def booking_confirm(*, appointment: Appointment, user: AbstractBaseUser) -> Appointment:
    locked = _locked_appointment(appointment)
    if locked.status != Appointment.Status.REQUESTED:
        raise ValidationError(
            _("This booking is already confirmed or cancelled."), code="booking_not_requested"
        )
    locked.status = Appointment.Status.CONFIRMED
    locked.confirmed_at = timezone.now()
    locked.confirmed_by = user
    locked.save(update_fields=["status", "confirmed_at", "confirmed_by"])
    case_event_add(
        case=locked.case,
        kind=CaseEvent.Kind.BOOKING,
        author=user,
        data=timeline.line("booking_confirmed", time=timeline.moment(locked.starts_at)),
    )
    _booking_email(locked, kind="confirmed", language=_language(locked))
    return locked


@transaction.atomic
def booking_move(
    *, appointment: Appointment, starts_at: datetime, user: AbstractBaseUser
) -> Appointment:
    """Move a booking to another free slot; the entrepreneur gets a new e-mail and .ics."""
    locked = _locked_appointment(appointment)
    if locked.status == Appointment.Status.CANCELLED:
        raise ValidationError(_("This booking is cancelled."), code="booking_cancelled")
    if starts_at == locked.starts_at:
        return locked
    if not is_free(office=locked.office, starts_at=starts_at):
        raise _slot_taken()
    before = locked.starts_at
    locked.starts_at = starts_at
    locked.ends_at = starts_at + SLOT
    locked.sequence += 1
    try:
        with transaction.atomic():
            locked.save(update_fields=["starts_at", "ends_at", "sequence"])
    except IntegrityError:
        raise _slot_taken() from None
    case_event_add(
        case=locked.case,
        kind=CaseEvent.Kind.BOOKING,
        author=user,
        data=timeline.line(
            "booking_moved", before=timeline.moment(before), after=timeline.moment(starts_at)
        ),
    )
    _booking_email(locked, kind="moved", language=_language(locked))
    return locked


def _language(appointment: Appointment) -> str:
    entrepreneur = appointment.case.entrepreneur
    return entrepreneur.language if entrepreneur is not None else "ru"


def case_for_submission(token) -> Case | None:
    """The case a public form submission with this idempotency token created, if any."""
    try:
        key = uuid.UUID(str(token))
    except (TypeError, ValueError):
        return None
    return Case.objects.filter(idempotency_key=key).first()


def case_for_status_lookup(*, reference: str, email: str = "", phone: str = "") -> Case | None:
    """The case whose reference and entrepreneur's e-mail (or, for those who gave only a
    phone, phone number in E.164) both match; None otherwise (the caller shows one message
    for every miss, so references cannot be enumerated)."""
    reference = (reference or "").strip().upper()
    email = (email or "").strip().lower()
    if not reference or not (email or phone):
        return None
    contact = {"entrepreneur__email": email} if email else {"entrepreneur__phone": phone}
    return (
        Case.objects.filter(
            reference=reference,
            entrepreneur__anonymised_at__isnull=True,
            **contact,
        )
        .select_related("office")
        .first()
    )
