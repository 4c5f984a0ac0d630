"""One source for the three outputs: the report as numbered sections of paragraphs,
tables and charts, in the language it is written in. The HTML page, the PDF and the DOCX
all draw this structure, so they always hold the same text and tables."""

import re
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from monitoring.selectors import report_figures

BLANK_LINE = re.compile(r"\n\s*\n")

# Raised whenever the PDF's or the DOCX's content or layout changes: a published report's
# files are kept in the cache under this number, so each is rendered anew once. 2: the
# approval and the author's block.
LAYOUT = 2


@dataclass
class Chart:
    """A horizontal bar per row of a table: its first column names the bar, its second
    gives the length. Drawn as text and boxes, so no label is ever clipped."""

    title: str
    bars: list  # [(label, value, percent of the longest)]


@dataclass
class Grid:
    """A stored table as the outputs draw it: each cell with whether it is a number
    (numbers are right-aligned), and whether it is wide (many columns: smaller type)."""

    key: str
    title: str
    columns: list
    rows: list  # [[(value, is_number)]]

    @property
    def wide(self):
        return len(self.columns) > 5


def grid(table):
    rows = [
        [(value, isinstance(value, int | float) and not isinstance(value, bool)) for value in row]
        for row in table["rows"]
    ]
    return Grid(table["key"], table["title"], table["columns"], rows)


@dataclass
class Section:
    number: int
    key: str
    title: str
    paragraphs: list = field(default_factory=list)
    tables: list = field(default_factory=list)  # [(number, Grid, Chart or None)]


@dataclass
class Signature:
    """A block of the title page as an official document has it: the approval
    («УТВЕРЖДАЮ», the approver's position, name and the date) or the author's. The
    name is empty for an account without a full name: its position names it."""

    heading: str
    position: str
    name: str
    date: str = ""


@dataclass
class Document:
    title: str
    language: str
    administration: str
    department: str
    period: str
    office: str
    status: str
    approval: Signature | None  # None until approved: the status says where it stands
    prepared: Signature | None
    computed_at: str
    frozen: bool
    sections: list


def paragraphs(text):
    return [part.strip() for part in BLANK_LINE.split(text or "") if part.strip()]


def chart_for(table):
    bars = [(row[0], row[1]) for row in table["rows"] if isinstance(row[1], int | float)]
    if not bars:
        return None
    longest = max(value for _label, value in bars) or 1
    return Chart(
        title=table["title"],
        bars=[(label, value, round(100 * value / longest, 1)) for label, value in bars],
    )


def figures_of(report):
    """The stored figures of a submitted report; a draft's are computed now."""
    if report.figures is not None:
        return report.figures
    with translation.override(report.language):
        return report_figures(period=report.period, office=report.office)


def build(report):
    figures = figures_of(report)
    with translation.override(report.language):
        sections = [Section(1, "findings", _("Findings"), paragraphs=paragraphs(report.findings))]
        table_number = 0
        for item in figures["sections"]:
            section = Section(len(sections) + 1, item["key"], item["title"])
            for table in item["tables"]:
                table_number += 1
                chart = chart_for(table) if table["chart"] else None
                section.tables.append((table_number, grid(table), chart))
            sections.append(section)
        sections.append(
            Section(
                len(sections) + 1,
                "recommendations",
                _("Recommendations for other services"),
                paragraphs=paragraphs(report.recommendations),
            )
        )
        approval = prepared = None
        if report.approved_at:
            # The names as frozen by the approval, never the accounts' current ones.
            approval = Signature(
                pgettext("approval of a document by its signatory", "APPROVED"),
                report.approver_position,
                report.approver_name,
                formats.date_format(timezone.localtime(report.approved_at), "DATE_FORMAT"),
            )
            prepared = Signature(
                pgettext("author of a document", "Prepared by"),
                report.author_position,
                report.author_name,
            )
        return Document(
            title=report.title,
            language=report.language,
            administration=_("Administration of Kaliningrad City District"),
            department=_("Economic Development Department · Information point for entrepreneurs"),
            period=figures["period"],
            office=figures["office"],
            status=str(report.get_status_display()),
            approval=approval,
            prepared=prepared,
            computed_at=figures["computed_at"],
            frozen=report.figures is not None,
            sections=sections,
        )


def filename(report, extension):
    office = report.office.slug if report.office else "all"
    first = report.period.first
    return f"report-{slugify(report.kind)}-{first:%Y%m%d}-{office}-{report.pk}.{extension}"


def render_body(doc):
    """The sections as HTML, in the report's language (numbers and dates too)."""
    with translation.override(doc.language):
        return render_to_string("monitoring/_document.html", {"doc": doc})
