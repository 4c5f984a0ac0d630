"""`manage.py daily` runs every daily job, each its app's own command, and its timer is
shipped (docs/deploy)."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command, get_commands
from django.core.management.base import CommandError

from infopoint.management.commands import daily
from monitoring.models import DashboardMonth

DEPLOY = Path(__file__).resolve().parents[2] / "docs" / "deploy"


def test_every_daily_job_is_an_installed_command():
    commands = get_commands()

    assert [name for name in daily.DAILY if name not in commands] == []


def test_the_referrals_are_marked_before_the_dashboards_count_them():
    assert daily.DAILY.index("mark_unanswered_referrals") < daily.DAILY.index(
        "refresh_dashboard_months"
    )


@pytest.mark.now("2026-12-10 03:15")
def test_it_runs_every_job_and_stores_the_dashboard_months(db, office):
    out = StringIO()

    call_command("daily", stdout=out)

    text = out.getvalue()
    assert [name for name in daily.DAILY if f"{name}: " not in text] == []
    assert f"All {len(daily.DAILY)} daily jobs ran." in text
    assert DashboardMonth.objects.filter(office=office).count() == 13


def test_a_failing_job_does_not_stop_the_others_and_fails_the_run(db, monkeypatch):
    ran = []

    def fake(name, **kwargs):
        ran.append(name)
        if name == "anonymise_inactive":
            raise RuntimeError("disk full")

    monkeypatch.setattr(daily, "call_command", fake)
    err = StringIO()

    with pytest.raises(CommandError, match="1 of"):
        call_command("daily", stdout=StringIO(), stderr=err)

    assert ran == daily.DAILY
    assert "anonymise_inactive failed" in err.getvalue()


def test_the_timer_runs_the_daily_command():
    service = (DEPLOY / "infopoint-daily.service").read_text()
    timer = (DEPLOY / "infopoint-daily.timer").read_text()

    assert "manage.py daily" in service
    assert "OnCalendar=" in timer
    assert "infopoint-daily.timer" in (DEPLOY.parent / "deploy.md").read_text()
