"""Who prepared and who approved a period report, as its PDF, its DOCX and its public page
print them: «УТВЕРЖДАЮ» with the approver's position, name and the date of approval, and
the author's block («Исполнитель»). The names are the ones of the day of approval, and
a login is never printed: an account without a full name is named by its position."""

import io
import re
from datetime import date

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from docx import Document as Docx
from pypdf import PdfReader

from infopoint import roles
from monitoring import document, services
from monitoring.models import PeriodReport
from monitoring.outputs.docx import render_docx
from monitoring.outputs.pdf import render_pdf
from tests.conftest import _staff
from tests.monitoring.conftest import write

pytestmark = pytest.mark.now("2026-12-10 12:00")


def _named(user, first, last):
    user.first_name, user.last_name = first, last
    user.save(update_fields=["first_name", "last_name"])
    return user


@pytest.fixture
def author(office):
    return _named(_staff("evolkova", roles.HEAD, [office]), "Елена", "Волкова")


@pytest.fixture
def approver(office):
    return _named(_staff("isokolov", roles.HEAD, [office]), "Игорь", "Соколов")


def _report(author, office, *, language="ru"):
    report = services.report_start(
        user=author, kind="month", first_day=date(2026, 11, 1), office=office, language=language
    )
    return write(report, author)


def _approved(author, approver, office, *, language="ru"):
    report = _report(author, office, language=language)
    services.report_submit(user=author, report=report)
    return services.report_approve(user=approver, report=report)


def _published(author, approver, office, *, language="ru"):
    report = _approved(author, approver, office, language=language)
    return services.report_publish(user=approver, report=report)


def _words(text):
    return re.sub(r"\s+", " ", text)


def _title_page(report):
    return _words(PdfReader(io.BytesIO(render_pdf(report))).pages[0].extract_text())


def _docx_text(report):
    return _words(" ".join(p.text for p in Docx(io.BytesIO(render_docx(report))).paragraphs))


def test_approving_keeps_the_names_and_positions_in_the_reports_language(
    db, office, author, approver, admin_user
):
    russian = _approved(author, approver, office)
    english = _approved(author, admin_user, office, language="en")

    assert (russian.author_name, russian.author_position) == ("Елена Волкова", "Начальник отдела")
    assert (russian.approver_name, russian.approver_position) == (
        "Игорь Соколов",
        "Начальник отдела",
    )
    assert (english.author_name, english.author_position) == (
        "Елена Волкова",
        "Head of department",
    )
    assert (english.approver_name, english.approver_position) == ("Мария Иванова", "Administrator")


def test_an_approver_of_no_role_is_named_a_staff_member(db, office, author):
    """The right to approve given to one account, outside the roles."""
    from django.contrib.auth.models import Permission

    approver = _named(_staff("pkozlov", None), "Пётр", "Козлов")
    approver.user_permissions.add(Permission.objects.get(codename="approve_periodreport"))

    report = _approved(author, approver, office)

    assert (report.approver_name, report.approver_position) == ("Пётр Козлов", "Сотрудник отдела")


def test_the_pdf_title_page_carries_the_approval_above_the_title_and_the_author_below(
    db, office, author, approver
):
    report = _approved(author, approver, office)

    page = _title_page(report)

    approval = "УТВЕРЖДАЮ Начальник отдела Игорь Соколов 10 декабря 2026 г."
    prepared = "Исполнитель Начальник отдела Елена Волкова"
    assert approval in page and prepared in page
    assert page.index(approval) < page.index(report.title) < page.index(prepared)
    assert "Утверждён" not in page  # the approval says it, once


def test_an_english_report_is_approved_in_english(db, office, author, approver):
    _named(approver, "Igor", "Sokolov")
    report = _approved(author, approver, office, language="en")

    page = _title_page(report)
    docx = _docx_text(report)

    for text in (page, docx):
        assert "APPROVED Head of department Igor Sokolov 10 December 2026" in text
        assert "Prepared by Head of department Елена Волкова" in text


