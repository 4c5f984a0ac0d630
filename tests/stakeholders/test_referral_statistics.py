from datetime import timedelta

import pytest
from django.utils import timezone, translation

from desk.models import Referral
from stakeholders import selectors
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    with translation.override("ru"):
        yield


def test_it_counts_referrals_answers_in_time_and_outcomes():
    partner = factories.OrganisationFactory(slug="tpp-kaliningrad")
    now = timezone.now()
    factories.ReferralFactory(organisation=partner)
    factories.ReferralFactory(
        organisation=partner,
        status="resolved",
        sent_at=now - timedelta(days=1),
        answered_at=now,
        due_at=timezone.localdate() + timedelta(days=1),
    )
    factories.ReferralFactory(
        organisation=partner,
        status="declined",
        sent_at=now - timedelta(days=10),
        answered_at=now,
        due_at=timezone.localdate() - timedelta(days=3),
    )
    factories.ReferralFactory()  # another partner's
    figures = selectors.referral_statistics(partner)
    assert (figures["sent"], figures["answered"], figures["in_time"]) == (3, 2, 1)
    labels = Referral.Status
    assert [(str(label), count) for label, count in figures["outcomes"]] == [
        (str(labels.SENT.label), 1),
        (str(labels.RESOLVED.label), 1),
        (str(labels.DECLINED.label), 1),
    ]


def test_heads_see_the_figures_on_the_organisation_admin_page(client, head):
    partner = factories.OrganisationFactory(slug="employment-centre")
    factories.ReferralFactory(organisation=partner)
    client.force_login(head)
    response = client.get(f"/admin/stakeholders/organisation/{partner.pk}/change/")
    assert response.status_code == 200
    figures = selectors.referral_statistics(partner)
    assert (figures["sent"], figures["answered"]) == (1, 0)
    assert str(Referral.Status.SENT.label) + ": 1" in response.text
