"""The right of access (152-FZ art. 14): one entrepreneur's data as JSON."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from desk.services.cases import case_add_note
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def entrepreneur(office, officer):
    entrepreneur = factories.EntrepreneurFactory(
        name="Анна Иванова", email="anna@example.org", offices=[office]
    )
    case = factories.CaseFactory(office=office, entrepreneur=entrepreneur, question="Кафе?")
    case_add_note(case=case, user=officer, text="Перезвонить")
    factories.ReferralFactory(case=case, shared_data="Анна, телефон")
    factories.CaseFactory(office=office, question="Чужой вопрос")  # someone else's
    return entrepreneur


def test_the_export_holds_the_person_consents_cases_events_and_referrals(
    client, officer, entrepreneur
):
    client.force_login(officer)
    response = client.get(reverse("desk:entrepreneur_export", kwargs={"pk": entrepreneur.pk}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["entrepreneur"]["name"] == "Анна Иванова"
    assert data["entrepreneur"]["email"] == "anna@example.org"
    assert [consent["channel"] for consent in data["consents"]] == ["walk_in"]
    [case] = data["cases"]
    assert case["question"] == "Кафе?"
    assert "Перезвонить" in [event["text"] for event in case["events"]]
    assert case["referrals"][0]["shared_data"] == "Анна, телефон"
    assert "Чужой вопрос" not in response.content.decode()


def test_an_officer_of_another_office_gets_a_404(client, other_officer, entrepreneur):
    client.force_login(other_officer)
    url = reverse("desk:entrepreneur_export", kwargs={"pk": entrepreneur.pk})
    assert client.get(url).status_code == 404


def test_an_editor_may_not_export(client, editor, entrepreneur):
    client.force_login(editor)
    url = reverse("desk:entrepreneur_export", kwargs={"pk": entrepreneur.pk})
    assert client.get(url).status_code == 403


def test_the_command_prints_the_same_json(entrepreneur):
    out = StringIO()
    call_command("export_entrepreneur", str(entrepreneur.pk), stdout=out)
    assert json.loads(out.getvalue())["entrepreneur"]["name"] == "Анна Иванова"
    with pytest.raises(CommandError):
        call_command("export_entrepreneur", "999999", stdout=StringIO())


def test_an_officer_exports_only_the_cases_of_their_offices(
    client, officer, other_office, other_officer, entrepreneur
):
    """An entrepreneur known to two offices: the desk's export is this officer's view of
    them, like the entrepreneur's page; another office's cases, notes and referrals stay
    that office's, on its own record of the taxpayer, linked for the figures only (the
    whole of one record is `manage.py entrepreneur_export`'s)."""
    from desk.models import Entrepreneur

    Entrepreneur.objects.filter(pk=entrepreneur.pk).update(inn="500100732259")
    record_of_b = factories.EntrepreneurFactory(
        name="Анна Иванова", inn="500100732259", offices=[other_office]
    )
    Entrepreneur.objects.filter(pk=record_of_b.pk).update(first_record=entrepreneur)
    theirs = factories.CaseFactory(
        office=other_office, entrepreneur=record_of_b, question="Вопрос другого офиса"
    )
    case_add_note(case=theirs, user=other_officer, text="Заметка другого офиса")
    client.force_login(officer)

    response = client.get(reverse("desk:entrepreneur_export", kwargs={"pk": entrepreneur.pk}))

    assert [case["question"] for case in json.loads(response.content)["cases"]] == ["Кафе?"]
    assert "другого офиса" not in response.content.decode()
