from django import forms
from django.core.exceptions import ValidationError
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from feedback.models.capture import (
    COMMENT_MAX,
    SITE_MESSAGE_MAX,
    VOTE_COMMENT_MAX,
    normalise_code,
)
from infopoint.validators import CleanTextForm


class HoneypotField(forms.CharField):
    """An empty field people never see; bots that fill every input fill it too."""

    def __init__(self, **kwargs):
        widget = forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "honeypot-input"}
        )
        super().__init__(
            required=False, max_length=200, label=_("Leave this field empty"), widget=widget
        )


class CodeForm(CleanTextForm):
    code = forms.CharField(
        label=_("Code from your handout"),
        max_length=20,
        help_text=_("Eight letters and digits, for example K7P3-QX9M."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "inputmode": "text",
            }
        ),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if not code:
            raise ValidationError(
                _("This is not a feedback code. A code has eight letters and digits."),
                code="malformed_code",
            )
        return code


SCALE_CSAT = [(value, str(value)) for value in range(1, 6)]
SCALE_NPS = [(value, str(value)) for value in range(0, 11)]


class ResponseForm(CleanTextForm):
    csat = forms.TypedChoiceField(
        label=_("How satisfied are you with the consultation?"),
        help_text=_("1 = very dissatisfied, 5 = very satisfied"),
        choices=SCALE_CSAT,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a score from 1 to 5.")},
    )
    nps = forms.TypedChoiceField(
        label=_("How likely are you to recommend the information point to another entrepreneur?"),
        help_text=_("0 = not at all likely, 10 = extremely likely"),
        choices=SCALE_NPS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a score from 0 to 10.")},
    )
    what_was_good = forms.CharField(
        label=_("What was good?"),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    what_to_improve = forms.CharField(
        label=_("What could we do better?"),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    anonymous = forms.BooleanField(
        label=_("Answer anonymously: do not link my answer to my consultation"),
        required=False,
    )
    may_quote = forms.BooleanField(
        label=_("You may quote my comments, without my name, in the desk's published reports"),
        required=False,
    )
    website = HoneypotField()


class ArticleVoteForm(CleanTextForm):
    helpful = forms.ChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        error_messages={
            "required": _("Please answer yes or no."),
            "invalid_choice": _("Please answer yes or no."),
        },
    )
    comment = forms.CharField(
        label=_("What was missing or unclear? (optional)"),
        required=False,
        max_length=VOTE_COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    website = HoneypotField()


class SiteFeedbackForm(CleanTextForm):
    message = forms.CharField(
        label=_("Your message"),
        max_length=SITE_MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Please write your message.")},
    )
    email = forms.EmailField(
        label=_("E-mail (optional)"),
        required=False,
        help_text=_("Only if you would like an answer."),
    )
    contact_consent = forms.BooleanField(
        label=_("You may use this e-mail address to answer me"), required=False
    )
    page_url = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
    website = HoneypotField()

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise ValidationError(_("Please write your message."), code="required")
        return message

    def clean_page_url(self):
        page_url = self.cleaned_data["page_url"].strip()
        if not page_url.startswith("/") or not url_has_allowed_host_and_scheme(
            page_url, allowed_hosts=None
        ):
            return ""
        return page_url

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("contact_consent"):
            self.add_error(
                "contact_consent",
                ValidationError(
                    _("Tick this box if we may answer you, or leave the e-mail empty."),
                    code="consent_required",
                ),
            )
        return cleaned
