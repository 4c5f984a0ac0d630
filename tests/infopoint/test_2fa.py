"""Two-factor authentication: every staff user can set it up; with REQUIRE_2FA heads and
administrators confirm a code after the password before any back-office page."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def _code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def _device(user, confirmed=True):
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=confirmed)


def test_an_officer_can_set_up_an_authenticator_app(client, officer):
    client.force_login(officer)
    page = client.get(reverse("two_factor_setup"))
    assert page.status_code == 200
    assert 'src="data:image/svg+xml' in page.content.decode()
    device = TOTPDevice.objects.get(user=officer)
    assert not device.confirmed
    response = client.post(reverse("two_factor_setup"), {"token": _code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed


def test_a_wrong_code_does_not_confirm_the_app(client, officer):
    client.force_login(officer)
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=officer)
    wrong = f"{(int(_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("two_factor_setup"), {"token": wrong})
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["token"][0].code == "token_mismatch"
    device.refresh_from_db()
    assert not device.confirmed


def test_a_nul_in_the_code_is_a_form_error(client, officer):
    client.force_login(officer)
    response = client.post(reverse("two_factor_setup"), {"token": "12\x003456"})
    assert response.status_code == 200
    assert response.context["form"].errors


@override_settings(REQUIRE_2FA=True)
def test_a_head_must_confirm_a_code_before_the_back_office(client, head):
    device = _device(head)
    client.force_login(head)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_verify"))
    response = client.post(
        reverse("two_factor_verify"), {"token": _code(device), "next": reverse("admin:index")}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200


@override_settings(REQUIRE_2FA=True)
def test_an_administrator_without_an_app_is_sent_to_set_one_up(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("admin:auth_user_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_setup"))


@override_settings(REQUIRE_2FA=True)
def test_a_wrong_code_keeps_the_head_out(client, head):
    device = _device(head)
    client.force_login(head)
    wrong = f"{(int(_code(device)) + 1) % 1_000_000:06d}"
    assert client.post(reverse("two_factor_verify"), {"token": wrong}).status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


@override_settings(REQUIRE_2FA=True)
def test_officers_and_editors_are_not_forced(client, officer, editor):
    for user in (officer, editor):
        client.force_login(user)
        assert client.get(reverse("admin:index")).status_code == 200


@override_settings(REQUIRE_2FA=False)
def test_without_the_setting_a_head_goes_straight_in(client, head):
    _device(head)
    client.force_login(head)
    assert client.get(reverse("admin:index")).status_code == 200


@override_settings(REQUIRE_2FA=True)
def test_the_verify_page_refuses_an_outside_next_url(client, head):
    device = _device(head)
    client.force_login(head)
    response = client.post(
        reverse("two_factor_verify"), {"token": _code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("admin:index")


def test_production_settings_require_two_factor_authentication():
    from tests.infopoint.test_deploy_settings import _manage

    result = _manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.REQUIRE_2FA)",
        SECRET_KEY="x" * 60,
        DATABASE_URL="postgres://nobody@127.0.0.1:1/none",
    )
    assert result.stdout.strip().splitlines()[-1] == "True", result.stderr


def test_every_back_office_page_links_to_the_setup(client, editor):
    client.force_login(editor)
    page = client.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("two_factor_setup")}"' in page
