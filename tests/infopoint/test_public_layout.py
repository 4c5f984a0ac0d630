import re

import pytest
from django.utils import translation

from tests import factories


def test_home_page_is_russian_at_the_unprefixed_url(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="ru">' in response.text
    assert "Перейти к основному содержанию" in response.text


def test_home_page_is_english_under_en(client, db):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "Skip to main content" in response.text


def test_language_switch_links_to_the_same_page_in_the_other_language(client, db):
    response = client.get("/en/")
    assert 'href="/" hreflang="ru"' in response.text
    response = client.get("/")
    assert 'href="/en/" hreflang="en"' in response.text


def test_footer_shows_the_first_public_office_with_its_hours(client, db):
    office = factories.OfficeFactory(name="Центральный инфопункт", order=1)
    factories.OpeningHoursFactory(office=office, weekday=0)
    factories.OfficeFactory(name="Скрытый", is_public=False, order=0)
    response = client.get("/")
    assert "Центральный инфопункт" in response.text
    assert "Скрытый" not in response.text
    with translation.override("ru"):
        assert "Понедельник: 09:00–18:00" in response.text


def test_home_links_lead_somewhere(client, db):
    response = client.get("/")
    for path in ["/manual/", "/ask/", "/partners/", "/news/"]:
        assert f'href="{path}"' in response.text
        assert client.get(path).status_code == 200


def test_every_page_carries_a_content_security_policy(client, db):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_every_response_has_a_request_id_and_one_log_line(client, db, caplog):
    with caplog.at_level("INFO", logger="infopoint.request"):
        response = client.get("/en/?email=secret@example.org")
    lines = [r.getMessage() for r in caplog.records if r.name == "infopoint.request"]
    assert lines == [f"GET /en/ 200 {lines[0].split()[3]} id={response['X-Request-ID']}"]
    assert "secret@example.org" not in lines[0]


def test_the_language_switch_keeps_the_page_and_its_query(client, db):
    response = client.get("/partners/?kind=bank&q=%D0%B1%D0%B0%D0%BD%D0%BA")
    assert 'href="/en/partners/?kind=bank&amp;q=%D0%B1%D0%B0%D0%BD%D0%BA" hreflang="en"' in (
        response.text
    )
    response = client.get("/en/partners/?kind=bank")
    assert 'href="/partners/?kind=bank" hreflang="ru"' in response.text


def test_a_page_that_does_not_exist_still_offers_the_other_language(client, db):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert 'hreflang="ru"' in response.text


@pytest.mark.parametrize("path", ["//evil.example/x", "/\\evil.example/x", "///evil.example/"])
def test_the_language_switch_of_an_odd_path_stays_on_the_site(client, db, path):
    # The test client would read "//evil.example/x" as a host: the path is given as is.
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    links = re.findall(r'href="([^"]*)" hreflang="en"', response.text)
    assert links, "the 404 page offers no language switch"
    for link in links:
        assert link.startswith("/") and not link.startswith(("//", "/\\")), link
