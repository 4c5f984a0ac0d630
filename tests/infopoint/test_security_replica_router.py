"""With DATABASE_REPLICA_URL set, reports read from the replica inside
`reading_from_replica()`; every write and every other read goes to the primary."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from infopoint.db_router import ReplicaRouter, reading_from_replica

User = get_user_model()


@pytest.fixture
def with_replica(monkeypatch):
    monkeypatch.setitem(settings.DATABASES, "replica", {**settings.DATABASES["default"]})


def test_reports_read_from_the_replica_when_one_is_configured(with_replica):
    router = ReplicaRouter()
    assert router.db_for_read(User) == "default"
    with reading_from_replica() as alias:
        assert alias == "replica"
        assert router.db_for_read(User) == "replica"
        assert router.db_for_write(User) == "default"
    assert router.db_for_read(User) == "default"


def test_without_a_replica_everything_uses_the_primary():
    assert "replica" not in settings.DATABASES
    with reading_from_replica() as alias:
        assert alias == "default"
        assert ReplicaRouter().db_for_read(User) == "default"


def test_the_flag_is_reset_after_an_error(with_replica):
    with pytest.raises(ValueError), reading_from_replica():
        raise ValueError
    assert ReplicaRouter().db_for_read(User) == "default"


def test_migrations_never_run_on_the_replica():
    router = ReplicaRouter()
    assert router.allow_migrate("replica", "desk") is False
    assert router.allow_migrate("default", "desk") is True


def test_the_router_is_installed():
    assert settings.DATABASE_ROUTERS == ["infopoint.db_router.ReplicaRouter"]
