"""A case stands on its own office's record of the person, and the database holds it.

The case's (entrepreneur, office) references the entrepreneur's (id, office): a case of
office B can no longer stand on office A's record, whoever writes it (docs/security.md).
Django knows nothing of the foreign key; `desk.services.cases.require_record_of_office`
says the same in words before any write, and this is the guarantee behind it.

Online, as tests/infopoint/test_migrations_online.py asks of every migration: the unique
index the key references is built CONCURRENTLY; the key is added NOT VALID (a moment's
lock, no scan; from then on every new or changed case is checked); the cases that stood
on another office's record before the per-office records are given one of their own
office; then VALIDATE scans the cases without blocking writes. The key is DEFERRABLE
(INITIALLY IMMEDIATE, so it checks each statement like any other), only so that a test of
an older migration can lay out the data of its time inside its own transaction.

A case of office B standing on office A's record dates from before each office kept its
own (`0013`–`0015`), when B's staff saw A's record through the case. It now stands on B's
record of the same taxpayer (by INN) if B keeps one, else on a copy made for B of what B
saw then (the person, the consents they had given, the same person for the figures), and
A's record is no longer shown to B. A record with cases and no office gets the office of
its first case, as `0014` did.
"""

from django.db import migrations
from django.db.models import Exists, F, OuterRef, Subquery

KEY = "case_entrepreneur_of_its_office"
INDEX = "entrepreneur_id_office_unique"
FIELDS = (
    "name",
    "business_name",
    "legal_form",
    "inn",
    "ogrn",
    "phone",
    "email",
    "language",
    "sector",
    "created_at",
    "last_activity_at",
    "anonymised_at",
)


def give_each_case_a_record_of_its_office(apps, schema_editor):
    Entrepreneur = apps.get_model("desk", "Entrepreneur")
    Case = apps.get_model("desk", "Case")
    Consent = apps.get_model("desk", "Consent")
    # One statement, not a query per record (a region has hundreds of thousands).
    first_office = (
        Case.objects.filter(entrepreneur=OuterRef("pk"))
        .order_by("opened_at", "pk")
        .values("office")
    )
    Entrepreneur.objects.filter(office__isnull=True).filter(
        Exists(Case.objects.filter(entrepreneur=OuterRef("pk")))
    ).update(office_id=Subquery(first_office[:1]))
    strays = (
        Case.objects.exclude(entrepreneur=None)
        .exclude(entrepreneur__office=F("office"))
        .values_list("entrepreneur", "office")
        .distinct()
        .order_by("entrepreneur", "office")
    )
    for record_id, office_id in list(strays):
        record = Entrepreneur.objects.get(pk=record_id)
        own = None
        if record.inn:
            own = Entrepreneur.objects.filter(office_id=office_id, inn=record.inn).first()
        if own is None:
            own = Entrepreneur.objects.create(
                office_id=office_id,
                # The copy sorts after the record (created at the same moment, a later
                # id): it is never the taxpayer's first record.
                first_record_id=record.first_record_id or record.pk,
                **{name: getattr(record, name) for name in FIELDS},
            )
            Consent.objects.bulk_create(
                Consent(
                    entrepreneur=own,
                    given_at=consent.given_at,
                    channel=consent.channel,
                    text_version=consent.text_version,
                    recorded_by_id=consent.recorded_by_id,
                    withdrawn_at=consent.withdrawn_at,
                )
                for consent in Consent.objects.filter(entrepreneur=record).order_by("pk")
            )
        own.offices.add(office_id)
        Case.objects.filter(entrepreneur=record, office_id=office_id).update(entrepreneur=own)
        record.offices.remove(office_id)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("desk", "0016_timeline_line_data"),
    ]

    operations = [
        migrations.RunSQL(
            f'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "{INDEX}" '
            'ON "desk_entrepreneur" ("id", "office_id")',
            f'DROP INDEX CONCURRENTLY IF EXISTS "{INDEX}"',
        ),
        migrations.RunSQL(
            f'ALTER TABLE "desk_case" ADD CONSTRAINT "{KEY}" '
            'FOREIGN KEY ("entrepreneur_id", "office_id") '
            'REFERENCES "desk_entrepreneur" ("id", "office_id") '
            "DEFERRABLE INITIALLY IMMEDIATE NOT VALID",
            f'ALTER TABLE "desk_case" DROP CONSTRAINT IF EXISTS "{KEY}"',
        ),
        migrations.RunPython(
            give_each_case_a_record_of_its_office, migrations.RunPython.noop, atomic=True
        ),
        migrations.RunSQL(
            f'ALTER TABLE "desk_case" VALIDATE CONSTRAINT "{KEY}"', migrations.RunSQL.noop
        ),
    ]
