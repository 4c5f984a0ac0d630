"""The desk's e-mail outbox: every logical e-mail is sent exactly once, failures are
retried later, and a worker that died mid-task leaves nothing lost."""

import smtplib
import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from desk.emails import email_queue
from desk.models import OutgoingEmail
from desk.tasks import MAX_ATTEMPTS, requeue_stale_emails, send_email
from tests import factories
from tests.desk.outbox import run_queued_tasks

pytestmark = pytest.mark.django_db


def _queue(key="test:1", **kwargs):
    case = kwargs.pop("case", None) or factories.CaseFactory()
    return email_queue(
        key=key,
        kind="ask_acknowledgement",
        to="anna@example.org",
        template="ask_acknowledgement",
        context={"case": case, "site_url": "https://infopoint.example"},
        case=case,
        **kwargs,
    )


def test_queueing_the_same_email_twice_sends_it_once(mailoutbox):
    case = factories.CaseFactory()
    assert _queue(case=case) is not None
    assert _queue(case=case) is None
    run_queued_tasks()
    assert len(mailoutbox) == 1
    assert case.timeline.filter(kind="email").count() == 1


def test_running_the_task_twice_sends_once(mailoutbox):
    email = _queue()
    assert send_email.call(email.pk) == "sent"
    assert send_email.call(email.pk) == "skipped"
    assert len(mailoutbox) == 1
    email.refresh_from_db()
    assert email.status == "sent" and email.sent_at is not None and email.attempts == 1


def test_every_attempt_carries_the_rows_own_message_id_so_duplicates_can_be_dropped(
    mailoutbox,
):
    email = _queue()
    send_email.call(email.pk)
    OutgoingEmail.objects.filter(pk=email.pk).update(status="pending", sent_at=None)
    send_email.call(email.pk)  # sent again, as after a worker died before its commit
    assert [m.extra_headers["Message-ID"] for m in mailoutbox] == [email.message_id] * 2


def test_a_message_id_never_comes_round_again_with_the_same_key_and_id(mailoutbox):
    """A restore rewinds the ids: the next case's e-mail has the earlier one's key and
    id, and must not have its Message-ID."""
    email = _queue(key="ask-ack:case:1")
    pk = email.pk
    assert send_email.call(pk) == "sent"
    email.delete()  # the restore removes it
    again = _queue(key="ask-ack:case:1")
    OutgoingEmail.objects.filter(pk=again.pk).update(id=pk)  # the id rewound to
    assert send_email.call(pk) == "sent"
    first, second = (message.extra_headers["Message-ID"] for message in mailoutbox)
    assert first.startswith("<") and first.endswith("@infopoint.desk>")
    assert second != first


def test_a_mail_server_failure_is_retried_later(mailoutbox):
    email = _queue()
    run_queued_tasks()  # drop the first enqueue: we call the task by hand below
    mailoutbox.clear()
    OutgoingEmail.objects.filter(pk=email.pk).update(status="pending", sent_at=None)
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPServerDisconnected("gone")
    ):
        assert send_email.call(email.pk) == "retry"
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("pending", 2)
    assert "SMTPServerDisconnected" in email.last_error
    assert run_queued_tasks() == []  # not before its time
    assert run_queued_tasks(now=timezone.now() + timedelta(hours=1)) == ["sent"]
    assert len(mailoutbox) == 1


def test_it_gives_up_after_the_last_attempt(mailoutbox):
    email = _queue()
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=MAX_ATTEMPTS - 1)
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("refused")):
        assert send_email.call(email.pk) == "failed"
    email.refresh_from_db()
    assert email.status == "failed"
    assert send_email.call(email.pk) == "skipped"
    assert mailoutbox == []


def test_a_worker_killed_before_the_commit_leaves_the_email_to_the_sweep(mailoutbox):
    email = _queue()
    DBTaskResult.objects.all().delete()  # the task row died with its worker

    class Killed(BaseException):
        pass

    with (
        mock.patch("django.core.mail.EmailMessage.send", side_effect=Killed),
        pytest.raises(Killed),
    ):
        send_email.call(email.pk)
    email.refresh_from_db()
    assert email.status == "pending" and email.attempts == 0  # rolled back
    assert requeue_stale_emails(older_than=timedelta(0)) == 1
    run_queued_tasks()
    run_queued_tasks()
    assert len(mailoutbox) == 1


def test_the_task_arguments_hold_no_personal_data():
    _queue()
    [row] = DBTaskResult.objects.all()
    assert "anna@example.org" not in str(row.args_kwargs)


@pytest.mark.django_db(transaction=True)
def test_two_workers_running_the_same_email_at_once_send_it_once():
    mail.outbox = []
    email = _queue()
    barrier = threading.Barrier(2)
    results = []

    def work():
        try:
            barrier.wait()
            results.append(send_email.call(email.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["sent", "skipped"]
    assert len(mail.outbox) == 1


def test_the_sweep_command_reenqueues_only_old_pending_emails(capsys):
    from django.core.management import call_command

    fresh = _queue(key="test:fresh")
    old = _queue(key="test:old")
    OutgoingEmail.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=1))
    DBTaskResult.objects.all().delete()
    call_command("send_pending_emails")
    assert capsys.readouterr().out.strip() == "Re-enqueued 1 pending e-mail(s)."
    [row] = DBTaskResult.objects.all()
    assert row.args_kwargs["args"] == [old.pk]
    assert fresh.pk != old.pk


def test_a_row_written_without_a_message_id_gets_a_random_one_from_the_database():
    """The previous release, still serving during a deploy, does not name the column."""
    columns = (
        'key, kind, "to", subject, body, html, attachment_name, attachment_type, '
        "attachment, status, attempts, last_error, created_at"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO desk_outgoingemail ({columns}) VALUES "  # noqa: S608 - constant
            "(%s, 'old', 'a@example.org', 's', 'b', '', '', '', '', 'pending', 0, '', now()), "
            "(%s, 'old', 'a@example.org', 's', 'b', '', '', '', '', 'pending', 0, '', now()) "
            "RETURNING message_id",
            ["old:1", "old:2"],
        )
        first, second = (row[0] for row in cursor.fetchall())
    assert first.startswith("<") and first.endswith("@infopoint.desk>")
    assert first != second
