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

# "app_label.codename"; a trailing "*" matches every codename with that prefix
# ("desk.*" is every permission of the desk, "manual.view_*" every view permission).
# Deleting is deliberately absent where records must never be lost: the admin classes
# of cases, entrepreneurs and referrals refuse deletion to everyone.
ROLE_PERMISSIONS = {
    # Officers work cases; they read the manual and the partner registry. They see
    # personal data only of their own offices (scoped in each app's access.py).
    OFFICER: [
        "desk.*",
        "feedback.*",
        "manual.view_*",
        "stakeholders.view_*",
    ],
    # Editors write the manual and news; they never see entrepreneurs' personal data.
    EDITOR: [
        "desk.view_office",
        # Editors write and submit; publishing (manual.publish_article) is the head's,
        # or an editor's who is given it individually.
        "manual.add_*",
        "manual.change_*",
        "manual.delete_*",
        "manual.view_*",
        "stakeholders.view_*",
        "feedback.view_articlevote",
    ],
    # Department heads oversee everything of their department.
    HEAD: [
        "desk.*",
        "feedback.*",
        "manual.*",
        "stakeholders.*",
        # Period reports: a head writes them, approves another head's and publishes.
        "monitoring.view_periodreport",
        "monitoring.add_periodreport",
        "monitoring.change_periodreport",
        "monitoring.approve_periodreport",
        "monitoring.publish_periodreport",
        "monitoring.view_periodreportversion",
    ],
}


def _permissions_for(codes, Permission):
    permissions = []
    for code in codes:
        app_label, codename = code.split(".", 1)
        found = Permission.objects.filter(content_type__app_label=app_label)
        if codename.endswith("*"):
            found = found.filter(codename__startswith=codename[:-1])
        else:
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


def grants(role, app_label, codename):
    """True when the role table gives `role` the permission app_label.codename."""
    for code in ROLE_PERMISSIONS.get(role, []):
        granted_app, granted = code.split(".", 1)
        if granted_app != app_label:
            continue
        if granted == codename or (granted.endswith("*") and codename.startswith(granted[:-1])):
            return True
    return False


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
