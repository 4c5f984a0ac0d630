"""Read-heavy back-office reports read from a replica when DATABASE_REPLICA_URL is set.

Dashboards and exports wrap their reads in `reading_from_replica()`:

    with reading_from_replica():
        figures = dashboard_figures(...)

Inside the block every read the router decides goes to the "replica" database; outside it,
and for every write, the primary ("default"). Without a replica configured the block
changes nothing, so the same code runs on one machine. A replica lags the primary by a
moment: only reports, never a page that shows what the user has just saved, read from it.
"""

import contextlib
import contextvars

from django.conf import settings

REPLICA = "replica"
_use_replica = contextvars.ContextVar("infopoint_use_replica", default=False)


def replica_alias() -> str:
    return REPLICA if REPLICA in settings.DATABASES else "default"


@contextlib.contextmanager
def reading_from_replica():
    token = _use_replica.set(True)
    try:
        yield replica_alias()
    finally:
        _use_replica.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return replica_alias() if _use_replica.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db != REPLICA  # a streaming replica follows the primary's schema
