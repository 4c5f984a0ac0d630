"""The head's dashboard on a 390 px phone: nothing scrolls sideways (wide tables scroll
inside their own box)."""

import pytest

from tests.browser.conftest import signed_in_phone
from tests.monitoring import dashboard_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDEST = """() => [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter(e => !e.closest('.dash-table-wrap'))
    .slice(0, 15)
    .map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


@pytest.mark.parametrize("language", ["", "/en"])
def test_the_dashboard_fits_a_390_px_phone(
    live_server, browser, head, office, other_office, officer, colleague, language
):
    dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )
    with signed_in_phone(browser, live_server, head) as page:
        page.goto(f"{live_server.url}{language}/admin/dashboard/?period=month&date=2026-11-01")
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        width = page.evaluate("document.documentElement.scrollWidth")
        overflowing = page.evaluate(WIDEST)
    assert (width, overflowing) == (390, [])


@pytest.mark.parametrize("language", ["", "/en"])
def test_the_period_reports_list_fits_a_390_px_phone(live_server, browser, head, language):
    """The list of reports overflowed to 489 px: the office select and the table (four
    columns of long titles) were wider than the phone."""
    import datetime

    from monitoring import services
    from tests import factories

    office = factories.OfficeFactory(
        slug="central",
        name="Инфопункт для предпринимателей — центральный офис",
        name_en="Infopoint for entrepreneurs — central office",
    )
    for report_office in (None, office):
        services.report_start(
            user=head,
            kind="month",
            first_day=datetime.date(2026, 11, 1),
            office=report_office,
            language="ru",
        )
    with signed_in_phone(browser, live_server, head) as page:
        page.goto(f"{live_server.url}{language}/admin/reports/")
        width = page.evaluate("document.documentElement.scrollWidth")
        overflowing = page.evaluate(WIDEST.replace(".dash-table-wrap", ".report-table-scroll"))
    assert (width, overflowing) == (390, [])


# Each word of a table's cells: a word laid out on two lines has two boxes.
BROKEN_WORDS = """() => {
    const broken = [];
    for (const cell of document.querySelectorAll('.report-table th, .report-table td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent.matchAll(/[^\\s\\u2010-]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (lines.size > 1) broken.push(match[0]);
            }
        }
    }
    return broken.slice(0, 15);
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_an_english_reports_table_breaks_no_word_in_two(
    live_server, browser, head, office, other_office, officer, colleague, width
):
    """The eleven columns of the partners' table were squeezed to a few letters each:
    «ACCE|PTED», «WITHD|RAWN», and on a phone «10|0.0». The table scrolls in its box."""
    import datetime

    from django.conf import settings
    from django.test import Client

    from monitoring import services

    dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )
    report = services.report_start(
        user=head, kind="month", first_day=datetime.date(2026, 11, 1), office=None, language="en"
    )
    client = Client()
    client.force_login(head)
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/en{report.get_absolute_url()}")
        assert page.locator("#section-partners .report-table tbody tr").count() >= 1
        broken = page.evaluate(BROKEN_WORDS)
        width_of_page = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert broken == []
    assert width_of_page == width
