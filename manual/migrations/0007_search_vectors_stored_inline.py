from django.db import migrations

# Ranking reads every matching revision's search vector, two or three times per query. Kept
# compressed in the row (rather than in TOAST, where most of them went), a vector is read
# without a TOAST index lookup each time; very long ones still move out as a last resort.
# The UPDATE rewrites the stored vectors under the new strategy (no history: pghistory
# ignores search_vector).
INLINE = """
    ALTER TABLE manual_articlerevision ALTER COLUMN search_vector SET STORAGE MAIN;
    UPDATE manual_articlerevision SET search_vector = search_vector || ''::tsvector
    WHERE search_vector IS NOT NULL;
"""
OUT_OF_LINE = "ALTER TABLE manual_articlerevision ALTER COLUMN search_vector SET STORAGE EXTENDED"


class Migration(migrations.Migration):
    dependencies = [
        ("manual", "0006_search_vocabulary"),
    ]

    operations = [
        migrations.RunSQL(INLINE, OUT_OF_LINE),
    ]
