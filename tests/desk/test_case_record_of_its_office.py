"""A case stands on its own office's record of the person.

Each office keeps its own record of a person (docs/security.md). Someone who works at both
offices — an officer of A and B, a head of both, an administrator — sees both offices'
records, and could name A's record for a case of B: B's other staff would then read what
A recorded. Every way a case's entrepreneur or office is chosen refuses it: the intake
(form and service), the case page, the admin's case form, the database. A case handed over
to another office is given the receiving office's own record of the person.

Personas: `both` works at office A (`office`) and office B (`other_office`), `head` heads
both, `admin_user` is an administrator; `other_officer` works at B only. `record_at_a` is
A's record of the person, `record_at_b` B's own record of the same taxpayer.
"""

import html
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import translation

from desk.models import Case, Consent, Entrepreneur
from desk.services import cases as case_services
from infopoint import roles
from tests import factories
from tests.admin_forms import form_data, form_errors
from tests.conftest import _staff

INN = "500100732259"
MESSAGES = {
    "ru": "Эта запись о предпринимателе принадлежит другому офису.",
    "en": "This entrepreneur's record belongs to another office.",
}


@pytest.fixture
def both(office, other_office):
    return _staff("both_offices", roles.OFFICER, [office, other_office])


@pytest.fixture
def attackers(both, head, admin_user):
    return {"officer of both offices": both, "head of both": head, "administrator": admin_user}


@pytest.fixture
def record_at_a(office):
    return factories.EntrepreneurFactory(
        name="Ирина Орлова",
        phone="+79115550001",
        email="irina@example.org",
        inn=INN,
        offices=[office],
    )


@pytest.fixture
def record_at_b(other_office, record_at_a):
    return factories.EntrepreneurFactory(
        name="Ирина О.", inn=INN, first_record=record_at_a, offices=[other_office]
    )


def intake_url(language="ru"):
    with translation.override(language):
        return reverse("desk:intake")


def walk_in(office, **extra):
    return {
        "question": "Как перейти на патент?",
        "channel": "walk_in",
        "office": office.pk,
        "idempotency_key": str(uuid.uuid4()),
        **extra,
    }


# --- the intake -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_intake_refuses_another_offices_record_for_a_case_at_b(
    client, attackers, other_office, record_at_a, language
):
    for persona, user in attackers.items():
        client.force_login(user)
        response = client.post(
            intake_url(language), walk_in(other_office, entrepreneur=record_at_a.pk)
        )

        assert response.status_code == 400, persona
        form = response.context["form"]
        assert form.has_error("entrepreneur", "entrepreneur_of_another_office"), persona
        assert MESSAGES[language] in html.unescape(response.content.decode()), persona
    assert not Case.objects.exists()
    assert list(record_at_a.offices.all()) == [record_at_a.office]


def test_the_intake_takes_each_offices_own_record(
    client, both, office, other_office, record_at_a, record_at_b
):
    client.force_login(both)

    at_a = client.post(intake_url(), walk_in(office, entrepreneur=record_at_a.pk))
    at_b = client.post(intake_url(), walk_in(other_office, entrepreneur=record_at_b.pk))

    assert (at_a.status_code, at_b.status_code) == (302, 302)
    assert dict(Case.objects.values_list("office", "entrepreneur")) == {
        office.pk: record_at_a.pk,
        other_office.pk: record_at_b.pk,
    }
    assert list(record_at_a.offices.all()) == [office]


def test_the_lookup_offers_only_the_records_of_the_office_chosen_on_the_form(
    client, both, office, other_office, record_at_a, record_at_b
):
    client.force_login(both)
    lookup = reverse("desk:entrepreneur_lookup")

    anywhere = client.get(lookup, {"q": INN}).content.decode()
    at_b = client.get(lookup, {"q": INN, "office": other_office.pk}).content.decode()
    odd = client.get(lookup, {"q": INN, "office": "b"})

    assert record_at_a.get_absolute_url() in anywhere
    assert record_at_b.get_absolute_url() in anywhere
    assert record_at_b.get_absolute_url() in at_b
    assert record_at_a.get_absolute_url() not in at_b
    assert odd.status_code == 200 and "/entrepreneurs/" not in odd.content.decode()
    assert 'hx-include="#id_office"' in client.get(intake_url()).content.decode()


