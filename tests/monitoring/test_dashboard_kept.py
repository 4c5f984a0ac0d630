"""A past month's dashboard sections kept per process (monitoring/dashboards/page.py):
the page is the same as a fresh render, and whatever a kept section shows — a recomputed
summary, a renamed partner, topic or office — shows on the next request; the figures of
now, the current month and the report form's CSRF token are never kept."""

import re

import pytest
from django.core.management import call_command
from django.db.models import F
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from desk.models import Case
from desk.services.cases import case_change_status
from feedback.models import ImprovementAction
from manual.models import Article, Topic
from monitoring.dashboards import monthly, page
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


def _kept_markup():
    kept = [value for value, _size in page._store.entries.values()]
    return [markup for month in kept for markup in month.sections.values()]


def _without_tokens(text):
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)
    return re.sub(r'nonce="[^"]+"', "", text)


def test_a_kept_month_renders_the_same_page_as_a_fresh_one(client, head, office, month):
    client.force_login(head)

    fresh = _page(client, month, office)
    kept = _page(client, month, office)
    page.forget_kept_months()
    again = _page(client, month, office)

    assert len(page._store.entries) == 1
    assert _without_tokens(kept.text) == _without_tokens(fresh.text)
    assert _without_tokens(again.text) == _without_tokens(fresh.text)
    assert "Торговая палата" in kept.text
    assert "Регистрация" in kept.text


def test_a_month_recomputed_after_a_case_changed_shows_the_change_on_the_next_request(
    client, head, office, officer, month
):
    client.force_login(head)
    _page(client, month, office, "en")
    assert ">closed<" not in _page(client, month, office, "en").text

    case = Case.objects.filter(office=office).order_by("opened_at").first()
    case_change_status(case=case, to_status="closed", user=officer)
    response = _page(client, month, office, "en")

    assert ">closed<" in response.text
    assert response.context["board"].statuses.labels == ["resolved", "closed"]


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


def test_a_renamed_partner_shows_although_no_desk_table_changed(client, head, office, month):
    """Partners are not in the `desk` change count: their names are read on every hit."""
    client.force_login(head)
    _page(client, month, office)
    _page(client, month, office)

    Organisation.objects.filter(slug="chamber").update(name="Палата предпринимателей")

    assert "Палата предпринимателей" in _page(client, month, office).text


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
    request, although the manual's section is kept (monitoring/dashboards/manual_now.py)."""
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


def test_the_current_month_is_never_kept(client, head, office, officer):
    client.force_login(head)
    params = {"period": "month", "date": local_today().isoformat(), "office": office.slug}
    client.get(reverse("dashboards:index"), params)

    dashboard_data.make_case(office=office, opened_at=timezone.now(), officer=officer)
    response = client.get(reverse("dashboards:index"), params)

    assert response.context["board"].summary.total.current == 1
    assert not page._store.entries


def test_the_languages_are_kept_apart(client, head, office, month):
    client.force_login(head)

    russian = _page(client, month, office, "ru")
    english = _page(client, month, office, "en")
    english_again = _page(client, month, office, "en")

    assert len(page._store.entries) == 2
    assert "Sign-up" in english_again.text
    assert "Sign-up" not in russian.text
    assert _without_tokens(english_again.text) == _without_tokens(english.text)


def test_no_csrf_token_is_kept_and_each_page_carries_its_visitors_own(
    head, office, month, django_user_model
):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(head)
    second.force_login(head)
    _page(first, month, office)
    response = _page(second, month, office)  # served from the kept sections

    assert not any("csrfmiddlewaretoken" in markup for markup in _kept_markup())
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)
    # The token is the second visitor's: the report is accepted (400 for the NUL in the
    # narrative, not 403 for the token).
    refused = second.post(
        reverse("dashboards:report"),
        {"period": "month", "date": month.isoformat(), "narrative": "a\x00b"},
        HTTP_X_CSRFTOKEN=token,
    )
    assert refused.status_code == 400


def test_with_a_replica_the_desk_count_is_not_trusted(client, head, office, month, monkeypatch):
    """The count is read on the primary; figures read from a lagging replica must not be
    kept under it."""
    seen = []
    fresh_months = monthly.fresh_months

    def spy(**kwargs):
        seen.append(kwargs["desk_changes"])
        return fresh_months(**kwargs)

    monkeypatch.setattr(page, "replica_alias", lambda: "replica")
    monkeypatch.setattr(monthly, "fresh_months", spy)
    client.force_login(head)

    _page(client, month, office)

    assert seen == [None]
