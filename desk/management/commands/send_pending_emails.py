from datetime import timedelta

from django.core.management.base import BaseCommand

from desk.tasks import requeue_stale_emails


class Command(BaseCommand):
    help = "Enqueue again desk e-mails left pending by a worker that stopped mid-task."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=15,
            metavar="MINUTES",
            help="only e-mails queued at least this many minutes ago (default 15)",
        )

    def handle(self, *args, older_than, **options):
        count = requeue_stale_emails(older_than=timedelta(minutes=older_than))
        self.stdout.write(f"Re-enqueued {count} pending e-mail(s).")
