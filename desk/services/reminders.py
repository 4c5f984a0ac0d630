"""The daily reminder e-mail of follow-ups due today or overdue, one per officer a day,
in the language the officer last used the back-office in."""

from collections import defaultdict
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from desk.emails import email_queue
from desk.models import FollowUp
from infopoint.staff_language import language_of


@transaction.atomic
def follow_up_reminders_send(*, today: date | None = None) -> int:
    """Queue one e-mail per officer listing their open follow-ups due by today. The outbox
    key holds the officer and the day, so a second run on the same day sends nothing."""
    today = today or timezone.localdate()
    due = (
        FollowUp.objects.select_related("case", "assigned_to__staff_language")
        .filter(done_at__isnull=True, due_date__lte=today, assigned_to__isnull=False)
        .exclude(assigned_to__email="")
        .filter(assigned_to__is_active=True)
        .order_by("assigned_to_id", "due_date", "pk")
    )
    by_officer = defaultdict(list)
    for follow_up in due:
        by_officer[follow_up.assigned_to].append(follow_up)
    sent = 0
    for officer, follow_ups in by_officer.items():
        email = email_queue(
            key=f"follow-up-reminder:{officer.pk}:{today.isoformat()}",
            kind="follow_up_reminder",
            to=officer.email,
            template="follow_up_reminder",
            context={
                "officer": officer,
                "follow_ups": follow_ups,
                "today": today,
                "site_url": settings.SITE_URL,
            },
            language=language_of(officer),
        )
        if email is not None:
            sent += 1
            FollowUp.objects.filter(pk__in=[item.pk for item in follow_ups]).update(
                reminded_on=today
            )
    return sent
