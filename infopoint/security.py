"""Two-factor authentication (TOTP, django-otp) for the back-office.

Every staff user may add an authenticator app on the setup page (QR code and the secret
to type in). With REQUIRE_2FA on — the production default — department heads and
administrators who logged in with their password are sent to confirm a code (or to set up
their app first) before any staff page opens (the admin, the desk, the dashboards, the
exports: everything but the public site and the way in); django-otp's OTPMiddleware remembers
the confirmed device in the session, which the login rotates.
"""

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from infopoint import roles
from infopoint.ratelimit import ratelimit
from infopoint.validators import CleanTextForm

# What a user who still owes a code may open, by URL name (the same in both languages):
# the way in and out, the code pages, and the public site. Every other URL — the admin,
# the desk, the dashboards, the exports and reports, and any URL added later — waits for
# the code: a new URL is closed until someone names it here.
OPEN_BEFORE_THE_CODE = frozenset(
    {
        "admin:login",
        "admin:logout",
        "two_factor_setup",
        "two_factor_verify",
        # The public site, which anonymous visitors see as well.
        "home",
        "healthz",
        "sitemap",
        "javascript-catalog",
        "transparency",
        "desk:ask",
        "desk:status",
        "desk:book_offices",
        "desk:book",
        "desk:referral_answer",
        "desk:offices",
        "desk:office",
        "manual:index",
        "manual:search",
        "manual:suggest",
        "manual:checklist",
        "manual:checklist_pdf",
        "manual:checklist_add",
        "manual:checklist_remove",
        "manual:topic",
        "manual:document",
        "manual:article",
        "news:index",
        "news:rss",
        "news:atom",
        "news:subscribe",
        "news:subscribe_sent",
        "news:confirm",
        "news:unsubscribe",
        "news:unsubscribe_one_click",
        "news:detail",
        "news:events",
        "news:events_calendar",
        "news:event",
        "news:event_calendar",
        "feedback:enter",
        "feedback:site",
        "feedback:link",
        "feedback:article_vote",
        "feedback:respond",
        "feedback:qr",
        "feedback:you_said_we_did",
        "stakeholders:directory",
        "stakeholders:organisation",
    }
)
DEVICE_NAME = "Authenticator app"


def requires_second_factor(user) -> bool:
    return bool(
        settings.REQUIRE_2FA and user.is_authenticated and user.is_staff and roles.is_head(user)
    )


class TwoFactorMiddleware:
    """With REQUIRE_2FA, heads and administrators who signed in with the password alone
    open nothing but OPEN_BEFORE_THE_CODE until they confirm a code: deny by default, so
    no staff URL, present or future, escapes. Must come after django_otp's OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.view_name in OPEN_BEFORE_THE_CODE:
            return None
        user = request.user
        if not requires_second_factor(user) or user.is_verified():
            return None
        target = "two_factor_verify" if user_has_device(user) else "two_factor_setup"
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")


class TokenForm(CleanTextForm):
    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self):
        token = self.cleaned_data["token"].replace(" ", "")
        if not token.isascii() or not token.isdigit():
            raise forms.ValidationError(_("The code consists of digits."), code="token_digits")
        return token


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def _context(request, **extra):
    return {
        **admin.site.each_context(request),
        "next": _next_url(request),
        "title": _("Two-factor authentication"),
        **extra,
    }


@ratelimit(group="otp", rate="10/10m")
@staff_member_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request):
    """Shows a fresh secret as a QR code; the device counts once a code from it matches."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            with transaction.atomic():
                TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Two-factor authentication is set up."))
            return redirect(_next_url(request))
        form.add_error(
            "token", forms.ValidationError(_("This code does not match."), code="token_mismatch")
        )
    qr = segno.make(device.config_url, error="m")
    return render(
        request,
        "infopoint/two_factor_setup.html",
        _context(
            request,
            form=form,
            qr_data_uri=qr.svg_data_uri(scale=5, border=2),
            secret=b32encode(device.bin_key).decode(),
            has_device=user_has_device(request.user),
        ),
    )


@ratelimit(group="otp", rate="10/10m")
@staff_member_required
@require_http_methods(["GET", "POST"])
def two_factor_verify(request):
    """The code after the password, for users who have an authenticator app."""
    devices = TOTPDevice.objects.filter(user=request.user, confirmed=True)
    if not devices:
        return redirect(f"{reverse('two_factor_setup')}?{urlencode({'next': _next_url(request)})}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        for device in devices:
            if device.verify_token(form.cleaned_data["token"]):
                otp_login(request, device)
                return redirect(_next_url(request))
        form.add_error(
            "token", forms.ValidationError(_("This code does not match."), code="token_mismatch")
        )
    return render(request, "infopoint/two_factor_verify.html", _context(request, form=form))
