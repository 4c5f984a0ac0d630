"""django-tasks-db's `db_worker`, riding out a database outage.

The library's worker lets an `OperationalError` (PostgreSQL restarting, stopped or out of
reach) end the process; under `infopoint run` that stopped the whole portal. This worker
waits instead, with a growing pause (0.25 s, doubling up to MAX_PAUSE), and goes on
where it was as soon as the database answers again, with a log line when it loses and
finds the database. Everything else — options, claiming, signals — is the library's.

A task the database failed under stays claimed ("running") in the queue; what must not be
lost has its own sweep (the outbox: `send_pending_emails`).
"""

import contextlib
import logging
import time

from django.db import InterfaceError, OperationalError, connection, connections
from django_tasks_db.management.commands import db_worker

logger = logging.getLogger("infopoint.worker")

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
FIRST_PAUSE = 0.25
MAX_PAUSE = 2.0  # the worker is back within this long of the database's return


class Worker(db_worker.Worker):
    def run(self):
        while self.running:
            try:
                return super().run()
            except DATABASE_UNAVAILABLE as error:
                logger.warning("The database is unavailable (%s); waiting for it.", error)
                self.startup_delay = False
                waited = _wait_for_database()
                logger.warning("The database is back after %.1f s; working on.", waited)
        return None


def _wait_for_database():
    """Sleep, each time a little longer, until the database answers; the seconds waited."""
    started, pause = time.monotonic(), FIRST_PAUSE
    while True:
        _close_connections()
        time.sleep(pause)
        pause = min(pause * 2, MAX_PAUSE)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DATABASE_UNAVAILABLE:
            continue
        return time.monotonic() - started


def _close_connections():
    for each in connections.all(initialized_only=True):
        with contextlib.suppress(*DATABASE_UNAVAILABLE):  # broken: the next use opens anew
            each.close()


class Command(db_worker.Command):
    help = db_worker.Command.help + "; rides out database outages"

    def handle(self, *args, **options):
        original = db_worker.Worker
        db_worker.Worker = Worker
        try:
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = original
