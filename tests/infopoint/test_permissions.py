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
from tests.url_expectations import PERSONAS

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
def world(personas, office, other_office):
    world = SimpleNamespace(office=office, other_office=other_office, **personas)
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
