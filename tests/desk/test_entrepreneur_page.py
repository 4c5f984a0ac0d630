"""The entrepreneur page and the admin's scoping."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from desk.models import Entrepreneur
from desk.services import cases as case_services
from tests import factories


def test_the_entrepreneur_page_shows_consent_and_the_cases_of_my_offices(
    client, officer, office, other_office, entrepreneur
):
    """Another office's case of the same taxpayer stands on that office's own record."""
    Entrepreneur.objects.filter(pk=entrepreneur.pk).update(inn="500100732259")
    mine = factories.CaseFactory(office=office, entrepreneur=entrepreneur)
    theirs = factories.EntrepreneurFactory(
        name=entrepreneur.name, inn="500100732259", offices=[other_office]
    )
    elsewhere = factories.CaseFactory(office=other_office, entrepreneur=theirs)
    client.force_login(officer)
    response = client.get(reverse("desk:entrepreneur", kwargs={"pk": entrepreneur.pk}))
    content = response.content.decode()
    assert mine.reference in content
    assert elsewhere.reference not in content
    assert "2026-01" in content


def test_the_admin_lists_only_the_cases_and_entrepreneurs_of_my_offices(
    client, officer, office, other_office
):
    mine = factories.CaseFactory(office=office)
    theirs = factories.CaseFactory(office=other_office)
    person = factories.EntrepreneurFactory(name="Свой Человек", offices=[office])
    stranger = factories.EntrepreneurFactory(name="Чужой Человек", offices=[other_office])
    client.force_login(officer)
    cases = client.get(reverse("admin:desk_case_changelist")).content.decode()
    assert mine.reference in cases and theirs.reference not in cases
    people = client.get(reverse("admin:desk_entrepreneur_changelist")).content.decode()
    assert person.name in people and stranger.name not in people
    other_case = reverse("admin:desk_case_change", args=[theirs.pk])
    assert client.get(other_case).status_code == 302  # the admin's "does not exist" redirect


def test_nobody_can_delete_a_case_in_the_admin(client, admin_user, office):
    case = factories.CaseFactory(office=office)
    client.force_login(admin_user)
    response = client.get(reverse("admin:desk_case_delete", args=[case.pk]))
    assert response.status_code == 403


def withdraw_url(entrepreneur):
    return reverse("desk:consent_withdraw", kwargs={"pk": entrepreneur.pk})


def test_the_entrepreneur_page_links_to_withdrawing_consent(client, officer, entrepreneur):
    client.force_login(officer)
    response = client.get(entrepreneur.get_absolute_url())
    assert withdraw_url(entrepreneur) in response.content.decode()


def test_withdrawing_consent_asks_first_and_changes_nothing_on_get(client, officer, entrepreneur):
    client.force_login(officer)
    response = client.get(withdraw_url(entrepreneur))
    assert response.status_code == 200
    assert '<form method="post">' in response.content.decode()
    assert entrepreneur.consents.get().withdrawn_at is None


def test_an_officer_of_the_office_withdraws_consent_and_the_history_names_them(
    client, officer, entrepreneur
):
    client.force_login(officer)
    response = client.post(withdraw_url(entrepreneur))
    assert response.status_code == 302
    assert response["Location"] == entrepreneur.get_absolute_url()
    consent = entrepreneur.consents.get()
    assert consent.withdrawn_at is not None
    event = consent.history.get(pgh_label="update")
    assert event.withdrawn_at == consent.withdrawn_at
    assert event.pgh_context.metadata["user"] == officer.pk
    page = client.get(entrepreneur.get_absolute_url()).content.decode()
    assert "Согласие отозвано" in page
    with pytest.raises(ValidationError):
        case_services.case_intake(
            office=entrepreneur.offices.get(),
            channel="phone",
            question="?",
            entrepreneur=entrepreneur,
        )


def test_withdrawing_again_changes_nothing(client, officer, entrepreneur):
    client.force_login(officer)
    client.post(withdraw_url(entrepreneur))
    withdrawn_at = entrepreneur.consents.get().withdrawn_at
    response = client.get(withdraw_url(entrepreneur))
    assert "нет действующего согласия" in response.content.decode()
    client.post(withdraw_url(entrepreneur))
    assert entrepreneur.consents.get().withdrawn_at == withdrawn_at


def test_an_officer_of_another_office_cannot_withdraw_consent(client, other_officer, entrepreneur):
    client.force_login(other_officer)
    assert client.get(withdraw_url(entrepreneur)).status_code == 404
    assert client.post(withdraw_url(entrepreneur)).status_code == 404
    assert entrepreneur.consents.get().withdrawn_at is None


def test_anonymous_visitors_and_editors_cannot_withdraw_consent(client, editor, entrepreneur):
    response = client.post(withdraw_url(entrepreneur))
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    client.force_login(editor)
    assert client.post(withdraw_url(entrepreneur)).status_code == 403
    assert entrepreneur.consents.get().withdrawn_at is None
