"""The article page's text, rendered once per article, language and published revision.

Every client here has a session (a checklist), so the page cache never serves it: what it
gets is a fresh page assembled from the fragments, as a visitor with a checklist does.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from manual import services
from manual.views import CHECKLIST_SESSION_KEY
from tests import factories

pytestmark = pytest.mark.django_db


def _visitor(*slugs):
    """A visitor with a session whose checklist holds `slugs`."""
    client = Client()
    session = client.session
    session[CHECKLIST_SESSION_KEY] = list(slugs)
    session.save()
    return client


@pytest.fixture
def article():
    return factories.published_article(
        slug="ip",
        ru=factories.revision_text("Регистрация ИП", steps=[{"title": "Подать заявление"}]),
        en=factories.revision_text("Registering as a sole proprietor"),
        topics=[factories.TopicFactory(slug="reg")],
        partners=[factories.OrganisationFactory(slug="fns")],
    )


def test_a_second_render_reads_only_the_article(cached, article):
    other = factories.published_article(slug="ooo")
    article.related.add(other)
    visitor = _visitor()
    visitor.get(article.get_absolute_url())

    with CaptureQueriesContext(connection) as queries:
        second = visitor.get(article.get_absolute_url()).content.decode()

    # the session, the article with its revisions
    assert len(queries) == 2, [query["sql"] for query in queries]
    assert "Подать заявление" in second
    assert other.get_absolute_url() in second


def test_a_newly_published_revision_shows_at_once(cached, article):
    visitor = _visitor()
    visitor.get(article.get_absolute_url())
    revision = services.revision_create(
        article=article, language="ru", author=None, **factories.revision_text("Открытие ИП")
    )
    services.article_publish(revision=revision, user=None)

    page = visitor.get(article.get_absolute_url()).content.decode()

    assert "Открытие ИП" in page
    assert "Регистрация ИП" not in page


def test_an_archived_article_is_gone_at_once(cached, article, head):
    visitor = _visitor()
    visitor.get(article.get_absolute_url())

    services.article_archive(article=article, user=head)

    assert visitor.get(article.get_absolute_url()).status_code == 404


def test_the_checklist_button_stays_each_visitors_own(cached, article):
    with_it = _visitor("ip")
    without_it = _visitor("another")

    first = with_it.get(article.get_absolute_url()).content.decode()
    second = without_it.get(article.get_absolute_url()).content.decode()

    assert "In your checklist" in first or "В вашем чек-листе" in first
    assert reverse("manual:checklist_add") not in first
    assert reverse("manual:checklist_add") in second
    assert second.count('name="csrfmiddlewaretoken"') == 2  # checklist and vote forms


def test_each_language_has_its_own_text(cached, article):
    visitor = _visitor()
    russian = visitor.get(article.get_absolute_url()).content.decode()
    english = visitor.get("/en" + article.get_absolute_url()).content.decode()

    assert "Регистрация ИП" in russian
    assert "Registering as a sole proprietor" in english
    assert "Регистрация ИП" not in english


def test_internal_related_articles_stay_with_staff(cached, article, officer):
    internal = factories.published_article(
        slug="secret", ru=factories.revision_text("Служебная памятка"), visibility="internal"
    )
    article.related.add(internal)
    staff = Client()
    staff.force_login(officer)
    assert "Служебная памятка" in staff.get(article.get_absolute_url()).content.decode()

    page = _visitor().get(article.get_absolute_url()).content.decode()

    assert "Служебная памятка" not in page


def test_links_edited_in_the_admin_show_on_the_next_render(cached, article, editor):
    visitor = _visitor()
    visitor.get(article.get_absolute_url())
    other = factories.published_article(slug="ooo", ru=factories.revision_text("Открытие ООО"))
    partner = factories.OrganisationFactory(slug="mfc", name="МФЦ Мои документы")
    topic = factories.TopicFactory(slug="new-topic", title="Новая тема")
    revisions = list(article.revisions.all())
    data = {
        "title": article.title,
        "slug": article.slug,
        "visibility": "public",
        "topics": [topic.pk],
        "partners": [partner.pk],
        "related": [other.pk],
        "review_interval_days": 365,
        "revisions-TOTAL_FORMS": len(revisions),
        "revisions-INITIAL_FORMS": len(revisions),
    }
    for number, revision in enumerate(revisions):
        data[f"revisions-{number}-id"] = revision.pk
        data[f"revisions-{number}-article"] = article.pk
    admin = Client()
    admin.force_login(editor)

    response = admin.post(reverse("admin:manual_article_change", args=[article.pk]), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    page = visitor.get(article.get_absolute_url()).content.decode()
    assert "Открытие ООО" in page
    assert "МФЦ Мои документы" in page
    assert "Новая тема" in page


def test_the_canonical_link_names_the_host_asked_for(cached, article, settings):
    settings.ALLOWED_HOSTS = ["testserver", "infopoint.example"]
    visitor = _visitor()
    visitor.get(article.get_absolute_url())

    page = visitor.get(article.get_absolute_url(), HTTP_HOST="infopoint.example").content

    assert b'rel="canonical" href="http://infopoint.example/manual/ip/"' in page
