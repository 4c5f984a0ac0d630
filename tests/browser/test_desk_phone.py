"""The officer's queues on a 390 px phone: the page never scrolls sideways; a wide table
scrolls inside its own focusable box."""

import pytest
from django.conf import settings
from django.test import Client

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_queues_fit_a_390_px_phone(live_server, browser, officer, office):
    for _ in range(3):
        entrepreneur = factories.EntrepreneurFactory(
            name="Светлана Павлова", business_name="Зеленоградский сувенир", offices=[office]
        )
        factories.CaseFactory(office=office, officer=officer, entrepreneur=entrepreneur)
    client = Client()
    client.force_login(officer)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    widths = {}
    for path in ("/desk/queue/", "/desk/office-queue/", "/en/desk/office-queue/"):
        page.goto(live_server.url + path)
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert widths == dict.fromkeys(widths, 390)
