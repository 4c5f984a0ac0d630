"""My queue and the office queue: overdue first, filters, scoping, constant queries."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from desk.views import FOLLOW_UPS_SHOWN
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
    # My queue: 1 session, 2 user, 3 the user's and their groups' permissions (one query,
    # once per request: infopoint/backends.py), 4 the page of cases with the queue's length
    # and their topics, 5 their entrepreneurs, 6 the follow-ups due. The office queue: 1-3,
    # 4 count, 5 the page with office, entrepreneur, officer and topics, 6-7 the topic and
    # officer choices of its filter form. The session's expiry slides at
    # most every few minutes: no write on these requests.
    assert small == (6 if url == MY_QUEUE else 7)


@pytest.mark.parametrize(
    ("asked", "number", "rows"),
    [
        ("1", 1, [0, 1]),
        ("2", 2, [2, 3]),
        ("3", 3, [4]),
        ("9", 3, [4]),
        ("0", 3, [4]),
        ("x", 1, [0, 1]),
        (None, 1, [0, 1]),
    ],
)
def test_the_counted_pages_behave_like_django_pages(office, officer, asked, number, rows):
    from desk.models import Case
    from desk.screens import CountedPaginator

    cases = [factories.CaseFactory(office=office, officer=officer) for _ in range(5)]
    page = CountedPaginator(Case.objects.order_by("pk"), 2).get_page(asked)
    assert page.number == number
    assert list(page.object_list) == [cases[index] for index in rows]
    assert page.paginator.count == 5 and page.paginator.num_pages == 3


def test_an_empty_queue_is_one_empty_page(officer):
    from desk.models import Case
    from desk.screens import CountedPaginator

    page = CountedPaginator(Case.objects.order_by("pk"), 2).get_page("1")
    assert (page.number, list(page.object_list), page.paginator.count) == (1, [], 0)


def test_my_queue_shows_the_earliest_follow_ups_and_the_rest_on_request(client, officer, office):
    case = factories.CaseFactory(office=office, officer=officer, status="in_progress")
    today = timezone.localdate()
    due = [
        factories.FollowUpFactory(
            case=case, assigned_to=officer, due_date=today - timedelta(days=20 - n)
        )
        for n in range(FOLLOW_UPS_SHOWN + 3)
    ]
    client.force_login(officer)
    response = client.get(MY_QUEUE)
    assert list(response.context["follow_ups"]) == due[:FOLLOW_UPS_SHOWN]
    assert 'href="?follow_ups=all' in response.content.decode()
    everything = client.get(MY_QUEUE, {"follow_ups": "all"})
    assert list(everything.context["follow_ups"]) == due
    assert 'href="?follow_ups=all' not in everything.content.decode()


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


def test_the_officer_screens_carry_the_whole_back_office_context(rf, officer, editor):
    from django.contrib import admin

    from desk.screens import admin_context

    for user in (officer, editor):
        request = rf.get(MY_QUEUE)
        request.user = user
        expected = admin.site.each_context(request)
        context = admin_context(request, "title")
        assert set(expected) <= set(context)
        # The sidebar lists what this user's permissions allow, as the back-office does.
        assert context["available_apps"] == expected["available_apps"]
        assert admin_context(request, "title")["available_apps"] is context["available_apps"]


def test_the_officer_screens_show_the_back_office_sidebar(client, officer, admin_user):
    from django.contrib import admin

    for user in (officer, admin_user):
        client.force_login(user)
        content = client.get(MY_QUEUE).content.decode()
        assert 'id="nav-sidebar"' in content
        for app in admin.site.get_app_list(_request_for(user)):
            for model in app["models"]:
                if model.get("admin_url"):
                    assert f'href="{model["admin_url"]}"' in content


def _request_for(user):
    from django.test import RequestFactory

    request = RequestFactory().get(MY_QUEUE)
    request.user = user
    return request


@pytest.mark.parametrize(
    ("prefix", "everything", "any_time"), [("", "Все", "за всё время"), ("/en", "All", "any time")]
)
def test_every_office_queue_filter_offers_all_instead_of_dashes(
    client, officer, prefix, everything, any_time
):
    client.force_login(officer)
    content = client.get(prefix + reverse("desk:office_queue")).content.decode()
    assert "---------" not in content
    for name in ("status", "channel", "topic", "officer"):
        assert re.search(
            rf'<select name="{name}"[^>]*>\s*<option value="" selected>{everything}</option>',
            content,
        ), name
    assert f'<option value="" selected>{any_time}</option>' in content


def test_staff_pages_name_the_favicon_so_the_browser_asks_no_404(client, officer):
    client.force_login(officer)
    content = client.get(reverse("desk:my_queue")).content.decode()
    assert '<link rel="icon" href="/static/infopoint/favicon.svg"' in content


def test_my_queue_offers_the_new_consultation_once(client, officer):
    """The desk's navigation has the button; the page no longer repeats it below."""
    client.force_login(officer)
    content = client.get(reverse("desk:my_queue")).content.decode()
    assert content.count(reverse("desk:intake") + '"') == 1


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("", "Налоги, Регистрация, Помещения"), ("/en", "Taxes, Регистрация, Premises")],
)
def test_case_lists_name_topics_in_the_readers_language_in_the_manuals_order(
    client, officer, office, prefix, expected
):
    # Read with the cases (one subquery), in the topics' own order; a topic without an
    # English title keeps its Russian one on the English pages.
    topics = [
        factories.TopicFactory(slug="premises", title="Помещения", title_en="Premises", order=3),
        factories.TopicFactory(slug="taxes", title="Налоги", title_en="Taxes", order=1),
        factories.TopicFactory(slug="registration", title="Регистрация", title_en="", order=2),
    ]
    entrepreneur = factories.EntrepreneurFactory(offices=[office])
    case = factories.CaseFactory(
        office=office, officer=officer, status="in_progress", entrepreneur=entrepreneur
    )
    case.topics.set(topics)
    client.force_login(officer)
    pages = [MY_QUEUE, OFFICE_QUEUE, reverse("desk:entrepreneur", args=[entrepreneur.pk])]
    for url in pages:
        html = client.get(prefix + url).content.decode()
        assert f"<td>{expected}</td>" in html, url
