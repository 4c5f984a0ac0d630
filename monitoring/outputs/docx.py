"""The report as a DOCX the administration's document flow can take and edit: real
headings (so Word builds its own table of contents), tables with borders whose first
row repeats on every page, and the document's language and title in its properties."""

from io import BytesIO

from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from docx import Document as Docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from monitoring import document

FONT = "DejaVu Sans"


def _text(value):
    return "—" if value is None else str(value)


def _repeat_header(row):
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _set_language(docx, language):
    styles = docx.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), {"ru": "ru-RU", "en": "en-GB"}[language])
    run.append(lang)


def _table(docx, number, table):
    caption = docx.add_paragraph(style="Caption")
    caption.add_run(_("Table %(number)s. %(title)s") % {"number": number, "title": table.title})
    columns = table.columns
    grid = docx.add_table(rows=1, cols=len(columns), style="Table Grid")
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    _repeat_header(grid.rows[0])
    for cell, heading in zip(grid.rows[0].cells, columns, strict=True):
        cell.text = str(heading)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    if not table.rows:
        row = grid.add_row().cells
        row[0].text = _("No data for this period.")
    for values in table.rows:
        cells = grid.add_row().cells
        for cell, (value, is_number) in zip(cells, values, strict=True):
            cell.text = _text(value)
            if is_number:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx.add_paragraph()


def _signature(docx, signature, *, indent=0):
    """A block of left-aligned lines, its heading bold; `indent` moves the approval to
    the right of the page, as an official document has it."""
    paragraph = docx.add_paragraph()
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.keep_together = True
    lines = [signature.heading, signature.position, signature.name, signature.date]
    for number, line in enumerate(line for line in lines if line):
        if number:
            paragraph.runs[-1].add_break()
        paragraph.add_run(line).bold = number == 0
    return paragraph


def _a4(section):
    """A4 with the PDF's margins: python-docx's blank document is US Letter, which a
    Russian office's printer and its filing do not take."""
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.right_margin = Cm(2), Cm(1.5)
    section.bottom_margin, section.left_margin = Cm(2.2), Cm(2.5)


def render_docx(report):
    doc = document.build(report)
    docx = Docx()
    _a4(docx.sections[0])
    style = docx.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10)
    _set_language(docx, doc.language)
    properties = docx.core_properties
    properties.title = doc.title
    properties.author = doc.administration
    properties.language = doc.language
    properties.subject = f"{doc.period}, {doc.office}"
    with translation.override(doc.language):
        for line in (doc.administration, doc.department):
            paragraph = docx.add_paragraph(line)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if doc.approval:
            page = docx.sections[0]
            text_width = page.page_width - page.left_margin - page.right_margin
            _signature(docx, doc.approval, indent=text_width - Cm(8))
        docx.add_heading(doc.title, level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
        period = docx.add_paragraph(f"{capfirst(doc.period)} · {doc.office}")
        period.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if doc.approval:
            last = _signature(docx, doc.prepared)
        else:
            last = docx.add_paragraph(doc.status[:1].upper() + doc.status[1:])
            last.alignment = WD_ALIGN_PARAGRAPH.CENTER
        last.add_run().add_break(WD_BREAK.PAGE)
        for section in doc.sections:
            docx.add_heading(f"{section.number}. {section.title}", level=1)
            for text in section.paragraphs:
                docx.add_paragraph(text)
            for number, table, _chart in section.tables:
                _table(docx, number, table)
    out = BytesIO()
    docx.save(out)
    return out.getvalue()
