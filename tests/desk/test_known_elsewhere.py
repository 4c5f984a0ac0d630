"""A person who consulted office A walks into office B and consents to be recorded there.

Office B keeps a record of its own, with what the person told B: nothing B sees — the
intake's answer, the lookup, the entrepreneur page, the export, the admin — tells B that
office A knows the person, nor shows what A typed. The figures count the two records as
one person (tests/monitoring/test_dashboard_figures.py).

Personas: `officer` works at office A (`office`), `other_officer` at office B.
"""

import json
import random
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.demo_cases import demo_inn
from desk.models import Case, Entrepreneur
from desk.services.entrepreneurs import entrepreneur_create
from tests import factories
from tests.fuzz import examples

INN = "500100732259"
# What office A typed about the person; none of it may reach office B.
A_TYPED = ("Ирина Орлова", "+79115550001", "irina.orlova@example.org", "Орлова и партнёры")


@pytest.fixture
def known_at_a(office, officer):
    person = factories.EntrepreneurFactory(
        name=A_TYPED[0],
        phone=A_TYPED[1],
        email=A_TYPED[2],
        business_name=A_TYPED[3],
        inn=INN,
        offices=[office],
    )
    factories.CaseFactory(
        office=office, entrepreneur=person, officer=officer, question="Вопрос офиса А о патенте"
    )
    return person


def fresh_inn():
    return demo_inn(random.Random(uuid.uuid4().int))


def intake_url(language):
    with translation.override(language):
        return reverse("desk:intake")


def walk_in(office, **extra):
    return {
        "question": "Как перейти на патент?",
        "channel": "walk_in",
        "office": office.pk,
        "idempotency_key": str(uuid.uuid4()),
        "name": "Ирина Орлова",
        "phone": "8 911 777-00-02",
        "inn": INN,
        "consent": "on",
        **extra,
    }


def assert_nothing_of_a(content, known_at_a):
    for typed in A_TYPED[1:]:
        assert typed not in content
    case_of_a = known_at_a.cases.get()
    assert case_of_a.reference not in content
    assert case_of_a.question not in content
    assert f"/entrepreneurs/{known_at_a.pk}/" not in content


@pytest.mark.parametrize(
    ("language", "saved"),
    [("ru", "Обращение {} сохранено."), ("en", "Case {} saved.")],
    ids=["ru", "en"],
)
def test_office_b_logs_the_walk_in_under_a_record_of_its_own(
    client, other_officer, other_office, office, known_at_a, language, saved
):
    """The journey: B types the person's details and their INN, the one A recorded too;
    the case is saved with everything B typed, under B's own record."""
    client.force_login(other_officer)
    response = client.post(intake_url(language), walk_in(other_office), follow=True)

    case = Case.objects.select_related("entrepreneur").get(office=other_office)
    assert response.redirect_chain[-1][1] == 302
    content = response.content.decode()
    assert saved.format(case.reference) in content
    mine = case.entrepreneur
    assert mine != known_at_a
    assert (mine.name, mine.phone, mine.inn, mine.email) == (
        "Ирина Орлова",
        "+79117770002",
        INN,
        "",
    )
    assert (mine.office, list(mine.offices.all())) == (other_office, [other_office])
    assert mine.consents.get().recorded_by == other_officer
    # Only the figures know it is the same taxpayer.
    assert mine.first_record == known_at_a
    known_at_a.refresh_from_db()
    assert (known_at_a.phone, list(known_at_a.offices.all())) == (A_TYPED[1], [office])
    assert_nothing_of_a(content, known_at_a)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_intake_answers_an_inn_known_elsewhere_as_one_known_nowhere(
    client, other_officer, other_office, known_at_a, language
):
    """The attack: B types an INN to learn whether A knows the person. A refused form and
    a saved one look the same for A's INN and for an INN nobody recorded."""
    client.force_login(other_officer)
    url = intake_url(language)

    refused = [
        client.post(url, walk_in(other_office, inn=inn, question="")) for inn in (INN, fresh_inn())
    ]
    assert [response.status_code for response in refused] == [400, 400]
    errors = [response.context["form"].errors.get_json_data() for response in refused]
    assert (
        errors[0]
        == errors[1]
        == {"question": [{"message": errors[0]["question"][0]["message"], "code": "required"}]}
    )
    for response in refused:
        assert_nothing_of_a(response.content.decode(), known_at_a)

    saved = [
        client.post(url, walk_in(other_office, inn=inn, phone=phone))
        for inn, phone in ((INN, "89117770002"), (fresh_inn(), "89117770003"))
    ]
    assert [response.status_code for response in saved] == [302, 302]
    assert Case.objects.filter(office=other_office).count() == 2


