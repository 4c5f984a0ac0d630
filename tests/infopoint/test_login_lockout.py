import pytest
from django.urls import reverse

from tests import factories


@pytest.fixture
def staff_user(db):
    return factories.UserFactory(username="anna", is_staff=True)


def _attempt(client, username, password, ip="10.0.0.1"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


def test_staff_logs_in_with_the_right_password(client, staff_user):
    response = _attempt(client, "anna", "correct-horse-battery")
    assert response.status_code == 302


def test_five_failures_lock_that_username_from_that_address(client, staff_user):
    for _ in range(5):
        _attempt(client, "anna", "wrong")
    response = _attempt(client, "anna", "correct-horse-battery")
    assert response.status_code == 429
    assert "15" in response.text


def test_a_colleague_behind_the_same_address_is_not_locked_out(client, staff_user):
    factories.UserFactory(username="boris", is_staff=True)
    for _ in range(5):
        _attempt(client, "anna", "wrong")
    assert _attempt(client, "boris", "correct-horse-battery").status_code == 302


def test_the_same_user_from_another_address_is_not_locked_out(client, staff_user):
    for _ in range(5):
        _attempt(client, "anna", "wrong")
    assert _attempt(client, "anna", "correct-horse-battery", ip="10.0.0.2").status_code == 302


@pytest.mark.parametrize("username", ["x" * 300, "ann\x00a", "\u202eanna" + "я" * 400])
def test_an_overlong_or_odd_username_is_a_failed_login_not_an_error(client, staff_user, username):
    statuses = {_attempt(client, username, "wrong").status_code for _ in range(6)}
    assert statuses <= {200, 429}
    assert _attempt(client, "anna", "correct-horse-battery").status_code == 302
