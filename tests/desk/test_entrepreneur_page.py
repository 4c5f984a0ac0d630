"""The entrepreneur page and the admin's scoping."""

from django.urls import reverse

from tests import factories


def test_the_entrepreneur_page_shows_consent_and_the_cases_of_my_offices(
    client, officer, office, other_office, entrepreneur
):
    mine = factories.CaseFactory(office=office, entrepreneur=entrepreneur)
    entrepreneur.offices.add(other_office)
    elsewhere = factories.CaseFactory(office=other_office, entrepreneur=entrepreneur)
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
