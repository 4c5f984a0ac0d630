"""Writes of period reports. Every transition checks the user's right and the report's
state, and is kept in the audit history (django-pghistory) with the acting user."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from desk.models import Office
from infopoint import roles
from monitoring.models import PeriodReport, PeriodReportVersion
from monitoring.selectors import report_figures

Status = PeriodReport.Status


def _require(user, codename):
    if not user.has_perm(f"monitoring.{codename}"):
        raise PermissionDenied


def _locked(report):
    return PeriodReport.objects.select_for_update().get(pk=report.pk)


def _default_title(*, period, office, language):
    with translation.override(language):
        where = office.display_name if office else _("all offices")
        return _("Report of the information point: %(period)s, %(where)s") % {
            "period": period.label,
            "where": where,
        }


def _signatory(user) -> tuple[str, str]:
    """The name and the position a document prints for `user`, in the active language.
    The name is the person's full name, never their login (a published report is
    public); an account without one is named by its position alone."""
    if user.groups.filter(name=roles.HEAD).exists():
        position = pgettext("position on a document", "Head of department")
    elif user.is_superuser:
        position = pgettext("position on a document", "Administrator")
    else:
        position = pgettext("position on a document", "Department staff member")
    return user.get_full_name().strip(), position


@transaction.atomic
def report_start(
    *, user, kind: str, first_day, office: Office | None, language: str
) -> PeriodReport:
    """A draft report for the period of `kind` containing `first_day`."""
    _require(user, "add_periodreport")
    report = PeriodReport(
        kind=kind, first_day=first_day, office=office, language=language, author=user
    )
    if kind in PeriodReport.Kind.values:
        report.first_day = report.period.first
        report.title = _default_title(period=report.period, office=office, language=language)
    report.full_clean()
    report.save()
    PeriodReportVersion.objects.create(report=report, number=1, title=report.title, saved_by=user)
    return report


@transaction.atomic
def report_save(
    *, user, report: PeriodReport, version: int, title: str, findings: str, recommendations: str
) -> PeriodReport:
    """Saves the narrative as a new version. `version` is the one the editor started
    from: if someone saved in the meantime, nothing is overwritten."""
    _require(user, "change_periodreport")
    report = _locked(report)
    if report.status != Status.DRAFT:
        raise ValidationError(
            _("Only a draft can be edited; this report is %(status)s.")
            % {"status": report.get_status_display()},
            code="not_draft",
        )
    if report.version != version:
        raise ValidationError(
            _(
                "Someone else saved this report while you were editing it (version "
                "%(theirs)s). Your text was not saved: copy it, reload the page and "
                "merge the changes."
            )
            % {"theirs": report.version},
            code="stale_version",
        )
    report.title, report.findings, report.recommendations = title, findings, recommendations
    report.version += 1
    report.full_clean()
    report.save(update_fields=["title", "findings", "recommendations", "version"])
    PeriodReportVersion.objects.create(
        report=report,
        number=report.version,
        title=title,
        findings=findings,
        recommendations=recommendations,
        saved_by=user,
    )
    return report


@transaction.atomic
def report_submit(*, user, report: PeriodReport, today=None) -> PeriodReport:
    """Stores the figures as they are now and sends the report for approval."""
    _require(user, "change_periodreport")
    report = _locked(report)
    if report.status != Status.DRAFT:
        raise ValidationError(_("Only a draft can be submitted."), code="not_draft")
    if not (report.findings.strip() and report.recommendations.strip()):
        raise ValidationError(
            _("Write the findings and the recommendations before submitting."),
            code="narrative_missing",
        )
    with translation.override(report.language):
        report.figures = report_figures(period=report.period, office=report.office, today=today)
    report.status = Status.SUBMITTED
    report.submitted_at = timezone.now()
    report.save(update_fields=["figures", "status", "submitted_at"])
    return report


@transaction.atomic
def report_return(*, user, report: PeriodReport) -> PeriodReport:
    """An approver sends a submitted report back to its author as a draft."""
    _require(user, "approve_periodreport")
    report = _locked(report)
    if report.status != Status.SUBMITTED:
        raise ValidationError(_("Only a submitted report can be returned."), code="not_submitted")
    report.status, report.figures, report.submitted_at = Status.DRAFT, None, None
    report.save(update_fields=["status", "figures", "submitted_at"])
    return report


@transaction.atomic
def report_approve(*, user, report: PeriodReport) -> PeriodReport:
    """Approves the report as submitted: its stored figures are frozen from now on, and so
    are the names and positions of its approver and its author as the document prints
    them."""
    _require(user, "approve_periodreport")
    report = _locked(report)
    if report.status != Status.SUBMITTED:
        raise ValidationError(_("Only a submitted report can be approved."), code="not_submitted")
    # Whoever saved a version of the text is one of its authors, whoever started it.
    if report.author_id == user.pk or report.versions.filter(saved_by=user).exists():
        raise ValidationError(
            _("A report is approved by another head or an administrator, not its author."),
            code="own_report",
        )
    report.status, report.approved_by, report.approved_at = Status.APPROVED, user, timezone.now()
    with translation.override(report.language):
        report.author_name, report.author_position = _signatory(report.author)
        report.approver_name, report.approver_position = _signatory(user)
    report.save(
        update_fields=[
            "status",
            "approved_by",
            "approved_at",
            "author_name",
            "author_position",
            "approver_name",
            "approver_position",
        ]
    )
    return report


@transaction.atomic
def report_publish(*, user, report: PeriodReport) -> PeriodReport:
    _require(user, "publish_periodreport")
    report = _locked(report)
    if report.status != Status.APPROVED:
        raise ValidationError(_("Only an approved report can be published."), code="not_approved")
    report.status, report.published_at = Status.PUBLISHED, timezone.now()
    report.save(update_fields=["status", "published_at"])
    return report
