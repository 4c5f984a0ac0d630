"""The Russian grammatical forms of every model the back-office names in a sentence.

Django's admin builds sentences from `verbose_name` alone: «Выберите статья для изменения»,
«Добавить статья», «2 стандарты обслуживания». Russian needs the accusative after a verb,
and after a number the nominative (1, 21), the genitive singular (2–4, 22–24) or the
genitive plural (5–20, 25–30); its success messages need the participle in the name's
gender («Статья … успешно добавлена», «Документ … успешно добавлен»). Each app declares its
models' forms in its `grammar` module (found by `all_forms()`, the kernel names no app);
`AdminGrammarMixin` (on every ModelAdmin, through the back-office site: titles, actions,
success messages) and the templates `admin/pagination.html` and
`admin/change_list_object_tools.html` use them. Other languages keep Django's strings.
"""

import dataclasses
import functools
import re
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.contrib.admin.options import ActionLocation
from django.utils import translation
from django.utils.module_loading import module_has_submodule
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext


@dataclass(frozen=True)
class Forms:
    nominative: str  # «статья успешно добавлена», «1 статья»
    accusative: str  # «добавить статью»
    genitive: str  # «2 статьи»
    plural: str  # «статьи»
    genitive_plural: str  # «5 статей»
    gender: str  # "m", "f" or "n": «добавлен», «добавлена», «добавлено»
    animate: bool = False  # the accusative plural is the genitive plural: «пользователей»

    @property
    def delete_selected(self):
        if self.animate:
            return f"Удалить выбранных {self.genitive_plural}"
        return f"Удалить выбранные {self.plural}"


# Models of other packages (Django's, django-axes', pghistory's, django-tasks-db's): each
# app of ours declares its own models' forms in its `grammar` module, found by `all_forms()`.
FORMS = {
    "auth.group": Forms("группа", "группу", "группы", "группы", "групп", "f"),
    "auth.user": Forms(
        "пользователь",
        "пользователя",
        "пользователя",
        "пользователи",
        "пользователей",
        "m",
        animate=True,
    ),
    "axes.accessattempt": Forms(
        "запись о попытке доступа",
        "запись о попытке доступа",
        "записи о попытке доступа",
        "записи о попытках доступа",
        "записей о попытках доступа",
        "f",
    ),
    "axes.accesslog": Forms(
        "запись о доступе",
        "запись о доступе",
        "записи о доступе",
        "записи о доступе",
        "записей о доступе",
        "f",
    ),
    "axes.accessfailurelog": Forms(
        "ошибка доступа",
        "ошибку доступа",
        "ошибки доступа",
        "ошибки доступа",
        "ошибок доступа",
        "f",
    ),
    "pghistory.events": Forms(
        "запись истории",
        "запись истории",
        "записи истории",
        "записи истории",
        "записей истории",
        "f",
    ),
    "django_tasks_database.dbtaskresult": Forms(
        "результат задачи",
        "результат задачи",
        "результата задачи",
        "результаты задач",
        "результатов задач",
        "m",
    ),
}


@functools.cache
def all_forms():
    """Every model's forms: the ones above and each installed app's `grammar.FORMS`,
    discovered as the admin discovers `admin` modules (the kernel names no app)."""
    found = dict(FORMS)
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "grammar"):
            found.update(import_module(f"{config.name}.grammar").FORMS)
    return found


def forms_for(opts):
    """The model's Russian forms while Russian is active, else None (Django's strings)."""
    if translation.get_language() != "ru":
        return None
    return all_forms().get(opts.label_lower)


def counted(number, opts):
    """«1 статья», «2 статьи», «5 статей»; Django's singular/plural in other languages."""
    forms = forms_for(opts)
    if forms is None:
        name = opts.verbose_name if number == 1 else opts.verbose_name_plural
        return f"{number} {name}"
    if number % 10 == 1 and number % 100 != 11:
        name = forms.nominative
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


# The past participle after the name, by gender, and for a number of objects:
# «статья добавлена», «документ добавлен», «2 статьи добавлены», «5 статей добавлено».
PARTICIPLES = {
    "added": {"m": "добавлен", "f": "добавлена", "n": "добавлено", "few": "добавлены"},
    "changed": {"m": "изменён", "f": "изменена", "n": "изменено", "few": "изменены"},
    "deleted": {"m": "удалён", "f": "удалена", "n": "удалено", "few": "удалены"},
}


