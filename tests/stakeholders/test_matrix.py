import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from stakeholders.models import StakeholderAssessment
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    """A request to /en/ leaves English active in the thread; reverse() would follow it."""
    with translation.override("ru"):
        yield


SVG = "{http://www.w3.org/2000/svg}"
URL = "/admin/stakeholders/organisation/matrix/"


def _svg(response):
    match = re.search(r'<svg[^>]*class="matrix-chart".*?</svg>', response.text, re.S)
    return ET.fromstring(match.group(0))  # noqa: S314 — our own rendered page


def test_the_matrix_url_is_where_the_heads_expect_it():
    assert reverse("admin:stakeholders_organisation_matrix") == URL


def test_it_draws_each_organisation_once_at_its_latest_assessment(client, head):
    chamber = factories.OrganisationFactory(name="Палата")
    factories.StakeholderAssessmentFactory(
        organisation=chamber, assessed_on=date(2026, 1, 1), influence=1, interest=1
    )
    factories.StakeholderAssessmentFactory(
        organisation=chamber, assessed_on=date(2026, 6, 1), influence=5, interest=4
    )
    factories.StakeholderAssessmentFactory(influence=2, interest=2)
    client.force_login(head)
    response = client.get(URL)
    assert response.status_code == 200

    svg = _svg(response)
    assert svg.find(f"{SVG}title").text
    assert svg.find(f"{SVG}desc").text.startswith("2 ")
    assert svg.get("role") == "img"
    points = svg.findall(f".//{SVG}g[@class='point']")
    assert len(points) == 2
    titles = [point.find(f"{SVG}title").text for point in points]
    assert any("Палата" in title and "5" in title and "4" in title for title in titles)
    quadrants = svg.findall(f".//{SVG}g")
    assert len([g for g in quadrants if g.get("class", "").startswith("quadrant ")]) == 4
    # The same figures as a table for screen readers and copying.
    assert 'id="matrix-data"' in response.text
    assert "<td>5</td>" in response.text


def test_a_high_influence_and_interest_partner_is_managed_closely():
    assessment = StakeholderAssessment(influence=5, interest=4)
    assert assessment.quadrant == StakeholderAssessment.Quadrant.MANAGE_CLOSELY
    assert StakeholderAssessment(influence=5, interest=1).quadrant == "keep_satisfied"
    assert StakeholderAssessment(influence=1, interest=5).quadrant == "keep_informed"
    assert StakeholderAssessment(influence=2, interest=2).quadrant == "monitor"


def test_the_matrix_renders_without_any_assessment(client, admin_user):
    client.force_login(admin_user)
    response = client.get(URL)
    assert response.status_code == 200
    assert _svg(response).findall(f".//{SVG}g[@class='point']") == []


def test_only_heads_and_administrators_see_the_matrix(client, personas):
    expected = {"anonymous": 302, "officer": 403, "editor": 403, "head": 200, "admin": 200}
    answers = {}
    for persona, user in personas.items():
        client.logout()
        if user:
            client.force_login(user)
        answers[persona] = client.get(URL).status_code
    assert answers == expected


def test_officers_read_the_registry_but_cannot_change_it(client, officer):
    organisation = factories.OrganisationFactory()
    client.force_login(officer)
    assert client.get("/admin/stakeholders/contactperson/").status_code == 200
    assert client.get("/admin/stakeholders/organisation/add/").status_code == 403
    response = client.post(
        f"/admin/stakeholders/organisation/{organisation.pk}/change/", {"name": "Изменено"}
    )
    assert response.status_code == 403


def _table_rows(response):
    table = re.search(r'<table id="matrix-data">.*?</table>', response.text, re.S).group(0)
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S)
    ]


def _two_partners():
    for name, name_en in [("Администрация ОЭЗ", "SEZ Administration"), ("Фонд", "Business Fund")]:
        factories.StakeholderAssessmentFactory(
            organisation=factories.OrganisationFactory(name=name, name_en=name_en),
            assessed_on=date(2026, 9, 1),
        )


def test_the_english_matrix_names_the_partners_in_english_in_their_english_order(client, head):
    _two_partners()
    client.force_login(head)
    response = client.get("/en" + URL)
    rows = _table_rows(response)
    assert rows[0].startswith("1 Business Fund 3 3 manage closely 1 Sep 2026")
    assert rows[1].startswith("2 SEZ Administration")
    titles = [
        point.find(f"{SVG}title").text
        for point in _svg(response).iter(f"{SVG}g")
        if point.get("class") == "point"
    ]
    assert titles[0].startswith("1. Business Fund: influence 3")
    assert "Фонд" not in response.text


def test_the_russian_matrix_names_the_partners_in_russian_with_russian_dates(client, head):
    _two_partners()
    client.force_login(head)
    rows = _table_rows(client.get(URL))
    assert rows[0].startswith("1 Администрация ОЭЗ 3 3")
    assert "01.09.2026" in rows[0]


def test_a_log_entry_and_an_assessment_are_named_in_the_readers_language():
    organisation = factories.OrganisationFactory(name="Палата", name_en="Chamber")
    entry = factories.CommunicationFactory(
        organisation=organisation, kind="call", date=date(2026, 11, 2)
    )
    assessment = factories.StakeholderAssessmentFactory(
        organisation=organisation, influence=4, interest=5, assessed_on=date(2026, 9, 1)
    )
    assert str(entry) == "02.11.2026 звонок: Палата"
    assert str(assessment) == "Палата: 4×5 (01.09.2026)"
    with translation.override("en"):
        assert str(entry) == "2 Nov 2026 call: Chamber"
        assert str(assessment) == "Chamber: 4×5 (1 Sep 2026)"


@pytest.mark.parametrize(
    ("url", "query"),
    [
        ("admin:stakeholders_contactperson_changelist", "Chamber"),
        ("admin:stakeholders_communication_changelist", "Chamber"),
    ],
)
def test_the_registrys_lists_find_a_partner_by_its_english_name(client, head, url, query):
    organisation = factories.OrganisationFactory(name="Палата", name_en="Chamber")
    factories.ContactPersonFactory(organisation=organisation)
    factories.CommunicationFactory(organisation=organisation)
    client.force_login(head)
    response = client.get("/en" + reverse(url), {"q": query})
    assert response.context["cl"].result_count == 1
