"""The demo data includes referrals with every outcome and bookings ahead."""

import pytest

from desk.models import Appointment, Referral
from infopoint import demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_referrals_with_outcomes_and_bookings():
    demo.load()
    statuses = set(Referral.objects.values_list("status", flat=True))
    assert {"accepted", "resolved", "declined"} <= statuses
    assert Appointment.objects.exists()
    for referral in Referral.objects.all()[:20]:
        referral.full_clean()
