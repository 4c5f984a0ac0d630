"""Database outages against a live portal: PostgreSQL stopped for ten seconds,
then restarted six times in a row, under load, with the task worker running. The portal
must heal without anyone acting: 200 again within five seconds of the database's return,
the task worker alive and working, and during the outage the anonymous pages the page
cache holds served rather than the outage page. See conftest.py for the live portal."""

import subprocess
import sys
import threading
import time
import uuid

import pytest

from tests.faults.conftest import BASE_DIR

pytestmark = pytest.mark.faults

BACK_WITHIN = 5.0  # seconds from the database's return to the first 200


@pytest.fixture
def task_worker(portal, tmp_path):
    log = tmp_path / "worker.log"
    with log.open("w") as output:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2"],
            cwd=BASE_DIR,
            env=portal.env,
            start_new_session=True,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    worker.log = log
    yield worker
    worker.terminate()
    try:
        worker.wait(timeout=15)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


class Load:
    """Four visitors: two read the home page, two ask questions, until stopped; any answer
    other than 200 or the 503 page is an error."""

    def __init__(self, portal):
        self.portal = portal
        self.stop = threading.Event()
        self.errors = []
        self.threads = [threading.Thread(target=self.visit, args=(n,)) for n in range(4)]

    def visit(self, number):
        while not self.stop.is_set():
            if number % 2:
                status, body = self.portal.request("/", timeout=10)
            else:
                status, body = self.portal.ask(uuid.uuid4(), timeout=10)
            if status not in (200, 503) or "Traceback" in body:
                self.errors.append((status, body[:200]))
            time.sleep(0.05)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)


def _seconds_until_a_question_is_answered(portal):
    back = time.monotonic()
    while portal.ask(uuid.uuid4(), timeout=10)[0] != 200:
        elapsed = time.monotonic() - back
        assert elapsed < BACK_WITHIN, f"no 200 within {BACK_WITHIN} s of the database's return"
        time.sleep(0.05)
    return time.monotonic() - back


def _seconds_until_the_worker_sends(portal, worker, started):
    """Ask a question with an e-mail address and wait for the worker to send its
    acknowledgement: the worker survived and works."""
    token = uuid.uuid4()
    status, _body = portal.request(
        "/ask/",
        {
            "office": portal.office_pk,
            "question": "Работает ли рассылка после сбоя?",
            "name": "Проверка",
            "email": "check@example.org",
            "consent": "on",
            "token": str(token),
            "csrfmiddlewaretoken": portal.csrf,
        },
    )
    assert status == 200
    while time.monotonic() - started < 60:
        assert worker.poll() is None, worker.log.read_text()[-3000:]
        rows = portal.sql(
            "SELECT e.status FROM desk_outgoingemail e JOIN desk_case c ON e.case_id = c.id "
            "WHERE c.idempotency_key = %s",
            [token],
        )
        if rows == [("sent",)]:
            return time.monotonic() - started
        time.sleep(0.2)
    raise AssertionError(f"the worker sent nothing:\n{worker.log.read_text()[-3000:]}")


def test_a_ten_second_outage_under_load_heals_within_five_seconds(portal, task_worker):
    for _ in range(30):  # every web worker holds the home page
        assert portal.request("/")[0] == 200
    with Load(portal) as load:
        time.sleep(2)
        portal.stop_database()
        stopped = time.monotonic()
        home, questions = [], []
        while time.monotonic() - stopped < 10:
            home.append(portal.request("/", timeout=10))
            questions.append(portal.ask(uuid.uuid4(), timeout=10)[0])
            time.sleep(0.2)
        portal.start_database()
        back = _seconds_until_a_question_is_answered(portal)
        sent = _seconds_until_the_worker_sends(portal, task_worker, time.monotonic() - back)
        time.sleep(1)
    print(f"\n10 s outage: a question answered {back:.2f} s, the worker sent {sent:.2f} s after")
    assert not load.errors, load.errors
    assert set(questions) == {503}
    assert {status for status, _ in home} == {200}, "the page cache served during the outage"
    assert all("Temporarily unavailable" not in body for _, body in home)
    assert task_worker.poll() is None
    log = task_worker.log.read_text()
    assert "The database is unavailable" in log and "The database is back" in log
    assert [portal.ask(uuid.uuid4())[0] for _ in range(10)] == [200] * 10


def test_six_restarts_three_seconds_apart_heal_within_five_seconds_each(portal, task_worker):
    recoveries = []
    with Load(portal) as load:
        time.sleep(1)
        for _ in range(6):
            portal.stop_database()
            portal.start_database()
            recoveries.append(_seconds_until_a_question_is_answered(portal))
            time.sleep(3)
        sent = _seconds_until_the_worker_sends(portal, task_worker, time.monotonic())
    print(
        "\nsix restarts: answered after "
        + ", ".join(f"{seconds:.2f}" for seconds in recoveries)
        + f" s; the worker sent {sent:.2f} s after the last check"
    )
    assert not load.errors, load.errors
    assert task_worker.poll() is None
    assert [portal.ask(uuid.uuid4())[0] for _ in range(10)] == [200] * 10
