"""Staff sessions: idle expiry, rotation at login, logout on password change."""

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

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
    assert settings.SESSION_SAVE_EVERY_REQUEST is True  # each request slides the window
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is False


def test_each_request_pushes_the_expiry_ahead(client, anna):
    _login(client)
    first = client.cookies[settings.SESSION_COOKIE_NAME]["expires"]
    client.get(reverse("admin:index"))
    assert client.cookies[settings.SESSION_COOKIE_NAME]["expires"]
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    assert first


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
