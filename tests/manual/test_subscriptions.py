import re
from datetime import timedelta

import pytest
from django.core import signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from manual.models import Subscriber
from manual.news import services
from tests import factories
from tests.fuzz import examples

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    """A request to /en/ leaves English active in the thread; reverse() would follow it."""
    with translation.override("ru"):
        yield


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def hiring():
    return factories.TopicFactory(slug="hiring", title="Найм", title_en="Hiring")


def _subscribe(client, email="anna@example.org", topics=(), **extra):
    data = {"email": email, "topics": [topic.pk for topic in topics], "consent": "on", **extra}
    return client.post(reverse("news:subscribe"), data)


def _link(message, name):
    path = re.search(rf"https?://[^/\s]+(/\S*/{name}/\S+/)", message.body)
    return path.group(1)


def _confirm_link(message):
    return re.search(r"https?://[^/\s]+(/\S*news/subscribe/confirm/\S+/)", message.body).group(1)


def test_subscribing_records_consent_and_sends_a_confirmation_link(client, hiring, mailoutbox):
    response = _subscribe(client, email="Anna@Example.org", topics=[hiring])
    assert response.status_code == 302
    assert response["Location"] == reverse("news:subscribe_sent")
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "anna@example.org"
    assert subscriber.consent_text_version == services.CONSENT_TEXT_VERSION
    assert subscriber.consented_at is not None
    assert subscriber.confirmed_at is None
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["anna@example.org"]
    assert "/news/subscribe/confirm/" in mailoutbox[0].body
    assert mailoutbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mailoutbox[0].extra_headers["List-Unsubscribe"].startswith("<http")


def test_the_subscription_starts_only_after_the_link_is_confirmed(client, hiring, mailoutbox):
    _subscribe(client, topics=[hiring])
    link = _confirm_link(mailoutbox[0])
    # Opening the link (as a mail scanner does) only shows the button.
    assert client.get(link).status_code == 200
    assert Subscriber.objects.get().confirmed_at is None
    response = client.post(link)
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.is_active
    assert list(subscriber.topics.all()) == [hiring]


def test_a_second_request_for_an_existing_address_changes_nothing_until_confirmed(
    client, hiring, mailoutbox
):
    other = factories.TopicFactory(slug="taxes")
    subscriber = factories.SubscriberFactory(email="anna@example.org", confirmed_at=timezone.now())
    subscriber.topics.add(hiring)
    _subscribe(client, topics=[other])
    assert list(subscriber.topics.all()) == [hiring]
    client.post(_confirm_link(mailoutbox[0]))
    assert list(subscriber.topics.all()) == [other]


def test_the_form_requires_consent_and_a_topic(client, hiring, mailoutbox):
    response = client.post(reverse("news:subscribe"), {"email": "anna@example.org"})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"topics", "consent"}
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_a_filled_honeypot_is_thanked_but_ignored(client, hiring, mailoutbox):
    response = _subscribe(client, topics=[hiring], website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


@settings(
    max_examples=examples("public"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(email=st.text(max_size=80), website=st.text(max_size=20))
def test_the_form_never_fails_on_odd_input(client, hiring, email, website):
    response = client.post(
        reverse("news:subscribe"),
        {"email": email, "topics": [hiring.pk], "consent": "on", "website": website},
    )
    assert response.status_code in {200, 302}


def test_a_tampered_confirmation_link_gets_a_friendly_page(client, hiring, mailoutbox):
    _subscribe(client, topics=[hiring])
    link = _confirm_link(mailoutbox[0])
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]
    for method in (client.get, client.post):
        response = method(tampered)
        assert response.status_code == 400
        assert response.templates[0].name == "manual/subscription_invalid.html"
        assert 'href="/news/subscribe/"' in response.text
    assert Subscriber.objects.get().confirmed_at is None


def test_an_expired_confirmation_link_is_refused(client, hiring, mailoutbox, monkeypatch):
    _subscribe(client, topics=[hiring])
    link = _confirm_link(mailoutbox[0])
    later = timezone.now() + services.CONFIRM_MAX_AGE + timedelta(minutes=1)
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    assert client.post(link).status_code == 400
    assert Subscriber.objects.get().confirmed_at is None


def test_a_confirmation_token_is_no_unsubscribe_token(client):
    subscriber = factories.SubscriberFactory(confirmed_at=timezone.now())
    token = services.confirm_token(subscriber, [])
    assert client.post(reverse("news:unsubscribe", args=[token])).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.is_active


def test_the_unsubscribe_link_asks_then_unsubscribes(client):
    subscriber = factories.SubscriberFactory(confirmed_at=timezone.now())
    url = reverse("news:unsubscribe", args=[services.unsubscribe_token(subscriber)])
    assert client.get(url).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.is_active
    assert client.post(url).status_code == 200
    subscriber.refresh_from_db()
    assert not subscriber.is_active


def test_one_click_unsubscribe_works_without_a_csrf_token():
    from django.test import Client

    subscriber = factories.SubscriberFactory(confirmed_at=timezone.now())
    url = reverse("news:unsubscribe_one_click", args=[services.unsubscribe_token(subscriber)])
    client = Client(enforce_csrf_checks=True)
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None


def test_the_unsubscribe_page_itself_keeps_its_csrf_protection():
    from django.test import Client

    subscriber = factories.SubscriberFactory(confirmed_at=timezone.now())
    url = reverse("news:unsubscribe", args=[services.unsubscribe_token(subscriber)])
    assert Client(enforce_csrf_checks=True).post(url).status_code == 403


def test_tampered_and_expired_unsubscribe_links_are_refused(client, monkeypatch):
    subscriber = factories.SubscriberFactory(confirmed_at=timezone.now())
    token = services.unsubscribe_token(subscriber)
    assert client.post(reverse("news:unsubscribe", args=[token + "x"])).status_code == 400
    later = timezone.now() + services.UNSUBSCRIBE_MAX_AGE + timedelta(days=1)
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    assert client.post(reverse("news:unsubscribe_one_click", args=[token])).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.is_active


def test_export_returns_everything_kept_about_the_address(hiring):
    subscriber = factories.SubscriberFactory(email="anna@example.org", confirmed_at=timezone.now())
    subscriber.topics.add(hiring)
    data = services.subscriber_export(email="ANNA@example.org")
    assert data["email"] == "anna@example.org"
    assert data["topics"] == ["hiring"]
    assert data["consent_text_version"] == "2026-11"
    assert services.subscriber_export(email="nobody@example.org") is None


def test_erase_removes_the_subscriber_and_its_history(hiring, capsys):
    subscriber = factories.SubscriberFactory(email="anna@example.org")
    subscriber.topics.add(hiring)
    subscriber.confirmed_at = timezone.now()
    subscriber.save()
    token = services.unsubscribe_token(subscriber)
    assert Subscriber.pgh_event_model.objects.filter(pgh_obj_id=subscriber.pk).exists()
    call_command("erase_subscriber", "anna@example.org")
    assert "erased" in capsys.readouterr().out
    assert not Subscriber.objects.exists()
    assert not Subscriber.pgh_event_model.objects.filter(email="anna@example.org").exists()
    with pytest.raises(services.InvalidLink):
        services.subscriber_for_unsubscribe(token)
