from django.urls import path

from monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("admin/reports/", views.report_list, name="reports"),
    path("admin/reports/start/", views.report_start, name="report_start"),
    path("admin/reports/<int:pk>/", views.report_detail, name="report"),
    path("admin/reports/<int:pk>/save/", views.report_save, name="report_save"),
    path(
        "admin/reports/<int:pk>/<slug:action>/",
        views.report_transition,
        name="report_transition",
    ),
    path("admin/reports/<int:pk>/report.<str:fmt>", views.report_file, name="report_file"),
    path("transparency/reports/<int:pk>/", views.public_report, name="public_report"),
    path("regulation/", views.regulation_page, name="regulation"),
    path("regulation/regulation.pdf", views.regulation_pdf, name="regulation_pdf"),
    path(
        "transparency/reports/<int:pk>/report.<str:fmt>",
        views.public_report_file,
        name="public_report_file",
    ),
]
