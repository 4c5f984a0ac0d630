"""Writes of cases: intake, the status workflow, notes, handouts, follow-ups, edits.

Each service writes its own timeline entry (CaseEvent); pghistory keeps the row history.
"""

import uuid
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import date, datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import BigIntegerField, CharField, F, Func, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from desk.models import (
    TRANSITIONS,
    Case,
    CaseEvent,
    Entrepreneur,
    FollowUp,
    Office,
    ServiceStandard,
    Status,
)
from desk.models.cases import REFERENCE_SEQUENCE
from desk.selectors import has_active_consent
from desk.services.entrepreneurs import entrepreneur_create
from desk.working_days import add_working_days
from feedback.services import invitation_create


class CaseConflict(Exception):
    """Someone else saved the case after it was loaded: nothing was written."""

    def __init__(self, *, current: Case, changed_fields: list[str]):
        super().__init__(f"case {current.pk} changed since it was loaded")
        self.current = current
        self.changed_fields = changed_fields


# Fields an officer edits on the case page (scalars; topics are set separately).
EDITABLE_FIELDS = (
    "question",
    "answer",
    "channel",
    "entrepreneur",
    "officer",
    "no_manual_answer",
    "gap_topic",
    "arrived_at",
    "started_at",
    "ended_at",
)


def case_event_add(
    *,
    case: Case,
    kind: str,
    author: AbstractBaseUser | None = None,
    text: str = "",
    from_status: str = "",
    to_status: str = "",
) -> CaseEvent:
    """Append one line to a case's timeline (referrals, e-mails and bookings use it too)."""
    event = CaseEvent(
        case=case,
        kind=kind,
        author=author,
        text=text,
        from_status=from_status,
        to_status=to_status,
    )
    # Choices are checked here; PostgreSQL checks the constraints on the insert.
    event.full_clean(exclude=["case", "author"], validate_constraints=False)
    with constraint_errors(CaseEvent):
        event.save()
    return event


@contextmanager
def constraint_errors(model):
    """A CheckConstraint that PostgreSQL reports becomes the ValidationError full_clean()
    would have raised; any other integrity error passes unchanged.

    Validating constraints in full_clean() costs a query and a savepoint per constraint
    on every write, so services validate fields in Python and let the database enforce
    the constraints once, on the write itself. The caller's transaction rolls back."""
    try:
        yield
    except IntegrityError as error:
        name = getattr(getattr(error.__cause__, "diag", None), "constraint_name", None)
        for constraint in model._meta.constraints:
            if constraint.name == name:
                raise ValidationError(
                    constraint.get_violation_error_message(),
                    code=constraint.violation_error_code or constraint.name,
                ) from error
        raise


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


def _locked(case: Case) -> Case:
    return Case.objects.select_for_update().get(pk=case.pk)


@transaction.atomic
def case_change_status(
    *, case: Case, to_status: str, user: AbstractBaseUser | None, note: str = ""
) -> Case:
    """Move a case along the workflow; refused when the transition is not allowed."""
    locked = _locked(case)
    from_status = Status(locked.status)
    to_status = Status(to_status)
    if to_status not in TRANSITIONS[from_status]:
        raise ValidationError(
            _("A case that is “%(from)s” cannot become “%(to)s”."),
            code="transition_not_allowed",
            params={"from": from_status.label, "to": to_status.label},
        )
    now = timezone.now()
    updates = {"status": to_status}
    if to_status in (Status.WAITING_ENTREPRENEUR, Status.RESOLVED) and not locked.first_answer_at:
        updates["first_answer_at"] = now
    if to_status == Status.RESOLVED:
        updates["resolved_at"] = now
    if to_status == Status.CLOSED:
        updates["closed_at"] = now
    if to_status == Status.IN_PROGRESS:
        if from_status in (Status.RESOLVED, Status.CLOSED):
            updates.update(resolved_at=None, closed_at=None)
        if locked.officer_id is None and user is not None:
            updates["officer"] = user
    for key, value in updates.items():
        setattr(locked, key, value)
    locked.version += 1
    locked.save(update_fields=[*updates, "version", "updated_at"])
    case_event_add(
        case=locked,
        kind=CaseEvent.Kind.STATUS_CHANGE,
        author=user,
        text=note,
        from_status=from_status,
        to_status=to_status,
    )
    if locked.entrepreneur_id:
        Entrepreneur.objects.filter(pk=locked.entrepreneur_id).update(last_activity_at=now)
    for key in [*updates, "version", "updated_at"]:
        setattr(case, key, getattr(locked, key))
    return locked


