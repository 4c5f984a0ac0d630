from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

# Every daily job, in the order they must run; each is its app's own command (named,
# not imported: the project shell wires the apps, it does not reach into them). Backups
# have their own timer (infopoint-backup.timer), the weekly digest too
# (infopoint-digest.timer).
DAILY = [
    # Before the dashboards: a referral past its due day becomes "no answer".
    "mark_unanswered_referrals",
    # Retention (152-FZ art. 21): anonymise, delete what has passed its period.
    "anonymise_inactive",
    # The dashboards' stored months, after the two above changed what they count.
    "refresh_dashboard_months",
    "publish_scheduled",
    "refresh_search_vocabulary",
    "send_follow_up_reminders",
]


class Command(BaseCommand):
    help = (
        "Run every daily job in turn (docs/deploy/infopoint-daily.timer). A job that fails "
        "does not stop the others; the command fails at the end if any did."
    )

    def handle(self, *args, **options):
        failed = []
        for name in DAILY:
            self.stdout.write(f"{name}: ", ending="")
            try:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
            except Exception as error:  # the other jobs must still run
                failed.append(name)
                self.stderr.write(f"{name} failed: {error!r}")
        if failed:
            raise CommandError(f"{len(failed)} of {len(DAILY)} daily jobs failed: {failed}")
        self.stdout.write(f"All {len(DAILY)} daily jobs ran.")
