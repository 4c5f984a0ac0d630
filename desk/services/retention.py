"""Retention and the right of access under Federal Law 152-FZ.

Personal data is kept while it serves the consultation and the entrepreneur consents; after
`RETENTION_YEARS` without activity, or the night after they withdraw their consent, an
entrepreneur is anonymised: names, contacts and tax numbers are erased from the
record and from its audit history (pghistory event rows), and every occurrence of them in
any text column of the database — case texts, timelines, referrals, feedback answers, the
outbox, site feedback, logs, and the history rows of all of them — is replaced
(`desk.services.scrubbing`), while the cases themselves stay for the statistics.
Site feedback and the search log have their own schedules (`SITE_FEEDBACK_RETENTION_DAYS`,
`SEARCH_LOG_RETENTION_DAYS`). Each run of each rule is documented in a `DestructionLog`
row: when, under which rule, how many, and how many rows per table — never the data
itself (art. 21: the operator records the destruction of personal data).
"""

from datetime import datetime, timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from desk.models import (
    OPEN_STATUSES,
    Appointment,
    Case,
    Consent,
    DestructionLog,
    Entrepreneur,
    OutgoingEmail,
    Referral,
)
from desk.services.scrubbing import (
    ANONYMISED,
    ScrubReport,
    person_patterns,
    scrub_everywhere,
    scrub_model,
    scrubbed_models,
)

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
# How many people one database-wide pass looks for: each pass reads every text of the
# database once and keeps their words and numbers in memory.
PEOPLE_PER_PASS = 1000


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


def _update_with_history(model, pks, values, report):
    report.add(model._meta.db_table, model.objects.filter(pk__in=pks).update(**values))
    events = history_model(model)
    names = {field.name for field in events._meta.concrete_fields}
    history_values = {key: value for key, value in values.items() if key in names}
    if history_values:
        report.add(
            events._meta.db_table,
            events.objects.filter(pgh_obj_id__in=pks).update(**history_values),
        )


def _values_of(entrepreneur, field):
    """The current value and every earlier one the audit history kept (a changed phone,
    a corrected name)."""
    values = {getattr(entrepreneur, field)}
    values.update(entrepreneur.history.values_list(field, flat=True))
    return sorted(value for value in values if value)


def _own_rows(entrepreneur, case_ids, references):
    """Per model, the rows that belong to the entrepreneur: their record, their cases, and
    everything pointing at either (history rows included), their feedback invitations."""
    from feedback.models import Invitation

    roots = {
        Entrepreneur: [entrepreneur.pk],
        Case: case_ids,
        Invitation: list(
            Invitation.objects.filter(reference__in=references).values_list("pk", flat=True)
        ),
    }
    scopes = {}
    for model in scrubbed_models():
        conditions = [Q(pk__in=roots[model])] if model in roots else []
        conditions += [
            Q(**{f"{column.attname}__in": roots[column.related_model]})
            for column in model._meta.concrete_fields
            if column.is_relation and column.related_model in roots
        ]
        if conditions:
            scopes[model] = reduce(or_, conditions)
    return scopes


def _anonymise(entrepreneur: Entrepreneur, now: datetime, report: ScrubReport):
    """Erase one entrepreneur; returns what they were and the pattern that finds them in
    anyone's texts."""
    person = {
        "names": _values_of(entrepreneur, "name"),
        "phones": _values_of(entrepreneur, "phone"),
        "emails": _values_of(entrepreneur, "email"),
        "numbers": _values_of(entrepreneur, "inn") + _values_of(entrepreneur, "ogrn"),
    }
    strict, own = person_patterns(**person, own_words=_values_of(entrepreneur, "business_name"))
    case_ids = list(entrepreneur.cases.values_list("pk", flat=True))
    references = list(entrepreneur.cases.values_list("reference", flat=True))
    emails = _values_of(entrepreneur, "email")
    _update_with_history(
        Entrepreneur, [entrepreneur.pk], {**ERASED_FIELDS, "anonymised_at": now}, report
    )
    # What the entrepreneur agreed to share with a partner is personal data as a whole.
    _update_with_history(
        Referral,
        list(
            Referral.objects.filter(case_id__in=case_ids)
            .exclude(shared_data="")
            .values_list("pk", flat=True)
        ),
        {"shared_data": ANONYMISED},
        report,
    )
    # The e-mails to them or about their cases lose address, text and attachment.
    to_them = reduce(or_, (Q(to__iexact=email) for email in emails), Q(pk__in=[]))
    report.add(
        OutgoingEmail._meta.db_table,
        OutgoingEmail.objects.filter(
            Q(entrepreneur=entrepreneur) | Q(case_id__in=case_ids) | to_them
        )
        .exclude(to="", body="", html="", attachment="")
        .update(to="", body="", html="", attachment=""),
    )
    for model, scope in _own_rows(entrepreneur, case_ids, references).items():
        report.add(model._meta.db_table, scrub_model(model, own, scope=scope))
    _forget_feedback_addresses(references, report)
    return person, strict


