"""An officer screen shows every change at once, and only to whom may see it.

Each test renders a screen, changes one thing it shows by a different route (a service, the
ORM, raw SQL, another user's request) and asserts the next request shows the change: a
cache put in front of these screens must keep them passing.
"""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from desk.models import Case, Consent
from desk.services import cases as services
from infopoint import roles
from manual.models import Topic
from tests import factories

QUEUE = reverse("desk:my_queue")


@pytest.fixture
def case(office, officer, entrepreneur, topic):
    return services.case_intake(
        office=office,
        channel="walk_in",
        question="Как открыть ИП?",
        officer=officer,
        entrepreneur=entrepreneur,
        topics=[topic],
    )


def _case_url(case):
    return reverse("desk:case", kwargs={"pk": case.pk})


def test_a_new_case_shows_in_the_queue_at_once(client, officer, office, case):
    client.force_login(officer)
    client.get(QUEUE)
    new = factories.CaseFactory(office=office, officer=officer, status="new")
    assert new.reference in client.get(QUEUE).content.decode()


def test_an_entrepreneur_renamed_in_raw_sql_shows_at_once(client, officer, case):
    client.force_login(officer)
    assert "Переименованный" not in client.get(QUEUE).content.decode()
    client.get(_case_url(case))
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE desk_entrepreneur SET name = 'Переименованный' WHERE id = %s",
            [case.entrepreneur_id],
        )
    assert "Переименованный" in client.get(QUEUE).content.decode()
    assert "Переименованный" in client.get(_case_url(case)).content.decode()


def test_a_colleagues_note_and_a_topic_renamed_show_on_the_case_page(
    client, officer, colleague, case, topic
):
    client.force_login(officer)
    client.get(_case_url(case))
    other = Client()
    other.force_login(colleague)
    reply = other.post(reverse("desk:case_note", kwargs={"pk": case.pk}), {"text": "Перезвонить"})
    assert reply.status_code == 302
    Topic.objects.filter(pk=topic.pk).update(title="Новая тема")
    content = client.get(_case_url(case)).content.decode()
    assert "Перезвонить" in content
    assert "Новая тема" in content


def test_a_status_change_by_the_officer_shows_after_the_redirect(client, officer, case):
    client.force_login(officer)
    client.get(_case_url(case))
    response = client.post(
        reverse("desk:case_status", kwargs={"pk": case.pk}),
        {"to_status": "waiting_entrepreneur", "note": ""},
        follow=True,
    )
    assert response.status_code == 200
    assert Case.objects.get(pk=case.pk).status == "waiting_entrepreneur"
    heading = re.search(r"<h1>.*?</h1>", response.content.decode(), re.S).group()
    assert "desk-badge--status" in heading
    assert str(Case.Status.WAITING_ENTREPRENEUR.label) in heading


def test_each_language_gets_its_own_page(client, officer, case):
    client.force_login(officer)
    russian = client.get(QUEUE).content.decode()
    english = client.get("/en" + QUEUE if not QUEUE.startswith("/en") else QUEUE)
    assert english.status_code == 200
    assert "open case" in english.content.decode()
    assert "open case" not in russian


def test_a_screen_is_never_served_to_another_user(client, officer, other_officer, colleague, case):
    client.force_login(officer)
    assert client.get(_case_url(case)).status_code == 200
    outsider = Client()
    outsider.force_login(other_officer)
    assert outsider.get(_case_url(case)).status_code == 404
    assert case.reference not in outsider.get(QUEUE).content.decode()
    # A colleague of the office sees the case, in a page rendered for the colleague.
    inside = Client()
    inside.force_login(colleague)
    assert case.reference not in inside.get(QUEUE).content.decode()  # not the colleague's
    assert inside.get(_case_url(case)).status_code == 200


def test_leaving_the_office_closes_the_case_page(client, officer, office, case):
    client.force_login(officer)
    assert client.get(_case_url(case)).status_code == 200
    office.staff.remove(officer)
    assert client.get(_case_url(case)).status_code == 404


def test_a_revoked_role_is_refused_at_once(client, officer, case):
    client.force_login(officer)
    assert client.get(QUEUE).status_code == 200
    officer.groups.remove(Group.objects.get(name=roles.OFFICER))
    assert client.get(QUEUE).status_code == 403


def test_a_permission_taken_from_the_role_is_refused_at_once(client, officer, case):
    client.force_login(officer)
    assert client.get(_case_url(case)).status_code == 200
    Group.objects.get(name=roles.OFFICER).permissions.remove(
        Permission.objects.get(codename="view_case", content_type__app_label="desk")
    )
    assert client.get(_case_url(case)).status_code == 403


def _normalised(content):
    """The page without what is fresh on every request: CSP nonces, CSRF tokens."""
    content = re.sub(rb'nonce="[^"]*"', b'nonce=""', content)
    return re.sub(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])", b"TOKEN", content)


def test_the_office_queue_shows_a_colleagues_new_case_in_its_filter(
    client, officer, colleague, office, case
):
    url = reverse("desk:office_queue")
    client.force_login(officer)
    assert case.reference in client.get(url).content.decode()
    filtered = client.get(url + "?status=closed").content.decode()
    assert case.reference not in filtered
    new = factories.CaseFactory(office=office, officer=colleague, status="new")
    assert new.reference in client.get(url).content.decode()


def test_a_flash_message_is_shown_even_when_nothing_changed(client, officer, case):
    """A refused action changes nothing, but the message it redirects with is shown once."""
    client.force_login(officer)
    url = reverse("desk:case_time", kwargs={"pk": case.pk})
    client.post(url, {"moment": "start"})
    client.get(_case_url(case))
    response = client.post(url, {"moment": "start"}, follow=True)  # recorded already
    assert "Это время уже записано" in response.content.decode()
    assert "Это время уже записано" not in client.get(_case_url(case)).content.decode()


def test_a_withdrawn_consent_shows_at_once_on_the_entrepreneur_page(client, officer, case):
    url = reverse("desk:entrepreneur", kwargs={"pk": case.entrepreneur_id})
    client.force_login(officer)
    client.get(url)
    Consent.objects.filter(entrepreneur_id=case.entrepreneur_id).update(
        withdrawn_at=timezone.now()
    )
    response = client.get(url)
    assert response.context["consents"][0].withdrawn_at is not None