def done(opts, verb, obj):
    """«Статья «Регистрация ИП» успешно добавлена.»"""
    forms = all_forms()[opts.label_lower]
    return f"{capfirst(forms.nominative)} «{obj}» успешно {PARTICIPLES[verb][forms.gender]}."


def done_counted(opts, verb, number):
    """«1 статья успешно удалена.», «2 статьи … удалены.», «5 статей … удалено.»"""
    forms = all_forms()[opts.label_lower]
    if number % 10 == 1 and number % 100 != 11:
        participle = PARTICIPLES[verb][forms.gender]
    elif 2 <= number % 10 <= 4 and not 12 <= number % 100 <= 14:
        participle = PARTICIPLES[verb]["few"]
    else:
        participle = PARTICIPLES[verb]["n"]
    return f"{capfirst(counted(number, opts))} успешно {participle}."


_EDIT_AGAIN = " Ниже можно продолжить редактирование."


def _add_another(opts):
    return f" Ниже можно добавить ещё {all_forms()[opts.label_lower].accusative}."


# Django's success messages (its msgids, looked up in its own catalogue at run time, so
# they are not copied into ours) and the sentence each becomes.
_ADDED = "The {name} “{obj}” was added successfully."
_CHANGED = "The {name} “{obj}” was changed successfully."
_SUCCESS_MESSAGES = [
    (
        (_ADDED, "You may edit it again below."),
        lambda o, g: done(o, "added", g["obj"]) + _EDIT_AGAIN,
    ),
    (
        ("The {name} “{obj}” was added successfully. You may add another {name} below.",),
        lambda o, g: done(o, "added", g["obj"]) + _add_another(o),
    ),
    ((_ADDED,), lambda o, g: done(o, "added", g["obj"])),
    (
        ("The {name} “{obj}” was changed successfully. You may edit it again below.",),
        lambda o, g: done(o, "changed", g["obj"]) + _EDIT_AGAIN,
    ),
    (
        ("The {name} “{obj}” was changed successfully. You may add another {name} below.",),
        lambda o, g: done(o, "changed", g["obj"]) + _add_another(o),
    ),
    ((_CHANGED,), lambda o, g: done(o, "changed", g["obj"])),
    (
        ("The %(name)s “%(obj)s” was deleted successfully.",),
        lambda o, g: done(o, "deleted", g["obj"]),
    ),
    (
        ("Successfully deleted %(count)d %(items)s.",),
        lambda o, g: done_counted(o, "deleted", int(g["count"])),
    ),
]
_CHANGED_COUNT = (
    "%(count)s %(name)s was changed successfully.",
    "%(count)s %(name)s were changed successfully.",
)
_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}|%\\\((\w+)\\\)[sd]")


def _pattern(template):
    """Django's translated sentence as a regular expression that captures its values."""
    seen = set()

    def group(match):
        name = match.group(1) or match.group(2)
        if name in seen:
            return f"(?P={name})"
        seen.add(name)
        return f"(?P<{name}>.+?)"

    return re.compile(_PLACEHOLDER.sub(group, re.escape(template)), re.DOTALL)


def success_message(message, opts):
    """Django's admin success message, rewritten in the model's right gender and number
    while Russian is active; any other message, or language, passes unchanged."""
    if forms_for(opts) is None:
        return message
    candidates = [
        (" ".join(gettext(msgid) for msgid in msgids), build)
        for msgids, build in _SUCCESS_MESSAGES
    ]
    candidates += [
        (
            ngettext(*_CHANGED_COUNT, number),
            lambda o, g: done_counted(o, "changed", int(g["count"])),
        )
        for number in (1, 2, 5)
    ]
    for template, build in candidates:
        match = _pattern(template).fullmatch(str(message))
        if match:
            # The object's name is in the message as Django escaped it (format_html) or
            # not (the delete messages): the sentence keeps the message's safety.
            text = build(opts, match.groupdict())
            return mark_safe(text) if isinstance(message, SafeData) else text
    return message


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

    def message_user(self, request, message, *args, **kwargs):
        message = success_message(message, self.model._meta)
        return super().message_user(request, message, *args, **kwargs)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        names = titles(self.model._meta)
        if names is not None and "delete_selected" in actions:
            label = names["delete_selected"]
            actions["delete_selected"] = dataclasses.replace(
                actions["delete_selected"], description=label, plural_description=label
            )
        return actions
