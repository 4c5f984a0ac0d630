"""The personal checklist: chosen articles as tick boxes, HTML and PDF."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_articles(db):
    factories.OfficeFactory(name="Центральный инфопункт", phone="+7 4012 92-31-00")
    first = factories.published_article(
        slug="ip",
        ru=factories.revision_text(
            "Регистрация ИП", steps=[{"title": "Подать заявление Р21001", "where": "ФНС"}]
        ),
    )
    second = factories.published_article(
        slug="kassa", ru=factories.revision_text("Онлайн-касса", documents=["договор с ОФД"])
    )
    return first, second


def test_the_checklist_lists_steps_and_documents_as_tick_boxes(client, two_articles):
    response = client.get(
        reverse("manual:checklist"), {"articles": "ip,kassa,nope", "code": "AB12"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Подать заявление Р21001" in page and "договор с ОФД" in page
    # ip: one step and two documents; kassa: one step and one document
    assert page.count('type="checkbox"') == 3 + 2
    assert "AB12" in page
    assert "data:image/svg+xml" in page  # the QR code
    assert "checklist.pdf?articles=ip%2Ckassa&amp;code=AB12" in page


def test_add_to_checklist_keeps_the_selection_in_the_session(client, two_articles):
    client.post(reverse("manual:checklist_add"), {"article": "ip"})
    client.post(reverse("manual:checklist_add"), {"article": "kassa"})
    client.post(reverse("manual:checklist_add"), {"article": "ip"})
    assert client.session["manual_checklist"] == ["ip", "kassa"]
    page = client.get(reverse("manual:checklist")).content.decode()
    assert "Регистрация ИП" in page and "Онлайн-касса" in page
    client.post(reverse("manual:checklist_remove"), {"article": "ip"})
    assert client.session["manual_checklist"] == ["kassa"]


def test_internal_articles_cannot_be_added_by_the_public(client):
    factories.published_article(slug="script", visibility="internal")
    assert client.post(reverse("manual:checklist_add"), {"article": "script"}).status_code == 404
    page = client.get(reverse("manual:checklist"), {"articles": "script"}).content.decode()
    assert "Сценарий" not in page and "Процедура script" not in page


def test_the_redirect_after_adding_stays_on_this_site(client, two_articles):
    response = client.post(
        reverse("manual:checklist_add"), {"article": "ip", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("manual:checklist")


@pytest.mark.parametrize("view", ["manual:checklist_add", "manual:checklist_remove"])
@pytest.mark.parametrize("target", ["foo", "//evil.example/", "/\\evil.example/", "/a\x00b"])
def test_an_odd_next_address_falls_back_to_the_checklist(client, two_articles, view, target):
    response = client.post(reverse(view), {"article": "ip", "next": target})
    assert response.status_code == 302
    assert response["Location"] == reverse("manual:checklist")


def test_a_local_next_address_is_followed(client, two_articles):
    response = client.post(reverse("manual:checklist_add"), {"article": "ip", "next": "/ip/"})
    assert response["Location"] == "/ip/"


@pytest.mark.parametrize("article", ["a\x00b", "Не слаг", "x" * 5000, ""])
def test_an_article_that_is_not_a_slug_is_not_found(client, two_articles, article):
    response = client.post(reverse("manual:checklist_add"), {"article": article})
    assert response.status_code == 404


def test_the_pdf_contains_the_article_title_and_the_feedback_code(client, two_articles):
    response = client.get(
        reverse("manual:checklist_pdf"), {"articles": "ip,kassa", "code": "AB12"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Регистрация ИП" in text
    assert "AB12" in text
    assert "Центральный инфопункт" in text


def test_the_pdf_renderer_fetches_nothing_from_the_network_or_the_disk(monkeypatch):
    import urllib.request

    from manual.checklists import html_to_pdf

    opened = []
    monkeypatch.setattr(
        urllib.request.OpenerDirector, "open", lambda self, *a, **k: opened.append(a)
    )
    pdf = html_to_pdf(
        '<link rel="stylesheet" href="https://example.org/x.css">'
        '<img src="http://127.0.0.1:1/x.png"><img src="file:///etc/passwd">'
        '<p style="background: url(https://example.org/bg.png)">Текст</p>'
    )
    assert pdf.startswith(b"%PDF")
    assert opened == []
