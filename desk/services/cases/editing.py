"""An officer's edit of a case, saved only if nobody saved the case in between."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models import Case, CaseEvent
from desk.selectors import has_active_consent
from desk.services.cases.intake import _touch_entrepreneur, require_record_of_office
from desk.services.cases.timeline import case_event_add


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
    if fields.get("entrepreneur"):
        require_record_of_office(entrepreneur=fields["entrepreneur"], office_id=case.office_id)
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
