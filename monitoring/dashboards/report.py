"""The period report as PDF, rendered by WeasyPrint from a server-side template.

WeasyPrint would fetch any URL a document names; a report must never reach out to the
network (nor read arbitrary files), so its fetcher serves only the project's own static
files and refuses everything else.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

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


def render_report_pdf(*, board, narrative):
    html = render_to_string(
        "monitoring/dashboards/report.html",
        {"board": board, "narrative": narrative},
    )
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyFetcher()).write_pdf()
