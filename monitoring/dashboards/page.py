"""The dashboard page's board and its sections, a past month's kept in each process.

A past month's dashboard shows mostly figures of its stored monthly summaries
(`monthly`): the charts and tables of cases, referrals and satisfaction, and most key
figures (`_sections.html`). Building and drawing them was most of a request, and they stay
the same until a summary is recomputed. So each process keeps them, rendered, with the
board's stored part (`board.stored_month`), under:

- the language (labels, number and month formats), the query string and the exports'
  address (the tables' download links);
- the office and the month;
- each stored month's row and `computed_at`. Whether the rows are still fresh is decided
  on every request before the key is made (`monthly.fresh_months`); a summary recomputed
  — on read when a case, referral or invitation of its month changed or a due day
  passed, by the nightly refresh, in any process — has a new `computed_at`, hence a new
  key, at once everywhere.

The names shown (topics, officers, partners) come from their tables, not the summaries:
every hit reads them again (`monthly_board.read_names`: the topics' and officers' only
when the `desk` change count moved, the partners' always) and renders anew when one
changed. What is true "now" is never kept with them: open and overdue cases (read again
whenever the `desk` count moves), the latest comments and improvement actions (read on
every request); nor is the report form, which carries the CSRF token: every request
renders them. The current month, computed live, and other periods are never kept.

Two more pieces are kept apart, each under what it shows:
- the manual's section (the same for every office): under its two stored months' rows and
  `computed_at`, the state of the articles (`manual_now`: history, count and views of
  the published ones) and the day, all read on every request;
- the office and period filters (`filters_markup`): under the query string, the language
  and the offices, which are read on every request anyway.

The `desk` change count (`infopoint.changes`) is read with the user on the primary; with
a replica configured the figures may come from a replica that has not caught up with it,
so it is not used there.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from infopoint.db_router import replica_alias
from infopoint.lru import BoundedLRU, kept_in_process
from monitoring.dashboards import figures, manual_months, manual_now, monthly, monthly_board
from monitoring.dashboards.board import dashboard_figures, month_dashboard, stored_month
from monitoring.dashboards.periods import MONTH, local_today

SECTIONS = ("key_figures", "cases", "referrals", "satisfaction")
TEMPLATE = "monitoring/dashboards/_sections.html"
# A head looks at a few offices and months in two languages; a month's sections are
# ≈ 120,000 characters, about as much again for its board.
ENTRIES = 32
SIZE = 8 * 1024 * 1024  # characters of markup, all months together


@dataclass(frozen=True)
class _Kept:
    stored: monthly_board.StoredMonth
    names: tuple  # the names as `stored` shows them, in order (`_names_shown`)
    sections: dict  # name → rendered markup


_store = BoundedLRU(ENTRIES, SIZE)
_manuals = BoundedLRU(ENTRIES, 1024 * 1024)
_filters = BoundedLRU(256, 1024 * 1024)


@kept_in_process
def forget_kept_months():
    """Forget everything the dashboards keep in this process (tests: their keys hold row
    ids and change counts, which a rolled-back test reuses)."""
    _store.clear()
    _manuals.clear()
    _filters.clear()
    monthly.forget_checked_months()
    monthly_board.forget_read_at_counts()
    manual_now.forget_articles()


def dashboard_page(*, period, office, query, exports, desk_changes=None, today=None):
    """The board of the dashboard page and its rendered sections (`SECTIONS` and the
    manual's). `desk_changes`: the reader's `desk` change count (`infopoint.changes`)."""
    if period.kind != MONTH or period.end > timezone.now():
        board = dashboard_figures(period=period, office=office, today=today)
        return board, _render(board, (*SECTIONS, "manual"), query=query, exports=exports)
    if replica_alias() != "default":
        # The count is read on the primary, the figures on a replica that may lag it: a
        # count must never stand for figures read before its changes arrived.
        desk_changes = None
    manual_key, articles_state = _manual_key(period, query=query, exports=exports, today=today)
    manual = _manuals.get(manual_key) if manual_key else None
    context = {"period": period, "office": office, "today": today, "desk_changes": desk_changes}
    live = {"with_manual": manual is None, "articles_state": articles_state}
    months = figures.trend_months(period)
    fresh = monthly.fresh_months(
        office=office, months=months, today=today, desk_changes=desk_changes
    )
    key = None
    if len(fresh) == len(months):
        stored_rows = tuple((month, row.pk, row.computed_at) for month, row in fresh.items())
        key = (get_language(), query, exports, office and office.pk, period.first, stored_rows)
        kept = _store.get(key)
        if kept is not None and kept.names == _names_shown(
            monthly_board.read_names(kept.stored.wanted, desk_changes=desk_changes)
        ):
            board = month_dashboard(kept.stored, **context, **live)
            manual = manual or _manual(board, manual_key, query=query, exports=exports)
            return board, {**kept.sections, "manual": manual}
    stored = stored_month(**context, fresh=fresh)
    board = month_dashboard(stored, **context, **live)
    sections = _render(board, SECTIONS, query=query, exports=exports)
    if key is not None:
        size = sum(len(markup) for markup in sections.values())
        _store.put(key, _Kept(stored, _names_shown(stored.names), sections), size)
    manual = manual or _manual(board, manual_key, query=query, exports=exports)
    return board, {**sections, "manual": manual}


def _manual_key(period, *, query, exports, today):
    """The key of the manual's section, when its months are stored (the manual serves
    every office: the office is not part of it), and the state of the articles
    (`manual_now`). Two queries: the stored months' keys and that state."""
    months = [period.previous().first, period.first]
    stored = manual_months.stored_keys(months)
    state = manual_now.articles_state()
    if len(stored) < len(months):
        return None, state
    rows = tuple(stored[month] for month in months)
    key = (get_language(), query, exports, period.first, rows, state, today or local_today())
    return key, state


def _manual(board, key, *, query, exports):
    markup = _render(board, ("manual",), query=query, exports=exports)["manual"]
    if key is not None:
        _manuals.put(key, markup, len(markup))
    return markup


def filters_markup(form, *, query=None):
    """The office and period filters, rendered. `query`: the query string the form is
    bound to (a GET); the markup then depends only on it, the language and the offices,
    and is kept per process. A form bound to anything else (a POST) is rendered anew."""
    if query is None:
        return render_to_string(f"{TEMPLATE}#filters", {"form": form})
    offices = tuple((office.pk, office.slug, str(office)) for office in form.offices())
    key = (get_language(), query, offices, local_today())  # unfiltered, it shows today
    markup = _filters.get(key)
    if markup is None:
        markup = render_to_string(f"{TEMPLATE}#filters", {"form": form})
        _filters.put(key, markup, len(markup))
    return markup


def _names_shown(names):
    # In order: the names' order decides ties in the charts.
    return tuple((kind, tuple(found.items())) for kind, found in names.items())


def _render(board, names, *, query, exports):
    context = {"board": board, "query": query, "exports": exports}
    return {name: render_to_string(f"{TEMPLATE}#{name}", context) for name in names}
