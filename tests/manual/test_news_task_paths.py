import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from manual.news import tasks
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_confirmation_queued_by_the_previous_release_still_runs():
    """The previous release queued its tasks under manual.news_tasks (see that module)."""
    subscriber = factories.SubscriberFactory()
    queued = DBTaskResult.objects.create(
        task_path="manual.news_tasks.send_subscription_confirmation",
        args_kwargs={"args": [], "kwargs": {"subscriber_id": subscriber.pk, "topic_ids": []}},
        backend_name="default",
        run_after=timezone.now(),
    )

    assert queued.task.func is tasks.send_subscription_confirmation.func
    queued.task.call(**queued.args_kwargs["kwargs"])

    assert [message.to for message in mail.outbox] == [[subscriber.email]]