def _forget_feedback_addresses(references, report):
    from feedback.models import Invitation

    report.add(
        Invitation._meta.db_table,
        Invitation.objects.filter(reference__in=references).exclude(email="").update(email=""),
    )


def _anonymise_people(entrepreneurs, now: datetime, report: ScrubReport) -> None:
    """Erase each entrepreneur's record, then what anyone wrote about them in any table.
    Other entrepreneurs' records are theirs (a shared family phone stays until their own
    retention)."""
    people = [_anonymise(entrepreneur, now, report) for entrepreneur in entrepreneurs]
    skip = {Entrepreneur, history_model(Entrepreneur)}
    for start in range(0, len(people), PEOPLE_PER_PASS):
        batch = people[start : start + PEOPLE_PER_PASS]
        scrub_everywhere(batch, report=report, skip=skip)


@transaction.atomic
def anonymise_inactive(
    *, now: datetime | None = None, years: int | None = None, triggered_by: str = ""
) -> DestructionLog:
    """Anonymise every entrepreneur without activity for `years` (RETENTION_YEARS)."""
    now = now or timezone.now()
    years = settings.RETENTION_YEARS if years is None else years
    cutoff = retention_cutoff(now=now, years=years)
    entrepreneurs = list(inactive_entrepreneurs(cutoff=cutoff).select_for_update(of=("self",)))
    report = ScrubReport()
    _anonymise_people(entrepreneurs, now, report)
    # The outbox is not an archive: e-mails sent before the cutoff lose address and text.
    report.add(
        OutgoingEmail._meta.db_table,
        OutgoingEmail.objects.filter(sent_at__lt=cutoff)
        .exclude(to="", body="", html="", attachment="")
        .update(to="", body="", html="", attachment=""),
    )
    return DestructionLog.objects.create(
        ran_at=now,
        subject=DestructionLog.Subject.ENTREPRENEURS,
        count=len(entrepreneurs),
        cutoff=cutoff,
        tables=dict(sorted(report.tables.items())),
        rule=f"152-FZ art. 21: no activity for {years} years (RETENTION_YEARS)",
        triggered_by=triggered_by,
    )


def withdrawn_entrepreneurs(*, before: datetime):
    """Entrepreneurs who withdrew their consent before `before` and gave none since."""
    consents = Consent.objects.filter(entrepreneur=OuterRef("pk"))
    return (
        Entrepreneur.objects.active()
        .filter(Exists(consents.filter(withdrawn_at__lt=before)))
        .exclude(Exists(consents.filter(withdrawn_at=None)))
    )


@transaction.atomic
def anonymise_withdrawn(*, now: datetime | None = None, triggered_by: str = "") -> DestructionLog:
    """Anonymise every entrepreneur who withdrew consent: 152-FZ art. 21 part 5 gives the
    operator thirty days; the nightly run takes them the night after. Their cases stay,
    without the person, as the inactive entrepreneurs' do."""
    now = now or timezone.now()
    entrepreneurs = list(withdrawn_entrepreneurs(before=now).select_for_update(of=("self",)))
    report = ScrubReport()
    _anonymise_people(entrepreneurs, now, report)
    return DestructionLog.objects.create(
        ran_at=now,
        subject=DestructionLog.Subject.CONSENT_WITHDRAWN,
        count=len(entrepreneurs),
        cutoff=now,
        tables=dict(sorted(report.tables.items())),
        rule="152-FZ art. 21 part 5: consent withdrawn",
        triggered_by=triggered_by,
    )


