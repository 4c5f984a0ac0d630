"""The vocabulary of the URL × role permission table.

Each app lists its URL names in `tests/<app>/url_expectations.py`:

    EXPECTATIONS = {"manual:article": Expect(PUBLIC, kwargs=lambda w: {"slug": w.article.slug})}

and may define `build(world)` to create the objects its URLs need. `tests/infopoint/
test_permissions.py` fails when a URL name of the project has no entry.

Each URL is requested with GET and with POST. `statuses` are the GET answers, `post` the
POST answers, where OK means "let in: neither refused (302 to the login, 403, 404, 405)
nor a server error" (an empty POST may well be a form error). Without `post`, a POST gets
the GET's refusal (or 405) where the GET refuses and OK where it lets the persona in; a
row whose GET answers 405 (POST-only) must state `post`. A URL that names an object of an
office also names, in `other`, the same kind of object of another office: there an
officer and a head of office A are refused both methods, with 404 (or 403) at least once.
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

OK = "ok"
# POST answers of the back-office's actions: officers and heads act, editors are refused.
OFFICERS_POST = {"anonymous": 302, "officer": OK, "editor": 403, "head": OK, "admin": OK}
HEADS_POST = {"anonymous": 302, "officer": 403, "editor": 403, "head": OK, "admin": OK}
PUBLIC_POST = dict.fromkeys(PERSONAS, OK)


@dataclass(frozen=True)
class Expect:
    statuses: dict = None
    kwargs: Any = None  # callable(world) -> dict of URL kwargs
    query: str = ""  # appended to the URL, e.g. "?q=ip"
    skip: str = ""  # a reason: the URL is covered by a dedicated test instead
    other: Any = None  # callable(world) -> URL kwargs naming objects of world.other_office
    post: dict = None  # the POST answers, when the GET's do not tell them
    follow_admin_login: bool = field(default=False)

    def url_kwargs(self, world):
        return self.kwargs(world) if self.kwargs else {}
