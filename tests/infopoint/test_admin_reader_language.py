"""The back-office's lists in the reader's language: names and titles of bilingual
records, yes/no columns, filter headings, the libraries' menu entries and columns."""

import re
from types import SimpleNamespace

import pytest
from axes.models import AccessFailureLog
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from manual.models import Article
from tests import factories
from tests.infopoint.test_permissions import MODULES

pytestmark = pytest.mark.django_db


def changelist(model):
    opts = model._meta
    with translation.override("ru"):
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")


def names_in_list(content):
    """The first (linked) column of each row of a changelist."""
    return [
        re.sub(r"<[^>]+>", "", cell).strip()
        for cell in re.findall(r'<th class="field-[^"]*">(.*?)</th>', content, re.S)
    ]


def filter_headings(content):
    return [
        " ".join(item.split()) for item in re.findall(r"<summary>(.*?)</summary>", content, re.S)
    ]


def column_headings(content):
    table = content.split('id="result_list"')[1].split("</thead>")[0]
    cells = re.findall(r'<th scope="col"[^>]*>(.*?)</th>', table, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]


@pytest.fixture
def world(personas, office, other_office):
    """One of everything (the permission table's objects) and a row for each list with a
    yes/no column that the table leaves empty."""
    world = SimpleNamespace(office=office, other_office=other_office, **personas)
    for module in MODULES:
        if hasattr(module, "build"):
            module.build(world)
    article = factories.ArticleFactory()
    factories.ArticleVoteFactory(article=article, helpful=False)
    factories.ResponseFactory(anonymous=True)
    factories.SiteFeedbackFactory(contact_consent=True)
    AccessFailureLog.objects.create(
        user_agent="x", ip_address="127.0.0.1", username="x", http_accept="*", path_info="/"
    )
    return world


# --- names and titles --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", ["Банк", "Торговая палата", "Фонд поддержки"]),
        ("/en", ["Chamber of Commerce", "Support Fund", "Банк"]),
    ],
)
def test_the_partners_list_names_and_sorts_them_in_the_pages_language(
    client, admin_user, prefix, expected
):
    factories.OrganisationFactory(name="Торговая палата", name_en="Chamber of Commerce")
    factories.OrganisationFactory(name="Фонд поддержки", name_en="Support Fund")
    factories.OrganisationFactory(name="Банк", name_en="")  # no English name: the Russian one
    client.force_login(admin_user)
    from stakeholders.models import Organisation

    content = client.get(prefix + changelist(Organisation)).content.decode()
    assert names_in_list(content) == expected
    if prefix:  # a screen reader reads the Russian name in Russian
        assert '<span lang="ru">Банк</span>' in content
        assert 'lang="ru">Торговая палата' not in content


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries], response.content.decode()


def test_the_partners_list_takes_the_same_queries_for_any_number_of_partners(client, admin_user):
    from stakeholders.models import Organisation

    url = "/en" + changelist(Organisation)
    client.force_login(admin_user)
    client.get(url)  # the session's first page stores its sliding expiry
    counts = []
    for count in [2, 7]:
        while Organisation.objects.count() < count:
            number = Organisation.objects.count()
            factories.OrganisationFactory(
                name=f"Организация {number}", name_en=f"Partner {number}"
            )
        queries, content = _queries(client, url)
        assert names_in_list(content) == [f"Partner {number}" for number in range(count)]
        counts.append(len(queries))
    # session, user, the count of rows filtered and in all (no filter: the same count),
    # the page of rows with their names in the page's language.
    assert counts == [5, 5]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", [["Регистрация", "Registration"], ["Налоги", "-"]]),
        ("/en", [["Registration", "Регистрация"], ["Налоги", "Налоги"]]),
    ],
)
def test_the_topics_list_shows_the_pages_language_first_and_the_other_beside_it(
    client, admin_user, prefix, expected
):
    factories.TopicFactory(title="Регистрация", title_en="Registration", order=1)
    factories.TopicFactory(title="Налоги", title_en="", order=2)
    client.force_login(admin_user)
    from manual.models import Topic

    content = client.get(prefix + changelist(Topic)).content.decode()
    rows = re.findall(r"<tr>(.*?)</tr>", content.split("<tbody>")[1], re.S)
    shown = [
        [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(
                r'<t[hd] class="field-title(?:_en|_ru)?">(.*?)</t[hd]>', row, re.S
            )
        ]
        for row in rows
    ]
    assert shown == expected
    if prefix:
        assert "In Russian" in column_headings(content)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", ["Открыть ООО", "Регистрация ИП"]),
        ("/en", ["Open an LLC", "Регистрация ИП"]),
    ],
)
def test_the_articles_list_names_them_by_the_revision_of_the_pages_language(
    client, admin_user, prefix, expected
):
    factories.published_article(
        slug="ip", ru=factories.revision_text("Регистрация ИП")
    )  # Russian only
    factories.published_article(
        slug="ooo",
        ru=factories.revision_text("Открыть ООО"),
        en=factories.revision_text("Open an LLC"),
    )
    client.force_login(admin_user)
    content = client.get(prefix + changelist(Article)).content.decode()
    assert names_in_list(content) == expected


