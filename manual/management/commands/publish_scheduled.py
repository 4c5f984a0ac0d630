from django.core.management.base import BaseCommand

from manual.services import publish_scheduled


class Command(BaseCommand):
    help = "Publish the manual revisions whose scheduled publication time has come."

    def handle(self, *args, **options):
        count = publish_scheduled()
        self.stdout.write(f"Published {count} scheduled revision(s).")
