"""Referrals to a partner organisation and the partner's answer through a signed link."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.models import CaseEvent, Referral
from desk.models.referrals import REFERRAL_SALT
from desk.services.referrals import (
    referral_answer,
    referral_send,
    referral_withdraw,
    referrals_mark_unanswered,
)
from tests import factories
from tests.desk.outbox import run_queued_tasks
from tests.fuzz import examples

pytestmark = pytest.mark.django_db


@pytest.fixture
def chamber(db):
    return factories.OrganisationFactory(
        slug="chamber", name="Торгово-промышленная палата", referral_email="tpp@example.org"
    )


@pytest.fixture
def case(office, officer):
    entrepreneur = factories.EntrepreneurFactory(
        name="Анна Иванова", email="anna@example.org", offices=[office]
    )
    return factories.CaseFactory(
        office=office,
        entrepreneur=entrepreneur,
        officer=officer,
        status="in_progress",
        question="Вопрос про экспорт и мой ИНН",
    )


@pytest.fixture
def referral(case, chamber, officer):
    return referral_send(
        case=case,
        organisation=chamber,
        reason="Экспортный контракт",
        shared_data="Анна, +7 911 000-00-00",
        user=officer,
    )


def test_the_officer_refers_a_case_from_its_referral_page(client, officer, case, chamber):
    client.force_login(officer)
    url = reverse("desk:referral_new", kwargs={"pk": case.pk})
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {"organisation": chamber.pk, "reason": "Экспорт", "shared_data": "Анна, телефон"},
    )
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.status == "sent"
    assert referral.created_by == officer
    assert referral.due_at > timezone.localdate()
    case.refresh_from_db()
    assert case.status == "waiting_partner"
    assert case.timeline.filter(kind=CaseEvent.Kind.REFERRAL).exists()


def test_the_partner_gets_an_email_with_a_link_that_opens_only_that_referral(
    client, referral, case, mailoutbox
):
    run_queued_tasks()
    [message] = mailoutbox
    assert message.to == ["tpp@example.org"]
    link = next(line for line in message.body.splitlines() if "/referral/" in line)
    response = client.get(link.split("testserver")[-1].replace("http://127.0.0.1:8000", ""))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Экспортный контракт" in body
    assert "Анна, +7 911 000-00-00" in body
    assert "anna@example.org" not in body
    assert "Вопрос про экспорт" not in body  # the question was not shared


def test_the_partners_answer_lands_on_the_timeline_and_mails_the_officer(
    client, referral, case, officer, mailoutbox
):
    officer.email = "officer@example.org"
    officer.save()
    url = reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    response = client.post(url, {"status": "accepted", "note": "Позвоним завтра"})
    assert response.status_code == 200
    referral.refresh_from_db()
    assert referral.status == "accepted"
    assert referral.partner_note == "Позвоним завтра"
    event = case.timeline.get(kind=CaseEvent.Kind.PARTNER_ANSWER)
    assert "Позвоним завтра" in event.text
    run_queued_tasks()
    assert [m.to for m in mailoutbox] == [["tpp@example.org"], ["officer@example.org"]]


def test_an_accepted_referral_can_still_be_resolved_but_then_never_again(client, referral):
    url = reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    client.post(url, {"status": "accepted"})
    assert client.post(url, {"status": "resolved", "note": "Готово"}).status_code == 200
    second = client.post(url, {"status": "declined", "note": "Передумали"})
    assert second.status_code == 409
    assert _template(second) == "desk/referral_answered.html"
    assert not second.context.get("thanks")
    referral.refresh_from_db()
    assert (referral.status, referral.partner_note) == ("resolved", "Готово")
    assert client.get(url).status_code == 200  # the link still shows the final answer


def test_a_tampered_link_gives_a_friendly_400(client, referral):
    token = referral.make_token()
    for bad in (token[:-2] + "xx", "nonsense", token.replace(":", "", 1)):
        response = client.get(reverse("desk:referral_answer", kwargs={"token": bad}))
        assert response.status_code == 400
        assert _template(response) == "desk/referral_link_invalid.html"


def test_a_link_signed_for_another_purpose_is_refused(client, referral):
    token = signing.dumps({"referral": referral.pk}, salt="infopoint.feedback")
    response = client.get(reverse("desk:referral_answer", kwargs={"token": token}))
    assert response.status_code == 400


def test_a_link_to_a_missing_referral_is_refused(client):
    token = signing.dumps({"referral": 999999}, salt=REFERRAL_SALT)
    response = client.get(reverse("desk:referral_answer", kwargs={"token": token}))
    assert response.status_code == 400


def _token_signed_days_ago(referral, days):
    past = timezone.now().timestamp() - days * 86400
    with mock.patch("django.core.signing.time.time", return_value=past):
        return referral.make_token()


def test_an_expired_link_gives_a_friendly_410(client, referral):
    token = _token_signed_days_ago(referral, 31)
    response = client.get(reverse("desk:referral_answer", kwargs={"token": token}))
    assert response.status_code == 410
    assert _template(response) == "desk/referral_link_expired.html"


def test_a_link_is_still_valid_on_day_29(client, referral):
    token = _token_signed_days_ago(referral, 29)
    response = client.get(reverse("desk:referral_answer", kwargs={"token": token}))
    assert response.status_code == 200


def test_an_organisation_without_a_referral_address_cannot_be_chosen(client, officer, case):
    silent = factories.OrganisationFactory(slug="silent", referral_email="")
    client.force_login(officer)
    response = client.post(
        reverse("desk:referral_new", kwargs={"pk": case.pk}),
        {"organisation": silent.pk, "reason": "Экспорт"},
    )
    assert response.status_code == 400
    assert not Referral.objects.exists()


def test_an_officer_of_another_office_cannot_refer_the_case(client, other_officer, case, chamber):
    client.force_login(other_officer)
    url = reverse("desk:referral_new", kwargs={"pk": case.pk})
    assert client.get(url).status_code == 404
    assert client.post(url, {"organisation": chamber.pk, "reason": "x"}).status_code == 404


def test_referrals_past_due_without_answer_become_no_answer(referral, case):
    answered = factories.ReferralFactory(
        case=case,
        status="accepted",
        sent_at=referral.sent_at,
        answered_at=timezone.now(),
        due_at=referral.due_at,
    )
    count = referrals_mark_unanswered(today=referral.due_at + timedelta(days=1))
    assert count == 1
    referral.refresh_from_db()
    answered.refresh_from_db()
    assert referral.status == "no_answer"
    assert answered.status == "accepted"
    assert referrals_mark_unanswered(today=referral.due_at + timedelta(days=1)) == 0


def test_a_referral_keeps_an_audit_history(client, referral):
    url = reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    client.post(url, {"status": "declined", "note": "Не наш профиль"})
    statuses = list(referral.history.order_by("pgh_id").values_list("status", flat=True))
    assert statuses == ["sent", "declined"]


def test_the_referral_page_takes_a_fixed_number_of_queries(
    client, officer, case, chamber, django_assert_num_queries
):
    client.force_login(officer)
    url = reverse("desk:referral_new", kwargs={"pk": case.pk})
    client.get(url)  # the first request after the login slides the session's expiry
    for extra in (1, 5):
        for _ in range(extra):
            factories.ReferralFactory(case=case, organisation=chamber)
        # 1 the session, 2 the user, 3 the user's and their groups' permissions, 4 the
        # case with office, entrepreneur and appointment inside the officer's offices, 5 the
        # referrals with their organisations, 6 the organisations to choose from (the
        # session's expiry slides at most every few minutes: no write)
        with django_assert_num_queries(6):
            assert client.get(url).status_code == 200


def _template(response):
    return response.templates[0].name


def test_the_command_marks_unanswered_referrals_with_a_summary(referral, capsys):
    from django.core.management import call_command

    Referral.objects.filter(pk=referral.pk).update(due_at=timezone.localdate() - timedelta(days=1))
    call_command("mark_unanswered_referrals")
    assert capsys.readouterr().out.strip() == "Marked 1 referral(s) as unanswered."
    assert referral.case.timeline.filter(text__startswith="No answer").exists() or (
        referral.case.timeline.filter(text__startswith="Нет ответа").exists()
    )


def test_the_partner_page_takes_a_fixed_number_of_queries(
    client, referral, django_assert_num_queries
):
    url = reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    # 1 the referral with its organisation, case and office, 2 the footer office and
    # 3 its opening hours
    with django_assert_num_queries(3):
        assert client.get(url).status_code == 200


@settings(
    max_examples=examples("staff"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    status=st.one_of(st.sampled_from(["accepted", "resolved", "declined", "sent"]), st.text()),
    note=st.one_of(st.text(max_size=200), st.just("\x00"), st.just("я" * 6000)),
)
def test_hostile_partner_answers_never_give_a_server_error(client, case, chamber, status, note):
    referral = factories.ReferralFactory(case=case, organisation=chamber)
    url = reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    response = client.post(url, {"status": status, "note": note})
    assert response.status_code in (200, 400)
    referral.refresh_from_db()
    assert "\x00" not in referral.partner_note
    assert len(referral.partner_note) <= 5000


# --- the partner's name in the reader's language ----------------------------------------


@pytest.fixture
def chamber_in_english(chamber):
    chamber.name_en = "Chamber of Commerce"
    chamber.save(update_fields=["name_en"])
    return chamber


def test_a_referral_sent_from_an_english_page_names_the_partner_in_english(
    case, chamber_in_english, officer
):
    with translation.override("en"):
        referral_send(case=case, organisation=chamber_in_english, reason="Export", user=officer)
    event = case.timeline.get(kind=CaseEvent.Kind.REFERRAL)
    assert event.text == "Referred to Chamber of Commerce: Export"


def test_a_referral_sent_from_a_russian_page_names_the_partner_in_russian(
    case, chamber_in_english, officer
):
    referral_send(case=case, organisation=chamber_in_english, reason="Экспорт", user=officer)
    event = case.timeline.get(kind=CaseEvent.Kind.REFERRAL)
    assert "Торгово-промышленная палата" in event.text
    assert "Chamber" not in event.text


def test_the_partners_answer_on_an_english_page_names_the_partner_in_english(
    case, chamber_in_english, officer
):
    referral = referral_send(
        case=case, organisation=chamber_in_english, reason="Export", user=officer
    )
    with translation.override("en"):
        referral_answer(referral=referral, status=Referral.Status.ACCEPTED)
    event = case.timeline.get(kind=CaseEvent.Kind.PARTNER_ANSWER)
    assert event.text == "Chamber of Commerce answered: accepted"


def test_a_referral_withdrawn_on_an_english_page_names_the_partner_in_english(
    case, chamber_in_english, officer
):
    referral = referral_send(
        case=case, organisation=chamber_in_english, reason="Export", user=officer
    )
    with translation.override("en"):
        referral_withdraw(referral=referral, reason="Solved", user=officer)
    event = case.timeline.filter(kind=CaseEvent.Kind.REFERRAL).last()
    assert event.text == "Referral withdrawn: Chamber of Commerce. Reason: Solved"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "No answer from Chamber of Commerce by 3 Dec 2026"),
        ("ru", "Нет ответа к 03.12.2026. Организация: Торгово-промышленная палата"),
    ],
)
def test_an_unanswered_referral_is_marked_with_the_partner_and_date_in_the_language(
    case, chamber_in_english, officer, language, expected
):
    from datetime import date

    referral = referral_send(
        case=case, organisation=chamber_in_english, reason="Export", user=officer
    )
    Referral.objects.filter(pk=referral.pk).update(due_at=date(2026, 12, 3))
    with translation.override(language):
        referrals_mark_unanswered(today=date(2026, 12, 7))
    event = case.timeline.filter(kind=CaseEvent.Kind.REFERRAL).last()
    assert event.text == expected


def test_the_partners_english_page_names_the_partner_and_the_office_in_english(
    client, case, chamber_in_english, officer
):
    case.office.name_en = "Central office"
    case.office.save(update_fields=["name_en"])
    referral = referral_send(
        case=case, organisation=chamber_in_english, reason="Export", user=officer
    )
    url = "/en" + reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    page = client.get(url).content.decode()
    assert (
        "The information point Central office has referred an entrepreneur to "
        "Chamber of Commerce." in page
    )


@pytest.mark.parametrize("query", ["Chamber", "палата"])
def test_the_referral_list_finds_a_partner_by_either_of_its_names(
    client, head, case, chamber_in_english, officer, query
):
    referral_send(case=case, organisation=chamber_in_english, reason="Export", user=officer)
    client.force_login(head)
    response = client.get("/en" + reverse("admin:desk_referral_changelist"), {"q": query})
    assert response.context["cl"].result_count == 1


def test_the_english_referral_form_lists_the_partners_in_english_order(
    client, officer, case, chamber_in_english
):
    factories.OrganisationFactory(
        slug="fund", name="Фонд поддержки", name_en="Support Fund", referral_email="f@example.org"
    )
    factories.OrganisationFactory(
        slug="bank", name="Банк", name_en="", referral_email="b@example.org"
    )
    client.force_login(officer)
    url = "/en" + reverse("desk:referral_new", kwargs={"pk": case.pk})
    content = client.get(url).content.decode()
    select = re.search(r'<select name="organisation".*?</select>', content, re.S).group(0)
    options = re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', select)
    # A partner without an English name keeps its Russian one, in its Russian place.
    assert options == ["Chamber of Commerce", "Support Fund", "Банк"]
