"""One way to ask the time: application code calls django.utils.timezone, never the wall
clock directly, so that tests can set the date and the portal counts working days in
Kaliningrad's time zone whatever the server's own zone is.

PostgreSQL's clock is not Python's: time-machine moves only Python's. The database's
now() is read by the rate-limit window (written and compared in SQL alone) and by
pghistory's triggers (the history's pgh_created_at); no test that sets the clock compares
either with Python's time. `.ci/run` moves both clocks at once with faketime."""

import ast
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

ROOT = Path(__file__).resolve().parents[2]
APPLICATION = ["infopoint", "desk", "manual", "feedback", "stakeholders", "monitoring"]

# The attribute calls that read the wall clock in the machine's own zone or naively.
FORBIDDEN = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("datetime", "utcfromtimestamp"),
    ("time", "localtime"),
}


def wall_clock_calls(source, filename="<source>"):
    """`(line, "date.today")` for every call in `source` that reads the wall clock."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        # datetime.datetime.now() as well as datetime.now()
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in FORBIDDEN:
            found.append((node.lineno, f"{name}.{node.func.attr}"))
    return found


def _application_files():
    for package in APPLICATION:
        yield from sorted((ROOT / package).rglob("*.py"))


def test_the_checker_finds_every_way_of_reading_the_wall_clock():
    source = (
        "import datetime, time\n"
        "from datetime import date, datetime as dt\n"
        "a = date.today()\n"
        "b = datetime.datetime.now()\n"
        "c = datetime.datetime.utcnow()\n"
        "d = time.localtime()\n"
        "e = timezone.now()\n"
        "f = timezone.localdate()\n"
    )
    assert wall_clock_calls(source) == [
        (3, "date.today"),
        (4, "datetime.now"),
        (5, "datetime.utcnow"),
        (6, "time.localtime"),
    ]


def test_application_code_asks_the_time_only_through_django_timezone():
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {call}()"
        for path in _application_files()
        for line, call in wall_clock_calls(path.read_text(encoding="utf-8"), str(path))
    ]
    assert len(list(_application_files())) > 100
    assert offenders == [], "use timezone.now() / timezone.localdate():\n" + "\n".join(offenders)


@pytest.mark.now("2026-12-31 23:30")
def test_the_marker_sets_kaliningrad_time_for_django():
    assert timezone.localdate().isoformat() == "2026-12-31"
    assert timezone.now().isoformat().startswith("2026-12-31T21:30")


def test_the_clock_fixture_stops_and_moves_the_clock(clock):
    clock.at("2028-02-28 23:59")
    assert timezone.localtime().strftime("%d.%m.%Y %H:%M") == "28.02.2028 23:59"
    clock.shift(timedelta(minutes=1))
    assert timezone.localdate().isoformat() == "2028-02-29"
