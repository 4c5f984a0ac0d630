from django.core.management.base import BaseCommand

from desk.services.referrals import referrals_mark_unanswered


class Command(BaseCommand):
    help = "Mark referrals past their agreed answer date without an answer as 'no answer'."

    def handle(self, *args, **options):
        count = referrals_mark_unanswered()
        self.stdout.write(f"Marked {count} referral(s) as unanswered.")
