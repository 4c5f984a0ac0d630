import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from manual.models import Subscriber
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def test_an_entrepreneur_finds_the_employment_agency_and_subscribes_to_hiring_news(
    live_server, phone, axe
):
    agency = factories.OrganisationFactory(
        slug="employment-centre",
        name="Центр занятости населения Калининградской области",
        name_en="Employment Agency of the Kaliningrad Region",
        kind="employment",
        description="Помогает работодателям найти сотрудников.",
        services="Подбор персонала для работодателей\nЯрмарки вакансий",
    )
    factories.OrganisationFactory(slug="tpp-kaliningrad", name="Торгово-промышленная палата")
    factories.ContactPersonFactory(name="Секретный Контакт")
    factories.TopicFactory(slug="hiring", title="Найм персонала", title_en="Hiring")
    factories.TopicFactory(slug="taxes", title="Налоги", title_en="Taxes")

    factories.published_article(
        slug="first-employee",
        ru=factories.revision_text("Как нанять первого сотрудника"),
        partners=[agency],
    )

    # From the article's "where to go" card to the partner, then on to the directory.
    phone.goto(live_server.url + "/manual/first-employee/")
    phone.get_by_role("link", name="Центр занятости населения Калининградской области").click()
    phone.wait_for_url(live_server.url + "/partners/employment-centre/")
    phone.get_by_role("navigation", name="Навигационная цепочка").get_by_role("link").click()
    phone.wait_for_url(live_server.url + "/partners/")
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    assert axe(phone) == []

    phone.get_by_label("Поиск по названию или услуге").fill("занятости")
    phone.get_by_role("button", name="Показать", exact=True).click()
    phone.wait_for_url(re.compile(r".*\?q=.*"))
    assert phone.get_by_role("link", name="Торгово-промышленная палата").count() == 0
    phone.get_by_role("link", name="Центр занятости населения Калининградской области").click()
    phone.wait_for_url(live_server.url + "/partners/employment-centre/")
    expect(phone.get_by_text("Ярмарки вакансий")).to_be_visible()
    assert phone.get_by_text("Секретный Контакт").count() == 0
    assert axe(phone) == []

    phone.goto(live_server.url + "/news/subscribe/")
    assert axe(phone) == []
    phone.get_by_label("Ваш e-mail").fill("anna@example.org")
    phone.get_by_label("Найм персонала").check()
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Подписаться").click()
    phone.wait_for_url(live_server.url + "/news/subscribe/sent/")
    assert axe(phone) == []

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/news/subscribe/confirm/\S+/", mail.outbox[0].body).group(0)
    path = link.split("/", 3)[3]
    phone.goto(f"{live_server.url}/{path}")
    assert axe(phone) == []
    phone.get_by_role("button", name="Подтвердить подписку").click()
    expect(phone.get_by_role("heading", name="Подписка подтверждена")).to_be_visible()
    assert axe(phone) == []

    subscriber = Subscriber.objects.get()
    assert subscriber.is_active
    assert [topic.slug for topic in subscriber.topics.all()] == ["hiring"]
