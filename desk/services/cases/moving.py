"""Handing a case over to another office.

Each office keeps its own record of a person, with what the person told that office and
consented to there (docs/security.md), and a case stands on a record of its own office
(`require_record_of_office`). So a case handed over from office A to office B never takes
A's record along: B works it on B's own record of the person — the one B keeps of the
same taxpayer (by INN), or one made at the hand-over from the details the case's record
holds, with the entrepreneur's agreement recorded as their consent at B, by whoever hands
the case over. A's record stays A's: B sees none of what A keeps beyond this case.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models import OPEN_STATUSES, Case, CaseEvent, Entrepreneur, FollowUp, Office
from desk.selectors import has_active_consent
from desk.services.cases.intake import _touch_entrepreneur
from desk.services.cases.timeline import case_event_add
from desk.services.entrepreneurs import ENTREPRENEUR_FIELDS, consent_record, entrepreneur_create


def case_move_problem(
    *, case: Case, office: Office, entrepreneur: Entrepreneur | None, entrepreneur_agreed: bool
):
    """Why `case`, with `entrepreneur` (its own, or None once removed), may not be handed
    over to `office` now, as a ValidationError, or None. The forms ask it before they
    save; `case_move` asks it again under the case's lock."""
    if case.status not in OPEN_STATUSES:
        return ValidationError(
            _(
                "Only an open case can be handed over to another office: a resolved or "
                "closed case stays with the office whose figures and feedback count it."
            ),
            code="move_not_open",
        )
    appointment = getattr(case, "appointment", None)
    if appointment is not None and appointment.status != appointment.Status.CANCELLED:
        return ValidationError(
            _(
                "This case holds a booked consultation at its office: cancel the booking "
                "before handing the case over to another office."
            ),
            code="move_booked",
        )
    person = entrepreneur
    if person is None or person.anonymised_at is not None:
        return None
    if not has_active_consent(person):
        return ValidationError(
            _(
                "The entrepreneur has withdrawn their consent to personal-data processing: "
                "their details cannot go to another office. Remove the entrepreneur from "
                "the case to hand it over anonymously."
            ),
            code="move_consent_withdrawn",
        )
    if not entrepreneur_agreed:
        return ValidationError(
            _(
                "Handing the case over gives the other office the entrepreneur's details: "
                "tick that the entrepreneur agreed, or keep the case at its office."
            ),
            code="move_not_agreed",
        )
    return None


@transaction.atomic
def case_move(
    *,
    case: Case,
    office: Office,
    user: AbstractBaseUser | None,
    entrepreneur_agreed: bool = False,
) -> Case:
    """Hand `case` over to `office`, on the receiving office's own record of the person
    (found by INN, or made now with the entrepreneur's agreement as their consent there).
    The case keeps its due dates (the promise made to the entrepreneur); its officer, and
    the assignees of its open follow-ups, stay only if they work at the receiving office."""
    locked = (
        Case.objects.select_for_update(of=("self",))
        .select_related("entrepreneur", "appointment")
        .get(pk=case.pk)
    )
    if locked.office_id == office.pk:
        return locked
    problem = case_move_problem(
        case=locked,
        office=office,
        entrepreneur=locked.entrepreneur,
        entrepreneur_agreed=entrepreneur_agreed,
    )
    if problem is not None:
        raise problem
    leaving = Office.objects.get(pk=locked.office_id)
    record = _record_at(office, locked.entrepreneur, user=user, channel=locked.channel)
    staff = office.staff.all()
    stays = locked.officer_id is not None and staff.filter(pk=locked.officer_id).exists()
    officer = locked.officer if stays else None
    Case.objects.filter(pk=locked.pk).update(
        office=office,
        entrepreneur=record,
        officer=officer,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    FollowUp.objects.filter(case=locked, done_at__isnull=True).exclude(
        Q(assigned_to__isnull=True) | Q(assigned_to__in=staff)
    ).update(assigned_to=officer)
    locked.refresh_from_db()
    case_event_add(
        case=locked,
        kind=CaseEvent.Kind.EDIT,
        author=user,
        # The offices' names as they are written, never declined into a sentence.
        text=f"{Case._meta.get_field('office').verbose_name}: {leaving} → {office}",
    )
    _touch_entrepreneur(record, office, timezone.now())
    return locked


def _record_at(
    office: Office, person: Entrepreneur | None, *, user, channel: str
) -> Entrepreneur | None:
    """The receiving office's own record of `person`: its record of the same taxpayer, or
    a new one holding the details the case's record holds."""
    if person is None or person.anonymised_at is not None:
        return None
    if person.inn:
        own = Entrepreneur.objects.active().filter(office=office, inn=person.inn).first()
        if own is not None:
            if not has_active_consent(own):
                consent_record(entrepreneur=own, channel=channel, recorded_by=user)
            return own
    record = entrepreneur_create(
        consent_given=True,
        consent_channel=channel,
        office=office,
        recorded_by=user,
        **{name: getattr(person, name) for name in ENTREPRENEUR_FIELDS},
    )
    if record.first_record_id is None and not person.inn:
        # Without an INN nothing else tells the figures that the two records are one
        # person; the hand-over does.
        record.first_record_id = person.first_record_id or person.pk
        record.save(update_fields=["first_record"])
    return record
