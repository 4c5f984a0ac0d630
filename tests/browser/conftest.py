"""Real-browser journeys: Playwright for Python driving Debian's Chromium.

Skipped, with the reason, where /usr/bin/chromium is not installed (`.ci/run` installs it).
"""

import os
import shutil
from contextlib import contextmanager

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
# still synchronous, so Django's async-safety guard is told so.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM) or shutil.which("chromium"):
        return
    skip = pytest.mark.skip(
        reason=f"Chromium is not installed at {CHROMIUM} (apt install chromium)"
    )
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A phone-sized page. CSP is bypassed only so that axe can be injected."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, bypass_csp=True, locale="ru-RU"
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def serious_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@pytest.fixture
def axe():
    return serious_violations


@contextmanager
def signed_in_phone(browser, live_server, user):
    """A 390 px phone page signed in as `user` (a session made by Django's test client,
    so no second factor is asked), closed on leaving the block."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    try:
        yield context.new_page()
    finally:
        context.close()