def test_the_docx_carries_the_approval_at_the_right_and_the_author(db, office, author, approver):
    report = _approved(author, approver, office)
    paragraphs = Docx(io.BytesIO(render_docx(report))).paragraphs
    texts = [p.text.strip() for p in paragraphs]  # the title page ends with a page break

    approval = texts.index("УТВЕРЖДАЮ\nНачальник отдела\nИгорь Соколов\n10 декабря 2026 г.")
    prepared = texts.index("Исполнитель\nНачальник отдела\nЕлена Волкова")

    title = texts.index(report.title)
    assert approval < title < prepared
    assert paragraphs[approval].paragraph_format.left_indent > 0
    assert paragraphs[approval].runs[0].bold


def test_the_public_page_names_who_approved_and_who_prepared_the_report(
    client, db, office, author, approver
):
    report = _published(author, approver, office)

    page = client.get(reverse("monitoring:public_report", args=[report.pk])).content.decode()

    approval = page.index('<div class="signature signature-approval">')
    assert page.index("УТВЕРЖДАЮ") > approval
    assert page.index("Игорь Соколов") < page.index("<h1>") < page.index("Исполнитель")
    assert "Елена Волкова" in page and "10 декабря 2026 г." in page


def test_the_english_site_shows_a_russian_report_signed_in_russian(
    client, db, office, author, approver
):
    report = _published(author, approver, office)

    page = client.get(f"/en/transparency/reports/{report.pk}/").content.decode()

    assert "УТВЕРЖДАЮ" in page and "Начальник отдела" in page
    assert "APPROVED" not in page and "Head of department" not in page


@pytest.mark.parametrize("language", ["ru", "en"])
def test_an_account_without_a_full_name_is_named_by_its_position_never_its_login(
    client, db, office, author, approver, language
):
    """A published report is public: a login is an account's, not a person's, and helps
    whoever guesses at passwords."""
    _named(author, "", "")
    _named(approver, "", " ")
    report = _published(author, approver, office, language=language)
    position = {"ru": "Начальник отдела", "en": "Head of department"}[language]
    heading = {"ru": "УТВЕРЖДАЮ", "en": "APPROVED"}[language]

    outputs = {
        "pdf": _title_page(report),
        "docx": _docx_text(report),
        "page": client.get(reverse("monitoring:public_report", args=[report.pk])).content.decode(),
    }

    for name, text in outputs.items():
        assert "evolkova" not in text and "isokolov" not in text, name
        assert text.count(position) == 2, name
        assert heading in text, name
    assert report.approver_name == report.author_name == ""


def test_a_renamed_account_does_not_change_an_approved_report(db, office, author, approver):
    report = _approved(author, approver, office)
    _named(approver, "Игорь", "Петров")
    approver.groups.clear()
    approver.is_superuser = True
    approver.save()
    _named(author, "Елена", "Смирнова")

    report.refresh_from_db()
    doc = document.build(report)

    assert (doc.approval.position, doc.approval.name) == ("Начальник отдела", "Игорь Соколов")
    assert (doc.prepared.position, doc.prepared.name) == ("Начальник отдела", "Елена Волкова")
    assert "Игорь Соколов" in _title_page(report)


@pytest.mark.parametrize(
    ("submit", "status"),
    [(False, "Черновик"), (True, "На утверждении")],
    ids=["draft", "submitted"],
)
def test_a_report_not_yet_approved_says_so_and_names_no_signatory(
    db, office, author, submit, status
):
    report = _report(author, office)
    if submit:
        report = services.report_submit(user=author, report=report)

    page = _title_page(report)
    docx = _docx_text(report)

    for text in (page, docx):
        assert status in text
        assert "УТВЕРЖДАЮ" not in text and "Исполнитель" not in text
    doc = document.build(report)
    assert doc.approval is None and doc.prepared is None


