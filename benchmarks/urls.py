from django.urls import path

from benchmarks import views
from infopoint.urls import handler500
from infopoint.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    path("bench/baseline", views.baseline, name="bench-baseline"),
    path("bench/fortunes", views.fortunes, name="bench-fortunes"),
    *portal_urlpatterns,
]
__all__ = ["handler500", "urlpatterns"]
