from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _

from infopoint.validators import with_clean_text


def with_clean_text_forms(admin_class):
    """`admin_class` with its forms (and its inlines' forms) normalising their text, as
    every form of the portal does (infopoint.validators): a ModelAdmin cannot forget it."""
    attrs = {"__module__": admin_class.__module__, "form": with_clean_text(admin_class.form)}
    if getattr(admin_class, "inlines", None):
        attrs["inlines"] = [with_clean_text_forms(inline) for inline in admin_class.inlines]
    if getattr(admin_class, "add_form", None) is not None:
        attrs["add_form"] = with_clean_text(admin_class.add_form)
    return type(admin_class.__name__, (admin_class,), attrs)


class InfopointAdminSite(admin.AdminSite):
    site_header = _("Инфопункт для предпринимателей / Infopoint")
    site_title = _("Infopoint back-office")
    index_title = _("Back-office")
    index_template = "admin/infopoint_index.html"
    login_form = with_clean_text(AdminAuthenticationForm)

    def register(self, model_or_iterable, admin_class=None, **options):
        super().register(
            model_or_iterable, with_clean_text_forms(admin_class or admin.ModelAdmin), **options
        )

    def index(self, request, extra_context=None):
        from infopoint.dashboard import home_context

        extra_context = {**(extra_context or {}), **home_context(request)}
        return super().index(request, extra_context)
