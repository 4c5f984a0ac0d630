import pytest

from stakeholders import demo
from stakeholders.models import Communication, ContactPerson, Organisation, StakeholderAssessment

pytestmark = pytest.mark.django_db

SLUGS = {
    "fns-kaliningrad",
    "tpp-kaliningrad",
    "employment-centre",
    "baltic-expo",
    "support-fund",
    "my-business",
    "social-fund",
    "sez-administration",
    "bank-demo",
    "economy-committee",
    "rospotrebnadzor",
}


def test_the_demo_partners_load_twice_without_duplicates(head):
    demo.load(offices=[], users={"head": head})
    demo.load(offices=[], users={"head": head})
    assert set(Organisation.objects.values_list("slug", flat=True)) == SLUGS
    assert ContactPerson.objects.count() == 4
    assert Communication.objects.count() == 4
    assert StakeholderAssessment.objects.count() == 12
    for organisation in Organisation.objects.all():
        assert organisation.full_clean() is None
        assert organisation.name_en and organisation.description_en and organisation.services_en
        assert organisation.phone.startswith("+7 4012 00-00-")
        assert organisation.referral_email.endswith("@example.org")
