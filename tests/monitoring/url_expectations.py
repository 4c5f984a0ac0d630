from datetime import date

from monitoring import services
from tests.url_expectations import HEADS, HEADS_POST, POST_ONLY, PUBLIC, Expect


def build(world):
    draft = services.report_start(
        user=world.head, kind="year", first_day=date(2025, 1, 1), office=None, language="ru"
    )
    published = services.report_start(
        user=world.head, kind="month", first_day=date(2025, 11, 1), office=None, language="ru"
    )
    published = services.report_save(
        user=world.head,
        report=published,
        version=published.version,
        title=published.title,
        findings="Выводы.",
        recommendations="Рекомендации.",
    )
    services.report_submit(user=world.head, report=published)
    services.report_approve(user=world.admin, report=published)
    services.report_publish(user=world.admin, report=published)
    world.draft_report, world.published_report = draft, published


def _draft(world):
    return {"pk": world.draft_report.pk}


def _published(world):
    return {"pk": world.published_report.pk}


# Period reports (tests/monitoring/test_reports.py): heads and administrators in the
# back-office; a published report is public, a draft is not found by the public URLs.
EXPECTATIONS = {
    "monitoring:reports": Expect(HEADS),
    "monitoring:report_start": Expect(POST_ONLY, post=HEADS_POST),
    "monitoring:report": Expect(HEADS, kwargs=_draft),
    "monitoring:report_save": Expect(POST_ONLY, kwargs=_draft, post=HEADS_POST),
    "monitoring:report_transition": Expect(
        POST_ONLY,
        kwargs=lambda w: {"pk": w.draft_report.pk, "action": "submit"},
        post=HEADS_POST,
    ),
    "monitoring:report_file": Expect(HEADS, kwargs=lambda w: {**_draft(w), "fmt": "docx"}),
    "monitoring:public_report": Expect(PUBLIC, kwargs=_published),
    "monitoring:public_report_file": Expect(
        PUBLIC, kwargs=lambda w: {**_published(w), "fmt": "docx"}
    ),
    # The service regulation and its PDF (tests/monitoring/test_regulation.py).
    "monitoring:regulation": Expect(PUBLIC),
    "monitoring:regulation_pdf": Expect(PUBLIC),
    # The public transparency page, with the published reports.
    "transparency": Expect(PUBLIC),
}
