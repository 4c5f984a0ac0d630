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
