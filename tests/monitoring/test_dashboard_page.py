"""A past month's dashboard page, read from the stored monthly summaries: whatever it
shows — a case changed since, a recomputed summary, a renamed partner, topic or office,
the figures of now — shows on the next request, and the page itself writes nothing."""

import re

import pytest
from django.core.management import call_command
from django.db.models import F
from django.utils import timezone

from desk.models import Case
from desk.services.cases import case_change_status
from feedback.models import ImprovementAction
from manual.models import Article, Topic
from monitoring.dashboards import monthly
from monitoring.dashboards.periods import local_today
from monitoring.models import DashboardMonth, ManualMonth
from stakeholders.models import Organisation
from tests import factories
from tests.monitoring import dashboard_data


@pytest.fixture
def month(office, officer):
    """Two months ago: three cases with a topic, a referral and a commented answer each,
    stored by the nightly refresh more than the safety margin ago."""
    month = monthly.past_months(2)[0]
    topic = Topic.objects.create(slug="registration", title="Регистрация", title_en="Sign-up")
    partner = Organisation.objects.create(
        slug="chamber", name="Торговая палата", kind="chamber", level="regional"
    )
    dashboard_data.make_days_of_work(
        month,
        office=office,
        officer=officer,
        topic=topic,
        partner=partner,
        days=3,
        comment="Всё объяснили {day}",
    )
    Case.objects.update(updated_at=F("opened_at"))
    call_command("refresh_dashboard_months", months=13)
    DashboardMonth.objects.update(computed_at=F("computed_at") - 2 * monthly.MARGIN)
    return month


def _page(client, month, office, language="ru"):
    # Russian is the default language, without a prefix.
    response = client.get(
        "/en/admin/dashboard/" if language == "en" else "/admin/dashboard/",
        {"period": "month", "date": month.isoformat(), "office": office.slug},
    )
    assert response.status_code == 200
    return response


def test_a_case_changed_after_its_month_was_stored_shows_on_the_next_request(
    client, head, office, officer, month
):
    client.force_login(head)
    assert ">closed<" not in _page(client, month, office, "en").text

    case = Case.objects.filter(office=office).order_by("opened_at").first()
    case_change_status(case=case, to_status="closed", user=officer)
    response = _page(client, month, office, "en")

    assert ">closed<" in response.text
    assert response.context["board"].statuses.labels == ["resolved", "closed"]


