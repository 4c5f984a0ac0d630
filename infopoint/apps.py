from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class InfopointConfig(AppConfig):
    default = True
    name = "infopoint"
    verbose_name = _("Infopoint")

    def ready(self):
        from infopoint import changes, roles

        # Permissions exist only after every app's post_migrate has run, so the roles are
        # synchronised there (as django.contrib.auth creates permissions), not in a
        # migration that would run before later apps' permissions exist.
        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="infopoint-roles")
        # The cluster a connection reaches is part of every change count's key.
        connection_created.connect(changes.note_cluster, dispatch_uid="infopoint-cluster")


class InfopointAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "infopoint.admin_site.InfopointAdminSite"
