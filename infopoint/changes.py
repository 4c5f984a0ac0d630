"""What has changed since a cached piece of a staff screen was rendered.

Database triggers (migration `infopoint.0005_change_counters`) count every write statement
on the tables the staff screens show, per scope, in `infopoint.ChangeCounter`:

- `auth`: users, groups and permissions — what a user may do;
- `desk`: offices and their staff, entrepreneurs, cases with everything on a case page, the
  manual's topics and articles (not their view counters) — what the desk screens show.

The sum of a scope's rows grows by one with every committed write statement, whoever wrote
it (a view, the admin, a task, a management command, `psql`), and never goes back while the
rows are kept. A cache keyed by the sums is therefore never stale: a change makes a new key,
at once, in every process. The sums are read with the logged-in user
(`with_change_counts`), so they cost no query of their own.

Order matters on a miss: the sums are read before the data, so a piece rendered from newer
data than its key is at worst rendered again, never kept older than its key.

A restore, a fail-over to a replica or a point-in-time recovery rewinds the counters (and
the ids): the same sums come round again over different data. So a count is read together
with what names the database it came from, and `change_count` gives both:

- the cluster's system identifier (`pg_control_system()`, read once per connection: a
  connection never moves to another cluster), which differs for every `initdb`, so a
  restore into a new server is a new database;
- the timeline of the write-ahead log, which a promoted replica and a point-in-time
  recovery start anew;
- the object id of the counters' table, which `pg_restore --clean` drops and creates again
  (by `manage.py restore` or by hand), and which a fresh server never gives twice.

When a process reads another database than before, it also forgets everything it keeps
(`note_database`), so no store keyed on something else can outlive the data it was made of.
"""

import logging
import threading

from django.db import connection
from django.db.models import BigIntegerField, TextField
from django.db.models.expressions import RawSQL

SCOPES = ("auth", "desk")

logger = logging.getLogger("infopoint.changes")


# One scalar subquery per scope, written out: the user is read on every staff request,
# and the ORM's Subquery/Coalesce/Sum took longer to compile than the query to run.
_TOTAL = "SELECT COALESCE(SUM(value), 0)::bigint FROM infopoint_changecounter WHERE scope = %s"


# The timeline (on a primary; a standby is not written to) and the counters' table's id.
_DATABASE = (
    "SELECT CASE WHEN pg_is_in_recovery() THEN 'standby' "
    "ELSE substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8) END"
    " || ':' || 'infopoint_changecounter'::regclass::oid::text"
)


def with_change_counts(queryset):
    """The users with `changes_auth`, `changes_desk` and `changes_database` (see above),
    read in the same query."""
    return queryset.annotate(
        **{
            # A constant statement; the scope is a parameter.
            f"changes_{scope}": RawSQL(_TOTAL, [scope], output_field=BigIntegerField())  # noqa: S611
            for scope in SCOPES
        },
        changes_database=RawSQL(_DATABASE, [], output_field=TextField()),  # noqa: S611
    )


def change_count(user, scope):
    """The user's reading of `scope` with the database it was read from, or None for a user
    loaded without it."""
    count = getattr(user, f"changes_{scope}", None)
    if count is None:
        return None
    return (database_of(user), count)


def database_of(user):
    """What names the database `user` was read from (see above), or None."""
    database = getattr(user, "changes_database", None)
    if database is None:
        return None
    return f"{getattr(connection, 'infopoint_cluster', '?')}:{database}"


def note_cluster(sender, connection, **kwargs):
    """connection_created: remember the cluster's system identifier on the connection."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT system_identifier FROM pg_control_system()")
        connection.infopoint_cluster = cursor.fetchone()[0]


_seen = {"database": None}
_seen_lock = threading.Lock()


def note_database(user):
    """Called with every user read with the counts: when the database differs from the one
    this process read before, forget everything the process keeps and start the page
    cache's generation anew (in every process)."""
    database = database_of(user)
    if database is None:
        return
    with _seen_lock:
        before, _seen["database"] = _seen["database"], database
    if before is None or before == database:
        return
    from infopoint.lru import forget_everything
    from infopoint.public_cache import start_new_generation

    logger.warning(
        "The database is not the one this process read before (a restore or a fail-over): "
        "forgetting every kept page and screen."
    )
    forget_everything()
    start_new_generation()


def fold_change_counters():
    """Fold the rows of connections that have ended into one row per scope (backend 0),
    keeping every sum as it was. Run nightly; returns the rows folded."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            WITH ended AS (
                DELETE FROM infopoint_changecounter
                WHERE backend <> 0
                  AND backend NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
                RETURNING scope, value
            ), folded AS (
                INSERT INTO infopoint_changecounter (scope, backend, value)
                SELECT scope, 0, sum(value) FROM ended GROUP BY scope
                ON CONFLICT (scope, backend)
                DO UPDATE SET value = infopoint_changecounter.value + EXCLUDED.value
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM ended)
            """
        )
        return cursor.fetchone()[0]
