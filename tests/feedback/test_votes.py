import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from feedback.models import ArticleVote
from tests import factories
from tests.feedback.articles import published_article

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def vote_url(article):
    return reverse("feedback:article_vote", kwargs={"article_id": article.pk})


def test_a_yes_vote_is_stored_and_redirects_to_the_article(client, article):
    response = client.post(vote_url(article), {"helpful": "yes"})

    assert response.status_code == 302
    vote = ArticleVote.objects.get()
    assert (vote.article, vote.helpful, vote.comment, vote.language) == (article, True, "", "ru")
    assert len(vote.client_key) == 64


def test_a_no_vote_keeps_its_comment(client, article):
    client.post(vote_url(article), {"helpful": "no", "comment": "Нет списка документов."})
    vote = ArticleVote.objects.get()
    assert (vote.helpful, vote.comment) == (False, "Нет списка документов.")


def test_a_vote_under_en_is_recorded_as_english(client, article):
    client.post("/en" + vote_url(article), {"helpful": "yes"})
    assert ArticleVote.objects.get().language == "en"


def test_the_same_client_voting_again_the_same_day_changes_its_vote(client, article):
    client.post(vote_url(article), {"helpful": "yes"})
    client.post(vote_url(article), {"helpful": "no"})
    assert ArticleVote.objects.count() == 1
    assert ArticleVote.objects.get().helpful is False


def test_another_client_adds_a_vote(client, article):
    client.post(vote_url(article), {"helpful": "yes"}, REMOTE_ADDR="10.0.0.1")
    client.post(vote_url(article), {"helpful": "yes"}, REMOTE_ADDR="10.0.0.2")
    assert ArticleVote.objects.count() == 2


def test_it_returns_to_a_safe_next_address_only(client, article):
    safe = client.post(vote_url(article), {"helpful": "yes", "next": "/manual/?q=ip"})
    unsafe = client.post(vote_url(article), {"helpful": "yes", "next": "https://evil.example/"})
    assert safe.url == "/manual/?q=ip"
    assert "evil" not in unsafe.url


def test_an_htmx_vote_gets_the_thank_you_fragment(client, article):
    response = client.post(vote_url(article), {"helpful": "yes"}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="helpful"' in html
    assert "<html" not in html
    assert ArticleVote.objects.count() == 1


def test_an_htmx_vote_without_an_answer_gets_the_form_back_with_an_error(client, article):
    response = client.post(vote_url(article), {"helpful": "maybe"}, **HTMX)
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert not ArticleVote.objects.exists()


def test_a_vote_without_an_answer_redirects_with_a_message(client, article):
    response = client.post(vote_url(article), {})
    assert response.status_code == 302
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["error"]
    assert not ArticleVote.objects.exists()


def test_an_overlong_or_nul_comment_is_not_stored(client, article):
    client.post(vote_url(article), {"helpful": "no", "comment": "я" * 1001})
    client.post(vote_url(article), {"helpful": "no", "comment": "a\x00"})
    assert not ArticleVote.objects.exists()


def test_a_filled_honeypot_stores_nothing(client, article):
    response = client.post(vote_url(article), {"helpful": "yes", "website": "x"}, **HTMX)
    assert response.status_code == 200
    assert not ArticleVote.objects.exists()


def test_get_is_not_allowed(client, article):
    assert client.get(vote_url(article)).status_code == 405


@pytest.mark.parametrize(
    "kwargs", [{"visibility": "internal"}, {"status": "draft"}, {"status": "archived"}]
)
def test_internal_or_unpublished_articles_cannot_be_voted_on(client, kwargs):
    hidden = published_article(**kwargs)
    assert client.post(vote_url(hidden), {"helpful": "yes"}).status_code == 404
    assert not ArticleVote.objects.exists()


def test_an_unknown_article_is_not_found(client, db):
    url = reverse("feedback:article_vote", kwargs={"article_id": 999999})
    assert client.post(url, {"helpful": "yes"}).status_code == 404


@pytest.mark.parametrize("vector", ["<script>alert(1)</script>", '"><img src=x onerror=1>'])
def test_vote_comments_render_escaped_in_the_back_office(admin_client, article, vector):
    from django.test import Client

    Client().post(vote_url(article), {"helpful": "no", "comment": vector})
    html = admin_client.get(reverse("admin:feedback_articlevote_changelist")).content.decode()
    assert vector not in html


def test_the_vote_block_can_be_included_by_the_article_page(rf, article):
    from django.template.loader import render_to_string

    request = rf.get(article.get_absolute_url())
    html = render_to_string("feedback/article_vote.html#form", {"article": article}, request)
    assert f'hx-post="{vote_url(article)}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="website"' in html


def test_a_new_user_agent_or_forwarded_for_header_does_not_give_a_second_vote(client, article):
    client.post(vote_url(article), {"helpful": "yes"}, HTTP_USER_AGENT="Browser/1")
    client.post(
        vote_url(article),
        {"helpful": "yes"},
        HTTP_USER_AGENT="Browser/2",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    client.post(vote_url(article), {"helpful": "yes"}, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert ArticleVote.objects.count() == 1


def test_behind_a_trusted_proxy_each_forwarded_client_gets_its_own_vote(client, article, settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for forwarded in ("203.0.113.7", "203.0.113.7", "198.51.100.9"):
        client.post(vote_url(article), {"helpful": "yes"}, HTTP_X_FORWARDED_FOR=forwarded)
    assert ArticleVote.objects.count() == 2


def test_the_article_asks_in_place_and_comes_back_to_the_answer_without_javascript(client):
    article = factories.published_article(slug="vote-here")
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'hx-post="' + vote_url(article) + '" hx-target="#helpful"' in page
    assert f'name="next" value="{article.get_absolute_url()}?voted=1#helpful"' in page

    response = client.post(
        vote_url(article),
        {"helpful": "yes", "next": f"{article.get_absolute_url()}?voted=1#helpful"},
    )
    assert response.url == f"{article.get_absolute_url()}?voted=1#helpful"
    after = client.get(response.url).content.decode()
    assert "Спасибо" in after
    assert "Эта страница была полезной?" not in after


def test_an_unanswered_vote_without_javascript_asks_again(client, article):
    response = client.post(
        vote_url(article), {"next": f"{article.get_absolute_url()}?voted=1#helpful"}
    )
    assert response.url == f"{article.get_absolute_url()}#helpful"
