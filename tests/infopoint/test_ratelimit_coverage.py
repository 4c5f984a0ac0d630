"""Every public URL that accepts a POST, and every public search, carries a rate limit
(`infopoint.ratelimit.ratelimit`), or is listed here with the reason it needs none."""

import pytest
from django.urls import resolve, reverse

from tests.infopoint.test_permissions import EXPECTATIONS, world  # noqa: F401

# URL name → why an anonymous POST to it needs no rate limit of its own.
POST_WITHOUT_LIMIT = {
    "admin:login": "limited by LoginRateLimitMiddleware (30 per 10 minutes per address) "
    "and axes' lockout, not by a decorator",
    "news:unsubscribe_one_click": "only ever ends a subscription named by a signed token",
    "news:unsubscribe": "only ever ends a subscription named by a signed token",
    "news:confirm": "only ever confirms the subscription named by a signed token",
    "news:rss": "a feed: Django's Feed view answers a POST like a GET and changes nothing",
    "news:atom": "a feed: Django's Feed view answers a POST like a GET and changes nothing",
    "sitemap": "the sitemap answers a POST like a GET and changes nothing",
}
# Searches: GET requests that run a full-text query.
SEARCHES = {"manual:search", "manual:suggest"}


def _public(name):
    row = EXPECTATIONS[name]
    return not row.skip and row.statuses and row.statuses["anonymous"] in (200, 405)


@pytest.mark.parametrize("name", sorted(name for name in EXPECTATIONS if _public(name)))
def test_a_public_url_that_takes_a_post_is_rate_limited(client, world, name):  # noqa: F811
    row = EXPECTATIONS[name]
    url = reverse(name, kwargs=row.url_kwargs(world))
    response = client.post(url, {})
    sent_to_login = response.status_code == 302 and reverse("admin:login") in response["Location"]
    accepts_post = response.status_code not in (403, 405) and not sent_to_login
    limit = getattr(resolve(url).func, "ratelimit", None)
    if not accepts_post or name in POST_WITHOUT_LIMIT:
        return
    assert limit and "POST" in limit["methods"], f"{name} takes POSTs without a rate limit"


@pytest.mark.parametrize("name", sorted(SEARCHES & set(EXPECTATIONS)))
def test_a_search_is_rate_limited(world, name):  # noqa: F811
    row = EXPECTATIONS[name]
    limit = getattr(resolve(reverse(name, kwargs=row.url_kwargs(world))).func, "ratelimit", None)
    assert limit and "GET" in limit["methods"], f"{name} runs searches without a rate limit"
