import pytest
from django.urls import reverse

from feedback import services
from feedback.models import ImprovementAction, Response
from tests import factories
from tests.feedback.articles import published_article

pytestmark = pytest.mark.django_db


def _answer(office, **fields):
    """An answer to an invitation of `office` (officers see their offices' feedback)."""
    return factories.ResponseFactory(
        invitation=factories.InvitationFactory(office_id=office.pk), **fields
    )


def test_an_officer_opens_an_improvement_action_from_responses(client, officer, office):
    first = _answer(office, what_to_improve="Долго ждать в очереди", may_quote=True)
    second = _answer(office)
    client.force_login(officer)

    response = client.post(
        reverse("admin:feedback_response_changelist"),
        {"action": "open_improvement_action", "_selected_action": [first.pk, second.pk]},
    )

    action = ImprovementAction.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:feedback_improvementaction_change", args=[action.pk])
    assert action.title == "Долго ждать в очереди"
    assert action.owner == officer
    assert set(action.responses.all()) == {first, second}
    assert set(Response.objects.values_list("needs_action", flat=True)) == {True}


def test_a_comment_its_author_did_not_let_us_quote_never_names_an_action(client, officer, office):
    # The action's title is printed in the period report, which may be published.
    private = _answer(office, what_to_improve="Иванова из 5 кабинета грубит", may_quote=False)
    client.force_login(officer)

    client.post(
        reverse("admin:feedback_response_changelist"),
        {"action": "open_improvement_action", "_selected_action": [private.pk]},
    )

    action = ImprovementAction.objects.get()
    assert "Иванова" not in action.title
    assert action.title == str(private)
    assert list(action.responses.all()) == [private]


def test_an_action_opens_from_votes_and_site_feedback_too(client, head):
    vote = factories.ArticleVoteFactory(article=published_article(), comment="Нет сроков")
    message = factories.SiteFeedbackFactory()
    client.force_login(head)
    client.post(
        reverse("admin:feedback_articlevote_changelist"),
        {"action": "open_improvement_action", "_selected_action": [vote.pk]},
    )
    client.post(
        reverse("admin:feedback_sitefeedback_changelist"),
        {"action": "open_improvement_action", "_selected_action": [message.pk]},
    )
    from_vote, from_message = ImprovementAction.objects.order_by("pk")
    assert list(from_vote.article_votes.all()) == [vote]
    assert list(from_message.site_feedback.all()) == [message]


def test_an_editor_sees_votes_but_cannot_open_actions(client, editor):
    vote = factories.ArticleVoteFactory(article=published_article())
    client.force_login(editor)
    assert client.get(reverse("admin:feedback_articlevote_changelist")).status_code == 200
    client.post(
        reverse("admin:feedback_articlevote_changelist"),
        {"action": "open_improvement_action", "_selected_action": [vote.pk]},
    )
    assert not ImprovementAction.objects.exists()


def test_triage_marks_and_clears_needs_action(client, officer, office):
    answer = _answer(office)
    client.force_login(officer)
    url = reverse("admin:feedback_response_changelist")
    client.post(url, {"action": "mark_needs_action", "_selected_action": [answer.pk]})
    answer.refresh_from_db()
    assert answer.needs_action is True
    client.post(url, {"action": "clear_needs_action", "_selected_action": [answer.pk]})
    answer.refresh_from_db()
    assert answer.needs_action is False


def test_marking_an_action_done_stamps_done_at_and_reopening_clears_it(client, head):
    action = factories.ImprovementActionFactory()
    client.force_login(head)
    url = reverse("admin:feedback_improvementaction_changelist")

    client.post(url, {"action": "mark_done", "_selected_action": [action.pk]})
    action.refresh_from_db()
    assert (action.status, action.done_at is not None) == ("done", True)

    client.post(url, {"action": "mark_open", "_selected_action": [action.pk]})
    action.refresh_from_db()
    assert (action.status, action.done_at) == ("open", None)


def test_an_anonymous_answer_hides_its_case_in_the_back_office(client, officer):
    factories.ResponseFactory(invitation__reference="KGD-SECRET", anonymous=True)
    client.force_login(officer)
    html = client.get(reverse("admin:feedback_response_changelist")).content.decode()
    assert "KGD-SECRET" not in html


def test_the_response_changelist_query_count_does_not_grow(
    client, head, django_assert_max_num_queries
):
    factories.ResponseFactory()
    client.force_login(head)
    url = reverse("admin:feedback_response_changelist")
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    for _ in range(10):
        factories.ResponseFactory()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_the_invitation_page_does_not_show_the_e_mail_address(client, head_of_office, office):
    invitation = factories.InvitationFactory(email="private@example.org", office_id=office.pk)
    client.force_login(head_of_office)
    for url in [
        reverse("admin:feedback_invitation_changelist"),
        reverse("admin:feedback_invitation_change", args=[invitation.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert "private@example.org" not in response.content.decode()


def test_answers_site_feedback_and_actions_keep_an_audit_history():
    answer = factories.ResponseFactory()
    message = factories.SiteFeedbackFactory()
    action = factories.ImprovementActionFactory()

    answer.needs_action = True
    answer.save(update_fields=["needs_action"])
    message.triage_note = "Передать редакторам"
    message.save(update_fields=["triage_note"])
    services.improvement_action_set_status(action=action, status="done")

    assert [event.pgh_label for event in answer.history.order_by("pgh_id")] == [
        "insert",
        "update",
    ]
    assert message.history.count() == 2
    assert action.history.order_by("-pgh_id").first().status == "done"


def test_editors_see_the_most_unhelpful_articles_above_the_votes(client, editor):
    unclear = published_article()
    clear = published_article()
    for helpful in [False, False, False, True]:
        factories.ArticleVoteFactory(article=unclear, helpful=helpful)
    for _ in range(3):
        factories.ArticleVoteFactory(article=clear, helpful=True)
    factories.ArticleVoteFactory(article=published_article(), helpful=False)  # too few votes
    client.force_login(editor)

    response = client.get(reverse("admin:feedback_articlevote_changelist"))

    assert response.status_code == 200
    assert list(response.context["most_unhelpful"]) == [unclear, clear]
    page = response.content.decode()
    assert reverse("admin:manual_article_change", args=[unclear.pk]) in page
    assert f"?article__id__exact={unclear.pk}&amp;helpful__exact=0" in page
    assert "25&#8239;%" in page  # one of four found it helpful


def test_old_votes_do_not_keep_a_revised_article_on_the_list(client, editor):
    from datetime import timedelta

    from django.utils import timezone

    article = published_article()
    for _ in range(3):
        factories.ArticleVoteFactory(
            article=article, helpful=False, created_at=timezone.now() - timedelta(days=91)
        )
    client.force_login(editor)

    response = client.get(reverse("admin:feedback_articlevote_changelist"))

    assert list(response.context["most_unhelpful"]) == []
    assert "Ни у одной статьи пока нет достаточного числа голосов." in response.content.decode()
