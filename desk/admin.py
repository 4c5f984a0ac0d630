from django.contrib import admin

from desk.models import Office, OpeningHours


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ["name", "address", "phone", "is_public", "order"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["staff"]
    inlines = [OpeningHoursInline]
