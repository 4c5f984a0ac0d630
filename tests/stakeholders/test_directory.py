import pytest
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories
from tests.fuzz import examples

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    """A request to /en/ leaves English active in the thread; reverse() would follow it."""
    with translation.override("ru"):
        yield


@pytest.fixture
def chamber():
    organisation = factories.OrganisationFactory(
        slug="tpp-kaliningrad",
        name="Торгово-промышленная палата",
        name_en="Chamber of Commerce",
        kind="chamber",
        description="Сертификаты происхождения товаров.",
        description_en="Certificates of origin.",
        services="Деловые миссии",
        services_en="Trade missions",
    )
    factories.ContactPersonFactory(
        organisation=organisation,
        name="Ольга Секретова",
        phone="+7 911 555-12-34",
        email="olga.secret@example.org",
        notes="Предпочитает звонки утром",
    )
    return organisation


@pytest.fixture
def agency():
    return factories.OrganisationFactory(
        slug="employment-centre",
        name="Центр занятости населения",
        name_en="Employment Agency",
        kind="employment",
        description="Подбор персонала.",
        description_en="Recruitment for employers.",
    )


def test_it_lists_public_organisations_with_their_contacts(client, chamber, agency):
    response = client.get(reverse("stakeholders:directory"))
    assert response.status_code == 200
    assert "Торгово-промышленная палата" in response.text
    assert "Центр занятости населения" in response.text
    assert chamber.phone in response.text
    assert chamber.email in response.text
    assert chamber.get_absolute_url() in response.text


def test_it_hides_organisations_that_are_not_public(client, chamber):
    factories.OrganisationFactory(slug="hidden", name="Скрытая организация", is_public=False)
    response = client.get(reverse("stakeholders:directory"))
    assert "Скрытая организация" not in response.text
    assert client.get(reverse("stakeholders:organisation", args=["hidden"])).status_code == 404


def test_contact_people_never_appear_on_public_pages(client, chamber):
    for url in [
        reverse("stakeholders:directory"),
        reverse("stakeholders:organisation", args=[chamber.slug]),
        "/en" + reverse("stakeholders:organisation", args=[chamber.slug]),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        for secret in ["Секретова", "555-12-34", "olga.secret@example.org", "звонки утром"]:
            assert secret not in response.text, (url, secret)


def test_it_filters_by_kind(client, chamber, agency):
    response = client.get(reverse("stakeholders:directory"), {"kind": "employment"})
    assert 'id="org-employment-centre"' in response.text
    assert 'id="org-tpp-kaliningrad"' not in response.text


def test_it_searches_names_descriptions_and_services_in_both_languages(client, chamber, agency):
    for query in ["палата", "происхождения", "миссии", "trade missions", "CERTIFICATES"]:
        response = client.get(reverse("stakeholders:directory"), {"q": query})
        assert 'id="org-tpp-kaliningrad"' in response.text, query
        assert 'id="org-employment-centre"' not in response.text, query


def test_an_unknown_kind_or_a_nul_character_is_not_an_error(client, chamber):
    response = client.get(reverse("stakeholders:directory"), {"kind": "spaceport"})
    assert response.status_code == 200
    assert "Торгово-промышленная палата" in response.text
    response = client.get(reverse("stakeholders:directory"), {"q": "пал\x00ата"})
    assert response.status_code == 200


def test_the_directory_speaks_english_under_en(client, chamber):
    response = client.get("/en" + reverse("stakeholders:directory"))
    assert "Chamber of Commerce" in response.text
    assert "Certificates of origin." in response.text
    assert "Kaliningrad, Shevchenko St 1" in response.text


def test_the_organisation_page_shows_what_it_does(client, chamber):
    response = client.get(reverse("stakeholders:organisation", args=[chamber.slug]))
    assert "Деловые миссии" in response.text
    assert "Сертификаты происхождения товаров." in response.text


def test_the_organisation_page_lists_the_public_procedures_it_handles(client, chamber):
    factories.published_article(
        slug="certificate-of-origin",
        ru=factories.revision_text("Сертификат происхождения товара"),
        en=factories.revision_text("Certificate of origin of goods"),
        partners=[chamber],
    )
    factories.published_article(
        slug="internal-note",
        ru=factories.revision_text("Внутренняя памятка"),
        visibility="internal",
        partners=[chamber],
    )
    response = client.get(chamber.get_absolute_url())
    assert "Сертификат происхождения товара" in response.text
    assert "/manual/certificate-of-origin/" in response.text
    assert "Внутренняя памятка" not in response.text
    response = client.get("/en" + chamber.get_absolute_url())
    assert "Certificate of origin of goods" in response.text


def _many_organisations(count):
    for _number in range(count):
        organisation = factories.OrganisationFactory()
        factories.ContactPersonFactory(organisation=organisation)
        factories.StakeholderAssessmentFactory(organisation=organisation)


@pytest.mark.parametrize("count", [1, 12])
def test_the_directory_needs_a_constant_number_of_queries(
    client, django_assert_num_queries, office, count
):
    factories.OpeningHoursFactory(office=office)
    _many_organisations(count)
    # 1. the public organisations, 2. the footer's office, 3. its opening hours
    with django_assert_num_queries(3):
        response = client.get(reverse("stakeholders:directory"))
    assert response.text.count("organisation-card") == count


@pytest.mark.parametrize("count", [1, 12])
def test_the_organisation_page_needs_a_constant_number_of_queries(
    client, django_assert_num_queries, chamber, office, count
):
    factories.OpeningHoursFactory(office=office)
    _many_organisations(count)
    for number in range(count):
        factories.published_article(slug=f"procedure-{number}", partners=[chamber])
    # 1. the organisation, 2. the manual's procedures it handles, 3. the footer's office,
    # 4. its opening hours
    with django_assert_num_queries(4):
        client.get(reverse("stakeholders:organisation", args=[chamber.slug]))


@settings(
    max_examples=examples("public"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=120), kind=st.text(max_size=30))
def test_any_search_or_kind_answers_without_an_error(client, chamber, query, kind):
    response = client.get(reverse("stakeholders:directory"), {"q": query, "kind": kind})
    assert response.status_code == 200
