"""The anonymous page cache: whole public pages for visitors without a session.

What is cached: the 200 responses to GET requests for the views marked `@public_page`,
requested without a session cookie and without a messages cookie (every logged-in user, and
every visitor with a checklist or a flash message, has one of them and is always served a
fresh page), not by htmx, when the response sets no cookie, leaves the session unmodified,
is not `private`/`no-store`, and varies on nothing but Cookie, Accept-Language and htmx's
HX-Request. HEAD requests are answered from the cache too. A view may read the session (the
article page asks whether it is in the visitor's checklist): without a session cookie the
session is empty for every such visitor, so the page is the same for all of them.

Keys: (generation, language, the visitor's choice of the version for the visually impaired
as its canonical cookie value (infopoint/accessibility.py; "" for the ordinary version),
full path with the query). Two levels: a small LRU in each
process (a hit costs no query and no network round trip, which keeps hits near Django's own
limit) and the shared cache (Redis, or the database table without Redis), so another worker
or instance renders a page once per generation rather than once per process.

CSRF: htmx reads the token from the cookie (static/infopoint/site.js), so only a page with
a POST form carries the visitor's token (the article's vote and checklist forms); the rest
carry none and set no cookie. A token belongs to one visitor, so it is never stored: before a
page is stored, every masked token of the request's secret is replaced by a marker, and each
hit puts in a fresh token of the visitor's own secret with `get_token()`, which also gives a
visitor without one their `csrftoken` cookie, as a fresh render would. Forms stay protected
exactly as without the cache; no view is `csrf_exempt`.

Invalidation: a generation number in the shared cache, under the key named by
`settings.PUBLIC_CACHE_GENERATION_KEY`. It changes
- after every successful (2xx/3xx) non-GET request by a staff user to the back-office
  (the admin, where editors publish articles, news, partners and offices) — this middleware;
- when code calls `bump_public_cache()`;
- when code that may not import infopoint (the manual's `publish_scheduled` command, say)
  deletes the key: `django.core.cache.cache.delete(settings.PUBLIC_CACHE_GENERATION_KEY)`.
  A missing generation starts a new one, so deleting it invalidates every cached page.
Each process re-reads the generation at most once per PUBLIC_CACHE_CHECK_SECONDS (1 s): a
page published on one instance is stale on the others for at most a second. Entries also
expire after PUBLIC_CACHE_SECONDS (5 minutes), so what changes outside the back-office (the
most-read list, the events that have just ended) shows within that time.

During a database outage the pages this process holds are served even past their time
(`X-Public-Cache: stale`), rather than the outage page: a visitor reads a page a few
minutes old while PostgreSQL restarts. Everything else answers 503 as before.

The same generation, with the language, begins every key of CACHES["public"] (`public_key`):
the fragments of pages this cache cannot serve (`{% cache ... using="public" %}`) and the
manual's kept search rankings are invalidated with the pages.

Visits of a page marked `@public_page(counts_views=(name, argument))`, served from the cache
or rendered fresh (the view calls `count_view()`), are counted in the process and handed to
the function its app registered under `name` (`register_view_counter`) at most every
PUBLIC_CACHE_VIEW_FLUSH_SECONDS: the manual adds them to its articles' view counters.
"""

import hashlib
import re
import secrets
import threading
import time
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.utils.translation import get_language

from infopoint import accessibility
from infopoint.lru import BoundedLRU, kept_in_process
from infopoint.middleware import DATABASE_UNAVAILABLE

# Back-office URLs that change no public content: logging in must not empty the cache.
NO_BUMP_URL_NAMES = {"admin:login", "admin:logout", "admin:password_change"}
ALLOWED_VARY = {"cookie", "accept-language", "accept-encoding", "hx-request"}
SKIPPED_HEADERS = {"content-length", "set-cookie"}

CHECK_SECONDS = 1.0
LOCAL_ENTRIES = 256
LOCAL_BYTES = 32 * 1024 * 1024
VIEW_FLUSH_SECONDS = 10.0

CSRF_MARKER = b"\x00infopoint-csrf-token\x00"
MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
COMMA = re.compile(r"\s*,\s*")
CSRF_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _setting(name, default):
    return getattr(settings, name, default)


class _ProcessState:
    """This process's view of the generation, its LRU of pages and uncounted views."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.generation = None
        self.checked_at = float("-inf")
        self.pages = BoundedLRU(LOCAL_ENTRIES, LOCAL_BYTES)
        self.views = defaultdict(int)
        self.flushed_at = time.monotonic()


_state = _ProcessState()


@kept_in_process
def reset_process_state():
    """Forget this process's pages, fragments and generation (tests; a worker after a fork)."""
    with _state.lock:
        _state.reset()
    caches["public"].clear()


def _new_generation():
    return secrets.randbits(48)


