"""Retention and the right of access under Federal Law 152-FZ.

Personal data is kept while it serves the consultation; after `RETENTION_YEARS` without
activity an entrepreneur is anonymised: names, contacts and tax numbers are erased from the
record, from its audit history (pghistory event rows) and from the texts of their cases,
while the cases themselves stay for the statistics. Each run is documented in a
`DestructionLog` row (art. 21: the operator records the destruction of personal data).
"""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Replace
from django.utils import timezone

from desk.models import (
    OPEN_STATUSES,
    Appointment,
    Case,
    CaseEvent,
    Consent,
    DestructionLog,
    Entrepreneur,
    FollowUp,
    OutgoingEmail,
    Referral,
)

ANONYMISED = "anonymised"

# What an anonymised entrepreneur keeps: nothing that identifies a person.
ERASED_FIELDS = {
    "name": ANONYMISED,
    "business_name": "",
    "inn": "",
    "ogrn": "",
    "phone": "",
    "email": "",
    "sector": "",
}
# Free texts of their cases where an officer (or they themselves) may have written a name,
# an address or a number: every erased value is replaced there.
FREE_TEXTS = {
    Case: ("question", "answer"),
    CaseEvent: ("text",),
    FollowUp: ("text",),
    Referral: ("reason", "partner_note"),
}
# The shortest value replaced inside free texts: shorter ones would mangle ordinary words.
MIN_SCRUB_LENGTH = 3


def history_model(model):
    """The pghistory event model that keeps the audit rows of `model`."""
    return model._meta.get_field("history").related_model


def retention_cutoff(*, now: datetime | None = None, years: int | None = None) -> datetime:
    now = now or timezone.now()
    years = settings.RETENTION_YEARS if years is None else years
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def inactive_entrepreneurs(*, cutoff: datetime):
    recent_case = Case.objects.filter(entrepreneur=OuterRef("pk")).filter(
        Q(updated_at__gte=cutoff) | Q(status__in=OPEN_STATUSES)
    )
    return (
        Entrepreneur.objects.active()
        .filter(last_activity_at__lt=cutoff)
        .exclude(Exists(recent_case))
    )


def _update_with_history(model, pks, values):
    model.objects.filter(pk__in=pks).update(**values)
    events = history_model(model)
    names = {field.name for field in events._meta.concrete_fields}
    history_values = {key: value for key, value in values.items() if key in names}
    if history_values:
        events.objects.filter(pgh_obj_id__in=pks).update(**history_values)


def _scrub_texts(model, pks, erased):
    if not pks:
        return
    for field in FREE_TEXTS[model]:
        for value in erased:
            replaced = {field: Replace(field, Value(value), Value(ANONYMISED))}
            lookup = {f"{field}__contains": value}
            model.objects.filter(pk__in=pks, **lookup).update(**replaced)
            history_model(model).objects.filter(pgh_obj_id__in=pks, **lookup).update(**replaced)


def _anonymise(entrepreneur: Entrepreneur, now: datetime):
    erased = sorted(
        {
            getattr(entrepreneur, field)
            for field in ERASED_FIELDS
            if len(getattr(entrepreneur, field)) >= MIN_SCRUB_LENGTH
        },
        key=len,
        reverse=True,  # the full name before a part of it
    )
    case_ids = list(entrepreneur.cases.values_list("pk", flat=True))
    references = list(entrepreneur.cases.values_list("reference", flat=True))
    _update_with_history(Entrepreneur, [entrepreneur.pk], {**ERASED_FIELDS, "anonymised_at": now})
    referral_ids = list(Referral.objects.filter(case_id__in=case_ids).values_list("pk", flat=True))
    # What the entrepreneur agreed to share with a partner is personal data as a whole.
    _update_with_history(
        Referral,
        list(
            Referral.objects.filter(pk__in=referral_ids)
            .exclude(shared_data="")
            .values_list("pk", flat=True)
        ),
        {"shared_data": ANONYMISED},
    )
    _scrub_texts(Case, case_ids, erased)
    _scrub_texts(
        CaseEvent,
        list(CaseEvent.objects.filter(case_id__in=case_ids).values_list("pk", flat=True)),
        erased,
    )
    _scrub_texts(
        FollowUp,
        list(FollowUp.objects.filter(case_id__in=case_ids).values_list("pk", flat=True)),
        erased,
    )
    _scrub_texts(Referral, referral_ids, erased)
    OutgoingEmail.objects.filter(
        Q(entrepreneur=entrepreneur)
        | Q(case_id__in=case_ids)
        | (Q(to__iexact=entrepreneur.email) & ~Q(to=""))
    ).update(to="", body="", html="", attachment="")
    # Officers' reminders and notifications quote case texts: replace the values anywhere
    # in the outbox (a scan of one small table, once a day).
    for value in erased:
        for field in ("subject", "body"):
            OutgoingEmail.objects.filter(**{f"{field}__contains": value}).update(
                **{field: Replace(field, Value(value), Value(ANONYMISED))}
            )
    _forget_feedback_addresses(references)


