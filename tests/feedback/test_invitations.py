import re
from datetime import timedelta

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback import services
from feedback.models import Invitation
from feedback.models.capture import CODE_ALPHABET, SIGNING_SALT, normalise_code
from feedback.tasks import send_invitation

pytestmark = pytest.mark.django_db


def test_it_creates_one_invitation_per_case_reference():
    first = services.invitation_create(reference="KGD-1", office_id=3)
    again = services.invitation_create(reference="KGD-1", office_id=3, language="en")

    assert again.pk == first.pk
    assert again.code == first.code
    assert again.language == "ru"
    assert Invitation.objects.count() == 1


def test_the_short_code_has_eight_unambiguous_characters():
    invitation = services.invitation_create(reference="KGD-2", office_id=1)

    assert len(invitation.code) == 8
    assert set(invitation.code) <= set(CODE_ALPHABET)
    assert not set(invitation.code) & set("01OIL")
    assert invitation.display_code == f"{invitation.code[:4]}-{invitation.code[4:]}"


def test_it_expires_thirty_days_after_creation():
    invitation = services.invitation_create(reference="KGD-3", office_id=1)

    assert invitation.expires_at - invitation.created_at == pytest.approx(
        timedelta(days=30), abs=timedelta(seconds=1)
    )
    assert not invitation.is_expired


def test_it_refuses_an_empty_reference():
    with pytest.raises(ValidationError) as caught:
        services.invitation_create(reference="  ", office_id=1)
    assert caught.value.error_list[0].code == "reference_required"


def test_an_unknown_language_falls_back_to_russian():
    invitation = services.invitation_create(reference="KGD-4", office_id=1, language="de")
    assert invitation.language == "ru"


def test_the_database_refuses_a_code_outside_the_alphabet(invitation):
    with pytest.raises(IntegrityError):
        Invitation.objects.filter(pk=invitation.pk).update(code="O0O0O0O0")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("K7P3-QX9M", "K7P3QX9M"),
        ("k7p3qx9m", "K7P3QX9M"),
        (" k7p3 qx9m ", "K7P3QX9M"),
        ("K7P3-QX9", ""),
        ("K7P3-QX9O", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_it_normalises_codes_as_people_type_them(raw, expected):
    assert normalise_code(raw) == expected


def test_it_enqueues_the_invitation_e_mail_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(
            reference="KGD-5", office_id=1, email="ip@example.org"
        )

    task = DBTaskResult.objects.get()
    assert task.task_path == "feedback.tasks.send_invitation"
    assert task.args_kwargs["args"] == [invitation.pk]


def test_it_enqueues_no_e_mail_without_an_address(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.invitation_create(reference="KGD-6", office_id=1)
    assert not DBTaskResult.objects.exists()


def test_an_address_given_later_is_added_and_mailed(django_capture_on_commit_callbacks):
    services.invitation_create(reference="KGD-7", office_id=1)
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(
            reference="KGD-7", office_id=1, email="late@example.org"
        )

    assert invitation.email == "late@example.org"
    assert DBTaskResult.objects.count() == 1


def test_the_e_mail_is_sent_exactly_once(mailoutbox):
    invitation = services.invitation_create(reference="KGD-8", office_id=1, email="a@example.org")

    assert send_invitation.call(invitation.pk) is True
    assert send_invitation.call(invitation.pk) is False

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["a@example.org"]
    assert "KGD-8" in message.subject
    link = re.search(r"https?://\S+/feedback/link/\S+/", message.body).group(0)
    assert signing.loads(link.split("/")[-2], salt=SIGNING_SALT) == invitation.code
    assert invitation.display_code in message.body
    invitation.refresh_from_db()
    assert invitation.sent_at is not None


def test_the_e_mail_speaks_the_invitations_language(mailoutbox):
    invitation = services.invitation_create(
        reference="KGD-9", office_id=1, email="b@example.org", language="en"
    )
    send_invitation.call(invitation.pk)
    assert mailoutbox[0].subject.startswith("How did we help you?")


def test_a_failed_send_leaves_the_invitation_to_be_retried(mailoutbox, monkeypatch):
    invitation = services.invitation_create(reference="KGD-10", office_id=1, email="c@x.org")

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    with pytest.raises(ConnectionRefusedError):
        send_invitation.call(invitation.pk)
    invitation.refresh_from_db()
    assert invitation.sent_at is None


def test_no_e_mail_goes_out_for_an_expired_or_answered_invitation(mailoutbox):
    expired = services.invitation_create(reference="KGD-11", office_id=1, email="d@x.org")
    Invitation.objects.filter(pk=expired.pk).update(
        created_at=timezone.now() - timedelta(days=40),
        expires_at=timezone.now() - timedelta(days=10),
    )
    answered = services.invitation_create(reference="KGD-12", office_id=1, email="e@x.org")
    services.response_submit(invitation=answered, csat=5, nps=10)

    assert send_invitation.call(expired.pk) is False
    assert send_invitation.call(answered.pk) is False
    assert mailoutbox == []


def test_the_qr_code_is_an_svg_with_a_title():
    svg = services.qr_svg("https://infopoint.example/feedback/K7P3QX9M/", title="QR")
    assert svg.startswith("<svg")
    assert "<title>QR</title>" in svg


def test_an_undeliverable_address_does_not_stop_the_case_from_closing():
    invitation = services.invitation_create(reference="KGD-13", office_id=1, email="not an e-mail")
    assert invitation.email == ""
