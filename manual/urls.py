from django.urls import path

from manual import views

app_name = "manual"

urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search_page, name="search"),
    path("suggest/", views.suggest, name="suggest"),
    path("checklist/", views.checklist, name="checklist"),
    path("checklist.pdf", views.checklist_pdf, name="checklist_pdf"),
    path("checklist/add/", views.checklist_add, name="checklist_add"),
    path("checklist/remove/", views.checklist_remove, name="checklist_remove"),
    path("topics/<slug:slug>/", views.topic, name="topic"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("<slug:slug>/", views.article, name="article"),
]
