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


@pytest.fixture
def live_replica(monkeypatch):
    """A second connection to the test database under the alias "replica", as a streaming
    replica would be: the dashboard's reads must arrive there, not on the primary. It is
    made at run time, outside settings.DATABASES, so the test case's database guard lets
    it through; the router is told it exists."""
    from django.db import connections

    from infopoint import db_router

    primary = connections["default"]
    replica = primary.__class__({**primary.settings_dict}, alias="replica")
    connections["replica"] = replica
    monkeypatch.setattr(db_router, "replica_alias", lambda: "replica")
    yield replica
    replica.close()
    del connections["replica"]


@pytest.mark.django_db(transaction=True)
def test_the_dashboard_and_its_exports_read_from_the_replica(client, live_replica, head, office):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from tests import factories

    factories.CaseFactory(office=office)
    client.force_login(head)
    pages = [
        reverse("dashboards:index") + f"?office={office.slug}",
        reverse("dashboards:export", args=["all", "xlsx"]) + f"?office={office.slug}",
    ]
    for page in pages:
        with (
            CaptureQueriesContext(connection) as primary,
            CaptureQueriesContext(live_replica) as replica,
        ):
            response = client.get(page)

        assert response.status_code == 200, page
        case_reads = [query for query in replica.captured_queries if "desk_case" in query["sql"]]
        assert case_reads, f"{page}: no figure was read from the replica"
        assert not [q for q in primary.captured_queries if "desk_case" in q["sql"]], page
        # the session and the user's permissions are the primary's
        assert any("django_session" in q["sql"] for q in primary.captured_queries)
