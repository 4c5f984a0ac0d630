from datetime import timedelta

import pytest
from django.utils import timezone

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


def test_satisfaction_summary_matches_hand_computed_figures(django_assert_num_queries):
    # Five invitations of office 1, four answered: CSAT 5, 4, 2, 5; NPS 10, 9, 3, 7.
    # Promoters 2, passives 1, detractors 1 → NPS = (2 − 1) / 4 = +25.
    for csat, nps in [(5, 10), (4, 9), (2, 3), (5, 7)]:
        factories.ResponseFactory(invitation__office_id=1, csat=csat, nps=nps)
    factories.InvitationFactory(office_id=1)
    factories.ResponseFactory(invitation__office_id=2, csat=1, nps=0)
    old = factories.ResponseFactory(invitation__office_id=1, csat=1, nps=0)
    old.invitation.created_at = timezone.now() - timedelta(days=400)
    old.invitation.save(update_fields=["created_at"])

    with django_assert_num_queries(2):
        summary = selectors.satisfaction_summary(
            since=timezone.now() - timedelta(days=30), office_ids=[1]
        )

    assert summary["invitations"] == 5
    assert summary["responses"] == 4
    assert summary["response_rate"] == 0.8
    assert summary["csat_average"] == 4.0
    assert summary["csat_distribution"] == {1: 0, 2: 1, 3: 0, 4: 1, 5: 2}
    assert (summary["promoters"], summary["passives"], summary["detractors"]) == (2, 1, 1)
    assert summary["nps"] == 25


def test_satisfaction_summary_of_nothing_is_empty():
    summary = selectors.satisfaction_summary()
    assert summary["responses"] == 0
    assert summary["response_rate"] is None
    assert summary["nps"] is None
