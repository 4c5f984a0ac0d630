"""No input gives a server error: every URL of the project, every field of its forms.

The URLs are the resolver's, through the permission table (tests/infopoint/
test_permissions.py: a URL without an entry already fails the suite) plus every model
admin's list and add pages. Each is requested as the least privileged persona that may
open it. Its fields are read from the forms the pages render — every <input>, <select>
and <textarea>, for the page itself and for the URL a form on another page posts to —
plus the parameters any view might read (`next`, `page`, `q`, `date`, ids). Each field
then gets hostile values: dates far past, far future and malformed; ids huge, negative
and not numbers; `next` off-site, relative and garbage; NUL bytes, very long strings,
bidi and control characters. The answer must never be a 5xx.

Every field of a URL gets one value of HOSTILE at once (a sweep), then hypothesis draws
mixtures (tests/fuzz.py: "endpoint"). `make test` sweeps SWEEP_QUICK values per URL, turn
by turn, so that each value meets a part of the URLs; `make fuzz` sweeps every value over
every URL and draws many more mixtures.
"""

import os
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz import examples
from tests.infopoint.test_permissions import EXPECTATIONS, MODULES
from tests.url_expectations import PERSONAS

pytestmark = pytest.mark.django_db

# Parameters a view may read without rendering them in a form.
COMMON_FIELDS = ["next", "page", "q", "date", "start", "end", "office", "pk", "id", "o", "p"]
HOSTILE = [
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "31.12.99999",
    "-1",
    "0",
    "99999999999999999999999",
    "1e309",
    "abc",
    "//evil.example/x",
    "https://evil.example/",
    "/\\evil.example",
    "javascript:alert(1)",
    "foo",
    "a\x00b",
    "\x00",
    "я" * 10_000,
    "\u202eexe.gpj\u202c \u2066x\u2069",
    "\x07\x1b[31m\x7f\x9f\r\n\t",
    "<meta http-equiv=refresh content=0;url=//evil.example>",
    "%00%ZZ",
    "",
]
SWEEP_QUICK = 2
hostile = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates().map(str),
)


class FormFields(HTMLParser):
    """The forms of a page: (action, method, field names)."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append((attrs.get("action") or "", (attrs.get("method") or "get"), set()))
        elif tag in {"input", "select", "textarea", "button"} and attrs.get("name") and self.forms:
            self.forms[-1][2].add(attrs["name"])


@pytest.fixture
def world(personas, office, other_office):
    world = SimpleNamespace(office=office, other_office=other_office, **personas)
    for module in MODULES:
        if hasattr(module, "build"):
            module.build(world)
    return world


def _user(world, persona):
    return None if persona == "anonymous" else getattr(world, persona)


def targets(client, world):
    """{(path, method): [persona, fields]} for every URL of the project."""
    found = {}
    for name, row in sorted(EXPECTATIONS.items()):
        if row.skip:
            continue
        persona = next((p for p in PERSONAS if row.statuses.get(p) in {200, 405}), None)
        if persona is None:
            continue
        path = reverse(name, kwargs=row.url_kwargs(world))
        method = "post" if row.statuses[persona] == 405 else "get"
        found[(path, method)] = [persona, set(COMMON_FIELDS), path + row.query]
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        found[(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"), "get")] = [
            "admin",
            set(COMMON_FIELDS) | {"q", "o", "p", "all", "_popup", "e"},
            None,
        ]
        if model_admin.has_add_permission(_admin_request(world.admin)):
            path = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
            found[(path, "get")] = ["admin", set(COMMON_FIELDS), None]
    # The forms each page renders name the fields of the URL they submit to.
    for (path, method), (persona, _fields, first) in list(found.items()):
        if method != "get":
            continue
        client.logout()
        if persona != "anonymous":
            client.force_login(_user(world, persona))
        response = client.get(first or path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = FormFields()
        parser.feed(response.content.decode(errors="replace"))
        for action, form_method, names in parser.forms:
            action_path = urlsplit(urljoin(path, action or path)).path
            key = (action_path, "post" if form_method.lower() == "post" else "get")
            if key not in found:
                found[key] = [persona, set(COMMON_FIELDS), None]
            found[key][1] |= names - {"csrfmiddlewaretoken"}
    return {key: (persona, sorted(fields)) for key, (persona, fields, _) in found.items()}


def _admin_request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request


class Failures(list):
    sent = 0


def _send(client, world, path, method, persona, data, failures):
    client.logout()
    if persona != "anonymous":
        client.force_login(_user(world, persona))
    status = getattr(client, method)(path, data).status_code
    failures.sent += 1
    if status >= 500:
        failures.append((status, method.upper(), path, persona, data))


def _mixtures(client, world, path, method, persona, fields, failures):
    @settings(
        max_examples=examples("endpoint"),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.dictionaries(st.sampled_from(fields), hostile))
    def mixtures(data):
        _send(client, world, path, method, persona, data, failures)

    return mixtures


def test_no_url_answers_any_input_with_a_server_error(world, record_property):
    # A server error is counted and listed at the end, not raised at the first one.
    client = Client(raise_request_exception=False)
    found = targets(client, world)
    assert len(found) > 100, "the walk found too few URLs"
    failures = Failures()
    full = os.environ.get("FUZZ") == "full"
    for index, ((path, method), (persona, fields)) in enumerate(sorted(found.items())):
        turn = [HOSTILE[(index * SWEEP_QUICK + n) % len(HOSTILE)] for n in range(SWEEP_QUICK)]
        for value in HOSTILE if full else turn:
            _send(client, world, path, method, persona, dict.fromkeys(fields, value), failures)

        _mixtures(client, world, path, method, persona, fields, failures)()
    fields = sum(len(fields) for _persona, fields in found.values())
    summary = f"{len(found)} URL×method targets, {fields} fields, {failures.sent} requests"
    record_property("fuzz", summary)
    print(f"\n{summary}")
    assert not failures, "\n".join(
        f"{s} {m} {p} as {who}: {d!r:.300}" for s, m, p, who, d in failures
    )
