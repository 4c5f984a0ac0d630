"""The service regulation: composed from each public office's standard, opening hours and
channels; every change of a standard is a dated version that stays readable."""

import io
from datetime import datetime, time

import pytest
from django.apps import apps
from django.urls import reverse
from pypdf import PdfReader

from tests import factories
from tests.conftest import KALININGRAD


@pytest.fixture
def standard(office):
    """Office A promised 2 working days on 1 March 2026 and 1 day from 1 October."""
    standard = factories.ServiceStandardFactory(
        office=office, first_answer_days=2, resolution_days=6, partner_answer_days=4
    )
    factories.OpeningHoursFactory(office=office, weekday=1, opens=time(10), closes=time(13))
    history = apps.get_model("desk", "ServiceStandardHistory")
    # PostgreSQL stamps the snapshots with its own clock: date them as they would be.
    history.objects.filter(pgh_obj=standard).update(
        pgh_created_at=datetime(2026, 3, 1, 12, tzinfo=KALININGRAD)
    )
    standard.first_answer_days, standard.resolution_days = 1, 5
    standard.save(update_fields=["first_answer_days", "resolution_days"])
    history.objects.filter(pgh_obj=standard, first_answer_days=1).update(
        pgh_created_at=datetime(2026, 10, 1, 12, tzinfo=KALININGRAD)
    )
    return standard


def test_the_regulation_shows_the_current_standard_and_lists_the_versions(client, standard):
    page = client.get(reverse("monitoring:regulation")).content.decode()

    assert "Офис А" in page
    assert "Первый ответ — в течение 1 рабочего дня." in page
    assert "10:00–13:00" in page
    assert "?version=2026-10-01" in page and "?version=2026-03-01" in page
    assert "59-ФЗ" in page


def test_an_old_version_stays_readable(client, standard):
    url = reverse("monitoring:regulation") + "?version=2026-03-01"

    page = client.get(url).content.decode()

    assert "Первый ответ — в течение 2 рабочих дней." in page
    assert "Версия от 1 марта 2026 г." in page


@pytest.mark.parametrize("version", ["2026-05-05", "вчера", "2026-02-30"])
def test_a_day_that_is_not_a_version_is_not_found(client, standard, version):
    response = client.get(reverse("monitoring:regulation"), {"version": version})

    assert response.status_code == 404


def test_the_offices_pages_link_the_regulation(client, standard, office):
    url = reverse("monitoring:regulation")

    assert url in client.get(reverse("desk:offices")).content.decode()
    assert url in client.get(office.get_absolute_url()).content.decode()
    assert "Регламент" in client.get(reverse("desk:offices")).content.decode()


def test_the_regulation_pdf_is_tagged_and_holds_the_chosen_version(client, standard):
    response = client.get(reverse("monitoring:regulation_pdf"), {"version": "2026-03-01"})

    pdf = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert "/StructTreeRoot" in pdf.trailer["/Root"]
    assert pdf.trailer["/Root"]["/Lang"] == "ru"
    assert pdf.metadata.title == "Регламент обслуживания"
    assert "2 рабочих дней" in text


def test_the_regulation_query_count_does_not_grow_with_the_offices(
    client, standard, django_assert_num_queries
):
    client.get(reverse("monitoring:regulation"))
    for number in range(3):
        office = factories.OfficeFactory(slug=f"extra-{number}", is_public=True)
        factories.ServiceStandardFactory(office=office)
        factories.OpeningHoursFactory(office=office)

    # 1 the versions, 2 the offices with their latest snapshot, 3 their opening hours,
    # 4 the snapshots; then the layout's footer office and its opening hours.
    with django_assert_num_queries(6):
        client.get(reverse("monitoring:regulation"))
