from django.db.models import Prefetch

from desk.models import Office, OpeningHours


def public_office():
    """The office shown in the site footer: the first public one, with its hours."""
    return (
        Office.objects.filter(is_public=True)
        .prefetch_related(Prefetch("opening_hours", queryset=OpeningHours.objects.all()))
        .first()
    )


def public_offices():
    return Office.objects.filter(is_public=True).prefetch_related("opening_hours")
