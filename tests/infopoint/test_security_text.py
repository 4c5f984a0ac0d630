"""The shared text hygiene of every form: control characters dropped, NUL refused."""

from django import forms
from hypothesis import given, settings
from hypothesis import strategies as st

from infopoint.validators import CleanTextForm, reject_nul, strip_control_characters
from tests.fuzz import examples


class NoteForm(CleanTextForm):
    title = forms.CharField(max_length=200)
    body = forms.CharField(widget=forms.Textarea, required=False)
    email = forms.EmailField(required=False)
    count = forms.IntegerField(required=False)


def test_it_refuses_a_nul_character_with_its_own_code():
    form = NoteForm({"title": "Tax\x00office"})
    assert not form.is_valid()
    assert form.errors.as_data()["title"][0].code == "nul_character"
    assert len(form.errors["title"]) == 1  # Django's own NUL validator is replaced


def test_it_drops_control_characters_but_keeps_tabs_and_line_breaks():
    form = NoteForm({"title": "Bell\x07 and\x1b escape\x7f", "body": "one\r\ntwo\tthree\x0bfour"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == "Bell and escape"
    assert form.cleaned_data["body"] == "one\ntwo\tthreefour"


def test_it_cleans_email_fields_too():
    form = NoteForm({"title": "x", "email": "anna\x08@example.org"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["email"] == "anna@example.org"


def test_the_validator_accepts_text_without_nul():
    reject_nul("Калининград\n")


@settings(max_examples=examples("staff"), deadline=None)
@given(st.text(max_size=300))
def test_no_value_gives_an_exception_and_valid_values_hold_no_controls(text):
    form = NoteForm({"title": text, "body": text})
    if form.is_valid():
        for value in (form.cleaned_data["title"], form.cleaned_data["body"]):
            assert value == strip_control_characters(value)
            assert "\x00" not in value
    else:
        assert set(form.errors) <= {"title", "body"}
