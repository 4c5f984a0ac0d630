"""The demo loader reads manual/demo_content.py and is idempotent by slug."""

import pytest

from manual import demo, demo_content
from manual.models import Article, ArticleRevision, Topic
from tests import factories

pytestmark = pytest.mark.django_db


def test_loading_twice_publishes_each_text_once():
    factories.OrganisationFactory(slug=demo_content.ARTICLES[0]["partners"][0]) if (
        demo_content.ARTICLES[0].get("partners")
    ) else None
    demo.load(offices=[], users={})
    revisions = ArticleRevision.objects.count()
    demo.load(offices=[], users={})
    assert ArticleRevision.objects.count() == revisions
    assert Topic.objects.count() == len(demo_content.TOPICS)
    assert Article.objects.count() == len(demo_content.ARTICLES)
    with_english = sum(1 for item in demo_content.ARTICLES if item.get("en"))
    assert Article.objects.filter(published_en__isnull=False).count() == with_english
    assert not Article.objects.english_out_of_date().exists()
    first = Article.objects.get(slug=demo_content.ARTICLES[0]["slug"])
    if demo_content.ARTICLES[0].get("partners"):
        assert first.partners.exists()


def test_internal_demo_articles_stay_internal():
    demo.load(offices=[], users={})
    internal = {
        item["slug"] for item in demo_content.ARTICLES if item.get("visibility") == "internal"
    }
    assert set(Article.objects.filter(visibility="internal").values_list("slug", flat=True)) == (
        internal
    )
