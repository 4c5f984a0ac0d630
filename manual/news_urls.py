"""News, events and subscriptions; included in manual/urls.py (namespace "manual")."""

from django.urls import path

from manual import news_views

urlpatterns = [
    path("news/", news_views.news, name="news"),
]
