"""A back-office list's column naming an article as the page reads it."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from infopoint.admin_columns import in_page_language


class ArticleColumnMixin:
    """`article_title`: the row's article in the page's language (its published English
    title on an English page, the Russian one otherwise), read in the list's one query."""

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                article_in_page_language=in_page_language(
                    "article__title", "article__published_en__title"
                )
            )
        )

    @admin.display(description=_("article"), ordering="article__title")
    def article_title(self, obj):
        return obj.article_in_page_language
