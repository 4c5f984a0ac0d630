"""What the load generator needs: logged-in sessions, a CSRF secret and the pages."""

import importlib.util
from datetime import timedelta
from importlib import import_module
from pathlib import Path
from urllib.parse import quote_plus

from django.conf import settings
from django.utils import timezone, translation

from benchmarks.words import EXTRA_QUERIES, QUESTIONS, RARE_QUERIES

BASE_DIR = Path(__file__).resolve().parents[1]


def static_path():
    from django.contrib.staticfiles.storage import staticfiles_storage

    return staticfiles_storage.url("bootstrap/css/bootstrap.min.css")


def _session_for(user):
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.set_expiry(24 * 60 * 60)
    store.create()
    return store.session_key


def _visitor_session():
    """An anonymous visitor's session, as a checklist or a form's answer leaves one."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store["visitor"] = True
    store.set_expiry(24 * 60 * 60)
    store.create()
    return store.session_key


def logins(world):
    from django.utils.crypto import get_random_string

    return {
        "sessions": {
            "officer": _session_for(world["officer"]),
            "colleague": _session_for(world["colleague"]),
            "head": _session_for(world["head"]),
            "visitor": _visitor_session(),
        },
        # A CSRF secret travels as cookie and header: Django accepts the unmasked secret.
        "csrf": get_random_string(32),
        "writers": writers(world),
    }


def writers(world):
    """Who writes while the staff screens are measured under writes (benchmarks.run.Writer):
    one officer per office, with intakes in their office, notes on its open cases and status
    changes of their cases in progress (to waiting and back). The first office's writer is
    the measured officer's colleague, so the measured queue and case see the changes."""
    from django.contrib.auth import get_user_model

    from desk.models import Case

    User = get_user_model()
    offices, officers = world["office_ids"], world["officer_ids"]
    result = []
    for number, office_id in enumerate(offices):
        index = number + len(offices) if number + len(offices) < len(officers) else number
        writer = User.objects.get(pk=officers[index])
        cases = Case.objects.filter(office_id=office_id).open().order_by("-opened_at")
        in_progress = cases.filter(status=Case.Status.IN_PROGRESS, officer=writer)
        result.append(
            {
                "office": office_id,
                "session": _session_for(writer),
                "note_cases": list(cases.values_list("pk", flat=True)[:20]),
                "status_cases": list(in_progress.values_list("pk", flat=True)[:10]),
            }
        )
    with translation.override(settings.LANGUAGE_CODE):
        paths = {
            "intake": _reverse("desk:intake"),
            "note": _reverse("desk:case_note", pk=0).replace("/0/", "/{pk}/"),
            "status": _reverse("desk:case_status", pk=0).replace("/0/", "/{pk}/"),
        }
    return {"paths": paths, "offices": result, "question": QUESTIONS[1]}


def every_officer(world):
    """(session cookie, their newest open case) of every officer: the staff screens under
    writes are asked by all of them in turn."""
    from django.contrib.auth import get_user_model

    from desk.models import Case

    result = []
    for user in get_user_model().objects.filter(pk__in=world["officer_ids"]).order_by("pk"):
        case = Case.objects.filter(officer=user).open().order_by("-opened_at").first()
        cookie = f"{settings.SESSION_COOKIE_NAME}={_session_for(user)}"
        result.append((cookie, case.pk if case else None))
    return result


def search_queries():
    """The manual's search-quality set, variations of it, then common and rare terms:
    at least 200 realistic queries in Russian and English."""
    queries = []
    path = BASE_DIR / "tests" / "manual" / "search_queries.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("bench_search_queries", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        queries = [(query, language) for query, language, *_rest in module.QUERIES]
    queries += EXTRA_QUERIES
    variations = []
    for query, language in queries:
        words = query.split()
        if len(words) > 1:
            variations.append((words[0], language))
            variations.append((" ".join(words[-2:]), language))
        variations.append((query.lower().rstrip("?"), language))
    queries += variations
    queries += RARE_QUERIES
    unique = list(dict.fromkeys((query.strip(), language) for query, language in queries))
    return [(query, language) for query, language in unique if query]


def _localised(path, language):
    return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"


