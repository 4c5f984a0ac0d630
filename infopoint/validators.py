"""Text hygiene shared by every form of the portal.

PostgreSQL refuses NUL characters in text ("invalid byte sequence"), so a NUL that reached
the database would turn a typo into a 500. Other control characters are invisible, break
CSV exports and can hide text from a reviewer, so forms drop them silently; tabs and line
breaks stay. A NUL is refused with a form error instead of being dropped, because it never
comes from a keyboard and usually means a tool is probing the form.

Use `CleanTextForm` / `CleanTextModelForm` as the base of a form, or mix `CleanTextMixin`
into an existing base (before `forms.Form`). `reject_nul` also works on model fields.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

# C0 controls except tab (\x09) and line feed (\x0a), DEL, and C1 controls. \x00 is left in
# on purpose so that `reject_nul` sees it and refuses the value.
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b-\x1f\x7f-\x9f]")


def reject_nul(value):
    if isinstance(value, str) and "\x00" in value:
        raise ValidationError(
            _("The text contains a NUL character (\\x00): please remove it."),
            code="nul_character",
        )


def strip_control_characters(value: str) -> str:
    """Drop control characters except tab and line feed; Windows line breaks become \\n."""
    return CONTROL_CHARACTERS.sub("", value.replace("\r\n", "\n"))


def _cleaning(to_python):
    def to_python_without_controls(value):
        if isinstance(value, str):
            value = strip_control_characters(value)
        return to_python(value)

    return to_python_without_controls


class CleanTextMixin:
    """Every CharField of the form (EmailField, SlugField, URLField … included) strips
    control characters before its own cleaning and refuses NUL with code "nul_character"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not isinstance(field, forms.CharField) or getattr(field, "_clean_text", False):
                continue
            field.to_python = _cleaning(field.to_python)
            # Django's own NUL validator would report the same problem a second time.
            field.validators = [
                validator
                for validator in field.validators
                if not isinstance(validator, ProhibitNullCharactersValidator)
            ] + [reject_nul]
            field._clean_text = True


class CleanTextForm(CleanTextMixin, forms.Form):
    pass


class CleanTextModelForm(CleanTextMixin, forms.ModelForm):
    pass
