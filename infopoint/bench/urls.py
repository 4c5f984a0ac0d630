from django.urls import path

from infopoint.bench import views

urlpatterns = [
    path("bench/baseline", views.baseline, name="bench-baseline"),
    path("bench/fortunes", views.fortunes, name="bench-fortunes"),
]
