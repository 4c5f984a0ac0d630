"""The back-office speaks one language at a time: an English page names the portal in
English and a Russian one in Russian, never both at once."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def site_name(content):
    return re.search(r'<div id="site-name"><a href="[^"]*">(.*?)</a></div>', content).group(1)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("", "Инфопункт для предпринимателей"), ("/en", "Infopoint for entrepreneurs")],
)
def test_the_site_header_names_the_portal_in_the_pages_language(client, officer, prefix, expected):
    client.force_login(officer)
    assert site_name(client.get(prefix + reverse("admin:index")).content.decode()) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("", "Инфопункт для предпринимателей"), ("/en", "Infopoint for entrepreneurs")],
)
def test_the_login_page_names_the_portal_in_the_pages_language(client, prefix, expected):
    assert site_name(client.get(prefix + reverse("admin:login")).content.decode()) == expected
