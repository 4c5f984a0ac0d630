from django.core.management.base import BaseCommand

from manual.news.tasks import send_weekly_digest


class Command(BaseCommand):
    help = "Enqueue the weekly digest of news, events and updated articles for subscribers."

    def handle(self, *args, **options):
        result = send_weekly_digest.enqueue()
        self.stdout.write(f"Weekly digest enqueued (task {result.id}).")
