"""The anonymous page cache (infopoint/public_cache.py)."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse

from infopoint import public_cache
from tests import factories

pytestmark = pytest.mark.django_db

# The article's forms (vote, checklist) carry the visitor's token.
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


@pytest.fixture
def article(db):
    return factories.published_article(
        slug="ip-registration",
        en=factories.revision_text("Registering as a sole proprietor"),
    )


def _hit(response):
    return response.headers.get("X-Public-Cache") == "hit"


def _token_secret(response):
    return public_cache.unmask_token(TOKEN.search(response.content.decode()).group(1))


def test_an_anonymous_visitors_second_request_is_served_from_the_cache_without_queries(
    cached, article, client, django_assert_num_queries
):
    url = article.get_absolute_url()
    first = client.get(url)
    assert first.status_code == 200
    assert not _hit(first)

    with django_assert_num_queries(0):
        second = client.get(url)

    assert second.status_code == 200
    assert _hit(second)
    assert "Registering" not in second.content.decode()
    assert article.published_ru.title in second.content.decode()


def test_a_cached_page_carries_each_visitors_own_csrf_token_and_its_forms_still_post(
    cached, article, client
):
    url = article.get_absolute_url()
    client.get(url)
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get(url)

    assert _hit(page)
    assert public_cache.CSRF_MARKER not in page.content
    secret = visitor.cookies[settings.CSRF_COOKIE_NAME].value
    assert _token_secret(page) == secret
    assert _token_secret(page) != client.cookies[settings.CSRF_COOKIE_NAME].value
    token = TOKEN.search(page.content.decode()).group(1)
    vote = visitor.post(
        reverse("feedback:article_vote", kwargs={"article_id": article.pk}),
        {"csrfmiddlewaretoken": token, "helpful": "yes", "comment": "", "website": ""},
    )
    assert vote.status_code != 403
    assert article.votes.count() == 1


def test_a_post_with_another_visitors_token_from_a_cached_page_is_refused(cached, article, client):
    url = article.get_absolute_url()
    stolen = TOKEN.search(client.get(url).content.decode()).group(1)
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(url)

    vote = visitor.post(
        reverse("feedback:article_vote", kwargs={"article_id": article.pk}),
        {"csrfmiddlewaretoken": stolen, "helpful": "yes"},
    )

    assert vote.status_code == 403


def test_logged_in_users_never_get_cached_pages_and_never_fill_the_cache(
    cached, article, client, officer
):
    url = article.get_absolute_url()
    staff = Client()
    staff.force_login(officer)

    assert not _hit(staff.get(url))
    assert not _hit(client.get(url))  # the officer's page was not stored
    assert _hit(client.get(url))
    assert not _hit(staff.get(url))


def test_a_staff_post_to_the_back_office_bumps_the_generation_and_the_next_get_is_fresh(
    cached, client, admin_user
):
    partner = factories.OrganisationFactory(slug="chamber", name="Палата старая")
    url = reverse("stakeholders:directory")
    client.get(url)
    assert _hit(client.get(url))
    generation = public_cache.current_generation()
    admin = Client()
    admin.force_login(admin_user)
    form = admin.get(reverse("admin:stakeholders_organisation_change", args=[partner.pk]))
    data = {
        field.name: field.value() if field.value() is not None else ""
        for field in form.context["adminform"].form
    }
    data.update(
        {
            key: value
            for formset in form.context["inline_admin_formsets"]
            for key, value in formset.formset.management_form.initial.items()
            for key in [f"{formset.formset.prefix}-{key}"]
        }
    )
    data["name"] = "Палата новая"

    response = admin.post(
        reverse("admin:stakeholders_organisation_change", args=[partner.pk]), data
    )

    assert response.status_code == 302, response.context and response.context.get("errors")
    assert public_cache.current_generation() != generation
    fresh = client.get(url)
    assert not _hit(fresh)
    assert "Палата новая" in fresh.content.decode()


def test_a_staff_login_does_not_empty_the_cache(cached, client, admin_user):
    url = reverse("home")
    client.get(url)
    generation = public_cache.current_generation()
    admin_user.set_password("a long password 42")
    admin_user.save()

    Client().post(reverse("admin:login"), {"username": "admin", "password": "a long password 42"})

    assert public_cache.current_generation() == generation
    assert _hit(client.get(url))


def test_deleting_the_generation_key_invalidates_every_process_within_the_check_interval(
    cached, client, settings
):
    url = reverse("home")
    client.get(url)
    assert _hit(client.get(url))

    cache.delete(settings.PUBLIC_CACHE_GENERATION_KEY)  # e.g. publish_scheduled
    assert _hit(client.get(url))  # this process has not looked again yet
    settings.PUBLIC_CACHE_CHECK_SECONDS = 0

    assert not _hit(client.get(url))


def test_each_language_has_its_own_cached_page(cached, client):
    client.get("/")
    client.get("/en/")

    russian, english = client.get("/"), client.get("/en/")

    assert _hit(russian)
    assert _hit(english)
    assert '<html lang="ru">' in russian.content.decode()
    assert '<html lang="en">' in english.content.decode()


def test_the_query_string_is_part_of_the_key(cached, client):
    client.get("/partners/")
    assert not _hit(client.get("/partners/?kind=bank"))
    assert _hit(client.get("/partners/?kind=bank"))


def test_htmx_requests_and_pages_outside_the_allow_list_are_not_cached(cached, client):
    client.get("/")
    assert not _hit(client.get("/", headers={"HX-Request": "true"}))
    client.get(reverse("desk:offices"))
    assert not _hit(client.get(reverse("desk:offices")))


def _middleware_with(response_factory):
    calls = []

    def get_response(request):
        request.resolver_match = resolve(request.path_info)
        calls.append(request)
        return response_factory(request)

    return public_cache.PublicCacheMiddleware(get_response), calls


def _get(path="/"):
    request = RequestFactory().get(path)
    request.session = type("Session", (), {"modified": False})()
    return request


def test_responses_that_set_a_cookie_are_not_cached(cached, db):
    def with_cookie(request):
        response = HttpResponse("page")
        response.set_cookie("messages", "hello")
        return response

    middleware, calls = _middleware_with(with_cookie)
    middleware(_get())
    middleware(_get())

    assert len(calls) == 2


def test_responses_that_changed_the_session_or_are_private_are_not_cached(cached, db):
    def touching_session(request):
        request.session.modified = True
        return HttpResponse("page")

    def private(request):
        response = HttpResponse("page")
        response["Cache-Control"] = "private"
        return response

    for view in (touching_session, private):
        middleware, calls = _middleware_with(view)
        middleware(_get())
        middleware(_get())
        assert len(calls) == 2, view.__name__


def test_a_plain_public_response_is_cached_by_the_same_middleware(cached, db):
    middleware, calls = _middleware_with(lambda request: HttpResponse("page"))
    middleware(_get())

    response = middleware(_get())

    assert len(calls) == 1
    assert response.content == b"page"


def test_article_views_served_from_the_cache_still_count(cached, article, client, settings):
    settings.PUBLIC_CACHE_VIEW_FLUSH_SECONDS = 0
    url = article.get_absolute_url()

    for _visit in range(3):
        client.get(url)

    article.refresh_from_db()
    assert article.view_count == 3


def test_pages_that_are_never_cached_cost_no_extra_query(cached, client, settings):
    url = reverse("desk:offices")
    client.get(url)
    with CaptureQueriesContext(connection) as with_cache:
        client.get(url)
    settings.PUBLIC_CACHE_ENABLED = False
    with CaptureQueriesContext(connection) as without_cache:
        client.get(url)

    # Fewer, if anything: the footer's office comes from a fragment (test_public_fragments).
    assert len(with_cache) <= len(without_cache)


def test_a_page_whose_address_carries_a_token_shaped_string_is_not_cached(cached, client):
    url = "/partners/?q=" + "a1" * 32

    client.get(url)

    assert not _hit(client.get(url))


@pytest.mark.django_db
def test_a_thousand_visitors_counters_do_not_evict_the_generation(cached):
    """On the database cache, Django's default of 300 entries culled the keys that sort
    first — the generation among them — whenever the table filled up."""
    if not settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache"):
        pytest.skip("Redis evicts by its own policy (maxmemory), not by key order")
    generation = public_cache.current_generation()

    cache.set_many({f"ratelimit:search:10.0.{n // 256}.{n % 256}": 1 for n in range(1000)})
    for n in range(20):  # culling runs on a set once the table is over its limit
        cache.add(f"ratelimit:ask:10.1.0.{n}", 1)

    assert cache.get(settings.PUBLIC_CACHE_GENERATION_KEY) == generation
