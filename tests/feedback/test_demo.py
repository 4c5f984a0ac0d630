import pytest

from feedback import demo
from feedback.models import ImprovementAction, Invitation, Response, SiteFeedback
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_demo_loads_twice_without_duplicates(office, head, officer):
    users = {"head": head, "officer": officer}
    demo.load(offices=[office], users=users)
    counts = (ImprovementAction.objects.count(), SiteFeedback.objects.count())
    demo.load(offices=[office], users=users)

    assert (ImprovementAction.objects.count(), SiteFeedback.objects.count()) == counts
    assert ImprovementAction.objects.filter(status="done").count() >= 3


class ClosedCase:
    def __init__(self, number, office):
        from django.utils import timezone

        self.reference = f"DEMO-{number:04d}"
        self.office_id = office.pk
        self.closed_at = timezone.now() - timezone.timedelta(days=number % 90)
        self.entrepreneur = None


def test_about_sixty_percent_of_closed_cases_get_an_answer(office):
    cases = [ClosedCase(number, office) for number in range(200)]
    demo.load_responses(cases)
    demo.load_responses(cases)

    assert Invitation.objects.count() == 200
    answered = Response.objects.count()
    assert 100 <= answered <= 140
    assert Invitation.objects.filter(answered_at__isnull=False).count() == answered
    assert set(Response.objects.values_list("csat", flat=True)) == {1, 2, 3, 4, 5}


def test_votes_are_made_only_for_published_articles():
    from tests.feedback.articles import published_article

    published_article()
    assert demo.load_votes() > 0
    assert demo.load_votes() == 0  # idempotent


def test_the_demo_uses_invitations_the_desk_already_made(office):
    factories.InvitationFactory(reference="DEMO-0001", office_id=office.pk)
    demo.load_responses([ClosedCase(1, office)])
    assert Invitation.objects.filter(reference="DEMO-0001").count() == 1


def test_the_demo_answers_the_desks_closed_cases(office, head, officer):
    closed = [factories.CaseFactory(office=office, status="closed") for _ in range(10)]
    factories.CaseFactory(office=office, status="new")

    demo.load(offices=[office], users={"head": head, "officer": officer})

    assert set(Invitation.objects.values_list("reference", flat=True)) == {
        case.reference for case in closed
    }
    assert set(Invitation.objects.values_list("office_id", flat=True)) == {office.pk}
