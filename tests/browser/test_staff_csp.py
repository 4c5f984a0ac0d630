"""The staff pages that load htmx keep to the Content Security Policy: htmx is told not to
inject its indicator <style> (desk.css carries the rules), so the console stays clean."""

import pytest

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_case_page_runs_htmx_without_a_csp_violation(live_server, browser, officer, office):
    case = factories.CaseFactory(office=office, officer=officer, status="in_progress")
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # CSP enforced
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{live_server.url}/admin/login/?next={case.get_absolute_url()}")
    page.fill("#id_username", officer.username)
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + case.get_absolute_url())
    page.wait_for_function("window.htmx !== undefined")
    assert page.evaluate("htmx.config.includeIndicatorStyles") is False
    opacity = page.evaluate(
        "() => { const e = document.createElement('span'); e.className = 'htmx-indicator';"
        " document.body.append(e); return getComputedStyle(e).opacity; }"
    )
    assert opacity == "0"  # the indicator rules come from our stylesheet
    assert [text for text in console if "Content Security Policy" in text] == []
    context.close()
