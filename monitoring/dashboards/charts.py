"""Server-rendered SVG charts: no JavaScript, printable, readable by screen readers.

Every chart is an `<svg role="img" aria-labelledby="…">` with a `<title>` and a `<desc>`,
and carries the `Table` it was drawn from, which the page shows beside it. Colours are
presentation attributes (not inline styles, which the Content-Security-Policy forbids),
so the same SVG renders in the browser, on paper and in the PDF report. Every label is
escaped: topic names, partner names and office names come from the database.
"""

import html
import re
from dataclasses import dataclass

from django.utils import numberformat
from django.utils.formats import get_format
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from monitoring.dashboards.exports import Table

# Okabe–Ito: told apart by people with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8A7A00", "#555"]
PREVIOUS = "#A6A6A6"
INK = "#1A1A1A"
GRID = "#D0D0D0"
WIDTH = 640
FONT = 'font-family="sans-serif" font-size="12"'
LABEL_CHARACTERS = 30
# Characters XML 1.0 does not allow even escaped; PostgreSQL stores them happily.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Chart:
    key: str
    title: str
    description: str
    svg: str
    table: Table

    def __html__(self):
        return self.svg


def _text(value):
    # What django.utils.html.escape returns, without its lazy-string wrapper and SafeString:
    # a chart escapes hundreds of labels and the parts are marked safe once, together.
    return html.escape(NOT_XML.sub("", str(value)))


def _chart(key, title, description, parts, table):
    # Safe: every text that went into `parts` passed through _text() above.
    return Chart(key, title, description, mark_safe("".join(parts)), table)


def _formatter():
    """What `number_format(value, decimals, use_l10n=True, force_grouping=True)` returns
    ("—" for None), with the language's separators looked up once per chart instead of
    three times per number: a chart writes up to a few hundred numbers."""
    language = get_language()
    decimal_sep, grouping, thousand_sep = (
        get_format(name, language, use_l10n=True)
        for name in ("DECIMAL_SEPARATOR", "NUMBER_GROUPING", "THOUSAND_SEPARATOR")
    )

    def fmt(value, decimals=0):
        if value is None:
            return "—"
        return numberformat.format(
            value,
            decimal_sep,
            decimals,
            grouping,
            thousand_sep,
            force_grouping=True,
            use_l10n=True,
        )

    return fmt


def _short(label):
    label = str(label)
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def _open(key, title, description, height):
    ident = f"chart-{slugify(key)}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{ident}-title" aria-describedby="{ident}-desc" {FONT}>'
        f'<title id="{ident}-title">{_text(title)}</title>'
        f'<desc id="{ident}-desc">{_text(description)}</desc>'
    )


def _empty(key, title, description):
    height = 48
    empty = _("No data for this period.")
    return (
        _open(key, title, description, height)
        + f'<text x="8" y="28" fill="{INK}">{_text(empty)}</text></svg>'
    )


def _legend(names, colours, y):
    parts, x = [], 8
    for name, colour in zip(names, colours, strict=True):
        parts.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{y}" fill="{INK}">{_text(_short(name))}</text>'
        )
        x += 28 + 7 * min(len(str(name)), LABEL_CHARACTERS)
    return "".join(parts)


def bar_chart(
    key, title, description, labels, values, *, previous=None, unit="", decimals=0, table=None
):
    """Horizontal bars, one per label (long labels read well); with `previous`, a thin grey
    bar under each shows the previous period."""
    fmt = _formatter()
    labels, values = list(labels), list(values)
    if table is None:
        columns = [_("Item"), unit or _("Value")]
        rows = [[label, value] for label, value in zip(labels, values, strict=True)]
        if previous is not None:
            columns.append(_("Previous period"))
            rows = [[*row, before] for row, before in zip(rows, previous, strict=True)]
        table = Table(key, title, columns, rows)
    if not labels:
        return _chart(key, title, description, [_empty(key, title, description)], table)
    top = 28 if previous is not None else 8
    step = 34 if previous is not None else 26
    height = top + step * len(labels) + 8
    left, right = 210, WIDTH - 70
    biggest = max([*(v or 0 for v in values), *(v or 0 for v in (previous or []))], default=0)
    scale = (right - left) / biggest if biggest else 0
    parts = [_open(key, title, description, height)]
    if previous is not None:
        parts.append(_legend([_("this period"), _("previous period")], [PALETTE[0], PREVIOUS], 16))
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + index * step
        width = max((value or 0) * scale, 0)
        parts.append(
            f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" fill="{INK}">'
            f"<title>{_text(label)}</title>{_text(_short(label))}</text>"
            f'<rect x="{left}" y="{y + 2}" width="{width:.1f}" height="16" fill="{PALETTE[0]}"/>'
            f'<text x="{left + width + 6:.1f}" y="{y + 14}" fill="{INK}">'
            f"{_text(fmt(value, decimals))}</text>"
        )
        if previous is not None:
            before = previous[index] or 0
            parts.append(
                f'<rect x="{left}" y="{y + 20}" width="{max(before * scale, 0):.1f}" '
                f'height="6" fill="{PREVIOUS}"/>'
            )
    parts.append(
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - 8}" stroke="{INK}"/></svg>'
    )
    return _chart(key, title, description, parts, table)


