"""The Russian grammatical forms of every model the back-office names in a sentence.

Django's admin builds sentences from `verbose_name` alone: «Выберите статья для изменения»,
«Добавить статья», «2 стандарты обслуживания». Russian needs the accusative after a verb,
and after a number the nominative (1, 21), the genitive singular (2–4, 22–24) or the
genitive plural (5–20, 25–30). The forms live here, in one place; `AdminGrammarMixin` (on
every ModelAdmin, through the back-office site) and the templates `admin/pagination.html`
and `admin/change_list_object_tools.html` use them. Other languages keep Django's strings.
"""

import dataclasses
from dataclasses import dataclass

from django.contrib.admin.options import ActionLocation
from django.utils import translation
from django.utils.translation import gettext


@dataclass(frozen=True)
class Forms:
    accusative: str  # «добавить статью»
    genitive: str  # «2 статьи»
    plural: str  # «статьи»
    genitive_plural: str  # «5 статей»
    animate: bool = False  # the accusative plural is the genitive plural: «пользователей»

    @property
    def delete_selected(self):
        if self.animate:
            return f"Удалить выбранных {self.genitive_plural}"
        return f"Удалить выбранные {self.plural}"


FORMS = {
    "auth.group": Forms("группу", "группы", "группы", "групп"),
    "auth.user": Forms("пользователя", "пользователя", "пользователи", "пользователей", True),
    "axes.accessattempt": Forms(
        "запись о попытке доступа",
        "записи о попытке доступа",
        "записи о попытках доступа",
        "записей о попытках доступа",
    ),
    "axes.accesslog": Forms(
        "запись о доступе", "записи о доступе", "записи о доступе", "записей о доступе"
    ),
    "axes.accessfailurelog": Forms(
        "ошибку доступа", "ошибки доступа", "ошибки доступа", "ошибок доступа"
    ),
    "desk.office": Forms("офис", "офиса", "офисы", "офисов"),
    "desk.servicestandard": Forms(
        "стандарт обслуживания",
        "стандарта обслуживания",
        "стандарты обслуживания",
        "стандартов обслуживания",
    ),
    "desk.entrepreneur": Forms(
        "предпринимателя", "предпринимателя", "предприниматели", "предпринимателей", True
    ),
    "desk.case": Forms("обращение", "обращения", "обращения", "обращений"),
    "desk.followup": Forms("напоминание", "напоминания", "напоминания", "напоминаний"),
    "desk.referral": Forms("направление", "направления", "направления", "направлений"),
    "desk.outgoingemail": Forms(
        "исходящее письмо", "исходящих письма", "исходящие письма", "исходящих писем"
    ),
    "desk.destructionlog": Forms(
        "запись журнала уничтожения",
        "записи журнала уничтожения",
        "записи журнала уничтожения",
        "записей журнала уничтожения",
    ),
    "feedback.tag": Forms("метку", "метки", "метки", "меток"),
    "feedback.invitation": Forms(
        "приглашение к отзыву",
        "приглашения к отзыву",
        "приглашения к отзыву",
        "приглашений к отзыву",
    ),
    "feedback.response": Forms(
        "отзыв о консультации",
        "отзыва о консультации",
        "отзывы о консультациях",
        "отзывов о консультациях",
    ),
    "feedback.articlevote": Forms(
        "оценку статьи", "оценки статьи", "оценки статей", "оценок статей"
    ),
    "feedback.sitefeedback": Forms(
        "отзыв о сайте", "отзыва о сайте", "отзывы о сайте", "отзывов о сайте"
    ),
    "feedback.improvementaction": Forms(
        "меру по улучшению", "меры по улучшению", "меры по улучшению", "мер по улучшению"
    ),
    "manual.topic": Forms("тему", "темы", "темы", "тем"),
    "manual.article": Forms("статью", "статьи", "статьи", "статей"),
    "manual.articlerevision": Forms(
        "редакцию статьи", "редакции статьи", "редакции статей", "редакций статей"
    ),
    "manual.document": Forms("документ", "документа", "документы", "документов"),
    "manual.synonym": Forms("синоним", "синонима", "синонимы", "синонимов"),
    "manual.searchquery": Forms(
        "поисковый запрос", "поисковых запроса", "поисковые запросы", "поисковых запросов"
    ),
    "manual.newsitem": Forms("новость", "новости", "новости", "новостей"),
    "manual.event": Forms("мероприятие", "мероприятия", "мероприятия", "мероприятий"),
    "stakeholders.organisation": Forms("организацию", "организации", "организации", "организаций"),
    "stakeholders.contactperson": Forms(
        "контактное лицо", "контактных лица", "контактные лица", "контактных лиц"
    ),
    "stakeholders.communication": Forms(
        "запись журнала взаимодействия",
        "записи журнала взаимодействия",
        "записи журнала взаимодействия",
        "записей журнала взаимодействия",
    ),
    "stakeholders.stakeholderassessment": Forms(
        "оценку заинтересованной стороны",
        "оценки заинтересованной стороны",
        "оценки заинтересованных сторон",
        "оценок заинтересованных сторон",
    ),
}


def forms_for(opts):
    """The model's Russian forms while Russian is active, else None (Django's strings)."""
    if translation.get_language() != "ru":
        return None
    return FORMS.get(opts.label_lower)


def counted(number, opts):
    """«1 статья», «2 статьи», «5 статей»; Django's singular/plural in other languages."""
    forms = forms_for(opts)
    if forms is None:
        name = opts.verbose_name if number == 1 else opts.verbose_name_plural
        return f"{number} {name}"
    if number % 10 == 1 and number % 100 != 11:
        name = opts.verbose_name
    elif 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        name = forms.genitive
    else:
        name = forms.genitive_plural
    return f"{number} {name}"


def add_label(opts):
    forms = forms_for(opts)
    if forms is None:
        return gettext("Add %(name)s") % {"name": opts.verbose_name}
    return f"Добавить {forms.accusative}"


def titles(opts):
    """The admin page titles that name the model, or None outside Russian."""
    forms = forms_for(opts)
    if forms is None:
        return None
    return {
        "changelist_change": f"Выберите {forms.accusative} для изменения",
        "changelist_view": f"Выберите {forms.accusative} для просмотра",
        "add": f"Добавить {forms.accusative}",
        "change": f"Изменить {forms.accusative}",
        "view": f"Просмотреть {forms.accusative}",
        "delete_selected": forms.delete_selected,
    }


class AdminGrammarMixin:
    """Gives every ModelAdmin's titles the model's right case (see the module docstring)."""

    def changelist_view(self, request, extra_context=None):
        names = titles(self.model._meta)
        if names is not None:
            key = "changelist_change" if self.has_change_permission(request) else "changelist_view"
            extra_context = {"title": names[key], **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        names = titles(self.model._meta)
        if names is not None:
            if object_id is None:
                key = "add"
            else:
                key = "change" if self.has_change_permission(request) else "view"
            extra_context = {"title": names[key], **(extra_context or {})}
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        names = titles(self.model._meta)
        if names is not None and "delete_selected" in actions:
            label = names["delete_selected"]
            actions["delete_selected"] = dataclasses.replace(
                actions["delete_selected"], description=label, plural_description=label
            )
        return actions
