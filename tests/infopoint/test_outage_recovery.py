"""Processes that outlive a database outage: the task worker waits for the database
instead of exiting (infopoint/management/commands/db_worker.py), and `infopoint run` starts
a stopped child again, within a limit (infopoint/cli.py). The real outage, against a live
portal, is in tests/faults/test_outages.py."""

import logging
import sys
from subprocess import Popen
from unittest import mock

import pytest
from django.db import OperationalError
from django_tasks_db.management.commands import db_worker as library

from infopoint import cli
from infopoint.management.commands import db_worker


def _worker():
    return db_worker.Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="outage-test",
        excluded_queue_names=[],
    )


@pytest.mark.django_db
def test_the_worker_waits_for_the_database_instead_of_exiting(caplog):
    outages = [OperationalError("connection refused"), OperationalError("server closed")]

    def run(self):
        if outages:
            raise outages.pop(0)
        return "done"

    caplog.set_level(logging.WARNING, logger="infopoint.worker")
    with (
        mock.patch.object(library.Worker, "run", run),
        mock.patch.object(db_worker, "FIRST_PAUSE", 0.01),
        # Inside the test's transaction a closed connection cannot open again.
        mock.patch.object(db_worker, "_close_connections"),
    ):
        assert _worker().run() == "done"
    assert outages == []
    messages = [record.getMessage() for record in caplog.records]
    assert sum("unavailable" in message for message in messages) == 2
    assert sum("is back after" in message for message in messages) == 2


def test_the_worker_keeps_trying_until_the_database_answers():
    answers = [OperationalError("refused"), OperationalError("refused"), None]
    cursor = mock.MagicMock()

    def execute(sql):
        answer = answers.pop(0)
        if answer:
            raise answer

    cursor.__enter__.return_value.execute.side_effect = execute
    with (
        mock.patch.object(db_worker.connection, "cursor", return_value=cursor),
        mock.patch.object(db_worker, "FIRST_PAUSE", 0.01),
        mock.patch.object(db_worker.time, "sleep") as sleep,
    ):
        db_worker._wait_for_database()
    assert answers == []
    assert [call.args[0] for call in sleep.call_args_list] == [0.01, 0.02, 0.04]


def test_db_worker_is_the_one_that_rides_out_outages():
    from django.core.management import get_commands

    assert get_commands()["db_worker"] == "infopoint"


def test_the_supervisor_starts_a_stopped_child_again_then_gives_up(capsys):
    started = []

    def start():
        started.append(1)
        return Popen([sys.executable, "-c", "raise SystemExit(3)"])

    child = cli.Child("task worker", start)
    cli.supervise([child], restarts=2, window=60, pause=0.01)
    assert len(started) == 3  # the first start and two restarts
    out = capsys.readouterr().out
    assert "The task worker stopped (exit code 3); starting it again (restart 1 of" in out
    assert "restart 2 of at most 2 in 1 minutes" in out
    assert "stopping Infopoint" in out


def test_the_supervisor_forgets_restarts_older_than_its_window():
    started = []

    def start():
        started.append(1)
        return Popen([sys.executable, "-c", "raise SystemExit(1)"])

    class Looped(Exception):
        pass

    child = cli.Child("web server", start)
    child.restarts = [cli.time.monotonic() - 1000, cli.time.monotonic() - 900]
    child.process.wait()
    with (
        mock.patch.object(cli, "_stop") as stop,
        mock.patch.object(cli.time, "sleep", side_effect=[None, Looped]),
        pytest.raises(Looped),
    ):
        cli.supervise([child], restarts=2, window=150, pause=0.01)
    stop.assert_not_called()
    assert len(started) == 2  # started again: the two restarts were long ago
    assert len(child.restarts) == 1
    child.process.wait()


@pytest.mark.parametrize("unit", ["infopoint-web@.service", "infopoint-worker.service"])
def test_systemd_starts_the_web_and_the_worker_again_however_often_they_stop(unit):
    from configparser import ConfigParser

    parser = ConfigParser(strict=False, interpolation=None)
    parser.read(cli.BASE_DIR / "docs" / "deploy" / unit)
    assert parser["Service"]["Restart"] == "always"
    assert parser["Unit"]["StartLimitIntervalSec"] == "0"
