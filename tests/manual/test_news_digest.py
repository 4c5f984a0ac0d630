from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from manual.models import DigestItem
from manual.news import services
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    """A request to /en/ leaves English active in the thread; reverse() would follow it."""
    with translation.override("ru"):
        yield


@pytest.fixture
def hiring():
    return factories.TopicFactory(slug="hiring", title="Найм", title_en="Hiring")


@pytest.fixture
def taxes():
    return factories.TopicFactory(slug="taxes", title="Налоги", title_en="Taxes")


def _subscriber(email, topics, *, confirmed=True, unsubscribed=False, language="ru"):
    now = timezone.now()
    subscriber = factories.SubscriberFactory(
        email=email,
        language=language,
        confirmed_at=now - timedelta(days=1) if confirmed else None,
        unsubscribed_at=now if unsubscribed else None,
    )
    subscriber.topics.set(topics)
    return subscriber


def _news(title, topic, **kwargs):
    item = factories.NewsItemFactory(title=title, **kwargs)
    item.topics.add(topic)
    return item


def test_only_confirmed_subscribers_of_the_topic_get_the_digest(hiring, taxes, mailoutbox):
    _subscriber("hiring@example.org", [hiring])
    _subscriber("taxes@example.org", [taxes])
    _subscriber("pending@example.org", [hiring], confirmed=False)
    _subscriber("gone@example.org", [hiring], unsubscribed=True)
    _news("Субсидия на найм", hiring)
    assert services.digest_send_all() == 1
    assert [message.to for message in mailoutbox] == [["hiring@example.org"]]
    message = mailoutbox[0]
    assert "Субсидия на найм" in message.body
    assert "/news/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe"].endswith("/one-click/>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_second_run_sends_nothing_twice(hiring, mailoutbox):
    subscriber = _subscriber("anna@example.org", [hiring])
    _news("Новость один", hiring)
    factories.EventFactory(title="Ярмарка вакансий").topics.add(hiring)
    assert services.digest_send_all() == 1
    assert DigestItem.objects.filter(subscriber=subscriber).count() == 2
    assert services.digest_send_all() == 0
    # Even when the last-digest mark is lost, the record of what was sent holds.
    subscriber.refresh_from_db()
    subscriber.last_digest_at = None
    subscriber.save(update_fields=["last_digest_at"])
    assert services.digest_send_all() == 0
    _news("Новость два", hiring)
    assert services.digest_send_all() == 1
    assert "Новость два" in mailoutbox[-1].body
    assert "Новость один" not in mailoutbox[-1].body


def test_the_digest_carries_events_and_speaks_the_subscribers_language(hiring, mailoutbox):
    _subscriber("en@example.org", [hiring], language="en")
    event = factories.EventFactory(title="Ярмарка", title_en="Job fair")
    event.topics.add(hiring)
    past = factories.EventFactory(
        title="Прошло", title_en="Over", starts_at=timezone.now() - timedelta(days=2)
    )
    past.topics.add(hiring)
    services.digest_send_all()
    body = mailoutbox[0].body
    assert "Job fair" in body
    assert "Over" not in body
    assert "/en/events/" in body


def test_the_digest_includes_updated_public_articles_of_the_topic(hiring, mailoutbox):
    _subscriber("anna@example.org", [hiring])
    article = factories.published_article(
        slug="first-employee",
        ru=factories.revision_text("Как нанять первого сотрудника"),
        topics=[hiring],
    )
    services.digest_send_all()
    assert article.get_absolute_url() in mailoutbox[0].body


def test_the_command_enqueues_the_weekly_digest(capsys):
    from django_tasks_db.models import DBTaskResult

    call_command("send_digest")
    assert "enqueued" in capsys.readouterr().out
    assert DBTaskResult.objects.filter(task_path__endswith="send_weekly_digest").count() == 1


def test_a_failing_address_does_not_stop_the_others(hiring, mailoutbox, monkeypatch):
    first = _subscriber("broken@example.org", [hiring])
    _subscriber("fine@example.org", [hiring])
    _news("Новость", hiring)
    real_send = services._send

    def send(subscriber, **kwargs):
        if subscriber.pk == first.pk:
            raise ConnectionError("mail server refused")
        return real_send(subscriber, **kwargs)

    monkeypatch.setattr(services, "_send", send)
    assert services.digest_send_all() == 1
    assert [message.to for message in mailoutbox] == [["fine@example.org"]]
    assert not DigestItem.objects.filter(subscriber=first).exists()
