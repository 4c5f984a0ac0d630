"""The PDF period report never reaches beyond the project's own static files."""

import io
from datetime import date

import pytest
from django.utils import translation
from pypdf import PdfReader

from monitoring.dashboards.board import dashboard_figures
from monitoring.dashboards.periods import MONTH, Period
from monitoring.dashboards.report import BASE_URL, StaticOnlyFetcher, render_report_pdf


def test_the_fetcher_serves_a_static_file():
    response = StaticOnlyFetcher()(f"{BASE_URL}static/monitoring/dashboards.css")

    assert b".dash-kpi" in response.read()
    assert response.content_type == "text/css"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/static/monitoring/dashboards.css",
        "http://report.invalid/static/monitoring/dashboards.css",
        "file:///etc/passwd",
        f"{BASE_URL}static/../../../../etc/passwd",
        f"{BASE_URL}static/%2e%2e/%2e%2e/settings.py",
        f"{BASE_URL}media/upload.png",
        f"{BASE_URL}static/infopoint/no-such-file.css",
    ],
)
def test_the_fetcher_refuses_everything_else(url):
    with pytest.raises(ValueError):
        StaticOnlyFetcher().fetch(url)


def test_a_report_without_data_still_renders(db, office):
    board = dashboard_figures(period=Period.containing(MONTH, date(2026, 2, 1)), office=office)

    with translation.override("ru"):
        pdf = render_report_pdf(board=board, narrative="")

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert office.name in text
