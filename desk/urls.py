from django.urls import path

from desk import views

app_name = "desk"

urlpatterns = [
    path("ask/", views.ask, name="ask"),
    path("offices/", views.offices, name="offices"),
    path("offices/<slug:slug>/", views.office, name="office"),
]