def test_a_person_known_at_a_is_recorded_at_b_without_a_dead_end(
    client, both, office, other_office, record_at_a
):
    """The duplicate check looks among the case's office's records only: it used to
    offer A's record for a case at B, which the case may not take."""
    client.force_login(both)

    response = client.post(
        intake_url(),
        walk_in(other_office, name="Ирина Орлова", phone="+79115550001", consent="on"),
    )

    assert response.status_code == 302
    case = Case.objects.select_related("entrepreneur").get()
    assert case.office == other_office
    assert case.entrepreneur.office == other_office
    assert case.entrepreneur != record_at_a


def test_the_intake_service_refuses_another_offices_record(other_office, record_at_a):
    with pytest.raises(ValidationError) as refused:
        case_services.case_intake(
            office=other_office, channel="walk_in", question="?", entrepreneur=record_at_a
        )
    assert refused.value.code == "entrepreneur_of_another_office"
    assert not Case.objects.exists()


# --- the case page ----------------------------------------------------------------------


def test_the_case_page_never_changes_a_cases_office_or_entrepreneur(
    client, attackers, office, other_office, record_at_a, record_at_b
):
    case = factories.CaseFactory(office=other_office, entrepreneur=record_at_b)
    for persona, user in attackers.items():
        client.force_login(user)
        version = Case.objects.get(pk=case.pk).version
        response = client.post(
            reverse("desk:case_edit", args=[case.pk]),
            {
                "question": f"Вопрос ({persona})",
                "channel": "walk_in",
                "version": version,
                "entrepreneur": record_at_a.pk,
                "office": office.pk,
            },
        )
        assert response.status_code == 302, persona
    case.refresh_from_db()
    assert (case.office, case.entrepreneur) == (other_office, record_at_b)
    assert case.question == "Вопрос (administrator)"


def test_the_edit_service_refuses_another_offices_record(
    admin_user, other_office, record_at_a, record_at_b
):
    case = factories.CaseFactory(office=other_office, entrepreneur=record_at_b)
    with pytest.raises(ValidationError) as refused:
        case_services.case_update(
            case=case,
            expected_version=case.version,
            user=admin_user,
            data={"entrepreneur": record_at_a},
        )
    assert refused.value.code == "entrepreneur_of_another_office"
    case.refresh_from_db()
    assert (case.entrepreneur, case.version) == (record_at_b, 1)


# --- the admin's case form --------------------------------------------------------------


def admin_change(case):
    return reverse("admin:desk_case_change", args=[case.pk])


def test_the_admins_case_form_refuses_another_offices_record(
    client, attackers, other_office, record_at_a, record_at_b
):
    case = factories.CaseFactory(office=other_office, entrepreneur=record_at_b)
    for persona, user in attackers.items():
        client.force_login(user)
        data = form_data(client.get(admin_change(case))) | {"entrepreneur": record_at_a.pk}

        response = client.post(admin_change(case), data)

        assert response.status_code == 200, persona
        assert "entrepreneur" in form_errors(response), persona
        assert MESSAGES["ru"] in response.text, persona
    case.refresh_from_db()
    assert (case.office, case.entrepreneur) == (other_office, record_at_b)


def test_a_case_moved_in_the_admin_with_another_offices_record_is_refused(
    client, attackers, office, other_office, record_at_a, record_at_b
):
    """Office and entrepreneur changed together: the case at B would move to A on A's
    record, which the hand-over makes or finds itself; naming a record is refused."""
    case = factories.CaseFactory(office=other_office, entrepreneur=record_at_b)
    somebody_at_a = factories.EntrepreneurFactory(offices=[office])
    for persona, user in attackers.items():
        client.force_login(user)
        data = form_data(client.get(admin_change(case))) | {
            "office": office.pk,
            "entrepreneur": somebody_at_a.pk,
            "entrepreneur_agreed": "on",
        }

        response = client.post(admin_change(case), data)

        assert response.status_code == 200, persona
        assert form_errors(response)["entrepreneur"], persona
    case.refresh_from_db()
    assert (case.office, case.entrepreneur) == (other_office, record_at_b)


# --- handing a case over to another office ----------------------------------------------


@pytest.fixture
def case_at_a(office, both, record_at_a):
    case = factories.CaseFactory(
        office=office, entrepreneur=record_at_a, officer=both, status="in_progress"
    )
    factories.FollowUpFactory(case=case, assigned_to=both, text="Перезвонить")
    return case


def test_a_hand_over_needs_the_entrepreneurs_agreement(
    client, both, other_office, case_at_a, record_at_a
):
    client.force_login(both)
    data = form_data(client.get(admin_change(case_at_a))) | {"office": other_office.pk}

    response = client.post(admin_change(case_at_a), data)

    assert response.status_code == 200
    assert form_errors(response)["entrepreneur_agreed"] == [
        "Передача обращения отдаёт данные предпринимателя другому офису: отметьте, что "
        "предприниматель согласен, или оставьте обращение в его офисе."
    ]
    case_at_a.refresh_from_db()
    assert case_at_a.office_id == record_at_a.office_id
    assert Entrepreneur.objects.count() == 1


