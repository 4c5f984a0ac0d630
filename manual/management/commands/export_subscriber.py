import json

from django.core.management.base import BaseCommand, CommandError

from manual.news import services


class Command(BaseCommand):
    help = "Print everything kept about a news subscriber as JSON (a data access request)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        data = services.subscriber_export(email=email)
        if data is None:
            raise CommandError(f"No subscriber with the e-mail {email}.")
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
