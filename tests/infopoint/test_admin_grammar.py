"""The admin's Russian sentences name each model in its right grammatical form."""

import pytest
from django.contrib import admin
from django.urls import reverse

from infopoint import grammar
from tests import factories

OUR_APPS = {"auth", "desk", "feedback", "manual", "stakeholders"}


def test_every_model_of_ours_in_the_admin_has_its_russian_forms():
    missing = [
        model._meta.label_lower
        for model in admin.site._registry
        if model._meta.app_label in OUR_APPS and model._meta.label_lower not in grammar.FORMS
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "1 стандарт обслуживания"),
        (2, "2 стандарта обслуживания"),
        (5, "5 стандартов обслуживания"),
        (11, "11 стандартов обслуживания"),
        (21, "21 стандарт обслуживания"),
        (23, "23 стандарта обслуживания"),
        (112, "112 стандартов обслуживания"),
    ],
)
def test_a_count_takes_the_form_its_number_asks_for(number, expected):
    from django.utils import translation

    from desk.models import ServiceStandard

    with translation.override("ru"):
        assert grammar.counted(number, ServiceStandard._meta) == expected


def test_deleting_selected_topics_uses_the_inanimate_accusative(client, admin_user):
    factories.TopicFactory()
    client.force_login(admin_user)
    content = client.get(reverse("admin:manual_topic_changelist")).content.decode()
    assert "Удалить выбранные темы" in content


def test_the_article_list_speaks_russian_grammar(client, admin_user):
    factories.ArticleFactory()
    factories.ArticleFactory()
    client.force_login(admin_user)
    content = client.get(reverse("admin:manual_article_changelist")).content.decode()
    assert "Выберите статью для изменения" in content
    assert "Добавить статью" in content
    assert "2 статьи" in content
    assert "Выберите статья" not in content


def test_add_and_change_pages_put_the_model_in_the_accusative(client, admin_user):
    topic = factories.TopicFactory()
    client.force_login(admin_user)
    add = client.get(reverse("admin:manual_topic_add")).content.decode()
    change = client.get(reverse("admin:manual_topic_change", args=[topic.pk])).content.decode()
    assert "<h1>Добавить тему</h1>" in add
    assert "<h1>Изменить тему</h1>" in change


def test_deleting_selected_users_uses_the_animate_accusative(client, admin_user):
    client.force_login(admin_user)
    content = client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert "Удалить выбранных пользователей" in content
    assert "Удалить выбранные пользователи" not in content


def test_english_keeps_djangos_sentences(client, admin_user):
    client.force_login(admin_user)
    content = client.get("/en" + reverse("admin:manual_article_changelist")).content.decode()
    assert "Select article to change" in content
    assert "Add article" in content


def test_djangos_empty_choice_label_reads_russian():
    from django.db.models.fields import BLANK_CHOICE_LABEL
    from django.utils import translation

    with translation.override("ru"):
        assert str(BLANK_CHOICE_LABEL) == "— выберите —"


def test_the_add_pages_breadcrumb_uses_the_accusative(client, admin_user):
    client.force_login(admin_user)
    content = client.get(reverse("admin:manual_topic_add")).content.decode()
    assert '<li aria-current="page">Добавить тему</li>' in content
