"""The embedded PostgreSQL: shared by processes that start at once, stopped by the last.

Each test uses its own var/ directory, so it never touches the demo or test database.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

USER_SCRIPT = """
import sys, time
from infopoint import embedded_db
import psycopg
settings = embedded_db.database_settings()
with psycopg.connect(host=settings["HOST"], dbname=settings["NAME"], user="postgres") as c:
    # CREATE TABLE IF NOT EXISTS races with itself in PostgreSQL: one at a time.
    c.execute("SELECT pg_advisory_xact_lock(42)")
    c.execute("CREATE TABLE IF NOT EXISTS hits (pid int)")
    c.execute("INSERT INTO hits VALUES (%s)", [__import__("os").getpid()])
print("ready", flush=True)
sys.stdin.read()  # holds the database until the test closes its input
"""


def _postmasters(var_dir):
    found = []
    for process in psutil.process_iter(["name", "cmdline"]):
        cmdline = process.info["cmdline"] or []
        if process.info["name"] == "postgres" and str(var_dir / "pgdata") in cmdline:
            found.append(process)
    return found


def _ready(user):
    line = user.stdout.readline().strip()
    if line != "ready":
        user.kill()
        raise AssertionError(f"the process did not get the database: {user.stderr.read()}")


def _start(var_dir):
    """A process that uses the database until `_release`: the tests decide the order in
    which processes let go, never a sleep that a loaded machine could outlast."""
    env = {**os.environ, "INFOPOINT_VAR_DIR": str(var_dir)}
    return subprocess.Popen(
        [sys.executable, "-c", USER_SCRIPT],
        cwd=BASE_DIR,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _release(user):
    user.stdin.close()
    assert user.wait(60) == 0, user.stderr.read()


def _stopped(var_dir, seconds=20):
    deadline = time.monotonic() + seconds
    while _postmasters(var_dir) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not _postmasters(var_dir)


@pytest.fixture
def var_dir():
    # Not under pytest's tmp_path: the server runs as a separate system user (PostgreSQL
    # refuses root), and pytest resets its temporary root to mode 0700 whenever another
    # xdist worker creates a directory there, which would lock that user out mid-test.
    root = Path(tempfile.mkdtemp(prefix="infopoint-embedded-test-"))
    path = root / "var"
    path.mkdir()
    yield path
    for process in _postmasters(path):
        process.kill()
    shutil.rmtree(root, ignore_errors=True)


def test_processes_that_start_at_once_share_one_server(var_dir):
    users = [_start(var_dir) for _ in range(4)]
    for user in users:
        _ready(user)
    assert len(_postmasters(var_dir)) == 1
    for user in users:
        _release(user)
    assert _stopped(var_dir)


def test_the_last_process_to_exit_stops_the_server(var_dir):
    first, last = _start(var_dir), _start(var_dir)
    for user in (first, last):
        _ready(user)
    _release(first)
    assert len(_postmasters(var_dir)) == 1, "stopped while another process still used it"
    _release(last)
    assert _stopped(var_dir)


def test_a_killed_process_does_not_keep_the_server_alive(var_dir):
    killed = _start(var_dir)
    _ready(killed)
    killed.kill()
    killed.wait()
    handles = json.loads((var_dir / "pgdata" / ".handle_pids.json").read_text())
    assert killed.pid in handles  # the killed process never gave its handle back
    survivor = _start(var_dir)
    _ready(survivor)
    _release(survivor)
    assert _stopped(var_dir)
