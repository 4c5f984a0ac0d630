"""An officer withdraws a referral: with a reason, on the timeline, and the partner's link
then says so instead of taking an answer."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from desk.models import Referral
from desk.services.referrals import referral_withdraw
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def referral(office, officer):
    case = factories.CaseFactory(office=office, officer=officer, status="waiting_partner")
    organisation = factories.OrganisationFactory(
        slug="chamber", name="Торгово-промышленная палата", referral_email="tpp@example.org"
    )
    return factories.ReferralFactory(case=case, organisation=organisation)


def _url(referral):
    return reverse("desk:referral_withdraw", kwargs={"pk": referral.pk})


def _withdraw(client, user, referral, reason="Предприниматель решил вопрос сам"):
    client.force_login(user)
    return client.post(_url(referral), {"reason": reason})


def test_the_officer_of_the_office_sees_the_form(client, officer, referral):
    client.force_login(officer)
    response = client.get(_url(referral))
    assert response.status_code == 200
    assert "Отозвать направление" in response.content.decode()


def test_the_officer_withdraws_with_a_reason_and_the_timeline_says_so(client, officer, referral):
    response = _withdraw(client, officer, referral)
    assert response.status_code == 302
    assert response["Location"] == referral.case.get_absolute_url()
    referral.refresh_from_db()
    assert referral.status == Referral.Status.WITHDRAWN
    assert referral.withdrawn_at is not None
    assert referral.withdrawal_reason == "Предприниматель решил вопрос сам"
    event = referral.case.timeline.filter(kind="referral").latest("pk")
    assert event.author == officer
    assert event.text == (
        "Направление отозвано: Торгово-промышленная палата. "
        "Причина: Предприниматель решил вопрос сам"
    )
    page = client.get(referral.case.get_absolute_url()).content.decode()
    assert "Отозвано" in page


def test_a_reason_is_required(client, officer, referral):
    response = _withdraw(client, officer, referral, reason="  ")
    assert response.status_code == 400
    referral.refresh_from_db()
    assert referral.status == Referral.Status.SENT


def test_the_head_of_the_office_may_withdraw(client, head, referral):
    assert _withdraw(client, head, referral).status_code == 302


def test_an_officer_of_another_office_gets_404(client, other_officer, referral):
    client.force_login(other_officer)
    assert client.get(_url(referral)).status_code == 404
    assert _withdraw(client, other_officer, referral).status_code == 404
    referral.refresh_from_db()
    assert referral.status == Referral.Status.SENT


def test_an_editor_is_refused(client, editor, referral):
    client.force_login(editor)
    assert client.get(_url(referral)).status_code == 403
    assert _withdraw(client, editor, referral).status_code == 403


def test_anonymous_goes_to_the_login(client, referral):
    response = client.post(_url(referral), {"reason": "x"})
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_an_answered_referral_cannot_be_withdrawn(officer, referral):
    Referral.objects.filter(pk=referral.pk).update(
        status=Referral.Status.RESOLVED, answered_at=referral.sent_at
    )
    with pytest.raises(ValidationError) as refused:
        referral_withdraw(referral=referral, reason="поздно", user=officer)
    assert refused.value.code == "referral_not_withdrawable"


def test_the_partners_link_then_shows_a_clear_page_and_takes_no_answer(client, officer, referral):
    referral_withdraw(referral=referral, reason="не нужно", user=officer)
    client.logout()
    url = reverse("desk:referral_answer", kwargs={"token": referral.make_token()})
    response = client.get(url)
    assert response.status_code == 410
    assert "Направление отозвано" in response.content.decode()
    assert "не нужно" not in response.content.decode()  # the reason is the office's own
    response = client.post(url, {"status": "accepted", "note": "Берём"})
    assert response.status_code == 410
    referral.refresh_from_db()
    assert referral.status == Referral.Status.WITHDRAWN


def test_the_database_refuses_a_withdrawn_referral_without_its_date(referral):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Referral.objects.filter(pk=referral.pk).update(status="withdrawn")
    with pytest.raises(IntegrityError), transaction.atomic():
        Referral.objects.filter(pk=referral.pk).update(status="lost")


def test_the_partner_is_told_by_e_mail_without_the_officers_reason(client, officer, referral):
    from desk.models import OutgoingEmail

    _withdraw(client, officer, referral, reason="Иванов передумал открывать кафе")
    email = OutgoingEmail.objects.get(key=f"referral-withdrawn:{referral.pk}")
    assert email.to == "tpp@example.org"
    assert email.subject == f"Инфопункт отозвал направление ({referral.case.reference})"
    assert f"отзывает своё направление {referral.case.reference}" in email.body
    assert "ответ уже не принимает" in email.body
    assert "Иванов" not in email.body


def test_the_e_mail_goes_where_the_referral_went_and_only_once(officer, referral):
    from desk.models import OutgoingEmail

    OutgoingEmail.objects.create(
        key=f"referral-sent:{referral.pk}", kind="referral_partner", to="old@example.org"
    )
    referral.organisation.referral_email = "new@example.org"
    referral.organisation.save()
    referral_withdraw(referral=referral, reason="Дело закрыто", user=officer)
    with pytest.raises(ValidationError):
        referral_withdraw(referral=referral, reason="Ещё раз", user=officer)
    emails = OutgoingEmail.objects.filter(key=f"referral-withdrawn:{referral.pk}")
    assert [email.to for email in emails] == ["old@example.org"]
