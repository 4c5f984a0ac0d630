"""The checklist PDF is tagged (PDF/UA-1): a structure tree, a title and the page's
language; its contacts, QR code and link stay together on one page."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(db):
    return factories.OfficeFactory(
        name="Центральный инфопункт", name_en="Central infopoint", phone="+7 4012 92-31-00"
    )


def _article(slug, steps):
    text = factories.revision_text(
        f"Процедура {slug}",
        steps=[{"title": f"Шаг {number} процедуры", "where": "ФНС"} for number in range(steps)],
        documents=["паспорт", "заявление"],
    )
    english = factories.revision_text(f"Procedure {slug}")
    return factories.published_article(slug=slug, ru=text, en=english)


def _pdf(client, url, slugs):
    response = client.get(url, {"articles": ",".join(slugs)})
    assert response.status_code == 200
    return PdfReader(io.BytesIO(response.content))


@pytest.mark.parametrize(("language", "title"), [("ru", "Мой чек-лист"), ("en", "My checklist")])
def test_the_checklist_pdf_is_tagged_with_its_title_and_language(client, office, language, title):
    _article("ip", 3)
    url = (
        "/en" + reverse("manual:checklist_pdf")
        if language == "en"
        else reverse("manual:checklist_pdf")
    )
    reader = _pdf(client, url, ["ip"])
    catalogue = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalogue
    assert catalogue["/MarkInfo"]["/Marked"]
    assert catalogue["/Lang"] == language
    assert reader.metadata.title == title


def test_the_link_online_never_stands_alone_on_the_last_page(client, office):
    slugs = []
    for number in range(9):
        slugs.append(f"a{number}")
        _article(f"a{number}", 4 + number % 3)
        reader = _pdf(client, reverse("manual:checklist_pdf"), slugs)
        last = reader.pages[-1].extract_text()
        assert "manual/checklist/" in last
        assert "92-31-00" in last, f"{len(slugs)} articles: {last!r}"
