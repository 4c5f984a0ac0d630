from django.contrib.sitemaps import Sitemap

from manual.models import Article, Event, NewsItem, Topic


class BilingualSitemap(Sitemap):
    """Each page in Russian and English, with hreflang alternates."""

    i18n = True
    languages = ["ru", "en"]
    alternates = True
    x_default = True
    changefreq = "monthly"


class ArticleSitemap(BilingualSitemap):
    """Public published articles only: internal ones never reach a search engine."""

    def items(self):
        return Article.objects.public().order_by("pk")

    def lastmod(self, article):
        return article.updated_at


class TopicSitemap(BilingualSitemap):
    def items(self):
        return Topic.objects.public().order_by("order", "pk")


class PublicationSitemap(BilingualSitemap):
    """Published news items or events only: drafts and ones scheduled for later stay out."""

    model = None
    changefreq = "yearly"

    def items(self):
        return self.model.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class NewsSitemap(PublicationSitemap):
    model = NewsItem


class EventSitemap(PublicationSitemap):
    model = Event


SITEMAPS = {
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "news": NewsSitemap,
    "events": EventSitemap,
}
