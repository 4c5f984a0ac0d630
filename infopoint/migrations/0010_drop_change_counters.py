"""The change counters go: the staff screens and permission sets they keyed are no longer
kept (docs/performance.md measures why). Drops the triggers of migration 0005 from every
table, their function and the counters' table; the reverse puts them back."""

import importlib

from django.db import migrations

counters = importlib.import_module("infopoint.migrations.0005_change_counters")


class Migration(migrations.Migration):
    dependencies = [
        ("infopoint", "0009_dashboard_months_to_monitoring"),
    ]

    operations = [
        *(migrations.RunSQL(drop, create) for create, drop in reversed(counters.TRIGGERS)),
        migrations.RunSQL("DROP FUNCTION infopoint_count_change();", counters.FUNCTION),
        migrations.DeleteModel(name="ChangeCounter"),
    ]
