"""Who reads the feedback invitations, whose short codes answer a case's satisfaction
survey: the heads of the invitation's office and the administrators, never an officer
(the answers measure the officers), nor an editor. Nobody adds, changes or deletes an
invitation in the back-office: the desk creates one when it closes a case.

Personas: anonymous, officer of office A, editor, head of office A only, administrator;
`ours` is an invitation of office A, `theirs` one of office B.
"""

import pytest
from django.urls import reverse

from feedback.models import Invitation
from tests import factories

pytestmark = pytest.mark.django_db

LOGIN = "login"  # a redirect to the back-office's login page
GONE = "gone"  # the admin's redirect for an object the user may not see: "does not exist"

# (page, method, whose invitation) → answer per persona.
EXPECTED = {
    ("changelist", "get", None): {"officer": 403, "editor": 403, "head": 200, "admin": 200},
    ("changelist", "post", None): {"officer": 403, "editor": 403, "head": 200, "admin": 200},
    ("change", "get", "ours"): {"officer": 403, "editor": 403, "head": 200, "admin": 200},
    ("change", "post", "ours"): {"officer": 403, "editor": 403, "head": 403, "admin": 403},
    ("change", "get", "theirs"): {"officer": 403, "editor": 403, "head": GONE, "admin": 200},
    ("change", "post", "theirs"): {"officer": 403, "editor": 403, "head": GONE, "admin": 403},
    ("add", "get", None): {"officer": 403, "editor": 403, "head": 403, "admin": 403},
    ("add", "post", None): {"officer": 403, "editor": 403, "head": 403, "admin": 403},
    ("delete", "get", "ours"): {"officer": 403, "editor": 403, "head": 403, "admin": 403},
    ("delete", "post", "ours"): {"officer": 403, "editor": 403, "head": 403, "admin": 403},
    ("delete", "get", "theirs"): {"officer": 403, "editor": 403, "head": 403, "admin": 403},
    ("delete", "post", "theirs"): {"officer": 403, "editor": 403, "head": 403, "admin": 403},
    # The history page looks the object up before it asks for permission.
    ("history", "get", "ours"): {"officer": 403, "editor": GONE, "head": 200, "admin": 200},
    ("history", "get", "theirs"): {"officer": GONE, "editor": GONE, "head": GONE, "admin": 200},
}


@pytest.fixture
def invitations(office, other_office):
    return {
        "ours": factories.InvitationFactory(reference="KGD-OURS", office_id=office.pk),
        "theirs": factories.InvitationFactory(reference="KGD-THEIRS", office_id=other_office.pk),
    }


@pytest.fixture
def people(officer, editor, head_of_office, admin_user):
    return {
        "anonymous": None,
        "officer": officer,
        "editor": editor,
        "head": head_of_office,
        "admin": admin_user,
    }


def _url(page, invitation):
    name = f"admin:feedback_invitation_{page}"
    return reverse(name, args=[invitation.pk]) if invitation else reverse(name)


def _post_data(page, invitations):
    if page == "changelist":
        # The only action a changelist could offer here: deleting the selection.
        return {
            "action": "delete_selected",
            "_selected_action": [item.pk for item in invitations.values()],
            "post": "yes",
        }
    if page == "delete":
        return {"post": "yes"}
    return {"reference": "KGD-FORGED", "code": "AAAA2222", "office_id": "1", "language": "ru"}


def _answer(response):
    location = response.get("Location", "")
    if response.status_code == 302 and "/login/" in location:
        return LOGIN
    if response.status_code == 302 and location.rstrip("/").endswith("/admin"):
        return GONE
    return response.status_code


@pytest.mark.parametrize(("page", "method", "whose"), list(EXPECTED), ids=str)
def test_each_persona_reads_and_writes_invitations_as_the_table_says(
    client, invitations, people, page, method, whose
):
    before = list(Invitation.objects.order_by("pk").values_list("pk", "reference", "code"))
    invitation = invitations[whose] if whose else None
    url = _url(page, invitation)
    answers = {}
    for persona, user in people.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        if method == "get":
            response = client.get(url)
        else:
            response = client.post(url, _post_data(page, invitations))
        answers[persona] = _answer(response)

    assert answers == {"anonymous": LOGIN, **EXPECTED[(page, method, whose)]}
    after = list(Invitation.objects.order_by("pk").values_list("pk", "reference", "code"))
    assert after == before


def test_a_head_reads_the_codes_of_their_office_only(client, head_of_office, invitations):
    client.force_login(head_of_office)

    listing = client.get(_url("changelist", None)).content.decode()
    page = client.get(_url("change", invitations["ours"])).content.decode()

    ours, theirs = invitations["ours"], invitations["theirs"]
    assert ours.display_code in listing and theirs.display_code not in listing
    assert theirs.reference not in listing
    assert ours.code in page
    found = client.get(_url("changelist", None), {"q": theirs.code}).content.decode()
    assert theirs.reference not in found and theirs.display_code not in found


def test_an_officer_never_sees_a_code_not_even_of_their_own_office(
    client, officer, colleague, office, invitations
):
    """The answers of the office's invitations rate its officers: an officer who could read
    the codes could answer for the entrepreneurs."""
    closed = factories.CaseFactory(office=office, officer=colleague, status="closed")
    mine = factories.InvitationFactory(reference=closed.reference, office_id=office.pk)
    client.force_login(officer)

    pages = [
        client.get(reverse("admin:index")),
        client.get(reverse("admin:app_list", args=["feedback"])),
        client.get(reverse("admin:feedback_response_changelist")),
        client.get(_url("changelist", None)),
        client.get(_url("change", mine)),
    ]

    for response in pages:
        content = response.content.decode()
        for invitation in (mine, *invitations.values()):
            assert invitation.code not in content
            assert invitation.display_code not in content
    assert [response.status_code for response in pages] == [200, 200, 200, 403, 403]
    assert reverse("admin:feedback_invitation_changelist") not in pages[0].content.decode()
