"""The report as a DOCX the administration's document flow can take and edit: real
headings (so Word builds its own table of contents), tables with borders whose first
row repeats on every page, columns as wide as what they hold, and the document's
language and title in its properties."""

import functools
from io import BytesIO

from django.contrib.staticfiles import finders
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from docx import Document as Docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, Twips
from PIL import ImageFont

from monitoring import document

FONT = "DejaVu Sans"
# Type of the body and of tables with many columns (as the PDF: document.Grid.wide).
TEXT_PT, WIDE_PT = 10, 8
# Word's "Table Grid" keeps 0.19 cm on either side of a cell's text; a little more, as
# Word and LibreOffice set a line a little wider than the font's own advances.
PADDING = Cm(0.5)
MEASURED_AT = 100  # the size, in points, at which texts are measured
# A word longer than this is hyphenated (Word does it in the document's language,
# `_hyphenate`), so it does not set its column's least width; numbers are never broken.
WORD_CHARACTERS = 12
# A text column wider than this many characters wraps rather than take the page.
LINE_CHARACTERS = 45
TABLE_PROPERTIES_AFTER_WIDTH = (
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)
A4 = (Cm(21), Cm(29.7))


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


def _hyphenate(docx):
    """Word hyphenates the document in its language (`_set_language`), as the PDF does:
    a narrow column of a wide table breaks «отправ-лено», not «отпр-авле-но»."""
    element = OxmlElement("w:autoHyphenation")
    element.set(qn("w:val"), "true")
    # Word reads the settings in the schema's order: right after the default tab stop,
    # which python-docx's blank document has.
    docx.settings.element.find(qn("w:defaultTabStop")).addnext(element)


@functools.cache
def _face(bold):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(finders.find(f"monitoring/fonts/{name}"), MEASURED_AT)


def _measure(text, size, *, bold=False):
    """How wide `text` is set in the document's face at `size`: measured with the font
    the PDF embeds, the one FONT names."""
    return int(_face(bold).getlength(text) * size / MEASURED_AT)


def _widest(texts, size, *, bold=False, words=False):
    """The widest of `texts` (or of their words, each broken after WORD_CHARACTERS as
    hyphenation would), a text longer than a line counted as a line."""
    if words:
        texts = [word[:WORD_CHARACTERS] for text in texts for word in text.split()]
    else:
        texts = [text[:LINE_CHARACTERS] for text in texts]
    return max((_measure(text, size, bold=bold) for text in texts), default=0)


