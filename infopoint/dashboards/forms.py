"""The dashboard's filters and the period report's narrative."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from desk.models import Office
from infopoint.dashboards.periods import CUSTOM, KINDS, MAX_CUSTOM_DAYS, MONTH, Period, local_today
from infopoint.validators import CleanTextForm


class DashboardFilterForm(forms.Form):
    """Office (or all offices) and period. Invalid input falls back to this month."""

    office = forms.ModelChoiceField(
        label=_("Office"),
        queryset=Office.objects.none(),
        required=False,
        empty_label=_("All offices"),
        to_field_name="slug",
    )
    period = forms.ChoiceField(label=_("Period"), choices=KINDS, required=False)
    date = forms.DateField(
        label=_("Any day of the period"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, offices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices if offices is not None else Office.objects.all()

    def clean(self):
        data = super().clean()
        if data.get("period") == CUSTOM:
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise ValidationError(
                    _("A custom range needs a first and a last day."), code="custom_incomplete"
                )
            if end < start:
                raise ValidationError(
                    _("The last day comes before the first day."), code="custom_reversed"
                )
            if (end - start).days >= MAX_CUSTOM_DAYS:
                raise ValidationError(
                    _("Choose a range of at most five years."), code="custom_too_long"
                )
        return data

    def chosen_period(self):
        data = self.cleaned_data if self.is_valid() else {}
        kind = data.get("period") or MONTH
        if kind == CUSTOM:
            return Period.custom(data["start"], data["end"])
        return Period.containing(kind, data.get("date") or local_today())

    def chosen_office(self):
        return self.cleaned_data.get("office") if self.is_valid() else None


class ReportForm(CleanTextForm):
    """The period report's narrative is written by the head in this form and posted with
    the request for the PDF; it is not stored. The PDF is the record (the head saves it
    with the policy documents), so the portal keeps no half-written drafts and needs no
    model, and nothing outlives the request except the document itself."""

    narrative = forms.CharField(
        label=_("Narrative"),
        help_text=_("A few paragraphs for the report: what happened, what changes next."),
        required=False,
        max_length=6000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
