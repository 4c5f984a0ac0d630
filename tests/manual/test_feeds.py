from datetime import timedelta

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    """A request to /en/ leaves English active in the thread; reverse() would follow it."""
    with translation.override("ru"):
        yield


@pytest.fixture
def news():
    topic = factories.TopicFactory(title="Найм", title_en="Hiring", slug="hiring")
    item = factories.NewsItemFactory(
        title="День открытых дверей", title_en="Open day", summary="Приходите & узнайте"
    )
    item.topics.add(topic)
    factories.NewsItemFactory(title="Черновик", status="draft", published_at=None)
    return item


def test_the_rss_feed_is_valid_and_lists_published_news(client, news):
    response = client.get(reverse("news:rss"))
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == ["День открытых дверей"]
    entry = feed.entries[0]
    assert entry.link.endswith(news.get_absolute_url())
    assert entry.summary == "Приходите & узнайте"
    assert [tag.term for tag in entry.tags] == ["Найм"]


def test_the_atom_feed_is_valid_and_speaks_english_under_en(client, news):
    response = client.get("/en" + reverse("news:atom"))
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.entries[0].title == "Open day"
    assert "/en/news/" in feed.entries[0].link


def test_the_events_calendar_parses_and_carries_each_published_event(client):
    starts = timezone.now().replace(microsecond=0) + timedelta(days=5)
    event = factories.EventFactory(
        title="Ярмарка «Сделано в Калининграде»", starts_at=starts, location="Балтик-Экспо"
    )
    factories.EventFactory(title="Черновик", status="draft", published_at=None)
    factories.EventFactory(title="Давнее", starts_at=timezone.now() - timedelta(days=400))
    response = client.get(reverse("news:events_calendar"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    entries = calendar.walk("VEVENT")
    assert [str(entry["SUMMARY"]) for entry in entries] == [event.title]
    assert entries[0].decoded("DTSTART") == starts
    assert str(entries[0]["LOCATION"]) == "Балтик-Экспо"
    assert str(entries[0]["URL"]).endswith(event.get_absolute_url())


def test_each_event_downloads_as_its_own_calendar_file(client):
    event = factories.EventFactory(slug="tax-day", title="День налоговой")
    response = client.get(reverse("news:event_calendar", args=[event.slug]))
    assert response["Content-Disposition"] == 'attachment; filename="tax-day.ics"'
    calendar = Calendar.from_ical(response.content)
    assert len(calendar.walk("VEVENT")) == 1
    assert str(calendar.walk("VEVENT")[0]["UID"]) == f"event-{event.pk}@infopoint"


def test_a_draft_event_has_no_calendar_file(client):
    event = factories.EventFactory(status="draft", published_at=None)
    assert client.get(reverse("news:event_calendar", args=[event.slug])).status_code == 404
