"""Every public page, found by a crawl from / and /en/, reflows at 320 CSS px (1280 px at
400 %) without a horizontal page scroll and has no serious or critical axe violation; a
sample of pages does so in each colour scheme of the version for the visually impaired.

The crawl follows same-site links and visits one page per URL pattern and language, plus
a few articles; forms are not submitted (their answers have journeys of their own)."""

import time
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.urls import Resolver404, resolve
from django.utils import translation

from infopoint import demo
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Never followed: the back-office, the panel's cookie links, downloads and feeds.
SKIPPED_PREFIXES = ("/admin/", "/en/admin/", "/static/", "/media/")
SKIPPED_VIEWS = {
    "accessibility",
    "sitemap",
    "javascript-catalog",
    "manual:checklist_pdf",
    "manual:document",
    "news:rss",
    "news:atom",
    "news:events_calendar",
    "news:event_calendar",
    "feedback:qr",
}
EXTRA_PER_VIEW = {"manual:article": 3, "manual:topic": 2}
MAX_PAGES = 80
NARROW = {"width": 320, "height": 640}
OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture
def demo_site(db):
    demo.load()


def _view_name(path):
    language = "en" if path == "/en/" or path.startswith("/en/") else "ru"
    with translation.override(language):
        try:
            return language, resolve(path).view_name
        except Resolver404:
            return language, None


def _skipped(path, view):
    if view is None or view in SKIPPED_VIEWS or path.startswith(SKIPPED_PREFIXES):
        return True
    return path.endswith((".xml", ".ics", ".pdf", ".rss", ".atom", ".docx", ".xlsx", ".csv"))


def crawl(page, base):
    """[(path, problems)] for every page visited, breadth first from / and /en/."""
    # The article with the manual's widest table is visited first, whatever links lead to.
    start = ["/", "/en/", "/manual/choosing-tax-regime/", "/en/manual/choosing-tax-regime/"]
    queue, seen, per_view, visited = deque(start), set(start), {}, []
    while queue and len(visited) < MAX_PAGES:
        path = queue.popleft()
        key = _view_name(urlsplit(path).path)
        if _skipped(path, key[1]):
            continue
        if per_view.get(key, 0) >= EXTRA_PER_VIEW.get(key[1], 1):
            continue
        response = page.goto(base + path)
        if response is None or response.status != 200:
            visited.append((path, [f"status {response and response.status}"]))
            continue
        per_view[key] = per_view.get(key, 0) + 1
        problems = (
            [f"{overflow} px of horizontal scroll"]
            if (overflow := page.evaluate(OVERFLOW)) > 0
            else []
        )
        problems += serious_violations(page)
        visited.append((path, problems))
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            parts = urlsplit(urljoin(base + path, href))
            if f"{parts.scheme}://{parts.netloc}" != base:
                continue
            found = parts.path + (f"?{parts.query}" if parts.query else "")
            if found not in seen:
                seen.add(found)
                queue.append(found)
    return visited


def test_every_public_page_reflows_at_320_px_and_has_no_serious_axe_violation(
    live_server, browser, demo_site
):
    context = browser.new_context(viewport=NARROW, bypass_csp=True)
    page = context.new_page()
    started = time.monotonic()
    visited = crawl(page, live_server.url)
    context.close()
    print(f"\ncrawled {len(visited)} pages in {time.monotonic() - started:.0f} s")
    views = {_view_name(urlsplit(path).path) for path, _problems in visited}
    assert len(visited) >= 30, [path for path, _problems in visited]
    assert ("en", "manual:article") in views and ("ru", "desk:ask") in views
    failures = {path: problems for path, problems in visited if problems}
    assert failures == {}


SAMPLE = [
    "/",
    "/manual/choosing-tax-regime/",
    "/en/manual/",
    "/ask/",
    "/manual/search/?q=субсидия",
]


def test_each_colour_scheme_reflows_and_keeps_its_contrast(live_server, browser, demo_site):
    failures = {}
    for scheme in ["bw", "wb", "blue"]:
        context = browser.new_context(viewport=NARROW, bypass_csp=True)
        cookie = {"name": "a11y", "value": f"size3.{scheme}.wide", "url": live_server.url}
        context.add_cookies([cookie])
        page = context.new_page()
        for path in SAMPLE:
            assert page.goto(live_server.url + path).status == 200
            assert f"a11y-scheme-{scheme}" in page.locator("html").get_attribute("class")
            overflow = page.evaluate(OVERFLOW)
            problems = [f"{overflow} px of horizontal scroll"] if overflow > 0 else []
            problems += serious_violations(page)
            if problems:
                failures[(scheme, path)] = problems
        context.close()
    assert failures == {}


def test_the_panel_is_the_first_stop_of_the_keyboard_and_works_without_javascript(
    live_server, browser, demo_site
):
    context = browser.new_context(viewport=NARROW, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/manual/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Версия для слабовидящих"
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/manual/")
    assert "a11y-size2" in page.locator("html").get_attribute("class")
    page.get_by_role("link", name="Белым по чёрному").click()
    page.wait_for_url(live_server.url + "/manual/")
    assert "a11y-scheme-wb" in page.locator("html").get_attribute("class")
    page.goto(live_server.url + "/en/")  # remembered across pages and languages
    assert "a11y-scheme-wb" in page.locator("html").get_attribute("class")
    context.close()


def test_no_page_logs_a_content_security_policy_violation(live_server, browser, demo_site):
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    for path in ["/", "/manual/", "/manual/search/?q=касса", "/en/ask/"]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    context.close()
    assert [text for text in messages if "Content Security Policy" in text] == []


def test_the_home_search_suggests_and_a_corrected_field_is_no_longer_red(
    live_server, browser, demo_site
):
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.locator("#home-search").press_sequentially("субсидия", delay=20)
    suggestions = page.locator("#home-suggestions a")
    suggestions.first.wait_for()
    assert suggestions.count() >= 3

    page.goto(live_server.url + "/ask/")
    page.locator("form button[type=submit]").last.click()
    question = page.locator("textarea[name=question]")
    assert "is-invalid" in question.get_attribute("class")
    question.fill("Как получить грант?")
    assert "is-invalid" not in question.get_attribute("class")
    context.close()
