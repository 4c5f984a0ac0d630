"""An entrepreneur's cases by when they were opened: the dashboards find each visitor's first
visit with one index probe instead of reading the table. The index begins with the foreign
key, so it also serves every lookup of an entrepreneur's cases, and the foreign key's own
index goes. Both built and dropped CONCURRENTLY (desk_case is the big table,
tests/infopoint/test_migrations_online.py)."""

import django.db.models.deletion
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models

# Django's name for the foreign key's index (table, column and a hash of both).
FOREIGN_KEY_INDEX = "desk_case_entrepreneur_id_9636ab53"


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("desk", "0011_case_officer_open_index"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="case",
            index=models.Index(
                fields=["entrepreneur", "opened_at"], name="case_entrepreneur_opened_idx"
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="case",
                    name="entrepreneur",
                    field=models.ForeignKey(
                        blank=True,
                        db_index=False,
                        help_text="Empty for an anonymous consultation.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="cases",
                        to="desk.entrepreneur",
                        verbose_name="entrepreneur",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    f"DROP INDEX CONCURRENTLY IF EXISTS {FOREIGN_KEY_INDEX}",
                    reverse_sql=(
                        f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {FOREIGN_KEY_INDEX} "
                        "ON desk_case (entrepreneur_id)"
                    ),
                ),
            ],
        ),
    ]
