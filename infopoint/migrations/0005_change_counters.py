"""Change counters: triggers count the write statements on the tables the staff screens
show, per scope. Migration 0010 drops them again (with its reverse, from the lists here).

Statement-level AFTER triggers: one small upsert per write statement, on the writer's own
row (its connection's), so writers never wait for each other. A TRUNCATE counts too.
Creating a trigger takes a brief lock on each table and reads no rows.
"""

from django.db import migrations, models

FUNCTION = """
CREATE OR REPLACE FUNCTION infopoint_count_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO infopoint_changecounter (scope, backend, value)
    VALUES (TG_ARGV[0], pg_backend_pid(), 1)
    ON CONFLICT (scope, backend) DO UPDATE SET value = infopoint_changecounter.value + 1;
    RETURN NULL;
END
$$;
"""

# scope -> tables; a table given with columns counts only updates that set one of them
# (the article's view counter is updated every few seconds and changes nothing shown).
WATCHED = {
    "auth": [
        "auth_user",
        "auth_user_groups",
        "auth_user_user_permissions",
        "auth_group",
        "auth_group_permissions",
        "auth_permission",
    ],
    "desk": [
        "auth_user",
        "desk_office",
        "desk_office_staff",
        "desk_servicestandard",
        "desk_entrepreneur",
        "desk_entrepreneur_offices",
        "desk_consent",
        "desk_case",
        "desk_case_topics",
        "desk_case_handouts",
        "desk_caseevent",
        "desk_followup",
        "desk_referral",
        "desk_appointment",
        "manual_topic",
        "manual_article_topics",
        (
            "manual_article",
            [
                "slug",
                "title",
                "visibility",
                "status",
                "audiences",
                "published_ru_id",
                "published_en_id",
                "publish_at",
            ],
        ),
    ],
}


def _trigger(scope, table):
    table, columns = table if isinstance(table, tuple) else (table, None)
    update = f"UPDATE OF {', '.join(columns)}" if columns else "UPDATE"
    name = f"infopoint_changes_{scope}"
    create = (
        f"CREATE TRIGGER {name} AFTER INSERT OR {update} OR DELETE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION infopoint_count_change('{scope}');"
    )
    truncate = (
        f"CREATE TRIGGER {name}_truncate AFTER TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION infopoint_count_change('{scope}');"
    )
    drop = (
        f"DROP TRIGGER IF EXISTS {name} ON {table}; "
        f"DROP TRIGGER IF EXISTS {name}_truncate ON {table};"
    )
    return create + truncate, drop


TRIGGERS = [_trigger(scope, table) for scope, tables in WATCHED.items() for table in tables]


class Migration(migrations.Migration):
    dependencies = [
        ("infopoint", "0004_dashboard_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("desk", "0005_track_opening_hours_and_standards_history"),
        ("manual", "0009_track_topic_step_document_history"),
    ]

    operations = [
        migrations.CreateModel(
            name="ChangeCounter",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("scope", models.CharField(max_length=20, verbose_name="scope")),
                ("backend", models.IntegerField(verbose_name="connection")),
                ("value", models.BigIntegerField(verbose_name="statements")),
            ],
            options={
                "verbose_name": "change counter",
                "verbose_name_plural": "change counters",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("scope", "backend"), name="changecounter_scope_backend"
                    )
                ],
            },
        ),
        migrations.RunSQL(FUNCTION, "DROP FUNCTION infopoint_count_change();"),
        *(migrations.RunSQL(create, drop) for create, drop in TRIGGERS),
    ]
