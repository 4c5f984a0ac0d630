"""The desk's models, one module per topic. Each module's models are imported here."""

from desk.models.bookings import Appointment
from desk.models.cases import (
    OPEN_STATUSES,
    TRANSITIONS,
    Case,
    CaseEvent,
    FollowUp,
    Status,
    format_reference,
    next_references,
    reference_numbers,
)
from desk.models.entrepreneurs import Channel, Consent, Entrepreneur
from desk.models.offices import Office, OpeningHours
from desk.models.outbox import OutgoingEmail
from desk.models.referrals import Referral
from desk.models.retention import DestructionLog
from desk.models.standards import ServiceStandard

__all__ = [
    "OPEN_STATUSES",
    "TRANSITIONS",
    "Appointment",
    "Case",
    "CaseEvent",
    "Channel",
    "Consent",
    "DestructionLog",
    "Entrepreneur",
    "FollowUp",
    "Office",
    "OpeningHours",
    "OutgoingEmail",
    "Referral",
    "ServiceStandard",
    "Status",
    "format_reference",
    "next_references",
    "reference_numbers",
]
