"""Two-factor authentication (TOTP, django-otp) for the back-office.

Every staff user may add an authenticator app on the setup page (QR code and the secret
to type in). With REQUIRE_2FA on — the production default — department heads and
administrators who logged in with their password are sent to confirm a code (or to set up
their app first) before any staff page opens (the admin, the desk, the dashboards, the
exports: everything but the public site and the way in); django-otp's OTPMiddleware remembers
the confirmed device in the session, which the login rotates.
"""

from base64 import b32encode
from urllib.parse import urlencode, urlsplit, urlunsplit

import segno
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import BigIntegerField, Max
from django.db.models.expressions import RawSQL
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from infopoint import roles
from infopoint.models import TwoFactorReset
from infopoint.next_url import local_next_url
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
# The way in and out, where the signed-in user is needed as who they are.
THE_WAY_IN = frozenset({"admin:login", "admin:logout", "two_factor_setup", "two_factor_verify"})
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
        view_name = request.resolver_match.view_name
        if view_name in OPEN_BEFORE_THE_CODE:
            if view_name not in THE_WAY_IN and _owes_code(request.user):
                # Until the code, the public site sees them as any visitor: a password
                # alone opens none of the staff's internal manual pages and documents.
                request.user = AnonymousUser()
            return None
        user = request.user
        if user.is_authenticated and _reset_since_login(request, user):
            # An administrator reset the authenticator app after this session began.
            logout(request)
            return _away(request, redirect_to_login(_page(request)).url)
        if not requires_second_factor(user) or user.is_verified():
            return None
        target = "two_factor_verify" if user_has_device(user) else "two_factor_setup"
        return _away(request, f"{reverse(target)}?{urlencode({'next': _page(request)})}")


def _owes_code(user):
    return requires_second_factor(user) and not user.is_verified()


def _page(request):
    """The page to come back to: for an htmx fragment, the page that asked for it."""
    if request.headers.get("HX-Request") == "true" and "HX-Current-URL" in request.headers:
        parts = urlsplit(request.headers["HX-Current-URL"])
        return urlunsplit(("", "", parts.path, parts.query, ""))
    return request.get_full_path()


def _away(request, url):
    """A redirect; htmx is told to load the whole page rather than swap it into a fragment."""
    if request.headers.get("HX-Request") == "true":
        return HttpResponseClientRedirect(url)
    return redirect(url)


def _token_field(label, *, autofocus=False):
    attrs = {"autocomplete": "one-time-code", "inputmode": "numeric"}
    if autofocus:
        attrs["autofocus"] = True
    return forms.CharField(
        label=label, min_length=6, max_length=8, widget=forms.TextInput(attrs=attrs)
    )


def _digits(token):
    token = token.replace(" ", "")
    if not token.isascii() or not token.isdigit():
        raise forms.ValidationError(_("The code consists of digits."), code="token_digits")
    return token


class TokenForm(CleanTextForm):
    token = _token_field(_("Six-digit code from your authenticator app"), autofocus=True)

    def clean_token(self):
        return _digits(self.cleaned_data["token"])


class ReplaceDeviceForm(CleanTextForm):
    """Replacing an app takes a code from the app in use and one from the new app."""

    current_token = _token_field(_("Code from the app you use now"), autofocus=True)
    token = _token_field(_("Code from the new app"))

    def clean_current_token(self):
        return _digits(self.cleaned_data["current_token"])

    def clean_token(self):
        return _digits(self.cleaned_data["token"])


def _mismatch():
    return forms.ValidationError(_("This code does not match."), code="token_mismatch")


# --- Resets: the log, and the sessions they sign out -------------------------------------

# The newest reset of the user when the session signed in; see `_reset_since_login`.
RESET_SESSION_KEY = "_two_factor_reset"


