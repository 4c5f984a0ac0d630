"""The vocabulary of the URL × role permission table.

Each app lists its URL names in `tests/<app>/url_expectations.py`:

    EXPECTATIONS = {"manual:article": Expect(PUBLIC, kwargs=lambda w: {"slug": w.article.slug})}

and may define `build(world)` to create the objects its URLs need. `tests/infopoint/
test_permissions.py` fails when a URL name of the project has no entry.
"""

from dataclasses import dataclass, field
from typing import Any

PERSONAS = ("anonymous", "officer", "editor", "head", "admin")

# Common rows. 302 for anonymous on staff pages: the redirect to the login page.
PUBLIC = dict.fromkeys(PERSONAS, 200)
STAFF = {"anonymous": 302, "officer": 200, "editor": 200, "head": 200, "admin": 200}
OFFICERS = {"anonymous": 302, "officer": 200, "editor": 403, "head": 200, "admin": 200}
EDITORS = {"anonymous": 302, "officer": 403, "editor": 200, "head": 200, "admin": 200}
HEADS = {"anonymous": 302, "officer": 403, "editor": 403, "head": 200, "admin": 200}
ADMINS = {"anonymous": 302, "officer": 403, "editor": 403, "head": 403, "admin": 200}
POST_ONLY = dict.fromkeys(PERSONAS, 405)


@dataclass(frozen=True)
class Expect:
    statuses: dict = None
    kwargs: Any = None  # callable(world) -> dict of URL kwargs
    query: str = ""  # appended to the URL, e.g. "?q=ip"
    skip: str = ""  # a reason: the URL is covered by a dedicated test instead
    follow_admin_login: bool = field(default=False)

    def url_kwargs(self, world):
        return self.kwargs(world) if self.kwargs else {}
