import logging
import time
import uuid

from django.db import InterfaceError, OperationalError
from pghistory.middleware import HistoryMiddleware

from infopoint.redaction import mask_signed_tokens

logger = logging.getLogger("infopoint.request")


class RequestLogMiddleware:
    """One line per request: method, path (never the query string, which may carry an
    e-mail address or a token; signed tokens in the path masked), status, duration and a
    request id that is also returned in the X-Request-ID header."""

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.enabled = settings.REQUEST_LOG

    def __call__(self, request):
        started = time.perf_counter()
        request.id = uuid.uuid4().hex[:16]
        response = self.get_response(request)
        if not self.enabled:
            return response
        duration_ms = (time.perf_counter() - started) * 1000
        response["X-Request-ID"] = request.id
        logger.info(
            "%s %s %s %.1fms id=%s",
            request.method,
            redact_signed_path(request.path),
            response.status_code,
            duration_ms,
            request.id,
        )
        return response


DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_OUTAGE = 30


def database_unavailable_response():
    """The friendly 503 page, rendered without a request so that no context processor,
    session or user lookup touches the database that just failed."""
    from django.http import HttpResponse
    from django.template import loader

    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_OUTAGE)
    response["Cache-Control"] = "no-store"
    response.database_unavailable = True  # the page cache serves what it holds instead
    # Our own warning names the outage; django.request would add a traceback per request.
    response._has_been_logged = True
    return response


class DatabaseOutageMiddleware:
    """A view that cannot reach PostgreSQL answers 503 with Retry-After instead of a
    traceback; `server_error` (handler500) does the same for failures in other
    middleware, such as saving the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            logger.warning(
                "database unavailable: %s id=%s",
                type(exception).__name__,
                getattr(request, "id", "-"),
            )
            return database_unavailable_response()
        return None


def server_error(request, *args, **kwargs):
    """handler500: a database outage anywhere in the request becomes the 503 page."""
    import sys

    from django.views import defaults

    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable_response()
    return defaults.server_error(request, *args, **kwargs)


class SlidingSessionMiddleware:
    """The idle expiry slides at most once every SESSION_SLIDE_SECONDS, not on every request.

    Saving the session on every request (SESSION_SAVE_EVERY_REQUEST) costs an UPDATE and a
    commit per page. Here a session is saved only when something changed it or its last
    slide is older than the interval, so it still ends SESSION_COOKIE_AGE after the last
    request, give or take that interval. It sits right after SessionMiddleware: its
    response half runs after every other middleware has changed the session."""

    SLID_AT = "_slid_at"

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.interval = settings.SESSION_SLIDE_SECONDS

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or session.is_empty():
            return response
        # Reading loads a session nobody has read yet; an unknown or expired one is empty.
        slid_at = session.get(self.SLID_AT, 0)
        if session.is_empty():
            return response
        now = int(time.time())
        if session.modified or now - slid_at >= self.interval:
            session[self.SLID_AT] = now
        return response


class LoginRateLimitMiddleware:
    """Login POSTs to the back-office count against the "login" limit of the client's
    address, on top of axes' lockout of one username from one address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from infopoint import ratelimit

        match = request.resolver_match
        if request.method != "POST" or match is None or match.view_name != "admin:login":
            return None
        wait = ratelimit.seconds_until_allowed(request, group="login", rate=ratelimit.LOGIN_RATE)
        return ratelimit.too_many_requests(request, wait) if wait else None


# Paths under these prefixes carry a signed token (a partner's referral link, a feedback
# link, a subscription link): a credential that must not be copied into audit rows.
SIGNED_LINK_PREFIXES = (
    "/referral/",
    "/feedback/link/",
    "/news/subscribe/confirm/",
    "/news/unsubscribe/",
)


class HistoryContextMiddleware(HistoryMiddleware):
    """django-pghistory's context (acting user and URL) with signed-link tokens redacted."""

    def get_context(self, request):
        context = super().get_context(request)
        context["url"] = redact_signed_path(request.path)
        return context


def redact_signed_path(path):
    from django.utils.translation import get_supported_language_variant

    parts = path.split("/")
    prefix = ""
    if len(parts) > 2:
        try:
            get_supported_language_variant(parts[1])
            prefix, path = f"/{parts[1]}", "/" + "/".join(parts[2:])
        except LookupError:
            pass
    for signed in SIGNED_LINK_PREFIXES:
        if path.startswith(signed):
            return f"{prefix}{signed}[redacted]/"
    return mask_signed_tokens(prefix + path)
