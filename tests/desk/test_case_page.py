"""The case page: actions, the edit conflict, scoping, a constant number of queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from desk.models import Case, Status
from desk.services import cases as services
from tests import factories


@pytest.fixture
def case(office, officer, entrepreneur, topic, articles):
    case = services.case_intake(
        office=office,
        channel="walk_in",
        question="Как открыть ИП?",
        officer=officer,
        entrepreneur=entrepreneur,
        topics=[topic],
        handouts=articles[:1],
    )
    return case


def _url(name, pk):
    return reverse(f"desk:{name}", kwargs={"pk": pk})


def test_the_case_page_shows_summary_timeline_and_actions(client, officer, case):
    client.force_login(officer)
    response = client.get(_url("case", case.pk))
    content = response.content.decode()
    assert response.status_code == 200
    assert case.reference in content
    assert "Ирина Орлова" in content
    assert 'action="{}"'.format(_url("case_status", case.pk)) in content


def test_an_overdue_case_says_so_in_words(client, officer, case):
    Case.objects.filter(pk=case.pk).update(resolution_due=timezone.localdate() - timedelta(days=1))
    client.force_login(officer)
    response = client.get(_url("case", case.pk))
    assert "desk-badge--overdue" in response.content.decode()
    assert response.context["case"].is_overdue


def test_an_officer_of_another_office_gets_404(client, other_officer, case):
    client.force_login(other_officer)
    assert client.get(_url("case", case.pk)).status_code == 404
    assert client.get(_url("entrepreneur", case.entrepreneur_id)).status_code == 404
    response = client.post(_url("case_note", case.pk), {"text": "чужая заметка"})
    assert response.status_code == 404
    assert not case.timeline.filter(kind="note").exists()


def test_an_editor_never_sees_a_case_or_an_entrepreneur(client, editor, case):
    client.force_login(editor)
    assert client.get(_url("case", case.pk)).status_code == 403
    assert client.get(_url("entrepreneur", case.entrepreneur_id)).status_code == 403
    assert client.post(_url("case_status", case.pk), {"to_status": "resolved"}).status_code == 403


def test_the_head_of_both_offices_sees_the_case(client, head, case):
    client.force_login(head)
    assert client.get(_url("case", case.pk)).status_code == 200


def test_status_changes_through_the_page_and_closing(client, officer, case):
    client.force_login(officer)
    client.post(_url("case_status", case.pk), {"to_status": "resolved", "note": "Ответили"})
    response = client.post(_url("case_status", case.pk), {"to_status": "closed"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.CLOSED and case.closed_at


def test_the_status_form_chooses_no_status_for_the_officer(client, officer, case):
    """The first allowed status was preselected: on a resolved case «in progress», so
    Enter on «Change status» reopened it unasked."""
    services.case_change_status(case=case, to_status="resolved", user=officer)
    client.force_login(officer)
    page = client.get(_url("case", case.pk)).content.decode()
    assert '<option value="" selected>— выберите —</option>' in page

    response = client.post(_url("case_status", case.pk), {"to_status": "", "note": ""})
    assert response.status_code == 400
    assert "Обязательное поле." in response.content.decode()
    case.refresh_from_db()
    assert case.status == Status.RESOLVED


def test_a_refused_transition_is_a_form_error(client, officer, case):
    client.force_login(officer)
    response = client.post(_url("case_status", case.pk), {"to_status": "closed"})
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS


def test_notes_handouts_and_follow_ups_land_on_the_timeline(client, officer, case, articles):
    client.force_login(officer)
    client.post(_url("case_note", case.pk), {"text": "Перезвонить в пятницу"})
    client.post(_url("case_hand_out", case.pk), {"articles": [a.pk for a in articles[1:]]})
    client.post(
        _url("case_follow_up", case.pk),
        {"due_date": timezone.localdate().isoformat(), "text": "Позвонить", "assigned_to": ""},
    )
    kinds = list(case.timeline.values_list("kind", flat=True))
    assert kinds.count("note") == 1 and kinds.count("handout") == 2 and "follow_up" in kinds
    assert case.handouts.count() == 3
    follow_up = case.follow_ups.get()
    client.post(reverse("desk:follow_up_done", kwargs={"pk": follow_up.pk}))
    follow_up.refresh_from_db()
    assert follow_up.done_at


def test_a_follow_up_cannot_be_assigned_to_an_officer_of_another_office(
    client, officer, case, other_officer
):
    client.force_login(officer)

    response = client.post(
        _url("case_follow_up", case.pk),
        {
            "due_date": timezone.localdate().isoformat(),
            "text": "Позвонить",
            "assigned_to": other_officer.pk,
        },
    )

    assert response.status_code == 400
    assert not case.follow_ups.exists()


def test_a_note_with_a_nul_character_is_refused(client, officer, case):
    client.force_login(officer)
    response = client.post(_url("case_note", case.pk), {"text": "a\x00b"})
    assert response.status_code == 400
    assert not case.timeline.filter(kind="note").exists()


def test_the_second_of_two_concurrent_edits_is_refused_with_what_changed(
    client, officer, colleague, case
):
    form = {"question": case.question, "channel": "walk_in", "version": case.version}
    client.force_login(colleague)
    assert (
        client.post(_url("case_edit", case.pk), {**form, "answer": "Ответ коллеги"}).status_code
        == 302
    )
    client.force_login(officer)
    response = client.post(_url("case_edit", case.pk), {**form, "answer": "Мой ответ"})
    assert response.status_code == 409
    content = response.content.decode()
    assert "Кто-то другой сохранил это обращение" in content
    assert "ответ, данный на приёме" in content
    assert "Мой ответ" in content
    case.refresh_from_db()
    assert case.answer == "Ответ коллеги"


def test_walk_in_start_and_end_take_one_button_each(client, officer, case):
    client.force_login(officer)
    client.post(_url("case_time", case.pk), {"moment": "start"})
    client.post(_url("case_time", case.pk), {"moment": "end"})
    case.refresh_from_db()
    assert case.started_at and case.ended_at


def test_a_closed_walk_in_offers_no_timer_and_refuses_one(client, officer, office):
    closed = factories.CaseFactory(
        office=office,
        officer=officer,
        channel="walk_in",
        status="closed",
        closed_at=timezone.now(),
    )
    client.force_login(officer)
    content = client.get(_url("case", closed.pk)).content.decode()
    assert 'name="moment"' not in content
    client.post(_url("case_time", closed.pk), {"moment": "start"})
    closed.refresh_from_db()
    assert closed.started_at is None


def _grow(case, officer, n):
    for index in range(n):
        factories.CaseEventFactory(case=case, author=officer, text=f"заметка {index}")
        factories.FollowUpFactory(case=case, assigned_to=officer)


def test_the_case_page_takes_a_fixed_number_of_queries(client, officer, case, articles):
    client.force_login(officer)
    url = _url("case", case.pk)
    client.get(url)
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
        _grow(case, officer, 5)
    assert counts[0] == counts[1], counts
    assert counts[0] == CASE_PAGE_QUERIES, counts


# 1 session, 2 user, 3 the user's and their groups' permissions (one query, once per
# request: infopoint/backends.py), 4 the case (scoped) with office, entrepreneur, officer,
# gap topic and standard, 5 its topics, 6 handouts, 7 timeline with authors, 8 referrals
# with their partner organisations, 9 follow-ups with assignees, 10 the published pages
# of its topics to hand out, 11 follow-up assignees. The edit form (its
# topic chips and gap-topic choices) opens on request. The session's expiry slides at
# most every few minutes: no write here.
CASE_PAGE_QUERIES = 11


def test_the_edit_form_opens_on_request_with_the_current_version(client, officer, case):
    client.force_login(officer)
    page = client.get(_url("case", case.pk)).content.decode()
    assert 'action="{}"'.format(_url("case_edit", case.pk)) not in page
    assert 'hx-get="{}"'.format(_url("case_edit_form", case.pk)) in page
    assert 'href="?edit=1#edit-heading"' in page
    for response in (
        client.get(_url("case_edit_form", case.pk)),
        client.get(_url("case", case.pk), {"edit": "1"}),
    ):
        content = response.content.decode()
        assert 'action="{}"'.format(_url("case_edit", case.pk)) in content
        assert f'name="version" value="{case.version}"' in content
        assert "csrfmiddlewaretoken" in content


def test_a_refused_edit_shows_the_form_with_its_errors(client, officer, case):
    client.force_login(officer)
    response = client.post(
        _url("case_edit", case.pk), {"question": "", "channel": "walk_in", "version": 1}
    )
    assert response.status_code == 400
    assert 'action="{}"'.format(_url("case_edit", case.pk)) in response.content.decode()
    assert response.context["edit_form"].has_error("question")


def test_the_edit_form_is_404_for_another_office(client, other_officer, case):
    client.force_login(other_officer)
    assert client.get(_url("case_edit_form", case.pk)).status_code == 404


@pytest.fixture
def many_articles(topic):
    """A manual much larger than a case's topic: pages on other subjects."""
    other = factories.TopicFactory(slug="taxes", title="Налоги")
    made = []
    for n in range(40):
        article = factories.ArticleFactory(
            slug=f"other-{n}", title=f"Налоговая памятка {n}", status="published"
        )
        article.topics.add(other)
        made.append(article)
    return made


