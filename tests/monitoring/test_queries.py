"""The report pages' query counts do not grow with the number of reports."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from monitoring import services
from tests.monitoring.conftest import write

pytestmark = pytest.mark.now("2026-12-10 12:00")


def _reports(head, approver, months):
    made = []
    for month in months:
        report = services.report_start(
            user=head, kind="month", first_day=date(2026, month, 1), office=None, language="ru"
        )
        report = write(report, head)
        services.report_submit(user=head, report=report)
        services.report_approve(user=approver, report=report)
        made.append(services.report_publish(user=approver, report=report))
    return made


def _count(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_report_list_runs_the_same_queries_for_one_report_or_many(
    client, db, head, admin_user
):
    client.force_login(head)
    _reports(head, admin_user, [1])
    _count(client, reverse("monitoring:reports"))  # builds the kept sidebar
    one = _count(client, reverse("monitoring:reports"))
    _reports(head, admin_user, [2, 3, 4, 5])

    many = _count(client, reverse("monitoring:reports"))

    # 1 the session, 2 the user, 3 the user's and their groups' permissions, 4 the offices
    # of the start form's choices, 5 the reports with their office, author and approver
    # (the sidebar is kept from the first request).
    assert many == one == 5


def test_a_published_report_page_reads_the_report_once(client, db, head, admin_user):
    (report,) = _reports(head, admin_user, [11])
    url = reverse("monitoring:public_report", args=[report.pk])

    # 1 the report with its office; 2 the footer's office, 3 its opening hours.
    assert _count(client, url) == 3


def test_an_approved_report_in_the_back_office_reads_no_figures(client, db, head, admin_user):
    (report,) = _reports(head, admin_user, [11])
    client.force_login(head)
    _count(client, report.get_absolute_url())  # builds the kept sidebar

    # 1 the session, 2 the user, 3 the user's and their groups' permissions, 4 the report
    # with its office, author and approver, 5 its versions with who saved them: the stored
    # figures need no query at all.
    assert _count(client, report.get_absolute_url()) == 5
