from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from infopoint import accessibility
from infopoint.next_url import local_next_url


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


@never_cache
@require_GET
def accessibility_choice(request):
    """Sets the version for the visually impaired (a cookie) and goes back to the page the
    visitor came from: plain links, so it works without JavaScript. Only a path of this
    site is a way back; anything else goes to the home page."""
    choice = accessibility.changed(accessibility.from_request(request), request.GET)
    response = redirect(local_next_url(request, fallback=reverse("home")))
    if choice.on:
        response.set_cookie(
            accessibility.COOKIE,
            choice.value,
            max_age=accessibility.COOKIE_MAX_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(accessibility.COOKIE, samesite="Lax")
    response["X-Robots-Tag"] = "noindex"
    return response
