from django.core.management.base import BaseCommand

from monitoring.dashboards import monthly
from monitoring.tasks import refresh_dashboard_months


class Command(BaseCommand):
    help = (
        "Recompute the dashboards' stored monthly figures of the last whole months, for "
        "every office and all offices together (nightly)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=monthly.REFRESHED_MONTHS,
            help="how many whole months before the current one (default: %(default)s)",
        )
        parser.add_argument(
            "--enqueue", action="store_true", help="hand the job to the task worker instead"
        )

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = refresh_dashboard_months.enqueue(options["months"])
            self.stdout.write(f"Dashboard months refresh enqueued (task {result.id}).")
            return
        count = refresh_dashboard_months.call(options["months"])
        self.stdout.write(f"Recomputed {count} dashboard month(s).")
