"""With REQUIRE_2FA, a head or administrator who signed in with the password alone opens no
staff URL — not only the admin: the desk, the dashboards, the exports and any URL added
later — until a code is confirmed. The walk covers every pattern of the URL resolver, in
both languages, with placeholder values for its parameters."""

import re

import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from infopoint.security import OPEN_BEFORE_THE_CODE
from tests.infopoint.test_permissions import EXPECTATIONS, world  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("_two_factor_required")]

THE_WAY_IN = {"admin:login", "admin:logout", "two_factor_setup", "two_factor_verify"}
PLACEHOLDERS = ("1", "x", "auth")


@pytest.fixture
def _two_factor_required():
    with override_settings(REQUIRE_2FA=True):
        yield


def _code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def _patterns(patterns=None, namespace="", route=""):
    """(namespace, route of the enclosing includes, pattern) of every URL pattern, named
    or not."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _patterns(pattern.url_patterns, inner, route + _literal(pattern))
        elif isinstance(pattern, URLPattern):
            yield namespace, route, pattern


def _literal(pattern):
    """The text a pattern matches, with "1" for each parameter."""
    text = re.sub(r"\(\?P<\w+>[^)]*\)", "1", pattern.pattern.regex.pattern)
    return text.replace("\\Z", "").strip("^$").replace("\\", "")


def _paths():
    """Every URL pattern as a path, with a placeholder for each parameter, in Russian (no
    prefix) and English (/en/)."""
    paths = set()
    for namespace, route, pattern in _patterns():
        for language in ("ru", "en"):
            with translation.override(language):
                paths.add(_path(namespace, route, pattern))
    return sorted(paths)


def _path(namespace, route, pattern):
    names = list(pattern.pattern.regex.groupindex)
    if pattern.name:
        for value in PLACEHOLDERS:
            try:
                return reverse(f"{namespace}{pattern.name}", kwargs=dict.fromkeys(names, value))
            except NoReverseMatch:
                continue
    # An unnamed pattern (the admin's catch-all, its object-id redirects).
    return "/" + route + _literal(pattern)


def _staff_only(path):
    """True unless the URL's view is one of those open before the code."""
    with translation.override("en" if path.startswith("/en/") else "ru"):
        match = get_resolver().resolve(path.split("?")[0])
    return match.view_name not in OPEN_BEFORE_THE_CODE


def test_the_walk_covers_the_desk_the_dashboards_and_the_admin():
    paths = _paths()
    assert len(paths) > 200
    for expected in [
        "/desk/office-queue/",
        "/en/desk/office-queue/",
        "/desk/cases/1/",
        "/desk/entrepreneurs/1/export/",
        "/desk/lookup/",
        "/admin/dashboard/",
        "/en/admin/dashboard/export/1.1",
        "/admin/reports/",
        "/admin/auth/user/",
    ]:
        assert expected in paths


def _table_paths(world):  # noqa: F811
    """The URLs of the permission table, with real objects: pages that would show content."""
    paths = set()
    for name, row in EXPECTATIONS.items():
        if not row.skip:
            for language in ("ru", "en"):
                with translation.override(language):
                    paths.add(reverse(name, kwargs=row.url_kwargs(world)) + row.query)
    return paths


@pytest.mark.parametrize("persona", ["head", "admin"])
def test_with_the_password_alone_no_staff_url_opens(client, world, persona):  # noqa: F811
    user = getattr(world, persona)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    opened = {}
    for path in sorted(set(_paths()) | _table_paths(world)):
        if not _staff_only(path):
            continue
        for method in (client.get, client.post):
            response = method(path)
            location = response.get("Location", "")
            if not (response.status_code == 302 and "/admin/2fa/verify/" in location):
                opened[f"{method.__name__.upper()} {path}"] = response.status_code
    assert not opened


def test_without_an_app_every_staff_url_leads_to_the_setup(client, head):
    client.force_login(head)
    for path in ["/desk/office-queue/", "/en/desk/cases/1/", "/admin/dashboard/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert "/admin/2fa/setup/" in response["Location"], path


def test_the_way_back_keeps_the_language_and_the_page(client, head):
    TOTPDevice.objects.create(user=head, name="phone", confirmed=True)
    client.force_login(head)
    response = client.get("/en/desk/office-queue/?status=open")
    assert response["Location"] == (
        "/en/admin/2fa/verify/?next=%2Fen%2Fdesk%2Foffice-queue%2F%3Fstatus%3Dopen"
    )


def test_an_htmx_fragment_sends_the_whole_page_to_the_code(client, head):
    TOTPDevice.objects.create(user=head, name="phone", confirmed=True)
    client.force_login(head)
    response = client.get(
        "/desk/cases/1/edit/form/",
        headers={"HX-Request": "true", "HX-Current-URL": "http://testserver/desk/cases/1/"},
    )
    assert response.status_code == 200
    assert not response.content
    assert response["HX-Redirect"] == "/admin/2fa/verify/?next=%2Fdesk%2Fcases%2F1%2F"


def test_the_urls_open_before_the_code_are_the_way_in_and_the_public_site():
    for name in OPEN_BEFORE_THE_CODE - THE_WAY_IN:
        row = EXPECTATIONS[name]
        if row.skip:
            continue
        # A public URL answers anonymous visitors as it answers staff.
        assert row.statuses["anonymous"] == row.statuses["head"], f"{name} is a staff URL"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_after_the_code_every_url_answers_as_the_table_says(client, world, language):  # noqa: F811
    answers, expected = {}, {}
    for persona in ("head", "admin"):
        user = getattr(world, persona)
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        client.force_login(user)
        verified = client.post(reverse("two_factor_verify"), {"token": _code(device)})
        assert verified.status_code == 302
        with translation.override(language):
            for name, row in EXPECTATIONS.items():
                if row.skip or name in THE_WAY_IN:
                    continue
                url = reverse(name, kwargs=row.url_kwargs(world)) + row.query
                answers[persona, url] = client.get(url).status_code
                expected[persona, url] = row.statuses[persona]
    assert answers == expected


def test_with_the_password_alone_the_public_site_shows_no_internal_page(client, head):
    """Internal manual pages are staff only: a stolen password without the second factor
    reads the public site as any visitor does, not the staff's internal pages."""
    from manual.models import Article
    from tests import factories

    factories.published_article(
        slug="internal-only",
        ru=factories.revision_text("Служебная инструкция"),
        visibility=Article.Visibility.INTERNAL,
    )
    client.force_login(head)

    url = reverse("manual:article", args=["internal-only"])
    page = client.get(url)
    found = client.get(reverse("manual:search"), {"q": "Служебная инструкция"})
    checklist = client.get(reverse("manual:checklist"), {"articles": "internal-only"})

    assert page.status_code == 404
    assert f'href="{url}"' not in found.content.decode()
    assert "Служебная инструкция" not in checklist.content.decode()
