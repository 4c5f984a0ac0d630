"""`make test` runs the benchmark once at the small scale: it must work end to end.

Nothing is timed here; speed is judged by `make bench SCALE=region` as ratios to the
baseline measured in the same run (docs/performance.md).
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not shutil.which("wrk"), reason="wrk is not installed (apt install wrk)"
)

ROLES = [
    "home",
    "article",
    "directory",
    "search",
    "queue",
    "case",
    "dashboard",
    "intake",
    "home_cached",
    "article_cached",
    "directory_cached",
]


def test_small_benchmark_runs_and_reports_every_page_against_the_baseline():
    result = subprocess.run(
        [sys.executable, "-m", "infopoint.cli", "bench", "--scale", "small"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads((BASE_DIR / "var" / "bench" / "report.json").read_text())
    pages = {page["name"]: page for page in report["pages"]}
    assert pages["baseline"]["ratio"] == 1.0
    for name, page in pages.items():
        assert page["errors"] == 0, name
        assert page["rps"] > 0, name
        assert page["ratio"] > 0, name
    assert {page["role"] for page in report["pages"]} >= {"static", "fortunes", *ROLES}
    assert pages["fortunes"]["queries"] == 1
    # A cached page is served without a query; the logged-in pages really were logged in.
    for name in ("home_cached", "article_cached", "directory_cached"):
        assert pages[name]["queries"] == 0, name
    assert pages["queue"]["queries"] > 3
    assert report["worker_peak_rss_mb"] > 0
    assert report["counts"]["cases"] == 2_000
    assert report["database_size_mb"] > 0
