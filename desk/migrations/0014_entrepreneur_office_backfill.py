"""Every existing record gets the office that recorded it: of the offices that served the
person (and so see the record), the one of their first case, else the first one linked. A
record no office served keeps none. INNs were unique in the whole installation until now,
so they are unique per office after this too, and no record is linked to another as the
same taxpayer."""

from django.db import migrations
from django.db.models import F, OuterRef, Subquery


def fill_the_office_of_each_record(apps, schema_editor):
    Entrepreneur = apps.get_model("desk", "Entrepreneur")
    Case = apps.get_model("desk", "Case")
    served = Entrepreneur.offices.through
    first_case_there = (
        Case.objects.filter(entrepreneur=OuterRef("entrepreneur"), office=OuterRef("office"))
        .order_by("opened_at")
        .values("opened_at")[:1]
    )
    office_of_the_record = (
        served.objects.filter(entrepreneur=OuterRef("pk"))
        .annotate(first_case=Subquery(first_case_there))
        .order_by(F("first_case").asc(nulls_last=True), "pk")
        .values("office")[:1]
    )
    Entrepreneur.objects.filter(office__isnull=True).update(
        office=Subquery(office_of_the_record)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0013_entrepreneur_office_and_first_record"),
    ]

    operations = [
        migrations.RunPython(fill_the_office_of_each_record, migrations.RunPython.noop),
    ]
