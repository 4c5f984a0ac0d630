from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("feedback/", views.enter, name="enter"),
    path("feedback/site/", views.site, name="site"),
    path("feedback/link/<str:token>/", views.link, name="link"),
    path("feedback/article/<int:article_id>/vote/", views.article_vote, name="article_vote"),
    path("feedback/<str:code>/", views.respond, name="respond"),
    path("feedback/<str:code>/qr.svg", views.qr, name="qr"),
    path("you-said-we-did/", views.you_said_we_did, name="you_said_we_did"),
]
