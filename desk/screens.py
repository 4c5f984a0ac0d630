"""What every officer screen shares: the back-office chrome around it, the pages of its
lists, and the cache of its own part."""

import re
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Window
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import SafeData, mark_safe

from infopoint.changes import change_count
from infopoint.public_cache import unmask_token

# The back-office sidebar (its list of apps and models, and its HTML), per language and set
# of permissions: it depends on nothing else (the model admins' own permission methods are
# constant or look at an object, which the list has none of; no officer screen's path is
# a back-office page the sidebar would mark as current), and building it costs more than
# the rest of a queue page's context.
_SIDEBARS = {}
_SIDEBARS_MAX = 256


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


# --- the screens' own parts, kept until anything they show changes -------------------------
#
# A queue or a case page costs a dozen queries and a large template; an officer opens the
# same one again and again between changes. `cached_screen` keeps what the view rendered
# (its title, heading, content: strings) per process, keyed by everything the rendering
# depends on:
# - the user (each screen is the user's own: their cases, their offices, their rights);
# - the `auth` and `desk` change counts read with the user (`infopoint.changes`): any write
#   to a case, its timeline, follow-ups, referrals, entrepreneurs, offices, staff, users,
#   topics or published articles makes a new key, in every process at once;
# - the language, the time zone and today's date (overdue badges, due-date defaults);
# - the full path with its query (the page of a list, a search, `?edit=1`), and htmx.
# Only a GET answered 200 is kept. The CSRF tokens in its forms are replaced by a marker
# and a hit puts in a fresh token for the visitor's own secret, as the public page cache
# does; messages and the chrome (rendered around the part) are never kept.

SCREENS = 512
SCREENS_SIZE = 16 * 1024 * 1024  # characters, all kept parts together
CSRF_MARKER = "\x00desk-csrf-token\x00"
_MASKED_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")


class _Screens:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.entries = OrderedDict()
        self.size = 0


_screens = _Screens()


def forget_screens():
    """Forget this process's kept screens (tests)."""
    with _screens.lock:
        _screens.reset()


def _screen_key(request, name):
    user = request.user
    counts = (change_count(user, "auth"), change_count(user, "desk"))
    if None in counts or not settings.DESK_SCREEN_CACHE:
        return None
    return (
        name,
        user.pk,
        *counts,
        translation.get_language(),
        timezone.get_current_timezone_name(),
        timezone.localdate(),
        request.get_full_path(),
        bool(request.headers.get("HX-Request")),
    )


def _without_tokens(text, secret):
    if not secret:
        return text
    return _MASKED_TOKEN.sub(
        lambda match: CSRF_MARKER if unmask_token(match.group()) == secret else match.group(),
        text,
    )


def cached_screen(request, name, render):
    """The screen's own part — a dict of strings (markup as SafeString) from `render()` —
    rendered again only when something it shows has changed (see above)."""
    key = _screen_key(request, name) if request.method == "GET" else None
    if key is None:
        return render()
    with _screens.lock:
        entry = _screens.entries.get(key)
        if entry is not None:
            _screens.entries.move_to_end(key)
    if entry is not None:
        return _served(request, entry[0])
    parts = render()
    secret = request.META.get("CSRF_COOKIE")
    kept = {
        part: (_without_tokens(str(text), secret), isinstance(text, SafeData))
        for part, text in parts.items()
    }
    size = sum(len(text) for text, _safe in kept.values())
    with _screens.lock:
        if key in _screens.entries:
            _screens.size -= _screens.entries.pop(key)[1]
        _screens.entries[key] = (kept, size)
        _screens.size += size
        while len(_screens.entries) > SCREENS or _screens.size > SCREENS_SIZE:
            _screens.size -= _screens.entries.popitem(last=False)[1][1]
    return parts


def _served(request, kept):
    token = None
    parts = {}
    for part, (text, safe) in kept.items():
        if CSRF_MARKER in text:
            token = token or get_token(request)
            text = text.replace(CSRF_MARKER, token)
        parts[part] = mark_safe(text) if safe else text
    return parts
