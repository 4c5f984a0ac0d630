"""The service regulation (регламент): what each public office promises, composed from
its service standard, opening hours and channels, with what a visitor may expect and how
to complain.

Every change of a service standard is kept by the desk's audit history
(`ServiceStandardHistory`, one snapshot per change), so the regulation as it stood on
any day is read from the snapshots: each day a standard changed is a dated version, and
old versions stay readable."""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import OuterRef, Subquery
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import get_language

from desk.models import Channel, Office
from monitoring.dashboards.periods import Period


def _history():
    return apps.get_model("desk", "ServiceStandardHistory")


@dataclass
class OfficeRegulation:
    office: Office
    first_answer_days: int | None
    resolution_days: int | None
    partner_answer_days: int | None
    description: str
    opening_hours: list


def versions():
    """The days on which a public office's standard changed, newest first. One query."""
    days = (
        _history()
        .objects.filter(office__is_public=True)
        .annotate(day=TruncDate("pgh_created_at", tzinfo=timezone.get_default_timezone()))
        .values_list("day", flat=True)
        .distinct()
        .order_by("-day")
    )
    return list(days)


def regulation(*, version=None):
    """Every public office with its standard as it stood at the end of `version` (a day
    from `versions()`), or as it is now. Three queries: the offices with their standard's
    snapshot, and their opening hours."""
    history = _history().objects.filter(office=OuterRef("pk"))
    if version is not None:
        history = history.filter(pgh_created_at__lt=Period.custom(version, version).end)
    latest = history.order_by("-pgh_created_at", "-pgh_id")
    offices = (
        Office.objects.filter(is_public=True)
        .annotate(
            snapshot=Subquery(latest.values("pgh_id")[:1]),
        )
        .prefetch_related("opening_hours")
        .order_by("order", "name")
    )
    offices = list(offices)
    snapshots = _history().objects.in_bulk(
        [office.snapshot for office in offices if office.snapshot]
    )
    english = get_language() == "en"
    result = []
    for office in offices:
        snapshot = snapshots.get(office.snapshot)
        description = ""
        if snapshot is not None:
            description = (
                snapshot.description_en
                if english and snapshot.description_en
                else snapshot.description
            )
        result.append(
            OfficeRegulation(
                office=office,
                first_answer_days=snapshot.first_answer_days if snapshot else None,
                resolution_days=snapshot.resolution_days if snapshot else None,
                partner_answer_days=snapshot.partner_answer_days if snapshot else None,
                description=description,
                opening_hours=list(office.opening_hours.all()),
            )
        )
    return result


def channels():
    return [str(label) for _value, label in Channel.choices]
