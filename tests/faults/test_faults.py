"""Faults against a live gunicorn: concurrent duplicates, concurrent intakes,
killed workers and database restarts. See conftest.py for the live portal."""

import os
import signal
import socketserver
import subprocess
import sys
import threading
import time
import uuid

import pytest

from tests.faults.conftest import BASE_DIR, reference_in, run_threads

pytestmark = pytest.mark.faults


def test_fifty_threads_with_one_idempotency_token_make_exactly_one_case(portal):
    token = uuid.uuid4()
    answers = []
    run_threads(50, lambda _n: answers.append(portal.ask(token)))
    assert [status for status, _ in answers] == [200] * 50
    references = {reference_in(body) for _, body in answers}
    assert len(references) == 1 and None not in references  # 50 answers, one receipt
    rows = portal.sql("SELECT count(*) FROM desk_case WHERE idempotency_key = %s", [token])
    assert rows == [(1,)]


def test_two_hundred_concurrent_intakes_get_two_hundred_unique_references(portal):
    marker = f"intake-{uuid.uuid4().hex[:8]}"
    answers = []

    def submit(number):
        # 200 at once queue behind three workers on a shared machine: wait for them.
        answers.append(portal.ask(uuid.uuid4(), question=f"{marker} {number}", timeout=120))

    run_threads(200, submit)
    assert [status for status, _ in answers] == [200] * 200
    rows = portal.sql(
        "SELECT count(*), count(DISTINCT reference) FROM desk_case WHERE question LIKE %s",
        [f"{marker} %"],
    )
    assert rows == [(200, 200)]


def test_killed_workers_lose_at_most_one_request_each_and_leave_no_half_written_case(portal):
    marker = f"kill-{uuid.uuid4().hex[:8]}"
    stop = threading.Event()
    started = time.monotonic()
    lost = []  # (seconds into the test, error): a connection the kill dropped
    slow = []  # the same for a request that outwaited the client's timeout
    answered = []
    abandoned = []  # submissions not answered after the client's four tries

    def client(number):
        while not stop.is_set():
            token = uuid.uuid4()
            for attempt in range(4):  # the client retries with the same token
                # A killed worker's replacement boots while the others queue the load: on a
                # busy 2-core machine a request may wait long, which is slow, not lost.
                sent = time.monotonic()
                status, body = portal.ask(token, question=f"{marker} {number}", timeout=120)
                if status == 200:
                    answered.append((token, reference_in(body)))
                    break
                if attempt == 0:
                    failure = (round(sent - started, 1), status, body[:120])
                    (slow if "timed out" in body else lost).append(failure)
                time.sleep(0.2)
            else:
                abandoned.append(token)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    kills = []
    try:
        for _ in range(10):
            time.sleep(3)
            workers = portal.workers()
            if workers:
                os.kill(workers[0].pid, signal.SIGKILL)
                kills.append(round(time.monotonic() - started, 1))
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=600)
    context = f"kills at {kills} s; lost {lost}; slow {slow}; gunicorn:\n{portal.log_tail()}"
    assert len(kills) == 10
    assert not any(thread.is_alive() for thread in threads), context
    assert len(lost) <= len(kills), context
    assert not abandoned, context  # slow or dropped, every submission got its answer
    assert len(answered) > 10, context  # the load really ran
    # No half-written case: every case has its first timeline entry.
    orphans = portal.sql(
        "SELECT count(*) FROM desk_case c WHERE c.question LIKE %s AND NOT EXISTS "
        "(SELECT 1 FROM desk_caseevent e WHERE e.case_id = c.id)",
        [f"{marker} %"],
    )
    assert orphans == [(0,)]
    # Retries created no duplicates, and every answered submission is stored.
    duplicates = portal.sql(
        "SELECT count(*) FROM (SELECT idempotency_key FROM desk_case WHERE question LIKE %s "
        "GROUP BY idempotency_key HAVING count(*) > 1) d",
        [f"{marker} %"],
    )
    assert duplicates == [(0,)]
    stored = portal.sql(
        "SELECT count(*) FROM desk_case WHERE idempotency_key = ANY(%s)",
        [[token for token, _ in answered]],
    )
    assert stored == [(len({token for token, _ in answered}),)]


