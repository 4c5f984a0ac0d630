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

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.utils.translation import get_language

from infopoint.public_cache import current_generation

# Enough for every partner's card in both languages and the pages of many searches.
ENTRIES = 4096
SIZE = 16 * 1024 * 1024  # characters of markup, all fragments together


class _Store:
    """This process's fragments of the current generation, least recently used first."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.generation = None
        self.entries = OrderedDict()
        self.size = 0


_store = _Store()


def reset_fragments():
    """Forget this process's fragments (tests)."""
    with _store.lock:
        _store.reset()


def fragment(key, render, *, timeout=None):
    """The fragment named by `key` in the current language, from `render()` when missing."""
    if not settings.PUBLIC_CACHE_ENABLED:
        return render()
    generation = current_generation()
    key = (get_language(), *key)
    now = time.monotonic()
    with _store.lock:
        if generation != _store.generation:
            _store.reset()
            _store.generation = generation
        entry = _store.entries.get(key)
        if entry is not None and entry[0] > now:
            _store.entries.move_to_end(key)
            return entry[1]
    content = render()
    if timeout is None:
        timeout = settings.PUBLIC_CACHE_SECONDS
    with _store.lock:
        if generation == _store.generation:
            _remember(key, (now + timeout, content))
    return content


def _remember(key, entry):
    if key in _store.entries:
        _store.size -= len(_store.entries.pop(key)[1])
    _store.entries[key] = entry
    _store.size += len(entry[1])
    while len(_store.entries) > ENTRIES or _store.size > SIZE:
        _store.size -= len(_store.entries.popitem(last=False)[1][1])
