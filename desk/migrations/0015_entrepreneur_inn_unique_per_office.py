"""An INN is unique within the office that keeps the record, no longer in the whole
installation: an office records a person who consulted another office without learning
that they did (docs/security.md). The new unique index is built CONCURRENTLY, outside a
transaction, before the installation-wide one is dropped, so no moment allows two
records of one taxpayer in one office (tests/infopoint/test_migrations_online.py)."""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models
from django.db.models import Q


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("desk", "0014_entrepreneur_office_backfill"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="entrepreneur",
            index=models.Index(
                condition=Q(first_record__isnull=False),
                fields=["first_record"],
                name="entrepreneur_first_record_idx",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddConstraint(
                    model_name="entrepreneur",
                    constraint=models.UniqueConstraint(
                        condition=~Q(inn=""),
                        fields=("office", "inn"),
                        name="entrepreneur_inn_per_office_unique",
                        nulls_distinct=False,
                        violation_error_code="inn_recorded_in_office",
                        violation_error_message=(
                            "Your office has already recorded an entrepreneur with this INN: "
                            "find them in the lookup by their INN and choose them."
                        ),
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "entrepreneur_inn_per_office_'
                    'unique" ON "desk_entrepreneur" ("office_id", "inn") NULLS NOT DISTINCT '
                    "WHERE NOT (\"inn\" = '')",
                    'DROP INDEX CONCURRENTLY IF EXISTS "entrepreneur_inn_per_office_unique"',
                ),
            ],
        ),
        migrations.RemoveConstraint(
            model_name="entrepreneur",
            name="entrepreneur_inn_unique",
        ),
    ]
