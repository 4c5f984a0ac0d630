"""Reads of news and events for the public pages, the feeds and the home page."""

from datetime import timedelta

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone

from manual.models import Event, NewsItem, Topic

PAST_EVENTS_SHOWN = 20
CALENDAR_HISTORY = timedelta(days=183)


def _topics():
    return Prefetch("topics", queryset=Topic.objects.order_by("order", "title"))


def published_news():
    return (
        NewsItem.objects.published().prefetch_related(_topics()).order_by("-published_at", "-pk")
    )


def news_item(slug):
    return get_object_or_404(published_news(), slug=slug)


def _events():
    return Event.objects.published().select_related("organiser").prefetch_related(_topics())


def upcoming_events(*, limit=None, now=None):
    """Events that have not ended yet, the soonest first."""
    events = _events().filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")
    return events[:limit] if limit else events


def past_events(*, now=None):
    events = _events().filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")
    return events[:PAST_EVENTS_SHOWN]


def calendar_events(*, now=None):
    """The iCalendar feed: upcoming events and those of the last half year (a calendar
    that subscribes to the feed keeps what it has seen)."""
    since = (now or timezone.now()) - CALENDAR_HISTORY
    return _events().filter(ends_at__gte=since).order_by("starts_at", "pk")


def event(slug):
    return get_object_or_404(_events(), slug=slug)