def _writes(captured):
    return [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


def test_a_page_never_writes_the_summaries_it_finds_stale_or_missing(
    client, head, office, officer, month, django_assert_max_num_queries
):
    """The month is computed live from the rows; the task worker and the nightly job
    store it (`manage.py daily`), never a GET."""
    client.force_login(head)
    _page(client, month, office)  # the session's first write is not the page's
    case = Case.objects.filter(office=office).order_by("opened_at").first()
    case_change_status(case=case, to_status="closed", user=officer)
    stored = DashboardMonth.objects.get(office=office, month=month)
    ManualMonth.objects.filter(month=month).delete()
    other = monthly.past_months(1)[0]
    DashboardMonth.objects.filter(month=other).delete()

    with django_assert_max_num_queries(100) as captured:
        stale = _page(client, month, office)
        missing = _page(client, other, office)

    assert stale.context["board"].statuses.current == [2, 1]
    assert missing.status_code == 200
    assert _writes(captured) == []
    assert DashboardMonth.objects.get(pk=stored.pk).computed_at == stored.computed_at
    assert not DashboardMonth.objects.filter(month=other).exists()
    assert not ManualMonth.objects.filter(month=month).exists()


def test_a_month_recomputed_elsewhere_shows_its_new_figures_on_the_next_request(
    client, head, office, month
):
    """The nightly refresh or another process stores new figures: no desk write, only a
    new `computed_at`."""
    client.force_login(head)
    _page(client, month, office)
    assert _page(client, month, office).context["board"].summary.total.current == 3

    stored = DashboardMonth.objects.get(office=office, month=month)
    stored.figures["cases"]["total"] = 4321
    stored.computed_at = timezone.now() - 2 * monthly.MARGIN
    stored.save(update_fields=["figures", "computed_at"])
    response = _page(client, month, office)

    assert response.context["board"].summary.total.current == 4321
    assert "4 321" in response.text or "4321" in response.text


def test_a_renamed_partner_topic_or_office_shows_on_the_next_request(client, head, office, month):
    client.force_login(head)
    _page(client, month, office)

    Organisation.objects.filter(slug="chamber").update(name="Палата предпринимателей")
    Topic.objects.filter(slug="registration").update(title="Регистрация бизнеса")
    office.name = "Офис на Ленинском"
    office.save(update_fields=["name"])
    response = _page(client, month, office)

    assert "Палата предпринимателей" in response.text
    assert "Торговая палата" not in response.text
    assert "Регистрация бизнеса" in response.text
    assert 'value="office-a" selected>Офис на Ленинском</option>' in response.text


def test_the_figures_of_now_are_read_on_every_request(client, head, office, officer, month):
    client.force_login(head)
    before = _page(client, month, office)
    assert _page(client, month, office).context["board"].summary.open_now == 0

    dashboard_data.make_case(office=office, opened_at=timezone.now(), officer=officer)
    ImprovementAction.objects.create(title="Очередь у входа", office_id=office.pk)
    last_day = monthly.month_period(month).last
    dashboard_data.make_answer(
        case=Case.objects.filter(office=office).first(),
        office=office,
        # Answered a day after the invitation: on the month's last day.
        created_at=dashboard_data.at(last_day.day - 1, month.month, 18, year=month.year),
        csat=5,
        nps=9,
        improve="Больше окон приёма",
    )
    after = _page(client, month, office)

    assert after.context["board"].summary.open_now == 1
    assert after.context["board"].improvements.open_now == 1
    assert "Больше окон приёма" in after.text
    assert "Больше окон приёма" not in before.text


def _manual_figures(client, month, office):
    """The manual's table on the English page: {figure: this period}."""
    text = _page(client, month, office, "en").text
    table = text[text.index('id="table-manual"') :]
    table = table[: table.index("</table>")]
    rows = re.findall(r'<th scope="row">([^<]+)</th><td>([^<]+)</td>', table)
    return dict(rows)


def test_the_manual_articles_are_read_again_whenever_they_change(client, head, office, month):
    """Views counted, an article reviewed, an article published: each shows on the next
    request."""
    article = factories.published_article(slug="due")
    Article.objects.filter(pk=article.pk).update(last_reviewed=None)
    client.force_login(head)
    _manual_figures(client, month, office)
    shown = _manual_figures(client, month, office)
    assert shown["Published articles"] == "1"
    assert shown["Views since publication"] == "0"
    assert shown["Articles due for review"] == "1"

    # As `count_view` adds the views it counted.
    Article.objects.filter(pk=article.pk).update(view_count=F("view_count") + 7)
    assert _manual_figures(client, month, office)["Views since publication"] == "7"
    Article.objects.filter(pk=article.pk).update(last_reviewed=local_today())
    assert _manual_figures(client, month, office)["Articles due for review"] == "0"
    factories.published_article(slug="new")
    assert _manual_figures(client, month, office)["Published articles"] == "2"


def test_a_manual_month_recomputed_shows_its_new_searches_on_the_next_request(
    client, head, office, month
):
    client.force_login(head)
    _manual_figures(client, month, office)
    assert _manual_figures(client, month, office)["Searches"] == "0"

    stored = ManualMonth.objects.get(month=month)
    stored.figures["searches"] = 4321
    stored.computed_at = timezone.now()
    stored.save(update_fields=["figures", "computed_at"])

    assert _manual_figures(client, month, office)["Searches"] == "4321"


def test_each_language_shows_its_own_names(client, head, office, month):
    client.force_login(head)

    russian = _page(client, month, office, "ru")
    english = _page(client, month, office, "en")

    assert "Sign-up" in english.text
    assert "Sign-up" not in russian.text


def test_the_download_links_and_the_charts_data_speak_the_pages_language(
    client, head, office, month
):
    client.force_login(head)

    russian = _page(client, month, office, "ru").text
    english = _page(client, month, office, "en").text

    assert "Скачать:" in russian and "CSV (Excel, «;»)" in russian
    assert "<summary>Данные диаграммы" in russian
    assert "Download:" not in russian and "Data behind the chart" not in russian
    assert "Download:" in english and "<summary>Data behind the chart" in english
