"""The department head's journey through the monitoring dashboard in a real browser."""

import io

import pytest
from django.conf import settings
from django.test import Client
from openpyxl import load_workbook
from playwright.sync_api import expect

from tests.browser.conftest import serious_violations
from tests.monitoring import dashboard_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def logged_in_head(live_server, desktop, head, office, other_office, officer, colleague):
    data = dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )
    dashboard_data.build_feedback(data, office=office, other_office=other_office)
    client = Client()
    client.force_login(head)
    desktop.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return desktop


def test_the_head_filters_the_dashboard_downloads_the_workbook_and_starts_the_report(
    live_server, logged_in_head, tmp_path
):
    page = logged_in_head
    errors = []
    page.on(
        "console",
        lambda m: errors.append(f"{m.text} {m.location}") if m.type == "error" else None,
    )

    page.goto(f"{live_server.url}/en/admin/dashboard/?period=month&date=2026-11-01")
    assert page.get_by_role("heading", level=1).inner_text().endswith("November 2026")
    expect(page.get_by_role("img", name="Cases by channel")).to_be_visible()
    assert serious_violations(page) == []

    # Another period, then one office.
    page.get_by_label("Period", exact=True).select_option("quarter")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**period=quarter**")
    assert "Q4 2026" in page.get_by_role("heading", level=1).inner_text()
    page.get_by_label("Office", exact=True).select_option(label="Office A")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**office=office-a**")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert "Office A" in heading and "Q4 2026" in heading
    assert serious_violations(page) == []

    with page.expect_download() as download:
        page.get_by_role("link", name="Download all tables (XLSX)").click()
    workbook = load_workbook(io.BytesIO(download.value.path().read_bytes()), read_only=True)
    assert len(workbook.sheetnames) > 10

    # The period report of the same office and quarter, kept for approval.
    page.get_by_role("button", name="Start a period report: Q4 2026").click()
    page.wait_for_url("**/admin/reports/*/")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert "Office A" in heading and "Q4 2026" in heading
    assert errors == []
