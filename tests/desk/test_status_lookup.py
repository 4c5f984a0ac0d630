"""The public status page: reference + e-mail (or phone) show that one case, and nothing
else."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(office):
    entrepreneur = factories.EntrepreneurFactory(email="anna@example.org", offices=[office])
    return factories.CaseFactory(
        office=office, entrepreneur=entrepreneur, channel="web", question="Секретный вопрос"
    )


def _lookup(client, reference, contact):
    return client.post(reverse("desk:status"), {"reference": reference, "contact": contact})


def test_it_shows_the_status_and_dates_of_the_own_case(client, case):
    response = _lookup(client, case.reference.lower(), "ANNA@example.org ")
    body = response.content.decode()
    assert response.status_code == 200
    assert response.context["case"] == case
    assert case.get_status_display() in body
    assert "Секретный вопрос" not in body  # the status, not the content
    assert case.entrepreneur.name not in body


def test_a_wrong_email_and_a_wrong_reference_get_the_same_answer(client, case):
    other = factories.CaseFactory(
        office=case.office,
        entrepreneur=factories.EntrepreneurFactory(email="boris@example.org"),
    )
    wrong_email = _lookup(client, case.reference, "boris@example.org")
    wrong_reference = _lookup(client, "KGD-2026-999999", "anna@example.org")
    for response in (wrong_email, wrong_reference):
        assert response.status_code == 200
        assert response.context["case"] is None
        assert response.context["not_found"]
        assert "Секретный вопрос" not in response.content.decode()
        assert other.reference not in response.content.decode()
    assert wrong_email.context["case"] == wrong_reference.context["case"]
    assert _alert(wrong_email) == _alert(wrong_reference)


def _alert(response):
    body = response.content.decode()
    start = body.index('class="alert')
    return body[start : body.index("</div>", start)]


def test_an_anonymous_case_cannot_be_looked_up(client, office):
    case = factories.CaseFactory(office=office, channel="web")
    response = _lookup(client, case.reference, "")
    assert response.status_code == 400
    assert response.context["case"] is None


def test_an_anonymised_entrepreneurs_case_cannot_be_looked_up(client, case):
    from django.utils import timezone

    from desk.models import Case
    from desk.services.retention import anonymise_inactive

    now = timezone.now()
    Case.objects.filter(pk=case.pk).update(status="closed", resolved_at=now, closed_at=now)
    anonymise_inactive(years=0, now=timezone.now())
    response = _lookup(client, case.reference, "anna@example.org")
    assert response.context["case"] is None


def test_guessing_costs_the_quota(client, case, settings):
    settings.RATELIMIT_ENABLED = True
    for number in range(30):
        _lookup(client, f"KGD-2026-{number:06d}", "x@example.org")
    assert _lookup(client, case.reference, "anna@example.org").status_code == 429


def test_the_status_page_takes_a_fixed_number_of_queries(client, case, django_assert_num_queries):
    # 1 the case by reference and e-mail with its office, 2 the footer office and 3 its
    # opening hours (the rate-limit counter, off in tests, lives in the cache)
    with django_assert_num_queries(3):
        assert _lookup(client, case.reference, "anna@example.org").status_code == 200


@pytest.fixture
def phone_case(office):
    entrepreneur = factories.EntrepreneurFactory(email="", phone="+74012923100", offices=[office])
    return factories.CaseFactory(office=office, entrepreneur=entrepreneur, channel="phone")


def test_a_visitor_who_gave_only_a_phone_finds_the_case_with_the_number_typed_locally(
    client, phone_case
):
    response = _lookup(client, phone_case.reference, "8 (4012) 92-31-00")
    assert response.status_code == 200
    assert response.context["case"] == phone_case


def test_another_phone_number_finds_nothing(client, phone_case):
    response = _lookup(client, phone_case.reference, "+7 4012 92-31-01")
    assert response.context["case"] is None
    assert response.context["not_found"]


def test_a_contact_that_is_neither_an_email_nor_a_phone_gets_a_clear_message(client, phone_case):
    response = _lookup(client, phone_case.reference, "anna@")
    assert response.status_code == 400
    response = _lookup(client, phone_case.reference, "позвоните мне")
    assert response.status_code == 400
    assert response.context["form"].has_error("contact", "contact_invalid")
