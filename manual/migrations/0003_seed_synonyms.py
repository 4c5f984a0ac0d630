from django.db import migrations

SYNONYMS = [
    (
        "ип",
        ["индивидуальный предприниматель", "индивидуального предпринимателя", "sole proprietor"],
    ),
    ("усн", ["упрощённая система налогообложения", "упрощенка", "simplified tax system"]),
    ("нпд", ["налог на профессиональный доход", "самозанятые", "самозанятый", "self-employed"]),
    ("оэз", ["особая экономическая зона", "special economic zone", "sez"]),
    ("ккт", ["онлайн-касса", "онлайн касса", "контрольно-кассовая техника", "cash register"]),
    ("ооо", ["общество с ограниченной ответственностью", "llc", "limited liability company"]),
    ("фнс", ["налоговая", "налоговая инспекция", "федеральная налоговая служба", "tax office"]),
    ("сфр", ["социальный фонд", "social fund"]),
    ("патент", ["патентная система налогообложения", "псн", "patent"]),
    ("енс", ["единый налоговый счёт", "единый налоговый платёж"]),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("manual", "Synonym")
    for term, expansions in SYNONYMS:
        Synonym.objects.update_or_create(term=term, defaults={"expansions": expansions})


def unseed(apps, schema_editor):
    apps.get_model("manual", "Synonym").objects.filter(
        term__in=[term for term, _ in SYNONYMS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("manual", "0002_articles_revisions_search_documents")]
    operations = [migrations.RunPython(seed, unseed)]
