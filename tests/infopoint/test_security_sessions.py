"""Staff sessions: idle expiry, rotation at login, logout on password change."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from infopoint.middleware import SlidingSessionMiddleware
from tests import factories

PASSWORD = "correct-horse-battery"


@pytest.fixture
def anna(db):
    return factories.UserFactory(username="anna", is_staff=True)


def _login(client):
    return client.post(
        reverse("admin:login"), {"username": "anna", "password": PASSWORD, "next": "/admin/"}
    )


def test_the_session_expires_after_the_configured_idle_hours():
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is False
    # Requests slide the window, saving it at most every few minutes (not every request).
    session_middleware = settings.MIDDLEWARE.index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )
    assert settings.MIDDLEWARE[session_middleware + 1] == (
        "infopoint.middleware.SlidingSessionMiddleware"
    )
    assert 0 < settings.SESSION_SLIDE_SECONDS <= 10 * 60


def test_each_request_pushes_the_expiry_ahead(client, anna):
    _login(client)
    first = client.cookies[settings.SESSION_COOKIE_NAME]["expires"]
    client.get(reverse("admin:index"))
    assert client.cookies[settings.SESSION_COOKIE_NAME]["expires"]
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    assert first


def _stored_expiry(client):
    return Session.objects.get(session_key=client.session.session_key).expire_date


def _age_the_session(client, seconds):
    """As if the last slide were `seconds` ago: the stored expiry and slide time move back."""
    session = client.session
    session[SlidingSessionMiddleware.SLID_AT] -= seconds
    session.save()
    Session.objects.filter(session_key=session.session_key).update(
        expire_date=timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - seconds)
    )


def test_a_request_soon_after_the_last_one_writes_no_session(client, anna):
    _login(client)
    client.get(reverse("admin:index"))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("admin:index")).status_code == 200
    writes = [q["sql"] for q in queries if q["sql"].startswith(("UPDATE", "INSERT"))]
    assert not [sql for sql in writes if "django_session" in sql]


def test_a_request_after_the_slide_interval_pushes_the_stored_expiry_ahead(client, anna):
    _login(client)
    _age_the_session(client, settings.SESSION_SLIDE_SECONDS + 60)
    before = _stored_expiry(client)
    assert client.get(reverse("admin:index")).status_code == 200
    after = _stored_expiry(client)
    assert after - before >= timedelta(seconds=settings.SESSION_SLIDE_SECONDS)
    expected = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    assert abs(after - expected) < timedelta(seconds=30)
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == settings.SESSION_COOKIE_AGE


def test_a_visitor_without_a_session_gets_none(client, db):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_an_expired_session_is_sent_back_to_the_login(client, anna):
    _login(client)
    session = client.session
    session.set_expiry(-1)
    session.save()
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_login_gives_a_new_session_key(client, anna):
    client.get(reverse("admin:login"))
    session = client.session
    session["before_login"] = True
    session.save()
    key_before = session.session_key
    assert _login(client).status_code == 302
    assert client.session.session_key != key_before
    assert client.session[SESSION_KEY] == str(anna.pk)


def test_a_password_change_logs_out_other_sessions(client, anna):
    _login(client)
    assert client.get(reverse("admin:index")).status_code == 200
    anna.set_password("another-long-passphrase")
    anna.save()
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_the_session_cookie_is_http_only_and_same_site(client, anna):
    _login(client)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def test_passwords_must_pass_the_validators(anna):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ["short1", "1234567890123", "qwertyuiop"]:
        with pytest.raises(ValidationError):
            validate_password(weak, anna)