def test_the_hand_out_form_offers_the_case_topics_pages_not_every_page(
    client, officer, case, articles, topic, many_articles
):
    for article in articles:
        article.topics.add(topic)
    client.force_login(officer)
    content = client.get(_url("case", case.pk)).content.decode()
    # The topic's pages not handed out yet are offered; the one handed out is not.
    assert f'id="handout-{articles[1].pk}"' in content
    assert f'id="handout-{articles[2].pk}"' in content
    assert f'id="handout-{articles[0].pk}"' not in content
    assert "Налоговая памятка" not in content
    assert 'aria-controls="handout-matches"' in content


def test_the_case_page_does_not_grow_with_the_manual(client, officer, case, articles):
    client.force_login(officer)
    url = _url("case", case.pk)
    client.get(url)
    before = client.get(url).content
    for n in range(30):
        factories.ArticleFactory(slug=f"more-{n}", title=f"Ещё памятка {n}", status="published")
    with CaptureQueriesContext(connection) as queries:
        after = client.get(url).content
    assert len(queries) == CASE_PAGE_QUERIES
    assert len(after) == len(before)


def test_the_handout_search_finds_published_pages_by_title(
    client, officer, case, articles, many_articles
):
    factories.ArticleFactory(slug="draft", title="Налоговый черновик", status="draft")
    client.force_login(officer)
    url = _url("case_handout_search", case.pk)
    content = client.get(url, {"q": "налоговая ПАМЯТКА 1"}).content.decode()
    assert f'name="articles" value="{many_articles[1].pk}"' in content
    assert f'value="{many_articles[2].pk}"' not in content
    assert "черновик" not in client.get(url, {"q": "налоговый"}).content.decode()
    # Pages the case already has are not offered again; a miss says so.
    handed_out = case.handouts.get()
    content = client.get(url, {"q": handed_out.title}).content.decode()
    assert f'value="{handed_out.pk}"' not in content
    assert "Ни одна" in client.get(url, {"q": "нет такого"}).content.decode()
    assert client.get(url, {"q": "н"}).content.decode().strip() == ""


