"""Posting an admin add or change form back as the browser would, with one value changed.

`form_data(response)` reads the form and the inline formsets of an admin add/change page
(a GET through the test client) and returns the POST data a browser would send unchanged;
`form_errors(response)` lists the fields that carry an error after a POST.
"""

from django.forms import MultiWidget


def _put(data, form, name):
    field = form.fields[name]
    key = form.add_prefix(name)
    value = form[name].value()
    queryset = getattr(field, "queryset", None)
    if queryset is not None and isinstance(value, list | tuple):
        # The browser can only send back the choices the page offered.
        offered = {str(pk) for pk in queryset.values_list("pk", flat=True)}
        value = [item for item in value if str(getattr(item, "pk", item)) in offered]
    if isinstance(field.widget, MultiWidget):
        parts = value if isinstance(value, list | tuple) else field.widget.decompress(value)
        for index, part in enumerate(parts):
            data[f"{key}_{index}"] = "" if part is None else str(part)
    elif isinstance(value, list | tuple):
        data[key] = [str(getattr(item, "pk", item)) for item in value]
    elif value is True:
        data[key] = "on"
    elif value is None or value is False:
        data[key] = ""
    else:
        data[key] = str(getattr(value, "pk", value))


def form_data(response):
    context = response.context
    data = {}
    form = context["adminform"].form
    for name in form.fields:
        _put(data, form, name)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[formset.management_form.add_prefix(name)] = str(
                formset.management_form[name].value()
            )
        for inline_form in formset.forms:
            for name in inline_form.fields:
                _put(data, inline_form, name)
    return {key: value for key, value in data.items() if value != ""}


def form_errors(response):
    """{"field" or "prefix-field": [messages]} of the form and its inlines after a POST."""
    if response.context is None or "adminform" not in response.context:
        return {}
    errors = dict(response.context["adminform"].form.errors)
    for inline in response.context["inline_admin_formsets"]:
        for inline_form in inline.formset.forms:
            for name, messages in inline_form.errors.items():
                errors[inline_form.add_prefix(name)] = messages
    return errors


def new_inline_form(response, data, model):
    """Adds an empty form to the inline of `model` in `data` (the "Add another" link) and
    returns the prefix of its fields."""
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        if formset.model is model:
            total = formset.management_form.add_prefix("TOTAL_FORMS")
            count = int(data[total])
            data[total] = str(count + 1)
            return f"{formset.prefix}-{count}-"
    raise LookupError(model)
