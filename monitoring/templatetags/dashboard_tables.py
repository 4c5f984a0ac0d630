"""The dashboard's tables and charts as HTML: `{% dashboard_table table %}` and
`{% dashboard_chart chart %}`.

They render what the `_table.html` and `_chart.html` includes rendered, in Python: a month
dashboard shows some twenty tables, and an include costs a template context, a dozen
variable lookups and a dozen translations per table (about a sixth of the page's
rendering, measured at regional scale). The body rows are `Table.html_rows`.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


def _downloads(table, exports, query):
    title = conditional_escape(table.title)
    prefix = f"{conditional_escape(exports)}{conditional_escape(table.key)}"
    suffix = f"?{conditional_escape(query)}" if query else ""
    # Translated outside the f-strings: xgettext does not read inside them, and a string it
    # does not extract is shown in English on the Russian page.
    download, xlsx, csv = _("Download:"), _("Excel (XLSX)"), _("CSV")
    return (
        f'<p class="dash-downloads">{conditional_escape(download)}\n'
        f'    <a href="{prefix}.xlsx{suffix}" '
        f"download>{conditional_escape(xlsx)}"
        f'<span class="visually-hidden"> — {title}</span></a>\n'
        f'    · <a href="{prefix}.csv{suffix}" '
        f"download>{conditional_escape(csv)}"
        f'<span class="visually-hidden"> — {title}</span></a>\n'
        f"  </p>\n"
    )


def table_html(table, *, exports="", query=None, printing=False):
    """A table with its caption and, on the page (`query` given, not printing), its
    download links."""
    note = (
        f' <span class="dash-note">{conditional_escape(table.note)}</span>' if table.note else ""
    )
    columns = "".join(
        f'<th scope="col">{conditional_escape(column)}</th>' for column in table.columns
    )
    if table.rows:
        body = table.html_rows()
    else:
        empty = _("No data for this period.")
        body = f'<tr><td colspan="{len(table.columns)}">{conditional_escape(empty)}</td></tr>'
    downloads = _downloads(table, exports, query) if query is not None and not printing else ""
    # Safe: every text above went through conditional_escape; the rows escape their cells.
    return mark_safe(
        f'<div class="dash-table-wrap">\n'
        f'<table class="dash-table" id="table-{conditional_escape(table.key)}">\n'
        f"  <caption>{conditional_escape(table.title)}{note}</caption>\n"
        f"  <thead><tr>{columns}</tr></thead>\n"
        f"  <tbody>\n{body}\n  </tbody>\n</table>\n{downloads}</div>\n"
    )


def _options(context):
    return {
        "exports": context.get("exports") or "",
        "query": context.get("query"),
        "printing": bool(context.get("printing")),
    }


@register.simple_tag(takes_context=True)
def dashboard_table(context, table):
    return table_html(table, **_options(context))


@register.simple_tag(takes_context=True)
def dashboard_chart(context, chart):
    """A chart's SVG with the table it was drawn from: printed beside it, or on the page
    folded under "Data behind the chart"."""
    options = _options(context)
    table = table_html(chart.table, **options)
    title = conditional_escape(chart.title)
    if not options["printing"]:
        summary = _("Data behind the chart")
        table = (
            f'<details class="dash-data">\n'
            f"      <summary>{conditional_escape(summary)}"
            f'<span class="visually-hidden">: {title}</span></summary>\n'
            f"      {table}    </details>\n"
        )
    # Safe: the SVG escapes every label (charts._text), the rest is escaped above.
    return mark_safe(
        f'<figure class="dash-chart">\n'
        f'  <figcaption class="dash-chart-title" aria-hidden="true">{title}</figcaption>\n'
        f"  {chart.svg}\n  {table}</figure>\n"
    )
