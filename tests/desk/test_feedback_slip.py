"""The printed feedback invitation: a visitor without an e-mail address leaves with the
code, the QR code and the date to answer by, from the officer who closed the case, that
day only."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from desk.services import cases as services
from feedback.models import Invitation
from tests import factories

pytestmark = pytest.mark.now("2026-11-18 11:00")


def _slip(case):
    return reverse("desk:case_feedback_slip", args=[case.pk])


def _close(client, case):
    client.post(reverse("desk:case_status", args=[case.pk]), {"to_status": "resolved"})
    return client.post(
        reverse("desk:case_status", args=[case.pk]), {"to_status": "closed"}, follow=True
    )


@pytest.fixture
def walk_in(office, officer):
    return services.case_intake(
        office=office, channel="walk_in", question="Как открыть ИП?", officer=officer
    )


def test_closing_a_walk_in_without_e_mail_offers_the_slip_to_print(client, officer, walk_in):
    client.force_login(officer)

    page = _close(client, walk_in).content.decode()

    assert f'href="{_slip(walk_in)}"' in page
    slip = client.get(_slip(walk_in))
    invitation = Invitation.objects.get(reference=walk_in.reference)
    html = slip.content.decode()
    assert slip.status_code == 200
    assert invitation.display_code in html
    assert "<svg" in html and "Оцените консультацию" in html
    assert timezone.localdate(invitation.expires_at).strftime("%Y") in html
    # No scripts of its own on the page but the print button's; no admin around it.
    assert 'id="nav-sidebar"' not in html


def test_a_visitor_invited_by_e_mail_is_not_offered_a_slip(client, officer, office):
    person = factories.EntrepreneurFactory(offices=[office], email="olga@example.org")
    case = services.case_intake(
        office=office, channel="walk_in", question="?", officer=officer, entrepreneur=person
    )
    client.force_login(officer)

    assert _slip(case) not in _close(client, case).content.decode()


def test_the_slip_is_in_the_visitors_language(client, officer, office):
    person = factories.EntrepreneurFactory(offices=[office], email="", language="en")
    case = services.case_intake(
        office=office, channel="walk_in", question="?", officer=officer, entrepreneur=person
    )
    client.force_login(officer)
    _close(client, case)

    html = client.get(_slip(case)).content.decode()

    assert '<html lang="en">' in html
    assert "Rate your consultation" in html and "You can answer once" in html
    # The officer's own buttons, back to the Russian case page they came from.
    assert f'<a href="{case.get_absolute_url()}">Вернуться к обращению</a>' in html
    assert 'lang="ru"><button type="button" data-print>Распечатать</button>' in html


def test_the_slip_is_refused_to_a_colleague_another_day_and_once_answered(
    client, officer, colleague, walk_in
):
    client.force_login(officer)
    _close(client, walk_in)
    assert client.get(_slip(walk_in)).status_code == 200

    # Not the case's officer: the code would let them rate a colleague.
    client.force_login(colleague)
    assert client.get(_slip(walk_in)).status_code == 404
    # The next day the visitor has left.
    with time_machine.travel(timezone.now() + timedelta(days=1)):
        client.force_login(officer)
        assert client.get(_slip(walk_in)).status_code == 404
    # Answered: nothing to hand over.
    Invitation.objects.filter(reference=walk_in.reference).update(answered_at=timezone.now())
    assert client.get(_slip(walk_in)).status_code == 404


def test_an_open_case_has_no_slip(client, officer, walk_in):
    client.force_login(officer)

    assert client.get(_slip(walk_in)).status_code == 404
