"""Every dashboard table as CSV and XLSX.

A `Table` is plain data (a title, column headings, rows of numbers and texts); the
dashboard renders it as an HTML table, the charts draw from it and these writers export
it, so all three always show the same numbers.
"""

import csv
import html
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import xlsxwriter
from django.utils import numberformat
from django.utils.encoding import force_str
from django.utils.formats import get_format, localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language

# A spreadsheet treats a cell starting with one of these as a formula; comments written by
# the public must never become one (CSV/formula injection, OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Table:
    key: str
    title: str
    columns: list
    rows: list = field(default_factory=list)
    note: str = ""

    def column(self, index):
        return [row[index] for row in self.rows]

    def html_rows(self):
        """The body rows as the page shows them: the first cell heads its row, a missing
        value reads "—". Built here rather than cell by cell in the template: a partner
        table alone has a thousand cells."""
        cell = _cell_renderer()
        rows = []
        for heading, *values in self.rows:
            cells = "".join(f"<td>{cell(value)}</td>" for value in values)
            rows.append(f'<tr><th scope="row">{cell(heading)}</th>{cells}</tr>')
        return mark_safe("\n".join(rows))  # every cell is escaped by `cell`


def _cell_renderer():
    """What `{{ value|default_if_none:"—" }}` renders: localised, then escaped. Numbers
    are formatted as `formats.number_format` does, with the language's separators looked
    up once per table instead of once per cell."""
    language = get_language()
    separators = [
        get_format(name, language)
        for name in ("DECIMAL_SEPARATOR", "NUMBER_GROUPING", "THOUSAND_SEPARATOR")
    ]
    decimal_sep, grouping, thousand_sep = separators
    numbers = {}  # tables repeat the same small numbers: each is formatted once

    def number(value):
        key = (type(value), value)
        text = numbers.get(key)
        if text is None:
            text = numbers[key] = numberformat.format(
                value, decimal_sep, None, grouping, thousand_sep, use_l10n=True
            )
        return text

    def cell(value):
        # Most cells are plain ints and strs: their exact types are tested first.
        kind = type(value)
        if kind is int:
            return number(value)
        if kind is str:
            return html.escape(value)
        if value is None:
            return "—"
        if isinstance(value, str):
            # conditional_escape() without its lazy-string wrapper, called for every cell.
            return value.__html__() if hasattr(value, "__html__") else html.escape(value)
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return number(value)
        return conditional_escape(localize(template_localtime(value)))

    return cell


def _is_number(value):
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def safe_text(value):
    text = force_str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def cell_text(value):
    if value is None:
        return ""
    if _is_number(value):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return safe_text(value)


def table_csv(table, *, excel_ru=False):
    """UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic correctly.

    `excel_ru`: the dialect Excel with Russian regional settings opens as columns on a
    double click — semicolons between cells and a decimal comma (its list separator is
    ";" because "," is the decimal separator)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";" if excel_ru else ",")
    writer.writerow([safe_text(column) for column in table.columns])
    for row in table.rows:
        writer.writerow([_csv_cell(value, excel_ru=excel_ru) for value in row])
    return buffer.getvalue().encode("utf-8")


def _csv_cell(value, *, excel_ru):
    if excel_ru and _is_number(value) and not isinstance(value, int):
        return str(value).replace(".", ",")
    return cell_text(value)


def _sheet_name(title, taken):
    base = SHEET_NAME_FORBIDDEN.sub(" ", force_str(title)).strip("'").strip() or "Sheet"
    name, number = _shortened(base, 31), 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name = _shortened(base, 31 - len(suffix)) + suffix
        number += 1
    taken.add(name.lower())
    return name


def _shortened(text, length):
    """At most `length` characters (Excel's limit for a sheet's name), cut between words with
    an ellipsis: «Новые и повторные…», not «Новые и повторные предпринимате». The sheet's
    first row has the whole title."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut[length // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def tables_xlsx(tables, *, heading=""):
    """One worksheet per table; numbers stay numbers, texts are written as texts (never as
    formulas)."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    bold = workbook.add_format({"bold": True})
    column_heading = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
    taken = set()
    for table in tables:
        sheet = workbook.add_worksheet(_sheet_name(table.title, taken))
        row_index = 0
        if heading:
            sheet.write_string(row_index, 0, force_str(heading), bold)
            row_index += 1
        sheet.write_string(row_index, 0, force_str(table.title), bold)
        row_index += 1
        if table.note:
            sheet.write_string(row_index, 0, force_str(table.note))
            row_index += 1
        row_index += 1
        widths = _column_widths(table)
        for column_index, column in enumerate(table.columns):
            sheet.write_string(row_index, column_index, force_str(column), column_heading)
            sheet.set_column(column_index, column_index, widths[column_index])
        for row in table.rows:
            row_index += 1
            for column_index, value in enumerate(row):
                if value is None:
                    sheet.write_blank(row_index, column_index, None)
                elif _is_number(value):
                    sheet.write_number(row_index, column_index, float(value))
                else:
                    text = cell_text(value)
                    wide = len(text) > widths[column_index]
                    sheet.write_string(row_index, column_index, text, wrapped if wide else None)
    workbook.close()
    return buffer.getvalue()


# Column widths in characters. A cell's text is cut at the next filled cell, so a column is
# as wide as its longest text (a partner's full name runs to 80 characters) up to the cap,
# past which the text wraps; a heading wraps between its words, never inside one.
MIN_COLUMN_WIDTH = 10
MAX_COLUMN_WIDTH = 50


def _column_widths(table):
    widths = []
    for index, column in enumerate(table.columns):
        words = force_str(column).split() or [""]
        cells = [cell_text(row[index]) for row in table.rows if index < len(row)]
        longest = max([len(word) for word in words] + [len(text) for text in cells])
        widths.append(min(max(longest + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH))
    return widths


def header_row_index(table, *, heading=""):
    """Where `tables_xlsx` puts the column headings of `table` (0-based), for readers."""
    return (1 if heading else 0) + 1 + (1 if table.note else 0) + 1
