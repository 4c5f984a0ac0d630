from importlib import import_module

import pytest
from django.apps import apps
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db

migration = import_module("manual.migrations.0012_news_task_paths")


def queued(path):
    return DBTaskResult.objects.create(
        task_path=path,
        args_kwargs={"args": [1, []], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
    )


def test_a_confirmation_queued_by_the_old_path_runs_from_the_news_package():
    old = queued("manual.news_tasks.send_subscription_confirmation")
    other = queued("manual.tasks.refresh_search_vocabulary")

    migration.forwards(apps, None)

    old.refresh_from_db()
    assert old.task_path == "manual.news.tasks.send_subscription_confirmation"
    assert import_string(old.task_path).name == "send_subscription_confirmation"
    other.refresh_from_db()
    assert other.task_path == "manual.tasks.refresh_search_vocabulary"


def test_the_repointing_reverses():
    result = queued("manual.news.tasks.send_weekly_digest")

    migration.backwards(apps, None)

    result.refresh_from_db()
    assert result.task_path == "manual.news_tasks.send_weekly_digest"
