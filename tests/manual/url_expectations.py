from tests import factories
from tests.manual.news_expectations import NEWS_EXPECTATIONS
from tests.url_expectations import PERSONAS, POST_ONLY, PUBLIC, PUBLIC_POST, Expect

EXPECTATIONS = {
    "manual:index": Expect(PUBLIC),
    "manual:topic": Expect(PUBLIC, kwargs=lambda w: {"slug": w.topic.slug}),
    "manual:article": Expect(PUBLIC, kwargs=lambda w: {"slug": w.article.slug}),
    "manual:search": Expect(PUBLIC, query="?q=регистрация"),
    "manual:suggest": Expect(PUBLIC, query="?q=регистр"),
    "manual:checklist": Expect(PUBLIC, query="?articles=registraciya-ip"),
    "manual:checklist_pdf": Expect(
        PUBLIC, query="?articles=registraciya-ip", skip="tests/manual/test_checklist.py"
    ),
    # An empty POST names no article: 404.
    "manual:checklist_add": Expect(POST_ONLY, post=dict.fromkeys(PERSONAS, 404)),
    "manual:checklist_remove": Expect(POST_ONLY, post=PUBLIC_POST),
    "manual:document": Expect(
        PUBLIC,
        kwargs=lambda w: {"pk": 1},
        skip="tests/manual/test_documents.py (files need a storage)",
    ),
    "sitemap": Expect(PUBLIC),
    **NEWS_EXPECTATIONS,
}


def build(world):
    world.topic = factories.TopicFactory(slug="registraciya")
    world.article = factories.published_article(
        slug="registraciya-ip",
        ru=factories.revision_text("Регистрация ИП"),
        topics=[world.topic],
    )
