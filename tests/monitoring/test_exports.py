"""CSV and XLSX exports parse back to the same numbers and never carry formulas."""

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from monitoring.dashboards.exports import Table, header_row_index, table_csv, tables_xlsx
from tests.fuzz import examples

TABLE = Table(
    "channels",
    "Обращения по каналам",
    ["Канал", "Этот период", "Прошлый период"],
    [["прийти лично", 12, 9], ["телефон", 3, None], ["доля, %", 75.5, 100.0]],
)


def read_csv(body):
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_csv_parses_back_to_the_same_numbers():
    rows = read_csv(table_csv(TABLE))

    assert rows[0] == TABLE.columns
    assert rows[1:] == [
        ["прийти лично", "12", "9"],
        ["телефон", "3", ""],
        ["доля, %", "75.5", "100.0"],
    ]


def test_csv_starts_with_a_byte_order_mark_for_spreadsheets():
    assert table_csv(TABLE).startswith("\ufeff".encode())


def test_texts_that_look_like_formulas_are_defused_but_negative_numbers_stay():
    table = Table("t", "T", ["a", "b"], [["=1+1", -5], ["@SUM(A1)", -33.3], ["+7", 0]])

    rows = read_csv(table_csv(table))

    assert rows[1:] == [["'=1+1", "-5"], ["'@SUM(A1)", "-33.3"], ["'+7", "0"]]
    workbook = load_workbook(io.BytesIO(tables_xlsx([table])))
    sheet = workbook.worksheets[0]
    start = header_row_index(table) + 2
    assert sheet.cell(start, 1).value == "'=1+1"
    assert sheet.cell(start, 1).data_type == "s"
    assert sheet.cell(start, 2).value == -5


def test_xlsx_parses_back_to_the_same_numbers():
    workbook = load_workbook(io.BytesIO(tables_xlsx([TABLE], heading="Офис А, ноябрь 2026")))

    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    start = header_row_index(TABLE, heading="x")
    assert rows[0][0] == "Офис А, ноябрь 2026"
    assert list(rows[start]) == TABLE.columns
    assert [list(row) for row in rows[start + 1 :]] == [
        ["прийти лично", 12, 9],
        ["телефон", 3, None],
        ["доля, %", 75.5, 100],
    ]


def column_widths(sheet):
    widths = {}
    for dimension in sheet.column_dimensions.values():
        for index in range(dimension.min, dimension.max + 1):
            widths[index] = dimension.width
    return widths


def test_xlsx_columns_are_wide_enough_that_no_text_is_cut_off():
    """A text cell is cut at the next filled cell: the partner table's headings («Ответ в
    срок, прошлый период, %») and names ran past their 14- and 32-character columns."""
    partner = "Комитет экономического развития администрации городского округа «Город Калининград»"
    table = Table(
        "partners",
        "Направления по партнёрам",
        ["Организация-партнёр", "Отправлено, прошлый период", "Ответ в срок, прошлый период, %"],
        [["Центр «Мой бизнес»", 1, 100.0], [partner, 0, None]],
    )
    sheet = load_workbook(io.BytesIO(tables_xlsx([table]))).worksheets[0]
    widths = column_widths(sheet)
    headings = header_row_index(table) + 1

    for column, heading in enumerate(table.columns, start=1):
        cell = sheet.cell(headings, column)
        assert cell.alignment.wrap_text
        assert widths[column] >= max(len(word) for word in heading.split())
    assert widths[1] >= len("Центр «Мой бизнес»")
    long_name = sheet.cell(headings + 2, 1)
    assert long_name.value == partner
    assert widths[1] >= len(partner) or long_name.alignment.wrap_text


def test_sheet_names_are_valid_and_unique():
    tables = [
        Table("a", "Cases: by [channel]?", ["x"], []),
        Table("b", "Cases: by [channel]?", ["x"], []),
        Table("c", "A very long title that goes well beyond thirty-one characters", ["x"], []),
    ]

    names = load_workbook(io.BytesIO(tables_xlsx(tables))).sheetnames

    assert len(set(names)) == 3
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)


def test_a_long_sheet_name_is_cut_between_words():
    tables = [
        Table("a", "Новые и повторные предприниматели по месяцам", ["x"], []),
        Table("b", "Новые и повторные предприниматели по неделям", ["x"], []),
    ]

    book = load_workbook(io.BytesIO(tables_xlsx(tables)))

    assert book.sheetnames == ["Новые и повторные…", "Новые и повторные… (2)"]
    assert book.worksheets[0].cell(1, 1).value == tables[0].title  # the whole title


@settings(max_examples=examples("staff"), deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40),
            st.integers(min_value=-(10**9), max_value=10**9),
        ),
        max_size=8,
    )
)
def test_any_table_round_trips_through_csv(rows):
    table = Table("t", "T", ["label", "n"], [list(row) for row in rows])

    parsed = read_csv(table_csv(table))[1:]

    assert [int(n) for _label, n in parsed] == [n for _label, n in rows]
    for (label, _n), (written, _m) in zip(rows, parsed, strict=True):
        assert written in {label, "'" + label}
