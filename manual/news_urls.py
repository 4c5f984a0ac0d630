"""News, events and subscriptions at the top level; included from infopoint/urls.py under
the namespace "news"."""

from django.urls import path

from manual import news_feeds, news_views

urlpatterns = [
    path("news/", news_views.news, name="index"),
    path("news/feed/rss/", news_feeds.NewsFeed(), name="rss"),
    path("news/feed/atom/", news_feeds.AtomNewsFeed(), name="atom"),
    path("news/subscribe/", news_views.subscribe, name="subscribe"),
    path("news/subscribe/sent/", news_views.subscribe_sent, name="subscribe_sent"),
    path("news/subscribe/confirm/<str:token>/", news_views.confirm, name="confirm"),
    path("news/unsubscribe/<str:token>/", news_views.unsubscribe, name="unsubscribe"),
    path(
        "news/unsubscribe/<str:token>/one-click/",
        news_views.unsubscribe_one_click,
        name="unsubscribe_one_click",
    ),
    path("news/<slug:slug>/", news_views.news_detail, name="detail"),
    path("events/", news_views.events, name="events"),
    path("events/calendar.ics", news_views.events_calendar, name="events_calendar"),
    path("events/<slug:slug>/", news_views.event_detail, name="event"),
    path("events/<slug:slug>/calendar.ics", news_views.event_calendar, name="event_calendar"),
]
