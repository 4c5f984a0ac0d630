"""Nobody joins an office through the back-office, and no
admin form accepts an object of an office the user does not work in."""

import pytest
from django.urls import reverse

from desk.models import Case, FollowUp, Office, ServiceStandard
from tests import factories
from tests.admin_forms import form_data, form_errors, new_inline_form

pytestmark = pytest.mark.django_db


def _office_change(office):
    return reverse("admin:desk_office_change", args=[office.pk])


@pytest.fixture
def other_case(other_office):
    entrepreneur = factories.EntrepreneurFactory(
        name="Чужой Предприниматель", offices=[other_office]
    )
    return factories.CaseFactory(office=other_office, entrepreneur=entrepreneur)


def test_an_officer_cannot_join_another_office_nor_read_its_data(
    client, officer, other_office, other_case
):
    client.force_login(officer)

    page = client.get(_office_change(other_office))
    response = client.post(
        _office_change(other_office),
        {"name": other_office.name, "slug": other_office.slug, "staff": [officer.pk]},
    )

    # The office is outside the officer's scope: the admin's "no such object" redirect.
    assert (page.status_code, page["Location"]) == (302, reverse("admin:index"))
    assert (response.status_code, response["Location"]) == (302, reverse("admin:index"))
    assert not other_office.staff.contains(officer)
    export = reverse("desk:entrepreneur_export", args=[other_case.entrepreneur.pk])
    assert client.get(export).status_code == 404
    assert client.get(reverse("desk:case", args=[other_case.pk])).status_code == 404


def test_an_officer_cannot_add_or_delete_offices_nor_touch_service_standards(
    client, officer, office
):
    standard = factories.ServiceStandardFactory(office=office)
    client.force_login(officer)

    answers = [
        client.post(reverse("admin:desk_office_add"), {"name": "Новый", "slug": "new"}),
        client.post(reverse("admin:desk_office_delete", args=[office.pk]), {"post": "yes"}),
        client.post(
            reverse("admin:desk_servicestandard_change", args=[standard.pk]),
            {"office": office.pk, "first_answer_days": 30, "resolution_days": 60},
        ),
        client.post(
            reverse("admin:desk_servicestandard_delete", args=[standard.pk]), {"post": "yes"}
        ),
    ]

    assert [answer.status_code for answer in answers] == [403, 403, 403, 403]
    assert Office.objects.filter(pk=office.pk).exists()
    assert not Office.objects.filter(slug="new").exists()
    standard.refresh_from_db()
    assert standard.resolution_days == 5


def test_a_head_cannot_staff_themselves_in_an_office_they_do_not_head(
    client, head_of_office, other_office
):
    client.force_login(head_of_office)

    response = client.post(
        _office_change(other_office),
        {"name": other_office.name, "slug": other_office.slug, "staff": [head_of_office.pk]},
    )

    # The office is outside the head's scope: the admin answers as for a missing object.
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert not other_office.staff.contains(head_of_office)


def test_a_head_edits_their_office_but_not_who_works_there(
    client, head_of_office, office, colleague, other_officer
):
    client.force_login(head_of_office)
    page = client.get(_office_change(office))
    data = form_data(page) | {"phone": "+7 4012 00-00-00", "staff": [other_officer.pk]}

    response = client.post(_office_change(office), data)

    assert response.status_code == 302, form_errors(response)
    office.refresh_from_db()
    assert office.phone == "+7 4012 00-00-00"
    assert set(office.staff.values_list("username", flat=True)) == {
        "head_of_office",
        "colleague",
    }


def test_an_administrator_staffs_others_but_not_themselves(
    client, admin_user, office, other_officer
):
    client.force_login(admin_user)
    data = form_data(client.get(_office_change(office)))

    joined = client.post(_office_change(office), data | {"staff": [admin_user.pk]})
    staffed = client.post(_office_change(office), data | {"staff": [other_officer.pk]})

    assert form_errors(joined)["staff"] == [
        "Никто не меняет своё членство в офисе; попросите другого администратора."
    ]
    assert not office.staff.contains(admin_user)
    assert staffed.status_code == 302
    assert office.staff.contains(other_officer)


