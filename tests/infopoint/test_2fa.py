"""Two-factor authentication: every staff user can set it up; with REQUIRE_2FA heads and
administrators confirm a code after the password before any back-office page
(test_2fa_everywhere.py walks every URL). Replacing an app takes a code from the app in use;
an administrator's reset is logged and signs the user out everywhere."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from infopoint.models import TwoFactorReset
from infopoint.security import two_factor_reset

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


# Re-enrolment: a password alone never replaces the owner's app.


NEXT_CODE = timedelta(seconds=30)


def _other_code(device):
    return f"{(int(_code(device)) + 1) % 1_000_000:06d}"


def _verify(client, device):
    response = client.post(reverse("two_factor_verify"), {"token": _code(device)})
    assert response.status_code == 302


@pytest.mark.parametrize("required", [True, False])
@pytest.mark.parametrize("persona", ["head", "officer"])
def test_with_the_password_alone_the_setup_page_cannot_replace_the_app(
    client, personas, persona, required
):
    user = personas[persona]
    owners = _device(user)
    client.force_login(user)
    with override_settings(REQUIRE_2FA=required):
        page = client.get(reverse("two_factor_setup"))
        assert page.status_code == 302
        assert page["Location"].startswith(reverse("two_factor_verify"))
        attackers = _device(user, confirmed=False)
        client.post(reverse("two_factor_setup"), {"token": _code(attackers)})
        client.post(
            reverse("two_factor_setup"), {"current_token": "000000", "token": _code(attackers)}
        )
    assert list(TOTPDevice.objects.filter(user=user, confirmed=True)) == [owners]


def test_a_verified_user_replaces_the_app_with_a_code_from_each(client, head, clock):
    clock.at("2026-12-07 10:00")
    old = _device(head)
    client.force_login(head)
    _verify(client, old)
    clock.shift(NEXT_CODE)  # the code just used is spent
    page = client.get(reverse("two_factor_setup"))
    assert page.status_code == 200
    assert "current_token" in page.context["form"].fields
    new = TOTPDevice.objects.get(user=head, confirmed=False)
    response = client.post(
        reverse("two_factor_setup"), {"current_token": _code(old), "token": _code(new)}
    )
    assert response.status_code == 302
    assert list(TOTPDevice.objects.filter(user=head)) == [new]
    new.refresh_from_db()
    assert new.confirmed
    reset = TwoFactorReset.objects.get()
    assert (reset.user, reset.by, reset.kind) == (head, head, TwoFactorReset.Kind.REPLACED)
    with override_settings(REQUIRE_2FA=True):
        assert client.get(reverse("admin:index")).status_code == 200


def test_a_wrong_code_from_the_current_app_keeps_it(client, head):
    old = _device(head)
    client.force_login(head)
    _verify(client, old)
    client.get(reverse("two_factor_setup"))
    new = TOTPDevice.objects.get(user=head, confirmed=False)
    response = client.post(
        reverse("two_factor_setup"), {"current_token": _other_code(old), "token": _code(new)}
    )
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert errors["current_token"][0].code == "token_mismatch"
    assert list(TOTPDevice.objects.filter(user=head, confirmed=True)) == [old]
    assert not TwoFactorReset.objects.exists()


def test_replacing_the_app_signs_out_the_other_sessions(client, head, clock):
    from django.test import Client

    clock.at("2026-12-07 10:00")
    old = _device(head)
    elsewhere = Client()
    elsewhere.force_login(head)
    client.force_login(head)
    _verify(client, old)
    clock.shift(NEXT_CODE)
    client.get(reverse("two_factor_setup"))
    new = TOTPDevice.objects.get(user=head, confirmed=False)
    client.post(reverse("two_factor_setup"), {"current_token": _code(old), "token": _code(new)})
    response = elsewhere.get(reverse("desk:office_queue"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert client.get(reverse("desk:office_queue")).status_code == 200


# The administrator's reset: POST only, logged, signs the user out everywhere.


def test_an_administrator_resets_a_users_app_and_it_is_logged(client, admin_user, head, clock):
    clock.at("2026-12-07 10:30")
    _device(head)
    _device(head, confirmed=False)
    client.force_login(admin_user)
    response = client.post(reverse("two_factor_reset", args=[head.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:auth_user_change", args=[head.pk])
    assert not TOTPDevice.objects.filter(user=head).exists()
    reset = TwoFactorReset.objects.get()
    assert (reset.user, reset.by, reset.kind, reset.devices) == (
        head,
        admin_user,
        TwoFactorReset.Kind.ADMIN_RESET,
        2,
    )
    assert timezone.localtime(reset.at).strftime("%Y-%m-%d %H:%M") == "2026-12-07 10:30"


def test_the_reset_signs_the_user_out_of_every_session(client, admin_user, head):
    from django.test import Client

    _device(head)
    browsers = [Client(), Client()]
    for browser in browsers:
        browser.force_login(head)
        assert browser.get(reverse("desk:office_queue")).status_code == 200
    client.force_login(admin_user)
    client.post(reverse("two_factor_reset", args=[head.pk]))
    for browser in browsers:
        response = browser.get(reverse("desk:office_queue"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
        assert browser.get(reverse("admin:index")).status_code == 302
    browsers[0].force_login(head)
    assert browsers[0].get(reverse("desk:office_queue")).status_code == 200


@override_settings(REQUIRE_2FA=True)
def test_after_the_reset_the_next_sign_in_sets_up_a_new_app(client, admin_user, head):
    client.force_login(admin_user)
    _verify(client, _device(admin_user))
    _device(head)
    client.post(reverse("two_factor_reset", args=[head.pk]))
    client.force_login(head)
    response = client.get(reverse("desk:office_queue"))
    assert response["Location"].startswith(reverse("two_factor_setup"))
    assert client.get(reverse("two_factor_setup")).status_code == 200


@pytest.mark.parametrize("persona", ["officer", "editor", "head"])
def test_only_an_administrator_may_reset_an_app(client, personas, persona, officer):
    device = _device(officer)
    client.force_login(personas[persona])
    assert client.post(reverse("two_factor_reset", args=[officer.pk])).status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    assert not TwoFactorReset.objects.exists()


def test_the_reset_is_post_only_and_anonymous_is_sent_to_the_login(client, admin_user, head):
    _device(head)
    assert client.post(reverse("two_factor_reset", args=[head.pk])).status_code == 302
    client.force_login(admin_user)
    assert client.get(reverse("two_factor_reset", args=[head.pk])).status_code == 405
    assert TOTPDevice.objects.filter(user=head).exists()


@override_settings(REQUIRE_2FA=True)
def test_an_administrator_resets_only_after_the_code(client, admin_user, head):
    _device(admin_user)
    _device(head)
    client.force_login(admin_user)
    response = client.post(reverse("two_factor_reset", args=[head.pk]))
    assert response["Location"].startswith(reverse("two_factor_verify"))
    assert TOTPDevice.objects.filter(user=head).exists()


def test_the_users_admin_page_has_the_reset_button(client, admin_user, head):
    _device(head)
    client.force_login(admin_user)
    page = client.get(reverse("admin:auth_user_change", args=[head.pk])).content.decode()
    assert f'action="{reverse("two_factor_reset", args=[head.pk])}"' in page
    without = client.get(reverse("admin:auth_user_change", args=[admin_user.pk]))
    assert reverse("two_factor_reset", args=[admin_user.pk]) not in without.content.decode()


def test_apps_are_not_edited_in_the_admin_and_the_log_is_read_only(client, admin_user, head):
    from django.contrib import admin

    assert TOTPDevice not in admin.site._registry
    two_factor_reset(user=head, by=admin_user)
    client.force_login(admin_user)
    page = client.get(reverse("admin:infopoint_twofactorreset_changelist"))
    assert page.status_code == 200
    assert client.get(reverse("admin:infopoint_twofactorreset_add")).status_code == 403
