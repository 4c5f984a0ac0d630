"""The back-office speaks one language at a time: an English page names the portal in
English and a Russian one in Russian, never both at once."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def site_name(content):
    return re.search(r'<div id="site-name"><a href="[^"]*">(.*?)</a></div>', content).group(1)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("", "Инфопункт для предпринимателей"), ("/en", "Infopoint for entrepreneurs")],
)
def test_the_site_header_names_the_portal_in_the_pages_language(client, officer, prefix, expected):
    client.force_login(officer)
    assert site_name(client.get(prefix + reverse("admin:index")).content.decode()) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("", "Инфопункт для предпринимателей"), ("/en", "Infopoint for entrepreneurs")],
)
def test_the_login_page_names_the_portal_in_the_pages_language(client, prefix, expected):
    assert site_name(client.get(prefix + reverse("admin:login")).content.decode()) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", ["Попытки входа", "История изменений", "Фоновые задачи"]),
        ("/en", ["Login attempts", "Change history", "Background tasks"]),
    ],
)
def test_the_libraries_apps_are_named_in_the_pages_language(client, admin_user, prefix, expected):
    client.force_login(admin_user)
    content = client.get(prefix + reverse("admin:index")).content.decode()
    for name in expected:
        assert f">{name}</a>" in content
    for english_only in ["Axes", "Pghistory", "Tasks Database Backend"]:
        assert f">{english_only}</a>" not in content


def test_the_task_results_are_named_in_russian_sentences(client, admin_user):
    client.force_login(admin_user)
    url = reverse("admin:django_tasks_database_dbtaskresult_changelist")
    content = client.get(url).content.decode()
    assert "Выберите результат задачи для просмотра" in content
    assert "0 результатов задач" in content
    assert "Task Result" not in content
