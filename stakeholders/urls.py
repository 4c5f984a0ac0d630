from django.urls import path

from stakeholders import views

app_name = "stakeholders"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<slug:slug>/", views.organisation, name="organisation"),
]
