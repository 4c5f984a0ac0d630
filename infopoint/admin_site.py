from django.contrib import admin
from django.utils.translation import gettext_lazy as _

# Django 6.1's label of an empty choice in every select, which its Russian catalogue does
# not have yet: translated in ours (LOCALE_PATHS come first), so no Russian page shows it
# in English.
BLANK_CHOICE_LABEL = _("- Select an option -")
# The date hierarchy's label, likewise («Фильтр: время поиска», not «Filter by время поиска»).
DATE_HIERARCHY_LABEL = _("Filter by %(field_name)s")


class InfopointAdminSite(admin.AdminSite):
    site_header = _("Инфопункт для предпринимателей / Infopoint")
    site_title = _("Infopoint back-office")
    index_title = _("Back-office")
    index_template = "admin/infopoint_index.html"

    def register(self, model_or_iterable, admin_class=None, **options):
        # Every ModelAdmin, ours and the libraries', names its model in the right case.
        from infopoint.grammar import AdminGrammarMixin

        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, AdminGrammarMixin):
            admin_class = type(
                admin_class.__name__,
                (AdminGrammarMixin, admin_class),
                {"__module__": admin_class.__module__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def index(self, request, extra_context=None):
        from infopoint.dashboard import home_context

        extra_context = {**(extra_context or {}), **home_context(request)}
        return super().index(request, extra_context)