def test_the_articles_list_takes_the_same_queries_for_any_number_of_articles(client, admin_user):
    url = "/en" + changelist(Article)
    client.force_login(admin_user)
    client.get(url)  # the session's first page stores its sliding expiry
    counts = []
    for count in [1, 4]:
        while Article.objects.count() < count:
            number = Article.objects.count()
            factories.published_article(
                slug=f"a{number}",
                ru=factories.revision_text(f"Статья {number}"),
                en=factories.revision_text(f"Article {number}"),
            )
        queries, content = _queries(client, url)
        assert names_in_list(content) == [f"Article {number}" for number in range(count)]
        counts.append(len(queries))
    # session, user, the count of rows filtered and in all, the page of rows with both
    # published revisions' titles, the topics filter's choices.
    assert counts == [6, 6]


def test_the_revisions_and_votes_lists_name_the_article_in_the_pages_language(client, admin_user):
    article = factories.published_article(
        slug="ooo",
        ru=factories.revision_text("Открыть ООО"),
        en=factories.revision_text("Open an LLC"),
    )
    factories.ArticleVoteFactory(article=article)
    client.force_login(admin_user)
    from feedback.models import ArticleVote
    from manual.models import ArticleRevision

    for model, column in [(ArticleRevision, "article_title"), (ArticleVote, "article_title")]:
        content = client.get("/en" + changelist(model)).content.decode()
        cells = re.findall(rf'<td class="field-{column}">(.*?)</td>', content)
        assert cells and set(cells) == {"Open an LLC"}, model
        content = client.get(changelist(model)).content.decode()
        assert set(re.findall(rf'<td class="field-{column}">(.*?)</td>', content)) == {
            "Открыть ООО"
        }


@pytest.mark.parametrize(
    ("factory", "model_path", "expected"),
    [
        (
            lambda: factories.OfficeFactory(name="Офис В", name_en="Office C"),
            "desk.Office",
            "Office C",
        ),
        (
            lambda: factories.FeedbackTagFactory(name="очередь", name_en="queue"),
            "feedback.Tag",
            "queue",
        ),
        (
            lambda: factories.ImprovementActionFactory(
                title="Меньше ждать", title_en="Shorter waits"
            ),
            "feedback.ImprovementAction",
            "Shorter waits",
        ),
        (
            lambda: factories.NewsItemFactory(title="Новость", title_en="News item"),
            "manual.NewsItem",
            "News item",
        ),
    ],
)
def test_each_bilingual_list_names_its_rows_in_english_on_an_english_page(
    client, admin_user, factory, model_path, expected
):
    from django.apps import apps

    factory()
    client.force_login(admin_user)
    content = client.get("/en" + changelist(apps.get_model(model_path))).content.decode()
    assert expected in names_in_list(content)


# --- yes and no, filter headings ---------------------------------------------------------


def test_no_list_or_form_says_true_or_false(client, world):
    """Every changelist and the change page of its first row, in both languages: a yes/no
    icon says «Да»/«Нет» or "Yes"/"No", never Python's True/False/None."""
    client.force_login(world.admin)
    seen = {"ru": set(), "en": set()}
    for model in admin.site._registry:
        opts = model._meta
        urls = [changelist(model)]
        first = model._default_manager.first() if opts.model_name != "events" else None
        if first is not None:
            with translation.override("ru"):
                urls.append(
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[first.pk])
                )
        for url in urls:
            for language, prefix in [("ru", ""), ("en", "/en")]:
                content = client.get(prefix + url).content.decode()
                alts = set(
                    re.findall(r'src="[^"]*/icon-(?:yes|no|unknown)\.svg" alt="([^"]*)"', content)
                )
                assert not alts & {"True", "False", "None"}, (prefix + url, alts)
                seen[language] |= alts
    assert seen == {"ru": {"Да", "Нет"}, "en": {"Yes", "No"}}


