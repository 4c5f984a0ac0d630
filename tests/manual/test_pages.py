"""The public pages: what they show, to whom, and in how many queries."""

import pytest
from django.urls import reverse
from django.utils import translation

from infopoint import public_cache
from manual import services
from manual.models import Article
from tests import factories

pytestmark = pytest.mark.django_db


def grow(topic, *, count, partners=()):
    for number in range(count):
        factories.published_article(
            slug=f"a-{topic.slug}-{number}",
            ru=factories.revision_text(
                f"Процедура {number}",
                steps=[{"title": f"Шаг {n}", "where": "ФНС"} for n in range(4)],
            ),
            topics=[topic],
            partners=partners,
        )


@pytest.fixture
def views_written_at_once(settings):
    """Views are counted in the process and written in batches; write every one here."""
    public_cache.reset_process_state()
    settings.PUBLIC_CACHE_VIEW_FLUSH_SECONDS = 0
    yield
    public_cache.reset_process_state()


def test_the_article_page_shows_summary_steps_documents_and_where_to_go(
    client, views_written_at_once
):
    partner = factories.OrganisationFactory(
        slug="fns", name="Налоговая инспекция", address="ул. Сергеева, 2", phone="+7 4012 000000"
    )
    article = factories.published_article(
        slug="ip", ru=factories.revision_text("Регистрация ИП"), partners=[partner]
    )
    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert page.index("Кратко: Регистрация ИП.") < page.index("Подать заявление")
    assert "паспорт" in page and "ул. Сергеева, 2" in page and "+7 4012 000000" in page
    assert 'rel="canonical"' in page and 'hreflang="en"' in page
    assert 'property="og:title" content="Регистрация ИП"' in page
    assert '<meta name="description" content="Кратко: Регистрация ИП.">' in page
    assert Article.objects.get(pk=article.pk).view_count == 1


def test_the_helpful_form_posts_to_the_feedback_app(client):
    article = factories.published_article(slug="ip")
    page = client.get(article.get_absolute_url()).content.decode()
    url = reverse("feedback:article_vote", kwargs={"article_id": article.pk})
    assert f'action="{url}"' in page
    assert 'name="website"' in page and 'name="comment"' in page


def test_internal_articles_are_404_for_the_public_and_open_for_staff(client, officer):
    article = factories.published_article(slug="script", visibility="internal")
    assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(officer)
    assert client.get(article.get_absolute_url()).status_code == 200


def test_drafts_are_404(client):
    article = factories.ArticleFactory(slug="draft")
    services.revision_create(article=article, language="ru", **factories.revision_text("Черновик"))
    assert client.get(article.get_absolute_url()).status_code == 404


def test_english_page_falls_back_to_russian_with_a_notice(client):
    article = factories.published_article(slug="ip", ru=factories.revision_text("Регистрация ИП"))
    with translation.override("en"):
        url = article.get_absolute_url()
    assert url == "/en/manual/ip/"
    page = client.get(url).content.decode()
    assert "Регистрация ИП" in page
    assert "has not been translated into English yet" in page


def test_each_language_shows_the_steps_of_its_own_revision_in_order(client):
    article = factories.published_article(
        slug="ip",
        ru=factories.revision_text(
            "Регистрация ИП", steps=[{"title": "Первый шаг"}, {"title": "Второй шаг"}]
        ),
        en=factories.revision_text(
            "Registering", steps=[{"title": "First step", "where": "Tax office"}]
        ),
    )
    russian = client.get(article.get_absolute_url()).content.decode()
    with translation.override("en"):
        english = client.get(article.get_absolute_url()).content.decode()

    assert russian.index("Первый шаг") < russian.index("Второй шаг")
    assert "First step" not in russian
    assert "First step" in english and "Tax office" in english
    assert "Первый шаг" not in english


def test_english_page_warns_when_the_russian_text_changed_since(client, head):
    article = factories.published_article(
        slug="ip", en=factories.revision_text("Registering as a sole proprietor")
    )
    url = "/en/manual/ip/"
    assert "may be out of date" not in client.get(url).content.decode()
    revision = services.revision_create(
        article=article, language="ru", **factories.revision_text("Новое")
    )
    services.article_publish(revision=revision, user=head)
    assert "may be out of date" in client.get(url).content.decode()


def test_sitemap_lists_public_articles_and_topics_only(client):
    topic = factories.TopicFactory(slug="taxes")
    factories.published_article(slug="public-one", topics=[topic])
    factories.published_article(slug="internal-one", visibility="internal")
    body = client.get("/sitemap.xml").content.decode()
    assert "/manual/public-one/" in body and "/en/manual/public-one/" in body
    assert "/manual/topics/taxes/" in body
    assert "internal-one" not in body


