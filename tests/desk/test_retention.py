"""Retention (152-FZ): entrepreneurs inactive for RETENTION_YEARS are anonymised
everywhere — record, audit history, case texts, outbox — while cases stay for statistics."""

import uuid
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from desk.models import Case, DestructionLog, Entrepreneur, Referral
from desk.services.cases import case_add_note, follow_up_add
from desk.services.entrepreneurs import entrepreneur_update
from desk.services.referrals import referral_answer, referral_send
from desk.services.reminders import follow_up_reminders_send
from desk.validators import INN12_WEIGHTS_11, INN12_WEIGHTS_12, _check_digit
from tests import factories
from tests.desk.outbox import run_queued_tasks

pytestmark = pytest.mark.django_db

NAME = "Зинаида Уникальнова"
EMAIL = "zinaida.unikalnova@example.org"
OLD_EMAIL = "z.old.address@example.org"
PHONE = "+74012555123"


def valid_inn():
    digits = "3906123456"
    digits += str(_check_digit(digits, INN12_WEIGHTS_11))
    return digits + str(_check_digit(digits, INN12_WEIGHTS_12))


INN = valid_inn()
ERASED = [NAME, EMAIL, OLD_EMAIL, PHONE, INN]


def text_columns():
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema()
              AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'character')
            """
        )
        return cursor.fetchall()


def find_everywhere(value):
    """Every (table, column) of the database whose text holds `value`."""
    found = []
    with connection.cursor() as cursor:
        for table, column in text_columns():
            cursor.execute(
                f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE %s',  # noqa: S608
                [f"%{value}%"],
            )
            if cursor.fetchone()[0]:
                found.append((table, column))
    return found


@pytest.fixture
def old_entrepreneur(client, office, officer, mailoutbox):
    """An entrepreneur who asked online, was referred to a partner and followed up —
    everything through the real flows — and then went quiet for four years."""
    factories.OpeningHoursFactory(office=office, weekday=0)
    client.post(
        reverse("desk:ask"),
        {
            "office": office.pk,
            "question": f"Меня зовут {NAME}, ИНН {INN}. Как открыть кафе?",
            "name": NAME,
            "email": OLD_EMAIL,
            "phone": PHONE,
            "consent": "on",
            "token": str(uuid.uuid4()),
        },
    )
    case = Case.objects.get()
    entrepreneur = case.entrepreneur
    entrepreneur_update(entrepreneur=entrepreneur, data={"email": EMAIL, "inn": INN})
    chamber = factories.OrganisationFactory(referral_email="tpp@example.org")
    Case.objects.filter(pk=case.pk).update(officer=officer)
    referral = referral_send(
        case=case,
        organisation=chamber,
        reason=f"Помочь {NAME} с кафе",
        shared_data=f"{NAME}, {PHONE}, {EMAIL}",
        user=officer,
    )
    referral_answer(referral=referral, status="resolved", note=f"Связались с {NAME}")
    case_add_note(case=case, user=officer, text=f"Перезвонила {NAME} на {PHONE}")
    follow_up_add(
        case=case, user=officer, due_date=timezone.localdate(), text=f"Письмо на {EMAIL}"
    )
    factories.InvitationFactory(reference=case.reference, email=EMAIL, office_id=office.pk)
    officer.email = "officer@example.org"
    officer.save()
    assert follow_up_reminders_send() == 1  # quotes the follow-up's text
    run_queued_tasks()
    long_ago = timezone.now() - timedelta(days=4 * 366)
    now = timezone.now()
    Case.objects.filter(pk=case.pk).update(
        status="closed", resolved_at=now, closed_at=now, updated_at=long_ago
    )
    Entrepreneur.objects.filter(pk=entrepreneur.pk).update(last_activity_at=long_ago)
    for value in ERASED:
        assert find_everywhere(value), value  # the fixture really spread it around
    return entrepreneur


def test_it_erases_every_trace_of_an_inactive_entrepreneur(old_entrepreneur, capsys):
    call_command("anonymise_inactive")
    assert capsys.readouterr().out.startswith("Anonymised 1 entrepreneur(s)")
    for value in ERASED:
        assert find_everywhere(value) == [], value


def test_the_cases_and_their_statistics_stay(old_entrepreneur):
    case = Case.objects.get()
    call_command("anonymise_inactive")
    case.refresh_from_db()
    entrepreneur = Entrepreneur.objects.get(pk=old_entrepreneur.pk)
    assert case.entrepreneur == entrepreneur
    assert case.status == "closed" and case.channel == "web"
    assert entrepreneur.name == "anonymised"
    assert entrepreneur.anonymised_at is not None
    assert "кафе" in case.question
    assert Referral.objects.get().status == "resolved"
    assert entrepreneur.consents.exists()  # the proof of consent is not personal data


def test_each_run_is_documented(old_entrepreneur, settings):
    settings.RETENTION_YEARS = 3
    call_command("anonymise_inactive")
    call_command("anonymise_inactive")
    first, second = DestructionLog.objects.order_by("pk")
    assert (first.count, second.count) == (1, 0)
    assert "3 years" in first.rule
    assert first.subject == "entrepreneurs"
    assert first.cutoff < first.ran_at - timedelta(days=3 * 365 - 1)


def test_active_entrepreneurs_and_open_cases_are_kept(office):
    long_ago = timezone.now() - timedelta(days=4 * 366)
    recent = factories.EntrepreneurFactory(name="Недавний Клиент")
    waiting = factories.EntrepreneurFactory(name="Ждущий Ответа")
    factories.CaseFactory(office=office, entrepreneur=waiting, status="new")
    Entrepreneur.objects.filter(pk=waiting.pk).update(last_activity_at=long_ago)
    call_command("anonymise_inactive")
    names = set(Entrepreneur.objects.values_list("name", flat=True))
    assert names == {recent.name, waiting.name}


def test_the_retention_period_is_configurable(office, settings):
    entrepreneur = factories.EntrepreneurFactory(name="Полгода Назад")
    Entrepreneur.objects.filter(pk=entrepreneur.pk).update(
        last_activity_at=timezone.now() - timedelta(days=400)
    )
    settings.RETENTION_YEARS = 3
    call_command("anonymise_inactive")
    assert Entrepreneur.objects.get().anonymised_at is None
    settings.RETENTION_YEARS = 1
    call_command("anonymise_inactive")
    assert Entrepreneur.objects.get().anonymised_at is not None


def test_emails_sent_before_the_cutoff_lose_address_and_text(office):
    from desk.models import OutgoingEmail

    long_ago = timezone.now() - timedelta(days=4 * 366)
    old = OutgoingEmail.objects.create(
        key="old",
        kind="x",
        to="someone@example.org",
        subject="s",
        body="Текст",
        status="sent",
        sent_at=long_ago,
    )
    recent = OutgoingEmail.objects.create(
        key="recent",
        kind="x",
        to="other@example.org",
        subject="s",
        body="Текст",
        status="sent",
        sent_at=timezone.now(),
    )
    call_command("anonymise_inactive")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.to, old.body) == ("", "")
    assert (recent.to, recent.body) == ("other@example.org", "Текст")
