"""Opening a case at the desk, by phone or e-mail, with or without a new entrepreneur, and
handing out manual pages."""

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import BigIntegerField, CharField, Func, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk import timeline
from desk.models import Case, CaseEvent, Entrepreneur, Office, ServiceStandard, Status
from desk.models.cases import REFERENCE_SEQUENCE
from desk.selectors import has_active_consent
from desk.services.cases.timeline import case_event_add, constraint_errors
from desk.services.entrepreneurs import entrepreneur_create
from desk.working_days import add_working_days


def due_dates(*, office: Office, opened_at: datetime) -> tuple[date | None, date | None]:
    try:
        standard = office.service_standard  # loaded with the office where it is known
    except ServiceStandard.DoesNotExist:
        return None, None
    return (
        add_working_days(opened_at, standard.first_answer_days),
        add_working_days(opened_at, standard.resolution_days),
    )


def _next_reference(*, year: int) -> Concat:
    """format_reference() of the sequence's next number, drawn by the case's own INSERT,
    which returns it: no round trip of its own. to_char's 0s pad to six digits and its
    9s let the number grow, as f"{number:06d}" does."""
    prefix = getattr(settings, "DESK_REFERENCE_PREFIX", "KGD")
    number = Func(template=f"nextval('{REFERENCE_SEQUENCE}')", output_field=BigIntegerField())
    digits = Func(
        number, Value("FM999999999999000000"), function="to_char", output_field=CharField()
    )
    return Concat(Value(f"{prefix}-{year}-"), digits, output_field=CharField())


def entrepreneur_of_another_office() -> ValidationError:
    return ValidationError(
        _(
            "This entrepreneur's record belongs to another office. For a consultation at "
            "the office chosen, choose that office's own record of the person, or record "
            "them there as a new entrepreneur."
        ),
        code="entrepreneur_of_another_office",
    )


def require_record_of_office(*, entrepreneur: Entrepreneur | None, office_id: int):
    """A case stands on its own office's record of the person: another office's record
    holds what the person told that office and consented to there, and a case would show
    it to everyone who works the case (docs/security.md). The database holds the same
    rule (`case_entrepreneur_of_its_office`, desk's migration 0016)."""
    if entrepreneur is not None and entrepreneur.office_id != office_id:
        raise entrepreneur_of_another_office()


def _touch_entrepreneur(entrepreneur: Entrepreneur | None, office: Office, now: datetime):
    if entrepreneur is None:
        return
    entrepreneur.offices.add(office)
    Entrepreneur.objects.filter(pk=entrepreneur.pk).update(last_activity_at=now)


def case_intake(
    *,
    office: Office,
    channel: str,
    question: str,
    officer: AbstractBaseUser | None = None,
    entrepreneur: Entrepreneur | None = None,
    topics: Iterable = (),
    handouts: Iterable = (),
    answer: str = "",
    idempotency_key: uuid.UUID | str | None = None,
    opened_at: datetime | None = None,
    arrived_at: datetime | None = None,
    started_at: datetime | None = None,
    ended_at: datetime | None = None,
    no_manual_answer: bool = False,
    gap_topic=None,
    author: AbstractBaseUser | None = None,
) -> Case:
    """Open a case, with its topics, timeline entry and handouts, all or nothing.

    With an idempotency key a repeated submission returns the first case: the key's
    unique index refuses the second insert, which rolls back everything this intake
    wrote. The first case is looked up only then, outside the rolled-back block, so the
    common path spends neither a query nor a savepoint on the key."""
    require_record_of_office(entrepreneur=entrepreneur, office_id=office.pk)
    if entrepreneur is not None and not has_active_consent(entrepreneur):
        raise ValidationError(
            _(
                "This entrepreneur has not consented to personal-data processing: "
                "record the consultation anonymously."
            ),
            code="consent_required",
        )
    now = timezone.now()
    opened_at = opened_at or now
    if channel == Case.Channel.WALK_IN and arrived_at is None:
        arrived_at = opened_at
    first_answer_due, resolution_due = due_dates(office=office, opened_at=opened_at)
    case = Case(
        reference=_next_reference(year=timezone.localtime(opened_at).year),
        office=office,
        channel=channel,
        entrepreneur=entrepreneur,
        question=question,
        answer=answer,
        officer=officer,
        status=Status.IN_PROGRESS if officer else Status.NEW,
        opened_at=opened_at,
        first_answer_at=now if answer else None,
        first_answer_due=first_answer_due,
        resolution_due=resolution_due,
        arrived_at=arrived_at,
        started_at=started_at,
        ended_at=ended_at,
        no_manual_answer=no_manual_answer,
        gap_topic=gap_topic if no_manual_answer else None,
        idempotency_key=idempotency_key or None,
    )
    # The related rows are instances the caller loaded (the foreign keys hold them) and
    # PostgreSQL checks the constraints on the insert: no query per check here.
    case.full_clean(
        exclude=["idempotency_key", "reference", "office", "entrepreneur", "officer", "gap_topic"],
        validate_constraints=False,
    )
    try:
        with transaction.atomic():
            with constraint_errors(Case):
                case.save()
            topics = list(topics)
            if topics:
                case.topics.add(*topics)
            case_event_add(case=case, kind=CaseEvent.Kind.INTAKE, author=author or officer)
            handouts = list(handouts)
            if handouts:
                case_hand_out(case=case, user=author or officer, articles=handouts)
            _touch_entrepreneur(entrepreneur, office, now)
    except IntegrityError:
        if idempotency_key:
            existing = Case.objects.filter(idempotency_key=idempotency_key).first()
            if existing is not None:
                # A repeat of the same form lands on its first case; a key taken from
                # someone else's form learns nothing about their case.
                if existing.officer_id == getattr(officer, "pk", None):
                    return existing
                raise ValidationError(
                    _("This form has already been sent. Open a new form to record another case."),
                    code="idempotency_key_taken",
                ) from None
        raise
    return case


def case_intake_with_new_entrepreneur(
    *,
    entrepreneur_data: dict,
    consent_given: bool,
    recorded_by: AbstractBaseUser | None = None,
    **case_data,
) -> Case:
    """Record a new entrepreneur (with consent) and their case, both or neither."""
    with transaction.atomic():
        entrepreneur = entrepreneur_create(
            consent_given=consent_given,
            consent_channel=case_data["channel"],
            office=case_data["office"],
            recorded_by=recorded_by,
            **entrepreneur_data,
        )
        case = case_intake(entrepreneur=entrepreneur, **case_data)
        if case.entrepreneur_id != entrepreneur.pk:
            # A twin submission with the same key won the race: keep only its records.
            transaction.set_rollback(True)
    return case


@transaction.atomic
def case_hand_out(*, case: Case, user: AbstractBaseUser | None, articles: Iterable) -> list:
    """Add manual articles to the entrepreneur's checklist; returns the newly added ones."""
    already = set(case.handouts.values_list("pk", flat=True))
    added = [article for article in articles if article.pk not in already]
    if not added:
        return []
    case.handouts.add(*added)
    case_event_add(
        case=case,
        kind=CaseEvent.Kind.HANDOUT,
        author=user,
        data=timeline.line("handout", articles=timeline.article_titles(added)),
    )
    return added