def test_office_b_finds_only_its_own_record_by_the_inn(
    client, other_officer, other_office, known_at_a
):
    client.force_login(other_officer)
    lookup = reverse("desk:entrepreneur_lookup")

    before = client.get(lookup, {"q": INN}).content.decode()
    nobody = client.get(lookup, {"q": fresh_inn()}).content.decode()
    assert before == nobody
    assert "Ирина" not in before and "/entrepreneurs/" not in before

    client.post(intake_url("ru"), walk_in(other_office, name="Ирина О."))
    after = client.get(lookup, {"q": INN}).content.decode()
    assert "Ирина О." in after
    assert "Ирина Орлова" not in after
    assert_nothing_of_a(after, known_at_a)


def test_a_second_walk_in_at_b_is_offered_bs_own_record_in_the_lookup(
    client, other_officer, other_office, known_at_a
):
    """No dead end: B's own record is found, chosen, and the second case joins it."""
    client.force_login(other_officer)
    client.post(intake_url("ru"), walk_in(other_office))
    mine = Entrepreneur.objects.get(office=other_office)

    again = client.post(intake_url("ru"), walk_in(other_office))
    assert again.status_code == 400
    assert again.context["form"].has_error("__all__", "duplicate_entrepreneur")
    assert [person.pk for person in again.context["form"].duplicates] == [mine.pk]
    assert_nothing_of_a(again.content.decode(), known_at_a)

    chosen = client.post(
        intake_url("ru"), walk_in(other_office, name="", phone="", inn="", entrepreneur=mine.pk)
    )
    assert chosen.status_code == 302
    assert mine.cases.count() == 2


def test_bs_entrepreneur_page_and_export_hold_only_what_b_recorded(
    client, other_officer, other_office, known_at_a
):
    client.force_login(other_officer)
    client.post(intake_url("ru"), walk_in(other_office))
    mine = Entrepreneur.objects.get(office=other_office)

    page = client.get(mine.get_absolute_url())
    assert page.status_code == 200
    assert_nothing_of_a(page.content.decode(), known_at_a)
    assert len(page.context["consents"]) == 1

    export = client.get(reverse("desk:entrepreneur_export", kwargs={"pk": mine.pk}))
    data = json.loads(export.content)
    assert data["entrepreneur"]["phone"] == "+79117770002"
    assert len(data["consents"]) == 1
    assert [case["office"] for case in data["cases"]] == [other_office.name]
    assert_nothing_of_a(export.content.decode(), known_at_a)

    for url in (
        known_at_a.get_absolute_url(),
        reverse("desk:entrepreneur_export", kwargs={"pk": known_at_a.pk}),
    ):
        assert client.get(url).status_code == 404


def test_office_a_sees_nothing_of_bs_record_either(
    client, officer, other_officer, other_office, known_at_a
):
    client.force_login(other_officer)
    client.post(intake_url("ru"), walk_in(other_office), follow=True)
    case_of_b = Case.objects.get(office=other_office)

    client.force_login(officer)
    page = client.get(known_at_a.get_absolute_url()).content.decode()
    export = client.get(reverse("desk:entrepreneur_export", kwargs={"pk": known_at_a.pk}))
    for content in (page, export.content.decode()):
        assert "+79117770002" not in content
        assert case_of_b.reference not in content
    lookup = client.get(reverse("desk:entrepreneur_lookup"), {"q": INN}).content.decode()
    assert lookup.count("/entrepreneurs/") == 1
    assert known_at_a.get_absolute_url() in lookup


