"""Writes of entrepreneurs and their consent to personal-data processing."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models import Case, Consent, Entrepreneur, Office
from desk.validators import normalise_phone

# The version of the consent text (152-FZ) the desk shows; bump it when the text changes.
CONSENT_TEXT_VERSION = "2026-01"

ENTREPRENEUR_FIELDS = (
    "name",
    "business_name",
    "legal_form",
    "inn",
    "ogrn",
    "phone",
    "email",
    "language",
    "sector",
)


def _normalised(data):
    data = {key: value for key, value in data.items() if key in ENTREPRENEUR_FIELDS}
    if "phone" in data:
        data["phone"] = normalise_phone(data["phone"] or "")
    if "email" in data:
        data["email"] = (data["email"] or "").strip().lower()
    for key in ("inn", "ogrn"):
        if key in data:
            data[key] = "".join((data[key] or "").split())
    return data


@transaction.atomic
def entrepreneur_create(
    *,
    consent_given: bool,
    consent_channel: str,
    office: Office | None = None,
    recorded_by: AbstractBaseUser | None = None,
    text_version: str = CONSENT_TEXT_VERSION,
    **data,
) -> Entrepreneur:
    """Record an entrepreneur in `office`'s records; personal data is kept only with their
    consent. A taxpayer another office has recorded gets a record of this office's own,
    holding only what was typed here: nothing of the other record is read into it or
    shown, and only the figures count the two as one person (`first_record`)."""
    # Imported here: the case services import this module while their package loads.
    from desk.services.cases.timeline import constraint_errors

    if not consent_given:
        raise ValidationError(
            _("Personal data can only be recorded with the entrepreneur's consent."),
            code="consent_required",
        )
    entrepreneur = Entrepreneur(**_normalised(data), office=office)
    entrepreneur.first_record_id = _first_record_of(entrepreneur.inn)
    # The offices are instances the caller loaded; PostgreSQL checks the constraints (one
    # record of a taxpayer per office among them) on the insert itself.
    entrepreneur.full_clean(exclude=["office", "first_record"], validate_constraints=False)
    with constraint_errors(Entrepreneur):
        entrepreneur.save()
    if office is not None:
        entrepreneur.offices.add(office)
    consent_record(
        entrepreneur=entrepreneur,
        channel=consent_channel,
        recorded_by=recorded_by,
        text_version=text_version,
    )
    return entrepreneur


@transaction.atomic
def taxpayer_relink(*, record: Entrepreneur, previous_inn: str) -> None:
    """After `record`'s INN changed from `previous_inn` (a typo put right in the
    back-office, an INN learnt later or cleared), link the records again as the intake
    would have: of every record of the old and of the new INN, at any office, the first
    one (`created_at`) stands for the person and the others point to it
    (`first_record`); a record without an INN is a person of its own. A first record
    anonymised since (it keeps no INN) stays the person of the records that point to it,
    as the figures counted them. Nothing of this is shown to an officer.

    The cases of every record concerned count as changed (`updated_at`): the dashboards'
    stored months of those cases are computed again rather than read (new and returning
    entrepreneurs depend on the link)."""
    if record.inn == previous_inn:
        return
    concerned = {record.pk}
    # Its link came from the INN it no longer has; the new one links it anew, if at all.
    Entrepreneur.objects.filter(pk=record.pk).update(first_record=None)
    record.first_record_id = None
    for inn in {previous_inn, record.inn} - {""}:
        concerned |= _link_the_records_of(inn)
    Case.objects.filter(entrepreneur__in=concerned).update(updated_at=timezone.now())


def _link_the_records_of(inn: str) -> set[int]:
    members = list(
        Entrepreneur.objects.select_for_update()
        .filter(inn=inn)
        .order_by("created_at", "pk")
        .only("pk", "created_at", "first_record")
    )
    pointed_to = {member.first_record_id for member in members} - {None}
    kept = list(
        Entrepreneur.objects.filter(pk__in=pointed_to, anonymised_at__isnull=False).only(
            "pk", "created_at"
        )
    )
    if not members:
        return set()
    first = min([*members, *kept], key=lambda item: (item.created_at, item.pk))
    for member in members:
        wanted = None if member.pk == first.pk else first.pk
        if member.first_record_id != wanted:
            Entrepreneur.objects.filter(pk=member.pk).update(first_record=wanted)
    return {member.pk for member in members} | {item.pk for item in kept}


def _first_record_of(inn: str) -> int | None:
    """The first record of the taxpayer, at any office (the figures' person), or None."""
    if not inn:
        return None
    earliest = (
        Entrepreneur.objects.filter(inn=inn)
        .order_by("created_at", "pk")
        .values_list("first_record_id", "pk")
        .first()
    )
    return None if earliest is None else earliest[0] or earliest[1]


@transaction.atomic
def consent_record(
    *,
    entrepreneur: Entrepreneur,
    channel: str,
    recorded_by: AbstractBaseUser | None = None,
    text_version: str = CONSENT_TEXT_VERSION,
) -> Consent:
    consent = Consent(
        entrepreneur=entrepreneur,
        channel=channel,
        recorded_by=recorded_by,
        text_version=text_version,
    )
    consent.full_clean()
    consent.save()
    return consent


@transaction.atomic
def consent_withdraw(*, entrepreneur: Entrepreneur) -> int:
    """Withdraw every active consent; new cases of this person can then only be anonymous."""
    return entrepreneur.consents.filter(withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )
