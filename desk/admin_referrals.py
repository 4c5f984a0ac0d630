"""Back-office lists of referrals, the e-mail outbox and the destruction log: read-only,
since each row is written by a service (and partners answer through their link)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from desk.models import DestructionLog, OutgoingEmail, Referral
from infopoint.admin_scope import ScopedModelAdmin


class ReadOnlyAdmin(ScopedModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Referral)
class ReferralAdmin(ReadOnlyAdmin):
    list_display = ["case", "organisation", "status", "sent_at", "due_at", "answered_at"]
    list_filter = ["status", "organisation"]
    list_select_related = ["case", "organisation"]
    search_fields = ["case__reference", "organisation__name", "organisation__name_en"]
    date_hierarchy = "sent_at"


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(ReadOnlyAdmin):
    list_display = ["key", "kind", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "kind"]
    search_fields = ["key"]
    exclude = ["attachment"]


@admin.register(DestructionLog)
class DestructionLogAdmin(ReadOnlyAdmin):
    list_display = ["ran_at", "subject", "count", "cutoff", "rows_per_table", "rule"]
    list_filter = ["subject"]
    date_hierarchy = "ran_at"
    fields = ["ran_at", "subject", "count", "cutoff", "rows_per_table", "rule", "triggered_by"]
    readonly_fields = fields

    @admin.display(description=_("rows per table"))
    def rows_per_table(self, log):
        return ", ".join(f"{table}: {rows}" for table, rows in sorted(log.tables.items())) or "—"
