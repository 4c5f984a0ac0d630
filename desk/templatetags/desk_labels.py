"""Labels of choice values for the officer screens' long lists.

`get_FOO_display()` rebuilds the field's choices on every call (≈ 20 µs); a queue page
asks it twice per row. The mapping here is built once per field; the label is still
translated on each use."""

from functools import cache

from django import template

register = template.Library()


@cache
def _labels(model, field_name):
    return dict(model._meta.get_field(field_name).flatchoices)


@register.filter
def label(instance, field_name):
    """{{ case|label:"status" }} — the same text as {{ case.get_status_display }}."""
    value = getattr(instance, field_name)
    return str(_labels(type(instance), field_name).get(value, value))
