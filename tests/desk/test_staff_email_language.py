"""Staff e-mails in the language each member of staff last used the back-office in: the
morning's follow-up reminder (queued by the daily job, sent by the task worker) and a
partner's answer to a referral (a partner's request, in Russian, without a logged-in user).
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from desk.services.referrals import referral_send
from infopoint.models import StaffLanguage
from infopoint.staff_language import language_of
from tests import factories
from tests.desk.outbox import run_queued_tasks

pytestmark = pytest.mark.django_db

MY_QUEUE = "/desk/queue/"


def language(user):
    return StaffLanguage.objects.filter(user=user).values_list("language", flat=True).first()


# --- which language ----------------------------------------------------------------------


def test_signing_in_on_an_english_page_records_english(client, officer):
    with translation.override("en"):
        client.force_login(officer)
    assert language(officer) == "en"


def test_switching_the_back_office_to_english_and_back_is_recorded(client, officer):
    client.force_login(officer)
    assert language(officer) == "ru"
    assert client.get("/en" + MY_QUEUE).status_code == 200
    assert language(officer) == "en"
    assert client.get(MY_QUEUE).status_code == 200
    assert language(officer) == "ru"


def test_reading_a_public_page_in_english_changes_nothing(client, officer):
    client.force_login(officer)
    assert client.get("/en/").status_code == 200
    assert language(officer) == "ru"


def test_a_second_page_in_the_same_language_writes_nothing(client, officer):
    client.force_login(officer)
    client.get("/en" + MY_QUEUE)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en" + MY_QUEUE).status_code == 200
    assert not [query for query in queries if "infopoint_stafflanguage" in query["sql"]]


def test_someone_who_never_signed_in_is_written_to_in_russian(officer):
    assert language_of(officer) == "ru"


# --- the follow-up reminder --------------------------------------------------------------


@pytest.fixture
def two_officers(office, officer, colleague):
    """The officer reads the back-office in English, the colleague in Russian."""
    officer.email, colleague.email = "officer@example.org", "colleague@example.org"
    officer.save(update_fields=["email"])
    colleague.save(update_fields=["email"])
    StaffLanguage.objects.create(user=officer, language="en")
    StaffLanguage.objects.create(user=colleague, language="ru")
    return officer, colleague


@pytest.mark.now("2026-12-14 07:00")
def test_the_reminder_reaches_each_officer_in_their_language(two_officers, office, mailoutbox):
    case = factories.CaseFactory(office=office, reference="KGD-2026-000042")
    for user in two_officers:
        factories.FollowUpFactory(
            case=case,
            assigned_to=user,
            due_date=timezone.localdate() - timedelta(days=1),
            text="Позвонить Анне",
        )
    call_command("send_follow_up_reminders")
    run_queued_tasks()
    sent = {message.to[0]: message for message in mailoutbox}
    english, russian = sent["officer@example.org"], sent["colleague@example.org"]
    assert english.subject == "1 follow-up due"
    assert english.body.startswith("Follow-ups due by 14 December 2026:\n")
    assert f"/en/desk/cases/{case.pk}/" in english.body
    assert "Infopoint for entrepreneurs" in english.body
    assert russian.subject == "1 напоминание к сроку"
    assert russian.body.startswith("Напоминания со сроком до 14 декабря 2026 г.:\n")
    assert f"/desk/cases/{case.pk}/" in russian.body and "/en/" not in russian.body
    assert "Инфопункт для предпринимателей" in russian.body


@pytest.mark.now("2026-12-14 07:00")
def test_the_reminders_language_costs_no_query_per_officer(office, colleague, officer):
    from desk.services.reminders import follow_up_reminders_send

    case = factories.CaseFactory(office=office)
    users = [officer, colleague, *[factories.UserFactory(is_staff=True) for _ in range(3)]]

    def queries_for(count):
        for index, user in enumerate(users[:count]):
            user.email = f"user{index}@example.org"
            user.save(update_fields=["email"])
            StaffLanguage.objects.update_or_create(user=user, defaults={"language": "en"})
            factories.FollowUpFactory(case=case, assigned_to=user, due_date=timezone.localdate())
        with CaptureQueriesContext(connection) as queries:
            follow_up_reminders_send(today=timezone.localdate() + timedelta(days=count))
        return [q["sql"] for q in queries if "infopoint_stafflanguage" in q["sql"]]

    # One read of the officers' languages, joined to the follow-ups, at two list sizes.
    assert len(queries_for(2)) == 1
    assert len(queries_for(5)) == 1


# --- the partner's answer ----------------------------------------------------------------


@pytest.fixture
def referral(office, officer):
    chamber = factories.OrganisationFactory(
        slug="chamber",
        name="Торгово-промышленная палата",
        name_en="Chamber of Commerce",
        referral_email="tpp@example.org",
    )
    case = factories.CaseFactory(
        office=office, officer=officer, status="in_progress", reference="KGD-2026-000042"
    )
    officer.email = "officer@example.org"
    officer.save(update_fields=["email"])
    return referral_send(
        case=case, organisation=chamber, reason="Экспорт", shared_data="Анна", user=officer
    )


@pytest.mark.parametrize(
    ("officers_language", "subject", "body", "link"),
    [
        (
            "en",
            "Chamber of Commerce answered the referral of KGD-2026-000042",
            "Chamber of Commerce answered the referral of case KGD-2026-000042: accepted.",
            "/en/desk/cases/",
        ),
        (
            "ru",
            "Партнёр ответил на направление по KGD-2026-000042: Торгово-промышленная палата",
            "Торгово-промышленная палата ответила на направление по обращению "
            "KGD-2026-000042: принято.",
            "/desk/cases/",
        ),
    ],
)
def test_the_partners_answer_reaches_the_officer_in_their_language(
    client, referral, officer, mailoutbox, officers_language, subject, body, link
):
    StaffLanguage.objects.create(user=officer, language=officers_language)
    url = reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    assert client.post(url, {"status": "accepted"}).status_code == 200  # the partner's Russian
    run_queued_tasks()
    [message] = [m for m in mailoutbox if m.to == ["officer@example.org"]]
    assert message.subject == subject
    assert message.body.startswith(body + "\n")
    assert f"{link}{referral.case.pk}/" in message.body
    if officers_language == "ru":
        assert "/en/" not in message.body
