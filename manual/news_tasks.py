"""The news tasks' import path before they moved to `manual.news.tasks`.

django-tasks stores a task's import path in its queued row, and a release rolls out while
the previous one still serves (docs/deploy.md): a confirmation queued under this path by
the previous release, before or during the roll-out, still runs through these names.
Delete this module in the release after next, once no queued row names it:

    SELECT count(*) FROM django_tasks_database_dbtaskresult
    WHERE task_path LIKE 'manual.news_tasks.%' AND status = 'READY';
"""

from manual.news.tasks import send_subscription_confirmation, send_weekly_digest

__all__ = ["send_subscription_confirmation", "send_weekly_digest"]
