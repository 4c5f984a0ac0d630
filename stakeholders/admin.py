from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from infopoint.admin_columns import PageLanguageNameMixin
from infopoint.admin_scope import ScopedModelAdmin, ScopedTabularInline
from stakeholders import selectors
from stakeholders.matrix import matrix
from stakeholders.models import Communication, ContactPerson, Organisation, StakeholderAssessment


class ContactPersonInline(ScopedTabularInline):
    model = ContactPerson
    extra = 0
    fields = ["name", "role", "phone", "email", "notes"]


class AuthoredAdmin(ScopedModelAdmin):
    """Records the member of staff who wrote the entry."""

    readonly_fields = ["author"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)


@admin.register(Organisation)
class OrganisationAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    list_display = ["name", "kind", "level", "phone", "is_public", "answer_days"]
    list_filter = ["kind", "level", "is_public"]
    search_fields = ["name", "name_en", "slug", "description"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [ContactPersonInline]
    fieldsets = [
        (None, {"fields": ["name", "name_en", "slug", "kind", "level", "is_public"]}),
        (
            _("Public card"),
            {
                "fields": [
                    "address",
                    "address_en",
                    "opening_hours",
                    "opening_hours_en",
                    "phone",
                    "email",
                    "website",
                    "description",
                    "description_en",
                    "services",
                    "services_en",
                ]
            },
        ),
        (_("Referrals"), {"fields": ["referral_email", "answer_days", "referrals"]}),
    ]
    readonly_fields = ["referrals"]

    @admin.display(description=_("referrals from the desk"))
    def referrals(self, obj):
        figures = selectors.referral_statistics(obj) if obj.pk else None
        if not figures or not figures["sent"]:
            return _("none yet")
        outcomes = ", ".join(f"{label}: {count}" for label, count in figures["outcomes"])
        return _(
            "%(sent)s sent, %(answered)s answered, %(in_time)s of them in time (%(outcomes)s)"
        ) % {**figures, "outcomes": outcomes}

    def get_urls(self):
        matrix_url = path(
            "matrix/",
            self.admin_site.admin_view(self.matrix_view),
            name="stakeholders_organisation_matrix",
        )
        return [matrix_url, *super().get_urls()]

    def matrix_view(self, request):
        if not request.user.has_perm("stakeholders.analyse_stakeholders"):
            raise PermissionDenied
        assessments = sorted(
            selectors.current_assessments(), key=lambda item: item.organisation.display_name
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Stakeholder matrix"),
            "opts": self.opts,
            "matrix": matrix(assessments),
        }
        return TemplateResponse(request, "admin/stakeholders/matrix.html", context)


@admin.register(ContactPerson)
class ContactPersonAdmin(ScopedModelAdmin):
    list_display = ["name", "organisation", "role", "phone", "email"]
    list_filter = ["organisation"]
    search_fields = ["name", "role", "email", "organisation__name", "organisation__name_en"]
    list_select_related = ["organisation"]


@admin.register(Communication)
class CommunicationAdmin(AuthoredAdmin):
    list_display = ["date", "organisation", "kind", "next_step_date", "author", "download"]
    list_filter = ["kind", "organisation"]
    search_fields = ["summary", "next_step", "organisation__name", "organisation__name_en"]
    date_hierarchy = "date"
    list_select_related = ["organisation", "author"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["author", "download"]

    def get_urls(self):
        download = path(
            "<int:pk>/attachment/",
            self.admin_site.admin_view(self.attachment_view),
            name="stakeholders_communication_attachment",
        )
        return [download, *super().get_urls()]

    @admin.display(description=_("attachment"))
    def download(self, obj):
        if not obj.pk or not obj.attachment:
            return "—"
        url = reverse("admin:stakeholders_communication_attachment", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("download"))

    def attachment_view(self, request, pk):
        # Attachments are internal documents: they are never served from MEDIA_URL, only
        # through this view to staff who may read the communication log.
        if not self.has_view_permission(request):
            raise PermissionDenied
        entry = get_object_or_404(Communication, pk=pk)
        if not entry.attachment or not entry.attachment.storage.exists(entry.attachment.name):
            raise Http404
        return FileResponse(
            entry.attachment.open("rb"),
            as_attachment=True,
            filename=entry.attachment.name.rsplit("/", 1)[-1],
        )


@admin.register(StakeholderAssessment)
class StakeholderAssessmentAdmin(AuthoredAdmin):
    list_display = ["organisation", "assessed_on", "influence", "interest", "author"]
    list_filter = ["organisation"]
    date_hierarchy = "assessed_on"
    list_select_related = ["organisation", "author"]
    autocomplete_fields = ["organisation"]
