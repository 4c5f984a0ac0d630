import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

APPS = ["desk", "manual", "feedback", "stakeholders", "monitoring"]


def catalogue_paths():
    """Every .po of the project: locale/ (templates/ and infopoint/) and each app's own."""
    roots = [Path(settings.BASE_DIR) / "locale"] + [
        Path(settings.BASE_DIR) / app / "locale" for app in APPS
    ]
    return sorted(path for root in roots for path in root.glob("*/LC_MESSAGES/django.po"))


class Command(BaseCommand):
    help = (
        "Update the translation catalogues (each app keeps its own) from the source, copy "
        "English source strings into the English catalogue, and compile every catalogue in "
        "Python. --compile-only skips the extraction, which needs GNU gettext."
    )

    def add_arguments(self, parser):
        parser.add_argument("--compile-only", action="store_true")
        parser.add_argument(
            "--app",
            choices=[*APPS, "project"],
            help="extract only this app's strings (or the project's: templates/, infopoint/)",
        )

    def handle(self, *args, compile_only=False, app=None, **options):
        try:
            import polib  # a development tool: the .mo files are committed
        except ImportError as error:
            raise CommandError('polib is missing: pip install -e ".[dev]"') from error
        base = Path(settings.BASE_DIR)
        if not compile_only:
            manage = [
                sys.executable,
                str(base / "manage.py"),
                "makemessages",
                "-l",
                "ru",
                "-l",
                "en",
            ]
            env = {**os.environ, "PYTHONPATH": str(base)}
            for name in [item for item in APPS if app in (None, item)]:
                (base / name / "locale").mkdir(exist_ok=True)
                subprocess.run(
                    [*manage, "--ignore", "migrations/*"], cwd=base / name, env=env, check=True
                )
            ignore = [f"{name}/*" for name in APPS] + [".venv/*", "var/*", "tests/*", "docs/*"]
            if app in (None, "project"):
                subprocess.run(
                    [*manage, *[arg for item in ignore for arg in ("--ignore", item)]],
                    cwd=base,
                    env=env,
                    check=True,
                )
        for po_path in catalogue_paths():
            catalogue = polib.pofile(str(po_path))
            if po_path.parts[-3] == "en":
                # Source strings are English, so English translates every entry to
                # itself. gettext's fuzzy guesses ("closed" → "closes") are never kept.
                for entry in catalogue:
                    if entry.msgid_plural:
                        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                    else:
                        entry.msgstr = entry.msgid
                    if "fuzzy" in entry.flags:
                        entry.flags.remove("fuzzy")
                    entry.previous_msgid = None
                    entry.previous_msgctxt = None
                catalogue.save()
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
        self.stdout.write(f"{len(catalogue_paths())} catalogues compiled.")
