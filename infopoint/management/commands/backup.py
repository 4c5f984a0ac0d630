from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from infopoint import backup


class Command(BaseCommand):
    help = "Write a pg_dump archive of the database (default: var/backups/infopoint-<time>.dump)."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="the archive to write")

    def handle(self, *args, output=None, **options):
        try:
            path = backup.backup(output=output)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Backup written to {path} ({path.stat().st_size:,} bytes).")
