"""Search quality on the demo manual: every realistic query finds its article in the top 3.

The demo content (manual.demo) is loaded once for the module; partners may be absent.
"""

import pytest

from manual import demo, search
from tests.manual.search_queries import QUERIES

TOP = 3


@pytest.fixture(scope="module")
def demo_manual(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import connection, transaction

        # One transaction for the module, rolled back at the end: other modules start clean.
        atomic = transaction.atomic()
        atomic.__enter__()
        demo.load(offices=[], users={})
        yield
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        connection.close()


def test_each_query_finds_its_article_in_the_top_three(demo_manual, db):
    misses = []
    for query, language, expected in QUERIES:
        slugs = [hit.article.slug for hit in search.search(query, language=language).hits[:TOP]]
        if expected not in slugs:
            misses.append(f"{query!r} ({language}): expected {expected}, got {slugs}")
    recall = (len(QUERIES) - len(misses)) / len(QUERIES)
    print(f"\nrecall@{TOP} = {recall:.3f} over {len(QUERIES)} queries")
    assert len(QUERIES) >= 40
    assert not misses, "\n".join(misses)


# The portal's first promise: a newcomer finds how to register as a sole proprietor.
FIRST = [
    ("register sole proprietor", "en", "ip-registration"),
    ("register as a sole proprietor", "en", "ip-registration"),
    ("sole proprietor registration", "en", "ip-registration"),
    ("регистрация ИП", "ru", "ip-registration"),
    ("как открыть ИП", "ru", "ip-registration"),
]


def test_a_newcomers_question_puts_the_registration_first(demo_manual, db):
    firsts = {
        query: [hit.article.slug for hit in search.search(query, language=language).hits[:1]]
        for query, language, _expected in FIRST
    }
    assert firsts == {query: [expected] for query, _language, expected in FIRST}
