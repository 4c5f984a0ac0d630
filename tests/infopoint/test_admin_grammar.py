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
        if model._meta.app_label in OUR_APPS and model._meta.label_lower not in grammar.all_forms()
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


# --- success messages: the participle agrees with the model's gender and the number --------


def test_every_models_forms_name_a_gender():
    assert {forms.gender for forms in grammar.all_forms().values()} <= {"m", "f", "n"}


def _messages(response):
    from django.utils.html import strip_tags

    return [strip_tags(str(message)) for message in response.context["messages"]]


def test_adding_a_masculine_model_says_dobavlen(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:manual_synonym_add"),
        {"term": "ИП", "expansions": "индивидуальный предприниматель"},
        follow=True,
    )
    assert _messages(response) == [
        "Синоним «ИП ↔ индивидуальный предприниматель» успешно добавлен."
    ]


def test_deleting_a_feminine_model_says_udalena(client, admin_user):
    topic = factories.TopicFactory(title="Налоги")
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:manual_topic_delete", args=[topic.pk]), {"post": "yes"}, follow=True
    )
    assert _messages(response) == ["Тема «Налоги» успешно удалена."]


def test_deleting_a_neuter_model_says_udaleno(client, admin_user):
    event = factories.EventFactory(title="Семинар по экспорту")
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:manual_event_delete", args=[event.pk]), {"post": "yes"}, follow=True
    )
    assert _messages(response) == ["Мероприятие «Семинар по экспорту» успешно удалено."]


def test_bulk_deleting_counts_in_the_genitive(client, admin_user):
    topics = [factories.TopicFactory(slug=f"t{n}") for n in range(2)]
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:manual_topic_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [topic.pk for topic in topics],
            "post": "yes",
        },
        follow=True,
    )
    assert _messages(response) == ["2 темы успешно удалены."]


@pytest.mark.parametrize(
    ("label", "verb", "number", "expected"),
    [
        ("manual.article", "deleted", 1, "1 статья успешно удалена."),
        ("manual.article", "deleted", 5, "5 статей успешно удалено."),
        ("manual.document", "deleted", 21, "21 документ успешно удалён."),
        ("desk.case", "changed", 3, "3 обращения успешно изменены."),
        ("desk.case", "changed", 1, "1 обращение успешно изменено."),
    ],
)
def test_a_counted_sentence_agrees_with_its_number(label, verb, number, expected):
    from django.apps import apps
    from django.utils import translation

    with translation.override("ru"):
        assert grammar.done_counted(apps.get_model(label)._meta, verb, number) == expected


def test_every_django_success_message_is_rewritten(db):
    """Django's own sentences, built as its admin builds them, all become ours: a change
    in Django's wording makes this fail rather than slip back to «был успешно добавлен»."""
    from django.apps import apps
    from django.utils import translation
    from django.utils.html import format_html
    from django.utils.translation import gettext as _

    opts = apps.get_model("desk.case")._meta
    values = {"name": opts.verbose_name, "obj": "KGD-2026-000001 <b>"}
    with translation.override("ru"):
        built = {
            "added": format_html(_("The {name} “{obj}” was added successfully."), **values),
            "added, edit": format_html(
                _("The {name} “{obj}” was added successfully.")
                + " "
                + _("You may edit it again below."),
                **values,
            ),
            "changed, another": format_html(
                _(
                    "The {name} “{obj}” was changed successfully. You may add another "
                    "{name} below."
                ),
                **values,
            ),
            "deleted": _("The %(name)s “%(obj)s” was deleted successfully.") % values,
        }
        rewritten = {key: grammar.success_message(text, opts) for key, text in built.items()}
    assert rewritten == {
        "added": "Обращение «KGD-2026-000001 &lt;b&gt;» успешно добавлено.",
        "added, edit": "Обращение «KGD-2026-000001 &lt;b&gt;» успешно добавлено."
        " Ниже можно продолжить редактирование.",
        "changed, another": "Обращение «KGD-2026-000001 &lt;b&gt;» успешно изменено."
        " Ниже можно добавить ещё обращение.",
        "deleted": "Обращение «KGD-2026-000001 <b>» успешно удалено.",
    }


def test_english_success_messages_stay_djangos(db):
    from django.apps import apps
    from django.utils import translation

    opts = apps.get_model("manual.topic")._meta
    with translation.override("en"):
        text = "The topic “Taxes” was added successfully."
        assert grammar.success_message(text, opts) == text
