from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from desk.models import Office
from infopoint.validators import CleanTextForm
from monitoring.dashboards.periods import local_today
from monitoring.models import Language, PeriodReport

TEXT_MAX = 20000


class StartForm(CleanTextForm):
    kind = forms.ChoiceField(label=_("Period"), choices=PeriodReport.Kind.choices)
    day = forms.DateField(
        label=_("A day in the period"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date such as 2026-11-01.")},
    )
    office = forms.ModelChoiceField(
        label=_("Office"),
        queryset=Office.objects.order_by("order", "name"),
        required=False,
        empty_label=_("All offices"),
    )
    language = forms.ChoiceField(label=_("Written in"), choices=Language.choices)

    def clean_day(self):
        day = self.cleaned_data["day"]
        if day > local_today() or day < date(2000, 1, 1):
            raise forms.ValidationError(
                _("Choose a period that has begun, from the year 2000 on."), code="out_of_range"
            )
        return day


class NarrativeForm(CleanTextForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    title = forms.CharField(label=_("Title"), max_length=300)
    findings = forms.CharField(
        label=_("Findings"),
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What the figures show and why. Paragraphs are separated by a blank line."),
    )
    recommendations = forms.CharField(
        label=_("Recommendations for other services"),
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What other services of the administration can learn from the desk."),
    )