def test_the_handout_search_caps_its_matches(client, officer, case, many_articles):
    client.force_login(officer)
    content = client.get(_url("case_handout_search", case.pk), {"q": "памятка"}).content
    assert content.decode().count('name="articles"') == 10


def test_without_javascript_the_search_reloads_the_page_with_the_matches(
    client, officer, case, many_articles
):
    client.force_login(officer)
    response = client.get(_url("case", case.pk), {"q": "Налоговая памятка 3"})
    content = response.content.decode()
    assert f'id="handout-found-{many_articles[3].pk}"' in content
    assert 'value="Налоговая памятка 3"' in content


def test_a_found_page_is_handed_out(client, officer, case, many_articles):
    client.force_login(officer)
    response = client.post(_url("case_hand_out", case.pk), {"articles": [many_articles[5].pk]})
    assert response.status_code == 302
    assert case.handouts.filter(pk=many_articles[5].pk).exists()


def test_handing_out_nothing_or_an_unpublished_page_is_refused(client, officer, case):
    draft = factories.ArticleFactory(slug="draft", title="Черновик", status="draft")
    client.force_login(officer)
    assert client.post(_url("case_hand_out", case.pk), {}).status_code == 400
    assert client.post(_url("case_hand_out", case.pk), {"articles": [draft.pk]}).status_code == 400
    assert not case.handouts.filter(pk=draft.pk).exists()


def test_the_handout_search_is_404_for_another_office(client, other_officer, case):
    client.force_login(other_officer)
    response = client.get(_url("case_handout_search", case.pk), {"q": "Памятка"})
    assert response.status_code == 404
