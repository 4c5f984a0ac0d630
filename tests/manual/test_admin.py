"""The back-office of the manual: revisions, diff, restore, previews, review lists."""

import pytest
from django.urls import reverse

from manual import services
from manual.models import Article, ArticleRevision, SearchQuery
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(head):
    article = factories.published_article(slug="ip", ru=factories.revision_text("Регистрация ИП"))
    newer = services.revision_create(
        article=article,
        language="ru",
        **factories.revision_text("Регистрация ИП", summary="Новое <b>краткое</b> описание."),
    )
    services.article_publish(revision=newer, user=head)
    article.refresh_from_db()
    return article


def test_the_diff_shows_both_revisions_side_by_side_escaped(client, editor, article):
    client.force_login(editor)
    url = reverse("admin:manual_articlerevision_diff", args=[article.published_ru.pk])
    page = client.get(url).content.decode()
    assert 'class="diff"' in page
    assert "Кратко:" in page  # the older summary, on the left
    assert "&lt;b&gt;краткое&lt;/b&gt;" in page


def test_the_diff_escapes_markup_in_the_revision_titles(client, editor, article):
    article.published_ru.title = (
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">'
    )
    article.published_ru.save(update_fields=["title"])
    client.force_login(editor)
    url = reverse("admin:manual_articlerevision_diff", args=[article.published_ru.pk])
    page = client.get(url).content.decode()
    assert "<meta http-equiv" not in page
    assert "&lt;meta http-equiv" in page


def test_restore_creates_a_draft_from_an_old_revision(client, editor, article):
    old = article.revisions.get(status=ArticleRevision.Status.SUPERSEDED)
    client.force_login(editor)
    url = reverse("admin:manual_articlerevision_restore", args=[old.pk])
    assert client.get(url).status_code == 403
    response = client.post(url)
    draft = article.revisions.get(status=ArticleRevision.Status.DRAFT)
    assert response["Location"] == reverse("admin:manual_articlerevision_change", args=[draft.pk])
    assert draft.summary == old.summary


def test_a_published_revision_cannot_be_edited_in_place(client, editor, article):
    client.force_login(editor)
    url = reverse("admin:manual_articlerevision_change", args=[article.published_ru.pk])
    client.post(url, {"title": "Подмена", "summary": "x", "article": article.pk, "language": "ru"})
    article.published_ru.refresh_from_db()
    assert article.published_ru.title == "Регистрация ИП"


def test_the_preview_shows_a_draft_as_the_public_will_see_it(client, editor, article):
    draft = services.revision_create(
        article=article, language="ru", **factories.revision_text("Черновик страницы")
    )
    client.force_login(editor)
    page = client.get(reverse("admin:manual_articlerevision_preview", args=[draft.pk]))
    assert "Черновик страницы" in page.content.decode()
    assert "Черновик страницы" not in client.get(article.get_absolute_url()).content.decode()


def test_the_markdown_preview_is_sanitised(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:manual_articlerevision_markdown"),
        {"body": "**жирный** <script>alert(1)</script> [x](javascript:alert(1))"},
    )
    html = response.content.decode()
    assert "<strong>жирный</strong>" in html
    assert "<script>" not in html and "javascript:" not in html


def test_the_markdown_preview_is_for_staff_only(client):
    response = client.post(reverse("admin:manual_articlerevision_markdown"), {"body": "x"})
    assert response.status_code == 302


def test_an_editor_cannot_publish_from_the_admin_but_a_head_can(client, editor, head, article):
    draft = services.revision_create(
        article=article, language="ru", **factories.revision_text("Новая версия")
    )
    changelist = reverse("admin:manual_articlerevision_changelist")
    data = {"action": "publish", "_selected_action": [draft.pk]}
    client.force_login(editor)
    client.post(changelist, data)
    assert Article.objects.get(pk=article.pk).published_ru_id != draft.pk
    client.force_login(head)
    client.post(changelist, data)
    assert Article.objects.get(pk=article.pk).published_ru_id == draft.pk


