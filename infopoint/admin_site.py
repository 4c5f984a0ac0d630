from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.admin.widgets import AutocompleteMixin
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _

from infopoint.validators import with_clean_text


class ValidAutocompleteMixin:
    """Django's autocomplete widget looks the submitted ids up to show them again: an id
    that is not one ("abc", "9999-12-31") raised a ValueError, a 500 instead of the form
    with its error. Only ids the related field accepts are looked up."""

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        to_field = remote.model._meta.get_field(
            getattr(remote, "field_name", None) or remote.model._meta.pk.name
        )
        valid = []
        for item in value:
            try:
                to_field.to_python(item)
            except (ValidationError, ValueError, TypeError):
                continue
            valid.append(item)
        return super().optgroups(name, valid, attr)


def _valid_autocomplete(formfield):
    widget = getattr(formfield, "widget", None)
    if isinstance(widget, AutocompleteMixin) and not isinstance(widget, ValidAutocompleteMixin):
        widget.__class__ = type(
            widget.__class__.__name__, (ValidAutocompleteMixin, widget.__class__), {}
        )
    return formfield


class ValidAutocompleteAdminMixin:
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return _valid_autocomplete(super().formfield_for_foreignkey(db_field, request, **kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return _valid_autocomplete(super().formfield_for_manytomany(db_field, request, **kwargs))


def with_clean_text_forms(admin_class):
    """`admin_class` with its forms (and its inlines' forms) normalising their text, as
    every form of the portal does (infopoint.validators): a ModelAdmin cannot forget it."""
    attrs = {"__module__": admin_class.__module__, "form": with_clean_text(admin_class.form)}
    if getattr(admin_class, "inlines", None):
        attrs["inlines"] = [with_clean_text_forms(inline) for inline in admin_class.inlines]
    if getattr(admin_class, "add_form", None) is not None:
        attrs["add_form"] = with_clean_text(admin_class.add_form)
    return type(admin_class.__name__, (ValidAutocompleteAdminMixin, admin_class), attrs)


# Django 6.1's label of an empty choice in every select, which its Russian catalogue does
# not have yet: translated in ours (LOCALE_PATHS come first), so no Russian page shows it
# in English.
BLANK_CHOICE_LABEL = _("- Select an option -")
# The date hierarchy's label, likewise («Фильтр: время поиска», not «Filter by время поиска»).
DATE_HIERARCHY_LABEL = _("Filter by %(field_name)s")


class InfopointAdminSite(admin.AdminSite):
    site_header = _("Infopoint for entrepreneurs")
    site_title = _("Infopoint back-office")
    index_title = _("Back-office")
    index_template = "admin/infopoint_index.html"
    login_form = with_clean_text(AdminAuthenticationForm)

    def register(self, model_or_iterable, admin_class=None, **options):
        # Every ModelAdmin, ours and the libraries', names its model in the right case
        # and says yes or no in the page's language.
        from infopoint.admin_columns import YesNoColumnsMixin
        from infopoint.grammar import AdminGrammarMixin

        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, AdminGrammarMixin):
            admin_class = type(
                admin_class.__name__,
                (AdminGrammarMixin, YesNoColumnsMixin, admin_class),
                {"__module__": admin_class.__module__},
            )
        # ... and its forms normalise their text, as every form of the portal does.
        super().register(model_or_iterable, with_clean_text_forms(admin_class), **options)

    def get_urls(self):
        # Django's "view on site" redirect reads any object of any model for any staff
        # member and sends them to its address, which for an invitation is its answer
        # code: ours first asks the object's admin whether this user may see it.
        view_on_site = path(
            "r/<int:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site),
            name="view_on_site",
        )
        return [view_on_site, *super().get_urls()]

    def view_on_site(self, request, content_type_id, object_id):
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except ContentType.DoesNotExist:
            raise Http404 from None
        model_admin = self._registry.get(model)
        if model_admin is None or not model_admin.has_view_permission(request):
            raise Http404
        try:
            model_admin.get_queryset(request).get(pk=object_id)
        except (ObjectDoesNotExist, ValueError, TypeError, ValidationError):
            raise Http404 from None
        return contenttype_views.shortcut(request, content_type_id, object_id)

    def index(self, request, extra_context=None):
        from monitoring.dashboards.home import home_context

        extra_context = {**(extra_context or {}), **home_context(request)}
        return super().index(request, extra_context)
