import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_in_both_languages_is_accessible(live_server, phone, axe):
    office = factories.OfficeFactory(name="Центральный инфопункт")
    factories.OpeningHoursFactory(office=office)
    errors = []
    phone.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    phone.goto(live_server.url + "/")
    assert phone.locator("html").get_attribute("lang") == "ru"
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    assert axe(phone) == []

    # The language switch sits in the collapsed menu on a phone.
    phone.get_by_role("button", name="Показать меню").click()
    # Bootstrap sets `show` when the menu has finished opening: a click on a link of a
    # menu still sliding open was lost on a loaded machine.
    expect(phone.locator("#site-nav")).to_have_class(re.compile(r"\bshow\b"))
    phone.get_by_role("link", name="EN — English").click()
    phone.wait_for_url(live_server.url + "/en/")
    assert phone.locator("html").get_attribute("lang") == "en"
    assert phone.get_by_text("Skip to main content").count() == 1
    assert axe(phone) == []
    assert errors == []


def test_skip_link_moves_focus_to_the_main_content(live_server, desktop):
    desktop.goto(live_server.url + "/en/")
    desktop.keyboard.press("Tab")  # the version for the visually impaired comes first
    desktop.keyboard.press("Tab")
    focused = desktop.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to main content"
    desktop.keyboard.press("Enter")
    assert desktop.evaluate("document.activeElement.id") == "main"
