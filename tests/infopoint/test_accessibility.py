"""The version for the visually impaired: a cookie set by plain links, the classes on
<html> rendered by the server, a safe way back, and pages cached per choice."""

import pytest
from django.test import Client
from django.urls import reverse

from infopoint import accessibility
from tests import factories

pytestmark = pytest.mark.django_db


def choose(client, **params):
    return client.get(reverse("accessibility"), params)


def html_tag(response):
    page = response.content.decode()
    return page[page.index("<html") : page.index(">", page.index("<html")) + 1]


def test_turning_the_version_on_sets_the_cookie_and_goes_back(client):
    response = choose(client, on="1", next="/manual/?q=ип")
    assert response.status_code == 302
    assert response["Location"] == "/manual/?q=%D0%B8%D0%BF"
    assert client.cookies["a11y"].value == "size2.bw"
    assert client.cookies["a11y"]["httponly"]


def test_each_setting_changes_only_itself(client):
    choose(client, on="1")
    choose(client, size="size3")
    choose(client, scheme="blue")
    choose(client, images="0")
    choose(client, wide="1")
    assert client.cookies["a11y"].value == "size3.blue.noimg.wide"
    choose(client, images="1")
    assert client.cookies["a11y"].value == "size3.blue.wide"


def test_the_ordinary_version_removes_the_cookie(client):
    choose(client, on="1")
    choose(client, on="0")
    assert client.cookies["a11y"].value == ""


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x", ""]
)
def test_the_way_back_is_only_ever_a_path_of_this_site(client, target):
    response = choose(client, size="size3", next=target)
    assert response["Location"] == reverse("home")


def test_unknown_settings_and_values_change_nothing(client):
    choose(client, on="1")
    choose(client, size="size9", scheme="<script>", images="maybe")
    assert client.cookies["a11y"].value == "size2.bw"


@pytest.mark.parametrize("value", ["", "size2", "size2.red", "size2.bw.noimg.x", "x" * 500])
def test_a_cookie_that_is_not_a_canonical_value_reads_as_the_ordinary_version(value):
    assert accessibility.parse(value) == accessibility.OFF


def test_the_page_carries_the_chosen_classes_on_html(client, office):
    client.cookies["a11y"] = "size3.wb.noimg.wide"
    tag = html_tag(client.get(reverse("home")))
    assert 'class="a11y a11y-size3 a11y-scheme-wb a11y-noimg a11y-wide"' in tag


def test_every_public_page_offers_the_version_first_of_all_links(client, office):
    page = client.get(reverse("home")).content.decode()
    body = page[page.index("<body") :]
    first_link = body[body.index("<a ") : body.index("</a>")]
    assert "accessibility/?on=1" in first_link


def test_the_panel_marks_the_current_choices(client, office):
    client.cookies["a11y"] = "size1.blue"
    page = client.get(reverse("home")).content.decode()
    assert 'aria-current="true">Крупный' not in page
    assert "a11y-size1" in page
    assert page.count('aria-current="true"') >= 4  # size, colours, images, spacing


def test_the_page_cache_keeps_each_choice_apart(cached, client, office):
    article = factories.published_article(slug="ip-registration")
    url = article.get_absolute_url()
    client.get(url)
    assert client.get(url).headers.get("X-Public-Cache") == "hit"

    impaired = Client()
    impaired.cookies["a11y"] = "size3.wb"
    first = impaired.get(url)
    assert first.headers.get("X-Public-Cache") != "hit"
    assert "a11y-scheme-wb" in html_tag(first)
    again = impaired.get(url)
    assert again.headers.get("X-Public-Cache") == "hit"
    assert "a11y-scheme-wb" in html_tag(again)

    ordinary = Client().get(url)
    assert ordinary.headers.get("X-Public-Cache") == "hit"
    assert "a11y" not in html_tag(ordinary)


def test_a_junk_cookie_shares_the_ordinary_cached_page(cached, client, office):
    article = factories.published_article(slug="ip-registration")
    url = article.get_absolute_url()
    client.get(url)
    junk = Client()
    junk.cookies["a11y"] = "anything-at-all"
    assert junk.get(url).headers.get("X-Public-Cache") == "hit"
