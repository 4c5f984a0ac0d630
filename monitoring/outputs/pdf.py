"""The report as a tagged PDF (PDF/UA-1): a structure tree for screen readers, the
document's title and language in its metadata. WeasyPrint renders the HTML of
`monitoring/pdf.html`; like the dashboard's report it fetches nothing but the project's
own static files (the vendored font, the stylesheet).

The template names its stylesheet by its source path, not through `{% static %}`: in
production the static storage hashes file names, and the fetcher, which reads the
source files, would not find `report-pdf.3f2a….css`: WeasyPrint would then silently
fall back to its default serif font and unstyled tables."""

from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML

from monitoring import document
from monitoring.dashboards.report import BASE_URL, StaticOnlyFetcher


def report_html(doc):
    with translation.override(doc.language):
        return render_to_string("monitoring/pdf.html", {"doc": doc})


def render_document(doc):
    """WeasyPrint's laid-out document (pages and boxes), before it is written."""
    html = HTML(string=report_html(doc), base_url=BASE_URL, url_fetcher=StaticOnlyFetcher())
    return html.render(pdf_variant="pdf/ua-1", pdf_tags=True, custom_metadata=True)


def render_pdf(report):
    return render_document(document.build(report)).write_pdf(
        pdf_variant="pdf/ua-1", pdf_tags=True, custom_metadata=True
    )


def render_regulation_pdf(*, offices, channels, version):
    from django.utils.translation import get_language

    html = render_to_string(
        "monitoring/regulation_pdf.html",
        {"offices": offices, "channels": channels, "version": version, "language": get_language()},
    )
    document_ = HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyFetcher())
    return document_.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True, custom_metadata=True)