def test_office_b_sets_as_inn_on_its_own_record_in_the_admin_without_a_word(
    client, other_officer, other_office, known_at_a
):
    """The back-office's change form checks the INN among B's records only: before, the
    installation-wide constraint refused A's INN there, which told B that someone had it."""
    mine = factories.EntrepreneurFactory(name="Ирина О.", offices=[other_office])
    twin = factories.EntrepreneurFactory(name="Другая", inn=fresh_inn(), offices=[other_office])
    client.force_login(other_officer)
    url = reverse("admin:desk_entrepreneur_change", args=[mine.pk])
    form = {
        "name": mine.name,
        "business_name": "",
        "legal_form": "planning",
        "inn": INN,
        "ogrn": "",
        "phone": mine.phone,
        "email": mine.email,
        "language": "ru",
        "sector": "",
        "offices": [other_office.pk],
        "consents-TOTAL_FORMS": "1",
        "consents-INITIAL_FORMS": "1",
        "consents-MIN_NUM_FORMS": "0",
        "consents-MAX_NUM_FORMS": "1000",
        "consents-0-id": mine.consents.get().pk,
        "consents-0-entrepreneur": mine.pk,
        "consents-0-withdrawn_at_0": "",
        "consents-0-withdrawn_at_1": "",
    }
    page = client.get(url).content.decode()
    assert "first_record" not in page and 'name="office"' not in page

    assert client.post(url, form).status_code == 302
    mine.refresh_from_db()
    assert mine.inn == INN

    refused = client.post(url, {**form, "inn": twin.inn})
    assert refused.status_code == 200
    assert refused.context["adminform"].form.has_error("inn", "inn_recorded_in_office")


