"""Manual pages handed out are named in the page's language: an English page names a page
that has an English version by its English title, lists them in English order, and the
timeline line written from it says the English title too."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from desk.models import CaseEvent
from desk.services import cases as services
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(topic):
    english = [
        ("Регистрация ИП", "Registering as a sole proprietor"),
        ("Аренда помещения", "Leasing premises"),
    ]
    made = [
        factories.published_article(
            slug=f"page-{n}",
            ru=factories.revision_text(ru),
            en=factories.revision_text(en),
            topics=[topic],
        )
        for n, (ru, en) in enumerate(english)
    ]
    # A page without an English version keeps its Russian title on the English page.
    made.append(
        factories.published_article(
            slug="page-ru", ru=factories.revision_text("Банковский счёт"), topics=[topic]
        )
    )
    return made


@pytest.fixture
def case(office, officer, topic, pages):
    return services.case_intake(
        office=office, channel="walk_in", question="ИП?", officer=officer, topics=[topic]
    )


def _labels(content, pattern):
    return [
        re.sub(r"\s+", " ", label).strip()
        for label in re.findall(pattern + r"[^>]*> ([^<]+)</label>", content)
    ]


def test_the_english_intake_names_the_pages_in_english_in_english_order(
    client, officer, office, pages
):
    client.force_login(officer)
    content = client.get("/en" + reverse("desk:intake")).content.decode()
    assert _labels(content, r'name="handouts"') == [
        "Leasing premises",
        "Registering as a sole proprietor",
        "Банковский счёт",
    ]


def test_the_russian_intake_names_the_pages_in_russian(client, officer, office, pages):
    client.force_login(officer)
    content = client.get(reverse("desk:intake")).content.decode()
    assert _labels(content, r'name="handouts"') == [
        "Аренда помещения",
        "Банковский счёт",
        "Регистрация ИП",
    ]


def test_the_english_case_page_names_suggested_and_handed_out_pages_in_english(
    client, officer, case, pages
):
    services.case_hand_out(case=case, user=officer, articles=[pages[0]])
    client.force_login(officer)
    content = client.get("/en" + reverse("desk:case", kwargs={"pk": case.pk})).content.decode()
    handed_out = re.search(r"Manual pages handed out</h2>\s*<ul>(.*?)</ul>", content, re.S)
    assert handed_out.group(1) == "<li>Registering as a sole proprietor</li>"
    assert _labels(content, r'id="handout-\d+"') == ["Leasing premises", "Банковский счёт"]


def test_the_english_handout_search_names_its_matches_in_english(client, officer, case, pages):
    client.force_login(officer)
    url = "/en" + reverse("desk:case_handout_search", kwargs={"pk": case.pk})
    content = client.get(url, {"q": "premises"}).content.decode()
    assert _labels(content, r'id="handout-found-\d+"') == ["Leasing premises"]


def test_a_hand_out_from_an_english_page_writes_the_english_titles_on_the_timeline(
    client, officer, case, pages
):
    client.force_login(officer)
    url = "/en" + reverse("desk:case_hand_out", kwargs={"pk": case.pk})
    client.post(url, {"articles": [pages[0].pk, pages[2].pk]})
    event = case.timeline.get(kind=CaseEvent.Kind.HANDOUT)
    assert event.text == "Registering as a sole proprietor\nБанковский счёт"


def test_a_hand_out_from_a_russian_page_writes_the_russian_titles(officer, case, pages):
    with translation.override("ru"):
        services.case_hand_out(case=case, user=officer, articles=[pages[0]])
    assert case.timeline.get(kind=CaseEvent.Kind.HANDOUT).text == "Регистрация ИП"
