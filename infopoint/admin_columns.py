"""Changelist columns and filters that read in the page's language.

- Yes/no columns: Django draws a boolean as an icon whose alt text is the Python value
  («True», «False», «None»), which a screen reader reads out on a Russian page too.
  `YesNoColumnsMixin` (on every ModelAdmin, through the back-office site) shows the
  same icons with «Да»/«Нет» ("Yes"/"No") instead, for model fields and for
  `@admin.display(boolean=True)` columns alike; `yes_no` does it for a read-only field.
- Filter titles: `titled` gives a field's filter a heading of its own when the field's
  name does not read as one («Срок» / "Due date", not "By due").
- Names in the page's language: `in_page_language` annotates a model's name or title as
  the page reads it (the English one on an English page, the Russian one when there is
  no English), so that a list shows and sorts it without a query per row.
"""

import functools

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.functions import Coalesce, NullIf
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

ICONS = {True: "yes", False: "no", None: "unknown"}


def yes_no(value):
    """Django's yes/no icon, its alt text in the page's language."""
    value = None if value is None else bool(value)
    text = {True: gettext("Yes"), False: gettext("No"), None: gettext("Unknown")}[value]
    return format_html(
        '<img src="{}" alt="{}">', static(f"admin/img/icon-{ICONS[value]}.svg"), text
    )


def _yes_no_column(name, read, *, description, ordering):
    def column(obj):
        return yes_no(read(obj))

    column.__name__ = name  # the cell's class stays field-<name>
    column.short_description = description
    if ordering is not None:
        column.admin_order_field = ordering
    return column


class YesNoColumnsMixin:
    """Every boolean column of a changelist drawn by `yes_no` (module docstring)."""

    def get_list_display(self, request):
        editable = set(self.list_editable)
        return [
            item if item in editable else self._yes_no_item(item)
            for item in super().get_list_display(request)
        ]

    def _yes_no_item(self, item):
        if callable(item):
            if not getattr(item, "boolean", False):
                return item
            return _yes_no_column(
                item.__name__,
                item,
                description=getattr(item, "short_description", item.__name__),
                ordering=getattr(item, "admin_order_field", None),
            )
        try:
            field = self.model._meta.get_field(item)
        except FieldDoesNotExist:
            method = getattr(self, item, None) or getattr(self.model, item, None)
            if isinstance(method, property):
                method = method.fget
            if not getattr(method, "boolean", False):
                return item
            return _yes_no_column(
                item,
                functools.partial(_call, self, item),
                description=getattr(method, "short_description", item),
                ordering=getattr(method, "admin_order_field", None),
            )
        if not isinstance(field, models.BooleanField):
            return item
        return _yes_no_column(
            item,
            lambda obj: getattr(obj, item),
            description=field.verbose_name,
            ordering=item,
        )


def _call(model_admin, name, obj):
    method = getattr(model_admin, name, None)
    if method is not None:
        return method(obj)
    value = getattr(obj, name)
    return value() if callable(value) else value


def titled(filter_class, title):
    """`filter_class` (a field's list filter) with `title` as its heading."""

    def __init__(self, *args, **kwargs):
        filter_class.__init__(self, *args, **kwargs)
        self.title = title

    return type(f"Titled{filter_class.__name__}", (filter_class,), {"__init__": __init__})


def in_russian(text):
    """Russian text on an English page, marked for screen readers and hyphenation."""
    return format_html('<span lang="ru">{}</span>', text) if text else text


def in_page_language(field, english=None):
    """The expression of `field` as the page reads it: `english` (by default the field
    `<field>_en`) on an English page when it is not empty, else `field` itself."""
    if get_language() != "en":
        return models.F(field)
    english = models.F(english or f"{field}_en")
    return Coalesce(NullIf(english, models.Value("")), models.F(field))


PAGE_NAME = "name_in_page_language"


class PageLanguageNameMixin:
    """A changelist whose name column (`name_field`, Russian, with its English twin
    `name_english`, by default `<name_field>_en`) shows and sorts the name as the page
    reads it. The name is annotated in the list's one query; on an English page the
    column of the English twin, if the list has one, shows the Russian name instead."""

    name_field = "name"
    name_english = None

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(**{PAGE_NAME: self._page_name()})

    def get_ordering(self, request):
        ordering = super().get_ordering(request) or self.model._meta.ordering
        if get_language() != "en":
            return ordering
        name = self._page_name()
        named = {self.name_field: name.asc(), f"-{self.name_field}": name.desc()}
        return [named.get(item, item) if isinstance(item, str) else item for item in ordering]

    def _page_name(self):
        return in_page_language(self.name_field, self.name_english)

    def get_list_display(self, request):
        english = self.name_english or f"{self.name_field}_en"
        columns = []
        for item in super().get_list_display(request):
            if item == self.name_field:
                item = self._page_name_column()
            elif item == english and get_language() == "en":
                item = self._russian_name_column()
            columns.append(item)
        return columns

    def get_list_display_links(self, request, list_display):
        links = super().get_list_display_links(request, list_display)
        if links is not None and self.name_field in links:
            return [item for item in list_display if getattr(item, "__name__", item) in links]
        return links

    def _page_name_column(self):
        english_page = get_language() == "en"

        def column(obj):
            name = getattr(obj, PAGE_NAME)
            if english_page and name == getattr(obj, self.name_field):
                return in_russian(name)  # no English name: the Russian one, marked so
            return name

        column.__name__ = self.name_field
        column.short_description = self.model._meta.get_field(self.name_field).verbose_name
        english = get_language() == "en"
        column.admin_order_field = self._page_name() if english else self.name_field
        return column

    def _russian_name_column(self):
        name = self.name_field

        def column(obj):
            return in_russian(getattr(obj, name))

        column.__name__ = f"{name}_ru"
        column.short_description = _("in Russian")
        column.admin_order_field = name
        return column
