"""An internal topic (staff material) is never shown to the public: not on the manual's
index, not as a page, not in the sitemap, not among the public forms' topics."""

import pytest
from django.urls import reverse

from desk.public_forms import PublicQuestionForm
from manual.forms import SearchForm
from manual.news.forms import SubscribeForm
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(db):
    public = factories.TopicFactory(slug="taxes", title="Налоги")
    internal = factories.TopicFactory(
        slug="desk-work", title="Работа инфопункта", visibility="internal"
    )
    return public, internal


def test_the_manual_index_lists_only_public_topics_to_the_public(client, topics):
    page = client.get(reverse("manual:index")).content.decode()
    assert "Налоги" in page
    assert "Работа инфопункта" not in page


def test_an_internal_topic_page_is_not_found_for_the_public(client, topics):
    _public, internal = topics
    assert client.get(internal.get_absolute_url()).status_code == 404


def test_staff_see_the_internal_topic(client, editor, topics):
    _public, internal = topics
    client.force_login(editor)
    assert client.get(internal.get_absolute_url()).status_code == 200
    assert "Работа инфопункта" in client.get(reverse("manual:index")).content.decode()


@pytest.mark.parametrize("form_class", [PublicQuestionForm, SubscribeForm, SearchForm])
def test_public_forms_offer_only_public_topics(topics, form_class):
    choices = list(form_class().fields[_topic_field(form_class)].queryset)
    assert choices == [topics[0]]


def test_an_internal_topic_posted_to_the_question_form_is_refused(topics):
    _public, internal = topics
    form = PublicQuestionForm(data={"question": "Вопрос", "topic": internal.pk})
    assert not form.is_valid()
    assert form.has_error("topic", "invalid_choice")


def test_the_sitemap_leaves_internal_topics_out(client, topics):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/manual/topics/taxes/" in sitemap or "taxes" in sitemap
    assert "desk-work" not in sitemap


def _topic_field(form_class):
    return "topics" if form_class is SubscribeForm else "topic"
