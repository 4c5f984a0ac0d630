import pytest
from django.urls import reverse
from django.utils import timezone

from feedback.models import ImprovementAction
from feedback.views import IMPROVEMENTS_PER_PAGE
from tests import factories

pytestmark = pytest.mark.django_db

URL = reverse("feedback:you_said_we_did")


def test_it_lists_only_done_actions(client):
    factories.ImprovementActionFactory(done=True, we_did="Сделали онлайн-запись")
    factories.ImprovementActionFactory(status="in_progress", we_did="Ещё в работе")
    factories.ImprovementActionFactory(status="open", we_did="Только открыто")

    html = client.get(URL).content.decode()
    assert "Сделали онлайн-запись" in html
    assert "Ещё в работе" not in html
    assert "Только открыто" not in html


def test_it_speaks_the_current_language(client):
    factories.ImprovementActionFactory(
        done=True, title="Запись онлайн", title_en="Online booking", we_did="Ввели запись"
    )
    russian = client.get(URL).content.decode()
    english = client.get("/en" + URL).content.decode()
    assert "Запись онлайн" in russian and "Online booking" not in russian
    assert "Online booking" in english and "We introduced online appointments." in english
    assert "Запись онлайн" not in english


def test_an_action_without_an_english_text_falls_back_to_russian(client):
    factories.ImprovementActionFactory(done=True, title_en="", we_did="Ввели запись", we_did_en="")
    assert "Ввели запись" in client.get("/en" + URL).content.decode()


def test_a_done_action_without_a_we_did_text_stays_private(client):
    factories.ImprovementActionFactory(done=True, title="Секретно", we_did="", we_did_en="")
    assert "Секретно" not in client.get(URL).content.decode()


def test_newest_first_and_paginated(client):
    now = timezone.now()
    for days in range(IMPROVEMENTS_PER_PAGE + 2):
        factories.ImprovementActionFactory(
            done=True, title=f"Действие {days:02d}", done_at=now - timezone.timedelta(days=days)
        )
    first = client.get(URL)
    titles = [action.title for action in first.context["page"].object_list]
    assert titles[0] == "Действие 00"
    assert len(titles) == IMPROVEMENTS_PER_PAGE
    second = client.get(URL + "?page=2")
    assert [a.title for a in second.context["page"].object_list] == ["Действие 10", "Действие 11"]
    assert client.get(URL + "?page=abc").status_code == 200
    assert client.get(URL + "?page=99999").status_code == 200


def test_the_database_keeps_done_at_and_status_in_step():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        ImprovementAction.objects.create(title="x", status="done", done_at=None)


def test_the_database_refuses_an_unknown_status():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        ImprovementAction.objects.create(title="x", status="maybe")


def test_the_page_query_count_does_not_grow_with_the_data(client, django_assert_num_queries):
    factories.OpeningHoursFactory()
    factories.ImprovementActionFactory(done=True)
    # 1. count of published actions (paginator)  2. the page of actions
    # 3. the footer's office  4. its opening hours (the portal's context processor)
    with django_assert_num_queries(4) as few:
        client.get(URL)
    for _ in range(8):
        factories.ImprovementActionFactory(done=True)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(URL)
