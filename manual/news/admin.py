from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from infopoint.admin_columns import PageLanguageNameMixin
from infopoint.admin_scope import ScopedModelAdmin
from manual.models import Event, NewsItem

PUBLICATION_FIELDSETS = [
    (None, {"fields": ["title", "title_en", "slug", "topics"]}),
    (_("Text"), {"fields": ["summary", "summary_en", "body", "body_en"]}),
    (_("Publication"), {"fields": ["status", "published_at"]}),
]


class PublicationAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    name_field = "title"
    list_display = ["title", "status", "published_at"]
    list_filter = ["status", "topics"]
    search_fields = ["title", "title_en", "summary"]
    prepopulated_fields = {"slug": ["title_en"]}
    filter_horizontal = ["topics"]
    date_hierarchy = "published_at"
    fieldsets = PUBLICATION_FIELDSETS


@admin.register(NewsItem)
class NewsItemAdmin(PublicationAdmin):
    pass


@admin.register(Event)
class EventAdmin(PublicationAdmin):
    list_display = ["title", "starts_at", "location", "organiser", "status"]
    list_select_related = ["organiser"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["organiser"]
    fieldsets = [
        *PUBLICATION_FIELDSETS[:2],
        (
            _("When and where"),
            {
                "fields": [
                    "starts_at",
                    "ends_at",
                    "location",
                    "location_en",
                    "organiser",
                    "registration_url",
                ]
            },
        ),
        PUBLICATION_FIELDSETS[2],
    ]
