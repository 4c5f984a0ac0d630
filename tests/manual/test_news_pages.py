from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from manual.models import Event, NewsItem
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _russian_between_requests():
    """A request to /en/ leaves English active in the thread; reverse() would follow it."""
    with translation.override("ru"):
        yield


def test_the_news_list_shows_published_news_newest_first(client):
    factories.NewsItemFactory(title="Старая", published_at=timezone.now() - timedelta(days=3))
    factories.NewsItemFactory(title="Свежая", published_at=timezone.now() - timedelta(hours=1))
    response = client.get(reverse("news:index"))
    assert response.status_code == 200
    assert response.text.index("Свежая") < response.text.index("Старая")


def test_drafts_and_future_news_stay_hidden(client):
    draft = factories.NewsItemFactory(title="Черновик", status="draft", published_at=None)
    factories.NewsItemFactory(title="Завтрашняя", published_at=timezone.now() + timedelta(days=1))
    response = client.get(reverse("news:index"))
    assert "Черновик" not in response.text
    assert "Завтрашняя" not in response.text
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_news_item_renders_sanitised_markdown_in_both_languages(client):
    item = factories.NewsItemFactory(
        body="**Важно** <script>alert(1)</script>", body_en="**Important**"
    )
    response = client.get(item.get_absolute_url())
    assert "<strong>Важно</strong>" in response.text
    assert "<script>alert(1)" not in response.text
    response = client.get("/en" + item.get_absolute_url())
    assert "<strong>Important</strong>" in response.text
    assert item.title_en in response.text


def test_the_news_pages_advertise_the_feeds(client):
    for url in ["/", reverse("news:index"), "/en/"]:
        response = client.get(url)
        assert 'rel="alternate" type="application/rss+xml"' in response.text, url
        assert 'type="application/atom+xml"' in response.text, url


def test_the_events_page_lists_upcoming_first_and_keeps_an_archive(client):
    now = timezone.now()
    factories.EventFactory(title="Прошедший семинар", starts_at=now - timedelta(days=10))
    factories.EventFactory(title="Ярмарка", starts_at=now + timedelta(days=20))
    factories.EventFactory(title="Консультация", starts_at=now + timedelta(days=2))
    response = client.get(reverse("news:events"))
    text = response.text
    assert text.index("Консультация") < text.index("Ярмарка") < text.index("Прошедший семинар")
    assert reverse("news:events_calendar") in text
    assert 'type="text/calendar"' in text


def test_the_home_page_shows_the_next_three_events(client):
    now = timezone.now()
    for day in range(1, 5):
        factories.EventFactory(title=f"Событие {day}", starts_at=now + timedelta(days=day))
    response = client.get("/")
    for day in range(1, 4):
        assert f"Событие {day}" in response.text
    assert "Событие 4" not in response.text


def test_an_event_page_offers_add_to_calendar_and_links_its_public_organiser(client):
    organiser = factories.OrganisationFactory(slug="baltic-expo", name="Балтик-Экспо")
    event = factories.EventFactory(organiser=organiser, registration_url="https://example.org/r")
    response = client.get(event.get_absolute_url())
    assert reverse("news:event_calendar", args=[event.slug]) in response.text
    assert organiser.get_absolute_url() in response.text
    assert "https://example.org/r" in response.text


def test_an_event_cannot_end_before_it_starts():
    from django.core.exceptions import ValidationError
    from django.db import IntegrityError, transaction

    now = timezone.now()
    event = Event(title="x", slug="x", starts_at=now, ends_at=now - timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert error.value.error_dict["ends_at"][0].code == "ends_before_start"
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.create(title="x", slug="x", starts_at=now, ends_at=now - timedelta(hours=1))


def test_publishing_without_a_date_means_now_and_the_database_insists_on_it():
    from django.db import IntegrityError, transaction

    item = NewsItem(title="Новость", slug="n", status="published")
    item.full_clean()
    assert item.published_at is not None
    with pytest.raises(IntegrityError), transaction.atomic():
        NewsItem.objects.create(title="x", slug="y", status="published", published_at=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        NewsItem.objects.create(title="x", slug="z", status="secret")


@pytest.mark.parametrize("count", [1, 15])
def test_the_news_list_needs_a_constant_number_of_queries(
    client, django_assert_num_queries, office, count
):
    factories.OpeningHoursFactory(office=office)
    topic = factories.TopicFactory()
    for _number in range(count):
        factories.NewsItemFactory().topics.add(topic)
    # 1. count for the paginator, 2. the page of news, 3. their topics,
    # 4. the footer's office, 5. its opening hours
    with django_assert_num_queries(5):
        client.get(reverse("news:index"))


@pytest.mark.parametrize("count", [1, 15])
def test_the_events_page_needs_a_constant_number_of_queries(
    client, django_assert_num_queries, office, count
):
    factories.OpeningHoursFactory(office=office)
    topic = factories.TopicFactory()
    organiser = factories.OrganisationFactory()
    now = timezone.now()
    for number in range(count):
        factories.EventFactory(organiser=organiser, starts_at=now + timedelta(days=number + 1))
        factories.EventFactory(starts_at=now - timedelta(days=number + 1)).topics.add(topic)
    # 1. upcoming events with organisers, 2. their topics, 3. past events, 4. their topics,
    # 5. the footer's office, 6. its opening hours
    with django_assert_num_queries(6):
        client.get(reverse("news:events"))


def test_the_demo_news_and_events_load_twice_and_show_up(client, head):
    from manual.news import demo
    from stakeholders import demo as partners_demo

    partners_demo.load(offices=[], users={"head": head})
    demo.load(offices=[], users={})
    demo.load(offices=[], users={})
    assert NewsItem.objects.count() == 3
    assert Event.objects.count() == 4
    response = client.get(reverse("news:events"))
    assert "Ярмарка вакансий для работодателей" in response.text
    assert "Первый экспортный контракт" in response.text
