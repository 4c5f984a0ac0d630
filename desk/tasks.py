"""Background jobs of the desk (django.tasks, database backend).

E-mail delivery guarantee: the outbox row is locked (SELECT … FOR UPDATE) while the message
is handed to the mail server, and marked sent in the same transaction. A second run of the
task — a duplicate enqueue, the stale-mail sweep, a retry — waits for the lock, sees "sent"
and does nothing. The one honest gap: if the worker dies after the mail server accepted the
message but before the commit, the row is still pending and the sweep sends it again
(at-least-once at that single boundary; SMTP offers no way to close it). The message carries
the outbox row's own Message-ID, the same on every attempt, so receiving servers can drop
such a duplicate; it is random, never derived from ids a restore would hand out again.
"""

import smtplib
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from desk.models import OutgoingEmail

MAX_ATTEMPTS = 5
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30))


def _message(email: OutgoingEmail) -> EmailMessage:
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        to=[email.to],
        headers={"Message-ID": email.message_id},
    )
    if email.attachment:
        message.attach(email.attachment_name, email.attachment, email.attachment_type)
    return message


@task
def send_email(email_id: int) -> str:
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status != OutgoingEmail.Status.PENDING:
            return "skipped"
        email.attempts += 1
        try:
            _message(email).send()
        except (smtplib.SMTPException, OSError) as error:
            email.last_error = f"{type(error).__name__}: {error}"[:1000]
            if email.attempts >= MAX_ATTEMPTS:
                email.status = OutgoingEmail.Status.FAILED
            else:
                delay = RETRY_DELAYS[min(email.attempts, len(RETRY_DELAYS)) - 1]
                send_email.using(run_after=timezone.now() + delay).enqueue(email.pk)
            email.save(update_fields=["attempts", "last_error", "status"])
            return "failed" if email.status == OutgoingEmail.Status.FAILED else "retry"
        email.status = OutgoingEmail.Status.SENT
        email.sent_at = timezone.now()
        email.save(update_fields=["attempts", "status", "sent_at"])
    return "sent"


def requeue_stale_emails(*, older_than: timedelta = timedelta(minutes=15)) -> int:
    """Enqueue again the e-mails still pending long after they were queued (a worker died
    mid-task); the lock in `send_email` makes a surplus run harmless."""
    cutoff = timezone.now() - older_than
    ids = list(
        OutgoingEmail.objects.filter(
            status=OutgoingEmail.Status.PENDING, created_at__lt=cutoff
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        send_email.enqueue(pk)
    return len(ids)
