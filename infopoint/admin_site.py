from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class InfopointAdminSite(admin.AdminSite):
    site_header = _("Инфопункт для предпринимателей / Infopoint")
    site_title = _("Infopoint back-office")
    index_title = _("Back-office")
    index_template = "admin/infopoint_index.html"

    def index(self, request, extra_context=None):
        from infopoint.dashboard import home_context

        extra_context = {**(extra_context or {}), **home_context(request)}
        return super().index(request, extra_context)
