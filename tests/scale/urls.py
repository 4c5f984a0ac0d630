"""Probe views for the scale suite, mounted only by tests/scale/settings.py."""

import uuid

from django.core.cache import cache
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from infopoint.ratelimit import ratelimit
from infopoint.urls import urlpatterns as portal_urlpatterns


@csrf_exempt
def cached_page(request, key):
    """GET: the "page" for key, rendered once and then served from the cache; POST: the
    invalidation a publish does."""
    if request.method == "POST":
        cache.delete(f"scale-page:{key}")
        return JsonResponse({"invalidated": key})
    return JsonResponse({"page": cache.get_or_set(f"scale-page:{key}", lambda: uuid.uuid4().hex)})


@csrf_exempt
@ratelimit(group="scale-probe", rate="5/m")
def limited(request):
    return JsonResponse({"ok": True})


urlpatterns = [
    path("scale-probe/page/<slug:key>/", cached_page),
    path("scale-probe/limited/", limited),
    *portal_urlpatterns,
]
