"""The model backend reads a user's own and their groups' permissions in one query, and
gives exactly what Django's own backend gives."""

import pytest
from django.contrib.auth import backends as django_backends
from django.contrib.auth.models import Group, Permission

from infopoint import roles
from infopoint.backends import ModelBackend
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _fresh(user):
    return type(user).objects.get(pk=user.pk)


def _django(user):
    return django_backends.ModelBackend().get_all_permissions(_fresh(user))


def test_own_and_group_permissions_in_one_query(django_assert_num_queries):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.OFFICER))
    own = Permission.objects.get(content_type__app_label="manual", codename="view_article")
    user.user_permissions.add(own)
    user = _fresh(user)
    with django_assert_num_queries(1):
        permissions = ModelBackend().get_all_permissions(user)
        assert user.has_perm("desk.view_case")  # kept for the request
    assert "manual.view_article" in permissions
    assert "desk.add_case" in permissions
    assert permissions == _django(user)


@pytest.mark.parametrize("role", [roles.OFFICER, roles.EDITOR, roles.HEAD])
def test_each_role_gives_what_djangos_backend_gives(role):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=role))
    assert ModelBackend().get_all_permissions(_fresh(user)) == _django(user)


def test_two_groups_and_own_permissions_are_merged():
    user = UserFactory()
    user.groups.add(*Group.objects.filter(name__in=[roles.OFFICER, roles.EDITOR]))
    user.user_permissions.add(*Permission.objects.filter(codename="delete_case"))
    permissions = ModelBackend().get_all_permissions(_fresh(user))
    assert "desk.delete_case" in permissions
    assert permissions == _django(user)


def test_no_permissions_for_a_user_without_any():
    assert ModelBackend().get_all_permissions(_fresh(UserFactory())) == set()


def test_an_inactive_user_and_an_object_have_none():
    user = UserFactory(is_active=False)
    user.groups.add(Group.objects.get(name=roles.OFFICER))
    assert ModelBackend().get_all_permissions(_fresh(user)) == set()
    active = UserFactory()
    active.groups.add(Group.objects.get(name=roles.OFFICER))
    assert ModelBackend().get_all_permissions(_fresh(active), obj=object()) == set()


def test_a_superuser_has_every_permission():
    user = UserFactory(is_superuser=True)
    assert ModelBackend().get_all_permissions(_fresh(user)) == _django(user)
    assert len(_django(user)) == Permission.objects.count()
