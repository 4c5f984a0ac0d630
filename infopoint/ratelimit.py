"""Rate limits for public forms, search and login, shared by every process.

    @ratelimit(group="ask", rate="10/m")            # POSTs only (the default)
    @ratelimit(group="search", rate="60/m", methods=("GET",))
    @require_http_methods(["GET", "POST"])
    def ask(request): ...

The counters are shared by every process and instance: in Redis when REDIS_URL is set
(Django's default cache: the first request of a window creates its counter with
`cache.add`, the others `cache.incr` it, atomically), otherwise in their own table
(`infopoint.RateCounter`: one atomic upsert per request, expired windows deleted every few
minutes). Windows are fixed and aligned to the clock (a "10/m" limit resets on the
minute).

Over the limit the answer is 429 with Retry-After and a page saying when to try again.
Settings: RATELIMIT_ENABLED (env, on except in tests, which switch it on where they test
it) and TRUSTED_PROXIES (see `client_ip`).
"""

import functools
import hashlib
import ipaddress
import math
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.exceptions import ImproperlyConfigured
from django.db import connections, router
from django.shortcuts import render
from django.utils.translation import ngettext

RATE = re.compile(r"^(?P<limit>\d+)/(?P<count>\d*)(?P<unit>[smhd])$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
LOGIN_RATE = "30/10m"


def parse_rate(rate: str) -> tuple[int, int]:
    """ "10/m" → (10, 60); "30/10m" → (30, 600)."""
    match = RATE.match(rate)
    if not match:
        raise ImproperlyConfigured(f"Rate {rate!r} is not like '10/m', '30/10m' or '100/h'.")
    period = int(match["count"] or 1) * UNIT_SECONDS[match["unit"]]
    return int(match["limit"]), period


def _networks(values):
    try:
        return [ipaddress.ip_network(value, strict=False) for value in values]
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from None


def _is_trusted(address, networks):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_ip(request) -> str | None:
    """The address of the person, not of our own reverse proxy.

    Only when the direct peer (REMOTE_ADDR) is one of TRUSTED_PROXIES is X-Forwarded-For
    believed, and then read from the right: each proxy appends the address it saw, so the
    right-most entry that is not one of our proxies is the client; anything left of it
    was written by the client and could be forged. django-ipware reads the headers in
    the order of IPWARE_META_PRECEDENCE_ORDER; axes uses this same function
    (AXES_CLIENT_IP_CALLABLE), so lockouts and rate limits agree on who is who.
    """
    from ipware import get_client_ip

    peer, _routable = get_client_ip(request, request_header_order=["REMOTE_ADDR"])
    peer = peer or request.META.get("REMOTE_ADDR") or None
    networks = _networks(getattr(settings, "TRUSTED_PROXIES", []))
    if not networks or not _is_trusted(peer, networks):
        return peer
    for header in settings.IPWARE_META_PRECEDENCE_ORDER:
        if header == "REMOTE_ADDR":
            continue
        chain = [item.strip() for item in request.META.get(header, "").split(",")]
        for address in reversed([item for item in chain if item]):
            if not _is_trusted(address, networks):
                try:
                    return str(ipaddress.ip_address(address))
                except ValueError:
                    return peer  # a garbled header: count it against the proxy's peer
    return peer


def _increment(cache, key, period):
    if cache.add(key, 1, timeout=period + 5):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # the counter expired between add and incr
        cache.add(key, 1, timeout=period + 5)
        return 1


# Expired windows are deleted at most this often per process, by the request that finds
# the time has come (one DELETE on the `expires` index).
PURGE_SECONDS = 300
_purged_at = float("-inf")


ASYNCHRONOUS_COMMIT = "FROM (SELECT set_config('synchronous_commit', 'off', true)) setting "


def count_hit(key: str, period: int) -> int:
    """Counts one request against `key` and returns the count of this window."""
    cache = caches["default"]
    if not isinstance(cache, DatabaseCache):
        return _increment(cache, key, period)
    # Without Redis the counters have their own table: one statement counts atomically
    # (the database cache would need a lock, a read, a write and its cull check). A crash
    # may lose the last fraction of a second of counts, a window restarting early; in
    # exchange no request waits for the disk to flush the WAL. set_config(..., true) lasts
    # for this statement's transaction only: never inside another's, whose commit it would
    # make asynchronous as well.
    from infopoint.models import RateCounter

    global _purged_at
    alias = router.db_for_write(RateCounter)
    connection = connections[alias]
    setting = "" if connection.in_atomic_block else ASYNCHRONOUS_COMMIT
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO infopoint_ratecounter (key, count, expires) "
            f"SELECT %s, 1, now() + make_interval(secs => %s) {setting}"
            "ON CONFLICT (key) DO UPDATE SET count = infopoint_ratecounter.count + 1 "
            "RETURNING count",
            [key, period + 5],
        )
        count = cursor.fetchone()[0]
        if time.monotonic() - _purged_at > PURGE_SECONDS:
            _purged_at = time.monotonic()
            cursor.execute("DELETE FROM infopoint_ratecounter WHERE expires < now()")
    return count


def seconds_until_allowed(request, *, group: str, rate: str, key="ip") -> int:
    """Counts this request; 0 when it is within the limit, otherwise the seconds until the
    window resets."""
    if not getattr(settings, "RATELIMIT_ENABLED", True):
        return 0
    limit, period = parse_rate(rate)
    who = (key(request) if callable(key) else client_ip(request)) or "unknown"
    now = time.time()
    window = int(now // period)
    digest = hashlib.sha256(f"{who}".encode()).hexdigest()[:32]
    if count_hit(f"rl:{group}:{period}:{window}:{digest}", period) <= limit:
        return 0
    return max(1, math.ceil((window + 1) * period - now))


def too_many_requests(request, retry_after: int):
    minutes = max(1, math.ceil(retry_after / 60))
    message = ngettext(
        "Too many requests — try again in %(minutes)d minute.",
        "Too many requests — try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
    response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def ratelimit(*, group: str, rate: str, key="ip", methods=("POST",)):
    """Limits the decorated view to `rate` requests per client for the given methods.
    `group` names the shared counter, so two views with the same group share one limit."""
    parse_rate(rate)  # a wrong rate fails at import, not at the first request
    methods = {method.upper() for method in methods}

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method in methods:
                wait = seconds_until_allowed(request, group=group, rate=rate, key=key)
                if wait:
                    return too_many_requests(request, wait)
            return view(request, *args, **kwargs)

        wrapper.ratelimit = {"group": group, "rate": rate, "methods": methods}
        return wrapper

    return decorator
