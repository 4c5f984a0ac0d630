import pytest

from tests import factories


@pytest.fixture
def standard(office):
    return factories.ServiceStandardFactory(
        office=office, first_answer_days=1, resolution_days=5, partner_answer_days=3
    )


@pytest.fixture
def topic(db):
    return factories.TopicFactory(slug="registration", title="Регистрация")


@pytest.fixture
def articles(db):
    return [
        factories.ArticleFactory(slug=f"page-{n}", title=f"Памятка {n}", status="published")
        for n in range(3)
    ]


@pytest.fixture
def entrepreneur(office):
    return factories.EntrepreneurFactory(name="Ирина Орлова", offices=[office])
