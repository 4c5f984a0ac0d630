"""Public desk journeys on a phone: ask a question, book a consultation, and a partner
answering a referral through the signed link — each screen without serious axe findings."""

import re
from datetime import time

import pytest
from playwright.sync_api import expect

from desk.models import Case, Referral
from desk.services.referrals import referral_send
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def office(db):
    office = factories.OfficeFactory(slug="central", name="Центральный", name_en="Central")
    for weekday in range(5):
        factories.OpeningHoursFactory(
            office=office, weekday=weekday, opens=time(9), closes=time(18)
        )
    factories.TopicFactory(slug="registration", title="Регистрация", title_en="Registration")
    return office


def test_a_visitor_asks_a_question_and_gets_a_reference(live_server, phone, axe, office):
    phone.goto(live_server.url + "/en/ask/")
    assert axe(phone) == []
    phone.locator("#id_question").fill("How do I register as a sole proprietor?")
    phone.locator("#id_topic").select_option(label="Registration")
    phone.locator("#id_name").fill("Anna")
    phone.locator("#id_email").fill("anna@example.org")
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Send the question").click()
    phone.get_by_role("heading", name="Thank you, your question was received").wait_for()
    case = Case.objects.get()
    expect(phone.get_by_text(case.reference)).to_be_visible()
    assert axe(phone) == []

    phone.goto(live_server.url + "/en/status/")
    phone.locator("#id_reference").fill(case.reference)
    phone.locator("#id_contact").fill("anna@example.org")
    phone.get_by_role("button", name="Show the status").click()
    phone.get_by_role("heading", name=case.reference).wait_for()
    assert axe(phone) == []


def test_a_visitor_books_a_consultation(live_server, phone, axe, office):
    phone.goto(live_server.url + "/en/book/")
    phone.get_by_role("link", name="Central").click()
    assert axe(phone) == []
    phone.locator("input[name=slot]").first.check()
    phone.locator("#id_question").fill("I want to open a café")
    phone.locator("#id_name").fill("Boris")
    phone.locator("#id_phone").fill("+7 911 000-00-00")
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Book", exact=True).click()
    phone.get_by_role("heading", name="Thank you, your consultation is booked").wait_for()
    assert Case.objects.get().appointment.office == office
    assert axe(phone) == []


def test_a_partner_answers_a_referral_through_the_link(live_server, phone, axe, office):
    chamber = factories.OrganisationFactory(referral_email="tpp@example.org")
    case = factories.CaseFactory(office=office, status="in_progress")
    referral = referral_send(
        case=case, organisation=chamber, reason="Export contract", shared_data="Anna", user=None
    )
    phone.goto(live_server.url + "/en" + referral.get_partner_url())
    assert axe(phone) == []
    phone.get_by_label("resolved").check()
    phone.get_by_label("Note for the desk").fill("Done, we met on Monday.")
    phone.get_by_role("button", name="Send the answer").click()
    phone.get_by_role("heading", name="Thank you for your answer").wait_for()
    assert axe(phone) == []
    assert Referral.objects.get().status == "resolved"


def test_an_officer_refers_a_case_and_sees_the_partners_answer(
    live_server, desktop, phone, axe, office, officer
):
    from django.conf import settings
    from django.core import mail
    from django.test import Client

    from tests.desk.outbox import run_queued_tasks

    factories.OrganisationFactory(
        slug="chamber",
        name="Торгово-промышленная палата",
        name_en="Chamber of Commerce",
        referral_email="tpp@example.org",
    )
    case = factories.CaseFactory(office=office, status="in_progress", officer=officer)
    client = Client()
    client.force_login(officer)
    desktop.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    desktop.goto(f"{live_server.url}/en/desk/cases/{case.pk}/")
    desktop.get_by_role("link", name="Write a referral").click()
    desktop.get_by_role("heading", name="Refer to a partner organisation").wait_for()
    assert axe(desktop) == []
    desktop.locator("#id_organisation").select_option(label="Chamber of Commerce")
    desktop.locator("#id_reason").fill("Export contract")
    desktop.locator("#id_shared_data").fill("Anna, +7 911 000-00-00")
    desktop.get_by_role("button", name="Send the referral").click()
    desktop.wait_for_url(f"{live_server.url}/en/desk/cases/{case.pk}/")

    mail.outbox = []
    run_queued_tasks()
    [message] = mail.outbox
    link = next(line for line in message.body.splitlines() if "/referral/" in line)
    phone.goto(live_server.url + link[link.index("/referral/") :])
    phone.get_by_label("принято").check()
    phone.get_by_role("button", name="Отправить ответ").click()
    phone.get_by_role("heading", name="Спасибо за ответ").wait_for()

    desktop.reload()
    # The timeline line is written in the partner's language; the partner's name is never
    # declined into a Russian sentence.
    answered = re.compile(r"answered: accepted|Ответ партнёра \(.+\): принято")
    assert desktop.get_by_text(answered).count() >= 1
    # The case page itself lists the referral with the partner's answer.
    assert desktop.get_by_text("Partner's answer of").count() == 1
    assert axe(desktop) == []