def test_the_home_form_query_goes_to_search(client):
    response = client.get(reverse("manual:index"), {"q": "ИП"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("manual:search"))


def test_home_page_query_count_does_not_grow(client, django_assert_num_queries):
    topic = factories.TopicFactory(slug="reg")
    factories.OfficeFactory()
    grow(topic, count=2)
    # topics with article counts, most-read articles with revisions, footer office + hours
    with django_assert_num_queries(4):
        client.get(reverse("manual:index"))
    grow(topic, count=5)
    with django_assert_num_queries(4):
        client.get(reverse("manual:index"))


def test_topic_page_query_count_does_not_grow(client, django_assert_num_queries):
    topic = factories.TopicFactory(slug="reg")
    factories.OfficeFactory()
    grow(topic, count=2)
    # topic, articles with revisions, documents, footer office + hours
    with django_assert_num_queries(5):
        client.get(topic.get_absolute_url())
    grow(topic, count=5)
    with django_assert_num_queries(5):
        client.get(topic.get_absolute_url())


def test_article_page_query_count_does_not_grow(client, django_assert_num_queries):
    # The view counter's batch is written once PUBLIC_CACHE_VIEW_FLUSH_SECONDS have passed
    # since the process's last flush: a fresh batch keeps it out of the counted queries.
    public_cache.reset_process_state()
    topic = factories.TopicFactory(slug="reg")
    factories.OfficeFactory()
    partners = [factories.OrganisationFactory(slug=f"p{n}") for n in range(2)]
    article = factories.published_article(slug="main", topics=[topic], partners=partners)
    grow(topic, count=2)
    article.related.set(Article.objects.exclude(pk=article.pk))
    # article with revisions, then (the page's fragment, rendered every time with the page
    # cache off) steps, topics, partners, related with revisions; footer office + hours
    # (the view counter is written in batches, not per view)
    with django_assert_num_queries(7):
        client.get(article.get_absolute_url())
    article.partners.add(*[factories.OrganisationFactory(slug=f"q{n}") for n in range(3)])
    grow(topic, count=3)
    article.related.set(Article.objects.exclude(pk=article.pk))
    with django_assert_num_queries(7):
        client.get(article.get_absolute_url())


def test_each_language_reads_the_article_and_its_revisions_in_one_query(
    client, django_assert_num_queries
):
    """A Russian page joins only the Russian revision; an English page joins both (the
    Russian one stands in for a missing translation and dates the English one). Neither
    reads a revision afterwards: the counts are those of the pinned test above."""
    public_cache.reset_process_state()
    factories.OfficeFactory()
    translated = factories.published_article(
        slug="both", en=factories.revision_text("Registering as a sole proprietor")
    )
    untranslated = factories.published_article(slug="ru-only")
    # article with revisions; the fragment's steps, topics, partners, related; footer office
    # + hours
    with django_assert_num_queries(7) as russian:
        assert client.get(translated.get_absolute_url()).status_code == 200
    article_query = russian.captured_queries[0]["sql"]
    assert "published_ru_id" in article_query
    assert '"published_en_id" = ' not in article_query  # no join of the English revision
    for article in (translated, untranslated):
        with translation.override("en"):
            url = article.get_absolute_url()
        with django_assert_num_queries(7):
            assert client.get(url).status_code == 200


def test_views_of_an_article_are_written_in_batches(client, settings):
    public_cache.reset_process_state()
    article = factories.published_article(slug="batched")
    for _visit in range(3):
        client.get(article.get_absolute_url())
    article.refresh_from_db()
    assert article.view_count == 0  # counted, not yet written

    settings.PUBLIC_CACHE_VIEW_FLUSH_SECONDS = 0
    client.get(article.get_absolute_url())

    article.refresh_from_db()
    assert article.view_count == 4
    public_cache.reset_process_state()


def test_search_page_query_count_does_not_grow(client, django_assert_num_queries):
    topic = factories.TopicFactory(slug="reg")
    factories.OfficeFactory()
    grow(topic, count=3)
    # synonyms, close spellings, ranking, articles with revisions, snippets,
    # topic choices of the filter form, log insert (savepoint pair), footer office + hours
    with django_assert_num_queries(9):
        client.get(reverse("manual:search"), {"q": "процедура"})
    grow(topic, count=6)
    with django_assert_num_queries(9):
        client.get(reverse("manual:search"), {"q": "процедура"})
