"""The desk's outgoing e-mail: each logical e-mail is rendered once into the outbox
(`OutgoingEmail`, unique by key) and handed to the `send_email` task."""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from desk.models import Case, CaseEvent, Entrepreneur, OutgoingEmail


def render_email(template: str, context: dict, language: str) -> tuple[str, str]:
    with translation.override(language):
        subject = render_to_string(f"desk/emails/{template}_subject.txt", context)
        body = render_to_string(f"desk/emails/{template}.txt", context)
    return " ".join(subject.split()), body


@transaction.atomic
def email_queue(
    *,
    key: str,
    kind: str,
    to: str,
    template: str,
    context: dict,
    language: str = "ru",
    case: Case | None = None,
    entrepreneur: Entrepreneur | None = None,
    attachment: tuple[str, str, str] | None = None,
) -> OutgoingEmail | None:
    """Queue one logical e-mail; returns None when there is no address or when the e-mail
    with this key was queued before (so a repeated request never mails twice).

    The task row is written in the same transaction as the outbox row (the database task
    backend): both commit together or neither does.
    """
    from desk.tasks import send_email

    if not to:
        return None
    subject, body = render_email(template, context, language)
    name, mimetype, content = attachment or ("", "", "")
    email, created = OutgoingEmail.objects.get_or_create(
        key=key,
        defaults={
            "kind": kind,
            "to": to,
            "subject": subject,
            "body": body,
            "attachment_name": name,
            "attachment_type": mimetype,
            "attachment": content,
            "case": case,
            "entrepreneur": entrepreneur,
        },
    )
    if not created:
        return None
    send_email.enqueue(email.pk)
    if case is not None:
        from desk.services.cases import case_event_add

        case_event_add(case=case, kind=CaseEvent.Kind.EMAIL, text=subject)
    return email
