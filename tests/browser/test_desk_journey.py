"""An officer logs an anonymous walk-in with the keyboard alone, hands out two manual
pages, and works the case through to closed."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from desk.models import Case
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def content_violations(page):
    """Serious or critical axe violations inside the desk's own content (`#content`);
    the admin's chrome around it is Django's and is scanned by the back-office tests."""
    results = Axe().run(page, context="#content")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_an_officer_logs_a_walk_in_with_the_keyboard_and_closes_it(
    live_server, desktop, officer, office
):
    factories.TopicFactory(slug="registration", title="Регистрация", title_en="Registration")
    for slug, title in [
        ("ip", "Регистрация ИП"),
        ("npd", "Самозанятость"),
        ("grant", "Гранты"),
    ]:
        factories.ArticleFactory(slug=slug, title=title, status="published")
    page = desktop
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "response",
        lambda r: (
            errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico")
            else None
        ),
    )

    page.goto(f"{live_server.url}/en/admin/login/?next=/en/desk/intake/")
    page.fill("#id_username", officer.username)
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/en/desk/intake/")
    assert content_violations(page) == []

    # Ctrl+K jumps to the entrepreneur lookup, which answers as you type.
    page.keyboard.press("Control+k")
    assert page.evaluate("document.activeElement.id") == "entrepreneur-lookup"
    page.keyboard.type("Nobody known")
    page.locator("#lookup-results p").wait_for()
    page.reload()

    # The question has the focus; everything else is Tab, Space, typing and Enter.
    assert page.evaluate("document.activeElement.id") == "id_question"
    page.keyboard.type("How do I register as a sole proprietor?")
    page.keyboard.press("Tab")  # the topic chip
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the answer
    page.keyboard.type("Explained the registration at the tax office.")
    page.keyboard.press("Tab")  # the handout search
    page.keyboard.type("Регистрация")
    page.keyboard.press("Tab")  # the one page left visible
    page.keyboard.press("Space")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Control+A")
    page.keyboard.type("Самозан")
    page.keyboard.press("Tab")  # the ticked page stays visible, then the match
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r".*/desk/cases/\d+/$"))
    case = Case.objects.get()
    assert case.entrepreneur is None
    assert case.topics.get().slug == "registration"
    assert sorted(case.handouts.values_list("slug", flat=True)) == ["ip", "npd"]
    expect(page.get_by_text(case.reference).first).to_be_visible()
    assert content_violations(page) == []

    page.select_option("#id_to_status", "resolved")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_load_state()
    page.select_option("#id_to_status", "closed")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_load_state()
    case.refresh_from_db()
    assert case.status == "closed" and case.closed_at
    assert content_violations(page) == []

    # The closed case has left my queue and is found in the office queue.
    for path, listed in [("/en/desk/queue/", 0), ("/en/desk/office-queue/?status=closed", 1)]:
        page.goto(live_server.url + path)
        assert page.get_by_role("link", name=case.reference).count() == listed
        assert content_violations(page) == []
    assert errors == []


def _signed_in_at_the_intake(page, live_server, officer):
    page.goto(f"{live_server.url}/admin/login/?next=/desk/intake/")
    page.fill("#id_username", officer.username)
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/desk/intake/")
    return page


def test_enter_on_the_new_entrepreneur_disclosure_opens_it_and_saves_nothing(
    live_server, desktop, officer, office
):
    page = _signed_in_at_the_intake(desktop, live_server, officer)
    page.keyboard.type("Как зарегистрировать ИП?")

    page.locator("#new-entrepreneur summary").focus()
    page.keyboard.press("Enter")

    # The toggle event comes after the key: wait for the focus to land.
    page.wait_for_function("document.activeElement.id === 'id_name'", timeout=3000)
    assert page.evaluate("document.getElementById('new-entrepreneur').open")
    assert page.url == f"{live_server.url}/desk/intake/"
    assert Case.objects.count() == 0

    # Half-entered (the consent ticked, no name): Enter gives an error, not a case.
    page.locator("#id_consent").check()
    page.locator("#id_phone").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert Case.objects.count() == 0
    expect(page.locator("#new-entrepreneur[open] .errorlist").first).to_be_visible()


def test_enter_in_the_question_moves_on_to_the_topics_and_saves_nothing(
    live_server, desktop, officer, office
):
    factories.TopicFactory(slug="registration", title="Регистрация", title_en="Registration")
    page = _signed_in_at_the_intake(desktop, live_server, officer)
    page.keyboard.type("Нужен ли ИП, чтобы открыть кафе?")

    # Half-filled: only the question. Enter moves on instead of saving the case.
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('.desk-chips') !== null")
    assert page.input_value("#id_question") == "Нужен ли ИП, чтобы открыть кафе?"
    assert page.url == f"{live_server.url}/desk/intake/"
    assert Case.objects.count() == 0

    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.type("Да, или самозанятость.")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    case = Case.objects.get()
    assert case.question == "Нужен ли ИП, чтобы открыть кафе?"
    assert case.topics.get().slug == "registration"


def test_the_topic_chips_are_one_tab_stop_and_the_arrows_move_between_them(
    live_server, desktop, officer, office
):
    for slug, title in [("a", "Регистрация"), ("b", "Налоги"), ("c", "Помещения")]:
        factories.TopicFactory(slug=slug, title=title, title_en=title)
    page = _signed_in_at_the_intake(desktop, live_server, officer)
    page.keyboard.type("Where do I pay taxes?")
    page.keyboard.press("Tab")  # the first chip
    page.keyboard.press("ArrowRight")  # the second
    page.keyboard.press("Space")
    second = page.evaluate("document.querySelectorAll('.desk-chips input')[1].value")
    page.keyboard.press("Tab")  # out of the chips, straight to the answer
    assert page.evaluate("document.activeElement.id") == "id_answer"
    page.keyboard.type("At the tax office.")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    case = Case.objects.get()
    assert [str(pk) for pk in case.topics.values_list("pk", flat=True)] == [second]
    assert case.answer == "At the tax office."
