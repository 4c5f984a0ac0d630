import logging
import time
import uuid

logger = logging.getLogger("infopoint.request")


class RequestLogMiddleware:
    """One line per request: method, path (never the query string, which may carry an
    e-mail address or a token), status, duration and a request id that is also returned
    in the X-Request-ID header."""

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
            request.path,
            response.status_code,
            duration_ms,
            request.id,
        )
        return response
