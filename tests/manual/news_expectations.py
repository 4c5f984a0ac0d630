"""URL expectations of news, events and subscriptions (merged into url_expectations.py).

The objects are created on first use, so the manual's own `build(world)` stays its own."""

from datetime import timedelta

from django.utils import timezone

from manual.news import services
from tests import factories
from tests.url_expectations import POST_ONLY, PUBLIC, PUBLIC_POST, Expect


def news_world(world):
    if not hasattr(world, "news_item"):
        now = timezone.now()
        world.news_item = factories.NewsItemFactory(slug="consultation-day")
        world.event = factories.EventFactory(
            slug="export-seminar", starts_at=now + timedelta(days=3)
        )
        world.subscriber = factories.SubscriberFactory(email="reader@example.org")
        world.confirm_token = services.confirm_token(world.subscriber, [])
        world.unsubscribe_token = services.unsubscribe_token(world.subscriber)
    return world


NEWS_EXPECTATIONS = {
    "news:index": Expect(PUBLIC),
    "news:detail": Expect(PUBLIC, kwargs=lambda w: {"slug": news_world(w).news_item.slug}),
    "news:rss": Expect(PUBLIC),
    "news:atom": Expect(PUBLIC),
    "news:events": Expect(PUBLIC),
    "news:event": Expect(PUBLIC, kwargs=lambda w: {"slug": news_world(w).event.slug}),
    "news:events_calendar": Expect(PUBLIC),
    "news:event_calendar": Expect(PUBLIC, kwargs=lambda w: {"slug": news_world(w).event.slug}),
    "news:subscribe": Expect(PUBLIC),
    "news:subscribe_sent": Expect(PUBLIC),
    "news:confirm": Expect(PUBLIC, kwargs=lambda w: {"token": news_world(w).confirm_token}),
    "news:unsubscribe": Expect(
        PUBLIC, kwargs=lambda w: {"token": news_world(w).unsubscribe_token}
    ),
    "news:unsubscribe_one_click": Expect(
        POST_ONLY, post=PUBLIC_POST, kwargs=lambda w: {"token": news_world(w).unsubscribe_token}
    ),
}
