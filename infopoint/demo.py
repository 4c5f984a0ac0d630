"""The demo installation: users of each role and, through each app's own `demo` module,
the offices, partners, manual, cases and feedback. Every step is idempotent."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from infopoint import roles

DEMO_USERS = [
    ("officer", roles.OFFICER, "Анна", "Смирнова"),
    ("editor", roles.EDITOR, "Павел", "Кузнецов"),
    ("head", roles.HEAD, "Елена", "Волкова"),
    ("admin", None, "Игорь", "Соколов"),
]


def demo_password():
    """DEMO_PASSWORD from the environment, or one generated once and kept under var/."""
    if settings.DEMO_PASSWORD:
        return settings.DEMO_PASSWORD
    password_file = settings.VAR_DIR / "demo_password"
    if not password_file.exists():
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        password_file.write_text(secrets.token_urlsafe(9))
        password_file.chmod(0o600)
    return password_file.read_text().strip()


def demo_logins():
    labels = {name: str(label) for name, label in roles.ROLE_LABELS.items()}
    password = demo_password()
    return [
        (username, password, labels[role] if role else str(_("Administrator")))
        for username, role, _first, _last in DEMO_USERS
    ]


@transaction.atomic
def load_users(offices):
    User = get_user_model()
    password = demo_password()
    users = {}
    for username, role, first_name, last_name in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@infopoint.example",
                "is_staff": True,
                "is_superuser": role is None,
            },
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        if role:
            user.groups.add(Group.objects.get(name=role))
        users[username] = user
    # The officer works at the central desk; the head oversees every office.
    offices[0].staff.add(users["officer"])
    for office in offices:
        office.staff.add(users["head"])
    return users


def load(stdout=None):
    from desk import demo as desk_demo

    roles.sync_roles()
    offices = desk_demo.load_offices()
    users = load_users(offices)
    for module_name in DEMO_MODULES:
        module = __import__(module_name, fromlist=["load"])
        module.load(offices=offices, users=users)
    return users


# Each app's demo module, in dependency order (lower apps first); each has
# load(*, offices, users). Keep one line per app.
DEMO_MODULES = [
    "stakeholders.demo",
    "manual.demo",
    "manual.news.demo",
    "desk.demo_cases",
    "desk.demo_referrals",
    "feedback.demo",
    "monitoring.demo",
]