def _forget_feedback_addresses(references):
    from feedback.models import Invitation

    Invitation.objects.filter(reference__in=references).exclude(email="").update(email="")


@transaction.atomic
def anonymise_inactive(
    *, now: datetime | None = None, years: int | None = None, triggered_by: str = ""
) -> DestructionLog:
    """Anonymise every entrepreneur without activity for `years` (RETENTION_YEARS)."""
    now = now or timezone.now()
    years = settings.RETENTION_YEARS if years is None else years
    cutoff = retention_cutoff(now=now, years=years)
    entrepreneurs = list(inactive_entrepreneurs(cutoff=cutoff).select_for_update(of=("self",)))
    for entrepreneur in entrepreneurs:
        _anonymise(entrepreneur, now)
    # The outbox is not an archive: e-mails sent before the cutoff lose address and text.
    OutgoingEmail.objects.filter(sent_at__lt=cutoff).exclude(body="").update(
        to="", body="", html="", attachment=""
    )
    return DestructionLog.objects.create(
        ran_at=now,
        subject=DestructionLog.Subject.ENTREPRENEURS,
        count=len(entrepreneurs),
        cutoff=cutoff,
        rule=f"152-FZ art. 21: no activity for {years} years (RETENTION_YEARS)",
        triggered_by=triggered_by,
    )


def _iso(value):
    return value.isoformat() if value is not None else None


def entrepreneur_export(*, entrepreneur: Entrepreneur) -> dict:
    """Everything the desk holds about one entrepreneur (152-FZ art. 14, right of access)."""
    cases = (
        Case.objects.filter(entrepreneur=entrepreneur)
        .select_related("office", "officer")
        .prefetch_related("topics", "timeline", "referrals__organisation", "follow_ups")
        .order_by("opened_at", "pk")
    )
    appointments = {
        item.case_id: item for item in Appointment.objects.filter(case__entrepreneur=entrepreneur)
    }
    return {
        "entrepreneur": {
            "id": entrepreneur.pk,
            **{field: getattr(entrepreneur, field) for field in ERASED_FIELDS},
            "legal_form": entrepreneur.legal_form,
            "language": entrepreneur.language,
            "created_at": _iso(entrepreneur.created_at),
            "last_activity_at": _iso(entrepreneur.last_activity_at),
            "anonymised_at": _iso(entrepreneur.anonymised_at),
        },
        "consents": [
            {
                "given_at": _iso(consent.given_at),
                "channel": consent.channel,
                "text_version": consent.text_version,
                "withdrawn_at": _iso(consent.withdrawn_at),
            }
            for consent in Consent.objects.filter(entrepreneur=entrepreneur).order_by("given_at")
        ],
        "cases": [
            {
                "reference": case.reference,
                "office": case.office.name,
                "channel": case.channel,
                "status": case.status,
                "topics": [topic.title for topic in case.topics.all()],
                "question": case.question,
                "answer": case.answer,
                "opened_at": _iso(case.opened_at),
                "first_answer_at": _iso(case.first_answer_at),
                "resolved_at": _iso(case.resolved_at),
                "closed_at": _iso(case.closed_at),
                "appointment": (
                    {
                        "starts_at": _iso(appointments[case.pk].starts_at),
                        "status": appointments[case.pk].status,
                    }
                    if case.pk in appointments
                    else None
                ),
                "events": [
                    {"kind": event.kind, "text": event.text, "created_at": _iso(event.created_at)}
                    for event in case.timeline.all()
                ],
                "follow_ups": [
                    {
                        "due_date": _iso(item.due_date),
                        "text": item.text,
                        "done_at": _iso(item.done_at),
                    }
                    for item in case.follow_ups.all()
                ],
                "referrals": [
                    {
                        "organisation": referral.organisation.name,
                        "reason": referral.reason,
                        "shared_data": referral.shared_data,
                        "status": referral.status,
                        "sent_at": _iso(referral.sent_at),
                        "answered_at": _iso(referral.answered_at),
                        "partner_note": referral.partner_note,
                    }
                    for referral in case.referrals.all()
                ],
            }
            for case in cases
        ],
    }
