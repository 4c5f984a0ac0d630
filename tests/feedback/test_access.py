"""Staff read the feedback of the offices they work in: an officer of one office never
sees another office's invitations or answers (they can name the case and carry the
entrepreneur's comments); a head of both offices sees both."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def answers(office, other_office):
    ours = factories.ResponseFactory(
        invitation=factories.InvitationFactory(reference="KGD-OURS", office_id=office.pk),
        what_to_improve="Наш отзыв",
    )
    theirs = factories.ResponseFactory(
        invitation=factories.InvitationFactory(reference="KGD-THEIRS", office_id=other_office.pk),
        what_to_improve="Чужой отзыв",
    )
    return ours, theirs


def test_an_officer_lists_only_the_answers_of_their_office(client, officer, answers):
    client.force_login(officer)

    responses = client.get(reverse("admin:feedback_response_changelist")).content.decode()

    assert "Наш отзыв" in responses and "Чужой отзыв" not in responses


def test_a_head_lists_only_the_invitations_of_the_offices_they_head(
    client, head_of_office, answers
):
    client.force_login(head_of_office)

    invitations = client.get(reverse("admin:feedback_invitation_changelist")).content.decode()

    assert "KGD-OURS" in invitations and "KGD-THEIRS" not in invitations


def test_an_officer_cannot_open_another_offices_answer(client, officer, answers):
    _ours, theirs = answers
    client.force_login(officer)

    response = client.get(reverse("admin:feedback_response_change", args=[theirs.pk]))

    # The admin answers a hidden object with a redirect to the index and a message.
    assert response.status_code == 302
    assert "Чужой отзыв" not in client.get(response.url, follow=True).content.decode()


def test_an_improvement_action_cannot_be_opened_from_another_offices_answers(
    client, officer, answers
):
    from feedback.models import ImprovementAction

    _ours, theirs = answers
    client.force_login(officer)

    client.post(
        reverse("admin:feedback_response_changelist"),
        {"action": "open_improvement_action", "_selected_action": [theirs.pk]},
    )

    assert not ImprovementAction.objects.exists()


def test_a_head_of_both_offices_sees_both(client, head, answers):
    client.force_login(head)

    page = client.get(reverse("admin:feedback_response_changelist")).content.decode()

    assert "Наш отзыв" in page and "Чужой отзыв" in page


def test_a_superuser_sees_every_office(client, admin_user, answers):
    client.force_login(admin_user)

    page = client.get(reverse("admin:feedback_invitation_changelist")).content.decode()

    assert "KGD-OURS" in page and "KGD-THEIRS" in page


def test_staff_without_an_office_see_no_answers(client, answers):
    from infopoint import roles
    from tests.conftest import _staff

    client.force_login(_staff("floating", roles.OFFICER))

    page = client.get(reverse("admin:feedback_response_changelist")).content.decode()

    assert "Наш отзыв" not in page and "Чужой отзыв" not in page


def test_an_officer_never_sees_an_improvement_action_opened_from_another_offices_answer(
    client, officer, other_officer, answers
):
    """An action opened from answers is titled with the entrepreneur's comment: it is the
    answering office's, not every officer's."""
    from feedback.models import ImprovementAction

    _ours, theirs = answers
    client.force_login(other_officer)
    client.post(
        reverse("admin:feedback_response_changelist"),
        {"action": "open_improvement_action", "_selected_action": [theirs.pk]},
    )
    action = ImprovementAction.objects.get()
    department_wide = factories.ImprovementActionFactory(title="Для всего управления")
    client.force_login(officer)

    listed = client.get(reverse("admin:feedback_improvementaction_changelist"))
    opened = client.get(reverse("admin:feedback_improvementaction_change", args=[action.pk]))
    changed = client.post(
        reverse("admin:feedback_improvementaction_changelist"),
        {"action": "mark_done", "_selected_action": [action.pk]},
    )

    assert "Чужой отзыв" not in listed.content.decode()
    assert department_wide.title in listed.content.decode()
    assert opened.status_code == 302  # the admin's "no such object"
    assert changed.status_code == 302
    action.refresh_from_db()
    assert action.status == "open"


def test_an_officer_cannot_file_an_improvement_action_under_another_office(
    client, officer, other_office
):
    from feedback.models import ImprovementAction

    client.force_login(officer)

    response = client.post(
        reverse("admin:feedback_improvementaction_add"),
        {"title": "Очередь", "status": "open", "office_id": other_office.pk},
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["office_id"]
    assert not ImprovementAction.objects.exists()
