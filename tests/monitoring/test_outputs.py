"""The three outputs of one report: a tagged PDF whose text never leaves its page, and a
DOCX with the same tables."""

import io
import re

import pytest
from django.utils import translation
from docx import Document as Docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from weasyprint.formatting_structure import boxes

from monitoring import document, services
from monitoring.outputs.docx import column_widths, render_docx
from monitoring.outputs.pdf import render_document, render_pdf
from stakeholders.models import Organisation
from tests.monitoring import dashboard_data
from tests.monitoring.conftest import start_november, write

pytestmark = pytest.mark.now("2026-12-10 12:00")

LONG_WORD = "Межмуниципальныйинформационноконсультационныйцентрподдержкипредпринимательства"
LONG_NAME = (
    "Автономная некоммерческая организация «Центр поддержки экспорта и "
    "инвестиционного развития Калининградской области» " + LONG_WORD
)


@pytest.fixture
def report(data, office, head, admin_user):
    """November's approved report of office A, with names far longer than a column (the
    approver's too, printed in the narrow approval block of the title page)."""
    office.name = "Офис А — " + LONG_WORD
    office.save(update_fields=["name"])
    admin_user.first_name, admin_user.last_name = "Константин-Александр", LONG_WORD
    admin_user.save(update_fields=["first_name", "last_name"])
    partner = Organisation.objects.create(
        slug="long", name=LONG_NAME, kind="chamber", level="regional"
    )
    dashboard_data.make_referral(
        case=data.cases[0], organisation=partner, sent_at=dashboard_data.at(2, 11, 11)
    )
    report = write(
        start_november(head, office),
        head,
        findings="Первый абзац выводов.\n\nВторой абзац: " + LONG_WORD + ".",
        recommendations="Рекомендация: " + LONG_WORD,
    )
    services.report_submit(user=head, report=report)
    return services.report_approve(user=admin_user, report=report)


@pytest.fixture
def pdf(report):
    return PdfReader(io.BytesIO(render_pdf(report)))


def test_the_pdf_is_tagged_with_its_title_and_language(pdf, report):
    root = pdf.trailer["/Root"]

    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "ru"
    assert pdf.metadata.title == report.title


def test_the_pdf_text_is_extracted_in_reading_order(pdf):
    contents = pdf.pages[1].extract_text()
    # Justified lines are extracted with wider spaces: compare words, not spacing.
    body = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages[2:]))
    headings = [
        "1. Выводы",
        "Первый абзац выводов.",
        "Второй абзац",
        "2. Соблюдение стандартов обслуживания",
        "Таблица 1. Основные показатели",
        "3. Обращения по каналам и темам",
        "9. Ответы партнёров на направления",
        "10. Рекомендации для других служб",
        "Рекомендация:",
    ]

    positions = [body.index(heading) for heading in headings]

    assert positions == sorted(positions)
    assert contents.startswith("Содержание")
    assert contents.index("1. Выводы") < contents.index("10. Рекомендации для других служб")


def test_the_pdf_starts_with_a_title_page_and_numbers_the_others(pdf):
    first = pdf.pages[0].extract_text()
    second = pdf.pages[1].extract_text()

    assert "Отчёт информационного пункта" in first and "УТВЕРЖДАЮ" in first
    assert re.search(rf"2\s*/\s*{len(pdf.pages)}", second)


def _text_boxes(box):
    if isinstance(box, boxes.TextBox):
        yield box
    for child in getattr(box, "children", ()):
        yield from _text_boxes(child)


def test_no_text_leaves_its_page_even_with_very_long_names(report):
    with translation.override("ru"):
        laid_out = render_document(document.build(report))
    outside = []
    texts = 0
    for number, page in enumerate(laid_out.pages, 1):
        page_box = page._page_box
        left, top = page_box.content_box_x(), page_box.content_box_y()
        right, bottom = left + page_box.width, top + page_box.height
        for child in page_box.children:
            if isinstance(child, boxes.MarginBox):
                continue  # the running footer lives in the margin by design
            for text in _text_boxes(child):
                texts += 1
                if (
                    text.position_x < left - 0.5
                    or text.position_x + text.width > right + 0.5
                    or text.position_y < top - 0.5
                    or text.position_y + text.height > bottom + 0.5
                ):
                    outside.append((number, text.text[:40]))

    assert texts > 200
    assert not outside, outside[:10]


