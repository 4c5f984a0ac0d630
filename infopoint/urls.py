from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from infopoint import security, views
from manual import views as manual_views
from manual.sitemaps import SITEMAPS
from monitoring import views as monitoring_views

handler500 = "infopoint.middleware.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("", manual_views.home, name="home"),
    path("accessibility/", views.accessibility_choice, name="accessibility"),
    path("manual/", include("manual.urls")),
    path("", include(("manual.news.urls", "news"))),
    path("", include("desk.urls")),
    path("", include("feedback.urls")),
    path("partners/", include("stakeholders.urls")),
    path("admin/2fa/setup/", security.two_factor_setup, name="two_factor_setup"),
    path("admin/2fa/verify/", security.two_factor_verify, name="two_factor_verify"),
    path(
        "admin/2fa/reset/<int:user_id>/", security.two_factor_reset_view, name="two_factor_reset"
    ),
    path("admin/dashboard/", include("monitoring.dashboards.urls")),
    path("", include("monitoring.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("transparency/", monitoring_views.transparency, name="transparency"),
    prefix_default_language=False,
)
