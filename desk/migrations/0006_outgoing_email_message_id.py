"""Each outgoing e-mail keeps its own random Message-ID. The e-mails already queued or
sent keep the one they were (or would have been) sent with, derived from their key and id,
so that a retry of a pending one still carries the same."""

import hashlib

from django.db import migrations, models

import desk.models.outbox


def keep_the_derived_message_ids(apps, schema_editor):
    OutgoingEmail = apps.get_model("desk", "OutgoingEmail")
    for email in OutgoingEmail.objects.only("pk", "key").iterator():
        digest = hashlib.sha256(email.key.encode()).hexdigest()[:32]
        email.message_id = f"<{digest}.{email.pk}@infopoint.desk>"
        email.save(update_fields=["message_id"])


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0005_track_opening_hours_and_standards_history"),
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
                default=desk.models.outbox.new_message_id,
                editable=False,
                max_length=255,
                unique=True,
                verbose_name="Message-ID",
            ),
        ),
    ]
