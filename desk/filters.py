"""Filters of the office queue (django-filter)."""

from datetime import timedelta

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models import Case, Channel, Status


class CaseFilter(django_filters.FilterSet):
    PERIODS = {
        "today": 0,
        "week": 7,
        "month": 30,
        "quarter": 91,
        "year": 365,
    }

    q = django_filters.CharFilter(
        label=_("Entrepreneur or reference"), method="filter_search", max_length=100
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    channel = django_filters.ChoiceFilter(label=_("Channel"), choices=Channel.choices)
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), field_name="topics", queryset=None, distinct=False
    )
    officer = django_filters.ModelChoiceFilter(label=_("Officer"), queryset=None)
    overdue = django_filters.BooleanFilter(
        label=_("Overdue"), method="filter_overdue", widget=forms.CheckboxInput
    )
    period = django_filters.ChoiceFilter(
        label=_("Opened"),
        method="filter_period",
        empty_label=_("any time"),
        choices=[
            ("today", _("today")),
            ("week", _("last 7 days")),
            ("month", _("last 30 days")),
            ("quarter", _("last 3 months")),
            ("year", _("last 12 months")),
        ],
    )

    class Meta:
        model = Case
        fields = ["q", "status", "channel", "topic", "officer", "overdue", "period"]

    def __init__(self, *args, offices=None, **kwargs):
        from manual.models import Topic

        super().__init__(*args, **kwargs)
        self.filters["topic"].queryset = Topic.objects.all()
        staff = get_user_model().objects.filter(is_staff=True, is_active=True)
        if offices is not None:
            staff = staff.filter(offices__in=offices).distinct()
        self.filters["officer"].queryset = staff.order_by("last_name", "first_name", "pk")

    def filter_search(self, queryset, name, value):
        value = value.replace("\x00", "").strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(reference__iexact=value)
            | Q(entrepreneur__name__icontains=value)
            | Q(entrepreneur__business_name__icontains=value)
            | Q(entrepreneur__inn__startswith=value)
            | Q(entrepreneur__email__iexact=value)
            | Q(entrepreneur__phone__contains=value.lstrip("+8").replace(" ", ""))
        )

    def filter_overdue(self, queryset, name, value):
        if value:
            return queryset.filter(Case.objects.overdue_q())
        return queryset

    def filter_period(self, queryset, name, value):
        days = self.PERIODS.get(value)
        if days is None:
            return queryset
        start = timezone.localdate() - timedelta(days=days)
        return queryset.filter(opened_at__date__gte=start)
