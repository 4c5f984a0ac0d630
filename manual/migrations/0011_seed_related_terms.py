from django.db import migrations

# Related terms entrepreneurs use for the same need: a search for any finds the others.
# Editors change them in the back-office (Manual → Related terms).
RELATED_TERMS = [
    (
        "субсидия",
        [
            "грант",
            "компенсация",
            "возмещение затрат",
            "программа поддержки",
            "господдержка",
            "subsidy",
            "grant",
            "compensation",
            "reimbursement",
            "support programme",
        ],
    ),
    (
        "кафе",
        [
            "кофейня",
            "общепит",
            "общественное питание",
            "ресторан",
            "столовая",
            "cafe",
            "café",
            "coffee shop",
            "catering",
            "restaurant",
        ],
    ),
    ("заём", ["займ", "микрозаём", "микрозайм", "кредит", "loan", "micro-loan", "microloan"]),
    ("выставка", ["ярмарка", "экспо", "exhibition", "trade fair"]),
    ("помещение", ["аренда", "офис", "premises", "lease", "rent"]),
    ("работник", ["сотрудник", "персонал", "наём", "employee", "staff", "hiring"]),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("manual", "Synonym")
    for term, expansions in RELATED_TERMS:
        Synonym.objects.get_or_create(term=term, defaults={"expansions": expansions})


def unseed(apps, schema_editor):
    apps.get_model("manual", "Synonym").objects.filter(
        term__in=[term for term, _ in RELATED_TERMS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("manual", "0010_topic_visibility_related_terms")]
    operations = [migrations.RunPython(seed, unseed)]
