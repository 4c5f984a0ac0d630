from django.core.management.base import BaseCommand

from desk.tasks import requeue_stale_emails


class Command(BaseCommand):
    help = "Enqueue again desk e-mails left pending by a worker that stopped mid-task."

    def handle(self, *args, **options):
        count = requeue_stale_emails()
        self.stdout.write(f"Re-enqueued {count} pending e-mail(s).")
