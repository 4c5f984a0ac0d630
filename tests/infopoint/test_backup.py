"""`backup` and `restore` round-trip the demo database: every table has the same rows,
compared by count and by an md5 checksum of its ordered rows."""

import uuid

import pytest
from django.core.management import call_command
from django.db import connection, connections

from infopoint import backup, demo

TABLES = """
    SELECT quote_ident(table_name) FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
"""


def table_fingerprints(cursor):
    cursor.execute(TABLES)
    fingerprints = {}
    for (table,) in cursor.fetchall():
        # Table names come from the catalogue, quoted by quote_ident.
        checksum = "md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
        cursor.execute(f"SELECT count(*), {checksum} FROM {table} t")  # noqa: S608
        fingerprints[table] = cursor.fetchone()
    return fingerprints


@pytest.fixture
def scratch_database(transactional_db):
    name = f"{connection.settings_dict['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield {**connection.settings_dict, "NAME": name}
    connections.close_all()
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_every_row_of_the_demo_database(scratch_database, tmp_path):
    demo.load()
    with connection.cursor() as cursor:
        original = table_fingerprints(cursor)
    assert sum(count for count, _ in original.values()) > 100

    archive = backup.backup(output=tmp_path / "demo.dump")
    assert archive.stat().st_mode & 0o077 == 0  # personal data: readable by the owner only
    backup.restore(path=archive, database=scratch_database)

    import psycopg

    with (
        psycopg.connect(
            dbname=scratch_database["NAME"],
            host=scratch_database["HOST"] or None,
            port=scratch_database["PORT"] or None,
            user=scratch_database["USER"],
            password=scratch_database["PASSWORD"] or None,
        ) as restored,
        restored.cursor() as cursor,
    ):
        copy = table_fingerprints(cursor)
    assert copy == original


@pytest.mark.django_db(transaction=True)
def test_restore_puts_back_what_was_deleted_after_the_backup(tmp_path):
    from django.contrib.auth.models import Group

    from infopoint import roles

    roles.sync_roles()
    groups = Group.objects.count()
    archive = tmp_path / "before.dump"
    call_command("backup", output=archive)
    Group.objects.all().delete()
    call_command("restore", str(archive), interactive=False)
    assert Group.objects.count() == groups


def test_restore_refuses_a_missing_file(tmp_path):
    with pytest.raises(backup.BackupError):
        backup.restore(path=tmp_path / "missing.dump")
