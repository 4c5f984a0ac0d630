"""Pieces of pages that are the same for every visitor, rendered once per generation.

The page cache (infopoint/public_cache.py) serves whole pages to visitors without a
session; everyone else (staff, a visitor with a checklist, a search the cache has not seen
yet) gets a fresh render. Most of such a page is the same for all of them: the navigation,
the footer with the office's opening hours, the home page's text, the partner directory's
list for a given search. `{% publicfragment %}` (templatetags/public_fragments.py) keeps
those pieces rendered in each process, keyed by (language, name, what the piece varies on).

A fragment belongs to the page cache's generation: publishing through the back-office bumps
it, and every fragment is rendered again — in this process at once, in the others within
PUBLIC_CACHE_CHECK_SECONDS, as for whole pages. A fragment also expires after its timeout
(PUBLIC_CACHE_SECONDS unless the tag asks for less), for what changes without publishing:
events that have just ended. With the page cache off (tests, PUBLIC_CACHE=0) nothing bumps
the generation, so fragments are rendered every time.

A fragment must hold nothing personal or per request: no CSRF token, no user, no messages,
no path. Its name is its identity: two pieces of markup never share one.
"""

import time

from django.conf import settings
from django.utils.translation import get_language

from infopoint.lru import BoundedLRU
from infopoint.public_cache import current_generation

# Enough for every partner's card in both languages and the pages of many searches.
ENTRIES = 4096
SIZE = 16 * 1024 * 1024  # characters of markup, all fragments together


_store = BoundedLRU(ENTRIES, SIZE)


def reset_fragments():
    """Forget this process's fragments (tests)."""
    _store.clear()


def fragment(key, render, *, timeout=None):
    """The fragment named by `key` in the current language, from `render()` when missing."""
    if not settings.PUBLIC_CACHE_ENABLED:
        return render()
    # The generation is part of the key: a publication makes every fragment new, and the
    # old ones leave as the least recently used.
    key = (current_generation(), get_language(), *key)
    now = time.monotonic()
    entry = _store.get(key)
    if entry is not None and entry[0] > now:
        return entry[1]
    content = render()
    if timeout is None:
        timeout = settings.PUBLIC_CACHE_SECONDS
    _store.put(key, (now + timeout, content), len(content))
    return content
