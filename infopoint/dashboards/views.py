"""The monitoring dashboard (department heads and administrators), its exports and the
PDF period report, and the public transparency page.

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
from django.utils.text import slugify
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_POST

from desk.models import Office
from desk.screens import admin_context
from infopoint import roles
from infopoint.dashboards import exports
from infopoint.dashboards.board import dashboard_figures
from infopoint.dashboards.forms import DashboardFilterForm, ReportForm
from infopoint.dashboards.page import dashboard_page, filters_markup
from infopoint.db_router import reading_from_replica

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
    query = request.GET.urlencode()
    return _page(
        request, form, period, office, query=query, filters=filters_markup(form, query=query)
    )


def _page(request, form, period, office, *, query, filters, report_form=None, status=200):
    exports = _exports_prefix()
    board, sections = dashboard_page(
        period=period,
        office=office,
        query=query,
        exports=exports,
    )
    context = admin_context(
        request,
        board.period.label,
        form=form,
        filters=filters,
        board=board,
        sections=sections,
        query=query,
        exports=exports,
        report_form=report_form or ReportForm(),
    )
    return render(request, "infopoint/dashboards/index.html", context, status=status)


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


@require_POST
@head_required
@on_replica
def report(request):
    _form, period, office = _filters(request, request.POST)
    report_form = ReportForm(request.POST)
    if not report_form.is_valid():
        form = DashboardFilterForm(request.POST, offices=Office.objects.all())
        return _page(
            request,
            form,
            period,
            office,
            query="",
            filters=filters_markup(form),
            report_form=report_form,
            status=400,
        )
    board = dashboard_figures(period=period, office=office)
    # WeasyPrint takes ~3 s to import: only the process that renders a report pays it.
    from infopoint.dashboards.report import render_report_pdf

    pdf = render_report_pdf(board=board, narrative=report_form.cleaned_data["narrative"])
    return _attachment(pdf, "application/pdf", _filename(board, "pdf", "report"))
