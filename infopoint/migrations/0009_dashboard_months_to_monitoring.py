"""The dashboards' monthly summaries belong to the monitoring app (its migration 0002
takes them over): they leave infopoint's state only; their tables stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("infopoint", "0008_two_factor_resets"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="DashboardMonth"),
                migrations.DeleteModel(name="ManualMonth"),
            ],
        ),
    ]
