from functools import partial
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language, get_language_info, override

from infopoint import accessibility


def portal(request):
    """The language switch and the version for the visually impaired, on every page: both
    callables, so a template evaluates them only where it shows them."""
    return {
        "languages": partial(_language_links, request),
        "DEMO": settings.DEMO,
        "a11y": partial(accessibility.links, request),
    }


def _language_links(request):
    current = get_language()
    # "//evil.example/x" (or "/\\evil.example") is a path to us but a link off-site to a
    # browser: the switch links to the same path with a single leading slash.
    path = "/" + request.get_full_path().lstrip("/\\")
    return [
        {
            "code": code,
            "name": name,
            "name_local": get_language_info(code)["name_local"],
            # The switch links only to the other languages; the current one is this page.
            "url": path if code == current else _translated(request, path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


def _translated(request, path, code):
    """translate_url() without resolving the path a second time: for a page far down the
    URL list, resolving (and every pattern it tried) costs more than the rest of the chrome."""
    match = request.resolver_match
    if match is None:  # an error page rendered before the URL was resolved
        return translate_url(path, code)
    with override(code):
        try:
            translated = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return path
    return urlunsplit(("", "", translated, urlsplit(path).query, ""))