class OpenItems:
    """What a closing case still has open: referrals awaiting a partner, follow-ups."""

    CLOSE = "close"
    KEEP = "keep"

    def __init__(self, case: Case):
        from desk.models import Referral

        self.referrals = list(
            Referral.objects.filter(case=case, status__in=REFERRAL_OPEN_STATUSES)
            .select_related("organisation")
            .order_by("pk")
        )
        self.follow_ups = list(
            FollowUp.objects.filter(case=case, done_at__isnull=True).order_by("pk")
        )

    def __bool__(self):
        return bool(self.referrals or self.follow_ups)

    def describe(self) -> str:
        parts = []
        if self.referrals:
            parts.append(
                ngettext(
                    "%(count)d open referral", "%(count)d open referrals", len(self.referrals)
                )
                % {"count": len(self.referrals)}
            )
        if self.follow_ups:
            parts.append(
                ngettext(
                    "%(count)d open follow-up", "%(count)d open follow-ups", len(self.follow_ups)
                )
                % {"count": len(self.follow_ups)}
            )
        return ", ".join(parts)


REFERRAL_OPEN_STATUSES = ("sent", "accepted")


@transaction.atomic
def case_close(
    *,
    case: Case,
    user: AbstractBaseUser | None,
    note: str = "",
    open_items: str | None = None,
) -> Case | None:
    """Close a resolved case and invite the entrepreneur to rate the consultation.

    A case with open referrals or follow-ups closes only on the officer's decision:
    `open_items="close"` closes them with the case, `"keep"` keeps the case open (and
    returns None). Either way the timeline says what was decided."""
    locked = _locked(case)
    items = OpenItems(locked)
    if items and open_items not in (OpenItems.CLOSE, OpenItems.KEEP):
        raise ValidationError(
            _("This case still has %(items)s: close them with the case, or keep the case open."),
            code="open_items_undecided",
            params={"items": items.describe()},
        )
    if items and open_items == OpenItems.KEEP:
        case_event_add(
            case=locked,
            kind=CaseEvent.Kind.NOTE,
            author=user,
            text=gettext("Kept open, not closed: %(items)s.") % {"items": items.describe()},
        )
        return None
    if items:
        _close_open_items(case=locked, items=items, user=user)
    case = case_change_status(case=case, to_status=Status.CLOSED, user=user, note=note)
    _invite_feedback(case)
    return case


def _close_open_items(*, case: Case, items: OpenItems, user: AbstractBaseUser | None):
    now = timezone.now()
    description = items.describe()
    for referral in items.referrals:
        referral.status = "no_answer"
        referral.save(update_fields=["status"])
    for follow_up in items.follow_ups:
        follow_up.done_at = max(now, follow_up.created_at)
        follow_up.save(update_fields=["done_at"])
    lines = [gettext("Closed with the case: %(items)s.") % {"items": description}]
    lines += [
        gettext("Referral: %(organisation)s — no answer awaited any more")
        % {"organisation": referral.organisation.name}
        for referral in items.referrals
    ]
    lines += [
        gettext("Follow-up: %(text)s") % {"text": follow_up.text} for follow_up in items.follow_ups
    ]
    case_event_add(case=case, kind=CaseEvent.Kind.NOTE, author=user, text="\n".join(lines))


def _invite_feedback(case: Case):
    """The feedback app creates the satisfaction invitation (desk → feedback, never back).

    Anonymous walk-ins get one too: its short code is printed on their checklist."""
    entrepreneur = case.entrepreneur
    has_contact = entrepreneur is not None and entrepreneur.anonymised_at is None
    invitation = invitation_create(
        reference=case.reference,
        office_id=case.office_id,
        email=entrepreneur.email if has_contact else "",
        language=entrepreneur.language if entrepreneur else "ru",
    )
    case_event_add(
        case=case,
        kind=CaseEvent.Kind.FEEDBACK,
        text=str(_("Feedback invitation created.")),
    )
    return invitation


@transaction.atomic
def case_add_note(*, case: Case, user: AbstractBaseUser | None, text: str) -> CaseEvent:
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("A note needs some text."), code="note_empty")
    return case_event_add(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=text)


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
        text="\n".join(article.title for article in added),
    )
    return added


