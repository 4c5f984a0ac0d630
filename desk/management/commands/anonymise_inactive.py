from django.core.management.base import BaseCommand, CommandError

from desk.services.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Apply the retention rules (152-FZ): anonymise entrepreneurs inactive for "
        "RETENTION_YEARS, and those who withdrew their consent, everywhere; delete site "
        "feedback and logged searches past their retention. Safe to run again: a second "
        "run finds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--years", type=int, default=None, help="Override settings.RETENTION_YEARS."
        )

    def handle(self, *args, years=None, **options):
        if years is not None and years < 1:
            raise CommandError("--years must be at least 1.")
        people, withdrawn, feedback, searches = apply_retention(
            years=years, triggered_by="anonymise_inactive"
        )
        self.stdout.write(
            f"Anonymised {people.count} entrepreneur(s) inactive since {people.cutoff:%Y-%m-%d}"
            f" ({people.rows} row(s) in {len(people.tables)} table(s)) and {withdrawn.count}"
            f" who withdrew their consent ({withdrawn.rows} row(s)); deleted"
            f" {feedback.count} site feedback message(s) before {feedback.cutoff:%Y-%m-%d}"
            f" and {searches.count} logged search(es) before {searches.cutoff:%Y-%m-%d}."
        )
