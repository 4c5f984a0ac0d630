import pghistory
from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models.cases import Case

REFERRAL_SALT = "infopoint.referral"
# The partner's link stays valid for 30 days: long enough for a slow answer, short enough
# that a forwarded old e-mail does not open the referral for ever.
REFERRAL_LINK_MAX_AGE = 30 * 24 * 60 * 60


@pghistory.track(
    model_name="ReferralHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Referral(models.Model):
    """A case handed to a partner organisation, answered by the partner through a link."""

    class Status(models.TextChoices):
        SENT = "sent", _("sent")
        ACCEPTED = "accepted", _("accepted")
        RESOLVED = "resolved", _("resolved")
        DECLINED = "declined", _("declined")
        NO_ANSWER = "no_answer", _("no answer")
        WITHDRAWN = "withdrawn", _("withdrawn")

    # A partner answers once into one of these; afterwards the link only shows the answer.
    FINAL_STATUSES = (Status.RESOLVED, Status.DECLINED)
    # The officer may take back a referral the partner has not finished with.
    WITHDRAWABLE_STATUSES = (Status.SENT, Status.ACCEPTED, Status.NO_ANSWER)
    ANSWER_STATUSES = (Status.ACCEPTED, Status.RESOLVED, Status.DECLINED)

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="referrals", verbose_name=_("case")
    )
    organisation = models.ForeignKey(
        "stakeholders.Organisation",
        on_delete=models.PROTECT,
        related_name="referrals",
        verbose_name=_("partner organisation"),
    )
    reason = models.TextField(_("reason for the referral"))
    shared_data = models.TextField(
        _("shared with the partner"),
        blank=True,
        help_text=_("Only what the entrepreneur agreed to share: the partner sees this text."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.SENT)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    due_at = models.DateField(_("answer due"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    partner_note = models.TextField(_("partner's note"), blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawal_reason = models.TextField(_("reason for the withdrawal"), blank=True, db_default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "sent",
                        "accepted",
                        "resolved",
                        "declined",
                        "no_answer",
                        "withdrawn",
                    ]
                ),
                name="referral_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(status="withdrawn", withdrawn_at__isnull=False)
                | (~Q(status="withdrawn") & Q(withdrawn_at__isnull=True)),
                name="referral_withdrawn_has_withdrawn_at",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["accepted", "resolved", "declined"])
                | Q(answered_at__isnull=False),
                name="referral_answer_has_answered_at",
            ),
            models.CheckConstraint(
                condition=Q(answered_at__isnull=True) | Q(answered_at__gte=F("sent_at")),
                name="referral_answered_after_sent",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "due_at"], name="referral_status_due_idx"),
            # The monitoring dashboards: referrals answered since a month's figures were
            # stored.
            models.Index(
                fields=["answered_at"],
                condition=Q(answered_at__isnull=False),
                name="referral_answered_idx",
            ),
        ]

    def __str__(self):
        return f"{self.case} → {self.organisation}"

    @property
    def is_final(self):
        return self.status in self.FINAL_STATUSES

    @property
    def is_withdrawable(self):
        return self.status in self.WITHDRAWABLE_STATUSES

    @property
    def is_overdue(self):
        return (
            self.status == self.Status.SENT
            and self.due_at is not None
            and self.due_at < timezone.localdate()
        )

    def make_token(self) -> str:
        return signing.dumps({"referral": self.pk}, salt=REFERRAL_SALT, compress=True)

    def get_partner_url(self) -> str:
        return reverse("desk:referral_answer", kwargs={"token": self.make_token()})
