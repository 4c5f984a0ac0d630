"""The manual's models, one module per topic. Each module's models are imported here."""

from manual.models.articles import Article, Audience, Topic
from manual.models.documents import Document
from manual.models.news import DigestItem, Event, NewsItem, Subscriber  # noqa: F401
from manual.models.revisions import ArticleRevision, ArticleStep
from manual.models.search import SearchQuery, SearchWord, Synonym

__all__ = [
    "Article",
    "ArticleRevision",
    "ArticleStep",
    "Audience",
    "Document",
    "SearchQuery",
    "SearchWord",
    "Synonym",
    "Topic",
]
