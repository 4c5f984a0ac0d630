import pghistory
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models.cases import Case
from desk.models.offices import Office

SLOT_MINUTES = 30


@pghistory.track(
    model_name="AppointmentHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Appointment(models.Model):
    """The consultation slot of a case booked on the public site."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("requested")
        CONFIRMED = "confirmed", _("confirmed")
        CANCELLED = "cancelled", _("cancelled")

    case = models.OneToOneField(
        Case, on_delete=models.CASCADE, related_name="appointment", verbose_name=_("case")
    )
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="appointments", verbose_name=_("office")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.REQUESTED)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    # The iCalendar SEQUENCE: raised on every move so calendars replace the old event.
    sequence = models.PositiveIntegerField(_("revision"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["requested", "confirmed", "cancelled"]),
                name="appointment_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="appointment_ends_after_start"
            ),
            models.CheckConstraint(
                condition=~Q(status="confirmed") | Q(confirmed_at__isnull=False),
                name="appointment_confirmed_has_time",
            ),
            # Two visitors can never hold the same slot, however close their clicks were.
            models.UniqueConstraint(
                fields=["office", "starts_at"],
                condition=~Q(status="cancelled"),
                name="appointment_unique_active_slot",
            ),
        ]

    def __str__(self):
        return f"{self.case} · {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    @property
    def ical_uid(self):
        return f"appointment-{self.pk}@infopoint"
