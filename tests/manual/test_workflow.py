"""Draft → review → published → archived; revisions kept, restored, translations honest."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError
from django.utils import timezone

from manual import services
from manual.models import Article, ArticleRevision
from tests import factories

pytestmark = pytest.mark.django_db


def draft(article, language="ru", title="Регистрация ИП", author=None, **overrides):
    text = factories.revision_text(title, **overrides)
    return services.revision_create(article=article, language=language, author=author, **text)


def test_an_article_gets_a_transliterated_slug_from_its_russian_title():
    article = Article.objects.create(title="Регистрация индивидуального предпринимателя")
    assert article.slug == "registratsiia-individualnogo-predprinimatelia"
    again = Article.objects.create(title="Регистрация индивидуального предпринимателя")
    assert again.slug == "registratsiia-individualnogo-predprinimatelia-2"


def test_an_editor_submits_a_draft_and_the_article_goes_into_review(editor):
    article = factories.ArticleFactory()
    revision = draft(article, author=editor)
    services.article_submit(revision=revision, user=editor)
    article.refresh_from_db()
    revision.refresh_from_db()
    assert revision.status == ArticleRevision.Status.REVIEW
    assert article.status == Article.Status.REVIEW


def test_submitting_a_revision_twice_is_refused(editor):
    revision = draft(factories.ArticleFactory(), author=editor)
    services.article_submit(revision=revision, user=editor)
    with pytest.raises(ValidationError) as error:
        services.article_submit(revision=revision, user=editor)
    assert error.value.code == "not_a_draft"


def test_an_editor_without_the_publish_permission_cannot_publish(editor):
    revision = draft(factories.ArticleFactory(), author=editor)
    with pytest.raises(PermissionDenied):
        services.article_publish(revision=revision, user=editor)
    assert not Article.objects.get(pk=revision.article_id).published_ru_id


def test_a_department_head_publishes(head):
    revision = draft(factories.ArticleFactory())
    services.article_publish(revision=revision, user=head)
    article = Article.objects.get(pk=revision.article_id)
    assert article.status == Article.Status.PUBLISHED
    assert article.published_ru == revision
    assert article.last_reviewed == timezone.localdate()


def test_an_editor_given_the_publish_permission_may_publish(editor):
    editor.user_permissions.add(Permission.objects.get(codename="publish_article"))
    editor = type(editor).objects.get(pk=editor.pk)  # fresh permission cache
    revision = draft(factories.ArticleFactory())
    services.article_publish(revision=revision, user=editor)
    assert Article.objects.get(pk=revision.article_id).published_ru == revision


def test_publishing_a_new_revision_keeps_the_old_one_as_superseded(head):
    article = factories.published_article(slug="ip")
    first = article.published_ru
    second = draft(article, title="Регистрация ИП (новое)")
    services.article_publish(revision=second, user=head)
    first.refresh_from_db()
    article.refresh_from_db()
    assert first.status == ArticleRevision.Status.SUPERSEDED
    assert article.published_ru == second
    assert article.title == "Регистрация ИП (новое)"
    assert article.revisions.count() == 2


def test_a_published_revision_cannot_be_published_again(head):
    article = factories.published_article(slug="ip")
    with pytest.raises(ValidationError) as error:
        services.article_publish(revision=article.published_ru, user=head)
    assert error.value.code == "already_published"


def test_english_cannot_be_published_before_russian(head):
    revision = draft(factories.ArticleFactory(), language="en", title="Register")
    with pytest.raises(ValidationError) as error:
        services.article_publish(revision=revision, user=head)
    assert error.value.code == "russian_first"


def test_english_goes_out_of_date_when_a_new_russian_revision_is_published(head):
    article = factories.published_article(
        slug="ip", en=factories.revision_text("Registering as a sole proprietor")
    )
    assert article.published_en.based_on_ru_revision == article.published_ru
    assert not article.english_out_of_date
    services.article_publish(revision=draft(article, title="ИП: новое"), user=head)
    article = Article.objects.select_related("published_en").get(pk=article.pk)
    assert article.english_out_of_date
    assert list(Article.objects.english_out_of_date()) == [article]
    # A new English revision translating the current Russian one makes it honest again.
    services.article_publish(
        revision=draft(article, language="en", title="Registering (updated)"), user=head
    )
    assert not Article.objects.english_out_of_date().exists()


def test_restoring_an_old_revision_creates_a_new_draft_with_its_steps(head, editor):
    article = factories.published_article(slug="ip")
    old = article.published_ru
    services.article_publish(revision=draft(article, title="Другое", steps=[]), user=head)
    restored = services.revision_restore(revision=old, user=editor)
    assert restored.pk != old.pk
    assert restored.status == ArticleRevision.Status.DRAFT
    assert restored.title == old.title
    assert [s.title for s in restored.steps.all()] == [s.title for s in old.steps.all()]
    assert article.revisions.count() == 3


def test_archiving_takes_the_article_off_the_public_manual(head):
    article = factories.published_article(slug="ip")
    services.article_archive(article=article, user=head)
    assert not Article.objects.public().exists()


def test_an_editor_cannot_archive(editor):
    article = factories.published_article(slug="ip")
    with pytest.raises(PermissionDenied):
        services.article_archive(article=article, user=editor)


def test_scheduled_revisions_are_published_by_the_command(capsys):
    article = factories.ArticleFactory(publish_at=timezone.now() - timedelta(minutes=1))
    revision = draft(article)
    services.article_submit(revision=revision, user=None)
    later = factories.ArticleFactory(publish_at=timezone.now() + timedelta(days=1))
    services.article_submit(revision=draft(later), user=None)
    call_command("publish_scheduled")
    assert capsys.readouterr().out.strip() == "Published 1 scheduled revision(s)."
    article.refresh_from_db()
    later.refresh_from_db()
    assert article.published_ru == revision
    assert article.publish_at is None
    assert later.published_ru is None


def test_an_article_needs_review_when_its_interval_has_passed():
    article = factories.published_article(slug="ip")
    Article.objects.filter(pk=article.pk).update(
        last_reviewed=timezone.localdate() - timedelta(days=31), review_interval_days=30
    )
    fresh = factories.published_article(slug="fresh")
    article.refresh_from_db()
    assert article.needs_review
    assert not Article.objects.get(pk=fresh.pk).needs_review
    assert list(Article.objects.needing_review()) == [article]


def test_the_database_refuses_an_unknown_audience():
    article = factories.ArticleFactory()
    with pytest.raises(IntegrityError):
        Article.objects.filter(pk=article.pk).update(audiences=["pirates"])


def test_publishing_writes_the_audit_history(head):
    import pghistory.models

    revision = draft(factories.ArticleFactory())
    services.article_publish(revision=revision, user=head)
    events = pghistory.models.Events.objects.tracks(revision.article)
    assert events.filter(pgh_context__action="article_publish").exists()


@pytest.mark.parametrize(
    "legal_basis",
    [
        [{"title": "x", "url": "javascript:alert(1)"}],
        [{"title": "x", "url": "data:text/html,<script>alert(1)</script>"}],
        [{"title": "x"}],
        "https://example.org",
    ],
)
def test_legal_basis_links_must_be_http_links(legal_basis):
    with pytest.raises(ValidationError):
        draft(factories.ArticleFactory(), legal_basis=legal_basis)
