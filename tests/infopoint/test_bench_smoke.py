"""`make test` runs the benchmark once at the small scale: it must work end to end.

Nothing is timed here; speed is judged by `make bench SCALE=region` as ratios to the
baseline measured in the same run (docs/performance.md).
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]

needs_wrk = pytest.mark.skipif(
    not shutil.which("wrk"), reason="wrk is not installed (apt install wrk)"
)

ROLES = [
    "home",
    "article",
    "directory",
    "search",
    "queue",
    "case",
    "queue_writes",
    "case_writes",
    "dashboard",
    "intake",
    "home_cached",
    "article_cached",
    "directory_cached",
]


@needs_wrk
def test_small_benchmark_runs_and_reports_every_page_against_the_baseline():
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "run", "--scale", "small"],
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
    assert pages["queue"]["queries"] >= 2  # the session and the user: really logged in
    # The staff screens under writes: a second client really wrote (its rate is reported,
    # not asserted: a loaded machine or a moved clock slows it), and the first view after a
    # change was timed.
    for name in ("queue_writes", "case_writes"):
        assert pages[name]["writes_per_second"] > 0, name
        assert pages[name]["write_errors"] == 0, name
        assert pages[name]["first_view"]["p50_ms"] > 0, name
        assert pages[name]["first_view"]["queries"] > 2, name
    assert report["worker_peak_rss_mb"] > 0
    assert report["counts"]["cases"] == 2_000
    assert report["database_size_mb"] > 0


@pytest.mark.django_db
def test_the_seeders_insert_fills_every_not_null_column_it_is_not_given():
    """Fields another app adds later get their default or a constant of their type."""
    from benchmarks import sql
    from desk.models import Office, ServiceStandard

    inserted = sql.insert(Office, "generate_series(1, 3) g", {"name": "'Офис ' || g"})
    standards = sql.insert(
        ServiceStandard, "desk_office o", {"office_id": "o.id", "description": "''"}
    )

    assert inserted == 3
    assert standards == 3
    offices = Office.objects.order_by("slug")
    assert [office.slug for office in offices] == ["seed-1", "seed-2", "seed-3"]
    assert all(office.is_public and office.order == 0 for office in offices)
    assert {standard.resolution_days for standard in ServiceStandard.objects.all()} == {5}


@pytest.mark.django_db
def test_the_seed_check_finds_a_reference_to_a_missing_row():
    from benchmarks import sql
    from desk.models import Case

    assert sql.orphaned_references({"desk"}) == []
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        try:
            sql.insert(
                Case,
                "generate_series(1, 1) g",
                {
                    "reference": "'KGD-2026-999999'",
                    "office_id": "424242",
                    "question": "'?'",
                    "updated_at": "now()",
                },
            )
        finally:
            cursor.execute("SET session_replication_role = origin")

    assert "desk_case.office_id" in sql.orphaned_references({"desk"})


def test_the_runtime_never_imports_the_benchmark():
    """benchmarks/ is not installed with the portal: no runtime module may name it."""
    runtime = ["infopoint", "desk", "manual", "feedback", "stakeholders", "monitoring"]
    offenders = [
        str(path.relative_to(BASE_DIR))
        for package in runtime
        for path in (BASE_DIR / package).rglob("*.py")
        if re.search(r"^\s*(from|import)\s+benchmarks\b", path.read_text(), re.MULTILINE)
    ]
    assert offenders == []
