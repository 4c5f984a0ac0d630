from django.core.management.base import BaseCommand

from infopoint import demo


class Command(BaseCommand):
    help = "Load the demo offices, users and content (idempotent: safe to run again)."

    def handle(self, *args, **options):
        users = demo.load()
        self.stdout.write(f"Demo data loaded ({len(users)} demo users).")
