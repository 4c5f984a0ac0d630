"""The case page shows everything about the case: referrals with their answers, the booked
time with its actions, open follow-ups, and which promise is overdue."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from desk.models import Case, Referral
from desk.services import cases as services
from tests import factories


@pytest.fixture
def case(office, officer):
    return factories.CaseFactory(office=office, officer=officer, status="in_progress")


def _page(client, user, case):
    client.force_login(user)
    response = client.get(reverse("desk:case", kwargs={"pk": case.pk}))
    assert response.status_code == 200
    return response.content.decode()


def test_the_case_page_lists_referrals_with_status_and_the_partners_answer(client, officer, case):
    factories.ReferralFactory(
        case=case,
        organisation=factories.OrganisationFactory(name="Торгово-промышленная палата"),
        status="resolved",
        sent_at=timezone.now() - timedelta(days=2),
        answered_at=timezone.now(),
        partner_note="Записали на консультацию по экспорту.",
    )
    factories.ReferralFactory(
        case=case, organisation=factories.OrganisationFactory(name="Центр занятости")
    )
    content = _page(client, officer, case)
    assert "Торгово-промышленная палата" in content
    assert "Записали на консультацию по экспорту." in content
    assert "Ответ партнёра от" in content
    assert "Центр занятости" in content
    assert "отправлено" in content


def test_the_booked_time_and_its_actions_are_on_the_case_page(client, officer, office):
    factories.OpeningHoursFactory(office=office)
    booking = factories.AppointmentFactory(case__office=office, case__officer=officer)
    content = _page(client, officer, booking.case)
    assert 'id="booking-heading"' in content
    assert reverse("desk:booking_confirm", kwargs={"pk": booking.case.pk}) in content
    assert reverse("desk:booking_move", kwargs={"pk": booking.case.pk}) in content


def test_confirming_a_booking_returns_to_the_case(client, officer, office):
    booking = factories.AppointmentFactory(case__office=office, case__officer=officer)
    client.force_login(officer)
    response = client.post(reverse("desk:booking_confirm", kwargs={"pk": booking.case.pk}))
    assert response.url == booking.case.get_absolute_url()


def test_the_referral_page_no_longer_carries_the_booking(client, officer, office):
    booking = factories.AppointmentFactory(case__office=office, case__officer=officer)
    client.force_login(officer)
    response = client.get(reverse("desk:referral_new", kwargs={"pk": booking.case.pk}))
    assert 'id="booking-heading"' not in response.content.decode()


@pytest.mark.now("2026-12-10 12:00")
def test_an_overdue_first_answer_is_named_with_its_date_beside_a_future_resolution(
    client, officer, case
):
    Case.objects.filter(pk=case.pk).update(
        first_answer_due=date(2026, 12, 8), resolution_due=date(2026, 12, 15)
    )
    content = _page(client, officer, case)
    assert "Первый ответ просрочен: срок был 8 декабря 2026" in content
    assert "Решение просрочено" not in content


@pytest.mark.now("2026-12-10 12:00")
def test_an_overdue_resolution_is_named_with_its_date(client, officer, case):
    Case.objects.filter(pk=case.pk).update(
        first_answer_at=timezone.now() - timedelta(days=5),
        first_answer_due=date(2026, 12, 1),
        resolution_due=date(2026, 12, 9),
    )
    content = _page(client, officer, case)
    assert "Решение просрочено: срок был 9 декабря 2026" in content
    assert "Первый ответ просрочен" not in content


@pytest.mark.now("2026-12-10 12:00")
def test_the_queue_shows_the_overdue_promise_not_a_future_resolution_date(client, officer, case):
    Case.objects.filter(pk=case.pk).update(
        first_answer_due=date(2026, 12, 8), resolution_due=date(2026, 12, 15)
    )
    client.force_login(officer)
    content = client.get(reverse("desk:my_queue")).content.decode()
    assert "Первый ответ: 08.12.2026" in content
    assert "15.12.2026" not in content


def test_officers_are_shown_by_name_in_the_office_queue_filter_and_rows(
    client, officer, colleague, office
):
    colleague.first_name, colleague.last_name = "Пётр", "Смирнов"
    colleague.save()
    factories.CaseFactory(office=office, officer=colleague)
    client.force_login(officer)
    content = client.get(reverse("desk:office_queue")).content.decode()
    assert ">Пётр Смирнов</option>" in content
    assert "<td>Пётр Смирнов</td>" in content
    assert ">colleague<" not in content


def test_a_follow_up_assignee_is_offered_by_name(client, officer, case):
    content = _page(client, officer, case)
    assert f'<option value="{officer.pk}">{officer.get_full_name()}</option>' in content


# --- closing with open referrals or follow-ups -------------------------------------------


@pytest.fixture
def resolved_case(office, officer):
    case = factories.CaseFactory(office=office, officer=officer, status="resolved")
    factories.ReferralFactory(case=case)
    factories.FollowUpFactory(case=case, assigned_to=officer)
    return case


def _close(client, user, case, **extra):
    client.force_login(user)
    return client.post(
        reverse("desk:case_status", kwargs={"pk": case.pk}), {"to_status": "closed", **extra}
    )


def test_closing_with_open_items_asks_for_a_decision(client, officer, resolved_case):
    content = _page(client, officer, resolved_case)
    assert "Если вы закрываете обращение" in content
    assert "Ещё открыто: 1 открытое направление, 1 открытое напоминание." in content
    response = _close(client, officer, resolved_case)
    assert response.status_code == 400
    assert response.context["status_form"].has_error("open_items", "open_items_undecided")
    resolved_case.refresh_from_db()
    assert resolved_case.status == "resolved"


def test_closing_them_withdraws_referrals_closes_follow_ups_and_the_timeline_says_so(
    client, officer, resolved_case
):
    content = _page(client, officer, resolved_case)
    assert "отозвать открытые направления" in content
    response = _close(client, officer, resolved_case, open_items="close")
    assert response.status_code == 302
    resolved_case.refresh_from_db()
    assert resolved_case.status == "closed"
    referral = resolved_case.referrals.get()
    assert referral.status == Referral.Status.WITHDRAWN
    assert referral.withdrawal_reason == "Обращение закрыто."
    assert resolved_case.timeline.filter(
        kind="referral", text__startswith="Направление отозвано:"
    ).exists()
    assert resolved_case.follow_ups.get().done_at is not None
    notes = list(resolved_case.timeline.filter(kind="note").values_list("text", flat=True))
    assert any(note.startswith("Закрыто вместе с обращением") for note in notes), notes


def test_the_decision_names_only_what_is_open(client, officer, office):
    case = factories.CaseFactory(office=office, officer=officer, status="resolved")
    factories.ReferralFactory(case=case)
    content = _page(client, officer, case)
    assert "Ещё открыто: 1 открытое направление." in content
    assert "0 напоминаний" not in content


def test_keeping_the_case_open_leaves_everything_and_the_timeline_says_so(
    client, officer, resolved_case
):
    response = _close(client, officer, resolved_case, open_items="keep")
    assert response.status_code == 302
    resolved_case.refresh_from_db()
    assert resolved_case.status == "resolved"
    assert resolved_case.referrals.get().status == Referral.Status.SENT
    assert resolved_case.follow_ups.get().done_at is None
    note = resolved_case.timeline.get(kind="note").text
    assert note.startswith("Оставлено открытым")


def test_the_service_refuses_to_close_silently_over_open_items(officer, resolved_case):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        services.case_close(case=resolved_case, user=officer)
    assert refused.value.code == "open_items_undecided"


def test_a_case_without_open_items_closes_without_a_question(client, officer, office):
    case = factories.CaseFactory(office=office, officer=officer, status="resolved")
    factories.ReferralFactory(
        case=case,
        status="declined",
        sent_at=timezone.now() - timedelta(days=2),
        answered_at=timezone.now(),
    )
    assert "Если вы закрываете обращение" not in _page(client, officer, case)
    assert _close(client, officer, case).status_code == 302
    case.refresh_from_db()
    assert case.status == "closed"


def test_a_referral_on_the_timeline_never_declines_the_partners_name(officer, case):
    from desk.services.referrals import referral_send

    organisation = factories.OrganisationFactory(
        name="Торгово-промышленная палата", referral_email="tpp@example.org"
    )
    referral_send(case=case, organisation=organisation, reason="Экспорт", user=officer)
    event = case.timeline.get(kind="referral")
    assert event.text == "Направлено: Торгово-промышленная палата. Причина: Экспорт"


def test_no_select_on_a_russian_case_page_speaks_english(client, officer, case):
    content = _page(client, officer, case)
    assert "Select an option" not in content
    assert '<option value="" selected>я</option>' in content
