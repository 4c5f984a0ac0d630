"""The dashboards' monthly summaries, taken over from infopoint (its migration 0009 lets
them go) in the state only: the tables keep their names, `infopoint_dashboardmonth` and
`infopoint_manualmonth`, and no table is rebuilt."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0004_track_office_history"),
        ("infopoint", "0009_dashboard_months_to_monitoring"),
        ("monitoring", "0001_period_reports"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ManualMonth",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "month",
                            models.DateField(
                                help_text="The first day of the month.",
                                unique=True,
                                verbose_name="month",
                            ),
                        ),
                        ("figures", models.JSONField(verbose_name="figures")),
                        ("computed_at", models.DateTimeField(verbose_name="computed")),
                    ],
                    options={
                        "verbose_name": "manual month",
                        "verbose_name_plural": "manual months",
                        "db_table": "infopoint_manualmonth",
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(("month__day", 1)),
                                name="manualmonth_month_first_day",
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="DashboardMonth",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "month",
                            models.DateField(
                                help_text="The first day of the month.", verbose_name="month"
                            ),
                        ),
                        ("starts_at", models.DateTimeField(verbose_name="month starts")),
                        ("ends_at", models.DateTimeField(verbose_name="month ends")),
                        ("figures", models.JSONField(verbose_name="figures")),
                        ("computed_at", models.DateTimeField(verbose_name="computed")),
                        (
                            "computed_on",
                            models.DateField(verbose_name="computed on (local day)"),
                        ),
                        (
                            "valid_through",
                            models.DateField(
                                blank=True,
                                help_text=(
                                    "The last day the service-standard figures stay as "
                                    "computed (the next due day of an unanswered case or "
                                    "referral); empty when no due day is pending."
                                ),
                                null=True,
                                verbose_name="valid through",
                            ),
                        ),
                        (
                            "office",
                            models.ForeignKey(
                                blank=True,
                                help_text="Empty for all offices together.",
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="desk.office",
                                verbose_name="office",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "dashboard month",
                        "verbose_name_plural": "dashboard months",
                        "db_table": "infopoint_dashboardmonth",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("office", "month"),
                                name="dashboardmonth_office_month_unique",
                                nulls_distinct=False,
                            ),
                            models.CheckConstraint(
                                condition=models.Q(("month__day", 1)),
                                name="dashboardmonth_month_first_day",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(("ends_at__gt", models.F("starts_at"))),
                                name="dashboardmonth_ends_after_start",
                            ),
                        ],
                    },
                ),
            ],
        ),
    ]
