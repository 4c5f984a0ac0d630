from django.core.management.base import BaseCommand

from manual.tasks import refresh_search_vocabulary


class Command(BaseCommand):
    help = "Rebuild the manual's search vocabulary (close spellings) from the published text."

    def handle(self, *args, **options):
        count = refresh_search_vocabulary.call()
        self.stdout.write(f"The search vocabulary has {count} word(s).")
