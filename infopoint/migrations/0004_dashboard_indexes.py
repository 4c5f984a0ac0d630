from django.db import migrations

# Indexes the dashboards need on other apps' tables. They live here, with the dashboards
# that read through them, not in the desk's models: the desk never reads them.
# - cases, referrals and invitations changed since a monthly summary was computed (the
#   freshness check of `infopoint.dashboards.monthly`): a handful of rows per day, found
#   without reading the month;
# - open cases per office with their due dates, for "open now" and "overdue now".
# The tables are big and the previous release keeps writing to them while this runs:
# CONCURRENTLY, outside a transaction (tests/infopoint/test_migrations_online.py).
INDEXES = [
    ("dashboard_case_updated_idx", "desk_case (updated_at)"),
    (
        "dashboard_referral_answered_idx",
        "desk_referral (answered_at) WHERE answered_at IS NOT NULL",
    ),
    (
        "dashboard_case_open_idx",
        "desk_case (office_id) INCLUDE (resolution_due, first_answer_due, first_answer_at) "
        "WHERE status IN ('new', 'in_progress', 'waiting_entrepreneur', 'waiting_partner')",
    ),
    (
        "dashboard_invitation_answered_idx",
        "feedback_invitation (answered_at) WHERE answered_at IS NOT NULL",
    ),
]


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("infopoint", "0003_dashboard_monthly_summaries"),
        ("desk", "0004_track_office_history"),
        ("feedback", "0001_invitations_responses_votes_actions"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {definition}",
            f"DROP INDEX CONCURRENTLY IF EXISTS {name}",
        )
        for name, definition in INDEXES
    ]
