"""The monitoring dashboard (department heads and administrators) and its exports; the
period reports it leads to are `monitoring.views`.

Who sees what: the full dashboard joins every office, officer and the entrepreneurs'
comments, so it is for department heads and administrators; officers get 403 here and
find their own figures (their queue, their cases this month) on the back-office home.
"""

from functools import wraps

from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import capfirst, slugify
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from desk.models import Office
from desk.screens import admin_context
from infopoint import roles
from infopoint.db_router import reading_from_replica
from monitoring.dashboards import exports
from monitoring.dashboards.board import dashboard_figures
from monitoring.dashboards.forms import DashboardFilterForm
from monitoring.dashboards.periods import MONTH, QUARTER, YEAR

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def on_replica(view):
    """The report reads (figures, exports, the PDF) go to the replica when one is
    configured (DATABASE_REPLICA_URL); sessions, permissions and every write stay on the
    primary. A replica is a moment behind: reports can afford that."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with reading_from_replica():
            return view(request, *args, **kwargs)

    return wrapper


def head_required(view):
    """Anonymous visitors go to the login page; staff who are not heads get 403."""

    @staff_member_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not roles.is_head(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _filters(request, data):
    form = DashboardFilterForm(data or None, offices=Office.objects.all())
    return form, form.chosen_period(), form.chosen_office()


def _exports_prefix():
    """Where the tables' exports live: reversed once for the page rather than twice for
    each of its twenty tables."""
    return reverse("dashboards:export", args=["all", "csv"]).removesuffix("all.csv")


def _filename(board, extension, name="infopoint"):
    office = board.office.slug if board.office else "all"
    first, last = board.period.first, board.period.last
    return f"{slugify(name)}-{office}-{first:%Y%m%d}-{last:%Y%m%d}.{extension}"


def _attachment(body, content_type, filename):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@head_required
@on_replica
def index(request):
    form, period, office = _filters(request, request.GET)
    board = dashboard_figures(period=period, office=office)
    context = admin_context(
        request,
        # The page's title starts with the period: «Декабрь 2026», where the heading
        # names it within a phrase («…: все офисы, декабрь 2026»).
        capfirst(board.period.label),
        form=form,
        board=board,
        query=request.GET.urlencode(),
        exports=_exports_prefix(),
        # A period report (monitoring.views.report_start) is kept per month, quarter or
        # year: the dashboard of one of those offers to start one.
        reportable=board.period.kind in (MONTH, QUARTER, YEAR),
    )
    return render(request, "monitoring/dashboards/index.html", context)


@require_GET
@head_required
@on_replica
def export(request, table, fmt):
    if fmt not in CONTENT_TYPES:
        raise Http404
    _form, period, office = _filters(request, request.GET)
    board = dashboard_figures(period=period, office=office)
    heading = f"{board.office or ''} {board.period.label}".strip()
    if table == "all" and fmt == "xlsx":
        body = exports.tables_xlsx(board.tables(), heading=heading)
    else:
        chosen = board.table(table)
        if chosen is None:
            raise Http404
        body = (
            exports.table_csv(chosen, excel_ru=get_language() == "ru")
            if fmt == "csv"
            else exports.tables_xlsx([chosen], heading=heading)
        )
    return _attachment(body, CONTENT_TYPES[fmt], _filename(board, fmt, table))
