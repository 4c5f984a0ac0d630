from django.core.management.base import BaseCommand

from infopoint.changes import fold_change_counters


class Command(BaseCommand):
    help = (
        "Fold the change counters of database connections that have ended into one row per "
        "scope (the sums the staff screens' caches key on stay as they were). Run daily."
    )

    def handle(self, *args, **options):
        folded = fold_change_counters()
        self.stdout.write(f"Folded {folded} change counter rows of ended connections.")
