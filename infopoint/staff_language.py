"""Which language to write to a member of staff in.

A municipal desk may employ officers who read English better than Russian. The
back-office follows the language of its address (/en/admin/…); the portal remembers the
one each member of staff last used it in, at login and when they switch, and writes its
e-mails to them in it (`language_of`), also from the task worker, where no request says
which. Someone who has never signed in gets the portal's default language.

The session keeps the language last recorded, so a page in the same language writes
nothing: the database is written once per login and once per switch.
"""

from django.conf import settings
from django.utils import translation

from infopoint.models import StaffLanguage

SESSION_KEY = "staff_language"
# The back-office's own screens (after the language prefix): a member of staff reading a
# public page in the other language has not switched the back-office.
BACK_OFFICE_PATHS = ("/admin/", "/desk/")


def language_of(user) -> str:
    """The language to write to `user` in. Load `staff_language` with the user
    (select_related) when writing to many."""
    try:
        return user.staff_language.language
    except StaffLanguage.DoesNotExist:
        return settings.LANGUAGE_CODE


def remember(user, language: str) -> None:
    """One upsert: the row is created at the first login and updated on each switch."""
    StaffLanguage.objects.bulk_create(
        [StaffLanguage(user=user, language=language)],
        update_conflicts=True,
        unique_fields=["user"],
        update_fields=["language", "updated_at"],
    )


def remember_at_login(sender, request, user, **kwargs):
    """Connected to user_logged_in: the language of the login page."""
    if not user.is_staff:
        return
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language not in dict(StaffLanguage.Language.choices):
        return
    remember(user, language)
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = language


def _back_office_path(path: str) -> bool:
    language_prefix = f"/{translation.get_language()}/"
    if path.startswith(language_prefix):
        path = path[len(language_prefix) - 1 :]
    return path.startswith(BACK_OFFICE_PATHS)


class StaffLanguageMiddleware:
    """Records a switch of the back-office's language (after LocaleMiddleware and
    AuthenticationMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = getattr(request, "LANGUAGE_CODE", None)
        # The path first: a public page must not load the session's user for this.
        if (
            _back_office_path(request.path_info)
            and language in dict(StaffLanguage.Language.choices)
            and request.user.is_authenticated
            and request.user.is_staff
            and request.session.get(SESSION_KEY) != language
        ):
            remember(request.user, language)
            request.session[SESSION_KEY] = language
        return self.get_response(request)
