"""Search understands what entrepreneurs mean: the editors' related terms on the demo manual,
the «Возможно, вы искали …» line, and plain-text snippets that start at a sentence."""

import pytest

from manual import demo, search, snippets

# (query, language, every page it must find)
RELATED = [
    (
        "субсидия",
        "ru",
        {
            "employment-centre-services",
            "youth-entrepreneur-grant",
            "social-entrepreneur-grant",
            "regional-support-programmes",
            "baltic-expo-exhibitions",
        },
    ),
    (
        "субсидии на бизнес",
        "ru",
        {"youth-entrepreneur-grant", "social-entrepreneur-grant", "regional-support-programmes"},
    ),
    (
        "subsidy",
        "en",
        {
            "employment-centre-services",
            "youth-entrepreneur-grant",
            "social-entrepreneur-grant",
            "regional-support-programmes",
            "baltic-expo-exhibitions",
        },
    ),
    ("грант", "ru", {"youth-entrepreneur-grant", "social-entrepreneur-grant"}),
    ("компенсация", "ru", {"baltic-expo-exhibitions", "regional-support-programmes"}),
    ("открыть кофейню", "ru", {"activity-start-notification"}),
    ("coffee shop", "en", {"activity-start-notification"}),
    ("кредит на бизнес", "ru", {"microloans"}),
    ("loan", "en", {"microloans"}),
    ("ярмарка", "ru", {"baltic-expo-exhibitions"}),
]


@pytest.fixture(scope="module")
def demo_manual(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import connection, transaction

        atomic = transaction.atomic()
        atomic.__enter__()
        demo.load(offices=[], users={})
        yield
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        connection.close()


@pytest.mark.parametrize(("query", "language", "expected"), RELATED)
def test_a_query_finds_the_pages_of_its_related_terms(demo_manual, db, query, language, expected):
    found = {hit.article.slug for hit in search.search(query, language=language).hits}
    assert expected <= found, f"missing: {sorted(expected - found)}"


def test_the_results_name_the_related_words_they_used(demo_manual, db):
    results = search.search("субсидия", language="ru")
    assert "грант" in results.related
    assert "субсидия" not in results.related


def test_the_related_words_named_are_in_the_readers_alphabet(demo_manual, db):
    english = search.search("sole proprietor", language="en")
    russian = search.search("регистрация ИП", language="ru")
    # Both searches still find the pages of the other language's words.
    assert "ip-registration" in [hit.article.slug for hit in english.hits]
    assert english.related == []  # «ип», «индивидуальный предприниматель»: not named
    assert russian.related and all("sole" not in phrase for phrase in russian.related)


def test_a_misspelt_query_suggests_the_corrected_one(demo_manual, db):
    results = search.search("регистрацыя ип", language="ru")
    assert results.suggestion.startswith("регистрац")
    assert results.suggestion.endswith(" ип")
    assert search.search("регистрация ип", language="ru").suggestion == ""


def test_snippets_are_plain_text_from_the_start_of_a_sentence(demo_manual, db):
    for query in ["субсидия", "зарегистрированный адрес", "касса", "патент"]:
        for hit in search.search(query, language="ru").hits:
            text = str(hit.snippet).replace("<mark>", "").replace("</mark>", "")
            assert "**" not in text and "](" not in text and "|" not in text, text
            assert not text.startswith(("- ", "* ", "# ", "1. ")), text
            first = text.lstrip('«"(')[:1]
            # a sentence's start, or a list item going on from the line before it
            assert first.isupper() or first.isdigit() or text.startswith("… "), text


def test_english_snippets_show_no_markdown(demo_manual, db):
    for hit in search.search("registered office", language="en").hits:
        text = str(hit.snippet)
        assert "- a registered" not in text and "**" not in text, text


def test_a_snippet_starts_at_the_sentence_of_the_first_match():
    marked = "Первое предложение. Второе про \ue000кассу\ue001 и ещё.\nТретье"
    assert snippets.snippet_of(marked) == "Второе про \ue000кассу\ue001 и ещё. Третье"


def test_a_snippet_from_a_list_item_says_that_something_comes_before():
    assert (
        snippets.snippet_of("Нужны:\nпаспорт и \ue000ИНН\ue001") == "… паспорт и \ue000ИНН\ue001"
    )


def test_a_long_snippet_ends_at_a_word_with_an_ellipsis():
    text = "Слово " * 50
    snippet = snippets.snippet_of(text, words=5)
    assert snippet == "Слово Слово Слово Слово Слово …"