def test_a_charts_numbers_stay_whole_and_its_bars_coloured(report, caplog):
    """A region's year has six-digit figures: the bar beside one squeezed it into two
    lines («20263» over «9»); and WeasyPrint ignores a stylesheet's SVG fill, which drew
    every bar black. Numbers keep their line, and nothing in the stylesheet is ignored."""
    with translation.override("ru"):
        doc = document.build(report)
        charted = [chart for section in doc.sections for _n, _t, chart in section.tables if chart]
        charted[0].bars = [("личный визит", 202639, 100.0), ("телефон", 133647, 66.0)]
        with caplog.at_level("WARNING", logger="weasyprint"):
            laid_out = render_document(doc)

    texts = [box.text for page in laid_out.pages for box in _text_boxes(page._page_box)]
    assert "202639" in texts
    assert "133647" in texts
    assert not [record.message for record in caplog.records if "Ignored" in record.message]


def _heading_cells(laid_out):
    for page in laid_out.pages:
        for group in _boxes(page._page_box):
            if isinstance(group, boxes.TableRowGroupBox) and group.is_header:
                yield from (cell for row in group.children for cell in row.children)


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _broken_inside_a_word(cell):
    """A column heading's lines, if one of them ends inside a word without a hyphen."""
    lines = [
        "".join(text.text for text in _text_boxes(line))
        for line in cell.children
        if isinstance(line, boxes.LineBox)
    ]
    heading = " ".join("".join(cell.element.itertext()).split())
    position = 0
    for line in lines[:-1]:
        if line.endswith("\u2010"):  # WeasyPrint's hyphen at a hyphenation point
            position += len(line) - 1
            continue
        position += len(line)
        if heading[position : position + 1] == " ":
            position += 1
        elif heading[position - 1 : position] not in ("-", "/"):
            return lines
    return None


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_wide_tables_headings_break_between_words_or_at_a_hyphen(
    data, office, head, admin_user, language
):
    """The partners' table has eleven columns; English words are longer than Russian ones:
    «Answ|ered», «re-solve|d» were cut inside a word."""
    for name, name_en in [("Палата", "Chamber"), ("Фонд", "Fund")]:
        partner = Organisation.objects.create(
            slug=f"wide-{name_en.lower()}",
            name=name,
            name_en=name_en,
            kind="chamber",
            level="regional",
        )
        dashboard_data.make_referral(
            case=data.cases[0], organisation=partner, sent_at=dashboard_data.at(2, 11, 11)
        )
    report = write(start_november(head, office, language=language), head)
    with translation.override(language):
        laid_out = render_document(document.build(report))
    cells = list(_heading_cells(laid_out))
    broken = [lines for cell in cells if (lines := _broken_inside_a_word(cell))]
    assert len(cells) > 40
    assert broken == []


