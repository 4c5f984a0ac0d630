"""Period reports: the desk's experience over a month, quarter or year, written up by a
department head, approved by another head or an administrator and published.

The figures come from the dashboard's own figure functions. A draft shows them live;
submitting stores them in `figures`, and from then on the report reads only the stored
copy, so a case edited after approval never changes an approved report. Approving keeps
the names and positions the document prints for its approver and its author, so a
renamed account never changes a signed report either.

Also here: the dashboards' monthly summaries (`DashboardMonth`, `ManualMonth`), each
calendar month's figures kept so that a dashboard reads a dozen rows instead of a year of
cases, answers and searches. They are derived data, rebuilt only by the task worker and
the nightly job (`monitoring.dashboards.monthly.refresh_all`); a page never writes them.
"""

import pghistory
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from desk.models import Office
from monitoring.dashboards.periods import MONTH, QUARTER, YEAR, Period


class Language(models.TextChoices):
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


@pghistory.track(
    model_name="PeriodReportHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class PeriodReport(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("report status", "draft")
        SUBMITTED = "submitted", pgettext_lazy("report status", "submitted for approval")
        APPROVED = "approved", pgettext_lazy("report status", "approved")
        PUBLISHED = "published", pgettext_lazy("report status", "published")

    class Kind(models.TextChoices):
        MONTH = MONTH, _("month")
        QUARTER = QUARTER, _("quarter")
        YEAR = YEAR, _("year")

    kind = models.CharField(_("period"), max_length=8, choices=Kind)
    first_day = models.DateField(_("first day"))
    office = models.ForeignKey(
        Office,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="period_reports",
        verbose_name=_("office"),
        help_text=_("Empty for all offices."),
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language, default=Language.RUSSIAN
    )
    title = models.CharField(_("title"), max_length=300)
    findings = models.TextField(_("findings"), blank=True)
    recommendations = models.TextField(_("recommendations for other services"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    # Raised by every save of the text: a form carries the number it was read at, and a
    # save from an older number is refused (optimistic locking).
    version = models.PositiveIntegerField(_("version"), default=1)
    figures = models.JSONField(_("figures"), null=True, blank=True, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="period_reports",
        verbose_name=_("author"),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="approved_period_reports",
        verbose_name=_("approved by"),
    )
    # The names and positions printed on the approved document (its approval and the
    # author's line), as they were when it was approved: a signed document does not
    # change when an account is later renamed or given another role. A name is the
    # account's first and last name (150 characters each) with a space between.
    author_name = models.CharField(
        _("author's name as signed"), max_length=301, blank=True, db_default=""
    )
    author_position = models.CharField(
        _("author's position as signed"), max_length=100, blank=True, db_default=""
    )
    approver_name = models.CharField(
        _("approver's name as signed"), max_length=301, blank=True, db_default=""
    )
    approver_position = models.CharField(
        _("approver's position as signed"), max_length=100, blank=True, db_default=""
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-first_day", "-pk"]
        verbose_name = _("period report")
        verbose_name_plural = _("period reports")
        permissions = [
            ("approve_periodreport", _("Can approve period reports")),
            ("publish_periodreport", _("Can publish period reports")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted", "approved", "published"]),
                name="periodreport_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=[MONTH, QUARTER, YEAR]), name="periodreport_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="periodreport_language_valid"
            ),
            # Figures are stored from submission on and never removed again.
            models.CheckConstraint(
                condition=Q(status="draft") | Q(figures__isnull=False),
                name="periodreport_figures_once_submitted",
            ),
            # Approved means approved by someone, and never by the author.
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted"])
                | (Q(approved_by__isnull=False) & ~Q(approved_by=F("author"))),
                name="periodreport_approved_by_another",
            ),
            # An approved document names who approved it and who wrote it: at least their
            # positions (a name is left out for an account without one).
            models.CheckConstraint(
                condition=Q(status__in=["draft", "submitted"])
                | (~Q(approver_position="") & ~Q(author_position="")),
                name="periodreport_signed_once_approved",
            ),
            models.CheckConstraint(
                condition=Q(status="published", published_at__isnull=False)
                | (~Q(status="published") & Q(published_at__isnull=True)),
                name="periodreport_published_at_iff_published",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("monitoring:report", args=[self.pk])

    @property
    def period(self):
        return Period.containing(self.kind, self.first_day)

    @property
    def is_frozen(self):
        return self.status != self.Status.DRAFT

    @property
    def author_as_signed(self):
        """The author as the back-office names them: once the report is approved, as its
        document is signed (the name kept at approval, else the position kept with it);
        before, the account as it is named now."""
        if self.approved_at:
            return self.author_name or self.author_position
        return str(self.author)

    @property
    def approver_as_signed(self):
        """The approver as the approval block names them, or "" before the approval."""
        if self.approved_at:
            return self.approver_name or self.approver_position
        return ""


class PeriodReportVersion(models.Model):
    """The narrative as it was saved, one row per save."""

    report = models.ForeignKey(
        PeriodReport,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("period report"),
    )
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=300)
    findings = models.TextField(_("findings"), blank=True)
    recommendations = models.TextField(_("recommendations for other services"), blank=True)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("saved by"),
    )
    saved_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("period report version")
        verbose_name_plural = _("period report versions")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "number"], name="periodreportversion_unique_number"
            )
        ]

    def __str__(self):
        return f"{self.report} v{self.number}"


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
        # The table keeps the name it had in the project package (no table rebuilt).
        db_table = "infopoint_dashboardmonth"
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
        office = self.office or _("all offices")
        return f"{office} · {self.month:%Y-%m}"


class ManualMonth(models.Model):
    """The manual's logged searches and "was this helpful?" votes of one calendar month
    (shared by all offices)."""

    month = models.DateField(_("month"), unique=True, help_text=_("The first day of the month."))
    figures = models.JSONField(_("figures"))
    computed_at = models.DateTimeField(_("computed"))

    class Meta:
        db_table = "infopoint_manualmonth"
        verbose_name = _("manual month")
        verbose_name_plural = _("manual months")
        constraints = [
            models.CheckConstraint(condition=Q(month__day=1), name="manualmonth_month_first_day"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m}"
