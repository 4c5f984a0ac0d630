"""A database outage gives the friendly 503 page with Retry-After, never a traceback."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import override_settings
from django.urls import reverse

from infopoint import middleware


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_view_that_loses_the_database_answers_503(client, db, error):
    with mock.patch("manual.views.render", side_effect=error("connection refused")):
        response = client.get(reverse("home"))
    assert response.status_code == 503
    assert response["Retry-After"] == str(middleware.RETRY_AFTER_OUTAGE)
    assert "Temporarily unavailable" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_503_page_itself_makes_no_query(django_assert_num_queries, db):
    with django_assert_num_queries(0):
        response = middleware.database_unavailable_response()
    assert response.status_code == 503


def test_an_outage_outside_the_view_is_a_503_as_well(client, officer):
    """Saving the session happens in middleware, after the view: handler500 catches it."""
    client.force_login(officer)
    client.raise_request_exception = False
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.save",
        side_effect=OperationalError("server closed the connection unexpectedly"),
    ):
        response = client.get(reverse("home"))
    assert response.status_code == 503
    assert response["Retry-After"]


def test_other_errors_still_give_the_500_page(client, db):
    client.raise_request_exception = False
    with (
        override_settings(DEBUG=False),
        mock.patch("manual.views.render", side_effect=ValueError("a bug")),
    ):
        response = client.get(reverse("home"))
    assert response.status_code == 500


def _database_away():
    """Every query fails as while PostgreSQL is stopped (the page cache's generation and
    pages, without Redis, live in the database too)."""
    return mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection",
        side_effect=OperationalError("connection refused"),
    )


def test_during_an_outage_anonymous_visitors_get_the_pages_the_cache_holds(
    client, db, cached, settings
):
    from infopoint import public_cache

    settings.PUBLIC_CACHE_CHECK_SECONDS = 0  # the generation is read on every request
    fresh = client.get(reverse("home"))
    assert fresh.status_code == 200
    for page in public_cache._state.pages.values():
        page.expires = 0  # past its time: kept only for an outage
    with _database_away():
        stale = client.get(reverse("home"))
        english = client.get("/en/")  # never rendered: not held
        question = client.get(reverse("desk:ask"))
    assert stale.status_code == 200
    assert stale["X-Public-Cache"] == "stale"
    assert stale.content.decode().count("<main") == fresh.content.decode().count("<main")
    assert english.status_code == 503
    assert question.status_code == 503
    again = client.get(reverse("home"))  # the database is back: rendered afresh
    assert again.status_code == 200
    assert "X-Public-Cache" not in again


def test_a_stale_page_during_an_outage_carries_the_visitors_own_csrf_token(client, db, cached):
    from infopoint import public_cache

    client.get(reverse("home"))
    other = type(client)()
    other.get(reverse("home"))  # a second visitor, with a token of its own
    for page in public_cache._state.pages.values():
        page.expires = 0
    with _database_away():
        response = other.get(reverse("home"))
    assert response["X-Public-Cache"] == "stale"
    assert public_cache.CSRF_MARKER not in response.content
