"""One mechanism that scopes the back-office to the objects a user may name.

Every model admin and inline of the project derives from `ScopedModelAdmin` /
`ScopedTabularInline` / `ScopedStackedInline` (a test fails otherwise). They narrow, with
`infopoint.scope`:

- the changelist, the change form, history and every admin action (`get_queryset`);
- every foreign-key and many-to-many choice, whatever its widget — select, raw id,
  autocomplete, filter_horizontal — so a posted id outside the scope is a form error;
- the autocomplete endpoint's results (`get_search_results`);
- the choices of the changelist's filters by a relation (`get_list_filter`): only the
  objects the listed rows name, not every user or office of the installation.

A many-to-many value the user cannot see (an entrepreneur also known to another office)
is neither shown nor lost: it is kept when the form is saved.
"""

from django.contrib import admin
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.core.exceptions import ValidationError

from infopoint import scope


class ScopedRawIdWidget(ForeignKeyRawIdWidget):
    """A raw-id box that names the chosen object only when the user may see it: Django's
    widget reads the label through the default manager, so a posted foreign id would
    show another office's entrepreneur by name on the redisplayed form."""

    def __init__(self, rel, admin_site, *, queryset, **kwargs):
        super().__init__(rel, admin_site, **kwargs)
        self.queryset = queryset

    def label_and_url_for_value(self, value):
        key = self.rel.get_related_field().name
        try:
            visible = self.queryset.filter(**{key: value}).exists()
        except (ValueError, TypeError, ValidationError):
            visible = False
        return super().label_and_url_for_value(value) if visible else ("", "")


class ScopedAdminMixin:
    def get_queryset(self, request):
        return scope.scoped(request.user, super().get_queryset(request))

    def _scoped_choices(self, db_field, request, kwargs):
        queryset = kwargs.get("queryset")
        if queryset is None:
            queryset = self.get_field_queryset(None, db_field, request)
        if queryset is None:
            queryset = db_field.remote_field.model._default_manager.all()
        kwargs["queryset"] = scope.scoped(request.user, queryset)
        return kwargs

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs = self._scoped_choices(db_field, request, kwargs)
        if db_field.name in self.raw_id_fields and "widget" not in kwargs:
            kwargs["widget"] = ScopedRawIdWidget(
                db_field.remote_field,
                self.admin_site,
                queryset=kwargs["queryset"],
                using=kwargs.get("using"),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs = self._scoped_choices(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_list_filter(self, request):
        list_filter = super().get_list_filter(request)
        if request.user.is_superuser:
            return list_filter
        return [self._scoped_filter(item) for item in list_filter]

    def _scoped_filter(self, item):
        if not isinstance(item, str):
            return item
        field = get_fields_from_path(self.model, item)[-1]
        if field.is_relation and scope.is_scoped(field.related_model):
            return (item, admin.RelatedOnlyFieldListFilter)
        return item

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return scope.scoped(request.user, queryset), may_have_duplicates


def keep_unseen_relations(request, form):
    """Adds back the many-to-many values the user could not see, so that saving the form
    does not remove them."""
    instance = form.instance
    if instance.pk is None or not hasattr(form, "cleaned_data"):
        return
    for field in instance._meta.many_to_many:
        if field.name not in form.cleaned_data or not scope.is_scoped(field.related_model):
            continue
        current = getattr(instance, field.name).all()
        visible = scope.scoped(request.user, field.related_model._default_manager.all())
        unseen = list(current.exclude(pk__in=visible.values("pk")))
        if unseen:
            form.cleaned_data[field.name] = [*form.cleaned_data[field.name], *unseen]


class ScopedModelAdmin(ScopedAdminMixin, admin.ModelAdmin):
    def save_related(self, request, form, formsets, change):
        if change:
            keep_unseen_relations(request, form)
        super().save_related(request, form, formsets, change)


class ScopedTabularInline(ScopedAdminMixin, admin.TabularInline):
    pass


class ScopedStackedInline(ScopedAdminMixin, admin.StackedInline):
    pass
