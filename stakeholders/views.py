from django.shortcuts import render
from django.views.decorators.http import require_GET

from infopoint.public_cache import public_page
from stakeholders import selectors
from stakeholders.filters import DirectoryFilter


@public_page
@require_GET
def directory(request):
    filterset = DirectoryFilter(request.GET, queryset=selectors.public_organisations())
    # An unknown kind shows the form error next to the whole directory, never a 500.
    organisations = filterset.qs if filterset.is_valid() else filterset.queryset
    return render(
        request,
        "stakeholders/directory.html",
        {"filter": filterset, "organisations": organisations},
    )


@public_page
@require_GET
def organisation(request, slug):
    return render(
        request,
        "stakeholders/organisation.html",
        {"organisation": selectors.public_organisation(slug)},
    )
