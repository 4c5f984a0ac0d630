"""Rate limits: counted per client address (Redis, or their own table), 429 with Retry-After."""

import time

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import resolve, reverse

from infopoint import ratelimit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("ratelimits_on")]


@pytest.fixture
def ratelimits_on():
    with override_settings(RATELIMIT_ENABLED=True):
        yield


@ratelimit.ratelimit(group="test-ask", rate="3/m")
def ask(request):
    return HttpResponse("stored")


def _post(address, **meta):
    request = RequestFactory().post("/ask/", REMOTE_ADDR=address, **meta)
    return ask(request)


def test_it_answers_429_with_retry_after_once_the_limit_is_reached():
    assert [_post("198.51.100.1").status_code for _ in range(3)] == [200, 200, 200]
    response = _post("198.51.100.1")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "попробуйте снова через 1 минуту" in response.content.decode()


def test_the_page_speaks_english_under_en():
    from django.utils import translation

    with translation.override("en"):
        for _ in range(4):
            response = _post("198.51.100.6")
    assert "Too many requests — try again in 1 minute." in response.content.decode()


def test_each_address_has_its_own_count():
    for _ in range(4):
        _post("198.51.100.1")
    assert _post("198.51.100.2").status_code == 200


def test_get_requests_do_not_count_against_a_post_limit():
    for _ in range(5):
        assert ask(RequestFactory().get("/ask/", REMOTE_ADDR="198.51.100.3")).status_code == 200
    assert _post("198.51.100.3").status_code == 200


def test_it_is_off_when_disabled():
    with override_settings(RATELIMIT_ENABLED=False):
        assert all(_post("198.51.100.4").status_code == 200 for _ in range(6))


def test_without_redis_the_counter_lives_in_its_table():
    from infopoint.models import RateCounter

    before = RateCounter.objects.count()
    _post("198.51.100.5")
    assert RateCounter.objects.count() == before + 1
    assert ratelimit.count_hit("probe", 60) == 1
    assert ratelimit.count_hit("probe", 60) == 2


def test_expired_windows_are_deleted_every_few_minutes(monkeypatch):
    from django.utils import timezone

    from infopoint.models import RateCounter

    RateCounter.objects.create(key="rl:old", count=3, expires=timezone.now())
    monkeypatch.setattr(ratelimit, "_purged_at", time.monotonic())
    ratelimit.count_hit("rl:probe:60:9:y", 60)
    assert RateCounter.objects.filter(key="rl:old").exists()  # purged a moment ago
    monkeypatch.setattr(ratelimit, "_purged_at", float("-inf"))
    ratelimit.count_hit("rl:probe:60:9:y", 60)
    assert not RateCounter.objects.filter(key="rl:old").exists()
    assert RateCounter.objects.get(key="rl:probe:60:9:y").count == 2


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_the_forwarded_client_counts():
    for number in range(4):
        forwarded = f"203.0.113.{number}, 198.51.100.9"  # the left part is forgeable
        response = _post("10.0.0.5", HTTP_X_FORWARDED_FOR=forwarded)
    assert response.status_code == 429
    assert _post("10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.10").status_code == 200


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_forwarded_headers_from_an_untrusted_peer_are_ignored():
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert ratelimit.client_ip(request) == "198.51.100.7"


def test_it_reads_rates_with_a_count_of_units():
    assert ratelimit.parse_rate("10/m") == (10, 60)
    assert ratelimit.parse_rate("30/10m") == (30, 600)
    with pytest.raises(ImproperlyConfigured):
        ratelimit.parse_rate("ten per minute")


def test_login_posts_are_limited_per_address(client, admin_user):
    with override_settings(AXES_ENABLED=False):
        limit, _period = ratelimit.parse_rate(ratelimit.LOGIN_RATE)
        for _ in range(limit):
            client.post(reverse("admin:login"), {"username": "x", "password": "y"})
        response = client.post(reverse("admin:login"), {"username": "x", "password": "y"})
    assert response.status_code == 429
    assert "Retry-After" in response


def test_a_public_form_answers_429_after_its_limit(client):
    url = reverse("feedback:site")
    limit = ratelimit.parse_rate(resolve(url).func.ratelimit["rate"])[0]
    answers = [client.post(url, {"message": ""}).status_code for _ in range(limit + 1)]
    assert 429 not in answers[:limit]
    assert answers[-1] == 429
    assert client.get(url).status_code == 200  # reading the form is not limited


def test_each_window_counts_from_one_without_redis(django_assert_num_queries):
    """A new window starts again from one; an old window's counter is left to expire."""
    assert ratelimit.count_hit("rl:probe:60:1:x", 60) == 1
    assert ratelimit.count_hit("rl:probe:60:1:x", 60) == 2
    assert ratelimit.count_hit("rl:probe:60:2:x", 60) == 1
    assert ratelimit.count_hit("rl:probe:60:1:x", 60) == 3
    # one upsert (the expired windows were purged a moment ago)
    with django_assert_num_queries(1):
        assert ratelimit.count_hit("rl:probe:60:1:x", 60) == 4


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_count_does_not_wait_for_the_disk():
    """A request's count is its own transaction, committed without waiting for the WAL;
    the setting ends with it, and a transaction around the count keeps its own."""
    from django.db import connection, transaction

    def synchronous_commit():
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            return cursor.fetchone()[0]

    assert ratelimit.count_hit("rl:probe:60:1:async", 60) == 1
    assert ratelimit.count_hit("rl:probe:60:1:async", 60) == 2
    assert synchronous_commit() == "on"
    with transaction.atomic():
        assert ratelimit.count_hit("rl:probe:60:1:async", 60) == 3
        assert synchronous_commit() == "on"
