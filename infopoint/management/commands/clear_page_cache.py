from django.core.management.base import BaseCommand

from infopoint.public_cache import start_new_generation


class Command(BaseCommand):
    help = (
        "Start a new generation of the shared page cache: every cached public page and "
        "fragment is rendered again. Run it after a fail-over or a point-in-time recovery "
        "(docs/deploy.md, section 6); `restore` does it by itself."
    )

    def handle(self, *args, **options):
        start_new_generation()
        self.stdout.write("Cleared the page cache (a new generation) for every instance.")
