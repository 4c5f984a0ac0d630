from django.db import migrations

# This migration once built the monitoring dashboards' indexes on the desk's and
# feedback's tables. Each app owns its schema: desk 0008 and feedback 0004 now build them
# (or rename them, on a database that ran this migration when it still did).


class Migration(migrations.Migration):
    dependencies = [
        ("infopoint", "0003_dashboard_monthly_summaries"),
    ]

    operations = []
