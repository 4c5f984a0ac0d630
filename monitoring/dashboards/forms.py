"""The dashboard's filters."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from desk.models import Office
from infopoint.validators import CleanTextForm
from monitoring.dashboards.periods import (
    CUSTOM,
    FIRST_DAY,
    KINDS,
    LAST_DAY,
    MAX_CUSTOM_DAYS,
    MONTH,
    Period,
    local_today,
)


class OfficeChoiceIterator(ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for office in self.field.offices():
            yield self.choice(office)

    def __len__(self):
        return len(self.field.offices()) + (1 if self.field.empty_label is not None else 0)


class OfficeField(forms.ModelChoiceField):
    """The offices are read once per form, for the chosen one and the <select> both: a
    handful of rows, against a lookup and then a server-side cursor over the same table."""

    iterator = OfficeChoiceIterator
    _offices = None

    def _set_queryset(self, queryset):
        self._offices = None
        super()._set_queryset(queryset)

    queryset = property(forms.ModelChoiceField._get_queryset, _set_queryset)

    def offices(self):
        if self._offices is None:
            self._offices = list(self.queryset)
        return self._offices

    def to_python(self, value):
        if value in self.empty_values:
            return None
        office = next((office for office in self.offices() if office.slug == value), None)
        if office is None:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return office


class DayField(forms.DateField):
    """A day the dashboards can measure: far-off years (0001, 9999) would overflow the
    period before or after, and no case of the information point lies there."""

    widget = forms.DateInput(
        attrs={"type": "date", "min": FIRST_DAY, "max": LAST_DAY}, format="%Y-%m-%d"
    )

    def validate(self, value):
        super().validate(value)
        if value and not FIRST_DAY <= value <= LAST_DAY:
            raise ValidationError(
                _("Choose a day from the year %(first)s to %(last)s."),
                code="day_out_of_range",
                params={"first": FIRST_DAY.year, "last": LAST_DAY.year},
            )


class DashboardFilterForm(CleanTextForm):
    """Office (or all offices) and period. Invalid input falls back to this month."""

    office = OfficeField(
        label=_("Office"),
        queryset=Office.objects.none(),
        required=False,
        empty_label=_("All offices"),
        to_field_name="slug",
    )
    period = forms.ChoiceField(label=_("Period"), choices=KINDS, required=False)
    date = DayField(label=_("Any day of the period"), required=False)
    start = DayField(label=_("From"), required=False)
    end = DayField(label=_("To"), required=False)

    def __init__(self, *args, offices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = offices if offices is not None else Office.objects.all()
        # Unfiltered, the dashboard shows this month: the selector says so, and a change
        # of office submitted from it keeps the month rather than jumping to a week.
        self.fields["period"].initial = MONTH
        self.fields["date"].initial = local_today()

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

    def offices(self):
        """The offices of the <select>, read once."""
        return self.fields["office"].offices()

    def chosen_office(self):
        return self.cleaned_data.get("office") if self.is_valid() else None
