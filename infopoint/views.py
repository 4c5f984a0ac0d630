from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from manual import news_selectors


@require_GET
def home(request):
    return render(
        request, "home.html", {"upcoming_events": news_selectors.upcoming_events(limit=3)}
    )


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers, 503 when it does not; touches no session."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
