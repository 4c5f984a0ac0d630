from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def news(request):
    return render(request, "manual/news.html")
