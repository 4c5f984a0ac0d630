from django.contrib.sitemaps import Sitemap

from manual.models import Article, Topic


class ArticleSitemap(Sitemap):
    """Public published articles only: internal ones never reach a search engine."""

    i18n = True
    languages = ["ru", "en"]
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Article.objects.public().order_by("pk")

    def lastmod(self, article):
        return article.updated_at


class TopicSitemap(Sitemap):
    i18n = True
    languages = ["ru", "en"]
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Topic.objects.order_by("order", "pk")


SITEMAPS = {"articles": ArticleSitemap, "topics": TopicSitemap}