def test_the_database_refuses_an_approved_report_without_its_signatories(
    db, office, author, approver
):
    report = _approved(author, approver, office)

    with pytest.raises(IntegrityError), transaction.atomic():
        PeriodReport.objects.filter(pk=report.pk).update(approver_position="")


def test_a_file_kept_before_the_approval_block_is_rendered_anew(
    client, db, office, author, approver
):
    """Published files are kept in the cache for ever: one rendered before this layout
    would go on being served without the approval block."""
    from django.core.cache import cache

    report = _published(author, approver, office)
    kept_before = f"monitoring:report:{report.pk}:{report.published_at.timestamp()}:docx"
    cache.set(kept_before, b"the file as rendered before", timeout=None)

    response = client.get(reverse("monitoring:public_report_file", args=[report.pk, "docx"]))

    assert response.content.startswith(b"PK")
    assert "УТВЕРЖДАЮ" in _words(
        " ".join(p.text for p in Docx(io.BytesIO(response.content)).paragraphs)
    )


@pytest.mark.parametrize("prefix", ["", "/en"], ids=["ru", "en"])
def test_the_back_office_names_the_signatories_of_an_approved_report_as_signed(
    client, db, office, author, approver, head, prefix
):
    """Renamed after the approval, both accounts keep the names the document was signed
    with on the report's page and in the list, as in its PDF, DOCX and public page; the
    blocks speak the report's language, whatever the reader's."""
    english = _approved(author, approver, office, language="en")
    russian = _approved(author, approver, office)
    _named(approver, "Игорь", "Петров")
    _named(author, "Елена", "Смирнова")
    client.force_login(head)
    urls = {report.language: prefix + report.get_absolute_url() for report in (russian, english)}

    listing = client.get(prefix + reverse("monitoring:reports")).content.decode()
    pages = {language: client.get(url).content.decode() for language, url in urls.items()}

    # The list of versions names the accounts that saved them, as they are named now.
    signed = [page[: page.index('class="report-versions"')] for page in pages.values()]
    for text in (listing, *signed):
        assert "Петров" not in text and "Смирнова" not in text
    assert listing.count("Елена Волкова") == 2
    headings = {"ru": ("УТВЕРЖДАЮ", "Исполнитель"), "en": ("APPROVED", "Prepared by")}
    for language, page in pages.items():
        meta = page[page.index('class="report-meta"') : page.index('class="report-downloads"')]
        assert "Елена Волкова" in meta and "Игорь Соколов" in meta
        approval = page.index('class="signature signature-approval"')
        prepared = page.index('class="signature signature-prepared"')
        heading, by = headings[language]
        assert approval < page.index(heading, approval) < page.index("Игорь Соколов", approval)
        assert prepared < page.index(by, prepared) < page.index("Елена Волкова", prepared)


def test_an_account_without_a_name_is_named_by_its_position_in_the_back_office_too(
    client, db, office, author, approver, head
):
    _named(author, "", "")
    report = _approved(author, approver, office)
    _named(author, "Елена", "Смирнова")
    client.force_login(head)

    page = client.get(report.get_absolute_url()).content.decode()
    page = page[: page.index('class="report-versions"')]
    listing = client.get(reverse("monitoring:reports")).content.decode()

    assert "Смирнова" not in page and "evolkova" not in page
    assert "<strong>Автор:</strong> Начальник отдела" in page
    assert "Смирнова" not in listing and "Начальник отдела" in listing


def test_until_the_approval_the_back_office_names_the_author_as_the_account_is_named_now(
    client, db, office, author, approver, head
):
    report = services.report_submit(user=author, report=_report(author, office))
    _named(author, "Елена", "Смирнова")
    client.force_login(head)

    page = client.get(report.get_absolute_url()).content.decode()

    assert "Елена Смирнова" in page and "Елена Волкова" not in page
    assert "УТВЕРЖДАЮ" not in page and "Утвердил" not in page
