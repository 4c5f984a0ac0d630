from django.core.management.base import BaseCommand

from desk.services.reminders import follow_up_reminders_send


class Command(BaseCommand):
    help = "E-mail each officer their follow-ups due today or overdue (once a day)."

    def handle(self, *args, **options):
        count = follow_up_reminders_send()
        self.stdout.write(f"Queued {count} follow-up reminder e-mail(s).")
