"""Period reports as records: figures from the dashboard's own functions, a narrative kept
in versions with optimistic locking, and submit → approve (never by the author) →
publish, after which the figures are frozen."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from monitoring import document, services
from monitoring.dashboards.board import dashboard_figures
from monitoring.dashboards.periods import MONTH, Period
from monitoring.models import PeriodReport
from monitoring.selectors import report_figures
from tests.monitoring import dashboard_data
from tests.monitoring.conftest import start_november, write

NOVEMBER = Period.containing(MONTH, date(2026, 11, 1))
pytestmark = pytest.mark.now("2026-12-10 12:00")


def tables_of(figures):
    return {table["key"]: table for section in figures["sections"] for table in section["tables"]}


@pytest.mark.parametrize("scope", ["office", "all"])
def test_a_reports_figures_equal_the_dashboards_for_the_same_period_and_office(
    data, office, scope
):
    chosen = office if scope == "office" else None
    with translation.override("ru"):
        report = tables_of(report_figures(period=NOVEMBER, office=chosen))
        board = dashboard_figures(period=NOVEMBER, office=chosen, comments=False)
    dashboard = {table.key: table for table in board.tables()}

    for key in ["channels", "topics", "entrepreneurs", "referrals", "satisfaction", "csat"]:
        assert report[key]["rows"] == [list(row) for row in dashboard[key].rows], key
        assert report[key]["columns"] == [str(column) for column in dashboard[key].columns]
    # The key figures without "open now" and "overdue now": a report speaks of its period.
    assert report["summary"]["rows"] == [list(row) for row in dashboard["summary"].rows[:-2]]
    now_rows = [str(row[0]) for row in dashboard["summary"].rows[-2:]]
    assert not {str(row[0]) for row in report["summary"]["rows"]} & set(now_rows)
    assert report["zero_result_searches"]["rows"] == [
        list(row) for row in dashboard["zero_result_searches"].rows
    ]


def test_the_walk_in_times_are_medians_of_the_periods_walk_ins(data, office):
    with translation.override("en"):
        table = tables_of(report_figures(period=NOVEMBER, office=office))["walk_ins"]

    assert table["rows"][0] == ["Walk-in consultations", 2]


def test_only_comments_whose_authors_agreed_are_quoted(data, office):
    from feedback.models import Response

    answers = Response.objects.filter(invitation__office_id=office.pk).exclude(
        what_was_good="", what_to_improve=""
    )
    assert answers.exists()
    agreed = answers.order_by("pk").first()
    Response.objects.filter(pk=agreed.pk).update(may_quote=True)

    with translation.override("ru"):
        quotes = tables_of(report_figures(period=NOVEMBER, office=office))["quotes"]["rows"]

    texts = [row[2] or row[3] for row in quotes]
    assert len(quotes) == int(agreed.created_at >= NOVEMBER.start)
    assert all(text in (agreed.what_was_good, agreed.what_to_improve) for text in texts)


def test_after_approval_a_new_case_in_the_period_does_not_change_the_report(
    data, office, head, second_head
):
    report = write(start_november(head, office), head)
    before = tables_of(document.figures_of(report))["channels"]["rows"]
    services.report_submit(user=head, report=report)
    services.report_approve(user=second_head, report=report)

    dashboard_data.make_case(
        office=office, opened_at=dashboard_data.at(25, 11, 10), channel="phone"
    )

    report.refresh_from_db()
    assert tables_of(document.figures_of(report))["channels"]["rows"] == before
    fresh = report_figures(period=NOVEMBER, office=office)
    assert tables_of(fresh)["channels"]["rows"] != before


def test_a_draft_shows_the_figures_as_they_are_now(data, office, head):
    report = start_november(head, office)
    before = tables_of(document.figures_of(report))["channels"]["rows"]

    dashboard_data.make_case(
        office=office, opened_at=dashboard_data.at(25, 11, 10), channel="phone"
    )

    assert tables_of(document.figures_of(report))["channels"]["rows"] != before


def test_starting_a_report_takes_the_whole_calendar_period(db, office, head):
    report = services.report_start(
        user=head, kind="quarter", first_day=date(2026, 11, 17), office=office, language="ru"
    )

    assert report.first_day == date(2026, 10, 1)
    assert report.title == "Отчёт информационного пункта: 4 кв. 2026, Офис А"
    assert report.versions.count() == 1


def test_saving_from_an_old_version_is_refused_and_keeps_the_other_text(db, office, head):
    report = start_november(head, office)
    first_form_version = report.version
    write(report, head, findings="Текст коллеги.")

    with pytest.raises(ValidationError) as refused:
        services.report_save(
            user=head,
            report=report,
            version=first_form_version,
            title=report.title,
            findings="Мой текст.",
            recommendations="",
        )

    assert refused.value.code == "stale_version"
    report.refresh_from_db()
    assert report.findings == "Текст коллеги."
    assert list(report.versions.values_list("number", flat=True)) == [2, 1]


def test_a_report_without_narrative_cannot_be_submitted(db, office, head):
    report = start_november(head, office)

    with pytest.raises(ValidationError) as refused:
        services.report_submit(user=head, report=report)

    assert refused.value.code == "narrative_missing"


def test_the_author_cannot_approve_their_own_report(db, office, head):
    report = write(start_november(head, office), head)
    services.report_submit(user=head, report=report)

    with pytest.raises(ValidationError) as refused:
        services.report_approve(user=head, report=report)

    assert refused.value.code == "own_report"


def test_a_head_who_wrote_the_text_cannot_approve_it_either(db, office, head, second_head):
    """Four eyes: the approver reads a text someone else wrote. A head who saved the
    narrative of another head's draft would otherwise approve (and publish) their own
    words."""
    report = write(start_november(head, office), second_head, findings="Мой текст.")
    services.report_submit(user=second_head, report=report)

    with pytest.raises(ValidationError) as refused:
        services.report_approve(user=second_head, report=report)

    assert refused.value.code == "own_report"
    report.refresh_from_db()
    assert report.status == "submitted"


def test_the_database_refuses_an_approval_by_the_author(db, office, head):
    report = write(start_november(head, office), head)
    services.report_submit(user=head, report=report)

    with pytest.raises(IntegrityError), transaction.atomic():
        PeriodReport.objects.filter(pk=report.pk).update(status="approved", approved_by=head)


def test_a_report_is_published_only_once_approved(db, office, head, admin_user):
    report = write(start_november(head, office), head)
    services.report_submit(user=head, report=report)

    with pytest.raises(ValidationError):
        services.report_publish(user=head, report=report)
    services.report_approve(user=admin_user, report=report)
    published = services.report_publish(user=head, report=report)

    assert published.status == "published" and published.published_at is not None


def test_officers_and_editors_cannot_start_or_approve_reports(db, office, head, officer, editor):
    report = write(start_november(head, office), head)
    services.report_submit(user=head, report=report)

    for user in (officer, editor):
        with pytest.raises(PermissionDenied):
            start_november(user, office)
        with pytest.raises(PermissionDenied):
            services.report_approve(user=user, report=report)


def test_an_approver_can_return_a_report_to_its_author(db, office, head, second_head):
    report = write(start_november(head, office), head)
    services.report_submit(user=head, report=report)

    returned = services.report_return(user=second_head, report=report)

    assert returned.status == "draft" and returned.figures is None


def test_the_history_records_each_transition(db, office, head, second_head):
    report = write(start_november(head, office), head)
    services.report_submit(user=head, report=report)
    services.report_approve(user=second_head, report=report)

    statuses = list(report.history.order_by("pgh_id").values_list("status", flat=True))
    assert statuses[-2:] == ["submitted", "approved"]


# Views


def test_a_head_starts_a_report_from_the_list(client, db, office, head):
    client.force_login(head)

    response = client.post(
        reverse("monitoring:report_start"),
        {"kind": "month", "day": "2026-11-03", "office": office.pk, "language": "ru"},
    )

    report = PeriodReport.objects.get()
    assert response.status_code == 302 and response.url == report.get_absolute_url()
    assert report.first_day == date(2026, 11, 1) and report.author == head


@pytest.mark.parametrize(
    ("data_", "message"),
    [
        ({"kind": "decade", "day": "2026-11-03", "language": "ru"}, "Выберите корректный"),
        ({"kind": "month", "day": "завтра", "language": "ru"}, "Введите дату"),
        ({"kind": "month", "day": "2027-03-01", "language": "ru"}, "который уже начался"),
        ({"kind": "month", "day": "2026-11-01", "language": "de"}, "Выберите корректный"),
    ],
)
def test_a_bad_start_form_is_answered_in_russian_without_a_report(
    client, db, head, data_, message
):
    client.force_login(head)

    response = client.post(reverse("monitoring:report_start"), data_)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PeriodReport.objects.exists()


def test_a_stale_save_is_answered_with_409_and_the_explanation(client, db, office, head):
    report = start_november(head, office)
    write(report, head)
    client.force_login(head)

    response = client.post(
        reverse("monitoring:report_save", args=[report.pk]),
        {"version": 1, "title": "Мой заголовок", "findings": "", "recommendations": ""},
    )

    assert response.status_code == 409
    assert "Кто-то другой сохранил этот отчёт" in response.content.decode()
    report.refresh_from_db()
    assert report.title != "Мой заголовок"


def test_the_detail_page_shows_the_numbered_sections_and_versions(client, db, office, head):
    report = write(start_november(head, office), head)
    client.force_login(head)

    response = client.get(report.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert "1.</span> Выводы" in page and "Версия 2" in page


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", "Отчёт (показатели на 10 декабря 2026 г.)"),
        ("/en", "The report (figures as of 10 December 2026)"),
    ],
)
def test_a_submitted_reports_heading_dates_its_figures_in_the_pages_language(
    client, db, office, head, prefix, expected
):
    report = services.report_submit(user=head, report=write(start_november(head, office), head))
    client.force_login(head)
    page = client.get(prefix + report.get_absolute_url()).content.decode()
    assert f"<h2>{expected}</h2>" in page


def test_the_report_page_draws_its_bars_without_an_inline_style_the_csp_refuses(
    client, data, office, head
):
    report = start_november(head, office)
    client.force_login(head)
    page = client.get(report.get_absolute_url()).content.decode()
    assert 'class="report-bar"' in page
    assert ' style="' not in page


def test_the_report_page_looks_like_the_back_office_and_sends_on_after_the_text(
    client, db, office, head
):
    head.first_name, head.last_name = "Елена", "Волкова"
    head.save()
    report = write(start_november(head, office), head)
    client.force_login(head)
    page = client.get(report.get_absolute_url()).content.decode()
    assert "admin/css/forms" in page  # the narrative's aligned fieldset is styled
    assert '<button type="submit" class="button default">' in page
    assert page.index("Сохранить новую версию") < page.index("Отправить на утверждение")
    assert "сохранил: Елена Волкова" in page


def test_a_head_cannot_approve_through_the_url_their_own_report(client, db, office, head):
    report = write(start_november(head, office), head)
    services.report_submit(user=head, report=report)
    client.force_login(head)

    client.post(reverse("monitoring:report_transition", args=[report.pk, "approve"]))

    report.refresh_from_db()
    assert report.status == "submitted"


def test_each_step_of_a_report_says_it_was_taken(
    client, db, office, head, second_head, admin_user
):
    from django.contrib.messages import get_messages

    report = write(start_november(head, office), head)

    def step(user, action):
        client.force_login(user)
        url = reverse("monitoring:report_transition", args=[report.pk, action])
        page = client.post(url, follow=True)  # the report's page shows the message
        return [str(message) for message in get_messages(page.wsgi_request)]

    assert step(head, "submit") == [
        "Отчёт отправлен на утверждение: его утвердит или вернёт другой руководитель."
    ]
    assert step(second_head, "return") == ["Отчёт возвращён автору на доработку."]
    step(head, "submit")
    assert step(second_head, "approve") == ["Отчёт утверждён: теперь его можно опубликовать."]
    assert step(admin_user, "publish") == ["Отчёт опубликован на сайте."]
    report.refresh_from_db()
    assert report.status == "published"


def test_an_officer_posting_a_transition_gets_403(client, db, office, head, officer):
    report = write(start_november(head, office), head)
    client.force_login(officer)

    response = client.post(reverse("monitoring:report_transition", args=[report.pk, "submit"]))

    assert response.status_code == 403
    report.refresh_from_db()
    assert report.status == "draft"


def test_an_unknown_transition_is_not_found(client, db, office, head):
    report = start_november(head, office)
    client.force_login(head)

    response = client.post(reverse("monitoring:report_transition", args=[report.pk, "delete"]))

    assert response.status_code == 404


def _published(head, approver, office, *, first_day, language="ru"):
    report = services.report_start(
        user=head, kind="month", first_day=first_day, office=office, language=language
    )
    report = write(report, head)
    services.report_submit(user=head, report=report)
    services.report_approve(user=approver, report=report)
    return services.report_publish(user=approver, report=report)


def test_the_transparency_page_lists_published_reports_newest_first(
    client, db, office, head, admin_user, clock
):
    clock.at("2026-11-05 10:00")
    october = _published(head, admin_user, office, first_day=date(2026, 10, 1))
    clock.shift(timedelta(days=30))
    november = _published(head, admin_user, office, first_day=date(2026, 11, 1))
    draft = start_november(head, office)

    page = client.get(reverse("transparency")).content.decode()

    assert page.index(november.title) < page.index(october.title)
    assert draft.get_absolute_url() not in page
    assert reverse("monitoring:public_report_file", args=[october.pk, "pdf"]) in page
    assert reverse("monitoring:public_report_file", args=[october.pk, "docx"]) in page


def test_the_english_page_says_a_report_exists_in_russian_only(
    client, db, office, head, admin_user
):
    report = _published(head, admin_user, office, first_day=date(2026, 11, 1))

    listing = client.get("/en/transparency/").content.decode()
    page = client.get(f"/en/transparency/reports/{report.pk}/").content.decode()

    assert "in Russian only" in listing
    assert "This report was written in Russian only." in page
    assert 'lang="ru"' in page and "Выводы" in page


def test_a_draft_is_not_found_at_the_public_address(client, db, office, head):
    report = start_november(head, office)

    assert client.get(reverse("monitoring:public_report", args=[report.pk])).status_code == 404
    url = reverse("monitoring:public_report_file", args=[report.pk, "pdf"])
    assert client.get(url).status_code == 404


def test_an_unknown_file_format_is_not_found(client, db, office, head, admin_user):
    report = _published(head, admin_user, office, first_day=date(2026, 11, 1))

    url = reverse("monitoring:public_report_file", args=[report.pk, "exe"])
    assert client.get(url).status_code == 404


def test_a_published_file_is_rendered_once_and_then_served_from_the_cache(
    client, db, office, head, admin_user, monkeypatch
):
    from monitoring import views

    report = _published(head, admin_user, office, first_day=date(2026, 11, 1))
    rendered = []
    real = views._render
    monkeypatch.setattr(views, "_render", lambda *a: rendered.append(a) or real(*a))
    url = reverse("monitoring:public_report_file", args=[report.pk, "docx"])

    first, second = client.get(url), client.get(url)

    assert len(rendered) == 1
    assert first.content == second.content and first.content.startswith(b"PK")
    assert "attachment" in second["Content-Disposition"]
