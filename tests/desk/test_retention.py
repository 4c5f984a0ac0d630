"""Retention (152-FZ): entrepreneurs inactive for RETENTION_YEARS are anonymised
everywhere — record, audit history, case texts, outbox — while cases stay for statistics."""

import uuid
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from desk.models import Case, DestructionLog, Entrepreneur, Referral
from desk.services.cases import case_add_note, follow_up_add
from desk.services.referrals import referral_answer, referral_send
from desk.services.reminders import follow_up_reminders_send
from desk.validators import INN12_WEIGHTS_11, INN12_WEIGHTS_12, _check_digit
from tests import factories
from tests.conftest import moment
from tests.desk.outbox import run_queued_tasks

pytestmark = [pytest.mark.django_db, pytest.mark.now("2026-12-07 10:00")]

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
def entrepreneur_everywhere(client, office, officer, mailoutbox):
    """An entrepreneur who asked online, was referred to a partner and followed up —
    everything through the real flows: their data is in many tables."""
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
    Entrepreneur.objects.filter(pk=entrepreneur.pk).update(email=EMAIL, inn=INN)
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
    for value in ERASED:
        assert find_everywhere(value), value  # the fixture really spread it around
    return entrepreneur


@pytest.fixture
def old_entrepreneur(entrepreneur_everywhere):
    """The same entrepreneur, quiet for four years since."""
    entrepreneur = entrepreneur_everywhere
    case = Case.objects.get()
    long_ago = timezone.now() - timedelta(days=4 * 366)
    now = timezone.now()
    Case.objects.filter(pk=case.pk).update(
        status="closed", resolved_at=now, closed_at=now, updated_at=long_ago
    )
    Entrepreneur.objects.filter(pk=entrepreneur.pk).update(last_activity_at=long_ago)
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
    first, second = DestructionLog.objects.filter(subject="entrepreneurs").order_by("pk")
    assert (first.count, second.count) == (1, 0)
    assert "3 years" in first.rule
    assert first.cutoff < first.ran_at - timedelta(days=3 * 365 - 1)
    # How many rows of which table, so an auditor sees what the rule reached.
    assert first.tables["desk_entrepreneur"] == 1
    assert first.tables["desk_case"] == 1
    assert first.tables["desk_casehistory"] >= 1
    assert first.tables["desk_caseevent"] >= 2  # the intake and the note
    assert first.tables["desk_referralhistory"] >= 1
    assert first.tables["desk_outgoingemail"] >= 2
    assert first.tables["feedback_invitation"] == 1
    assert second.tables == {}
    assert DestructionLog.objects.filter(subject="site_feedback").count() == 2
    assert DestructionLog.objects.filter(subject="search_queries").count() == 2


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


def test_what_others_wrote_about_them_is_scrubbed_and_the_rest_kept(old_entrepreneur, office):
    """Another entrepreneur's case quotes the person; a namesake's stays as written."""
    other = factories.CaseFactory(
        office=office,
        question="Соседка Уникальнова Зинаида (8 4012 55-51-23) советовала обратиться к вам",
    )
    namesake = factories.CaseFactory(office=office, question="Зинаида Петрова, открытие кафе")
    call_command("anonymise_inactive")
    other.refresh_from_db()
    namesake.refresh_from_db()
    assert other.question == "Соседка anonymised (anonymised) советовала обратиться к вам"
    assert namesake.question == "Зинаида Петрова, открытие кафе"
    assert not other.history.filter(question__contains="4012").exists()


def test_their_feedback_comments_and_their_history_are_scrubbed(old_entrepreneur):
    from feedback.models import Invitation, Response

    invitation = Invitation.objects.get(reference=Case.objects.get().reference)
    response = factories.ResponseFactory(
        invitation=invitation, what_was_good="Спасибо! Зинаида", what_to_improve=""
    )
    Response.objects.filter(pk=response.pk).update(what_to_improve=f"Пишите на {EMAIL.upper()}")
    response.refresh_from_db()
    response.what_was_good = "Спасибо! Уникальнова З."
    response.save()
    assert response.history.count() >= 2
    call_command("anonymise_inactive")
    response.refresh_from_db()
    assert (response.what_was_good, response.what_to_improve) == (
        "Спасибо! anonymised З.",
        "Пишите на anonymised",
    )
    assert set(response.history.values_list("what_was_good", flat=True)) <= {
        "Спасибо! anonymised",
        "Спасибо! anonymised З.",
    }


def test_site_feedback_is_deleted_after_its_retention_with_its_history(settings, clock):
    from feedback.models import SiteFeedback

    settings.SITE_FEEDBACK_RETENTION_DAYS = 365
    clock.at("2025-12-01 12:00")
    old = factories.SiteFeedbackFactory(
        message="Я Зинаида, ответьте", email="z@example.org", contact_consent=True
    )
    old.triage_note = "Ответили"
    old.save()
    clock.at("2025-12-10 12:00")
    recent = factories.SiteFeedbackFactory(message="Поиск не находит ИП")
    clock.at("2026-12-07 03:00")
    call_command("anonymise_inactive")
    assert list(SiteFeedback.objects.all()) == [recent]
    assert not SiteFeedback.history.field.model.objects.filter(pgh_obj_id=old.pk).exists()
    log = DestructionLog.objects.get(subject="site_feedback")
    assert log.count == 1
    assert log.tables["feedback_sitefeedback"] == 1
    assert log.tables["feedback_sitefeedbackhistory"] >= 2
    assert log.cutoff == moment("2025-12-07 03:00")
    assert "SITE_FEEDBACK_RETENTION_DAYS" in log.rule


