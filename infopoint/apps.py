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
# first). pghistory's "events" is a plain string in its model's Meta: not translatable
# without a migration of the library's app.
TASK_RESULT_NAMES = (_("Task Result"), _("Task Results"))


def staff_name(user):
    return user.get_full_name() or user.get_username()


class InfopointConfig(AppConfig):
    default = True
    name = "infopoint"
    verbose_name = _("Infopoint")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in

        from infopoint import roles, security

        # Officers know each other by name, not by login: every list, filter, select and
        # admin column that shows a user shows "Ирина Орлова", and the login only for an
        # account without a name. One place, so no screen can forget it.
        get_user_model().__str__ = staff_name

        for label, name in LIBRARY_APP_NAMES.items():
            if label in apps.app_configs:
                apps.get_app_config(label).verbose_name = name

        # Permissions exist only after every app's post_migrate has run, so the roles are
        # synchronised there (as django.contrib.auth creates permissions), not in a
        # migration that would run before later apps' permissions exist.
        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="infopoint-roles")
        # Django's login has no other hook: the session notes the resets it began after.
        user_logged_in.connect(security.remember_reset_at_login, dispatch_uid="infopoint-2fa")


class InfopointAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "infopoint.admin_site.InfopointAdminSite"
