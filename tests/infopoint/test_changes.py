"""The change counters the staff screens' caches key on (infopoint/changes.py)."""

import importlib
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection

from desk.models import Case, Entrepreneur
from infopoint.changes import fold_change_counters, with_change_counts
from infopoint.models import ChangeCounter
from manual.models import Article
from tests import factories

migration = importlib.import_module("infopoint.migrations.0005_change_counters")

pytestmark = pytest.mark.django_db


def _counts(user):
    user = with_change_counts(get_user_model().objects.filter(pk=user.pk)).get()
    return user.changes_auth, user.changes_desk


def test_every_watched_table_has_its_triggers():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
            "WHERE tgname LIKE 'infopoint_changes_%%'"
        )
        found = set(cursor.fetchall())
    expected = set()
    for scope, tables in migration.WATCHED.items():
        for table in tables:
            name = table[0] if isinstance(table, tuple) else table
            expected |= {
                (name, f"infopoint_changes_{scope}"),
                (name, f"infopoint_changes_{scope}_truncate"),
            }
    assert found == expected


def test_the_pages_models_are_watched():
    watched = {
        table[0] if isinstance(table, tuple) else table for table in migration.WATCHED["desk"]
    }
    for model in (Case, Case.topics.through, Case.handouts.through, Entrepreneur, Article):
        assert model._meta.db_table in watched


def test_a_desk_write_counts_for_the_desk_only(officer, office):
    before = _counts(officer)
    factories.CaseFactory(office=office, officer=officer)
    after = _counts(officer)
    assert after[0] == before[0]
    assert after[1] > before[1]


def test_a_role_change_counts_for_permissions_and_a_rename_for_both(officer):
    before = _counts(officer)
    officer.groups.add(Group.objects.create(name="Ещё одна роль"))
    after = _counts(officer)
    assert after[0] > before[0]
    assert after[1] == before[1]
    officer.first_name = "Анна"  # names are shown on the desk's pages
    officer.save()
    renamed = _counts(officer)
    assert renamed[0] > after[0]
    assert renamed[1] > after[1]


def test_counting_an_articles_views_changes_nothing_shown(officer):
    article = factories.published_article()
    before = _counts(officer)
    Article.objects.filter(pk=article.pk).update(view_count=10)
    assert _counts(officer) == before
    Article.objects.filter(pk=article.pk).update(title="Новое название")
    assert _counts(officer)[1] > before[1]


def test_a_rolled_back_write_counts_nothing(officer, office):
    from django.db import transaction

    before = _counts(officer)
    with pytest.raises(RuntimeError), transaction.atomic():
        factories.CaseFactory(office=office, officer=officer)
        raise RuntimeError
    assert _counts(officer) == before


def test_folding_the_ended_connections_keeps_every_sum(officer, office):
    factories.CaseFactory(office=office, officer=officer)
    # Two connections that have ended (no such process) and one that is ours.
    ChangeCounter.objects.create(scope="desk", backend=2_000_000_001, value=7)
    ChangeCounter.objects.create(scope="auth", backend=2_000_000_002, value=3)
    before = _counts(officer)
    assert fold_change_counters() >= 2  # and any left by the test database's set-up
    assert _counts(officer) == before
    assert not ChangeCounter.objects.filter(backend__gte=2_000_000_000).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        ours = cursor.fetchone()[0]
    assert ChangeCounter.objects.filter(backend=ours).exists()
    assert fold_change_counters() == 0


def test_the_daily_command_folds_and_says_how_many(officer):
    ChangeCounter.objects.create(scope="desk", backend=2_000_000_003, value=5)
    before = _counts(officer)
    out = io.StringIO()
    call_command("fold_change_counters", stdout=out)
    assert "Folded" in out.getvalue()
    assert _counts(officer) == before
    assert not ChangeCounter.objects.filter(backend=2_000_000_003).exists()


def test_a_count_names_the_cluster_the_timeline_and_the_counters_table(officer):
    from infopoint.changes import change_count

    user = with_change_counts(get_user_model().objects.filter(pk=officer.pk)).get()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT system_identifier, 'infopoint_changecounter'::regclass::oid "
            "FROM pg_control_system()"
        )
        cluster, table = cursor.fetchone()
    database, count = change_count(user, "desk")
    assert count == user.changes_desk
    assert database.startswith(f"{cluster}:")
    assert database.endswith(f":{table}")


def test_a_process_forgets_what_it_keeps_when_the_database_is_another(officer, monkeypatch):
    from infopoint import changes
    from infopoint.lru import BoundedLRU

    # What this process saw is put back afterwards: the next tests read the real database.
    monkeypatch.setitem(changes._seen, "database", changes._seen["database"])

    store = BoundedLRU(4, 100)
    store.put("screen", "kept", 1)
    user = with_change_counts(get_user_model().objects.filter(pk=officer.pk)).get()
    changes.note_database(user)
    changes.note_database(user)
    assert store.get("screen") == "kept"
    user.changes_database = "00000002:1"  # a promoted replica's timeline
    changes.note_database(user)
    assert store.get("screen") is None
