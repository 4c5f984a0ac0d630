import json

from django.core.management.base import BaseCommand, CommandError

from desk.models import Entrepreneur
from desk.services.retention import entrepreneur_export


class Command(BaseCommand):
    help = "Print one entrepreneur's data as JSON (152-FZ art. 14, right of access)."

    def add_arguments(self, parser):
        parser.add_argument("entrepreneur_id", type=int)

    def handle(self, *args, entrepreneur_id, **options):
        entrepreneur = Entrepreneur.objects.filter(pk=entrepreneur_id).first()
        if entrepreneur is None:
            raise CommandError(f"No entrepreneur with id {entrepreneur_id}.")
        data = entrepreneur_export(entrepreneur=entrepreneur)
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