def latest_reset_sql():
    """The id of the user's newest TwoFactorReset (0 for none), read with the user
    (`infopoint.backends.ModelBackend.get_user`) so that the check costs no query."""
    # A constant statement without parameters; "auth_user" is the outer query's table.
    return RawSQL(
        "SELECT COALESCE(MAX(id), 0) FROM infopoint_twofactorreset "
        'WHERE user_id = "auth_user"."id"',
        [],
        output_field=BigIntegerField(),
    )


def remember_reset_at_login(sender, request, user, **kwargs):
    """Connected to user_logged_in: the session starts after the user's resets so far."""
    if request is not None and hasattr(request, "session"):
        latest = TwoFactorReset.objects.filter(user=user).aggregate(latest=Max("id"))["latest"]
        request.session[RESET_SESSION_KEY] = latest or 0


def _reset_since_login(request, user):
    latest = getattr(user, "two_factor_reset", None)
    if latest is None:  # a user loaded without the annotation
        latest = TwoFactorReset.objects.filter(user=user).aggregate(latest=Max("id"))["latest"]
    return (latest or 0) > request.session.get(RESET_SESSION_KEY, 0)


@transaction.atomic
def two_factor_reset(*, user, by, kind=TwoFactorReset.Kind.ADMIN_RESET) -> TwoFactorReset:
    """Removes every authenticator app of `user` and logs who did it; every session the
    user signed in before it is signed out on its next staff request."""
    devices = TOTPDevice.objects.filter(user=user)
    removed = devices.count()
    devices.delete()
    reset = TwoFactorReset(user=user, by=by, kind=kind, devices=removed)
    reset.full_clean()
    reset.save()
    return reset


@transaction.atomic
def two_factor_device_confirm(*, request, device) -> None:
    """The new app becomes the user's only one. Replacing an app logs it, as a reset, and
    signs the user's other sessions out; this session stays, verified with the new app."""
    user = request.user
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        reset = TwoFactorReset(user=user, by=user, kind=TwoFactorReset.Kind.REPLACED, devices=1)
        reset.full_clean()
        reset.save()
        request.session[RESET_SESSION_KEY] = reset.pk
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    otp_login(request, device)


def _next_url(request):
    return local_next_url(request, fallback=reverse("admin:index"))


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
    """Shows a fresh secret as a QR code; the device counts once a code from it matches.
    Replacing an app needs this session verified and a code from the app in use too:
    a password alone never swaps the owner's app."""
    current = list(TOTPDevice.objects.filter(user=request.user, confirmed=True))
    if current and not request.user.is_verified():
        messages.info(request, _("Confirm a code from your current app first."))
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('two_factor_verify')}?{query}")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
    form = (ReplaceDeviceForm if current else TokenForm)(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if current and not any(
            old.verify_token(form.cleaned_data["current_token"]) for old in current
        ):
            form.add_error("current_token", _mismatch())
        elif not device.verify_token(form.cleaned_data["token"]):
            form.add_error("token", _mismatch())
        else:
            two_factor_device_confirm(request=request, device=device)
            messages.success(request, _("Two-factor authentication is set up."))
            return redirect(_next_url(request))
    qr = segno.make(device.config_url, error="m")
    return render(
        request,
        "infopoint/two_factor_setup.html",
        _context(
            request,
            form=form,
            qr_data_uri=qr.svg_data_uri(scale=5, border=2),
            secret=b32encode(device.bin_key).decode(),
            has_device=bool(current),
        ),
    )


@require_POST
@staff_member_required
def two_factor_reset_view(request, user_id):
    """An administrator removes a user's app (a lost phone): logged, and the user is
    signed out everywhere; they set up a new app at their next sign-in."""
    if not request.user.is_superuser:
        raise PermissionDenied
    user = get_object_or_404(get_user_model(), pk=user_id)
    two_factor_reset(user=user, by=request.user)
    messages.success(
        request,
        _(
            "Two-factor authentication is reset: the authenticator app is removed and the "
            "user is signed out everywhere."
        ),
    )
    return redirect("admin:auth_user_change", user.pk)


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
        form.add_error("token", _mismatch())
    return render(request, "infopoint/two_factor_verify.html", _context(request, form=form))
