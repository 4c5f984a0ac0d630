from django.urls import path

from monitoring.dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("", views.index, name="index"),
    path("export/<slug:table>.<str:fmt>", views.export, name="export"),
]