def test_logged_searches_are_deleted_after_their_retention(settings):
    from manual.models import SearchQuery

    settings.SEARCH_LOG_RETENTION_DAYS = 30
    now = timezone.now()  # 7 December 2026, 10:00 (the module's clock)
    for days, query in [(31, "Зинаида Уникальнова"), (40, "+74012555123"), (29, "патент")]:
        SearchQuery.objects.create(
            query=query, language="ru", result_count=0, created_at=now - timedelta(days=days)
        )
    call_command("anonymise_inactive")
    assert list(SearchQuery.objects.values_list("query", flat=True)) == ["патент"]
    log = DestructionLog.objects.get(subject="search_queries")
    assert (log.count, log.tables) == (2, {"manual_searchquery": 2})
    assert log.cutoff == log.ran_at - timedelta(days=30)


def test_the_run_prints_one_line(old_entrepreneur, capsys):
    call_command("anonymise_inactive")
    output = capsys.readouterr().out
    assert output.count("\n") == 1
    assert "deleted 0 site feedback message(s)" in output
    assert "and 0 logged search(es)" in output


def test_retention_periods_must_be_at_least_one(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from infopoint.settings import env_positive_int

    monkeypatch.setenv("SEARCH_LOG_RETENTION_DAYS", "0")
    with pytest.raises(ImproperlyConfigured, match="SEARCH_LOG_RETENTION_DAYS"):
        env_positive_int("SEARCH_LOG_RETENTION_DAYS", 730)
    with pytest.raises(CommandError):
        call_command("anonymise_inactive", "--years", "0")


def test_the_destruction_log_page_shows_rows_per_table_in_a_fixed_number_of_queries(
    client, head, django_assert_max_num_queries
):
    def a_run():
        DestructionLog.objects.create(
            count=2,
            cutoff=timezone.now(),
            subject="site_feedback",
            rule="SITE_FEEDBACK_RETENTION_DAYS",
            tables={"feedback_sitefeedback": 2, "feedback_sitefeedbackhistory": 5},
        )

    a_run()
    client.force_login(head)
    url = reverse("admin:desk_destructionlog_changelist")
    with django_assert_max_num_queries(40) as few:
        response = client.get(url)
    assert "feedback_sitefeedbackhistory: 5" in response.content.decode()
    for _ in range(10):
        a_run()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_the_night_after_consent_is_withdrawn_every_trace_is_erased(
    entrepreneur_everywhere, client, officer, clock
):
    """152-FZ art. 21 part 5: withdrawn consent → destroyed within thirty days; the nightly
    run takes them the night after, though they were active today."""
    client.force_login(officer)
    client.post(reverse("desk:consent_withdraw", kwargs={"pk": entrepreneur_everywhere.pk}))
    clock.at("2026-12-08 02:00", tick=True)
    call_command("anonymise_inactive")
    call_command("anonymise_inactive")  # a second run finds nobody
    for value in ERASED:
        assert find_everywhere(value) == [], value
    entrepreneur = Entrepreneur.objects.get(pk=entrepreneur_everywhere.pk)
    assert entrepreneur.anonymised_at is not None
    assert Case.objects.get().entrepreneur == entrepreneur  # the case stays
    logs = DestructionLog.objects.filter(subject="consent_withdrawn").order_by("pk")
    assert [log.count for log in logs] == [1, 0]
    assert "art. 21 part 5" in logs[0].rule
    assert logs[0].tables["desk_entrepreneur"] == 1


def test_a_consent_given_again_after_withdrawal_keeps_the_person(entrepreneur_everywhere, clock):
    from desk.services.entrepreneurs import consent_record, consent_withdraw

    consent_withdraw(entrepreneur=entrepreneur_everywhere)
    consent_record(entrepreneur=entrepreneur_everywhere, channel="walk_in")
    clock.at("2026-12-08 02:00", tick=True)
    call_command("anonymise_inactive")
    entrepreneur = Entrepreneur.objects.get(pk=entrepreneur_everywhere.pk)
    assert entrepreneur.name == NAME and entrepreneur.anonymised_at is None
    assert DestructionLog.objects.get(subject="consent_withdrawn").count == 0


def test_an_active_entrepreneur_with_consent_is_kept(entrepreneur_everywhere, clock):
    clock.at("2026-12-08 02:00", tick=True)
    call_command("anonymise_inactive")
    assert Entrepreneur.objects.get(pk=entrepreneur_everywhere.pk).anonymised_at is None
    for value in ERASED:
        assert find_everywhere(value), value
