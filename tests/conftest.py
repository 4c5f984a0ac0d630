"""Shared fixtures: the personas every permission test speaks of.

officer (desk officer of office A), colleague (another officer of office A),
other_officer (desk officer of office B), editor, head (department head of all offices),
head_of_office (department head of office A only),
admin (superuser), and anonymous (the client without login).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.utils import translation

from infopoint import roles
from tests import factories


@pytest.fixture(autouse=True)
def _nothing_kept_in_process():
    """Each test starts with empty per-process caches of search rankings (their keys hold
    page-cache generations, which a rolled-back test reuses)."""
    from infopoint.lru import forget_everything

    forget_everything()


KALININGRAD = ZoneInfo("Europe/Kaliningrad")


def moment(text):
    """An aware datetime from ISO 8601 text; without an offset it is Kaliningrad time."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=KALININGRAD)


@pytest.fixture(autouse=True)
def _clock_of_the_marker(request):
    """`@pytest.mark.now("2026-11-20 12:00")` runs the test at that moment, the clock
    ticking on from there. Python's clocks move (time.time, datetime.now, timezone.now);
    PostgreSQL's now() does not, so code under such a test passes its time from Python."""
    marker = request.node.get_closest_marker("now")
    if marker is None:
        yield None
        return
    with time_machine.travel(moment(marker.args[0]), tick=True) as traveller:
        yield traveller


@pytest.fixture
def clock():
    """Sets the clock inside a test: `clock.at("2027-01-04 10:00")` stops it there,
    `clock.shift(timedelta(days=1))` moves it on."""

    class Clock:
        travel = coordinates = None

        def at(self, text, *, tick=False):
            self.stop()
            self.travel = time_machine.travel(moment(text), tick=tick)
            self.coordinates = self.travel.start()
            return self.coordinates

        def shift(self, delta):
            self.coordinates.shift(delta)

        def stop(self):
            if self.travel is not None:
                self.travel.stop()
                self.travel = self.coordinates = None

    value = Clock()
    yield value
    value.stop()


@pytest.fixture(autouse=True)
def _russian_by_default():
    """LocaleMiddleware activates a request's language in the test's own thread; without
    this, a request to /en/ would make every later reverse() in the test English."""
    with translation.override("ru"):
        yield


@pytest.fixture
def office(db):
    return factories.OfficeFactory(slug="office-a", name="Офис А", name_en="Office A")


@pytest.fixture
def other_office(db):
    return factories.OfficeFactory(slug="office-b", name="Офис Б", name_en="Office B")


def _staff(username, role, offices=()):
    user = factories.UserFactory(username=username, is_staff=True)
    if role:
        if not Group.objects.filter(name=role).exists():
            roles.sync_roles()  # a transactional test's flush removed the groups
        user.groups.add(Group.objects.get(name=role))
    for item in offices:
        item.staff.add(user)
    return user


@pytest.fixture
def officer(office):
    return _staff("officer", roles.OFFICER, [office])


@pytest.fixture
def colleague(office):
    return _staff("colleague", roles.OFFICER, [office])


@pytest.fixture
def other_officer(other_office):
    return _staff("other_officer", roles.OFFICER, [other_office])


@pytest.fixture
def editor(db):
    return _staff("editor", roles.EDITOR)


@pytest.fixture
def head(office, other_office):
    return _staff("head", roles.HEAD, [office, other_office])


@pytest.fixture
def head_of_office(office):
    """A department head who heads office A only."""
    return _staff("head_of_office", roles.HEAD, [office])


@pytest.fixture
def admin_user(db):
    return factories.UserFactory(username="admin", is_staff=True, is_superuser=True)


@pytest.fixture
def personas(officer, editor, head, admin_user):
    return {
        "anonymous": None,
        "officer": officer,
        "editor": editor,
        "head": head,
        "admin": admin_user,
    }


# CACHES["public"] as in production (infopoint/settings.py); the tests' own is a DummyCache.
PUBLIC_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "infopoint-public-tests",
    "KEY_FUNCTION": "infopoint.public_cache.public_key",
    "OPTIONS": {"MAX_ENTRIES": 4096},
}


@pytest.fixture
def cached(settings):
    """The anonymous page cache and the page fragments on, with empty process state. The
    generation is re-read once an hour: the tests decide when a bump is seen."""
    from infopoint import public_cache

    settings.PUBLIC_CACHE_ENABLED = True
    settings.PUBLIC_CACHE_CHECK_SECONDS = 3600
    settings.CACHES = {**settings.CACHES, "public": PUBLIC_CACHE}
    public_cache.reset_process_state()
    yield
    public_cache.reset_process_state()
