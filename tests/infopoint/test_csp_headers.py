"""Every page of the portal carries the security headers: a strict Content-Security-Policy
on HTML, and nosniff, Referrer-Policy and frame denial on every answer. The crawl reuses
the URL × role table, so a new URL is crawled as soon as it has its permission entry."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.infopoint.test_permissions import ADMIN_MODELS, EXPECTATIONS, world  # noqa: F401

PREFERRED_PERSONAS = ("anonymous", "admin", "head", "officer", "editor")


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def assert_security_headers(response, url):
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["Referrer-Policy"] == "same-origin", url
    assert response["X-Frame-Options"] == "DENY", url
    if not response.get("Content-Type", "").startswith("text/html"):
        return
    header = response.get("Content-Security-Policy", "")
    assert header, f"{url} has no Content-Security-Policy"
    csp = parse_csp(header)
    assert csp["default-src"] == ["'self'"], url
    assert csp["object-src"] == ["'none'"], url
    assert csp["base-uri"] == ["'none'"], url
    assert csp["frame-ancestors"] == ["'none'"], url
    assert "'unsafe-inline'" not in header, url
    assert "'unsafe-eval'" not in header, url
    assert all(source == "'self'" or source.startswith("'nonce-") for source in csp["script-src"])


def _persona_for(row):
    for persona in PREFERRED_PERSONAS:
        if row.statuses and row.statuses[persona] == 200:
            return persona
    return "admin"


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_every_url_sends_the_security_headers(client, world, name):  # noqa: F811
    row = EXPECTATIONS[name]
    if row.skip:
        pytest.skip(row.skip)
    persona = _persona_for(row)
    if persona != "anonymous":
        client.force_login(getattr(world, persona))
    url = reverse(name, kwargs=row.url_kwargs(world)) + row.query
    assert_security_headers(client.get(url), url)


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m._meta.label)
def test_every_admin_changelist_sends_the_security_headers(admin_client, model):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    response = admin_client.get(url)
    assert response.status_code == 200, url
    assert_security_headers(response, url)


def test_error_pages_send_the_security_headers(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_security_headers(response, "/no-such-page/")


def test_the_nonce_is_fresh_on_every_request():
    """Where a template needs an inline script it uses {{ csp_nonce }}: one per request."""
    from django.http import HttpResponse
    from django.middleware.csp import ContentSecurityPolicyMiddleware
    from django.test import RequestFactory

    def page(request):
        return HttpResponse(f"<script nonce='{request._csp_nonce}'></script>")

    middleware = ContentSecurityPolicyMiddleware(page)
    nonces = []
    for _ in range(2):
        response = middleware(RequestFactory().get("/"))
        nonce = parse_csp(response["Content-Security-Policy"])["script-src"][1]
        assert nonce.strip("'").removeprefix("nonce-") in response.content.decode()
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_production_sends_hsts_and_secure_cookies():
    from tests.infopoint.test_deploy_settings import _manage

    names = [
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SAMESITE",
    ]
    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        f"print(*[getattr(settings, name) for name in {names!r}])",
        SECRET_KEY="x" * 60,
        DATABASE_URL="postgres://nobody@127.0.0.1:1/none",
    )
    values = result.stdout.strip().splitlines()[-1].split()
    assert values == ["31536000", "True", "True", "True", "True", "True", "Lax", "Lax"], (
        result.stderr
    )


def test_hsts_reaches_the_browser_over_https(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get(reverse("home"), secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


assert admin.site  # the admin registry is loaded before ADMIN_MODELS is read
