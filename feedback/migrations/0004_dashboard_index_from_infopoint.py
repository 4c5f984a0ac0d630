"""The index the monitoring dashboards read through on the invitations, made feedback's own
(infopoint's migration 0004 created it as `dashboard_invitation_answered_idx`): renamed
where it exists, built CONCURRENTLY on a fresh database; either way it ends up the same.
"""

from django.db import migrations, models
from django.db.models import Q

OLD, NEW = "dashboard_invitation_answered_idx", "invitation_answered_idx"


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("feedback", "0003_response_may_quote"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name="invitation",
                    index=models.Index(
                        condition=Q(answered_at__isnull=False),
                        fields=["answered_at"],
                        name=NEW,
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f"ALTER INDEX IF EXISTS {OLD} RENAME TO {NEW}",
                    f"ALTER INDEX IF EXISTS {NEW} RENAME TO {OLD}",
                ),
                migrations.RunSQL(
                    f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {NEW} ON feedback_invitation "
                    "(answered_at) WHERE answered_at IS NOT NULL",
                    migrations.RunSQL.noop,
                ),
            ],
        ),
    ]
