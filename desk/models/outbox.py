from email.utils import make_msgid

from django.contrib.postgres.functions import RandomUUID
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models.cases import Case
from desk.models.entrepreneurs import Entrepreneur


def new_message_id():
    """A Message-ID no e-mail ever had before: a time, the process id and 64 random bits.
    Never derived from database ids alone, which a restore rewinds."""
    return make_msgid(domain="infopoint.desk")


class OutgoingEmail(models.Model):
    """One logical e-mail of the desk, rendered once and sent by a task exactly once.

    `key` names the logical e-mail ("ask-ack:case:12"); a second request to send the same
    e-mail finds the row and does nothing.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    key = models.CharField(_("key"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=40)
    to = models.CharField(_("recipient"), max_length=254)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    html = models.TextField(_("HTML"), blank=True)
    attachment_name = models.CharField(_("attachment name"), max_length=100, blank=True)
    attachment_type = models.CharField(_("attachment type"), max_length=100, blank=True)
    attachment = models.TextField(_("attachment"), blank=True)
    case = models.ForeignKey(
        Case,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("case"),
    )
    entrepreneur = models.ForeignKey(
        Entrepreneur,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("entrepreneur"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # The same on every attempt, so a receiving server can drop a second delivery. The
    # database's default (a random UUID) serves rows written by code that does not name it.
    message_id = models.CharField(
        _("Message-ID"),
        max_length=255,
        default=new_message_id,
        db_default=Concat(
            Value("<"),
            Cast(RandomUUID(), output_field=models.CharField()),
            Value("@infopoint.desk>"),
            output_field=models.CharField(),
        ),
        editable=False,
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "sent", "failed"]),
                name="outgoingemail_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="sent") | Q(sent_at__isnull=False),
                name="outgoingemail_sent_has_sent_at",
            ),
        ]

    def __str__(self):
        return self.key
