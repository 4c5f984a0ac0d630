"""The staff roles and the model permissions each one carries.

Superusers are administrators. Each app's models are added here when they arrive; the
groups are created by `infopoint.0001_roles` and their permissions synchronised after
every `migrate`.
"""

from django.utils.translation import gettext_lazy as _

OFFICER = "Desk officer"
EDITOR = "Manual editor"
HEAD = "Department head"

ROLE_LABELS = {OFFICER: _("Desk officer"), EDITOR: _("Manual editor"), HEAD: _("Department head")}

# "app_label.codename"; "app_label.*" grants every permission of that app.
ROLE_PERMISSIONS = {
    OFFICER: [
        "desk.view_office",
    ],
    EDITOR: [
        "desk.view_office",
    ],
    HEAD: [
        "desk.view_office",
        "desk.change_office",
    ],
}


def _permissions_for(codes, Permission):
    permissions = []
    for code in codes:
        app_label, codename = code.split(".", 1)
        found = Permission.objects.filter(content_type__app_label=app_label)
        if codename != "*":
            found = found.filter(codename=codename)
        permissions.extend(found)
    return permissions


def sync_roles():
    from django.contrib.auth.models import Group, Permission

    for name, codes in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions_for(codes, Permission))


def sync_after_migrate(sender, app_config=None, using="default", **kwargs):
    # Runs once per app; the last app in INSTALLED_APPS sees every permission.
    from django.apps import apps

    if app_config is not None and app_config is list(apps.get_app_configs())[-1]:
        sync_roles()


def user_roles(user):
    if not user.is_authenticated:
        return set()
    return set(user.groups.values_list("name", flat=True))


def is_officer(user):
    return user.is_superuser or OFFICER in user_roles(user)


def is_editor(user):
    return user.is_superuser or EDITOR in user_roles(user)


def is_head(user):
    return user.is_superuser or HEAD in user_roles(user)
