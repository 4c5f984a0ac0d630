"""The indexes the monitoring dashboards read through on the desk's tables, made the desk's
own (they were created by infopoint's migration 0004 under `dashboard_*` names).

A database that ran infopoint 0004 has them: they are renamed, which takes a brief lock
and reads no rows. A fresh database (infopoint 0004 creates nothing any more) builds them
here, CONCURRENTLY, outside a transaction, as the tables may already be big
(tests/infopoint/test_migrations_online.py). Either way they end up the same.
"""

from django.db import migrations, models
from django.db.models import Q

# (old name, new name, definition)
INDEXES = [
    ("dashboard_case_updated_idx", "case_updated_idx", "desk_case (updated_at)"),
    (
        "dashboard_case_open_idx",
        "case_open_due_idx",
        "desk_case (office_id) INCLUDE (resolution_due, first_answer_due, first_answer_at) "
        "WHERE status IN ('new', 'in_progress', 'waiting_entrepreneur', 'waiting_partner')",
    ),
    (
        "dashboard_referral_answered_idx",
        "referral_answered_idx",
        "desk_referral (answered_at) WHERE answered_at IS NOT NULL",
    ),
]


def _database_operations():
    for old, new, definition in INDEXES:
        yield migrations.RunSQL(
            f"ALTER INDEX IF EXISTS {old} RENAME TO {new}",
            f"ALTER INDEX IF EXISTS {new} RENAME TO {old}",
        )
        yield migrations.RunSQL(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {new} ON {definition}",
            migrations.RunSQL.noop,
        )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("desk", "0008_referral_withdrawn"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name="case",
                    index=models.Index(fields=["updated_at"], name="case_updated_idx"),
                ),
                migrations.AddIndex(
                    model_name="case",
                    index=models.Index(
                        condition=Q(
                            status__in=[
                                "new",
                                "in_progress",
                                "waiting_entrepreneur",
                                "waiting_partner",
                            ]
                        ),
                        fields=["office"],
                        include=["resolution_due", "first_answer_due", "first_answer_at"],
                        name="case_open_due_idx",
                    ),
                ),
                migrations.AddIndex(
                    model_name="referral",
                    index=models.Index(
                        condition=Q(answered_at__isnull=False),
                        fields=["answered_at"],
                        name="referral_answered_idx",
                    ),
                ),
            ],
            database_operations=list(_database_operations()),
        ),
    ]
