"""News, events and subscriptions at the top level; included from infopoint/urls.py under
the namespace "news"."""

from django.urls import path

from manual.news import feeds, views

urlpatterns = [
    path("news/", views.news, name="index"),
    path("news/feed/rss/", feeds.NewsFeed(), name="rss"),
    path("news/feed/atom/", feeds.AtomNewsFeed(), name="atom"),
    path("news/subscribe/", views.subscribe, name="subscribe"),
    path("news/subscribe/sent/", views.subscribe_sent, name="subscribe_sent"),
    path("news/subscribe/confirm/<str:token>/", views.confirm, name="confirm"),
    path("news/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(
        "news/unsubscribe/<str:token>/one-click/",
        views.unsubscribe_one_click,
        name="unsubscribe_one_click",
    ),
    path("news/<slug:slug>/", views.news_detail, name="detail"),
    path("events/", views.events, name="events"),
    path("events/calendar.ics", views.events_calendar, name="events_calendar"),
    path("events/<slug:slug>/", views.event_detail, name="event"),
    path("events/<slug:slug>/calendar.ics", views.event_calendar, name="event_calendar"),
]
