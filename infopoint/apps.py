from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

# The libraries' apps an administrator meets in the back-office's menu, named in our
# catalogue: their own names are English only («Pghistory», «Tasks Database Backend»).
LIBRARY_APP_NAMES = {
    "axes": _("Login attempts"),
    "pghistory": _("Change history"),
    "django_tasks_database": _("Background tasks"),
    "otp_totp": _("Authenticator apps"),
}
# django-tasks-db names its model through gettext; the Russian is ours (LOCALE_PATHS come
# first), as for the libraries' column and filter names their own catalogues lack.
TASK_RESULT_NAMES = (_("Task Result"), _("Task Results"))
LIBRARY_STRINGS = (
    _("Locked Out"),
    _("User Agent"),
    _("IP Address"),
    _("priority"),
    _("queue name"),
    _("enqueued at"),
    _("started at"),
    _("finished at"),
    _("run after"),
    _("args kwargs"),
    _("task path"),
    _("worker id"),
    _("backend name"),
    _("return value"),
    _("exception class path"),
    _("traceback"),
)
# pghistory names its model "events" in a plain string (and the manual has events of its
# own): the back-office names it in the page's language. Its Meta is read by makemigrations
# from the class as written, so naming it here changes no migration of the library.
LIBRARY_MODEL_NAMES = {
    "pghistory.Events": (_("history entry"), _("history entries")),
}
# A library's column drawn from a property without a name of its own ("Task name").
LIBRARY_COLUMN_NAMES = {("django_tasks_database.DBTaskResult", "task_name"): _("task")}


def staff_name(user):
    return user.get_full_name() or user.get_username()


def role_name(group):
    from infopoint.roles import ROLE_LABELS

    return str(ROLE_LABELS.get(group.name, group.name))


class InfopointConfig(AppConfig):
    default = True
    name = "infopoint"
    verbose_name = _("Infopoint")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.contrib.auth.signals import user_logged_in

        from infopoint import roles, security, staff_language

        # Officers know each other by name, not by login: every list, filter, select and
        # admin column that shows a user shows "Ирина Орлова", and the login only for an
        # account without a name. One place, so no screen can forget it.
        get_user_model().__str__ = staff_name

        for label, name in LIBRARY_APP_NAMES.items():
            if label in apps.app_configs:
                apps.get_app_config(label).verbose_name = name
        for label, (singular, plural) in LIBRARY_MODEL_NAMES.items():
            opts = apps.get_model(label)._meta
            opts.verbose_name, opts.verbose_name_plural = singular, plural
        for (label, name), description in LIBRARY_COLUMN_NAMES.items():
            if label.split(".")[0] in apps.app_configs:
                getattr(apps.get_model(label), name).fget.short_description = description
        # The roles' groups keep their English names as keys (infopoint.roles); lists,
        # filters and selects show them in the page's language.
        Group.__str__ = role_name

        # Permissions exist only after every app's post_migrate has run, so the roles are
        # synchronised there (as django.contrib.auth creates permissions), not in a
        # migration that would run before later apps' permissions exist.
        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="infopoint-roles")
        # Django's login has no other hook: the session notes the resets it began after.
        user_logged_in.connect(security.remember_reset_at_login, dispatch_uid="infopoint-2fa")
        # ... and the language the member of staff signs in in (infopoint.staff_language).
        user_logged_in.connect(
            staff_language.remember_at_login, dispatch_uid="infopoint-staff-language"
        )


class InfopointAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "infopoint.admin_site.InfopointAdminSite"
