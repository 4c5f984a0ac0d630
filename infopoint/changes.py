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
"""

from django.db import connection
from django.db.models import BigIntegerField
from django.db.models.expressions import RawSQL

SCOPES = ("auth", "desk")


# One scalar subquery per scope, written out: the user is read on every staff request,
# and the ORM's Subquery/Coalesce/Sum took longer to compile than the query to run.
_TOTAL = "SELECT COALESCE(SUM(value), 0)::bigint FROM infopoint_changecounter WHERE scope = %s"


def with_change_counts(queryset):
    """The users with `changes_auth` and `changes_desk`, read in the same query."""
    return queryset.annotate(
        **{
            # A constant statement; the scope is a parameter.
            f"changes_{scope}": RawSQL(_TOTAL, [scope], output_field=BigIntegerField())  # noqa: S611
            for scope in SCOPES
        }
    )


def change_count(user, scope):
    """The user's reading of `scope`, or None for a user loaded without it."""
    return getattr(user, f"changes_{scope}", None)


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
