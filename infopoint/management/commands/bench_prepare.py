from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from infopoint.bench import seed


class Command(BaseCommand):
    help = "Bring a seeded benchmark database up to date after migrations (derived tables)."

    def handle(self, *args, **options):
        if not settings.BENCH or not connection.settings_dict["NAME"].startswith(
            "infopoint_bench"
        ):
            raise CommandError("bench_prepare runs only on a benchmark database.")
        for name, seconds in seed.prepare().items():
            self.stdout.write(f"{name}: {seconds} s")