def test_a_filter_is_headed_by_its_title_alone(client, world):
    """Django heads an English filter "By …" ("By due", "By needs action"): in both
    languages the heading is the title alone."""
    client.force_login(world.admin)
    for model in admin.site._registry:
        content = client.get("/en" + changelist(model)).content.decode()
        for heading in filter_headings(content):
            assert not heading.startswith("By "), (model, heading)


@pytest.mark.parametrize(("prefix", "expected"), [("", ["Срок"]), ("/en", ["Due date"])])
def test_the_follow_ups_filter_by_their_due_date(client, admin_user, prefix, expected):
    from desk.models import FollowUp

    client.force_login(admin_user)
    assert filter_headings(client.get(prefix + changelist(FollowUp)).content.decode()) == expected


# --- the libraries' names ----------------------------------------------------------------


CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def test_every_menu_entry_of_the_russian_back_office_is_russian(client, admin_user):
    client.force_login(admin_user)
    content = client.get(reverse("admin:index")).content.decode()
    apps = re.findall(r"<caption>\s*<a[^>]*>(.*?)</a>", content, re.S)
    models = re.findall(r'<th scope="row"[^>]*>\s*<a[^>]*>(.*?)</a>', content, re.S)
    assert len(models) == len(admin.site._registry)
    assert [name for name in apps + models if not CYRILLIC.search(name)] == []


@pytest.mark.parametrize(
    ("prefix", "expected"), [("", "Записи истории"), ("/en", "History entries")]
)
def test_the_change_history_is_named_apart_from_the_manuals_events(
    client, admin_user, prefix, expected
):
    client.force_login(admin_user)
    content = client.get(prefix + reverse("admin:index")).content.decode()
    assert f">{expected}</a>" in content
    assert content.count(">Events</a>") <= 1  # the manual's events, on an English page


@pytest.mark.parametrize(
    ("prefix", "columns", "filters"),
    [
        (
            "",
            ["Когда", "Запись", "Номер записи", "Изменения"],
            ["Вид изменения", "Вид записи"],
        ),
        (
            "/en",
            ["When", "Record", "Record number", "Changes"],
            ["Kind of change", "Record type"],
        ),
    ],
)
def test_the_change_history_list_is_in_the_pages_language(
    client, admin_user, prefix, columns, filters
):
    factories.OrganisationFactory(name="Торговая палата", name_en="Chamber of Commerce")
    client.force_login(admin_user)
    content = client.get(prefix + reverse("admin:pghistory_events_changelist")).content.decode()
    assert column_headings(content) == columns
    assert filter_headings(content) == filters
    record, kind, records = (
        ("Организация", "добавлено", "Организации")
        if not prefix
        else ("Organisation", "added", "Organisations")
    )
    assert f'<td class="field-record">{record}</td>' in content
    assert f">{kind}</a>" in content  # not pghistory's "insert"
    assert f">{records}</a>" in content  # not "stakeholders.OrganisationEvent"


def test_the_libraries_columns_and_filters_are_russian(client, world):
    client.force_login(world.admin)
    from django_tasks_db.models import DBTaskResult

    failures = client.get(changelist(AccessFailureLog)).content.decode()
    assert "Браузер (User Agent)" in column_headings(failures)
    assert "IP-адрес" in column_headings(failures)
    attempts = client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert "Заблокирован" in filter_headings(attempts)
    from desk.tasks import send_email

    send_email.enqueue(0)
    results = client.get(changelist(DBTaskResult)).content.decode()
    assert filter_headings(results) == ["Статус", "Приоритет", "Очередь"]
    assert {"Задача", "Приоритет", "Очередь"} <= set(column_headings(results))


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", {"Руководитель отдела", "Специалист инфопункта", "Редактор справочника"}),
        ("/en", {"Department head", "Desk officer", "Manual editor"}),
    ],
)
def test_the_roles_are_named_in_the_pages_language(client, world, prefix, expected):
    from django.contrib.auth.models import Group

    client.force_login(world.admin)
    content = client.get(prefix + changelist(Group)).content.decode()
    assert set(names_in_list(content)) == expected
