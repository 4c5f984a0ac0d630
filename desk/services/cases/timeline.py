"""The case's timeline: one CaseEvent per thing that happened, and the constraint errors
every case service turns into ValidationErrors."""

from contextlib import contextmanager

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from desk.models import Case, CaseEvent
from desk.timeline import render


def case_event_add(
    *,
    case: Case,
    kind: str,
    author: AbstractBaseUser | None = None,
    text: str = "",
    data: dict | None = None,
    from_status: str = "",
    to_status: str = "",
) -> CaseEvent:
    """Append one line to a case's timeline (referrals, e-mails and bookings use it too).
    A line the portal writes itself comes as `data` (desk.timeline.line): its text is
    written in the active language and it is read in the reader's."""
    if data is not None:
        text = render(data)
    event = CaseEvent(
        case=case,
        kind=kind,
        author=author,
        text=text,
        data=data,
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


@transaction.atomic
def case_add_note(*, case: Case, user: AbstractBaseUser | None, text: str) -> CaseEvent:
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("A note needs some text."), code="note_empty")
    return case_event_add(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=text)
