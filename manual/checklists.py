"""The personal checklist: the chosen articles' steps and documents as tick boxes, on a
printable page and as a PDF, with the office's contacts and a QR code back online."""

from urllib.parse import urlencode

import segno
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language


def online_url(request, slugs, code=""):
    params = {"articles": ",".join(slugs)}
    if code:
        params["code"] = code
    return request.build_absolute_uri(f"{reverse('manual:checklist')}?{urlencode(params)}")


def checklist_context(request, articles, code=""):
    language = get_language()
    items = []
    for article in articles:
        revision = article.revision_for(language)
        items.append({"article": article, "revision": revision, "steps": revision.steps.all()})
    slugs = [article.slug for article in articles]
    url = online_url(request, slugs, code)
    query = urlencode({"articles": ",".join(slugs), **({"code": code} if code else {})})
    return {
        "items": items,
        "slugs": slugs,
        "code": code,
        "online_url": url,
        "query": query,
        "qr_data_uri": segno.make(url, error="m").svg_data_uri(scale=3) if slugs else "",
        "printed_on": timezone.localdate(),
    }


def inline_only_fetcher():
    """Everything the PDF shows is inline (styles, the data: QR code): WeasyPrint may
    fetch nothing else, so no text can make the server call the network or read files."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def html_to_pdf(html):
    """A tagged PDF (PDF/UA-1: structure tree, title, language), which screen readers and
    the 2026 rules for municipal sites require of every document the public downloads."""
    from weasyprint import HTML

    document = HTML(string=html, url_fetcher=inline_only_fetcher(), base_url=None)
    return document.write_pdf(pdf_variant="pdf/ua-1")


def render_pdf(request, context):
    return html_to_pdf(render_to_string("manual/checklist_pdf.html", context, request=request))
