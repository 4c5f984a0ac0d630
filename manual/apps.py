from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ManualConfig(AppConfig):
    name = "manual"
    verbose_name = _("Manual")

    def ready(self):
        from infopoint.public_cache import register_view_counter
        from manual.services import add_article_views

        # Article visits served by the page cache count too (`@public_page` on the view).
        register_view_counter("manual-article", add_article_views)