def test_a_database_restart_gives_the_503_page_then_service_within_five_seconds(portal):
    stop = threading.Event()
    errors = []

    def background(number):  # mixed load: reads and writes
        while not stop.is_set():
            if number % 2:
                status, body = portal.request("/")
            else:
                status, body = portal.ask(uuid.uuid4())
            if status not in (200, 503) or "Traceback" in body:
                errors.append(status)
            time.sleep(0.05)

    threads = [threading.Thread(target=background, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(3):
            portal.stop_database()
            # A question needs the database (anonymous pages may come from the page cache).
            status, body = portal.ask(uuid.uuid4())
            assert status == 503
            assert "Temporarily unavailable" in body
            assert "Traceback" not in body
            time.sleep(1)
            portal.start_database()
            back = time.monotonic()
            while portal.ask(uuid.uuid4())[0] != 200:
                assert time.monotonic() - back < 5, "no 200 within 5 s of the restart"
                time.sleep(0.1)
            time.sleep(1)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert not errors, errors
    errors.clear()
    assert [portal.ask(uuid.uuid4())[0] for _ in range(20)] == [200] * 20


def _login(portal):
    headers = {}
    status, _body = portal.request(
        "/admin/login/",
        {
            "username": "faults",
            "password": "faults-password-123",
            "next": "/admin/",
            "csrfmiddlewaretoken": portal.csrf,
        },
        headers=headers,
    )
    assert status == 302
    cookies = headers["Set-Cookie"]
    session = next(c for c in cookies if c.startswith("sessionid="))
    return {"sessionid": session.split(";")[0].split("=", 1)[1]}


def test_twenty_concurrent_edits_at_one_version_let_exactly_one_through(portal):
    marker = f"edit-{uuid.uuid4().hex[:8]}"
    token = uuid.uuid4()
    assert portal.ask(token, question=marker)[0] == 200
    [(pk, version, channel)] = portal.sql(
        "SELECT id, version, channel FROM desk_case WHERE idempotency_key = %s", [token]
    )
    cookies = _login(portal)
    answers = []

    def edit(number):
        answers.append(
            portal.request(
                f"/desk/cases/{pk}/edit/",
                {
                    "question": marker,
                    "answer": f"answer {number}",
                    "channel": channel,
                    "version": version,
                    "csrfmiddlewaretoken": portal.csrf,
                },
                cookies=cookies,
                timeout=120,
            )
        )

    run_threads(20, edit)
    statuses = sorted(status for status, _ in answers)
    assert statuses == [302] + [409] * 19, statuses
    [(answer, new_version)] = portal.sql(
        "SELECT answer, version FROM desk_case WHERE id = %s", [pk]
    )
    assert new_version == version + 1
    assert answer.startswith("answer ")


class _SMTP(socketserver.ThreadingTCPServer):
    """A mail server that first hangs after accepting (the worker is then inside
    `send_email`, its outbox row locked) and, once `working` is set, speaks enough SMTP to
    accept messages, keeping each one."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.working = threading.Event()
        self.connected = threading.Event()
        self.messages = []
        super().__init__(("127.0.0.1", 0), _SMTPSession)


class _SMTPSession(socketserver.StreamRequestHandler):
    def handle(self):
        server = self.server
        server.connected.set()
        if not server.working.is_set():
            self.rfile.read()  # says nothing until the client is gone
            return
        self.wfile.write(b"220 faults ESMTP\r\n")
        while line := self.rfile.readline():
            command = line.strip().upper()
            if command == b"DATA":
                self.wfile.write(b"354 go on\r\n")
                message = b"".join(iter(self.rfile.readline, b".\r\n"))
                server.messages.append(message)
                self.wfile.write(b"250 kept\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


def test_a_task_worker_killed_mid_send_delivers_the_email_exactly_once_after_restart(portal):
    """The worker dies with the outbox row locked and the mail server's greeting not yet
    read: PostgreSQL rolls its transaction back, the sweep (`send_pending_emails`) enqueues
    the e-mail again, and the next worker sends it once; a second sweep sends nothing."""
    smtp = _SMTP()
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    env = {**portal.env, "EMAIL_URL": f"smtp://127.0.0.1:{smtp.server_address[1]}"}
    key = f"faults-{uuid.uuid4().hex}"

    def manage(*args, timeout=60):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=env,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
        )

    def worker(*args):
        return subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", *args],
            cwd=BASE_DIR,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    try:
        manage(
            "shell",
            "-c",
            "from desk.models import OutgoingEmail; from desk.tasks import send_email; "
            f"email = OutgoingEmail.objects.create(key='{key}', kind='faults', "
            "to='a@example.org', subject='Ваш номер обращения', body='KGD-1'); "
            "send_email.enqueue(email.pk)",
        )
        first = worker()
        assert smtp.connected.wait(60), "the worker never reached the mail server"
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(10)
        rows = portal.sql("SELECT status, attempts FROM desk_outgoingemail WHERE key = %s", [key])
        assert rows == [("pending", 0)]  # the killed transaction left nothing half-done

        smtp.working.set()
        assert "Re-enqueued 1 " in manage("send_pending_emails", "--older-than", "0").stdout
        manage("db_worker", "--batch", "--interval", "0.2", timeout=120)
        manage("send_pending_emails", "--older-than", "0")  # finds nothing pending
        manage("db_worker", "--batch", "--interval", "0.2", timeout=120)

        rows = portal.sql("SELECT status, attempts FROM desk_outgoingemail WHERE key = %s", [key])
        assert rows == [("sent", 1)]
        assert len(smtp.messages) == 1
        assert b"Subject: =?utf-8?" in smtp.messages[0]
    finally:
        smtp.shutdown()
        smtp.server_close()
