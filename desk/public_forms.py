"""Forms of the public site (ask, book, status) and of the partner's referral page.

Every form strips control characters and refuses NUL (infopoint.validators)."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from desk.models import Referral
from desk.validators import normalise_phone
from infopoint.validators import CleanTextForm
from manual.models import Topic


class PublicContactMixin:
    """Optional contact details: given only together with consent to their processing."""

    def clean_phone(self):
        return normalise_phone(self.cleaned_data.get("phone", ""))

    def clean_email(self):
        return (self.cleaned_data.get("email") or "").strip().lower()

    def has_contact(self):
        data = self.cleaned_data
        return any(data.get(key) for key in ("name", "email", "phone"))

    def clean(self):
        cleaned = super().clean()
        if self.has_contact() and not cleaned.get("consent") and not self.has_error("consent"):
            self.add_error(
                "consent",
                ValidationError(
                    _(
                        "Please agree to the processing of your personal data, or leave "
                        "the contact fields empty."
                    ),
                    code="consent_required",
                ),
            )
        return cleaned

    @property
    def is_spam(self):
        """The honeypot: a field people never see, so only robots fill it in."""
        return bool(self.data.get("website"))


class PublicQuestionForm(PublicContactMixin, CleanTextForm):
    """The fields the question form and the booking form share."""

    question = forms.CharField(
        label=_("Your question"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5})
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.public(),
        required=False,
        empty_label=_("I do not know"),
    )
    name = forms.CharField(label=_("Your name"), required=False, max_length=200)
    email = forms.EmailField(label=_("E-mail"), required=False, max_length=254)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=40)
    consent = forms.BooleanField(
        label=_("I agree to the processing of my personal data to answer my question."),
        required=False,
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"token": uuid.uuid4()})
        super().__init__(*args, **kwargs)


class AskForm(PublicQuestionForm):
    office = forms.ModelChoiceField(label=_("Office"), queryset=None, empty_label=None)

    field_order = ["office", "topic", "question", "name", "email", "phone", "consent"]

    def __init__(self, *args, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices
        only = list(offices[:2])
        if len(only) == 1:
            self.fields["office"].widget = forms.HiddenInput()
            self.fields["office"].initial = only[0].pk


class BookingForm(PublicQuestionForm):
    slot = forms.ChoiceField(label=_("Time"), widget=forms.RadioSelect)

    field_order = ["slot", "topic", "question", "name", "email", "phone", "consent"]

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.slots = {slot.isoformat(): slot for slot in slots}
        self.fields["slot"].choices = [
            (key, formats.date_format(timezone.localtime(slot), "DATETIME_FORMAT"))
            for key, slot in self.slots.items()
        ]
        self.fields["name"].required = True
        self.fields["consent"].required = True

    def clean_slot(self):
        return self.slots[self.cleaned_data["slot"]]

    def clean(self):
        cleaned = super().clean()
        contact_errors = self.has_error("email") or self.has_error("phone")
        if not cleaned.get("email") and not cleaned.get("phone") and not contact_errors:
            self.add_error(
                "email",
                ValidationError(
                    _("Please give an e-mail address or a phone number, so we can reach you."),
                    code="contact_required",
                ),
            )
        return cleaned


class StatusForm(CleanTextForm):
    """The reference and the contact the visitor gave with the question: an e-mail address
    or, for those who asked by phone only, the phone number."""

    reference = forms.CharField(label=_("Reference number"), max_length=24)
    contact = forms.CharField(
        label=_("E-mail or phone"),
        max_length=254,
        help_text=_("The e-mail address or phone number you gave with your question."),
    )

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()

    def clean_contact(self):
        value = self.cleaned_data["contact"].strip()
        if "@" in value:
            forms.EmailField().clean(value)
            return {"email": value.lower()}
        try:
            return {"phone": normalise_phone(value)}
        except ValidationError:
            raise ValidationError(
                _("Please type the e-mail address or the phone number with its area code."),
                code="contact_invalid",
            ) from None


class PartnerAnswerForm(CleanTextForm):
    status = forms.ChoiceField(
        label=_("Your answer"),
        widget=forms.RadioSelect,
        choices=[(status.value, status.label) for status in Referral.ANSWER_STATUSES],
    )
    note = forms.CharField(
        label=_("Note for the desk"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, referral, **kwargs):
        super().__init__(*args, **kwargs)
        if referral.status == Referral.Status.ACCEPTED:
            self.fields["status"].choices = [
                (status.value, status.label) for status in Referral.FINAL_STATUSES
            ]


# --- officer actions on public submissions --------------------------------------------


class ReferralForm(CleanTextForm):
    organisation = forms.ModelChoiceField(label=_("Partner organisation"), queryset=None)
    reason = forms.CharField(
        label=_("Reason for the referral"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    shared_data = forms.CharField(
        label=_("Shared with the partner"),
        help_text=_(
            "Only what the entrepreneur agreed to share (e.g. name and phone): the partner "
            "sees exactly this text and nothing else of the case."
        ),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        from stakeholders.models import Organisation

        super().__init__(*args, **kwargs)
        partners = Organisation.objects.exclude(referral_email="")
        if get_language() == "en":
            # Named in English (Organisation.display_name), so listed in English order.
            partners = partners.order_by(Coalesce(NullIf("name_en", Value("")), "name"))
        self.fields["organisation"].queryset = partners


class ReferralWithdrawForm(CleanTextForm):
    reason = forms.CharField(
        label=_("Why is the referral withdrawn?"),
        help_text=_(
            "Recorded on the case's timeline; the partner sees only that it was withdrawn."
        ),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class BookingMoveForm(CleanTextForm):
    slot = forms.ChoiceField(label=_("New time"))

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.slots = {slot.isoformat(): slot for slot in slots}
        self.fields["slot"].choices = [
            (key, formats.date_format(timezone.localtime(slot), "DATETIME_FORMAT"))
            for key, slot in self.slots.items()
        ]

    def clean_slot(self):
        return self.slots[self.cleaned_data["slot"]]
