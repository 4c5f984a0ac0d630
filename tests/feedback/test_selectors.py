import pytest

from feedback import selectors
from tests import factories
from tests.feedback.articles import published_article

pytestmark = pytest.mark.django_db


def votes(article, yes, no):
    for _ in range(yes):
        factories.ArticleVoteFactory(article=article, helpful=True)
    for _ in range(no):
        factories.ArticleVoteFactory(article=article, helpful=False)


def test_article_helpfulness_counts_votes_in_one_query(django_assert_num_queries):
    good, bad, silent = published_article(), published_article(), published_article()
    votes(good, 3, 1)
    votes(bad, 0, 2)

    with django_assert_num_queries(1):
        figures = selectors.article_helpfulness([good.pk, bad.pk, silent.pk])

    assert figures[good.pk] == {"yes": 3, "no": 1, "total": 4, "ratio": 0.75}
    assert figures[bad.pk] == {"yes": 0, "no": 2, "total": 2, "ratio": 0.0}
    assert silent.pk not in figures


def test_most_unhelpful_articles_come_first(django_assert_num_queries):
    good, bad, middling, few = (published_article() for _ in range(4))
    votes(good, 5, 0)
    votes(bad, 1, 4)
    votes(middling, 2, 2)
    votes(few, 0, 2)

    with django_assert_num_queries(1):
        ranked = list(selectors.most_unhelpful_articles(limit=2, min_votes=3))

    assert ranked == [bad, middling]
    assert (ranked[0].votes_yes, ranked[0].votes_no, ranked[0].votes_total) == (1, 4, 5)
    assert ranked[0].helpful_ratio == pytest.approx(0.2)
