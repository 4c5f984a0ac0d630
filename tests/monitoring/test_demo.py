import pytest
from django.urls import reverse

from monitoring import demo
from monitoring.models import PeriodReport


@pytest.mark.now("2027-01-05 10:00")
def test_the_demo_has_a_published_annual_report_and_a_draft_and_loads_twice(
    client, office, head, admin_user
):
    users = {"head": head, "admin": admin_user}
    demo.load(offices=[office], users=users)
    demo.load(offices=[office], users=users)

    published = PeriodReport.objects.get(status="published")
    draft = PeriodReport.objects.get(status="draft")
    assert PeriodReport.objects.count() == 2
    assert (published.kind, published.first_day.isoformat()) == ("year", "2026-01-01")
    assert published.approved_by == admin_user and published.figures is not None
    assert (draft.kind, draft.first_day.isoformat()) == ("month", "2026-12-01")
    assert published.title in client.get(reverse("transparency")).content.decode()
