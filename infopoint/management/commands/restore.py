from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from infopoint import backup
from infopoint.public_cache import start_new_generation


class Command(BaseCommand):
    help = "Replace the database's contents with a pg_dump archive written by `backup`."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="the archive to restore")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, *args, path, interactive=True, **options):
        name = settings.DATABASES["default"]["NAME"]
        if interactive:
            answer = input(f"This replaces everything in database {name!r}. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            backup.restore(path=path)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Database {name!r} restored from {path}.")
        start_new_generation()
        self.stdout.write(
            "Cleared the page cache (a new generation). Every running process forgets its "
            "kept screens and permissions on its next request: they were read from the "
            "database before the restore."
        )
