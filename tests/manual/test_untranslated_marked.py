"""On /en/, an article with no English version is listed with its Russian title marked
lang="ru" and "in Russian"; translated ones are not marked."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(db):
    topic = factories.TopicFactory(slug="taxes")
    russian = factories.published_article(
        slug="patent", ru=factories.revision_text("Патентная система"), topics=[topic]
    )
    both = factories.published_article(
        slug="usn",
        ru=factories.revision_text("Упрощённая система"),
        en=factories.revision_text("Simplified tax system"),
        topics=[topic],
    )
    return topic, russian, both


def test_the_english_topic_page_marks_the_untranslated_article(client, articles):
    topic, _russian, _both = articles
    page = client.get("/en" + topic.get_absolute_url()).content.decode()
    assert 'lang="ru">Патентная система</a> <span class="badge' in page
    assert "in Russian" in page
    assert 'lang="ru">Simplified tax system' not in page


def test_the_russian_topic_page_marks_nothing(client, articles):
    topic, _russian, _both = articles
    page = client.get(topic.get_absolute_url()).content.decode()
    assert 'lang="ru">Патентная система' not in page
    assert "на русском" not in page


def test_english_search_results_mark_the_untranslated_article(client, articles):
    page = client.get("/en" + reverse("manual:search"), {"q": "Патентная"}).content.decode()
    assert 'lang="ru">Патентная система</a>' in page


def test_the_untranslated_article_page_marks_its_russian_text_only(client, articles):
    _topic, russian, _both = articles
    page = client.get("/en" + russian.get_absolute_url()).content.decode()
    assert '<h1 lang="ru">Патентная система</h1>' in page
    assert "has not been translated into English yet" in page
