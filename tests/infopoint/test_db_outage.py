"""A database outage gives the friendly 503 page with Retry-After, never a traceback."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import override_settings
from django.urls import reverse

from infopoint import middleware


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_view_that_loses_the_database_answers_503(client, db, error):
    with mock.patch("infopoint.views.render", side_effect=error("connection refused")):
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
        mock.patch("infopoint.views.render", side_effect=ValueError("a bug")),
    ):
        response = client.get(reverse("home"))
    assert response.status_code == 500
