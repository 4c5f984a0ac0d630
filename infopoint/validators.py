"""Text hygiene shared by every form of the portal: the one place text input is normalised.

Every string a form accepts is normalised here, once:

- Unicode NFC, so "й" typed as и + combining breve and "й" typed as one character are the
  same text for search, for uniqueness and for an officer comparing two entries;
- control characters dropped: they are invisible, break CSV exports and can hide text
  from a reviewer; tabs and line breaks stay in multi-line fields (a Textarea) and become
  spaces in one-line fields; Windows line breaks become \\n;
- bidirectional embeddings, overrides, isolates and marks dropped (U+202A–U+202E,
  U+2066–U+2069, U+200E, U+200F, U+061C): a U+202E shows "gpj.exe" as "exe.jpg" and a
  question or a name reversed to the officer who reads it ("Trojan Source",
  CVE-2021-42574); none of the portal's languages needs them;
- NUL refused with a form error: PostgreSQL cannot store it, it never comes from a
  keyboard and usually means a tool is probing the form. Any field's raw value with a NUL
  is refused, not only text fields, so a choice, a date or an id never carries one to the
  database either.

Use `CleanTextForm` / `CleanTextModelForm` as the base of a form, or mix `CleanTextMixin`
into an existing base (before `forms.Form`). The admin site applies the mixin to every
ModelAdmin's and inline's form (infopoint.admin_site); tests/infopoint/test_forms_normalise.py
walks every form class of the project and fails on one without it. Password fields are
left exactly as typed: changing them would change the password. `reject_nul` also works
on model fields.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

# C0 controls except tab (\x09) and line feed (\x0a), DEL, and C1 controls. \x00 is left in
# on purpose so that `reject_nul` sees it and refuses the value.
CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b-\x1f\x7f-\x9f]")
BIDI_CONTROLS = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
TABS_AND_LINE_BREAKS = re.compile(r"[\t\n]")


def reject_nul(value):
    if isinstance(value, str) and "\x00" in value:
        raise ValidationError(
            _("The text contains a NUL character (\\x00): please remove it."),
            code="nul_character",
        )


def normalise_text(value: str, *, multiline: bool = True) -> str:
    """NFC, without control or bidi characters; tabs and line breaks only if `multiline`.
    A NUL is kept for `reject_nul` to refuse."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = BIDI_CONTROLS.sub("", CONTROL_CHARACTERS.sub("", value))
    if not multiline:
        value = TABS_AND_LINE_BREAKS.sub(" ", value)
    return unicodedata.normalize("NFC", value)


def strip_control_characters(value: str) -> str:
    """Drop control and bidi characters except tab and line feed; \\r\\n becomes \\n."""
    return normalise_text(value, multiline=True)


def _normalising(to_python, *, multiline):
    def to_python_normalised(value):
        if isinstance(value, str):
            value = normalise_text(value, multiline=multiline)
        return to_python(value)

    return to_python_normalised


def _refusing_nul(clean):
    def clean_without_nul(value, *args, **kwargs):  # FileField.clean(data, initial)
        for item in value if isinstance(value, (list, tuple)) else [value]:
            reject_nul(item)
        return clean(value, *args, **kwargs)

    return clean_without_nul


def _is_password(field):
    return isinstance(field.widget, forms.PasswordInput)


class CleanTextMixin:
    """Every CharField of the form (EmailField, SlugField, URLField … included) is
    normalised before its own cleaning and refuses NUL with code "nul_character"; every
    other field refuses a raw value holding a NUL with the same code."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if getattr(field, "_clean_text", False) or _is_password(field):
                continue
            if isinstance(field, forms.CharField):
                multiline = isinstance(field.widget, forms.Textarea)
                field.to_python = _normalising(field.to_python, multiline=multiline)
                # Django's own NUL validator would report the same problem a second time.
                field.validators = [
                    validator
                    for validator in field.validators
                    if not isinstance(validator, ProhibitNullCharactersValidator)
                ] + [reject_nul]
            else:
                # clean(), not to_python(): ModelMultipleChoiceField never calls the latter.
                field.clean = _refusing_nul(field.clean)
            field._clean_text = True


class CleanTextForm(CleanTextMixin, forms.Form):
    pass


class CleanTextModelForm(CleanTextMixin, forms.ModelForm):
    pass


def with_clean_text(form_class):
    """`form_class` itself if it normalises its text, else a subclass that does."""
    if issubclass(form_class, CleanTextMixin):
        return form_class
    return type(
        form_class.__name__,
        (CleanTextMixin, form_class),
        {"__module__": form_class.__module__, "__qualname__": form_class.__qualname__},
    )
