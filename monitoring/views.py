"""Period reports in the back-office (department heads and administrators) and, once
published, on the public transparency page."""

from datetime import date

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from desk.screens import admin_context
from monitoring import access, document, regulation, selectors, services
from monitoring.dashboards import public
from monitoring.forms import NarrativeForm, StartForm

TRANSITIONS = {
    "submit": services.report_submit,
    "return": services.report_return,
    "approve": services.report_approve,
    "publish": services.report_publish,
}
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def readers_only(view):
    """Anonymous visitors go to the login page; staff who may not read reports get 403."""

    @staff_member_required
    def wrapper(request, *args, **kwargs):
        if not access.can_read_reports(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@require_GET
@readers_only
def report_list(request):
    reports = selectors.reports_for_list(request.user)
    return _list(request, StartForm(), reports)


def _list(request, form, reports, status=200):
    context = admin_context(request, _("Period reports"), form=form, reports=reports)
    return render(request, "monitoring/list.html", context, status=status)


@require_POST
@readers_only
def report_start(request):
    form = StartForm(request.POST)
    if not form.is_valid():
        return _list(request, form, selectors.reports_for_list(request.user), status=400)
    data = form.cleaned_data
    report = services.report_start(
        user=request.user,
        kind=data["kind"],
        first_day=data["day"],
        office=data["office"],
        language=data["language"],
    )
    return redirect(report)


@require_GET
@readers_only
def report_detail(request, pk):
    report = access.get_report_for_user(request.user, pk)
    form = NarrativeForm(
        initial={
            "version": report.version,
            "title": report.title,
            "findings": report.findings,
            "recommendations": report.recommendations,
        }
    )
    return _detail(request, report, form)


def _detail(request, report, form, status=200):
    context = admin_context(
        request,
        report.title,
        report=report,
        form=form,
        body=document.render_body(doc := document.build(report)),
        doc=doc,
        versions=report.versions.select_related("saved_by")[:20],
        can_change=request.user.has_perm("monitoring.change_periodreport"),
        can_approve=request.user.has_perm("monitoring.approve_periodreport")
        and report.author_id != request.user.pk
        and not report.versions.filter(saved_by=request.user).exists(),
        can_publish=request.user.has_perm("monitoring.publish_periodreport"),
    )
    return render(request, "monitoring/detail.html", context, status=status)


@require_POST
@readers_only
def report_save(request, pk):
    report = access.get_report_for_user(request.user, pk, write=True)
    form = NarrativeForm(request.POST)
    if not form.is_valid():
        return _detail(request, report, form, status=400)
    data = form.cleaned_data
    try:
        services.report_save(
            user=request.user,
            report=report,
            version=data["version"],
            title=data["title"],
            findings=data["findings"],
            recommendations=data["recommendations"],
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _detail(request, report, form, status=409)
    messages.success(request, _("The report was saved."))
    return redirect(report)


@require_POST
@readers_only
def report_transition(request, pk, action):
    if action not in TRANSITIONS:
        raise Http404
    report = access.get_report_for_user(request.user, pk)
    try:
        TRANSITIONS[action](user=request.user, report=report)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _done(action))
    return redirect(report)


def _done(action):
    # Said once the step is taken: before, only the status line changed.
    return {
        "submit": _("The report was sent for approval: another head approves or returns it."),
        "return": _("The report was returned to its author for changes."),
        "approve": _("The report was approved: it can now be published."),
        "publish": _("The report was published on the public site."),
    }[action]


@require_GET
@readers_only
def report_file(request, pk, fmt):
    return _file(access.get_report_for_user(request.user, pk), fmt)


def _file(report, fmt):
    if fmt not in ("pdf", "docx"):
        raise Http404
    body = _render(report, fmt)
    response = HttpResponse(body, content_type=PDF if fmt == "pdf" else DOCX)
    response["Content-Disposition"] = f'attachment; filename="{document.filename(report, fmt)}"'
    return response


def _render(report, fmt):
    if fmt == "pdf":
        from monitoring.outputs.pdf import render_pdf  # WeasyPrint takes seconds to import

        return render_pdf(report)
    from monitoring.outputs.docx import render_docx

    return render_docx(report)


@require_GET
def public_report(request, pk):
    report = access.get_published_report(pk)
    doc = document.build(report)
    context = {"report": report, "doc": doc, "body": document.render_body(doc)}
    return render(request, "monitoring/public.html", context)


@require_GET
def public_report_file(request, pk, fmt):
    """A published report never changes, and its PDF takes seconds to render (5.6 s for
    the demo's annual report): anyone could keep the server busy by asking again, so
    each file is rendered once and kept in the cache. The key names the outputs' layout:
    a file kept before the layout changed (before the approval block, say) is rendered
    anew, not served for ever."""
    report = access.get_published_report(pk)
    if fmt not in ("pdf", "docx"):
        raise Http404
    key = (
        f"monitoring:report:layout{document.LAYOUT}:{report.pk}:"
        f"{report.published_at.timestamp()}:{fmt}"
    )
    body = cache.get(key)
    if body is None:
        body = _render(report, fmt)
        cache.set(key, body, timeout=None)
    response = HttpResponse(body, content_type=PDF if fmt == "pdf" else DOCX)
    response["Content-Disposition"] = f'attachment; filename="{document.filename(report, fmt)}"'
    return response


@require_GET
def transparency(request):
    months = public.month_choices()
    month = _chosen_month(request.GET.get("month", ""), months) or public.default_month()
    context = {
        "months": months,
        "month": month,
        "offices": public.transparency_figures(month=month),
        "minimum": public.MIN_CASES,
        "reports": selectors.published_reports(),
    }
    return render(request, "monitoring/transparency.html", context)


def _chosen_month(raw, months):
    try:
        year, month = (int(part) for part in raw.split("-"))
        chosen = date(year, month, 1)
    except ValueError:
        return None
    return chosen if chosen in months else None


def _regulation_version(request):
    """The chosen dated version, None for the current one; 404 for a day that is not a
    version (a link to a version that never existed must not show the current text as
    if it were that day's)."""
    raw = request.GET.get("version", "")
    if not raw:
        return None, regulation.versions()
    known = regulation.versions()
    try:
        chosen = date.fromisoformat(raw)
    except ValueError:
        raise Http404 from None
    if chosen not in known:
        raise Http404
    return chosen, known


@require_GET
def regulation_page(request):
    version, known = _regulation_version(request)
    context = {
        "version": version,
        "versions": known,
        "offices": regulation.regulation(version=version),
        "channels": regulation.channels(),
    }
    return render(request, "monitoring/regulation.html", context)


@require_GET
def regulation_pdf(request):
    version, known = _regulation_version(request)
    from monitoring.outputs.pdf import render_regulation_pdf

    body = render_regulation_pdf(
        offices=regulation.regulation(version=version),
        channels=regulation.channels(),
        version=version or (known[0] if known else None),
    )
    response = HttpResponse(body, content_type=PDF)
    name = f"regulation-{version:%Y%m%d}.pdf" if version else "regulation.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