def test_the_docx_holds_the_same_tables_as_the_report(report):
    docx = Docx(io.BytesIO(render_docx(report)))
    doc = document.build(report)
    expected = [table for section in doc.sections for _n, table, _c in section.tables]

    assert len(docx.tables) == len(expected)
    for grid, table in zip(docx.tables, expected, strict=True):
        assert [cell.text for cell in grid.rows[0].cells] == table.columns
        body = [[cell.text for cell in row.cells] for row in grid.rows[1:]]
        if table.rows:
            assert body == [["—" if v is None else str(v) for v, _n in row] for row in table.rows]
    assert docx.core_properties.title == report.title
    assert docx.core_properties.language == "ru"
    headings = [p.text for p in docx.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Выводы" and headings[-1] == "10. Рекомендации для других служб"


def test_the_docx_is_a4_with_the_pdfs_margins_and_a_capitalised_period(report):
    with translation.override("ru"):
        docx = Docx(io.BytesIO(render_docx(report)))
    page = docx.sections[0]
    assert (round(page.page_width.cm, 1), round(page.page_height.cm, 1)) == (21.0, 29.7)
    assert round(page.left_margin.cm, 1) == 2.5
    assert any(p.text.startswith("Ноябрь 2026 · ") for p in docx.paragraphs)


def test_the_docx_repeats_each_tables_head_on_every_page(report):
    docx = Docx(io.BytesIO(render_docx(report)))

    for grid in docx.tables:
        assert grid.rows[0]._tr.trPr.xml.count("tblHeader") == 1


def _tables_by_page(docx):
    """Each table of the DOCX with the section (page setup) it is set on: a section ends
    at a paragraph carrying its properties, the last one at the body's end."""
    sections, index, found = docx.sections, 0, []
    for element in docx.element.body.iterchildren():
        if element.tag == qn("w:tbl"):
            found.append((Table(element, docx), sections[index]))
        elif (
            element.tag == qn("w:p")
            and element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        ):
            index += 1
    return found


def test_the_docx_sizes_each_column_to_what_it_holds_within_the_page(report):
    docx = Docx(io.BytesIO(render_docx(report)))
    tables = _tables_by_page(docx)

    assert len(tables) == len(docx.tables) > 10
    for table, page in tables:
        widths = [column.width for column in table.columns]
        text_width = page.page_width - page.left_margin - page.right_margin
        # Never off the page, and a text column wider than any number column.
        assert sum(widths) <= text_width
        assert widths[0] >= min(widths)
    # The partners' table (ten figures a partner) is on a landscape page, its section's
    # heading with it; the rest are portrait.
    landscape = [table for table, page in tables if page.orientation == WD_ORIENT.LANDSCAPE]
    assert [table.rows[0].cells[0].text for table in landscape] == ["Организация-партнёр"]
    partners = landscape[0]
    names = [row.cells[0].text for row in partners.rows[1:]]
    assert LONG_NAME in names
    # A column of figures is as wide as its head's words: «Отправлено,» is not broken.
    head_words = [max(len(word) for word in cell.text.split()) for cell in partners.rows[0].cells]
    widths = [column.width for column in partners.columns]
    for words, width in zip(head_words[1:], widths[1:], strict=True):
        assert width >= Pt(8) * 0.6 * min(words, 9)
    # The organisation's name takes the room the figures leave.
    assert widths[0] == max(widths)


def test_the_docx_says_what_is_not_written_and_spans_an_empty_tables_message(data, office, head):
    report = write(start_november(head, office), head, findings="Выводы.", recommendations="")
    with translation.override("ru"):
        docx = Docx(io.BytesIO(render_docx(report)))
    paragraphs = docx.paragraphs
    last_heading = max(
        index for index, paragraph in enumerate(paragraphs) if paragraph.style.name == "Heading 1"
    )
    assert paragraphs[last_heading].text == "10. Рекомендации для других служб"
    assert paragraphs[last_heading + 1].text == "Ещё не написано."
    empty = [
        table
        for table in docx.tables
        if table.rows[1].cells[0].text == "Нет данных за этот период."
    ]
    assert empty
    for table in empty:
        assert len({id(cell._tc) for cell in table.rows[1].cells}) == 1
    # Captions stay with their tables, and Word hyphenates in the document's language.
    captions = [p for p in docx.paragraphs if p.style.name == "Caption"]
    assert captions and all(p.paragraph_format.keep_with_next for p in captions)
    assert docx.settings.element.find(qn("w:autoHyphenation")).get(qn("w:val")) == "true"


def test_the_pdf_embeds_its_own_font_and_styles_with_hashed_static_names(report, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
        },
    }

    pdf = PdfReader(io.BytesIO(render_pdf(report)))

    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in pdf.pages[:3]
        for font in page["/Resources"]["/Font"].values()
    }
    # The vendored DejaVu Sans, under the family name the stylesheet gives it.
    assert fonts and all("Report-Sans" in name for name in fonts), fonts


cell_text = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя «»-,.%0123456789", max_size=90)
cell = st.one_of(
    st.tuples(st.integers(-(10**9), 10**9), st.just(True)),
    st.tuples(st.floats(-1e6, 1e6, allow_nan=False), st.just(True)),
    st.tuples(cell_text, st.just(False)),
    st.just((None, False)),
)


@settings(max_examples=60, deadline=None)
@given(
    columns=st.lists(cell_text, min_size=1, max_size=12),
    rows=st.integers(0, 6),
    data=st.data(),
)
def test_docx_columns_fit_the_page_or_ask_for_a_wider_one(columns, rows, data):
    body = [
        data.draw(st.lists(cell, min_size=len(columns), max_size=len(columns)))
        for _ in range(rows)
    ]
    table = document.Grid("key", "Таблица", columns, body)
    portrait, landscape = Cm(17), Cm(25.7)

    widths = column_widths(table, portrait)
    if widths is None:
        widths = column_widths(table, landscape) or [landscape // len(columns)] * len(columns)
        page = landscape
    else:
        page = portrait
    assert len(widths) == len(columns)
    assert all(width > 0 for width in widths)
    assert sum(widths) <= page
