from django import forms
from django.utils.translation import gettext_lazy as _

from infopoint.validators import CleanTextForm
from manual.models import Topic


class SubscribeForm(CleanTextForm):
    email = forms.EmailField(label=_("Your e-mail"), max_length=254)
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.public(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one topic.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the municipality processes my e-mail address to send me news and "
            "events of the chosen topics, until I unsubscribe."
        ),
        error_messages={"required": _("Without your consent we cannot send you e-mails.")},
    )
    # A field people never see: bots that fill every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))