def test_the_entrepreneur_of_a_case_cannot_come_from_another_office(
    client, officer, office, other_case
):
    case = factories.CaseFactory(office=office)
    client.force_login(officer)
    url = reverse("admin:desk_case_change", args=[case.pk])
    data = form_data(client.get(url)) | {"entrepreneur": other_case.entrepreneur.pk}

    response = client.post(url, data)

    assert response.status_code == 200
    assert "entrepreneur" in form_errors(response)
    assert "Чужой Предприниматель" not in response.text
    case.refresh_from_db()
    assert case.entrepreneur_id is None


def test_a_follow_up_cannot_be_added_to_another_offices_case(client, officer, other_case):
    client.force_login(officer)
    url = reverse("admin:desk_followup_add")
    data = form_data(client.get(url)) | {
        "case": other_case.pk,
        "due_date": "2030-01-10",
        "text": "Перезвонить",
    }

    response = client.post(url, data)

    assert response.status_code == 200
    assert "case" in form_errors(response)
    assert not FollowUp.objects.filter(case=other_case).exists()


def test_a_follow_up_of_my_case_cannot_be_assigned_to_another_offices_officer(
    client, officer, office, other_officer
):
    case = factories.CaseFactory(office=office)
    client.force_login(officer)
    url = reverse("admin:desk_case_change", args=[case.pk])
    page = client.get(url)
    data = form_data(page)
    prefix = new_inline_form(page, data, FollowUp)
    data |= {
        f"{prefix}assigned_to": other_officer.pk,
        f"{prefix}due_date": "2030-01-10",
        f"{prefix}text": "Перезвонить",
    }

    response = client.post(url, data)

    assert f"{prefix}assigned_to" in form_errors(response)
    assert not FollowUp.objects.filter(case=case).exists()


def test_saving_an_entrepreneur_keeps_the_offices_the_officer_cannot_see(
    client, officer, office, other_office
):
    entrepreneur = factories.EntrepreneurFactory(offices=[office, other_office])
    client.force_login(officer)
    url = reverse("admin:desk_entrepreneur_change", args=[entrepreneur.pk])
    page = client.get(url)

    response = client.post(url, form_data(page) | {"business_name": "ИП Сидоров"})

    assert response.status_code == 302, form_errors(response)
    assert other_office.name not in page.text
    assert set(entrepreneur.offices.all()) == {office, other_office}


def test_the_case_list_and_autocomplete_show_only_my_offices(client, officer, office, other_case):
    mine = factories.CaseFactory(office=office)
    client.force_login(officer)

    changelist = client.get(reverse("admin:desk_case_changelist"))
    lookup = client.get(
        reverse("admin:desk_entrepreneur_changelist"), {"_to_field": "id", "_popup": "1"}
    )

    assert list(changelist.context["cl"].result_list) == [mine]
    assert other_case.entrepreneur not in lookup.context["cl"].result_list
    assert Case.objects.count() == 2
    assert ServiceStandard.objects.count() == 0


def test_the_autocomplete_endpoint_finds_only_my_offices_entrepreneurs(
    client, officer, office, other_case
):
    mine = factories.EntrepreneurFactory(name="Свой Предприниматель", offices=[office])
    client.force_login(officer)

    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "desk",
            "model_name": "case",
            "field_name": "entrepreneur",
            "term": "Предприниматель",
        },
    )

    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [str(mine.pk)]


def test_an_admin_action_ignores_selected_items_of_another_office(
    client, officer, office, other_office
):
    mine = factories.ResponseFactory(invitation=factories.InvitationFactory(office_id=office.pk))
    theirs = factories.ResponseFactory(
        invitation=factories.InvitationFactory(office_id=other_office.pk)
    )
    client.force_login(officer)

    client.post(
        reverse("admin:feedback_response_changelist"),
        {"action": "mark_needs_action", "_selected_action": [mine.pk, theirs.pk]},
    )

    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.needs_action, theirs.needs_action) == (True, False)


def test_nobody_records_a_person_in_the_back_office_without_their_consent(client, officer, office):
    """The admin's add form took a name, phone and INN and recorded no consent; people are
    recorded at the intake, which asks for it."""
    from desk.models import Entrepreneur

    client.force_login(officer)
    url = reverse("admin:desk_entrepreneur_add")

    shown = client.get(url)
    posted = client.post(
        url, {"name": "Без согласия", "phone": "+79001234567", "offices": [office.pk]}
    )

    assert (shown.status_code, posted.status_code) == (403, 403)
    assert not Entrepreneur.objects.filter(name="Без согласия").exists()
