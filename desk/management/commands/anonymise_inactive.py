from django.conf import settings
from django.core.management.base import BaseCommand

from desk.services.retention import anonymise_inactive


class Command(BaseCommand):
    help = "Anonymise entrepreneurs without activity for RETENTION_YEARS (152-FZ)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--years", type=int, default=None, help="Override settings.RETENTION_YEARS."
        )

    def handle(self, *args, years=None, **options):
        years = settings.RETENTION_YEARS if years is None else years
        log = anonymise_inactive(years=years, triggered_by="anonymise_inactive")
        self.stdout.write(
            f"Anonymised {log.count} entrepreneur(s) inactive since {log.cutoff:%Y-%m-%d}."
        )
