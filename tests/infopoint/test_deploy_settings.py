"""Production settings pass `check --deploy` without warnings when given a secret key
and an HTTPS host, and refuse to start without a secret key."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    dropped = {"PYTEST_VERSION", "SECRET_KEY", "INFOPOINT_DEMO", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x" * 20 + "production-secret-key-with-enough-entropy-0123456789",
        ALLOWED_HOSTS="infopoint.example.org",
        EMAIL_URL="smtp://infopoint:secret@mail.example.org:587?tls=1",
        DATABASE_URL=os.environ.get("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_it_refuses_to_start_without_a_secret_key_in_production():
    result = _manage("check", DATABASE_URL="postgres://nobody@127.0.0.1:1/none")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
