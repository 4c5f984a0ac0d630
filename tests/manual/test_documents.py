"""Attached documents: allowed types and size, listed per topic, served as attachments."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from manual.models import Document
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def document(topic, name="reglament.pdf", content=b"%PDF-1.4 test", **kwargs):
    doc = Document(
        topic=topic, title="Регламент", file=SimpleUploadedFile(name, content), **kwargs
    )
    doc.full_clean()
    doc.save()
    return doc


def test_a_public_document_is_listed_and_served_as_an_attachment(client):
    topic = factories.TopicFactory(slug="rules")
    doc = document(topic)
    assert "Регламент" in client.get(topic.get_absolute_url()).content.decode()
    response = client.get(doc.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"


def test_an_internal_document_is_hidden_from_the_public(client, officer):
    topic = factories.TopicFactory(slug="rules")
    doc = document(topic, visibility="internal")
    assert "Регламент" not in client.get(topic.get_absolute_url()).content.decode()
    assert client.get(doc.get_absolute_url()).status_code == 404
    client.force_login(officer)
    assert client.get(doc.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("name", ["virus.exe", "page.html", "script.svg", "x.pdf.js"])
def test_other_file_types_are_refused(name):
    with pytest.raises(ValidationError) as error:
        document(factories.TopicFactory(slug="rules"), name=name)
    assert "file" in error.value.message_dict


def test_files_over_10_mb_are_refused():
    with pytest.raises(ValidationError) as error:
        document(factories.TopicFactory(slug="rules"), content=b"0" * (10 * 1024 * 1024 + 1))
    assert error.value.error_dict["file"][0].code == "document_too_large"
