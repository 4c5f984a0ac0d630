"""My queue reads an officer's open cases through an index of its own (built
CONCURRENTLY: desk_case is the big table, tests/infopoint/test_migrations_online.py)."""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("desk", "0010_destruction_log_consent_withdrawn"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="case",
            index=models.Index(
                condition=models.Q(
                    (
                        "status__in",
                        ["new", "in_progress", "waiting_entrepreneur", "waiting_partner"],
                    )
                ),
                fields=["officer", "office"],
                name="case_officer_open_idx",
            ),
        ),
    ]
