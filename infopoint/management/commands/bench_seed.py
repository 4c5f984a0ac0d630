import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from infopoint.bench import seed


class Command(BaseCommand):
    help = "Seed the benchmark database (never the demo one) and write the pages to measure."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=["small", "medium", "region"], default="small")
        parser.add_argument("--targets", required=True)

    def handle(self, *args, scale, targets, **options):
        if not settings.BENCH or not connection.settings_dict["NAME"].startswith(
            "infopoint_bench"
        ):
            raise CommandError("bench_seed runs only on a benchmark database (infopoint bench).")
        result = seed.seed(scale=scale)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            result["database_size_mb"] = round(cursor.fetchone()[0] / 2**20)
        with open(targets, "w", encoding="utf-8") as target_file:
            json.dump(result, target_file, ensure_ascii=False, indent=2)
        counts = ", ".join(f"{name} {count}" for name, count in result["counts"].items())
        self.stdout.write(f"Seeded the {scale} benchmark database: {counts}.")
