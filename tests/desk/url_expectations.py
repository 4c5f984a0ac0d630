from tests.url_expectations import OFFICERS, OFFICERS_POST, POST_ONLY, PUBLIC, Expect

# Officer actions answer GET with 405 once the login and the desk role have been checked.
STAFF_POST_ONLY = {"anonymous": 302, "officer": 405, "editor": 403, "head": 405, "admin": 405}

EXPECTATIONS = {
    "desk:ask": Expect(PUBLIC),
    "desk:offices": Expect(PUBLIC),
    "desk:office": Expect(PUBLIC, kwargs=lambda w: {"slug": w.office.slug}),
    # Officer screens: the head staffs world.office too; editors never see cases.
    "desk:intake": Expect(OFFICERS),
    "desk:entrepreneur_lookup": Expect(OFFICERS, query="?q=Пётр"),
    "desk:my_queue": Expect(OFFICERS),
    "desk:office_queue": Expect(OFFICERS),
    "desk:case": Expect(
        OFFICERS, kwargs=lambda w: {"pk": w.case.pk}, other=lambda w: {"pk": w.other_case.pk}
    ),
    "desk:entrepreneur": Expect(
        OFFICERS,
        kwargs=lambda w: {"pk": w.entrepreneur.pk},
        other=lambda w: {"pk": w.other_entrepreneur.pk},
    ),
    "desk:case_edit": Expect(
        POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.case.pk},
        other=lambda w: {"pk": w.other_case.pk},
    ),
    "desk:case_edit_form": Expect(
        OFFICERS, kwargs=lambda w: {"pk": w.case.pk}, other=lambda w: {"pk": w.other_case.pk}
    ),
    "desk:case_status": Expect(
        POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.case.pk},
        other=lambda w: {"pk": w.other_case.pk},
    ),
    "desk:case_note": Expect(
        POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.case.pk},
        other=lambda w: {"pk": w.other_case.pk},
    ),
    "desk:case_hand_out": Expect(
        POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.case.pk},
        other=lambda w: {"pk": w.other_case.pk},
    ),
    "desk:case_handout_search": Expect(
        OFFICERS,
        kwargs=lambda w: {"pk": w.case.pk},
        other=lambda w: {"pk": w.other_case.pk},
        query="?q=ИП",
    ),
    "desk:case_follow_up": Expect(
        POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.case.pk},
        other=lambda w: {"pk": w.other_case.pk},
    ),
    # The printed feedback invitation of a case the officer closed today (world.closed_case).
    "desk:case_feedback_slip": Expect(
        OFFICERS,
        kwargs=lambda w: {"pk": w.closed_case.pk},
        other=lambda w: {"pk": w.other_closed_case.pk},
    ),
    "desk:case_time": Expect(
        POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.case.pk},
        other=lambda w: {"pk": w.other_case.pk},
    ),
    "desk:follow_up_done": Expect(
        POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.follow_up.pk},
        other=lambda w: {"pk": w.other_follow_up.pk},
    ),
    # Public questions, bookings and the partner's signed link (anyone holding it).
    "desk:status": Expect(PUBLIC),
    "desk:book_offices": Expect(PUBLIC),
    "desk:book": Expect(PUBLIC, kwargs=lambda w: {"slug": w.office.slug}),
    "desk:referral_answer": Expect(PUBLIC, kwargs=lambda w: {"token": w.referral.make_token()}),
    "desk:referral_new": Expect(
        OFFICERS, kwargs=lambda w: {"pk": w.case.pk}, other=lambda w: {"pk": w.other_case.pk}
    ),
    "desk:referral_withdraw": Expect(
        OFFICERS,
        kwargs=lambda w: {"pk": w.referral.pk},
        other=lambda w: {"pk": w.other_referral.pk},
    ),
    "desk:booking_confirm": Expect(
        STAFF_POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.booking.pk},
        other=lambda w: {"pk": w.other_booking.pk},
    ),
    "desk:booking_move": Expect(
        STAFF_POST_ONLY,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.booking.pk},
        other=lambda w: {"pk": w.other_booking.pk},
    ),
    "desk:consent_withdraw": Expect(
        OFFICERS,
        post=OFFICERS_POST,
        kwargs=lambda w: {"pk": w.entrepreneur.pk},
        other=lambda w: {"pk": w.other_entrepreneur.pk},
    ),
    "desk:entrepreneur_export": Expect(
        OFFICERS,
        kwargs=lambda w: {"pk": w.entrepreneur.pk},
        other=lambda w: {"pk": w.other_entrepreneur.pk},
    ),
}


def build(world):
    """A case of world.office with an entrepreneur, a timeline entry and a follow-up."""
    from django.utils import timezone

    from tests import factories

    world.entrepreneur = factories.EntrepreneurFactory(name="Пётр Петров", offices=[world.office])
    world.case = factories.CaseFactory(office=world.office, entrepreneur=world.entrepreneur)
    factories.CaseEventFactory(case=world.case)
    world.follow_up = factories.FollowUpFactory(case=world.case)
    organisation = factories.OrganisationFactory(referral_email="partner@example.org")
    world.referral = factories.ReferralFactory(case=world.case, organisation=organisation)
    world.booking = factories.AppointmentFactory(case__office=world.office).case
    # The same of office B, which neither the officer nor world.head_of_office works in.
    world.other_entrepreneur = factories.EntrepreneurFactory(offices=[world.other_office])
    world.other_case = factories.CaseFactory(
        office=world.other_office, entrepreneur=world.other_entrepreneur
    )
    world.other_follow_up = factories.FollowUpFactory(case=world.other_case)
    world.other_referral = factories.ReferralFactory(
        case=world.other_case, organisation=organisation
    )
    world.other_booking = factories.AppointmentFactory(case__office=world.other_office).case
    # Closed just now, each with its invitation to rate it.
    now = timezone.now()
    for name, office in (("closed_case", world.office), ("other_closed_case", world.other_office)):
        closed = factories.CaseFactory(
            office=office, officer=world.officer, status="closed", opened_at=now, closed_at=now
        )
        factories.InvitationFactory(reference=closed.reference, office_id=office.pk)
        setattr(world, name, closed)
