"""Follow-ups of a case: a promise to come back to it on a date."""

from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from desk import timeline
from desk.models import Case, CaseEvent, FollowUp
from desk.services.cases.timeline import case_event_add


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
        data=timeline.line("follow_up", date=timeline.day(due_date), text=text),
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
        data=timeline.line("follow_up_done", text=follow_up.text),
    )
    return follow_up
