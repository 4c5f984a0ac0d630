"""The status workflow of a case, and the walk-in's start and end times."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models import TRANSITIONS, Case, CaseEvent, Entrepreneur, Status
from desk.services.cases.timeline import case_event_add


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


@transaction.atomic
def case_mark_time(*, case: Case, user: AbstractBaseUser | None, moment: str) -> Case:
    """One key at the desk: the walk-in consultation starts ("start") or ends ("end")."""
    locked = _locked(case)
    if not locked.is_open:
        raise ValidationError(
            _("A closed or resolved case keeps the times it has."), code="case_not_open"
        )
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