@transaction.atomic
def case_update(
    *,
    case: Case,
    expected_version: int,
    user: AbstractBaseUser | None,
    data: dict,
    topics: Iterable | None = None,
) -> Case:
    """Save an officer's edit only if nobody saved the case since they loaded it."""
    fields = {key: value for key, value in data.items() if key in EDITABLE_FIELDS}
    if fields.get("entrepreneur") and not has_active_consent(fields["entrepreneur"]):
        raise ValidationError(
            _(
                "This entrepreneur has not consented to personal-data processing: "
                "record the consultation anonymously."
            ),
            code="consent_required",
        )
    if not fields.get("no_manual_answer", case.no_manual_answer):
        fields["gap_topic"] = None
    candidate = Case.objects.get(pk=case.pk)
    attnames = {key: Case._meta.get_field(key).attname for key in fields}
    before = {key: getattr(candidate, attname) for key, attname in attnames.items()}
    for key, value in fields.items():
        setattr(candidate, key, value)
    candidate.full_clean(exclude=["idempotency_key", "reference"])
    rows = Case.objects.filter(pk=case.pk, version=expected_version).update(
        **fields, version=F("version") + 1, updated_at=timezone.now()
    )
    if rows == 0:
        current = Case.objects.select_related("officer", "entrepreneur").get(pk=case.pk)
        raise CaseConflict(
            current=current, changed_fields=changed_since(case=current, version=expected_version)
        )
    labels = []
    if topics is not None:
        topics = list(topics)
        if {t.pk for t in topics} != set(candidate.topics.values_list("pk", flat=True)):
            labels.append(str(Case._meta.get_field("topics").verbose_name))
        candidate.topics.set(topics)
    candidate.refresh_from_db()
    labels = [
        str(Case._meta.get_field(key).verbose_name)
        for key, attname in attnames.items()
        if getattr(candidate, attname) != before[key]
    ] + labels
    if labels:
        case_event_add(
            case=candidate,
            kind=CaseEvent.Kind.EDIT,
            author=user,
            text=", ".join(labels),
        )
    if fields.get("entrepreneur"):
        _touch_entrepreneur(fields["entrepreneur"], candidate.office, timezone.now())
    return candidate


def changed_since(*, case: Case, version: int) -> list[str]:
    """The verbose names of the fields that differ from the snapshot at `version`."""
    snapshot = case.history.filter(version=version).order_by("-pgh_id").first()
    if snapshot is None:
        return []
    names = []
    for field in Case._meta.concrete_fields:
        if field.name in ("version", "updated_at"):
            continue
        if getattr(snapshot, field.attname, None) != getattr(case, field.attname):
            names.append(str(field.verbose_name))
    return names


@transaction.atomic
def case_mark_time(*, case: Case, user: AbstractBaseUser | None, moment: str) -> Case:
    """One key at the desk: the walk-in consultation starts ("start") or ends ("end")."""
    locked = _locked(case)
    now = timezone.now()
    if moment == "start" and locked.started_at is None:
        locked.started_at = max(now, locked.arrived_at) if locked.arrived_at else now
        field = "started_at"
    elif moment == "end" and locked.started_at is not None and locked.ended_at is None:
        locked.ended_at = now
        field = "ended_at"
    else:
        raise ValidationError(_("This time is already recorded."), code="time_already_recorded")
    locked.version += 1
    locked.save(update_fields=[field, "version", "updated_at"])
    return locked


@transaction.atomic
def follow_up_add(
    *,
    case: Case,
    user: AbstractBaseUser | None,
    due_date: date,
    text: str,
    assigned_to: AbstractBaseUser | None = None,
) -> FollowUp:
    follow_up = FollowUp(
        case=case,
        due_date=due_date,
        text=text,
        assigned_to=assigned_to or user,
        created_by=user,
    )
    follow_up.full_clean(exclude=["case", "assigned_to", "created_by"])
    follow_up.save()
    case_event_add(
        case=case,
        kind=CaseEvent.Kind.FOLLOW_UP,
        author=user,
        text=_("Follow-up on %(date)s: %(text)s") % {"date": due_date.isoformat(), "text": text},
    )
    return follow_up


@transaction.atomic
def follow_up_done(*, follow_up: FollowUp, user: AbstractBaseUser | None) -> FollowUp:
    if follow_up.done_at is not None:
        return follow_up
    follow_up.done_at = timezone.now()
    follow_up.save(update_fields=["done_at"])
    case_event_add(
        case=follow_up.case,
        kind=CaseEvent.Kind.FOLLOW_UP,
        author=user,
        text=_("Follow-up done: %(text)s") % {"text": follow_up.text},
    )
    return follow_up
