"""The desk's models, one module per topic. Each module's models are imported here."""

from desk.models.offices import Office, OpeningHours

__all__ = ["Office", "OpeningHours"]
