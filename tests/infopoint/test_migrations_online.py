"""Migrations run while the previous version still serves: nothing a migration
does may lock a big table for the length of a scan, or break the old code's writes.

The schema of the first release (FIRST_RELEASE) was created on empty tables. Every later
migration must
- build indexes on existing tables CONCURRENTLY (`AddIndexConcurrently`, or `RunSQL` with
  `CREATE INDEX CONCURRENTLY` in a migration with `atomic = False`): a plain CREATE INDEX
  blocks every write to the table until the index is built;
- add columns to existing tables nullable or with a database default: the old code's
  INSERTs do not name the new column;
- add a check or unique constraint to an existing table only with a reason listed in
  REVIEWED (validating it scans the table under an exclusive lock).
"""

import re

import pytest
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations
from django.db.migrations.loader import MigrationLoader

APPS = {"desk", "feedback", "infopoint", "manual", "monitoring", "stakeholders"}

FIRST_RELEASE = {
    ("desk", "0001_offices"),
    ("desk", "0002_entrepreneurs_cases_standards"),
    ("desk", "0003_referrals_appointments_outbox_retention"),
    ("desk", "0004_track_office_history"),
    ("desk", "0005_track_opening_hours_and_standards_history"),
    ("feedback", "0001_invitations_responses_votes_actions"),
    ("feedback", "0002_track_invitation_history"),
    ("infopoint", "0001_roles"),
    ("infopoint", "0002_cache_table"),
    ("manual", "0001_topics_and_articles"),
    ("manual", "0002_articles_revisions_search_documents"),
    ("manual", "0003_seed_synonyms"),
    ("manual", "0004_news_events_subscriptions"),
    ("manual", "0005_validate_revision_lists"),
    ("stakeholders", "0001_organisations"),
    ("stakeholders", "0002_contacts_communications_assessments"),
}

# (app, migration, operation index): why this constraint is safe to add online.
REVIEWED = {
    ("desk", "0006_destruction_log_per_table_and_rule", 4): (
        "the destruction log has one row per nightly run, and its check only widens the "
        "subjects every existing row already has"
    ),
    ("manual", "0010_topic_visibility_related_terms", 8): (
        "topics are a few dozen rows, all 'public' by the column's default"
    ),
    ("desk", "0008_referral_withdrawn", 11): (
        "the status check comes back widened by one value every row already satisfies; "
        "referrals are a few thousand rows a year, scanned in milliseconds"
    ),
    ("desk", "0010_destruction_log_consent_withdrawn", 2): (
        "the destruction log's subject check widened by one value (one row per nightly run)"
    ),
    ("desk", "0008_referral_withdrawn", 12): (
        "every existing referral has no withdrawal date and another status; same small table"
    ),
    ("monitoring", "0003_period_report_signatures", 13): (
        "period reports are a few dozen rows a year, and the operation before fills the "
        "approved ones; the previous version's approval in the deploy's window is refused "
        "whole (one transaction) rather than approve a report without its signatories"
    ),
}

CREATE_INDEX = re.compile(r"\bCREATE\s+(UNIQUE\s+)?INDEX\b(?!\s+CONCURRENTLY)", re.IGNORECASE)


def later_migrations():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return sorted(
        (key, migration)
        for key, migration in loader.disk_migrations.items()
        if key[0] in APPS and key not in FIRST_RELEASE
    )


def _sql_texts(operation):
    sql = operation.sql
    statements = sql if isinstance(sql, list | tuple) else [sql]
    return [statement if isinstance(statement, str) else statement[0] for statement in statements]


def problems_of(key, migration):
    created = {
        operation.name_lower
        for operation in migration.operations
        if isinstance(operation, migrations.CreateModel)
    }
    found = []
    for index, operation in enumerate(migration.operations):
        where = f"{key[0]}.{key[1]} operation {index}"
        if isinstance(operation, AddIndexConcurrently):
            if migration.atomic:
                found.append(f"{where}: AddIndexConcurrently needs atomic = False")
        elif isinstance(operation, migrations.AddIndex):
            if operation.model_name_lower not in created:
                found.append(f"{where}: AddIndex on an existing table; use AddIndexConcurrently")
        elif isinstance(operation, migrations.RunSQL):
            for statement in _sql_texts(operation):
                if CREATE_INDEX.search(statement):
                    found.append(f"{where}: CREATE INDEX without CONCURRENTLY")
                elif "CONCURRENTLY" in statement.upper() and migration.atomic:
                    found.append(f"{where}: CONCURRENTLY needs atomic = False")
        elif isinstance(operation, migrations.AddField):
            field = operation.field
            if (
                operation.model_name_lower not in created
                and not field.null
                and not field.has_db_default()
                and not field.many_to_many
            ):
                found.append(
                    f"{where}: {operation.name} is NOT NULL without db_default; "
                    "the previous version's inserts would fail"
                )
        elif (
            isinstance(operation, migrations.AddConstraint)
            and operation.model_name_lower not in created
            and (*key, index) not in REVIEWED
        ):
            found.append(f"{where}: a constraint on an existing table needs a review")
    return found


def test_every_migration_after_the_first_release_is_safe_to_run_online():
    problems = [
        problem for key, migration in later_migrations() for problem in problems_of(key, migration)
    ]
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_plain_index_and_a_not_null_column_on_an_existing_table():
    from django.db import models

    class Unsafe(migrations.Migration):
        operations = [
            migrations.AddIndex("case", models.Index(fields=["opened_at"], name="case_opened")),
            migrations.RunSQL("CREATE INDEX case_updated ON desk_case (updated_at)"),
            migrations.AddField("case", "score", models.IntegerField(default=0)),
            migrations.AddField("case", "note", models.TextField(null=True)),
            migrations.AddField("case", "flag", models.BooleanField(db_default=False)),
        ]

    problems = problems_of(("desk", "9999_unsafe"), Unsafe("9999_unsafe", "desk"))

    assert len(problems) == 3, problems
    assert "AddIndex on an existing table" in problems[0]
    assert "without CONCURRENTLY" in problems[1]
    assert "score is NOT NULL" in problems[2]


@pytest.mark.parametrize("atomic", [True, False])
def test_a_concurrent_index_must_run_outside_a_transaction(atomic):
    class Online(migrations.Migration):
        operations = [migrations.RunSQL("CREATE INDEX CONCURRENTLY c ON desk_case (office_id)")]

    Online.atomic = atomic
    problems = problems_of(("desk", "9998_online"), Online("9998_online", "desk"))

    assert bool(problems) is atomic
