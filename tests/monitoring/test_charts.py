"""The SVG charts: valid XML, accessible names, escaped labels, no scripts."""

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitoring.dashboards import charts
from tests.fuzz import examples

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = 'Налоги <script>alert("x")</script> & "ИП"'


def parse(chart):
    return ET.fromstring(str(chart.svg))  # noqa: S314 (our own output, not untrusted XML)


def assert_accessible(root):
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby"), root.get("aria-describedby")
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert (title.get("id"), desc.get("id")) == (title_id, desc_id)
    assert title.text and desc.text
    assert root.find(f".//{SVG}script") is None


def every_chart(label):
    return [
        charts.bar_chart("bars", "Обращения", "По каналам", [label, "телефон"], [3, 1]),
        charts.bar_chart("bars-compared", "Обращения", "По каналам", [label], [3], previous=[5]),
        charts.stacked_bar_chart(
            "stacked",
            "По месяцам",
            "Каналы",
            ["янв", "фев"],
            [(label, [1, 2]), ("e-mail", [0, 4])],
        ),
        charts.line_chart(
            "line", "CSAT", "Тренд", ["янв", "фев", "мар"], [(label, [4.2, None, 3.9])]
        ),
        charts.distribution_chart("dist", "NPS", "Оценки", [label, "1", "2"], [0, 3, 1]),
    ]


@pytest.mark.parametrize("index", range(5))
def test_each_chart_is_valid_accessible_svg_with_escaped_labels(index):
    chart = every_chart(HOSTILE)[index]

    root = parse(chart)

    assert_accessible(root)
    assert "<script>" not in str(chart.svg)
    texts = "".join(root.itertext())
    assert "<script>" in texts or "<script" in texts  # shown as text, never as markup


def test_the_chart_title_and_description_are_escaped():
    chart = charts.bar_chart("x", "A & <b>", 'say "hi" <i>', ["a"], [1])

    root = parse(chart)

    assert root.find(f"{SVG}title").text == "A & <b>"
    assert root.find(f"{SVG}desc").text == 'say "hi" <i>'


def test_each_chart_carries_the_table_it_was_drawn_from():
    chart = charts.bar_chart("k", "T", "D", ["a", "b"], [3, 1], previous=[2, 2])

    assert chart.table.rows == [["a", 3, 2], ["b", 1, 2]]
    assert len(chart.table.columns) == 3


def test_bars_are_proportional_to_the_values():
    root = parse(charts.bar_chart("k", "T", "D", ["a", "b"], [4, 2]))

    widths = [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]
    assert widths[0] == pytest.approx(2 * widths[1])


def test_an_empty_chart_says_so_and_stays_valid():
    for chart in [
        charts.bar_chart("e1", "T", "D", [], []),
        charts.stacked_bar_chart("e2", "T", "D", ["a"], [("x", [0])]),
        charts.line_chart("e3", "T", "D", ["a"], [("x", [None])]),
        charts.distribution_chart("e4", "T", "D", ["1", "2"], [0, 0]),
    ]:
        root = parse(chart)
        assert_accessible(root)
        assert "No data" in "".join(root.itertext()) or "Нет данных" in "".join(root.itertext())


def test_long_labels_are_shortened_in_the_drawing_but_kept_in_the_table():
    label = "Государственная поддержка малого и среднего предпринимательства"
    chart = charts.bar_chart("k", "T", "D", [label], [1])

    drawn = [element.text for element in parse(chart).iter() if element.tag == f"{SVG}text"]
    assert label not in drawn
    assert chart.table.rows[0][0] == label
    assert "…" in str(chart.svg)


@settings(max_examples=examples("staff"), deadline=None)
@given(labels=st.lists(st.text(max_size=60), min_size=1, max_size=5))
def test_any_label_gives_valid_svg(labels):
    values = list(range(1, len(labels) + 1))
    for chart in [
        charts.bar_chart("h", "T", "D", labels, values),
        charts.stacked_bar_chart("h", "T", "D", labels, [("s", values)]),
        charts.line_chart("h", "T", "D", labels, [("s", values)]),
        charts.distribution_chart("h", "T", "D", labels, values),
    ]:
        assert_accessible(parse(chart))
