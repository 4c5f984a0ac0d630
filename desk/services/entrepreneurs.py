"""Writes of entrepreneurs and their consent to personal-data processing."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models import Consent, Entrepreneur, Office
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
    """Record an entrepreneur; personal data is kept only with their consent."""
    if not consent_given:
        raise ValidationError(
            _("Personal data can only be recorded with the entrepreneur's consent."),
            code="consent_required",
        )
    entrepreneur = Entrepreneur(**_normalised(data))
    entrepreneur.full_clean()
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
