"""The news as RSS and Atom (Django syndication) and the events as iCalendar."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from manual.news import selectors

FEED_ITEMS = 30


class NewsFeed(Feed):
    title = _("Infopoint for entrepreneurs: news")
    description = _("News of the municipal information point for entrepreneurs in Kaliningrad.")

    def link(self):
        return reverse("news:index")

    def items(self):
        return selectors.published_news()[:FEED_ITEMS]

    def item_title(self, item):
        return item.display_title

    def item_description(self, item):
        return item.display_summary or item.body_html

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [topic.display_title for topic in item.topics.all()]

    def item_guid(self, item):
        return f"{settings.SITE_URL}/news/{item.pk}"

    item_guid_is_permalink = False


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


def _calendar():
    calendar = Calendar()
    calendar.add("prodid", "-//Infopoint Kaliningrad//Events//RU")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", str(_("Infopoint events")))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _calendar_event(event, request):
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@infopoint")
    entry.add("dtstamp", event.updated_at or timezone.now())
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.display_title)
    if event.display_summary:
        entry.add("description", event.display_summary)
    if event.display_location:
        entry.add("location", event.display_location)
    entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
    entry.add("last-modified", event.updated_at)
    return entry


def calendar_response(events, request, filename, *, download=False):
    calendar = _calendar()
    for event in events:
        calendar.add_component(_calendar_event(event, request))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