@transaction.atomic
def forget_site_feedback(*, now: datetime | None = None, triggered_by: str = "") -> DestructionLog:
    """Delete site feedback older than SITE_FEEDBACK_RETENTION_DAYS, with its history."""
    from feedback.models import SiteFeedback

    now = now or timezone.now()
    days = settings.SITE_FEEDBACK_RETENTION_DAYS
    cutoff = now - timedelta(days=days)
    old = SiteFeedback.objects.filter(created_at__lt=cutoff)
    pks = list(old.values_list("pk", flat=True))
    report = ScrubReport()
    _, per_model = SiteFeedback.objects.filter(pk__in=pks).delete()
    for label, rows in per_model.items():
        report.add(_table_of(label), rows)
    # After the rows: a delete that pghistory recorded is removed with the rest.
    events = history_model(SiteFeedback)
    report.add(events._meta.db_table, events.objects.filter(pgh_obj_id__in=pks).delete()[0])
    return DestructionLog.objects.create(
        ran_at=now,
        subject=DestructionLog.Subject.SITE_FEEDBACK,
        count=len(pks),
        cutoff=cutoff,
        tables=dict(sorted(report.tables.items())),
        rule=f"152-FZ art. 21: site feedback older than {days} days "
        "(SITE_FEEDBACK_RETENTION_DAYS)",
        triggered_by=triggered_by,
    )


@transaction.atomic
def forget_search_queries(
    *, now: datetime | None = None, triggered_by: str = ""
) -> DestructionLog:
    """Delete logged searches older than SEARCH_LOG_RETENTION_DAYS: people type names,
    phones and tax numbers into a search box."""
    from manual.models import SearchQuery

    now = now or timezone.now()
    days = settings.SEARCH_LOG_RETENTION_DAYS
    cutoff = now - timedelta(days=days)
    rows, _ = SearchQuery.objects.filter(created_at__lt=cutoff).delete()
    return DestructionLog.objects.create(
        ran_at=now,
        subject=DestructionLog.Subject.SEARCH_QUERIES,
        count=rows,
        cutoff=cutoff,
        tables={SearchQuery._meta.db_table: rows} if rows else {},
        rule=f"152-FZ art. 21: searches older than {days} days (SEARCH_LOG_RETENTION_DAYS)",
        triggered_by=triggered_by,
    )


def _table_of(label):
    from django.apps import apps

    return apps.get_model(label)._meta.db_table


def apply_retention(
    *, now: datetime | None = None, years: int | None = None, triggered_by: str = ""
) -> list[DestructionLog]:
    """Every retention rule, each in its own transaction and with its own log entry."""
    now = now or timezone.now()
    return [
        anonymise_inactive(now=now, years=years, triggered_by=triggered_by),
        anonymise_withdrawn(now=now, triggered_by=triggered_by),
        forget_site_feedback(now=now, triggered_by=triggered_by),
        forget_search_queries(now=now, triggered_by=triggered_by),
    ]


def _iso(value):
    return value.isoformat() if value is not None else None


def entrepreneur_export(*, entrepreneur: Entrepreneur, cases_within=None) -> dict:
    """Everything the desk holds about one entrepreneur (152-FZ art. 14, right of access);
    `cases_within` (a queryset of cases) narrows it to the cases one officer may read."""
    cases = Case.objects.filter(entrepreneur=entrepreneur)
    if cases_within is not None:
        cases = cases.filter(pk__in=cases_within.values("pk"))
    cases = (
        cases.select_related("office", "officer")
        .prefetch_related("topics", "timeline", "referrals__organisation", "follow_ups")
        .order_by("opened_at", "pk")
    )
    appointments = {
        item.case_id: item for item in Appointment.objects.filter(case__in=cases.values("pk"))
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
