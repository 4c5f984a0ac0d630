from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from desk import access
from desk.models import (
    Case,
    CaseEvent,
    Consent,
    Entrepreneur,
    FollowUp,
    Office,
    OpeningHours,
    ServiceStandard,
)


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


class ServiceStandardInline(admin.StackedInline):
    model = ServiceStandard
    extra = 0
    max_num = 1


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ["name", "address", "phone", "is_public", "order"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["staff"]
    inlines = [OpeningHoursInline, ServiceStandardInline]


@admin.register(ServiceStandard)
class ServiceStandardAdmin(admin.ModelAdmin):
    list_display = ["office", "first_answer_days", "resolution_days", "partner_answer_days"]
    list_select_related = ["office"]


class NoDeleteMixin:
    """Cases and entrepreneurs are never deleted (anonymisation erases personal data)."""

    def has_delete_permission(self, request, obj=None):
        return False


class ConsentInline(admin.TabularInline):
    model = Consent
    extra = 0
    fields = ["given_at", "channel", "text_version", "recorded_by", "withdrawn_at"]
    readonly_fields = ["given_at", "channel", "text_version", "recorded_by"]

    # Consent is recorded at the desk, with the text version shown; here it can only be
    # withdrawn.
    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Entrepreneur)
class EntrepreneurAdmin(NoDeleteMixin, admin.ModelAdmin):
    list_display = ["name", "business_name", "legal_form", "inn", "phone", "last_activity_at"]
    list_filter = ["legal_form", "language", "offices"]
    search_fields = ["name", "business_name", "inn", "phone", "email"]
    filter_horizontal = ["offices"]
    readonly_fields = ["created_at", "last_activity_at", "anonymised_at"]
    inlines = [ConsentInline]

    def get_queryset(self, request):
        return access.entrepreneurs_for_user(request.user)


class CaseEventInline(admin.TabularInline):
    model = CaseEvent
    extra = 0
    fields = ["created_at", "kind", "author", "from_status", "to_status", "text"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class FollowUpInline(admin.TabularInline):
    model = FollowUp
    extra = 0
    fields = ["due_date", "text", "assigned_to", "done_at"]
    autocomplete_fields = []


@admin.register(Case)
class CaseAdmin(NoDeleteMixin, admin.ModelAdmin):
    list_display = [
        "reference",
        "office",
        "channel",
        "status",
        "entrepreneur",
        "officer",
        "opened_at",
        "resolution_due",
        "overdue",
    ]
    list_filter = ["status", "channel", "office", "no_manual_answer"]
    list_select_related = ["office", "entrepreneur", "officer"]
    search_fields = ["reference", "entrepreneur__name", "entrepreneur__business_name"]
    date_hierarchy = "opened_at"
    readonly_fields = [
        "reference",
        "status",
        "opened_at",
        "first_answer_at",
        "resolved_at",
        "closed_at",
        "first_answer_due",
        "resolution_due",
        "version",
    ]
    raw_id_fields = ["entrepreneur"]
    filter_horizontal = ["topics", "handouts"]
    inlines = [FollowUpInline, CaseEventInline]

    def get_queryset(self, request):
        return access.cases_for_user(request.user)

    def has_add_permission(self, request):
        # Cases are opened through the intake screen, which numbers and times them.
        return False

    @admin.display(description=_("overdue"), boolean=True)
    def overdue(self, obj):
        return obj.is_overdue


@admin.register(FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    list_display = ["case", "due_date", "text", "assigned_to", "done_at"]
    list_filter = ["due_date"]
    list_select_related = ["case", "assigned_to"]
    raw_id_fields = ["case"]

    def get_queryset(self, request):
        return FollowUp.objects.filter(case__in=access.cases_for_user(request.user).values("pk"))


from desk import admin_referrals  # noqa: E402, F401  (referrals, outbox, destruction log)
