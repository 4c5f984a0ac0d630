"""Pieces of pages rendered once per generation and language (infopoint/fragments.py).

The officer's client has a session, so the page cache never serves it: what it gets is a
fresh page assembled from the fragments.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from infopoint import fragments, public_cache
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


def test_a_fragment_is_rendered_again_after_its_timeout(cached, monkeypatch):
    rendered = []

    def render():
        rendered.append(1)
        return f"version {len(rendered)}"

    clock = [1000.0]
    monkeypatch.setattr(fragments.time, "monotonic", lambda: clock[0])

    assert fragments.fragment(("events",), render, timeout=60) == "version 1"
    clock[0] += 59
    assert fragments.fragment(("events",), render, timeout=60) == "version 1"
    clock[0] += 2
    assert fragments.fragment(("events",), render, timeout=60) == "version 2"


def test_a_bump_renders_every_fragment_again(cached):
    rendered = []

    def render():
        rendered.append(1)
        return f"version {len(rendered)}"

    assert fragments.fragment(("footer",), render) == "version 1"
    assert fragments.fragment(("footer",), render) == "version 1"

    public_cache.bump_public_cache()

    assert fragments.fragment(("footer",), render) == "version 2"


def test_without_the_page_cache_nothing_bumps_so_fragments_are_always_fresh(settings):
    settings.PUBLIC_CACHE_ENABLED = False
    rendered = []

    def render():
        rendered.append(1)
        return "footer"

    fragments.fragment(("footer",), render)
    fragments.fragment(("footer",), render)

    assert len(rendered) == 2


def test_the_least_recently_used_fragment_makes_room(cached, monkeypatch):
    monkeypatch.setattr(fragments._store, "limits", (2, fragments.SIZE))
    rendered = []

    def render(name):
        def inner():
            rendered.append(name)
            return name

        return inner

    for name in ["a", "b", "a", "c", "a", "b"]:
        fragments.fragment((name,), render(name))

    assert rendered == ["a", "b", "c", "b"]
