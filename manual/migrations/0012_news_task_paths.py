from django.db import migrations

# The news tasks moved from manual/news_tasks.py to manual/news/tasks.py. The task worker
# imports a queued task by the path stored in its row, so rows queued before the upgrade
# (a subscription confirmation waiting for the worker) are pointed at the new module.
OLD, NEW = "manual.news_tasks.", "manual.news.tasks."


def repoint(apps, old, new):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    for result in DBTaskResult.objects.filter(task_path__startswith=old).only("task_path"):
        result.task_path = new + result.task_path.removeprefix(old)
        result.save(update_fields=["task_path"])


def forwards(apps, schema_editor):
    repoint(apps, OLD, NEW)


def backwards(apps, schema_editor):
    repoint(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("manual", "0011_seed_related_terms"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
