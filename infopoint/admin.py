from django.contrib import admin
from django_otp.plugins.otp_totp.models import TOTPDevice

from infopoint.admin_scope import ScopedModelAdmin
from infopoint.models import TwoFactorReset

# Authenticator apps change only through the set-up page (a code from the app in use) and
# the administrator's logged reset (the button on the user's page), never by editing rows.
admin.site.unregister(TOTPDevice)


@admin.register(TwoFactorReset)
class TwoFactorResetAdmin(ScopedModelAdmin):
    """The log, read-only: nobody adds, edits or deletes an entry."""

    list_display = ["at", "user", "kind", "by", "devices"]
    list_filter = ["kind"]
    list_select_related = ["user", "by"]
    search_fields = ["user__username", "by__username"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
