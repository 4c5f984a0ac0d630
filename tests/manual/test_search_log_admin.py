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


def test_each_logged_search_of_a_question_is_kept_and_only_within_the_queryset(logged):
    """Texts are judged once per distinct text: every search of it is kept, and a text
    logged outside the queryset does not bring its searches in."""
    SearchQuery.objects.create(query="патент", language="ru", result_count=3)
    kept = visitor_queries(SearchQuery.objects.filter(result_count=0))
    assert sorted(kept.values_list("query", flat=True)) == sorted(REAL)
    assert visitor_queries(SearchQuery.objects.all()).filter(query="патент").count() == 2


def test_the_lists_show_what_visitors_asked_and_everything_on_request(client, editor, logged):
    client.force_login(editor)
    url = reverse("admin:manual_searchquery_changelist")
    response = client.get(url)
    zero = [row["query"] for row in response.context["zero_queries"]]
    assert sorted(zero) == sorted(REAL)
    assert sorted(row["query"] for row in response.context["top_queries"]) == sorted(REAL)
    assert response.context["cl"].result_count == len(REAL)
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