def stacked_bar_chart(key, title, description, categories, series, *, table=None):
    """One horizontal bar per category, split into the series (e.g. channels per month).
    `series` is a list of (name, values), values aligned with `categories`."""
    fmt = _formatter()
    categories = list(categories)
    names = [name for name, _values in series]
    if table is None:
        rows = [
            [category, *(values[index] for _name, values in series)]
            for index, category in enumerate(categories)
        ]
        table = Table(key, title, ["", *names], rows)
    totals = [
        sum((values[index] or 0) for _name, values in series) for index in range(len(categories))
    ]
    if not categories or not any(totals):
        return _chart(key, title, description, [_empty(key, title, description)], table)
    colours = [PALETTE[index % len(PALETTE)] for index in range(len(series))]
    legend_rows = 1 + len(series) // 4
    top = 12 + 20 * legend_rows
    height = top + 26 * len(categories) + 8
    left, right = 150, WIDTH - 60
    scale = (right - left) / max(totals)
    parts = [_open(key, title, description, height)]
    for row in range(legend_rows):
        chunk = slice(row * 4, row * 4 + 4)
        parts.append(_legend(names[chunk], colours[chunk], 16 + 20 * row))
    for index, category in enumerate(categories):
        y, x = top + index * 26, left
        parts.append(
            f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" fill="{INK}">'
            f"{_text(_short(category))}</text>"
        )
        for (name, values), colour in zip(series, colours, strict=True):
            width = (values[index] or 0) * scale
            if width:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 2}" width="{width:.1f}" height="16" '
                    f'fill="{colour}"><title>{_text(name)}: {_text(fmt(values[index]))}'
                    f"</title></rect>"
                )
            x += width
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 14}" fill="{INK}">{_text(fmt(totals[index]))}</text>'
        )
    parts.append("</svg>")
    return _chart(key, title, description, parts, table)


def line_chart(key, title, description, x_labels, series, *, decimals=0, table=None):
    """A trend: one line per series over `x_labels`; None values leave a gap."""
    fmt = _formatter()
    x_labels = list(x_labels)
    names = [name for name, _values in series]
    if table is None:
        rows = [
            [label, *(values[index] for _name, values in series)]
            for index, label in enumerate(x_labels)
        ]
        table = Table(key, title, ["", *names], rows)
    numbers = [value for _name, values in series for value in values if value is not None]
    if not x_labels or not numbers:
        return _chart(key, title, description, [_empty(key, title, description)], table)
    height, left, right, top, bottom = 240, 56, WIDTH - 24, 32, 200
    low, high = min(0, *numbers), max(numbers)
    if high == low:
        high = low + 1
    colours = [PALETTE[index % len(PALETTE)] for index in range(len(series))]

    def x_of(index):
        return left + (right - left) * (index / max(len(x_labels) - 1, 1))

    def y_of(value):
        return bottom - (bottom - top) * ((value - low) / (high - low))

    parts = [_open(key, title, description, height), _legend(names, colours, 16)]
    for tick in range(5):
        value = low + (high - low) * tick / 4
        y = y_of(value)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}">'
            f"{_text(fmt(value, decimals))}</text>"
        )
    # At most six labels under the axis, so that month names never overlap; the last
    # label is always shown and anchored at its end so it stays inside the drawing.
    every = -(-len(x_labels) // 6)
    for index, label in enumerate(x_labels):
        last = index == len(x_labels) - 1
        if (len(x_labels) - 1 - index) % every == 0:
            anchor = "end" if last and len(x_labels) > 1 else "middle"
            parts.append(
                f'<text x="{x_of(index):.1f}" y="{bottom + 18}" text-anchor="{anchor}" '
                f'fill="{INK}">{_text(_short(label))}</text>'
            )
    for (name, values), colour in zip(series, colours, strict=True):
        segment = []
        for index, value in enumerate([*values, None]):
            if value is None:
                if len(segment) > 1:
                    points = " ".join(segment)
                    parts.append(
                        f'<polyline points="{points}" fill="none" stroke="{colour}" '
                        f'stroke-width="2"/>'
                    )
                segment = []
                continue
            x, y = x_of(index), y_of(value)
            segment.append(f"{x:.1f},{y:.1f}")
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"><title>'
                f"{_text(name)}, {_text(x_labels[index])}: {_text(fmt(value, decimals))}"
                f"</title></circle>"
            )
    parts.append("</svg>")
    return _chart(key, title, description, parts, table)


def distribution_chart(key, title, description, labels, counts, *, colours=None, table=None):
    """Vertical columns over an ordered scale (CSAT 1–5, NPS 0–10)."""
    fmt = _formatter()
    labels, counts = list(labels), list(counts)
    if table is None:
        table = Table(
            key,
            title,
            [_("Score"), _("Answers")],
            [list(p) for p in zip(labels, counts, strict=True)],
        )
    if not labels or not any(counts):
        return _chart(key, title, description, [_empty(key, title, description)], table)
    colours = colours or [PALETTE[0]] * len(labels)
    height, left, right, top, bottom = 200, 16, WIDTH - 16, 24, 170
    slot = (right - left) / len(labels)
    biggest = max(counts)
    parts = [_open(key, title, description, height)]
    for index, (label, count) in enumerate(zip(labels, counts, strict=True)):
        column = (count or 0) / biggest * (bottom - top)
        x = left + index * slot + slot * 0.15
        parts.append(
            f'<rect x="{x:.1f}" y="{bottom - column:.1f}" width="{slot * 0.7:.1f}" '
            f'height="{column:.1f}" fill="{colours[index]}"/>'
            f'<text x="{x + slot * 0.35:.1f}" y="{bottom - column - 4:.1f}" '
            f'text-anchor="middle" fill="{INK}">{_text(fmt(count))}</text>'
            f'<text x="{x + slot * 0.35:.1f}" y="{bottom + 18}" text-anchor="middle" '
            f'fill="{INK}">{_text(_short(label))}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}"/></svg>'
    )
    return _chart(key, title, description, parts, table)
