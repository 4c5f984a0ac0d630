"""The editors' search lists show what visitors asked; junk stays one filter away."""

import pytest
from django.urls import reverse

from manual.models import SearchQuery
from manual.selectors import visitor_queries

pytestmark = pytest.mark.django_db

REAL = ["регистрация ип", "патент", "how to register", "НДС 2026", "ккт для ип"]
JUNK = [
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "1; DROP TABLE users",
    "SELECT * FROM auth_user",
    "???",
    "…",
    "😀😀😀",
    "%",
    "<b>",
]


@pytest.fixture
def logged():
    for query in REAL + JUNK:
        SearchQuery.objects.create(query=query, language="ru", result_count=0)


def test_visitor_queries_keep_questions_and_leave_out_junk(logged):
    kept = set(visitor_queries(SearchQuery.objects.all()).values_list("query", flat=True))
    assert kept == set(REAL)


def test_the_lists_show_what_visitors_asked_and_everything_on_request(client, editor, logged):
    client.force_login(editor)
    url = reverse("admin:manual_searchquery_changelist")
    response = client.get(url)
    zero = [row["query"] for row in response.context["zero_queries"]]
    assert sorted(zero) == sorted(REAL)
    assert "что спрашивали посетители" in response.content.decode()
    everything = client.get(url, {"junk": "all"})
    zero = [row["query"] for row in everything.context["zero_queries"]]
    assert set(zero) == set(REAL + JUNK)
    assert everything.context["cl"].result_count == len(REAL + JUNK)


def test_the_date_filter_label_is_translated_whole(client, editor, logged):
    client.force_login(editor)
    content = client.get(reverse("admin:manual_searchquery_changelist")).content.decode()
    assert "Filter by" not in content
    assert "Фильтр: время поиска" in content