def current_generation(*, now=None):
    """The shared generation, read again at most once per PUBLIC_CACHE_CHECK_SECONDS."""
    now = time.monotonic() if now is None else now
    interval = _setting("PUBLIC_CACHE_CHECK_SECONDS", CHECK_SECONDS)
    if _state.generation is not None and now - _state.checked_at < interval:
        return _state.generation
    key = settings.PUBLIC_CACHE_GENERATION_KEY
    generation = cache.get(key)
    if generation is None:
        cache.add(key, _new_generation(), timeout=None)
        generation = cache.get(key)
    with _state.lock:
        if generation != _state.generation:
            _state.pages.clear()
        _state.generation = generation
        _state.checked_at = now
    return generation


def public_key(key, key_prefix, version):
    """The key of an entry of CACHES["public"] (the fragments of `{% cache ... using="public"
    %}`, the manual's search rankings): behind the generation and the language, so each
    generation and language has its own, and a publication or a restore makes every earlier
    entry unreachable (it leaves as the least recently used)."""
    return f"{current_generation()}:{get_language()}:{key}"


def bump_public_cache():
    """Invalidate every cached public page, in every process, within a second."""
    key = settings.PUBLIC_CACHE_GENERATION_KEY
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, _new_generation(), timeout=None)
    with _state.lock:
        _state.checked_at = float("-inf")  # read again on the next call, however young the clock


def start_new_generation():
    """A new random generation: every page and fragment kept so far is unreachable, in
    every process within a second. After a restore, not `bump_public_cache()`: the
    restored generation counts up again through numbers already used."""
    cache.set(settings.PUBLIC_CACHE_GENERATION_KEY, _new_generation(), timeout=None)
    with _state.lock:
        _state.checked_at = float("-inf")


def unmask_token(token):
    mask, cipher = token[:32], token[32:]
    return "".join(
        CSRF_CHARS[CSRF_CHARS.index(c) - CSRF_CHARS.index(m)]
        for c, m in zip(cipher, mask, strict=True)
    )


def without_tokens(content, secret):
    """The page with every masked CSRF token of `secret` replaced by the marker."""
    if not secret:
        return content

    def replace(match):
        token = match.group().decode()
        return CSRF_MARKER if unmask_token(token) == secret else match.group()

    return MASKED_TOKEN.sub(replace, content)


class _Page:
    __slots__ = ("content", "counted", "expires", "headers", "uses_csrf")

    def __init__(self, *, content, expires, headers, uses_csrf, counted):
        self.content = content
        self.expires = expires
        self.headers = headers
        self.uses_csrf = uses_csrf
        self.counted = counted  # (counter name, URL argument value) or None


# name → function(counts: {URL argument value: visits}), registered by the apps.
_VIEW_COUNTERS = {}


def register_view_counter(name, flush):
    """Name `flush(counts)`, which adds counted visits where its app keeps them."""
    _VIEW_COUNTERS[name] = flush


def public_page(view=None, *, counts_views=None):
    """Mark a view whose page is the same for every anonymous visitor: the page cache may
    keep it. `counts_views=(name, argument)`: each visit, a cache hit included, is counted
    under `name` for the value of the URL argument (see `count_view`)."""

    def mark(view):
        view.public_page = counts_views or ()
        return view

    return mark(view) if view is not None else mark


