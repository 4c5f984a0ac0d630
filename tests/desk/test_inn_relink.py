"""An INN put right in the back-office links the records of the taxpayer again.

The figures count the records that several offices keep of one taxpayer as one person:
each later record points to the first (`Entrepreneur.first_record`), set by the intake
from the INN. When an INN is changed, set or cleared in the admin, the records of the old
and of the new INN are linked again as the intake would have linked them, the dashboards'
stored months of their cases are computed again, and the officer who changed it learns
nothing of any other office's record.

Records: `first` (office A, the earliest), `second` (office B), `third` (office C), all of
one INN; `other` (office D) of another INN.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from desk.models import Case, Entrepreneur
from desk.services.entrepreneurs import taxpayer_relink
from tests import factories
from tests.admin_forms import form_data, form_errors

pytestmark = pytest.mark.django_db

INN = "500100732259"
OTHER_INN = "7707083893"
ANOTHER_INN = "526317984689"


@pytest.fixture
def third_office(db):
    return factories.OfficeFactory(slug="office-c", name="Офис В", name_en="Office C")


def _record(office, inn, days_ago, name):
    record = factories.EntrepreneurFactory(name=name, inn=inn, offices=[office])
    Entrepreneur.objects.filter(pk=record.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )
    return record


@pytest.fixture
def fourth_office(db):
    return factories.OfficeFactory(slug="office-d", name="Офис Г", name_en="Office D")


@pytest.fixture
def officer_of_d(fourth_office):
    from infopoint import roles
    from tests.conftest import _staff

    return _staff("officer_of_d", roles.OFFICER, [fourth_office])


@pytest.fixture
def records(office, other_office, third_office, fourth_office):
    first = _record(office, INN, 30, "Первая")
    second = _record(other_office, INN, 20, "Вторая")
    third = _record(third_office, INN, 10, "Третья")
    other = _record(fourth_office, OTHER_INN, 25, "Другая")
    Entrepreneur.objects.filter(pk__in=[second.pk, third.pk]).update(first_record=first)
    return {"first": first, "second": second, "third": third, "other": other}


def links():
    return dict(Entrepreneur.objects.order_by("pk").values_list("name", "first_record__name"))


def change_inn(client, user, record, inn):
    client.force_login(user)
    url = reverse("admin:desk_entrepreneur_change", args=[record.pk])
    return client.post(url, form_data(client.get(url)) | {"inn": inn})


@pytest.mark.parametrize("persona", ["officer_of_d", "admin_user"])
def test_an_inn_put_right_to_one_another_office_keeps_links_the_records(
    client, request, records, persona
):
    """D's record had a mistyped INN: put right, it is the taxpayer of A's first record,
    and counts as that person."""
    response = change_inn(client, request.getfixturevalue(persona), records["other"], INN)

    assert response.status_code == 302, form_errors(response)
    assert links() == {
        "Первая": None,
        "Вторая": "Первая",
        "Третья": "Первая",
        "Другая": "Первая",
    }


def test_a_record_older_than_the_taxpayers_first_becomes_the_first(client, officer_of_d, records):
    older = _record(records["other"].office, "", 40, "Старшая")
    Entrepreneur.objects.filter(pk=records["other"].pk).delete()

    assert change_inn(client, officer_of_d, older, INN).status_code == 302

    assert links() == {
        "Первая": "Старшая",
        "Вторая": "Старшая",
        "Третья": "Старшая",
        "Старшая": None,
    }


def test_the_first_records_inn_cleared_the_next_one_stands_for_the_taxpayer(
    client, admin_user, records
):
    response = change_inn(client, admin_user, records["first"], "")

    assert response.status_code == 302
    assert links() == {"Первая": None, "Вторая": None, "Третья": "Вторая", "Другая": None}


def test_an_inn_changed_leaves_one_taxpayer_and_joins_another(client, head, records):
    assert change_inn(client, head, records["second"], OTHER_INN).status_code == 302

    # «Другая» (25 days) is older than «Вторая» (20 days): it stands for its taxpayer.
    assert links() == {
        "Первая": None,
        "Вторая": "Другая",
        "Третья": "Первая",
        "Другая": None,
    }


def test_a_first_record_anonymised_since_stays_the_person_of_the_others(records):
    """Anonymising keeps no INN but keeps the figures: the later records still point to
    it, and an INN put right elsewhere in the group does not take that away."""
    first = records["first"]
    Entrepreneur.objects.filter(pk=first.pk).update(inn="", anonymised_at=timezone.now())
    third = records["third"]
    third.inn = ANOTHER_INN
    third.save(update_fields=["inn"])

    taxpayer_relink(record=third, previous_inn=INN)

    assert links() == {"Первая": None, "Вторая": "Первая", "Третья": None, "Другая": None}


def test_the_officer_learns_nothing_of_the_other_offices_records(client, officer_of_d, records):
    """Setting the INN another office recorded reads exactly as setting one nobody did."""
    answers = []
    for inn in (INN, ANOTHER_INN, INN):
        response = change_inn(client, officer_of_d, records["other"], inn)
        answers.append((response.status_code, response["Location"]))
        answers.append(client.get(response["Location"]).content.decode().count("Первая"))

    assert answers == [answers[0], 0, answers[0], 0, answers[0], 0]
    assert links()["Другая"] == "Первая"


@pytest.mark.now("2026-11-20 12:00")
def test_a_relink_makes_the_stored_months_of_the_cases_concerned_stale(
    office, fourth_office, records
):
    """New and returning entrepreneurs depend on the link: the months holding the cases
    of the records concerned are computed again instead of read from the summaries."""
    from datetime import date, datetime

    from monitoring.dashboards import monthly
    from tests.conftest import KALININGRAD

    september = date(2026, 9, 1)
    opened = datetime(2026, 9, 15, 11, tzinfo=KALININGRAD)
    factories.CaseFactory(office=fourth_office, entrepreneur=records["other"], opened_at=opened)
    factories.CaseFactory(office=office, opened_at=opened)
    # Nothing touched since long before the summaries were computed.
    Case.objects.update(updated_at=timezone.now() - timedelta(hours=1))
    for at in (office, fourth_office):
        monthly.refresh_months(office=at, months=[september])
        assert set(monthly.fresh_months(office=at, months=[september])) == {september}

    other = records["other"]
    other.inn = INN
    other.save(update_fields=["inn"])
    taxpayer_relink(record=other, previous_inn=OTHER_INN)

    assert monthly.fresh_months(office=fourth_office, months=[september]) == {}
    assert set(monthly.fresh_months(office=office, months=[september])) == {september}
