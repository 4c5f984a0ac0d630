"""The dashboard's tables and charts as HTML (`dashboard_tables`): escaped, with their
download links on the page only."""

from django.template import Context, Template
from django.utils import translation

from monitoring.dashboards import charts
from monitoring.dashboards.exports import Table
from monitoring.templatetags.dashboard_tables import table_html

HOSTILE = 'Налоги <script>alert("x")</script> & "ИП"'


def test_a_table_escapes_its_title_columns_and_cells():
    table = Table("topics", HOSTILE, [HOSTILE, "n"], [[HOSTILE, 3]], note=HOSTILE)
    html = table_html(table, exports="/x/", query="a=1&b=2")
    assert "<script>" not in html
    assert html.count("&lt;script&gt;") == 6  # title, note, column, cell, two link titles
    assert '<table class="dash-table" id="table-topics">' in html
    assert 'href="/x/topics.xlsx?a=1&amp;b=2"' in html
    assert html.index(".xlsx") < html.index(".csv")


def test_a_table_without_rows_says_so_across_all_its_columns():
    with translation.override("en"):
        html = table_html(Table("empty", "Empty", ["a", "b", "c"]))
    assert '<td colspan="3">No data for this period.</td>' in html


def test_downloads_are_offered_on_the_page_but_not_in_print():
    table = Table("summary", "Summary", ["a"], [["x"]])
    assert "dash-downloads" not in table_html(table)
    assert "dash-downloads" in table_html(table, exports="/e/", query="")
    assert "dash-downloads" not in table_html(table, exports="/e/", query="", printing=True)


def test_a_chart_folds_its_data_on_the_page_and_prints_it_beside():
    chart = charts.bar_chart("channels", "Channels", "Per channel", ["walk-in"], [3])
    template = Template("{% load dashboard_tables %}{% dashboard_chart chart %}")
    on_page = template.render(Context({"chart": chart, "query": "", "exports": "/e/"}))
    printed = template.render(Context({"chart": chart, "printing": True}))
    for html in (on_page, printed):
        assert html.startswith('<figure class="dash-chart">')
        assert "<svg" in html
        assert 'id="table-channels"' in html
    assert '<details class="dash-data">' in on_page
    assert "dash-downloads" in on_page
    assert "<details" not in printed
    assert "dash-downloads" not in printed
