import hashlib
import os
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command
from django.core.management.base import BaseCommand


def static_fingerprint():
    """Names, sizes and times of every static source file."""
    digest = hashlib.sha256()
    for finder in get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            stat = os.stat(storage.path(path))
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


class Command(BaseCommand):
    help = (
        "collectstatic, skipped when no static source changed since the last run: whitenoise "
        "compresses every file with gzip and brotli, which takes over 15 seconds."
    )

    def handle(self, *args, **options):
        marker = Path(settings.STATIC_ROOT) / ".infopoint-fingerprint"
        fingerprint = static_fingerprint()
        if marker.exists() and marker.read_text() == fingerprint:
            self.stdout.write("Static files unchanged.")
            return
        call_command("collectstatic", interactive=False, verbosity=0)
        marker.write_text(fingerprint)
        self.stdout.write("Static files collected.")