def test_publishing_from_the_list_says_so_and_links_the_public_page(client, head, article):
    draft = services.revision_create(
        article=article, language="ru", **factories.revision_text("Регистрация ИП, исправлено")
    )
    services.article_submit(revision=draft, user=head)
    client.force_login(head)
    response = client.post(
        reverse("admin:manual_articlerevision_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert "Опубликовано: «Регистрация ИП, исправлено»." in page
    assert f'<a href="{article.get_absolute_url()}">Открыть страницу на сайте</a>' in page


def test_sending_drafts_for_review_from_the_list_says_how_many(client, editor, article):
    draft = services.revision_create(
        article=article, language="ru", **factories.revision_text("Новая версия")
    )
    client.force_login(editor)
    response = client.post(
        reverse("admin:manual_articlerevision_changelist"),
        {"action": "submit", "_selected_action": [draft.pk]},
        follow=True,
    )
    assert "1 редакция отправлена на проверку." in response.content.decode()


def test_the_review_lists_filter_articles(client, editor, article):
    client.force_login(editor)
    changelist = reverse("admin:manual_article_changelist")
    for params in [{"needs_review": "yes"}, {"english": "stale"}, {"english": "missing"}]:
        assert client.get(changelist, params).status_code == 200


def test_the_search_log_shows_top_and_zero_result_queries(client, editor):
    SearchQuery.objects.create(query="верблюд", language="ru", result_count=0)
    SearchQuery.objects.create(query="верблюд", language="ru", result_count=0)
    SearchQuery.objects.create(query="ип", language="ru", result_count=5)
    client.force_login(editor)
    page = client.get(reverse("admin:manual_searchquery_changelist")).content.decode()
    assert "верблюд" in page and "ип" in page
    assert client.get(reverse("admin:manual_searchquery_add")).status_code == 403


def test_an_editor_creates_an_article_with_a_transliterated_slug(client, editor):
    topic = factories.TopicFactory(slug="reg")
    client.force_login(editor)
    response = client.post(
        reverse("admin:manual_article_add"),
        {
            "title": "Регистрация ООО",
            "slug": "",
            "visibility": "public",
            "topics": [topic.pk],
            "audiences": ["company"],
            "review_interval_days": 365,
            "revisions-TOTAL_FORMS": 0,
            "revisions-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get()
    assert (article.slug, article.audiences) == ("registratsiia-ooo", ["company"])


def test_an_editor_starts_a_new_draft_from_the_published_revision(client, editor, article):
    client.force_login(editor)
    client.post(
        reverse("admin:manual_articlerevision_changelist"),
        {"action": "new_draft", "_selected_action": [article.published_ru.pk]},
    )
    draft = article.revisions.get(status=ArticleRevision.Status.DRAFT)
    assert draft.summary == article.published_ru.summary
    page = client.get(reverse("admin:manual_article_change", args=[article.pk])).content.decode()
    assert reverse("admin:manual_articlerevision_add") in page


def test_making_an_article_internal_takes_its_words_out_of_public_corrections(client, editor):
    from manual import search

    article = factories.published_article(
        slug="kassa",
        ru=factories.revision_text("Контрольно-кассовая техника"),
        topics=[factories.TopicFactory(slug="kkt")],
    )
    assert search.search("кассоваая", language="ru").corrections == {"кассоваая": "кассовая"}
    client.force_login(editor)
    revisions = list(article.revisions.all())
    data = {
        "title": article.title,
        "slug": article.slug,
        "visibility": "internal",
        "topics": [article.topics.get().pk],
        "review_interval_days": 365,
        "revisions-TOTAL_FORMS": len(revisions),
        "revisions-INITIAL_FORMS": len(revisions),
    }
    for number, revision in enumerate(revisions):
        data[f"revisions-{number}-id"] = revision.pk
        data[f"revisions-{number}-article"] = article.pk

    response = client.post(reverse("admin:manual_article_change", args=[article.pk]), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert search.search("кассоваая", language="ru").corrections == {}
    staff = search.search("кассоваая", language="ru", public_only=False)
    assert staff.corrections == {"кассоваая": "кассовая"}


@pytest.mark.parametrize("organiser", ["abc", "9999-12-31", "-1", "99999999999999999999999"])
def test_an_autocomplete_field_with_an_id_that_is_none_shows_the_form_again(
    client, admin_user, organiser
):
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:manual_event_add"), {"title": "Семинар", "organiser": organiser}
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors


def test_an_editor_cannot_schedule_publishing_to_publish_without_a_publisher(client, editor):
    """The scheduler publishes what a publisher scheduled: an editor who may not publish
    cannot set the moment either, or their own revision in review would go out that night
    with nobody's approval."""
    from django.utils import timezone

    from tests.admin_forms import form_data

    article = factories.ArticleFactory(title="Черновик редактора")
    article.topics.add(factories.TopicFactory())
    revision = services.revision_create(
        article=article, language="ru", author=editor, **factories.revision_text("Черновик")
    )
    services.article_submit(revision=revision, user=editor)
    client.force_login(editor)
    url = reverse("admin:manual_article_change", args=[article.pk])
    data = form_data(client.get(url))
    data["publish_at_0"] = "01.01.2026"
    data["publish_at_1"] = "00:00:00"

    assert client.post(url, data).status_code == 302  # the rest of the form is saved
    services.publish_scheduled(now=timezone.now())

    article.refresh_from_db()
    assert article.publish_at is None
    assert article.published_ru is None


def test_an_editor_cannot_take_a_page_off_the_manual_by_deleting_it(client, editor):
    """Archiving is for those who may publish; deleting the article, or its published
    revision, did the same for an editor who may not."""
    article = factories.published_article(slug="ip-delete")
    revision = article.published_ru
    client.force_login(editor)

    client.post(
        reverse("admin:manual_articlerevision_delete", args=[revision.pk]), {"post": "yes"}
    )
    client.post(reverse("admin:manual_article_delete", args=[article.pk]), {"post": "yes"})
    client.post(
        reverse("admin:manual_article_changelist"),
        {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"},
    )

    assert Article.objects.public().filter(pk=article.pk, published_ru=revision).exists()


def test_an_editor_cannot_show_a_published_internal_page_to_the_public(client, editor):
    from tests.admin_forms import form_data

    article = factories.published_article(slug="staff-only", visibility="internal")
    article.topics.add(factories.TopicFactory())
    client.force_login(editor)
    url = reverse("admin:manual_article_change", args=[article.pk])
    data = form_data(client.get(url))
    data["visibility"] = "public"

    response = client.post(url, data)

    assert response.context["adminform"].form.errors["visibility"]
    article.refresh_from_db()
    assert article.visibility == "internal"
