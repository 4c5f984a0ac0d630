"""Full-text search: stemming in both languages, typos, synonyms, visibility, safe input."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from manual import demo, search, vocabulary
from manual.models import SearchQuery
from tests import factories
from tests.fuzz import examples

pytestmark = pytest.mark.django_db


@pytest.fixture
def manual_articles(db):
    demo.load_synonyms()  # transactional tests elsewhere may have flushed the seed
    topic = factories.TopicFactory(slug="registration")
    ip = factories.published_article(
        slug="registraciya-ip",
        ru=factories.revision_text(
            "Регистрация индивидуального предпринимателя",
            summary="Как зарегистрироваться в налоговой инспекции и начать работать.",
        ),
        en=factories.revision_text(
            "Registering as a sole proprietor",
            summary="How to register with the tax office and start trading.",
            body="Sole proprietors register their businesses online.",
        ),
        topics=[topic],
        audiences=["sole_proprietor"],
    )
    usn = factories.published_article(
        slug="usn",
        ru=factories.revision_text(
            "Упрощённая система налогообложения",
            summary="Налоги малого бизнеса: 6 % с доходов или 15 % с разницы.",
            steps=[{"title": "Подать уведомление о переходе", "where": "ФНС"}],
        ),
        audiences=["company", "sole_proprietor"],
    )
    internal = factories.published_article(
        slug="desk-script",
        ru=factories.revision_text("Сценарий консультации по регистрации"),
        visibility="internal",
    )
    return {"ip": ip, "usn": usn, "internal": internal, "topic": topic}


def slugs(results):
    return [hit.article.slug for hit in results.hits]


def test_russian_stemming_finds_other_word_forms(manual_articles):
    assert slugs(search.search("регистрации предпринимателей", language="ru"))[0] == (
        "registraciya-ip"
    )


def test_english_stemming_finds_other_word_forms(manual_articles):
    assert slugs(search.search("registration proprietors", language="en"))[0] == (
        "registraciya-ip"
    )


def test_a_typo_still_finds_the_article(manual_articles):
    results = search.search("регистрацыя", language="ru")
    assert "registraciya-ip" in slugs(results)
    assert results.corrections == {"регистрацыя": "регистрация"}


def test_typo_corrections_never_reveal_words_of_internal_articles(manual_articles):
    factories.published_article(
        slug="secret", ru=factories.revision_text("Сверхсекретнейшее"), visibility="internal"
    )
    assert search.search("сверхсекретнейшиее", language="ru").corrections == {}


def test_synonyms_find_the_official_term(manual_articles):
    assert slugs(search.search("УСН", language="ru")) == ["usn"]
    assert slugs(search.search("ИП", language="ru"))[0] == "registraciya-ip"


def test_internal_articles_never_appear_in_public_search(manual_articles):
    assert "desk-script" not in slugs(search.search("консультации регистрации", language="ru"))
    staff = search.search("консультации регистрации", language="ru", public_only=False)
    assert "desk-script" in slugs(staff)


def test_filters_by_topic_and_audience(manual_articles):
    topic = manual_articles["topic"]
    assert slugs(search.search("налоговой", language="ru", topic=topic)) == ["registraciya-ip"]
    assert slugs(search.search("налог", language="ru", audience="company")) == ["usn"]


def test_snippets_mark_matches_and_escape_stored_html(manual_articles):
    factories.published_article(
        slug="evil",
        ru=factories.revision_text(
            "Касса", summary="Онлайн-касса <script>alert(1)</script> &lt;b&gt; \ue000x\ue001"
        ),
    )
    results = search.search("касса", language="ru")
    snippet = str(results.hits[0].snippet)
    assert "<mark>" in snippet
    assert "<script>" not in snippet
    assert "&amp;lt;b&amp;gt;" in snippet  # stored entities stay text
    assert snippet.count("<mark>") == snippet.count("</mark>")
    assert "<mark>x</mark>" not in snippet


def test_pagination_splits_the_results(manual_articles):
    for number in range(12):
        factories.published_article(
            slug=f"kassa-{number}", ru=factories.revision_text(f"Касса номер {number}")
        )
    first = search.search("касса", language="ru", page_size=10)
    second = search.search("касса", language="ru", page=2, page_size=10)
    assert (first.total, first.pages, len(first.hits), len(second.hits)) == (12, 2, 10, 2)
    assert not set(slugs(first)) & set(slugs(second))


def test_the_search_page_logs_each_normalised_query(client, manual_articles):
    client.get(reverse("manual:search"), {"q": "  Регистрация   ИП\x00 "})
    client.get(reverse("manual:search"), {"q": "верблюд"})
    logged = {(q.query, q.result_count > 0) for q in SearchQuery.objects.all()}
    assert logged == {("регистрация ип", True), ("верблюд", False)}


def test_suggestions_return_a_fragment_of_titles(client, manual_articles):
    response = client.get(reverse("manual:suggest"), {"q": "регистр"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert b"<html" not in response.content
    assert "Регистрация индивидуального предпринимателя" in response.content.decode()
    assert not SearchQuery.objects.exists()


NASTY = [
    "",
    "&|!():*",
    "'\"\\",
    "foo:* & !bar | (baz",
    "<script>alert(1)</script>",
    "\x00\x01\x1f",
    "🚀💼 ИП",
    "a" * 10_000,
    "ИП " * 5000,
    "-- ; DROP TABLE manual_article; --",
    "%s %(x)s {}",
    "\ue000\ue001",
]


@pytest.mark.parametrize("query", NASTY)
def test_nasty_queries_never_break_the_search_page(client, manual_articles, query):
    response = client.get(reverse("manual:search"), {"q": query})
    assert response.status_code == 200


@settings(
    max_examples=examples("public"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=300), topic=st.text(max_size=20), page=st.text(max_size=6))
def test_any_query_answers_200(client, manual_articles, query, topic, page):
    response = client.get(
        reverse("manual:search"), {"q": query, "topic": topic, "audience": topic, "page": page}
    )
    assert response.status_code == 200


def test_normalise_strips_control_characters_and_truncates():
    assert vocabulary.normalise("a\x00b\tc\u200b\n d") == "a b c d"
    assert len(vocabulary.normalise("я" * 10_000)) == 200


@pytest.fixture
def rankings_kept(cached):
    """The public page cache on: rankings are kept for one generation of it."""
    from infopoint import public_cache

    public_cache.bump_public_cache()
    return public_cache


def test_a_kept_ranking_gives_the_same_results(
    manual_articles, rankings_kept, django_assert_num_queries
):
    first = search.search("регистрацыя", language="ru")
    assert slugs(first)
    # the shown articles with their revisions' titles, read when they are shown (ranking
    # and snippets are kept)
    with django_assert_num_queries(1):
        again = search.search("регистрацыя", language="ru")
        shown = slugs(again)
    assert shown == slugs(first)
    assert (again.total, again.corrections) == (first.total, first.corrections)
    assert [hit.snippet for hit in again.hits] == [hit.snippet for hit in first.hits]


def test_a_ranking_is_kept_for_an_hour_not_for_the_pages_five_minutes(
    manual_articles, rankings_kept, clock, django_assert_num_queries
):
    clock.at("2027-03-01 10:00")
    list(search.search("регистрацыя", language="ru").hits)
    clock.shift(timedelta(minutes=50))
    with django_assert_num_queries(1):  # the shown articles; ranking and snippets kept
        list(search.search("регистрацыя", language="ru").hits)
    clock.shift(timedelta(minutes=15))
    with CaptureQueriesContext(connection) as ranked_again:
        list(search.search("регистрацыя", language="ru").hits)
    assert len(ranked_again) > 1


def test_publishing_in_the_back_office_makes_searches_rank_again(manual_articles, rankings_kept):
    assert slugs(search.search("касса", language="ru")) == []
    factories.published_article(slug="kassa", ru=factories.revision_text("Касса"))
    rankings_kept.bump_public_cache()  # what the back-office does after every change

    assert slugs(search.search("касса", language="ru")) == ["kassa"]


def test_staff_and_public_rankings_are_kept_apart(manual_articles, rankings_kept):
    assert "desk-script" not in slugs(search.search("консультации", language="ru"))
    staff = search.search("консультации", language="ru", public_only=False)
    assert "desk-script" in slugs(staff)
    assert "desk-script" not in slugs(search.search("консультации", language="ru"))


def test_the_vocabulary_command_rebuilds_what_publishing_keeps(manual_articles):
    from io import StringIO

    from django.core.management import call_command

    from manual.models import SearchWord

    SearchWord.objects.all().delete()
    assert search.search("регистрацыя", language="ru").corrections == {}
    out = StringIO()

    call_command("refresh_search_vocabulary", stdout=out)

    assert "word(s)" in out.getvalue()
    assert search.search("регистрацыя", language="ru").corrections == {
        "регистрацыя": "регистрация"
    }


def test_the_filters_keep_each_searchs_own_choice_and_query(manual_articles, rankings_kept):
    from django.test import Client

    visitor = Client()
    session = visitor.session
    session["manual_checklist"] = []
    session.save()
    url = reverse("manual:search")
    visitor.get(url, {"q": "налоги", "topic": "registration"})

    page = visitor.get(url, {"q": "регистрация"}).content.decode()
    topic = visitor.get(url, {"q": "ип", "topic": "registration"}).content.decode()

    assert '<input type="hidden" name="q" value="регистрация">' in page
    assert '<option value="registration" selected>' not in page
    assert '<input type="hidden" name="q" value="ип">' in topic
    assert '<option value="registration" selected>' in topic


def test_kept_results_stay_apart_for_staff_and_public(manual_articles, rankings_kept, officer):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    staff = Client()
    staff.force_login(officer)
    visitor = Client()
    session = visitor.session
    session["manual_checklist"] = []
    session.save()
    url = reverse("manual:search")
    assert "Сценарий консультации" in staff.get(url, {"q": "регистрация"}).content.decode()
    visitor.get(url, {"q": "регистрация"})

    with CaptureQueriesContext(connection) as queries:
        page = visitor.get(url, {"q": "регистрация"}).content.decode()

    assert "Сценарий консультации" not in page
    assert "Регистрация индивидуального предпринимателя" in page
    assert "manual_article" not in " ".join(query["sql"] for query in queries)
