"""A new revision starts from the current text, and a draft shows its diff against the
live text before it is submitted."""

import pytest
from django.urls import reverse

from manual import services
from manual.models import ArticleRevision
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return factories.published_article(
        slug="ip",
        ru=factories.revision_text(
            "Регистрация ИП",
            body="Подайте заявление в налоговую.",
            steps=[
                {"title": "Подать заявление", "what": "Форма Р21001", "where": "ФНС"},
                {"title": "Получить лист записи", "what": "По e-mail", "where": "ФНС"},
            ],
        ),
    )


def _add_page(client, user, article, language="ru"):
    client.force_login(user)
    url = reverse("admin:manual_articlerevision_add")
    response = client.get(url, {"article": article.pk, "language": language})
    assert response.status_code == 200
    return response


def test_a_new_revision_opens_with_the_live_text_steps_documents_and_fees(client, editor, article):
    response = _add_page(client, editor, article)
    form = response.context["adminform"].form
    live = article.published_ru
    for key in ["title", "summary", "body", "duration", "fees", "documents", "legal_basis"]:
        assert form.initial[key] == getattr(live, key), key
    content = response.content.decode()
    assert "Подайте заявление в налоговую." in content
    assert "паспорт\nзаявление" in content or "паспорт\r\nзаявление" in content
    assert "Форма Р21001</textarea>" in content
    assert 'value="Получить лист записи"' in content


def test_saving_the_prefilled_form_with_a_typo_fixed_keeps_every_step(client, editor, article):
    response = _add_page(client, editor, article)
    form = response.context["adminform"].form
    steps = response.context["inline_admin_formsets"][0].formset
    data = {
        "article": article.pk,
        "language": "ru",
        "title": form.initial["title"],
        "summary": form.initial["summary"],
        "body": "Подайте заявление в налоговую инспекцию.",
        "duration": form.initial["duration"],
        "fees": form.initial["fees"],
        "documents": "паспорт\nзаявление",
        "legal_basis": "Закон | https://example.org/law",
        "based_on_ru_revision": "",
        f"{steps.prefix}-TOTAL_FORMS": "2",  # the two prefilled steps; the empty one is left
        f"{steps.prefix}-INITIAL_FORMS": "0",
    }
    for index, step_form in enumerate(steps.forms[:2]):
        for key in ["order", "title", "what", "where", "duration", "cost"]:
            value = step_form.initial.get(key, "")
            data[f"{steps.prefix}-{index}-{key}"] = "" if value is None else value
    response = client.post(reverse("admin:manual_articlerevision_add"), data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors,
        [step.errors for step in response.context["inline_admin_formsets"][0].formset.forms],
    )
    draft = article.revisions.get(status=ArticleRevision.Status.DRAFT)
    # «Save» opens the draft, under its diff and «Save and send for review».
    assert response.url == reverse("admin:manual_articlerevision_change", args=[draft.pk])
    assert draft.body == "Подайте заявление в налоговую инспекцию."
    assert list(draft.steps.values_list("title", flat=True)) == [
        "Подать заявление",
        "Получить лист записи",
    ]


def test_without_an_article_the_add_page_is_empty(client, editor, article):
    client.force_login(editor)
    response = client.get(reverse("admin:manual_articlerevision_add"))
    assert "title" not in response.context["adminform"].form.initial


def test_a_draft_shows_what_it_changes_in_the_live_text(client, editor, article):
    draft = services.revision_create(
        article=article,
        language="ru",
        **factories.revision_text("Регистрация ИП", body="Подайте заявление онлайн."),
    )
    client.force_login(editor)
    content = client.get(
        reverse("admin:manual_articlerevision_change", args=[draft.pk])
    ).content.decode()
    assert "Что меняет этот черновик в опубликованном тексте" in content
    assert 'class="diff"' in content
    assert "онлайн" in content


def _change_form_data(response):
    """What the browser would post back from the change page, unchanged."""
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        data[name] = "" if value is None else value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
        for step_form in formset.forms:
            for name in step_form.fields:
                value = step_form[name].value()
                data[step_form.add_prefix(name)] = "" if value is None else value
    return {key: value for key, value in data.items() if value is not False}


def test_the_editor_saves_and_sends_a_draft_for_review_under_its_diff(client, editor, article):
    draft = services.revision_create(
        article=article,
        language="ru",
        **factories.revision_text("Регистрация ИП", body="Подайте заявление онлайн."),
    )
    client.force_login(editor)
    url = reverse("admin:manual_articlerevision_change", args=[draft.pk])
    page = client.get(url)
    assert 'name="_submit_for_review"' in page.content.decode()
    data = {**_change_form_data(page), "body": "Подайте заявление онлайн или лично."}
    response = client.post(url, {**data, "_submit_for_review": "1"}, follow=True)
    draft.refresh_from_db()
    assert draft.status == ArticleRevision.Status.REVIEW
    assert draft.body == "Подайте заявление онлайн или лично."
    assert [str(m) for m in response.context["messages"]][-1].startswith(
        "Сохранено и отправлено на проверку"
    )
    assert 'name="_submit_for_review"' not in response.content.decode()
