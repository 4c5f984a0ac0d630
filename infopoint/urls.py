from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from infopoint import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
]

if settings.BENCH:
    urlpatterns += [path("", include("infopoint.bench.urls"))]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("manual/", include("manual.urls")),
    path("", include("desk.urls")),
    path("", include("feedback.urls")),
    path("partners/", include("stakeholders.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=False,
)
