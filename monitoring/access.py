"""Who may read and write period reports.

Reports join every office's figures, so they are for department heads and
administrators, each right an explicit permission of the role table
(`infopoint.roles`). A published report is public.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from monitoring.models import PeriodReport


def can_read_reports(user):
    return user.is_active and user.has_perm("monitoring.view_periodreport")


def get_report_for_user(user, pk, *, write=False):
    """The report `pk`; 404 to anyone who may not read reports, 403 to a reader who may
    not write them."""
    if not can_read_reports(user):
        raise Http404
    report = get_object_or_404(
        PeriodReport.objects.select_related("office", "author", "approved_by"), pk=pk
    )
    if write and not user.has_perm("monitoring.change_periodreport"):
        raise PermissionDenied
    return report


def get_published_report(pk):
    return get_object_or_404(
        PeriodReport.objects.select_related("office"),
        pk=pk,
        status=PeriodReport.Status.PUBLISHED,
    )
