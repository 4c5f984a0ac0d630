"""The kernel's counters (change counters, rate limits) and the log of removed
two-factor apps (`TwoFactorReset`, written by `infopoint.security`).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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


class StaffLanguage(models.Model):
    """The language a member of staff last used the back-office in. What the portal
    writes to them without a request to take the language from — the morning's follow-up
    reminder, a partner's answer to their referral — is written in it."""

    class Language(models.TextChoices):
        RUSSIAN = "ru", _("Russian")
        ENGLISH = "en", _("English")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="staff_language",
        verbose_name=_("user"),
    )
    language = models.CharField(_("language"), max_length=2, choices=Language)
    updated_at = models.DateTimeField(_("last changed"), default=timezone.now)

    class Meta:
        verbose_name = _("back-office language")
        verbose_name_plural = _("back-office languages")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="stafflanguage_language_valid"
            ),
        ]

    def __str__(self):
        return f"{self.user}: {self.get_language_display()}"
