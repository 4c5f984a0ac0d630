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


def _crud(app_label, model, actions="add change delete view"):
    return [f"{app_label}.{action}_{model}" for action in actions.split()]


# Explicit "app_label.codename" lists, no wildcards: a new model or permission reaches a
# role only when it is added here (and to the reviewed list in
# tests/infopoint/test_roles.py). Object scope — which office's cases, entrepreneurs and
# colleagues a user may name — is `infopoint.scope`; these lists say only what kind of
# object a role may touch. Deleting is absent where records must never be lost. Who works
# in which office (`Office.staff`) is the administrator's alone (`desk.admin.OfficeAdmin`).
ROLE_PERMISSIONS = {
    # Officers work their offices' cases: intake, timeline, follow-ups, referrals,
    # bookings; they read their offices, service standards, the manual and the partners,
    # and triage their offices' feedback.
    OFFICER: [
        "desk.view_office",
        "desk.view_openinghours",
        "desk.view_servicestandard",
        *_crud("desk", "case", "add change view"),
        *_crud("desk", "caseevent", "add view"),
        *_crud("desk", "followup", "add change view"),
        *_crud("desk", "entrepreneur", "add change view"),
        *_crud("desk", "consent", "add change view"),
        *_crud("desk", "referral", "add change view"),
        *_crud("desk", "appointment", "change view"),
        "desk.view_outgoingemail",
        # Not the feedback invitations: each one's short code answers the satisfaction
        # survey of a case, and the answers measure the officers themselves. Heads read
        # their offices' invitations (an entrepreneur who lost a code asks them).
        *_crud("feedback", "response", "change view"),
        "feedback.view_tag",
        *_crud("feedback", "improvementaction", "add change view"),
        "manual.view_topic",
        "manual.view_article",
        "manual.view_articlerevision",
        "manual.view_articlestep",
        "manual.view_document",
        "manual.view_newsitem",
        "manual.view_event",
        "stakeholders.view_organisation",
        "stakeholders.view_contactperson",
    ],
    # Editors write the manual and the news and read the votes on its pages; never
    # personal data, never the desk; of the partners only the registry's public entries.
    # Publishing (manual.publish_article) is the head's, or an editor's who is given it
    # individually.
    EDITOR: [
        *_crud("manual", "topic"),
        *_crud("manual", "article"),
        *_crud("manual", "articlerevision"),
        *_crud("manual", "articlestep"),
        *_crud("manual", "document"),
        *_crud("manual", "newsitem"),
        *_crud("manual", "event"),
        *_crud("manual", "synonym"),
        "manual.view_searchquery",
        "manual.view_searchword",
        "feedback.view_articlevote",
        # An event's organiser is chosen by autocomplete, which asks for view permission
        # on the partner registry (public directory data).
        "stakeholders.view_organisation",
    ],
    # Department heads oversee their offices: everything an officer does, the offices'
    # details, hours and service standards, all feedback (the invitations and their codes
    # too), the manual and the partners.
    # Adding and removing offices is the administrator's.
    HEAD: [
        *_crud("desk", "office", "change view"),
        *_crud("desk", "openinghours"),
        *_crud("desk", "servicestandard", "add change view"),
        *_crud("desk", "case", "add change view"),
        *_crud("desk", "caseevent", "add view"),
        *_crud("desk", "followup"),
        *_crud("desk", "entrepreneur", "add change view"),
        *_crud("desk", "consent", "add change view"),
        *_crud("desk", "referral", "add change view"),
        *_crud("desk", "appointment", "change view"),
        "desk.view_outgoingemail",
        "desk.view_destructionlog",
        *_crud("feedback", "tag"),
        "feedback.view_invitation",
        *_crud("feedback", "response", "change view"),
        *_crud("feedback", "articlevote", "change view"),
        *_crud("feedback", "sitefeedback", "change view"),
        *_crud("feedback", "improvementaction"),
        *_crud("manual", "topic"),
        *_crud("manual", "article"),
        "manual.publish_article",
        *_crud("manual", "articlerevision"),
        *_crud("manual", "articlestep"),
        *_crud("manual", "document"),
        *_crud("manual", "newsitem"),
        *_crud("manual", "event"),
        *_crud("manual", "subscriber", "change delete view"),
        "manual.view_digestitem",
        *_crud("manual", "synonym"),
        "manual.view_searchquery",
        "manual.view_searchword",
        *_crud("stakeholders", "organisation"),
        *_crud("stakeholders", "contactperson"),
        *_crud("stakeholders", "communication"),
        *_crud("stakeholders", "stakeholderassessment"),
        "stakeholders.analyse_stakeholders",
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
    wanted = {tuple(code.split(".", 1)) for code in codes}
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _codename in wanted}
    ).select_related("content_type")
    permissions = [p for p in found if (p.content_type.app_label, p.codename) in wanted]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in permissions}
    if missing:
        # A renamed model or a typo must not silently shrink a role.
        names = sorted(f"{app_label}.{codename}" for app_label, codename in missing)
        raise LookupError(f"Role permissions that do not exist: {', '.join(names)}")
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
    return f"{app_label}.{codename}" in ROLE_PERMISSIONS.get(role, [])


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
