"""Background jobs of the back-office (django.tasks, database backend)."""

from django.tasks import task

from monitoring.dashboards import monthly


@task()
def refresh_dashboard_months(months: int = monthly.REFRESHED_MONTHS) -> int:
    """Recompute the stored monthly dashboard figures of the last `months` whole months,
    for every office and all offices together. Run nightly; returns the months stored."""
    return monthly.refresh_all(months=months)
