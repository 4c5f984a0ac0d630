"""Forms of the officer screens: they validate and normalise; services write."""

import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk import access
from desk.models import Case, Channel, Entrepreneur
from desk.selectors import entrepreneur_duplicates, published_articles
from desk.services.cases.closing import REFERRAL_OPEN_STATUSES, describe_open_items
from desk.services.cases.intake import entrepreneur_of_another_office
from desk.validators import normalise_phone, validate_inn
from infopoint.validators import CleanTextForm, CleanTextModelForm


class ArticlesField(forms.ModelMultipleChoiceField):
    """Manual pages named in the reader's language: the English title on an English page
    when the page has an English version (published_articles() loads both titles)."""

    def label_from_instance(self, obj):
        return obj.display_title


class IntakeForm(CleanTextForm):
    """One screen for a walk-in, a call or an e-mail. Anonymous needs at most four fields."""

    question = forms.CharField(
        label=_("Question"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3, "autofocus": True}),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    answer = forms.CharField(
        label=_("Answer given"),
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    handouts = ArticlesField(
        label=_("Hand out manual pages"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices, initial="walk_in")
    office = forms.ModelChoiceField(label=_("Office"), queryset=None, empty_label=None)
    no_manual_answer = forms.BooleanField(
        label=_("No manual page answers this question"), required=False
    )
    entrepreneur = forms.ModelChoiceField(
        label=_("Known entrepreneur"),
        queryset=None,
        required=False,
        widget=forms.HiddenInput,
    )
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    business_name = forms.CharField(label=_("Business name"), max_length=200, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"), max_length=254, required=False)
    inn = forms.CharField(label=_("INN"), max_length=12, required=False)
    legal_form = forms.ChoiceField(
        label=_("Legal form"),
        choices=Entrepreneur.LegalForm.choices,
        initial=Entrepreneur.LegalForm.PLANNING,
        required=False,
    )
    consent = forms.BooleanField(
        label=_("The entrepreneur consents to the processing of their personal data"),
        required=False,
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)

    PERSONAL_FIELDS = ("name", "business_name", "phone", "email", "inn")

    def __init__(self, *args, user, offices, **kwargs):
        from manual.models import Topic

        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["topics"].queryset = Topic.objects.order_by("order", "title")
        self.fields["handouts"].queryset = published_articles()
        self.fields["office"].queryset = offices
        # The field is hidden and nothing lists its choices: only a chosen entrepreneur
        # needs the scoped queryset, which costs more to build than the rest of the form.
        self.fields["entrepreneur"].queryset = (
            access.entrepreneurs_for_user(user)
            if self["entrepreneur"].data
            else Entrepreneur.objects.none()
        )
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4())
            first_office = offices.first()
            if first_office is not None:
                self.initial.setdefault("office", first_office.pk)

    def clean_topics(self):
        return self._chosen("topics")

    def clean_handouts(self):
        return self._chosen("handouts")

    def _chosen(self, name):
        # Nothing chosen cleans to `queryset.none()`, which still compiles a query each
        # time the service lists it: an empty list says the same for free.
        return self.cleaned_data[name] if self[name].data else []

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_inn(self):
        inn = "".join(self.cleaned_data["inn"].split())
        if inn:
            validate_inn(inn)
        return inn

    def clean(self):
        cleaned = super().clean()
        personal = any(cleaned.get(name) for name in self.PERSONAL_FIELDS)
        started = cleaned.get("consent") or cleaned.get("legal_form") not in (
            None,
            "",
            Entrepreneur.LegalForm.PLANNING,
        )
        if started and not personal and not cleaned.get("entrepreneur"):
            # A ticked consent or a chosen legal form means the officer began recording
            # someone: saving the case as anonymous would lose the person silently.
            self.add_error(
                "name",
                ValidationError(
                    _(
                        "You began recording a new entrepreneur: type their name, or clear "
                        "the consent and the legal form for an anonymous consultation."
                    ),
                    code="entrepreneur_half_entered",
                ),
            )
        chosen, office = cleaned.get("entrepreneur"), cleaned.get("office")
        if chosen is not None and office is not None and chosen.office_id != office.pk:
            self.add_error("entrepreneur", entrepreneur_of_another_office())
        if personal and cleaned.get("entrepreneur"):
            raise ValidationError(
                _("Either choose a known entrepreneur or type a new one's details, not both."),
                code="entrepreneur_twice",
            )
        if personal and not cleaned.get("consent"):
            raise ValidationError(
                _(
                    "Without the entrepreneur's consent only an anonymous consultation can be "
                    "recorded: tick the consent or clear the personal details."
                ),
                code="consent_required",
            )
        if personal and not cleaned.get("name"):
            self.add_error(
                "name",
                ValidationError(_("Type the entrepreneur's name."), code="name_required"),
            )
        if personal and office is not None:
            self.duplicates = list(
                entrepreneur_duplicates(
                    self.user,
                    office=office,
                    phone=cleaned.get("phone", ""),
                    email=cleaned.get("email", ""),
                    inn=cleaned.get("inn", ""),
                )[:5]
            )
            # Only the records of the case's office are looked at: another office's record
            # of the same person is theirs (the case could not take it), and a refusal
            # naming it would tell me the person consulted them. The new record is the
            # case's office's own (`entrepreneur_create`).
            if self.duplicates:
                raise ValidationError(
                    _(
                        "This entrepreneur is already known (same phone, e-mail or INN): "
                        "choose them in the lookup instead of recording them twice."
                    ),
                    code="duplicate_entrepreneur",
                )
        return cleaned

    def new_entrepreneur_data(self):
        data = self.cleaned_data
        if not any(data.get(name) for name in self.PERSONAL_FIELDS):
            return None
        return {
            "name": data["name"],
            "business_name": data["business_name"],
            "phone": data["phone"],
            "email": data["email"],
            "inn": data["inn"],
            "legal_form": data.get("legal_form") or Entrepreneur.LegalForm.PLANNING,
        }


class CaseEditForm(CleanTextModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta:
        model = Case
        fields = ["question", "answer", "channel", "topics", "no_manual_answer", "gap_topic"]
        widgets = {
            "question": forms.Textarea(attrs={"rows": 3}),
            "answer": forms.Textarea(attrs={"rows": 3}),
            "topics": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["version"] = self.instance.version


class StatusForm(CleanTextForm):
    to_status = forms.ChoiceField(label=_("New status"), choices=())
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    open_items = forms.ChoiceField(
        label=_("If you close the case"),
        choices=[
            ("close", _("withdraw its open referrals and mark its follow-ups done")),
            ("keep", _("keep the case open")),
        ],
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        statuses = [(status.value, status.label) for status in case.allowed_statuses()]
        # Nothing is chosen for the officer: the first status was, often «in progress»,
        # which reopens a resolved case, so Enter on the button changed the status unasked.
        self.fields["to_status"].choices = [("", _("- Select an option -")), *statuses]
        # Read from the case page's prefetched lists: no query of its own.
        self.open_referrals = [
            referral
            for referral in case.referrals.all()
            if referral.status in REFERRAL_OPEN_STATUSES
        ]
        self.open_follow_ups = [
            follow_up for follow_up in case.follow_ups.all() if follow_up.done_at is None
        ]
        self.asks_decision = Case.Status.CLOSED in case.allowed_statuses() and bool(
            self.open_referrals or self.open_follow_ups
        )
        if not self.asks_decision:
            del self.fields["open_items"]
        self.open_items_text = describe_open_items(
            referrals=len(self.open_referrals), follow_ups=len(self.open_follow_ups)
        )

    def clean(self):
        cleaned = super().clean()
        if (
            self.asks_decision
            and cleaned.get("to_status") == Case.Status.CLOSED
            and not cleaned.get("open_items")
        ):
            self.add_error(
                "open_items",
                ValidationError(
                    _(
                        "Choose: withdraw the open referrals and mark the follow-ups done, "
                        "or keep the case open."
                    ),
                    code="open_items_undecided",
                ),
            )
        return cleaned


class NoteForm(CleanTextForm):
    text = forms.CharField(
        label=_("Note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class HandOutForm(CleanTextForm):
    articles = ArticlesField(
        label=_("Manual pages"), queryset=None, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["articles"].queryset = published_articles()


class ListedChoiceIterator(forms.models.ModelChoiceIterator):
    """The choices of a short list (an office's staff) read by one plain query: the
    default `iterator()` declares a server-side cursor, three round trips for a dozen
    rows on every case page."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ListedChoiceField(forms.ModelChoiceField):
    iterator = ListedChoiceIterator


class FollowUpForm(CleanTextForm):
    due_date = forms.DateField(
        label=_("Due"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    text = forms.CharField(label=_("To do"), max_length=500)
    assigned_to = ListedChoiceField(
        label=_("Assigned to"), queryset=None, required=False, empty_label=_("me")
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = (
            get_user_model()
            .objects.filter(offices=case.office_id, is_active=True)
            .order_by("last_name", "first_name", "pk")
            # An option shows the name (infopoint.apps.staff_name), nothing else.
            .only("username", "first_name", "last_name")
        )
        if not self.is_bound:
            self.initial["due_date"] = timezone.localdate()

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise ValidationError(_("A follow-up cannot be due in the past."), code="due_in_past")
        return due


class TimeForm(CleanTextForm):
    moment = forms.ChoiceField(choices=[("start", _("start")), ("end", _("end"))])
