"""A published public manual article for votes, made with the manual's factory once it
exists, or directly otherwise."""

import itertools

from manual.models import Article
from tests import factories

_numbers = itertools.count(1)


def published_article(**kwargs):
    kwargs = {"visibility": "public", "status": "published", **kwargs}
    factory = getattr(factories, "ArticleFactory", None)
    if factory is not None:
        return factory(**kwargs)
    number = next(_numbers)
    kwargs.setdefault("slug", f"feedback-article-{number}")
    kwargs.setdefault("title", f"Регистрация ИП {number}")
    return Article.objects.create(**kwargs)
