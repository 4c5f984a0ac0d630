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
