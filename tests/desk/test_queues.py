"""My queue and the office queue: overdue first, filters, scoping, constant queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests import factories

MY_QUEUE = reverse("desk:my_queue")
OFFICE_QUEUE = reverse("desk:office_queue")


def _cases(office, officer, n, topic):
    today = timezone.localdate()
    made = []
    for index in range(n):
        case = factories.CaseFactory(
            office=office,
            officer=officer,
            status="in_progress",
            resolution_due=today + timedelta(days=index - 1),
            entrepreneur=factories.EntrepreneurFactory(offices=[office]),
        )
        case.topics.add(topic)
        made.append(case)
    return made


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_my_queue_puts_overdue_cases_first_with_a_badge(client, officer, office, topic):
    today = timezone.localdate()
    fresh = factories.CaseFactory(
        office=office,
        officer=officer,
        status="in_progress",
        resolution_due=today + timedelta(days=3),
    )
    late = factories.CaseFactory(
        office=office,
        officer=officer,
        status="in_progress",
        resolution_due=today - timedelta(days=2),
    )
    factories.CaseFactory(office=office, officer=officer, status="closed")
    client.force_login(officer)
    response = client.get(MY_QUEUE)
    assert list(response.context["page"].object_list) == [late, fresh]
    assert "desk-badge--overdue" in response.content.decode()


def test_my_queue_lists_follow_ups_due_today(client, officer, office):
    case = factories.CaseFactory(office=office, officer=officer, status="in_progress")
    due = factories.FollowUpFactory(case=case, assigned_to=officer, text="Позвонить сегодня")
    factories.FollowUpFactory(
        case=case, assigned_to=officer, due_date=timezone.localdate() + timedelta(days=3)
    )
    client.force_login(officer)
    response = client.get(MY_QUEUE)
    assert list(response.context["follow_ups"]) == [due]


@pytest.mark.parametrize("url", [MY_QUEUE, OFFICE_QUEUE + "?status=in_progress&overdue=on"])
def test_the_queues_take_a_fixed_number_of_queries(client, officer, office, topic, url):
    client.force_login(officer)
    _cases(office, officer, 2, topic)
    client.get(url)
    small = _count(client, url)
    _cases(office, officer, 8, topic)
    assert _count(client, url) == small
    # My queue: 1 session, 2 user, 3-4 permissions (desk role), 5 count, 6 follow-ups due,
    # 7 the page of cases with office and entrepreneur, 8 their topics, 9-11 session save.
    # The office queue has no follow-ups but the topic and officer choices of its filter
    # form: 12.
    assert small == (11 if url == MY_QUEUE else 12)


def test_the_office_queue_filters_and_searches(client, officer, colleague, office, topic):
    mine, theirs = _cases(office, officer, 2, topic)
    theirs.officer = colleague
    theirs.status = "waiting_partner"
    theirs.save()
    client.force_login(officer)
    by_status = client.get(OFFICE_QUEUE, {"status": "waiting_partner"})
    assert list(by_status.context["page"].object_list) == [theirs]
    by_officer = client.get(OFFICE_QUEUE, {"officer": officer.pk})
    assert list(by_officer.context["page"].object_list) == [mine]
    by_name = client.get(OFFICE_QUEUE, {"q": mine.entrepreneur.name})
    assert list(by_name.context["page"].object_list) == [mine]
    overdue = client.get(OFFICE_QUEUE, {"overdue": "on"})
    assert list(overdue.context["page"].object_list) == [mine]
    by_topic = client.get(OFFICE_QUEUE, {"topic": topic.pk, "period": "week"})
    assert len(by_topic.context["page"].object_list) == 2


def test_the_office_queue_shows_only_my_offices(client, officer, other_office, topic):
    factories.CaseFactory(office=other_office)
    client.force_login(officer)
    assert client.get(OFFICE_QUEUE).context["page"].paginator.count == 0


def test_bad_filter_values_are_not_a_500(client, officer):
    client.force_login(officer)
    response = client.get(OFFICE_QUEUE, {"status": "x\x00", "officer": "abc", "page": "zz"})
    assert response.status_code == 200


def test_the_back_office_home_shows_my_counts(client, officer, office):
    factories.CaseFactory(
        office=office,
        officer=officer,
        status="in_progress",
        resolution_due=timezone.localdate() - timedelta(days=1),
    )
    client.force_login(officer)
    response = client.get(reverse("admin:index"))
    assert response.context["desk_figures"] == {"open": 1, "overdue": 1, "follow_ups": 0}
    assert reverse("desk:my_queue") in response.content.decode()
