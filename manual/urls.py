from django.urls import path

from manual import views
from manual.news_urls import urlpatterns as news_urlpatterns

app_name = "manual"

urlpatterns = [
    path("", views.index, name="index"),
    *news_urlpatterns,
]
