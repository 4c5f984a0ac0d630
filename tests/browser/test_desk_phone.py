"""The officer's queues on a 390 px phone: the page never scrolls sideways; a wide table
scrolls inside its own focusable box."""

import re

import pytest

from desk.models import Case
from tests import factories
from tests.browser.conftest import signed_in_phone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_queues_fit_a_390_px_phone(live_server, browser, officer, office):
    for _ in range(3):
        entrepreneur = factories.EntrepreneurFactory(
            name="Светлана Павлова", business_name="Зеленоградский сувенир", offices=[office]
        )
        factories.CaseFactory(office=office, officer=officer, entrepreneur=entrepreneur)
    with signed_in_phone(browser, live_server, officer) as page:
        widths = {}
        for path in ("/desk/queue/", "/desk/office-queue/", "/en/desk/office-queue/"):
            page.goto(live_server.url + path)
            widths[path] = page.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(widths, 390)


def test_an_entrepreneur_and_a_cases_referrals_fit_a_390_px_phone(
    live_server, browser, officer, office, head
):
    """The entrepreneur's page scrolled sideways to 501 px (its labels and values side by
    side, «Организационно-правовая форма» taking the row) and a case's referrals to 561 px
    (a five-column table); the stakeholder matrix to 689 px (a fixed-width chart)."""
    entrepreneur = factories.EntrepreneurFactory(
        name="Ольга Волкова",
        email="client1@demo.infopoint.example",
        legal_form="planning",
        offices=[office],
    )
    case = factories.CaseFactory(office=office, officer=officer, entrepreneur=entrepreneur)
    partner = factories.OrganisationFactory(
        name="Администрация Особой экономической зоны в Калининградской области",
        name_en="Administration of the Special Economic Zone in the Kaliningrad Region",
    )
    factories.ReferralFactory(case=case, organisation=partner)
    factories.StakeholderAssessmentFactory(organisation=partner, influence=5, interest=4)
    officer_pages = [
        f"/desk/entrepreneurs/{entrepreneur.pk}/",
        f"/desk/cases/{case.pk}/referrals/",
    ]
    widths = {}
    for user, paths in [
        (officer, officer_pages),
        (head, ["/admin/stakeholders/organisation/matrix/"]),
    ]:
        with signed_in_phone(browser, live_server, user) as page:
            for path in paths:
                for language in ("", "/en"):
                    page.goto(live_server.url + language + path)
                    widths[language + path] = page.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(widths, 390)


@pytest.mark.parametrize(
    ("language", "saved"), [("", "Обращение {} сохранено."), ("/en", "Case {} saved.")]
)
def test_office_b_records_on_a_phone_a_walk_in_office_a_knows(
    live_server, browser, office, other_office, other_officer, language, saved
):
    """The INN of someone office A recorded finds nobody in B's lookup, and B records the
    walk-in with what it typed: no refusal, nothing of A on any page, nothing wider than
    the phone."""
    known = factories.EntrepreneurFactory(
        name="Ирина Орлова", phone="+79115550001", inn="500100732259", offices=[office]
    )
    with signed_in_phone(browser, live_server, other_officer) as page:
        page.goto(f"{live_server.url}{language}/desk/intake/")
        page.fill("#entrepreneur-lookup", known.inn)
        page.locator("#lookup-results p").wait_for()
        assert "Орлова" not in page.inner_text("#lookup-results")
        page.fill("#id_question", "Как перейти на патент?")
        page.click("#new-entrepreneur summary")
        page.fill("#id_name", "Ирина О.")
        page.fill("#id_phone", "8 911 777-00-02")
        page.fill("#id_inn", known.inn)
        page.check("#id_consent")
        page.click("#intake-form button[type=submit]")
        page.wait_for_url(re.compile(r"/desk/cases/\d+/$"))
        case = Case.objects.get(office=other_office)
        assert saved.format(case.reference) in page.inner_text("body")
        widths = [page.evaluate("document.documentElement.scrollWidth")]
        page.goto(live_server.url + language + case.entrepreneur.get_absolute_url())
        body = page.inner_text("body")
        widths.append(page.evaluate("document.documentElement.scrollWidth"))
    assert "Ирина О." in body and "+79117770002" in body
    assert "Орлова" not in body and "+79115550001" not in body
    assert widths == [390, 390]
