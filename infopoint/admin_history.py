"""The change history's list (django-pghistory's events admin, PGHISTORY_ADMIN_CLASS) in
the page's language: its columns and filters are named in English plain strings
("Pgh created at", "event model"), and a row names its record by app label ("desk.case")."""

from django.apps import apps
from django.contrib import admin
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from pghistory.admin import EventsAdmin
from pghistory.admin.core import EventModelFilter, LabelFilter


class ChangeKindFilter(LabelFilter):
    title = _("kind of change")


class HistoryTableFilter(EventModelFilter):
    title = _("history table")


class ChangeHistoryAdmin(EventsAdmin):
    def get_list_display(self, request):
        return ["when", "record", "record_id", "changes"]

    def get_list_filter(self, request):
        replaced = {LabelFilter: ChangeKindFilter, EventModelFilter: HistoryTableFilter}
        return [replaced.get(item, item) for item in super().get_list_filter(request)]

    @admin.display(description=_("when"), ordering="pgh_created_at")
    def when(self, event):
        return event.pgh_created_at

    @admin.display(description=_("record"), ordering="pgh_obj_model")
    def record(self, event):
        try:
            return capfirst(apps.get_model(event.pgh_obj_model)._meta.verbose_name)
        except (LookupError, ValueError):
            return event.pgh_obj_model

    @admin.display(description=_("record number"), ordering="pgh_obj_id")
    def record_id(self, event):
        return event.pgh_obj_id

    @admin.display(description=_("changes"))
    def changes(self, event):
        return event.pgh_diff
