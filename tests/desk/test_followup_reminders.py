"""The daily reminder of follow-ups: one e-mail per officer and day, never twice."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests import factories
from tests.desk.outbox import run_queued_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def due(officer, colleague, office):
    officer.email = "officer@example.org"
    officer.save()
    colleague.email = "colleague@example.org"
    colleague.save()
    today = timezone.localdate()
    case = factories.CaseFactory(office=office)
    return {
        "today": factories.FollowUpFactory(
            case=case, assigned_to=officer, due_date=today, text="Позвонить Анне"
        ),
        "overdue": factories.FollowUpFactory(
            case=case, assigned_to=officer, due_date=today - timedelta(days=2), text="Письмо"
        ),
        "later": factories.FollowUpFactory(
            case=case, assigned_to=officer, due_date=today + timedelta(days=1), text="Потом"
        ),
        "done": factories.FollowUpFactory(
            case=case,
            assigned_to=colleague,
            due_date=today,
            created_at=timezone.now() - timedelta(hours=1),
            done_at=timezone.now(),
            text="Уже",
        ),
    }


def test_each_officer_gets_one_email_of_what_is_due_today_or_overdue(due, capsys, mailoutbox):
    call_command("send_follow_up_reminders")
    assert capsys.readouterr().out.strip() == "Queued 1 follow-up reminder e-mail(s)."
    run_queued_tasks()
    [message] = mailoutbox
    assert message.to == ["officer@example.org"]
    assert "Позвонить Анне" in message.body and "Письмо" in message.body
    assert "Потом" not in message.body
    due["today"].refresh_from_db()
    assert due["today"].reminded_on == timezone.localdate()


def test_a_second_run_on_the_same_day_sends_nothing(due, mailoutbox):
    call_command("send_follow_up_reminders")
    call_command("send_follow_up_reminders")
    run_queued_tasks()
    assert len(mailoutbox) == 1


def test_the_next_day_the_reminder_comes_again(due, mailoutbox):
    from desk.services.reminders import follow_up_reminders_send

    follow_up_reminders_send()
    follow_up_reminders_send(today=timezone.localdate() + timedelta(days=1))
    run_queued_tasks()
    assert len(mailoutbox) == 2
    assert "Потом" in mailoutbox[1].body