class PublicCacheMiddleware:
    """Serves and stores anonymous public pages; bumps the generation on publishing.

    It sits after the session, locale and CSRF middleware (the language is known, the
    visitor's CSRF secret read) and before authentication, so a hit touches neither the
    user nor the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _setting("PUBLIC_CACHE_ENABLED", False):
            return self.get_response(request)
        if self._candidate(request):
            language, path = get_language(), request.get_full_path()
            # The version for the visually impaired is rendered on the server: a page
            # exists once per canonical choice, and the choice is part of its key.
            variant = accessibility.key(request)
            # Pages that can never be cached pass without touching the shared cache.
            seen = (_state.generation, language, variant, path) in _state.pages
            if not seen and not _allowed(request):
                return self.get_response(request)
            try:
                key = (current_generation(), language, variant, path)
                page = self._lookup(key)
            except DATABASE_UNAVAILABLE:  # the database cache, or its table, is away
                return self._stale((_state.generation, language, variant, path), request)
            if page is not None:
                return self._serve(request, page)
            response = self.get_response(request)
            if getattr(response, "database_unavailable", False):
                return self._stale(key, request, response)
            if request.method == "GET":
                self._store(request, response, key)
            return response
        response = self.get_response(request)
        if request.method not in {"GET", "HEAD", "OPTIONS"}:
            self._maybe_bump(request, response)
        return response

    # --- which requests ----------------------------------------------------------------

    def _candidate(self, request):
        if request.method not in {"GET", "HEAD"}:
            return False
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        return "HTTP_HX_REQUEST" not in request.META

    # --- hits --------------------------------------------------------------------------

    def _lookup(self, key):
        now = time.time()
        # An expired page stays until a fresh one replaces it or it is the least recently
        # used: it is what an outage serves.
        page = _state.pages.get(key)
        if page is not None and page.expires > now:
            return page
        page = cache.get(self._shared_key(key))
        if page is not None and page.expires > now:
            self._remember(key, page)
            return page
        return None

    def _stale(self, key, request, response=None):
        """The page this process holds under `key`, however old, while the database is
        away; else the outage response (or the view's, when there was none)."""
        page = _state.pages.get(key)
        if page is None:
            return response if response is not None else self.get_response(request)
        response = self._serve(request, page, count=False)  # counting would write
        response.headers["X-Public-Cache"] = "stale"
        return response

    def _serve(self, request, page, *, count=True):
        content = page.content
        if page.uses_csrf:
            token = get_token(request).encode()
            content = content.replace(CSRF_MARKER, token)
        response = HttpResponse(content)
        for name, value in page.headers:
            response.headers[name] = value
        response.headers["X-Public-Cache"] = "hit"
        if count and page.counted:
            count_view(*page.counted)
        return response

    def _store(self, request, response, key):
        if not self._cacheable(request, response):
            return
        match = request.resolver_match
        uses_csrf = bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        content = response.content
        if uses_csrf:
            content = without_tokens(content, request.META.get("CSRF_COOKIE"))
        page = _Page(
            content=content,
            expires=time.time() + _setting("PUBLIC_CACHE_SECONDS", 300),
            headers=[
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in SKIPPED_HEADERS
            ],
            uses_csrf=uses_csrf,
            counted=_counted(match),
        )
        self._remember(key, page)
        cache.set(self._shared_key(key), page, _setting("PUBLIC_CACHE_SECONDS", 300))

    def _cacheable(self, request, response):
        match = getattr(request, "resolver_match", None)
        if match is None or not _is_public_page(match):
            return False
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        # A token-shaped string in the URL could be reflected into the page, where it would
        # be taken for the token and receive every later visitor's own.
        if MASKED_TOKEN.search(request.get_full_path().encode()):
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
        if control & {"private", "no-store", "no-cache"}:
            return False
        vary = {part.strip().lower() for part in COMMA.split(response.get("Vary", ""))}
        return not (vary - ALLOWED_VARY - {""})

    # --- the two levels ----------------------------------------------------------------

    @staticmethod
    def _shared_key(key):
        generation, language, variant, path = key
        digest = hashlib.sha256(path.encode()).hexdigest()[:32]
        # v2: the stored page's fields changed (`counted`); pages of v1 are not read.
        return f"public-page:v2:{generation}:{language}:{variant or '-'}:{digest}"

    def _remember(self, key, page):
        with _state.lock:
            if key[0] != _state.generation:
                return
        _state.pages.put(key, page, len(page.content))

    # --- invalidation ------------------------------------------------------------------

    @staticmethod
    def _maybe_bump(request, response):
        if not 200 <= response.status_code < 400:
            return
        user = getattr(request, "user", None)
        if user is None or not (user.is_authenticated and user.is_staff):
            return
        match = getattr(request, "resolver_match", None)
        if match is None or "admin" not in match.namespaces:
            return
        if match.view_name in NO_BUMP_URL_NAMES:
            return
        bump_public_cache()


def _allowed(request):
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    return _is_public_page(match)


def _is_public_page(match):
    return hasattr(match.func, "public_page")


def _counted(match):
    counts_views = getattr(match.func, "public_page", ())
    if not counts_views:
        return None
    name, argument = counts_views
    return name, match.kwargs.get(argument)


def count_view(view_name, value):
    """Count one visit of a page counted under `view_name` (`value`: its URL argument), to be
    added to its counter with the others of this process at most every
    PUBLIC_CACHE_VIEW_FLUSH_SECONDS. Cache hits count this way, and so do the views that
    render the page fresh, so a busy page never writes on every visit."""
    with _state.lock:
        _state.views[(view_name, value)] += 1
        interval = _setting("PUBLIC_CACHE_VIEW_FLUSH_SECONDS", VIEW_FLUSH_SECONDS)
        if time.monotonic() - _state.flushed_at < interval:
            return
        pending, _state.views = _state.views, defaultdict(int)
        _state.flushed_at = time.monotonic()
    flush_views(pending)


def flush_views(pending):
    """Add the views counted from cache hits to their counters."""
    by_view = defaultdict(dict)
    for (view_name, value), count in pending.items():
        by_view[view_name][value] = count
    for view_name, counts in by_view.items():
        _VIEW_COUNTERS[view_name](counts)
