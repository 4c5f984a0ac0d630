import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from stakeholders.models import Organisation


class DirectoryFilter(django_filters.FilterSet):
    """The public directory's search box and kind filter."""

    q = django_filters.CharFilter(method="search", label=_("Search"), max_length=100)
    kind = django_filters.ChoiceFilter(
        choices=Organisation.Kind.choices, label=_("Kind"), empty_label=_("All kinds")
    )

    class Meta:
        model = Organisation
        fields = ["q", "kind"]

    def search(self, queryset, name, value):
        value = value.replace("\x00", "").strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name__icontains=value)
            | Q(name_en__icontains=value)
            | Q(description__icontains=value)
            | Q(description_en__icontains=value)
            | Q(services__icontains=value)
            | Q(services_en__icontains=value)
        )
