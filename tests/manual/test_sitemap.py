"""The sitemap names every public page a search engine should find, in both languages,
and nothing that is not public yet."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def test_published_news_and_events_are_in_the_sitemap_in_both_languages(client):
    factories.NewsItemFactory(slug="tax-holidays")
    factories.EventFactory(slug="export-seminar")

    body = client.get("/sitemap.xml").content.decode()

    assert "/news/tax-holidays/" in body and "/en/news/tax-holidays/" in body
    assert "/events/export-seminar/" in body and "/en/events/export-seminar/" in body


def test_drafts_and_news_scheduled_for_later_stay_out(client):
    factories.NewsItemFactory(slug="draft-news", status="draft", published_at=None)
    factories.NewsItemFactory(
        slug="tomorrows-news", published_at=timezone.now() + timedelta(days=1)
    )
    factories.EventFactory(slug="draft-event", status="draft", published_at=None)

    body = client.get("/sitemap.xml").content.decode()

    assert "draft-news" not in body
    assert "tomorrows-news" not in body
    assert "draft-event" not in body


def test_the_sitemap_query_count_does_not_grow_with_the_news(client, django_assert_num_queries):
    factories.NewsItemFactory.create_batch(3)
    factories.EventFactory.create_batch(3)
    # articles, topics, news items, events
    with django_assert_num_queries(4):
        client.get("/sitemap.xml")
    factories.NewsItemFactory.create_batch(5)
    with django_assert_num_queries(4):
        client.get("/sitemap.xml")
