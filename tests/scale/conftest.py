"""Two gunicorn instances on a real PostgreSQL server and a real Redis.

Runs when SCALE_DATABASE_URL (a server where we may create databases) and SCALE_REDIS_URL
are set, as .ci/run does; skipped otherwise. Creates a scratch database
infopoint_scale_<random>, migrates it, starts instances A and B with production settings
(DEBUG off, HTTPS=0 because they listen on plain localhost ports), and drops the database
at the end. Redis keys get a prefix of their own, so a shared Redis is not disturbed.
"""

import html.parser
import http.cookies
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("SCALE_DATABASE_URL", "")
REDIS_URL = os.environ.get("SCALE_REDIS_URL", "")

SKIP_REASON = (
    "set SCALE_DATABASE_URL and SCALE_REDIS_URL (a PostgreSQL server where databases may be "
    "created, and a Redis) to run the scale suite; .ci/run sets both"
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(name):
    parts = urllib.parse.urlsplit(DATABASE_URL)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def admin_sql(statement):
    import psycopg

    with psycopg.connect(DATABASE_URL, autocommit=True, connect_timeout=10) as connection:
        connection.execute(statement)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Browser:
    """A minimal browser: one cookie jar for both instances (cookies ignore the port)."""

    cookies: dict = field(default_factory=dict)

    def request(self, url, data=None, method=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, method=method)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, response.read().decode()

    def get(self, url):
        return self.request(url)

    def post(self, url, data):
        if isinstance(data, dict):
            data = list(data.items())
        token = ("csrfmiddlewaretoken", self.cookies.get("csrftoken", ""))
        return self.request(url, [item for item in data if item[0] != token[0]] + [token])


class FormFields(html.parser.HTMLParser):
    """The values a browser would submit for the form with id `form_id` (admin forms)."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or ("name" not in attrs and tag != "option"):
            return
        if tag == "input" and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio"):
                self.fields.append((attrs["name"], attrs.get("value") or ""))
            elif "checked" in attrs:
                self.fields.append((attrs["name"], attrs.get("value") or "on"))
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.fields.append((self._textarea, ""))

    def handle_data(self, data):
        if self._textarea:
            name, value = self.fields.pop()
            self.fields.append((name, value + data))

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def form_fields(page, form_id):
    parser = FormFields(form_id)
    parser.feed(page)
    return parser.fields


@dataclass
class Cluster:
    env: dict
    a: str
    b: str
    mail_dir: Path
    processes: list

    def manage(self, *args, timeout=120):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout


def wait_until_up(url, process, deadline=40):
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        assert process.poll() is None, "gunicorn exited before it answered"
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {deadline} s")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    if not (DATABASE_URL and REDIS_URL):
        pytest.skip(SKIP_REASON)
    name = f"infopoint_scale_{secrets.token_hex(4)}"
    tmp = tmp_path_factory.mktemp("scale")
    mail_dir = tmp / "mail"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    for variable in ("INFOPOINT_DEMO", "TEST_DATABASE_NAME", "DATABASE_REPLICA_URL"):
        env.pop(variable, None)
    env.update(
        DJANGO_SETTINGS_MODULE="tests.scale.settings",
        DATABASE_URL=database_url(name),
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=name,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DEBUG="0",
        HTTPS="0",
        REQUIRE_2FA="0",
        RATELIMIT_ENABLED="1",
        EMAIL_URL=f"file://{mail_dir}",
        INFOPOINT_VAR_DIR=str(tmp / "var"),
        INFOPOINT_REQUEST_LOG="0",
        PYTHONPATH=str(BASE_DIR),
    )
    admin_sql(f'CREATE DATABASE "{name}"')
    processes = []
    try:
        cluster = Cluster(env=env, a="", b="", mail_dir=mail_dir, processes=processes)
        # The instances boot while the schema is being created: they touch the database
        # only when asked.
        urls = []
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "infopoint.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "2",
                    "--log-level",
                    "warning",
                ],
                cwd=BASE_DIR,
                env=env,
                start_new_session=True,
            )
            processes.append(process)
            urls.append(f"http://127.0.0.1:{port}")
        cluster.manage("migrate", "--verbosity", "0", timeout=180)
        cluster.manage(
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model; from desk.models import Office; "
            "u = get_user_model().objects.create_superuser('scale', 's@example.org', "
            "'scale-password-123'); "
            "o = Office.objects.create(name='Офис', name_en='Office', slug='scale', "
            "address='Калининград, пл. Победы, 1', "
            "is_public=True); o.staff.add(u)",
        )
        for url, process in zip(urls, processes, strict=True):
            wait_until_up(url, process)
        cluster.a, cluster.b = urls
        yield cluster
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _drop_redis_keys(name)


def _drop_redis_keys(prefix):
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def browser():
    return Browser()
