"""Each outgoing e-mail keeps its own random Message-ID. The e-mails already queued or
sent keep the one they were (or would have been) sent with, derived from their key and id,
so that a retry of a pending one still carries the same. The column gets a database
default too (a random UUID), for the previous release's INSERTs during the deploy."""

import hashlib

from django.contrib.postgres.functions import RandomUUID
from django.db import migrations, models
from django.db.models.functions import Cast, Concat

import desk.models.outbox


def keep_the_derived_message_ids(apps, schema_editor):
    OutgoingEmail = apps.get_model("desk", "OutgoingEmail")
    for email in OutgoingEmail.objects.only("pk", "key").iterator():
        digest = hashlib.sha256(email.key.encode()).hexdigest()[:32]
        email.message_id = f"<{digest}.{email.pk}@infopoint.desk>"
        email.save(update_fields=["message_id"])


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0006_destruction_log_per_table_and_rule"),
    ]

    operations = [
        migrations.AddField(
            model_name="outgoingemail",
            name="message_id",
            field=models.CharField(
                editable=False, max_length=255, null=True, verbose_name="Message-ID"
            ),
        ),
        migrations.RunPython(keep_the_derived_message_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="outgoingemail",
            name="message_id",
            field=models.CharField(
                db_default=Concat(
                    models.Value("<"),
                    Cast(RandomUUID(), output_field=models.CharField()),
                    models.Value("@infopoint.desk>"),
                    output_field=models.CharField(),
                ),
                default=desk.models.outbox.new_message_id,
                editable=False,
                max_length=255,
                verbose_name="Message-ID",
            ),
        ),
    ]
