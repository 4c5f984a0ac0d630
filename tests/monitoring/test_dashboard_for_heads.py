"""The dashboard as a department head reads it: this month in the selector, figures that
explain each other, a running month said to be partial, CSV that Russian Excel opens."""

import csv
import io

import pytest
from django.urls import reverse

from monitoring.dashboards.exports import Table, table_csv
from monitoring.dashboards.forms import DashboardFilterForm

URL = reverse("dashboards:index")


@pytest.mark.now("2026-12-07 12:00")
def test_the_unfiltered_selector_says_this_month(client, head):
    client.force_login(head)
    content = client.get(URL).content.decode()
    assert '<option value="month" selected>' in content
    assert 'value="2026-12-07"' in content


@pytest.mark.now("2026-12-07 12:00")
def test_changing_the_office_from_the_opening_page_keeps_the_month(head, office):
    form = DashboardFilterForm(offices=None)
    # What the browser submits is what the unfiltered selector shows.
    assert (form["period"].value(), str(form["date"].value())) == ("month", "2026-12-07")
    submitted = {"office": office.slug, "period": form["period"].value(), "date": "2026-12-07"}
    period = DashboardFilterForm(submitted).chosen_period()
    assert (period.kind, period.first.isoformat()) == ("month", "2026-12-01")


@pytest.mark.now("2026-12-07 12:00")
def test_a_running_month_is_labelled_partial(client, head):
    client.force_login(head)
    content = client.get(URL).content.decode()
    assert "(период ещё не закончился)" in content
    assert "показатели по 7 декабря" in content
    assert "со всем периодом «ноябрь 2026»" in content


@pytest.mark.now("2026-12-07 12:00")
@pytest.mark.parametrize(
    ("path", "heading", "title"),
    [
        (URL, "все офисы, ноябрь 2026</h1>", "<title>Ноябрь 2026 |"),
        ("/en" + URL, "all offices, November 2026</h1>", "<title>November 2026 |"),
    ],
)
def test_the_heading_names_the_month_as_the_language_writes_it_within_a_phrase(
    client, head, path, heading, title
):
    """Russian writes «декабрь 2026» in lower case within a phrase (the nominative, not
    Django's calendar heading «Декабрь»), and capitalises it only where it starts the
    title; English capitalises month names everywhere."""
    client.force_login(head)
    content = client.get(path, {"period": "month", "date": "2026-11-01"}).content.decode()
    assert heading in content
    assert title in content


@pytest.mark.now("2026-12-07 12:00")
def test_a_finished_month_is_not_labelled_partial(client, head):
    client.force_login(head)
    content = client.get(URL, {"period": "month", "date": "2026-11-01"}).content.decode()
    assert "ещё не закончился" not in content


@pytest.mark.now("2026-12-07 12:00")
def test_the_page_says_how_the_response_rate_is_counted(client, head):
    client.force_login(head)
    content = client.get(URL).content.decode()
    assert "Доля ответивших: приглашения периода, на которые ответили" in content
    assert "Получено ответов" in content


TABLE = Table("t", "Таблица", ["Показатель", "Значение"], [["Доля, %", 58.5], ["Ответы", 3]])


def test_the_russian_csv_is_excels_dialect():
    text = table_csv(TABLE, excel_ru=True).decode("utf-8")
    assert text.startswith("\ufeff")
    assert text.splitlines()[1:] == ["Доля, %;58,5", "Ответы;3"]
    header, *_rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")
    assert header == ["Показатель", "Значение"]


def test_the_export_speaks_the_pages_language(client, head):
    client.force_login(head)
    russian = client.get(reverse("dashboards:export", args=["summary", "csv"]))
    english = client.get("/en" + reverse("dashboards:export", args=["summary", "csv"]))
    assert ";" in russian.content.decode("utf-8-sig").splitlines()[0]
    assert ";" not in english.content.decode("utf-8-sig").splitlines()[0]


def test_excel_comes_first_among_the_downloads(client, head):
    client.force_login(head)
    content = client.get(URL).content.decode()
    downloads = content[content.index('class="dash-downloads"') :]
    assert downloads.index(".xlsx") < downloads.index(".csv")
