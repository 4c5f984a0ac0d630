"""The change history's list (django-pghistory's events admin, PGHISTORY_ADMIN_CLASS) in
the page's language: its columns and filters are named in English plain strings
("Pgh created at", "event model"), and a row names its record by app label ("desk.case")."""

from django.apps import apps
from django.contrib import admin
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from pghistory.admin import EventsAdmin
from pghistory.admin.core import EventModelFilter, LabelFilter

# pghistory's labels of the events we track (pghistory.track's defaults).
CHANGE_KINDS = {"insert": _("added"), "update": _("changed"), "delete": _("deleted")}


class ChangeKindFilter(LabelFilter):
    title = _("kind of change")

    def lookups(self, request, model_admin):
        return [
            (label, CHANGE_KINDS.get(label, label))
            for label, _name in super().lookups(request, model_admin)
        ]


class HistoryTableFilter(EventModelFilter):
    """The history tables named by the records they keep («Обращения», not
    "desk.CaseHistory"), in the order they read."""

    title = _("record type")

    def lookups(self, request, model_admin):
        choices = []
        for label, name in super().lookups(request, model_admin):
            tracked = getattr(apps.get_model(label), "pgh_tracked_model", None)
            if tracked is not None:
                name = capfirst(tracked._meta.verbose_name_plural)
            choices.append((label, name))
        return sorted(choices, key=lambda choice: str(choice[1]))


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
