import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from stakeholders.models import ATTACHMENT_MAX_BYTES, Communication
from tests import factories
from tests.fuzz import examples

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    """A request to /en/ leaves English active in the thread; reverse() would follow it."""
    with translation.override("ru"):
        yield


def _entry(file):
    organisation = factories.OrganisationFactory(slug="tpp-kaliningrad")
    return Communication(
        organisation=organisation,
        kind="meeting",
        date="2026-11-01",
        summary="Встреча",
        attachment=file,
    )


@pytest.mark.parametrize("name", ["protocol.pdf", "plan.docx", "budget.xlsx", "photo.PNG"])
def test_it_accepts_allowed_document_types(name):
    _entry(SimpleUploadedFile(name, b"content")).full_clean()


@pytest.mark.parametrize("name", ["virus.exe", "page.html", "script.js", "archive.zip", "noext"])
def test_it_refuses_other_file_types(name):
    with pytest.raises(ValidationError) as error:
        _entry(SimpleUploadedFile(name, b"content")).full_clean()
    assert error.value.error_dict["attachment"][0].code == "invalid_extension"


def test_it_refuses_a_file_over_ten_megabytes():
    big = SimpleUploadedFile("scan.pdf", b"x" * (ATTACHMENT_MAX_BYTES + 1))
    with pytest.raises(ValidationError) as error:
        _entry(big).full_clean()
    assert error.value.error_dict["attachment"][0].code == "file_too_large"


def test_a_file_of_exactly_ten_megabytes_is_accepted():
    _entry(SimpleUploadedFile("scan.pdf", b"x" * ATTACHMENT_MAX_BYTES)).full_clean()


@settings(max_examples=examples("staff"), deadline=None)
@given(st.text(min_size=1, max_size=20).filter(lambda s: "/" not in s and "\x00" not in s))
def test_only_the_allow_list_of_extensions_passes(stem):
    from stakeholders.models import ATTACHMENT_EXTENSIONS

    name = f"{stem}.exe"
    with pytest.raises(ValidationError):
        _entry(SimpleUploadedFile(name, b"x")).full_clean()
    assert "exe" not in ATTACHMENT_EXTENSIONS


def test_the_admin_stores_the_upload_through_django_storage(client, head, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    organisation = factories.OrganisationFactory()
    client.force_login(head)
    response = client.post(
        "/admin/stakeholders/communication/add/",
        {
            "organisation": organisation.pk,
            "kind": "agreement",
            "date": "2026-11-01",
            "summary": "Соглашение о сотрудничестве",
            "attachment": SimpleUploadedFile("agreement.pdf", b"%PDF-1.4"),
        },
    )
    assert response.status_code == 302, response.content
    entry = Communication.objects.get()
    assert entry.author == head
    assert entry.attachment.storage.exists(entry.attachment.name)


def test_attachments_are_downloaded_only_by_staff_who_read_the_log(
    client, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    entry = factories.CommunicationFactory(
        attachment=SimpleUploadedFile("minutes.pdf", b"%PDF-1.4 minutes")
    )
    url = f"/admin/stakeholders/communication/{entry.pk}/attachment/"
    answers = {}
    for persona, user in personas.items():
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(url)
        answers[persona] = response.status_code
        if response.status_code == 200:
            assert b"".join(response.streaming_content) == b"%PDF-1.4 minutes"
            assert "attachment;" in response["Content-Disposition"]
    # The log of partner contacts is the heads' alone (least privilege).
    assert answers == {"anonymous": 302, "officer": 403, "editor": 403, "head": 200, "admin": 200}
