"""The report as a tagged PDF (PDF/UA-1): a structure tree for screen readers, the
document's title and language in its metadata. WeasyPrint renders the HTML of
`monitoring/pdf.html`. WeasyPrint would fetch any URL a document names; a report must
never reach out to the network (nor read arbitrary files), so its fetcher serves only
the project's own static files (the vendored font, the stylesheet) and refuses
everything else.

The template names its stylesheet by its source path, not through `{% static %}`: in
production the static storage hashes file names, and the fetcher, which reads the
source files, would not find `report-pdf.3f2a….css`: WeasyPrint would then silently
fall back to its default serif font and unstyled tables."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from monitoring import document

# The report's HTML is rendered with this base, so `/static/…` becomes an absolute URL
# the fetcher recognises; the host is reserved (RFC 2606) and never resolved.
BASE_URL = "https://report.invalid/"
STATIC_PREFIX = "/static/"
CONTENT_TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png"}


class StaticOnlyFetcher(URLFetcher):
    """Serves `https://report.invalid/static/<path>` from the static files finders."""

    def __init__(self):
        super().__init__(allowed_protocols={"https"}, allow_redirects=False)

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}/" != BASE_URL or not parts.path.startswith(
            STATIC_PREFIX
        ):
            raise ValueError(f"the report may not fetch {url}")
        relative = unquote(parts.path.removeprefix(STATIC_PREFIX))
        if ".." in Path(relative).parts:
            raise ValueError(f"the report may not fetch {url}")
        found = finders.find(relative)
        if not found:
            raise ValueError(f"no static file {relative}")
        path = Path(found)
        content_type = CONTENT_TYPES.get(path.suffix, "application/octet-stream")
        return URLFetcherResponse(
            url, body=path.read_bytes(), headers={"Content-Type": content_type}
        )


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
