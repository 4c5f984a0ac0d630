"""The dashboards' monthly summaries: each calendar month's figures, kept so that a
dashboard reads a dozen rows instead of a year of cases, answers and searches.

They are derived data, rebuilt by `infopoint.dashboards.monthly` (the nightly task and
management command `refresh_dashboard_months`, and on read of a month found stale); the
module docstring there says when a stored month is trusted.

Also here: the kernel's counters (change counters, rate limits) and the log of removed
two-factor apps (`TwoFactorReset`, written by `infopoint.security`).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DashboardMonth(models.Model):
    """One office's (or, without an office, the whole department's) figures for one
    calendar month, as the month dashboard shows them."""

    office = models.ForeignKey(
        "desk.Office",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("office"),
        help_text=_("Empty for all offices together."),
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    starts_at = models.DateTimeField(_("month starts"))
    ends_at = models.DateTimeField(_("month ends"))
    figures = models.JSONField(_("figures"))
    computed_at = models.DateTimeField(_("computed"))
    computed_on = models.DateField(_("computed on (local day)"))
    valid_through = models.DateField(
        _("valid through"),
        null=True,
        blank=True,
        help_text=_(
            "The last day the service-standard figures stay as computed (the next due day "
            "of an unanswered case or referral); empty when no due day is pending."
        ),
    )

    class Meta:
        verbose_name = _("dashboard month")
        verbose_name_plural = _("dashboard months")
        constraints = [
            models.UniqueConstraint(
                fields=["office", "month"],
                name="dashboardmonth_office_month_unique",
                nulls_distinct=False,
            ),
            models.CheckConstraint(
                condition=Q(month__day=1), name="dashboardmonth_month_first_day"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="dashboardmonth_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.office or _('all offices')} · {self.month:%Y-%m}"


class ManualMonth(models.Model):
    """The manual's logged searches and "was this helpful?" votes of one calendar month
    (shared by all offices)."""

    month = models.DateField(_("month"), unique=True, help_text=_("The first day of the month."))
    figures = models.JSONField(_("figures"))
    computed_at = models.DateTimeField(_("computed"))

    class Meta:
        verbose_name = _("manual month")
        verbose_name_plural = _("manual months")
        constraints = [
            models.CheckConstraint(condition=Q(month__day=1), name="manualmonth_month_first_day"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m}"


class RateCounter(models.Model):
    """A rate-limit window's count of requests, when the counters live in the database
    (without Redis): one atomic upsert per request (`infopoint.ratelimit.count_hit`)."""

    key = models.CharField(_("key"), max_length=200, primary_key=True)
    count = models.IntegerField(_("requests"))
    expires = models.DateTimeField(_("expires"), db_index=True)

    class Meta:
        verbose_name = _("rate-limit counter")
        verbose_name_plural = _("rate-limit counters")

    def __str__(self):
        return f"{self.key}: {self.count}"


class TwoFactorReset(models.Model):
    """The log of removed authenticator apps: who removed whose app, and when. An
    administrator resets a user's app (a lost phone), or users replace their own. Every
    session the user signed in before it is signed out (`infopoint.security`)."""

    class Kind(models.TextChoices):
        ADMIN_RESET = "admin_reset", _("reset by an administrator")
        REPLACED = "replaced", _("replaced by the user")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="two_factor_resets",
        verbose_name=_("user"),
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    devices = models.PositiveSmallIntegerField(_("apps removed"))
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("two-factor reset")
        verbose_name_plural = _("two-factor resets")
        ordering = ["-at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["admin_reset", "replaced"]),
                name="twofactorreset_kind_valid",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.get_kind_display()} · {self.at:%Y-%m-%d %H:%M}"