def column_widths(table, text_width):
    """Each column as wide as what it holds, the table as wide as the text: a number
    column as its longest number and its head on two lines, a text column up to a line
    of its longest text, taking the room left. When the text is narrower, numbers' heads
    give way first (to more lines), then text columns, never below a word (or a number):
    None when even that does not fit, and the table needs a landscape page."""
    size = Pt(WIDE_PT if table.wide else TEXT_PT)
    least, wanted, numeric = [], [], []
    for index, heading in enumerate(table.columns):
        head, body = [str(heading)], [_text(row[index][0]) for row in table.rows]
        # A number column may lack a figure («—»: nothing to compare with).
        values = [row[index] for row in table.rows]
        is_number = any(number for _v, number in values) and all(
            number or value is None for value, number in values
        )
        words = max(_widest(head, size, bold=True, words=True), _widest(body, size, words=True))
        if is_number:
            longest = _widest(body, size)
            whole_words = max(
                (_measure(word, size, bold=True) for word in head[0].split()), default=0
            )
            # Its head on two lines at most when there is room.
            two_lines = _widest(head, size, bold=True) // 2
            least.append(max(words, longest) + PADDING)
            wanted.append(max(whole_words, two_lines, longest) + PADDING)
        else:
            longest = max(_widest(head, size, bold=True), _widest(body, size))
            least.append(words + PADDING)
            wanted.append(max(words, longest) + PADDING)
        numeric.append(is_number)
    widths = [max(pair) for pair in zip(least, wanted, strict=True)]
    text = [index for index, is_number in enumerate(numeric) if not is_number]
    spare = text_width - sum(widths)
    if spare >= 0:
        growing = text or list(range(len(widths)))
        share = sum(widths[index] for index in growing)
        for index in growing:
            widths[index] += spare * widths[index] // share
        return _whole_twips(widths)
    for giving in ([index for index in range(len(widths)) if numeric[index]], text):
        room = sum(widths[index] - least[index] for index in giving)
        if room <= 0:
            continue
        deficit = min(-spare, room)
        for index in giving:  # rounded up: the table is never wider than the text
            widths[index] -= -(-deficit * (widths[index] - least[index]) // room)
        spare = text_width - sum(widths)
        if spare >= 0:
            return _whole_twips(widths)
    return None


def _whole_twips(widths):
    """Word stores widths in twentieths of a point: each rounded down, so the table stays
    within the text."""
    return [width - width % Emu(Twips(1)) for width in widths]


def _squeezed(table, text_width):
    """Even a landscape page is too narrow (a table of many long columns): equal columns,
    which Word wraps as it can, rather than a table off the page."""
    return _whole_twips([text_width // len(table.columns)] * len(table.columns))


def _landscape(docx, landscape):
    """Continue on a page of the other orientation (a new section, from a new page) when
    the next part needs it: a table too wide for a portrait page is not squeezed."""
    current = docx.sections[-1]
    if (current.orientation == WD_ORIENT.LANDSCAPE) == landscape:
        return current
    section = docx.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long = A4
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    return section


def _text_width(section):
    return section.page_width - section.left_margin - section.right_margin


def _table_width(grid, width):
    """The table's own width, which Word reads before its columns' (twentieths of a point)."""
    properties = grid._tbl.tblPr
    element = properties.find(qn("w:tblW"))
    if element is None:
        element = OxmlElement("w:tblW")
        # In the schema's order (CT_TblPr): after the style, before the alignment.
        properties.insert_element_before(element, *TABLE_PROPERTIES_AFTER_WIDTH)
    element.set(qn("w:type"), "dxa")
    element.set(qn("w:w"), str(Emu(width).twips))


def _cell(cell, text, width, size, *, bold=False, right=False):
    cell.text = text
    cell.width = width
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run.font.size, run.bold = size, bold
    return paragraph


def _table(docx, number, table, widths):
    caption = docx.add_paragraph(style="Caption")
    caption.paragraph_format.keep_with_next = True
    caption.add_run(_("Table %(number)s. %(title)s") % {"number": number, "title": table.title})
    grid = docx.add_table(rows=1, cols=len(table.columns), style="Table Grid")
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _table_width(grid, sum(widths))
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    _repeat_header(grid.rows[0])
    size = Pt(WIDE_PT if table.wide else TEXT_PT)
    for cell, heading, width in zip(grid.rows[0].cells, table.columns, widths, strict=True):
        head = _cell(cell, str(heading), width, size, bold=True)
        head.paragraph_format.keep_with_next = True
    if not table.rows:
        row = grid.add_row().cells
        _cell(row[0].merge(row[-1]), _("No data for this period."), sum(widths), size)
    for values in table.rows:
        cells = grid.add_row().cells
        for cell, (value, is_number), width in zip(cells, values, widths, strict=True):
            _cell(cell, _text(value), width, size, right=is_number)
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
    _hyphenate(docx)
    text_width = _text_width(docx.sections[0])
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
            # A section with a table too wide for a portrait page is on a landscape one,
            # its heading with it.
            widths = [column_widths(table, text_width) for _n, table, _c in section.tables]
            page = _landscape(docx, None in widths)
            docx.add_heading(f"{section.number}. {section.title}", level=1)
            for text in section.paragraphs:
                docx.add_paragraph(text)
            if not section.paragraphs and not section.tables:
                docx.add_paragraph(_("Not written yet."))
            for (number, table, _chart), fitted in zip(section.tables, widths, strict=True):
                fitted = fitted or column_widths(table, _text_width(page))
                _table(docx, number, table, fitted or _squeezed(table, _text_width(page)))
    out = BytesIO()
    docx.save(out)
    return out.getvalue()