def _reverse(name, **kwargs):
    """A page's path, or None when its view does not exist yet (the page is left out)."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None


def pages(world, result):
    from desk.models import Case
    from manual.models import Article

    sessions, csrf = result["sessions"], result["csrf"]
    officer = world["officer"]
    with translation.override(settings.LANGUAGE_CODE):
        public = Article.objects.public().filter(published_en__isnull=False)
        article = public.filter(slug="ip-registration").first() or public.order_by("pk").first()
        article_path = article and _reverse("manual:article", slug=article.slug)
        case = (
            Case.objects.filter(office_id=world["office_ids"][0], officer=officer)
            .open()
            .order_by("-opened_at")
            .first()
        )
        search_path = _reverse("manual:search")
        dashboard_path = _reverse("dashboards:index")
        # One office, one month: the last complete month.
        month = (timezone.localdate().replace(day=1) - timedelta(days=1)).replace(day=15)
        month = month.isoformat()
        first_office = world["offices"][0]
        every = every_officer(world)
        intake_body = (
            f"question={quote_plus(QUESTIONS[0])}&channel=walk_in&office={first_office.pk}"
            "&idempotency_key=00000000-0000-4000-8000-{n}"
        )
        result_pages = [
            {"name": "static", "role": "static", "path": static_path()},
            {"name": "fortunes", "role": "fortunes", "path": "/bench/fortunes"},
            # "Fresh" pages: the same requests to the server whose page cache is off.
            {"name": "home", "role": "home", "path": _reverse("home"), "server": "fresh"},
            {"name": "article", "role": "article", "path": article_path, "server": "fresh"},
            {
                "name": "directory",
                "role": "directory",
                "path": _reverse("stakeholders:directory"),
                "server": "fresh",
            },
            {
                "name": "search",
                "role": "search",
                "path": search_path,
                "script": "rotate.lua",
                "paths": [
                    f"{_localised(search_path, language)}?q={quote_plus(query)}"
                    for query, language in search_queries()
                ]
                if search_path
                else [],
            },
            {
                "name": "queue",
                "role": "queue",
                "path": _reverse("desk:my_queue"),
                "cookies": {settings.SESSION_COOKIE_NAME: sessions["officer"]},
            },
            {
                "name": "case",
                "role": "case",
                "path": _reverse("desk:case", pk=case.pk) if case else None,
                "cookies": {settings.SESSION_COOKIE_NAME: sessions["officer"]},
            },
            # The same two screens while the writers write (benchmarks.run.Writer), and
            # the first view after a colleague's note on the measured case.
            {
                "name": "queue_writes",
                "role": "queue_writes",
                "path": _reverse("desk:my_queue"),
                "cookies": {settings.SESSION_COOKIE_NAME: sessions["officer"]},
                "writes": True,
                "changed_case": case.pk if case else None,
                "script": "officers.lua",
                "paths": [f"{_reverse('desk:my_queue')}\t{cookie}" for cookie, _case in every],
            },
            {
                "name": "case_writes",
                "role": "case_writes",
                "path": _reverse("desk:case", pk=case.pk) if case else None,
                "cookies": {settings.SESSION_COOKIE_NAME: sessions["officer"]},
                "writes": True,
                "changed_case": case.pk if case else None,
                "script": "officers.lua",
                "paths": [
                    f"{_reverse('desk:case', pk=pk)}\t{cookie}" for cookie, pk in every if pk
                ],
            },
            {
                "name": "dashboard",
                "role": "dashboard",
                "path": dashboard_path
                and f"{dashboard_path}?office={first_office.slug}&period=month&date={month}",
                "cookies": {settings.SESSION_COOKIE_NAME: sessions["head"]},
            },
            {
                "name": "intake",
                "role": "intake",
                "path": _reverse("desk:intake"),
                "method": "POST",
                "script": "post.lua",
                "body": intake_body,
                "expect": 302,
                "cookies": {
                    settings.SESSION_COOKIE_NAME: sessions["colleague"],
                    settings.CSRF_COOKIE_NAME: csrf,
                },
                "headers": [f"X-CSRFToken: {csrf}"],
            },
            {"name": "home_cached", "role": "home_cached", "path": _reverse("home")},
            {"name": "article_cached", "role": "article_cached", "path": article_path},
            {
                "name": "directory_cached",
                "role": "directory_cached",
                "path": _reverse("stakeholders:directory"),
            },
        ]
    # The public pages with the page cache off but the fragments on: a visitor with a
    # session (a checklist, say), whom the page cache never serves. Against the "fresh"
    # pages (the server without the page cache, so without fragments too), they are the
    # fragments' figure; search on that server is search without its kept rankings.
    visitor = {settings.SESSION_COOKIE_NAME: result["sessions"]["visitor"]}
    public = {page["name"]: page for page in result_pages}
    result_pages += [
        {**public[name], "name": f"{name}_fragments", "server": "main", "cookies": visitor}
        for name in ("home", "article", "directory")
    ]
    result_pages.append({**public["search"], "name": "search_fresh", "server": "fresh"})
    return result_pages
