from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from desk.selectors import public_office


def portal(request):
    """The footer's office and the language switch, on every page."""
    current = get_language()
    path = request.get_full_path()
    languages = [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
    return {"footer_office": public_office, "languages": languages, "DEMO": settings.DEMO}
