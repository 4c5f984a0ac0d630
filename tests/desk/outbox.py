"""Test helpers for the desk's e-mail outbox: run the queued tasks as a worker would."""

from django.db.models import Q
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max


def run_queued_tasks(*, now=None):
    """Run every ready task whose run_after has come, like one pass of `db_worker`;
    returns the return values in order."""
    now = now or timezone.now()
    results = []
    ready = DBTaskResult.objects.filter(status=TaskResultStatus.READY).filter(
        Q(run_after=get_date_max()) | Q(run_after__lte=now)
    )
    for row in ready.order_by("enqueued_at"):
        args_kwargs = row.args_kwargs
        value = row.task.call(*args_kwargs["args"], **args_kwargs["kwargs"])
        row.set_successful(value)
        results.append(value)
    return results
