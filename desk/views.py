from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from desk.models import Office  # noqa: F401
from desk.selectors import public_offices


@require_GET
def ask(request):
    return render(request, "desk/ask.html")


@require_GET
def office(request, slug):
    office = get_object_or_404(public_offices(), slug=slug)
    return render(request, "desk/office.html", {"office": office})


@require_GET
def offices(request):
    return render(request, "desk/offices.html", {"offices": public_offices()})
