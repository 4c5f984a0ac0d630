"""After `manage.py restore` nothing a process kept before it is shown again.

A restore rewinds the sequences: the same ids come round again over different data. The
test plays the operator's story in one process (one long-lived worker): a case added after
the backup is seen by the officer, the restore removes it, the next public question takes
the same id, and no staff screen, export or cached page may show the first case's data. It
holds whichever caches exist: it asserts on what is served.
"""

import io
import uuid

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from desk.models import Case
from tests import factories

FIRST = {"name": "Анна Первая", "question": "Вопрос Анны о регистрации ИП", "phone": "84012111111"}
SECOND = {"name": "Борис Второй", "question": "Вопрос Бориса о патенте", "phone": "84012222222"}


def _ask(office, visitor):
    response = Client().post(
        reverse("desk:ask"),
        {
            "office": office.pk,
            "question": visitor["question"],
            "name": visitor["name"],
            "email": f"{uuid.uuid4().hex[:8]}@example.org",
            "phone": visitor["phone"],
            "consent": "on",
            "token": str(uuid.uuid4()),
        },
    )
    assert response.status_code == 200
    return Case.objects.select_related("entrepreneur").latest("pk")


def _pages(case):
    return [
        reverse("desk:office_queue"),
        reverse("desk:case", kwargs={"pk": case.pk}),
        reverse("desk:entrepreneur", kwargs={"pk": case.entrepreneur_id}),
        reverse("desk:entrepreneur_export", kwargs={"pk": case.entrepreneur_id}),
    ]


@pytest.mark.django_db(transaction=True)
def test_no_screen_export_or_cached_page_shows_what_a_restore_removed(
    settings, cached, client, head, office, tmp_path
):
    settings.PUBLIC_CACHE_CHECK_SECONDS = 0  # as another process would, a second later
    cache.clear()  # the cache table outlives the test database's flush
    archive = tmp_path / "before.dump"
    call_command("backup", output=archive)

    first = _ask(office, FIRST)
    partner = factories.OrganisationFactory(name="Партнёр после копии")
    client.force_login(head)
    for path in _pages(first):
        assert client.get(path).status_code == 200
    directory = Client().get(reverse("stakeholders:directory")).content.decode()
    assert partner.name in directory  # kept by the page cache from here on
    assert FIRST["name"] in client.get(_pages(first)[1]).content.decode()

    out = io.StringIO()
    call_command("restore", str(archive), interactive=False, stdout=out)
    assert "Cleared the page cache" in out.getvalue()
    assert not Case.objects.filter(pk=first.pk).exists()
    second = _ask(office, SECOND)
    assert second.pk == first.pk  # the restore rewinds the ids
    assert second.entrepreneur_id == first.entrepreneur_id

    client.force_login(head)  # the restore also took the session back to the backup
    for path in _pages(second):
        response = client.get(path)
        assert response.status_code == 200, path
        content = response.content.decode()
        assert FIRST["name"] not in content, path
        assert FIRST["question"] not in content, path
        assert SECOND["name"] in content or SECOND["question"] in content, path
    directory = Client().get(reverse("stakeholders:directory")).content.decode()
    assert partner.name not in directory


def test_the_operator_can_clear_the_page_cache_after_a_fail_over(db, cached):
    from infopoint import public_cache

    before = public_cache.current_generation()
    out = io.StringIO()
    call_command("clear_page_cache", stdout=out)
    assert public_cache.current_generation() != before
    assert "Cleared the page cache" in out.getvalue()