def test_the_admin_keeps_the_office_of_the_record_among_the_offices_that_see_it(
    client, other_officer, other_office
):
    mine = factories.EntrepreneurFactory(name="Ирина О.", offices=[other_office])
    client.force_login(other_officer)
    url = reverse("admin:desk_entrepreneur_change", args=[mine.pk])
    response = client.post(
        url,
        {
            "name": mine.name,
            "legal_form": "planning",
            "language": "ru",
            "offices": [],
            "consents-TOTAL_FORMS": "0",
            "consents-INITIAL_FORMS": "0",
            "consents-MIN_NUM_FORMS": "0",
            "consents-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302
    assert list(mine.offices.all()) == [other_office]


def test_one_office_keeps_one_record_per_taxpayer_even_when_two_submissions_race(
    other_office, other_officer
):
    """The duplicate check runs before the insert; a twin that passed it at the same moment
    meets the database's constraint as a form error, never a 500."""
    details = {"name": "Ирина О.", "inn": INN}
    entrepreneur_create(
        consent_given=True, consent_channel="walk_in", office=other_office, **details
    )
    with pytest.raises(ValidationError) as refused:
        entrepreneur_create(
            consent_given=True, consent_channel="walk_in", office=other_office, **details
        )
    assert refused.value.code == "inn_recorded_in_office"
    assert Entrepreneur.objects.filter(inn=INN).count() == 1


def test_the_figures_person_is_the_first_record_of_the_taxpayer(office, other_office):
    first = entrepreneur_create(
        consent_given=True, consent_channel="walk_in", office=office, name="А", inn=INN
    )
    second = entrepreneur_create(
        consent_given=True, consent_channel="walk_in", office=other_office, name="Б", inn=INN
    )
    third_office = factories.OfficeFactory(slug="office-c")
    third = entrepreneur_create(
        consent_given=True, consent_channel="walk_in", office=third_office, name="В", inn=INN
    )
    nobody = entrepreneur_create(
        consent_given=True, consent_channel="walk_in", office=office, name="Г", inn=""
    )
    assert (first.first_record, second.first_record, third.first_record) == (None, first, first)
    assert nobody.first_record is None


@pytest.fixture
def logged_in_other_officer(client, other_officer):
    client.force_login(other_officer)
    return client


text = st.text(max_size=60)


@settings(
    max_examples=examples("staff"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    name=text,
    phone=st.one_of(text, st.just(A_TYPED[1]), st.just("89117770002")),
    email=st.one_of(text, st.just(A_TYPED[2])),
    inn=st.one_of(st.just(INN), st.just(" 5001 0073 2259 "), text, st.builds(fresh_inn)),
    consent=st.sampled_from(["on", ""]),
    language=st.sampled_from(["ru", "en"]),
)
def test_whatever_b_types_it_learns_nothing_of_a_and_nothing_half_saved(
    logged_in_other_officer, other_office, known_at_a, name, phone, email, inn, consent, language
):
    # Each example starts from A's record alone: a record B made in an earlier example (B
    # may type A's phone too) is B's own, and its listing is no leak of A.
    with transaction.atomic():
        response = logged_in_other_officer.post(
            intake_url(language),
            walk_in(other_office, name=name, phone=phone, email=email, inn=inn, consent=consent),
        )
        assert response.status_code in (302, 400)
        content = response.content.decode()
        assert_nothing_of_a(
            content.replace(phone, "").replace(email, "")
            if response.status_code == 400
            else content,
            known_at_a,
        )
        if response.status_code == 400:
            codes = {
                error["code"]
                for errors in response.context["form"].errors.get_json_data().values()
                for error in errors
            }
            assert "inn_taken" not in codes
        known_at_a.refresh_from_db()
        assert (known_at_a.name, known_at_a.phone, known_at_a.email) == A_TYPED[:3]
        assert list(known_at_a.offices.values_list("pk", flat=True)) == [known_at_a.office_id]
        for person in Entrepreneur.objects.exclude(pk=known_at_a.pk):
            person.full_clean()
            assert person.office == other_office
            assert person.consents.exists()
            assert person.cases.exists()
        transaction.set_rollback(True)


def test_the_migration_gives_each_existing_record_an_office_that_already_sees_it(
    office, other_office
):
    """Of the offices that served the person, the one of their first case, else the first
    linked; never an office that does not see the record already."""
    from importlib import import_module

    from django.apps import apps

    backfill = import_module("desk.migrations.0014_entrepreneur_office_backfill")
    # The data of 0014's time: one record with cases at two offices, which a case's own
    # foreign key to its office's record refuses since 0016. Deferred to the end of the
    # test's transaction, which is rolled back: never checked.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS case_entrepreneur_of_its_office DEFERRED")
    third_office = factories.OfficeFactory(slug="office-c")
    both = factories.EntrepreneurFactory(offices=[office, other_office])
    factories.CaseFactory(office=other_office, entrepreneur=both)
    later = factories.CaseFactory(office=office, entrepreneur=both)
    Case.objects.filter(pk=later.pk).update(opened_at=later.opened_at.replace(year=2099))
    linked_only = factories.EntrepreneurFactory(offices=[other_office])
    unseen_case = factories.EntrepreneurFactory(offices=[office])
    factories.CaseFactory(office=third_office, entrepreneur=unseen_case)
    nobody = factories.EntrepreneurFactory()
    Entrepreneur.objects.update(office=None)

    backfill.fill_the_office_of_each_record(apps, None)

    offices = dict(Entrepreneur.objects.values_list("pk", "office"))
    assert offices == {
        both.pk: other_office.pk,
        linked_only.pk: other_office.pk,
        unseen_case.pk: office.pk,
        nobody.pk: None,
    }
    # The test's end checks every deferred constraint: the layout of 0014's time goes.
    Case.objects.all().delete()
