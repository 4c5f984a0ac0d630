"""What every officer screen shares: the back-office chrome around it, the pages of its
lists, and the cache that keeps a screen until anything it shows changes."""

from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage
from django.core.paginator import Paginator
from django.db.models import Count, Window
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone, translation

from infopoint.changes import change_count
from infopoint.lru import BoundedLRU, kept_in_process
from infopoint.public_cache import CSRF_MARKER, without_tokens

# The back-office sidebar (its list of apps and models, and its HTML), per language and set
# of permissions: it depends on nothing else (the model admins' own permission methods are
# constant or look at an object, which the list has none of; no officer screen's path is
# a back-office page the sidebar would mark as current), and building it costs more than
# the rest of a queue page's context.
_SIDEBARS = {}
_SIDEBARS_MAX = 256
kept_in_process(_SIDEBARS.clear)


def _sidebar(request):
    from django.contrib import admin

    user = request.user
    key = (
        translation.get_language(),
        request.META["SCRIPT_NAME"],
        user.is_superuser,
        frozenset(user.get_all_permissions()),
    )
    sidebar = _SIDEBARS.get(key)
    if sidebar is None:
        if len(_SIDEBARS) >= _SIDEBARS_MAX:
            _SIDEBARS.clear()
        app_list = admin.site.get_app_list(request)
        html = render_to_string(
            "admin/nav_sidebar.html", {"available_apps": app_list, "request": request}
        )
        sidebar = _SIDEBARS[key] = (app_list, html)
    return sidebar


def admin_context(request, title, **context):
    """admin.site.each_context() with the sidebar built once per language and permissions."""
    from django.contrib import admin

    site = admin.site
    script_name = request.META["SCRIPT_NAME"]
    app_list, sidebar_html = _sidebar(request)
    return {
        "site_title": site.site_title,
        "site_header": site.site_header,
        "site_url": script_name if site.site_url == "/" and script_name else site.site_url,
        "has_permission": site.has_permission(request),
        "available_apps": app_list,
        "nav_sidebar": sidebar_html,
        "is_popup": False,
        "is_nav_sidebar_enabled": site.enable_nav_sidebar,
        "log_entries": site.get_log_entries(request),
        "title": title,
        **context,
    }


class CountedPaginator(Paginator):
    """The page's rows carry the list's length (COUNT(*) OVER ()): one scan of the queue
    instead of a count and then the page. An empty list or a page out of range is counted
    as usual."""

    def get_page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            number = 1
        if number >= 1:
            bottom = (number - 1) * self.per_page
            rows = list(
                self.object_list.annotate(total=Window(Count("pk")))[
                    bottom : bottom + self.per_page
                ]
            )
            if rows:
                self.count = rows[0].total
                return self._get_page(rows, number, self)
        return super().get_page(number)


# --- officer screens kept until anything they show changes ---------------------------
#
# A queue or a case page costs a dozen queries and a large template; an officer opens the
# same ones again and again between changes. `kept_screen` keeps the page a view rendered,
# per process, keyed by everything the rendering depends on:
# - the user (each screen is the user's own: their cases, their offices, their rights, their
#   name in the header);
# - the `auth` and `desk` change counts read with the user (`infopoint.changes`): any write
#   to a case, its timeline, follow-ups, referrals, entrepreneurs, offices, staff, users,
#   topics or published articles makes a new key, in every process at once; with them the
#   database they were read from, so the counts and ids a restore or a fail-over rewinds
#   never meet a page kept before it;
# - the language, the time zone and today's date (overdue badges, due-date defaults);
# - the view and its arguments, the full path with its query (the page of a list, a
#   filter, `?edit=1`), and htmx.
# Only a GET answered 200 without cookies is kept, and never while a message waits to be
# shown (it is rendered into the page once). What is fresh on every response is put in on
# each hit: the CSRF token for the visitor's own secret (as the public page cache does) and
# the CSP nonce. A kept page is answered with `X-Desk-Screen: kept`.

SCREENS = 512
SCREENS_SIZE = 32 * 1024 * 1024  # bytes of pages, all kept pages together
NONCE_MARKER = b"\x00desk-csp-nonce\x00"


_screens = BoundedLRU(SCREENS, SCREENS_SIZE)


def forget_screens():
    """Forget this process's kept screens (tests)."""
    _screens.clear()


def _screen_key(request, view, kwargs):
    if request.method != "GET" or not settings.DESK_SCREEN_CACHE:
        return None
    user = request.user
    counts = (change_count(user, "auth"), change_count(user, "desk"))
    if None in counts or _message_waiting(request):
        return None
    return (
        view.__module__,
        view.__qualname__,
        tuple(sorted(kwargs.items())),
        user.pk,
        *counts,
        translation.get_language(),
        timezone.get_current_timezone_name(),
        timezone.localdate(),
        request.get_full_path(),
        bool(request.headers.get("HX-Request")),
    )


def _message_waiting(request):
    """A flash message in the cookie or (too big for it) in the session."""
    return bool(request.COOKIES.get(CookieStorage.cookie_name)) or (
        SessionStorage.session_key in request.session
    )


def _marked(request, response):
    """The page with this response's CSP nonce and CSRF tokens replaced by markers."""
    content = response.content
    nonce = get_nonce(request)
    if nonce:  # generated for this page: its scripts and styles carry it
        content = content.replace(str(nonce).encode(), NONCE_MARKER)
    return without_tokens(content, request.META.get("CSRF_COOKIE"))


def _served(request, kept):
    content, headers = kept
    if NONCE_MARKER in content:
        content = content.replace(NONCE_MARKER, str(get_nonce(request)).encode())
    if CSRF_MARKER in content:
        content = content.replace(CSRF_MARKER, get_token(request).encode())
    response = HttpResponse(content)
    for name, value in headers:
        response.headers[name] = value
    response.headers["X-Desk-Screen"] = "kept"
    return response


def kept_screen(view):
    """Keep the view's page until anything it shows changes (see above). Inside the
    access checks: they run on every request."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        key = _screen_key(request, view, kwargs)
        if key is None:
            return view(request, *args, **kwargs)
        kept = _screens.get(key)
        if kept is not None:
            return _served(request, kept)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            content = _marked(request, response)
            _screens.put(key, (content, list(response.headers.items())), len(content))
        return response

    return wrapper