@pytest.mark.parametrize("persona", ["both", "head", "admin_user"])
def test_a_case_handed_over_to_b_stands_on_a_record_b_makes_of_its_own(
    client, request, office, other_office, other_officer, case_at_a, record_at_a, persona
):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    data = form_data(client.get(admin_change(case_at_a))) | {
        "office": other_office.pk,
        "entrepreneur_agreed": "on",
    }

    response = client.post(admin_change(case_at_a), data)

    assert response.status_code == 302
    case = Case.objects.select_related("entrepreneur").get(pk=case_at_a.pk)
    mine = case.entrepreneur
    assert (case.office, mine.office) == (other_office, other_office)
    assert mine != record_at_a
    assert (mine.name, mine.phone, mine.email, mine.inn) == (
        "Ирина Орлова",
        "+79115550001",
        "irina@example.org",
        INN,
    )
    assert mine.first_record == record_at_a  # one person for the figures
    assert list(mine.offices.all()) == [other_office]
    consent = mine.consents.get()
    assert (consent.recorded_by, consent.withdrawn_at) == (user, None)
    assert list(record_at_a.offices.all()) == [office]  # B never sees A's record
    assert case.version == 2
    assert case.timeline.filter(kind="edit", text="офис: Офис А → Офис Б").exists()
    # Its officer works at B too, and stays on it with their follow-up.
    assert case.officer == case_at_a.officer
    assert case.follow_ups.get().assigned_to == case_at_a.officer
    # B's staff work the case on B's record; A's record stays out of their reach.
    client.force_login(other_officer)
    assert client.get(reverse("desk:case", args=[case.pk])).status_code == 200
    assert client.get(mine.get_absolute_url()).status_code == 200
    assert client.get(record_at_a.get_absolute_url()).status_code == 404


def test_a_case_handed_over_to_an_office_that_knows_the_taxpayer_takes_its_record(
    client, both, other_office, case_at_a, record_at_b
):
    client.force_login(both)
    data = form_data(client.get(admin_change(case_at_a))) | {
        "office": other_office.pk,
        "entrepreneur_agreed": "on",
    }

    assert client.post(admin_change(case_at_a), data).status_code == 302

    case_at_a.refresh_from_db()
    assert (case_at_a.office, case_at_a.entrepreneur) == (other_office, record_at_b)
    assert Entrepreneur.objects.count() == 2
    assert record_at_b.consents.count() == 1


def test_an_officer_who_does_not_work_at_b_leaves_the_case_and_its_follow_ups(
    admin_user, office, other_office, officer, record_at_a
):
    case = factories.CaseFactory(
        office=office, entrepreneur=record_at_a, officer=officer, status="in_progress"
    )
    follow_up = factories.FollowUpFactory(case=case, assigned_to=officer)

    case_services.case_move(
        case=case, office=other_office, user=admin_user, entrepreneur_agreed=True
    )

    case.refresh_from_db()
    follow_up.refresh_from_db()
    assert (case.office, case.officer, follow_up.assigned_to) == (other_office, None, None)


def test_a_case_handed_over_without_its_entrepreneur_is_anonymous_at_b(
    client, both, other_office, case_at_a, record_at_a
):
    client.force_login(both)
    data = form_data(client.get(admin_change(case_at_a))) | {"office": other_office.pk}
    del data["entrepreneur"]

    assert client.post(admin_change(case_at_a), data).status_code == 302

    case_at_a.refresh_from_db()
    assert (case_at_a.office, case_at_a.entrepreneur) == (other_office, None)
    assert Entrepreneur.objects.count() == 1


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("closed", "move_not_open"),
        ("booked", "move_booked"),
        ("withdrawn", "move_consent_withdrawn"),
    ],
)
def test_what_cannot_be_handed_over(
    client, both, office, other_office, case_at_a, record_at_a, setup, code
):
    if setup == "closed":
        Case.objects.filter(pk=case_at_a.pk).update(
            status="closed", resolved_at=case_at_a.opened_at, closed_at=case_at_a.opened_at
        )
    elif setup == "booked":
        factories.AppointmentFactory(case=case_at_a, office=office)
    else:
        Consent.objects.filter(entrepreneur=record_at_a).update(withdrawn_at=case_at_a.opened_at)
    client.force_login(both)
    data = form_data(client.get(admin_change(case_at_a))) | {
        "office": other_office.pk,
        "entrepreneur_agreed": "on",
    }

    response = client.post(admin_change(case_at_a), data)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert any(form.has_error(field, code) for field in ("office", "entrepreneur_agreed"))
    with pytest.raises(ValidationError) as refused:
        case_services.case_move(
            case=case_at_a, office=other_office, user=both, entrepreneur_agreed=True
        )
    assert refused.value.code == code
    case_at_a.refresh_from_db()
    assert case_at_a.office == office


