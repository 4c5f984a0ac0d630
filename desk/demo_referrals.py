"""Demo referrals and bookings (example data): about one case in eight was referred to a
partner, with answers, late answers and silence; a few consultations are booked ahead."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from desk.models import OPEN_STATUSES, Appointment, Case, CaseEvent, Referral
from desk.slots import SLOT, free_slots
from desk.working_days import add_working_days

REASONS = [
    ("Консультация по экспортному контракту", "Export contract advice"),
    ("Поиск работников через центр занятости", "Finding staff through the employment centre"),
    ("Микрозайм фонда поддержки", "A support fund micro-loan"),
    ("Вопрос о резидентстве в ОЭЗ", "Special Economic Zone residency"),
    ("Участие в выставке", "Taking part in an exhibition"),
]


@transaction.atomic
def load(*, offices, users):
    from stakeholders.models import Organisation

    if Referral.objects.exists():
        return
    rng = random.Random(2028)  # demo data, reproducible
    partners = list(Organisation.objects.exclude(referral_email=""))
    if not partners:
        return
    now = timezone.now()
    cases = list(
        Case.objects.filter(entrepreneur__isnull=False).exclude(status="new").order_by("pk")
    )
    referrals, events = [], []
    for case in rng.sample(cases, k=len(cases) // 8):
        partner = rng.choice(partners)
        sent_at = case.opened_at + timedelta(hours=rng.randint(1, 48))
        if sent_at > now:
            continue
        due_at = add_working_days(sent_at, partner.answer_days)
        status, answered_at, note = _outcome(rng, sent_at, due_at, now)
        referrals.append(
            Referral(
                case=case,
                organisation=partner,
                reason=rng.choice(REASONS)[0],
                shared_data="Имя и телефон (с согласия предпринимателя)",
                status=status,
                sent_at=sent_at,
                due_at=due_at,
                answered_at=answered_at,
                partner_note=note,
                created_by=case.officer,
            )
        )
        events.append(
            CaseEvent(
                case=case,
                kind=CaseEvent.Kind.REFERRAL,
                author=case.officer,
                text=f"Направлено: {partner.name}",
                created_at=sent_at,
            )
        )
    Referral.objects.bulk_create(referrals)
    CaseEvent.objects.bulk_create(events)
    _bookings(rng, offices, now)


def _outcome(rng, sent_at, due_at, now):
    roll = rng.random()
    if roll < 0.15:
        return ("no_answer" if due_at < timezone.localdate() else "sent"), None, ""
    answered_at = min(sent_at + timedelta(days=rng.randint(0, 6), hours=2), now)
    if roll < 0.35:
        return "accepted", answered_at, "Свяжемся с предпринимателем."
    if roll < 0.85:
        return "resolved", answered_at, "Консультация проведена."
    return "declined", answered_at, "Вопрос не в нашей компетенции."


def _bookings(rng, offices, now):
    for office in offices:
        slots = free_slots(office=office, now=now)
        cases = Case.objects.filter(
            office=office,
            channel="appointment",
            status__in=OPEN_STATUSES,
            appointment__isnull=True,
        )
        for case, starts_at in zip(
            cases[:6], rng.sample(slots, k=min(6, len(slots))), strict=False
        ):
            Appointment.objects.create(
                case=case,
                office=office,
                starts_at=starts_at,
                ends_at=starts_at + SLOT,
                status=rng.choice(["requested", "confirmed"]),
                confirmed_at=now,
            )
