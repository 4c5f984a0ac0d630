from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def directory(request):
    return render(request, "stakeholders/directory.html")
