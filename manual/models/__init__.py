"""The manual's models, one module per topic. Each module's models are imported here."""

from manual.models.articles import Article, Topic

__all__ = ["Article", "Topic"]
