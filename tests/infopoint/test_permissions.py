"""Every URL of the project, requested by every persona, against an explicit table.

A URL name without an entry in some app's `url_expectations.py` fails the suite, so a
new page cannot ship without someone deciding who may open it.
"""

import importlib
from types import SimpleNamespace

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from infopoint import roles
from tests.url_expectations import OK, PERSONAS

APPS = ["infopoint", "desk", "manual", "feedback", "stakeholders", "monitoring"]
MODULES = [importlib.import_module(f"tests.{app}.url_expectations") for app in APPS]
EXPECTATIONS = {name: row for module in MODULES for name, row in module.EXPECTATIONS.items()}


def url_names(patterns=None, namespace=""):
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            if pattern.name:
                yield f"{namespace}{pattern.name}"
            elif namespace != "admin:":  # the admin's catch-all and object-id redirects
                yield f"<unnamed {pattern}>"


def is_model_admin_url(name):
    prefixes = {
        f"admin:{model._meta.app_label}_{model._meta.model_name}_"
        for model in admin.site._registry
    }
    return any(name.startswith(prefix) for prefix in prefixes)


def test_every_url_has_an_expectation():
    missing = sorted(
        name
        for name in set(url_names())
        if name not in EXPECTATIONS and not is_model_admin_url(name)
    )
    assert not missing, f"URLs without a permission expectation: {missing}"


def test_no_expectation_names_a_url_that_does_not_exist():
    assert not set(EXPECTATIONS) - set(url_names())


@pytest.fixture
def world(personas, office, other_office, head_of_office):
    world = SimpleNamespace(
        office=office, other_office=other_office, head_of_office=head_of_office, **personas
    )
    for module in MODULES:
        if hasattr(module, "build"):
            module.build(world)
    return world


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_url_answers_each_persona_as_the_table_says(client, world, name):
    row = EXPECTATIONS[name]
    if row.skip:
        pytest.skip(row.skip)
    url = reverse(name, kwargs=row.url_kwargs(world)) + row.query
    answers = {}
    for persona in PERSONAS:
        client.logout()
        user = getattr(world, persona) if persona != "anonymous" else None
        if user is not None:
            client.force_login(user)
        answers[persona] = client.get(url).status_code
    assert answers == {persona: row.statuses[persona] for persona in PERSONAS}, url


REFUSALS = {302, 403, 404, 405}


def _expected_post(row, persona):
    if row.post is not None:
        return row.post[persona]
    status = row.statuses[persona]
    assert status != 405, "a POST-only URL states its POST answers (Expect(post=...))"
    return status if status in REFUSALS else OK


def _to_login(response):
    return response.status_code == 302 and "/login/" in response["Location"]


def _answers_as_expected(expected, response, *, stated):
    status = response.status_code
    if expected == OK:
        # 405: a page that takes no POST lets the persona in and refuses the method.
        return status not in {403, 404} and not _to_login(response) and status < 500
    if stated:
        return status == expected
    if expected == 302:
        return _to_login(response) or status == 405
    return status in {expected, 405}  # a method refused before the access check


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_a_post_answers_each_persona_as_the_table_says(client, world, name):
    """An empty POST as every persona: refused where the table refuses, let in (and no
    server error) where it lets the persona in."""
    row = EXPECTATIONS[name]
    if row.skip:
        pytest.skip(row.skip)
    url = reverse(name, kwargs=row.url_kwargs(world)) + row.query
    wrong = {}
    for persona in PERSONAS:
        client.logout()
        user = getattr(world, persona) if persona != "anonymous" else None
        if user is not None:
            client.force_login(user)
        response = client.post(url)
        expected = _expected_post(row, persona)
        if not _answers_as_expected(expected, response, stated=row.post is not None):
            wrong[persona] = (expected, response.status_code)
    assert not wrong, f"{url}: (expected, answered) {wrong}"


OTHER_OFFICE = sorted(name for name, row in EXPECTATIONS.items() if row.other)


def test_the_urls_naming_objects_of_an_office_are_counted():
    """18 desk URLs name a case, an entrepreneur, a follow-up, a referral or a booking."""
    assert len(OTHER_OFFICE) == 18, OTHER_OFFICE


@pytest.mark.parametrize("name", OTHER_OFFICE)
@pytest.mark.parametrize("persona", ["officer", "head_of_office"])
def test_an_object_of_another_office_is_refused_to_get_and_post(client, world, name, persona):
    row = EXPECTATIONS[name]
    url = reverse(name, kwargs=row.other(world)) + row.query
    client.force_login(getattr(world, persona))

    got = client.get(url).status_code
    posted = client.post(url).status_code

    # 405: a POST-only action answers a GET (a page a POST) before it looks the object up.
    assert got in {403, 404, 405}, url
    assert posted in {403, 404, 405}, url
    assert {got, posted} & {403, 404}, url


def expected_admin_status(user, model, action):
    if user is None:
        return 302
    if user.is_superuser:
        return 200
    opts = model._meta
    wanted = {
        "changelist": [f"view_{opts.model_name}", f"change_{opts.model_name}"],
        "add": [f"add_{opts.model_name}"],
    }[action]
    groups = user.groups.values_list("name", flat=True)
    allowed = any(
        roles.grants(group, opts.app_label, codename) for group in groups for codename in wanted
    )
    return 200 if allowed else 403


ADMIN_MODELS = sorted(admin.site._registry, key=lambda m: (m._meta.app_label, m._meta.model_name))


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m._meta.label)
@pytest.mark.parametrize("action", ["changelist", "add"])
def test_model_admin_follows_the_role_table(client, world, model, action):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_{action}")
    for persona in PERSONAS:
        client.logout()
        user = getattr(world, persona) if persona != "anonymous" else None
        if user is not None:
            client.force_login(user)
        status = client.get(url).status_code
        model_admin = admin.site._registry[model]
        if action == "add" and not model_admin.has_add_permission(_request(user)):
            # Read-only admins (history, logs) refuse adding to everyone.
            assert status in {302, 403}, (persona, url)
            continue
        assert status == expected_admin_status(user, model, action), (persona, url)


def _request(user):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user or AnonymousUser()
    return request
