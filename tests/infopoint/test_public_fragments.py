"""Pieces of pages rendered once per generation and language: Django's cache tag on
CACHES["public"], whose keys begin with the page cache's generation and the language
(infopoint.public_cache.public_key).

The officer's client has a session, so the page cache never serves it: what it gets is a
fresh page assembled from the fragments.
"""

import pickle

import pytest
import time_machine
from django.core.cache import caches
from django.db import connection
from django.template import engines
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from infopoint import public_cache
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(officer):
    client = Client()
    client.force_login(officer)
    return client


@pytest.fixture
def footer_office(office):
    office.order = 0
    office.save(update_fields=["order"])
    factories.OpeningHoursFactory(office=office, weekday=0)
    return office


def _tables(queries):
    return " ".join(query["sql"] for query in queries)


def _admin_save(admin, url, **changes):
    """Post the back-office change form as the editor would, with `changes` typed in."""
    form = admin.get(url)
    data = {}
    forms = [form.context["adminform"].form]
    for inline in form.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(
            {
                f"{formset.prefix}-{key}": value
                for key, value in formset.management_form.initial.items()
            }
        )
        forms.extend(formset.forms)
    for each in forms:
        for field in each:
            value = field.value()
            if value is None or value is False:
                continue
            data[field.html_name] = value
    data.update(changes)
    response = admin.post(url, data)
    assert response.status_code == 302, response.context and response.context.get("errors")


def test_a_second_page_reads_neither_the_footer_office_nor_the_home_pages_events(
    cached, staff_client, footer_office
):
    factories.EventFactory(title="Семинар о налогах")
    staff_client.get(reverse("home"))

    with CaptureQueriesContext(connection) as queries:
        second = staff_client.get(reverse("home"))

    assert footer_office.name in second.text
    assert "Понедельник: 09:00–18:00" in second.text
    assert "Семинар о налогах" in second.text
    assert "desk_office" not in _tables(queries)
    assert "desk_openinghours" not in _tables(queries)
    assert "manual_event" not in _tables(queries)


def test_an_edit_of_the_office_in_the_back_office_shows_on_the_next_page(
    cached, staff_client, footer_office, admin_user
):
    assert "Офис А" in staff_client.get(reverse("home")).text
    admin = Client()
    admin.force_login(admin_user)

    _admin_save(
        admin,
        reverse("admin:desk_office_change", args=[footer_office.pk]),
        name="Центральный инфопункт",
    )

    page = staff_client.get(reverse("home")).text
    assert "Центральный инфопункт" in page
    assert "Офис А" not in page


def test_an_edit_of_a_partner_in_the_back_office_shows_in_the_directory(
    cached, staff_client, admin_user
):
    partner = factories.OrganisationFactory(slug="chamber", name="Палата старая")
    url = reverse("stakeholders:directory")
    assert "Палата старая" in staff_client.get(url).text
    admin = Client()
    admin.force_login(admin_user)

    _admin_save(
        admin,
        reverse("admin:stakeholders_organisation_change", args=[partner.pk]),
        name="Палата новая",
    )

    page = staff_client.get(url).text
    assert "Палата новая" in page
    assert "Палата старая" not in page


def test_each_language_has_its_own_fragments(cached, staff_client, footer_office):
    staff_client.get("/")
    staff_client.get("/en/")

    russian, english = staff_client.get("/").text, staff_client.get("/en/").text

    assert "Часы работы" in russian
    assert "Офис А" in russian
    assert "Opening hours" in english
    assert "Office A" in english
    assert "Opening hours" not in russian


def test_what_belongs_to_the_page_stays_per_page(cached, staff_client):
    staff_client.get("/")

    page = staff_client.get(reverse("stakeholders:directory")).text

    assert "?from=/partners/" in page
    assert 'href="/en/partners/" hreflang="en"' in page
    assert "?from=/partners/" not in staff_client.get("/").text


def test_no_fragment_holds_a_csrf_token_or_the_visitors_name(cached, staff_client, officer):
    article = factories.published_article(slug="kept")
    assert "csrfmiddlewaretoken" in staff_client.get(article.get_absolute_url()).text
    for url in ["/", reverse("stakeholders:directory")]:
        staff_client.get(url)

    store = caches["public"]
    fragments = [pickle.loads(value) for value in store._cache.values()]  # noqa: S301 (ours)

    assert len(fragments) >= 5
    for fragment in fragments:
        assert "csrfmiddlewaretoken" not in fragment
        assert "X-CSRFToken" not in fragment
        assert officer.username not in fragment


def test_each_search_of_the_directory_is_its_own_fragment(cached, staff_client):
    factories.OrganisationFactory(slug="chamber", name="Торговая палата", kind="chamber")
    factories.OrganisationFactory(slug="jobs", name="Центр занятости", kind="employment")
    url = reverse("stakeholders:directory")
    staff_client.get(url, {"q": "палата"})

    with CaptureQueriesContext(connection) as queries:
        chamber = staff_client.get(url, {"q": "палата"}).text
    jobs = staff_client.get(url, {"kind": "employment"}).text
    unknown = staff_client.get(url, {"kind": "None"}).text
    everything = staff_client.get(url, {"kind": ""}).text

    assert "stakeholders_organisation" not in _tables(queries)
    assert 'id="org-chamber"' in chamber
    assert 'id="org-jobs"' not in chamber
    assert 'id="org-jobs"' in jobs
    assert 'id="org-chamber"' not in jobs
    assert 'id="org-chamber"' in unknown
    assert "is-invalid" in unknown
    assert "is-invalid" not in everything


FRAGMENT = engines["django"].from_string(
    '{% load cache %}{% cache 60 events using="public" %}version {{ version }}{% endcache %}'
)


def test_a_fragment_is_rendered_again_after_its_timeout(cached):
    with time_machine.travel("2026-12-07 10:00:00 +03:00", tick=False) as clock:
        assert FRAGMENT.render({"version": 1}) == "version 1"
        clock.shift(59)
        assert FRAGMENT.render({"version": 2}) == "version 1"
        clock.shift(2)
        assert FRAGMENT.render({"version": 3}) == "version 3"


def test_a_bump_renders_every_fragment_again(cached):
    assert FRAGMENT.render({"version": 1}) == "version 1"
    assert FRAGMENT.render({"version": 2}) == "version 1"

    public_cache.bump_public_cache()

    assert FRAGMENT.render({"version": 3}) == "version 3"


def test_after_a_restore_no_fragment_of_before_is_reachable(cached):
    """A restored database brings back an older generation: the new random one is never
    one whose fragments a process still holds."""
    assert FRAGMENT.render({"version": 1}) == "version 1"

    public_cache.start_new_generation()

    assert FRAGMENT.render({"version": 2}) == "version 2"


def test_each_language_keeps_its_own_fragment(cached):
    with translation.override("ru"):
        assert FRAGMENT.render({"version": "ru"}) == "version ru"
    with translation.override("en"):
        assert FRAGMENT.render({"version": "en"}) == "version en"
    with translation.override("ru"):
        assert FRAGMENT.render({"version": "?"}) == "version ru"


def test_without_the_page_cache_fragments_are_always_fresh():
    assert FRAGMENT.render({"version": 1}) == "version 1"
    assert FRAGMENT.render({"version": 2}) == "version 2"
