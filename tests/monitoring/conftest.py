from datetime import date

import pytest

from infopoint import roles
from monitoring import services
from tests.conftest import _staff
from tests.monitoring import dashboard_data


@pytest.fixture
def second_head(office, other_office):
    """Another department head: the approver of the head's reports."""
    return _staff("second_head", roles.HEAD, [office, other_office])


@pytest.fixture
def data(office, other_office, officer, colleague):
    built = dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )
    dashboard_data.build_feedback(built, office=office, other_office=other_office)
    return built


def start_november(head, office, language="ru"):
    return services.report_start(
        user=head, kind="month", first_day=date(2026, 11, 17), office=office, language=language
    )


def write(
    report, user, *, findings="Очередь у окна сократилась.", recommendations="Делать так же."
):
    return services.report_save(
        user=user,
        report=report,
        version=report.version,
        title=report.title,
        findings=findings,
        recommendations=recommendations,
    )
