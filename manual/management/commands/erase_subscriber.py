from django.core.management.base import BaseCommand, CommandError

from manual.news import services


class Command(BaseCommand):
    help = "Erase a news subscriber's data (e-mail, topics, consent, what was sent, history)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not services.subscriber_erase(email=email):
            raise CommandError(f"No subscriber with the e-mail {email}.")
        self.stdout.write(f"Subscriber {email} erased.")