# --- the database -----------------------------------------------------------------------


def test_the_database_refuses_a_case_on_another_offices_record(
    office, other_office, record_at_a, record_at_b
):
    case = factories.CaseFactory(office=other_office, entrepreneur=record_at_b)
    no_inn = factories.EntrepreneurFactory(offices=[other_office])
    factories.CaseFactory(office=other_office, entrepreneur=no_inn)

    for write in (
        lambda: Case.objects.filter(pk=case.pk).update(entrepreneur=record_at_a),
        lambda: Case.objects.filter(pk=case.pk).update(office=office),
        lambda: Entrepreneur.objects.filter(pk=no_inn.pk).update(office=office),
    ):
        with pytest.raises(IntegrityError) as refused, transaction.atomic():
            write()
        assert "case_entrepreneur_of_its_office" in str(refused.value)


def test_the_migration_gives_each_case_that_stood_on_another_offices_record_its_own(
    office, other_office, officer
):
    """Before each office kept its own record, one record served the cases of every
    office that saw the person. Each such case of B now stands on B's record of the
    taxpayer if B keeps one, else on a copy of what B saw, consents included."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("desk.migrations.0017_case_entrepreneur_of_its_office")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS case_entrepreneur_of_its_office DEFERRED")
    third = factories.OfficeFactory(slug="office-c")
    shared = factories.EntrepreneurFactory(
        name="Общая Запись", inn=INN, offices=[office, other_office, third]
    )
    shared.consents.update(recorded_by=officer)
    at_a = factories.CaseFactory(office=office, entrepreneur=shared)
    at_b = factories.CaseFactory(office=other_office, entrepreneur=shared)
    again_at_b = factories.CaseFactory(office=other_office, entrepreneur=shared)
    own_at_c = factories.EntrepreneurFactory(name="Своя у В", inn=INN, offices=[third])
    at_c = factories.CaseFactory(office=third, entrepreneur=shared)
    no_office = factories.EntrepreneurFactory(name="Без офиса")
    lone = factories.CaseFactory(office=third, entrepreneur=no_office)
    Entrepreneur.objects.filter(pk=no_office.pk).update(office=None)

    migration.give_each_case_a_record_of_its_office(apps, None)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS case_entrepreneur_of_its_office IMMEDIATE")

    records = dict(Case.objects.values_list("pk", "entrepreneur"))
    copy = Entrepreneur.objects.get(office=other_office)
    assert records == {
        at_a.pk: shared.pk,
        at_b.pk: copy.pk,
        again_at_b.pk: copy.pk,
        at_c.pk: own_at_c.pk,
        lone.pk: no_office.pk,
    }
    assert (copy.name, copy.inn, copy.first_record, copy.created_at) == (
        "Общая Запись",
        INN,
        shared,
        shared.created_at,
    )
    assert list(copy.consents.values_list("recorded_by", "text_version")) == [
        (officer.pk, "2026-01")
    ]
    assert list(shared.offices.all()) == [office]
    assert list(copy.offices.all()) == [other_office]
    assert Entrepreneur.objects.get(pk=no_office.pk).office == third


# --- the entrepreneur's admin -----------------------------------------------------------


def test_nobody_shows_one_offices_record_to_another_office_in_the_admin(
    client, attackers, office, other_office, other_officer, record_at_a
):
    url = reverse("admin:desk_entrepreneur_change", args=[record_at_a.pk])
    for persona, user in attackers.items():
        client.force_login(user)
        page = client.get(url)
        assert 'name="offices"' not in page.text, persona
        data = form_data(page) | {"offices": [office.pk, other_office.pk], "sector": persona}

        response = client.post(url, data)

        assert response.status_code == 302, (persona, form_errors(response))
    record_at_a.refresh_from_db()
    assert record_at_a.sector == "administrator"
    assert list(record_at_a.offices.all()) == [office]
    client.force_login(other_officer)
    assert client.get(record_at_a.get_absolute_url()).status_code == 404
