"""The figures of a month dashboard, read from the stored monthly summaries.

Each function turns the month's and the previous month's summaries (`monthly`) into the
same objects the live computation in `figures.py` returns, in the same order; only the
figures of "now" (open and overdue cases, improvement actions, the manual's articles)
and the latest comments are read live. Names come from their tables at read time, so a
renamed topic, officer or partner shows its current name.
"""

from dataclasses import dataclass, replace

from django.contrib.auth import get_user_model
from django.db.models import CharField, Count, F, Q, Value, Window
from django.db.models.functions import RowNumber
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from desk.models import OPEN_STATUSES, Channel, Referral, Status
from manual.models import Topic
from monitoring.dashboards import figures, manual_months, monthly
from monitoring.dashboards.figures import (
    Breakdown,
    Compared,
    MonthlyTrend,
    PartnerRow,
    Satisfaction,
    SatisfactionTrend,
    net_promoter_score,
    rounded,
    share,
)
from monitoring.dashboards.periods import local_today
from stakeholders.models import Organisation

CASE_FIGURES = (
    "total",
    "fa_judged",
    "fa_kept",
    "res_judged",
    "res_kept",
    "fa_median",
    "fa_p90",
    "res_median",
    "res_p90",
)


@dataclass(frozen=True)
class StoredMonth:
    """What the stored summaries decide on a month dashboard."""

    figures: dict  # keyword arguments of `board.Dashboard`
    cases: tuple  # this and the previous month's case figures, for the key figures


def month_figures(*, period, office=None, today=None, comments=figures.TOP):
    """Every figure of the month dashboard, as keyword arguments of `board.Dashboard`."""
    stored = stored_month(period=period, office=office, today=today)
    return {
        **stored.figures,
        **live_figures(stored, period=period, office=office, today=today, comments=comments),
    }


def stored_month(*, period, office=None, today=None):
    """The part of the month dashboard read from the stored summaries (or computed like
    them, for a month not stored or no longer fresh), with the names it shows."""
    months = figures.trend_months(period)
    stored = monthly.dashboard_months(
        office=office,
        months=months,
        full=[period.first, period.previous().first],
        today=today,
    )
    current, previous = stored[period.first], stored[period.previous().first]
    names = read_names(wanted_names(current, previous))
    return StoredMonth(
        figures={
            "channels": cases_by_channel(current, previous),
            "statuses": cases_by_status(current, previous),
            "topics": cases_by_topic(current, previous, names["topic"]),
            "officers": cases_by_officer(current, previous, names["officer"]),
            "entrepreneurs": entrepreneurs(current, previous),
            "trend": MonthlyTrend(months, _channels_per_month(months, stored)),
            "partners": referrals_per_partner(current, previous, names["partner"]),
            "satisfaction": satisfaction(current, previous),
            "satisfaction_trend": satisfaction_trend(months, stored),
        },
        cases=(current["cases"], previous["cases"]),
    )


def live_figures(stored, *, period, office=None, today=None, comments=figures.TOP):
    """What every request reads afresh: open and overdue cases now, the latest comments,
    improvement actions and the manual's articles (their views and reviews)."""
    today = today or local_today()
    return {
        "summary": case_summary(*stored.cases, office=office, today=today),
        "satisfaction": replace(
            stored.figures["satisfaction"],
            comments=figures.latest_comments(period=period, office=office, count=comments),
        ),
        "improvements": figures.improvements(period=period, office=office, today=today),
        "manual": manual(period, today),
    }


def case_summary(current, previous, *, office, today):
    """The key figures from this and the previous month's stored case figures, with the
    open and overdue cases now (one query)."""
    # Among open cases, overdue_q without its status test: every column counted is in
    # the desk's partial index of open cases, read without visiting the table.
    overdue = Q(resolution_due__lt=today) | Q(
        first_answer_at__isnull=True, first_answer_due__lt=today
    )
    row = (
        figures.scoped_cases(office=office)
        .filter(status__in=OPEN_STATUSES)
        .aggregate(open_now=Count("office"), overdue_now=Count("office", filter=overdue))
    )
    for name in CASE_FIGURES:
        row[f"cur_{name}"] = current[name]
        row[f"prev_{name}"] = previous[name]
    return figures.case_summary_from(row)


def _pairs(current, previous, key):
    keys = set(current[key]) | set(previous[key])
    return {value: (current[key].get(value, 0), previous[key].get(value, 0)) for value in keys}


def _breakdown(breakdown, rows):
    for label, (cur, prev) in rows:
        breakdown.labels.append(label)
        breakdown.current.append(cur)
        breakdown.previous.append(prev)
    return breakdown


def cases_by_channel(current, previous):
    labels = dict(Channel.choices)
    pairs = sorted(_pairs(current, previous, "channels").items(), key=lambda i: (-i[1][0], i[0]))
    return _breakdown(
        Breakdown("channels", _("Cases by channel"), _("Channel")),
        [(str(labels.get(value, value)), counts) for value, counts in pairs],
    )


def cases_by_status(current, previous):
    pairs = _pairs(current, previous, "statuses")
    return _breakdown(
        Breakdown("statuses", _("Cases by status"), _("Status")),
        [(str(label), pairs[value]) for value, label in Status.choices if value in pairs],
    )


def wanted_names(current, previous):
    """{kind: pks} of the topics, officers and partners the two months name."""
    return {
        kind: sorted({int(pk) for pk in set(current[key]) | set(previous[key]) if pk})
        for kind, key in (("topic", "topics"), ("officer", "officers"), ("partner", "referrals"))
    }


# The parts of `read_names`: (manager, kind, name fields, order of its table).
NAME_PARTS = [
    (Topic.objects, "topic", ("title", "title_en", None), ("order", "title")),
    (
        get_user_model().objects,
        "officer",
        ("first_name", "last_name", "username"),
        ("last_name", "pk"),
    ),
    (Organisation.objects, "partner", ("name", "name_en", None), ("name", "pk")),
]


def read_names(wanted):
    """The names of the `wanted` topics, officers and partners, each in the order of its
    own table, in one query: {kind: {pk: (name fields)}} in that order. The database
    ranks them (its collation decides ties, as it did in the live queries)."""
    queries = []
    for manager, kind, fields, order in NAME_PARTS:
        texts = {
            f"name_part_{index}": F(name) if name else Value("", output_field=CharField())
            for index, name in enumerate(fields)
        }
        queries.append(
            manager.filter(pk__in=wanted[kind])
            .order_by()
            .annotate(
                name_kind=Value(kind, output_field=CharField()),
                name_key=F("pk"),
                **texts,
                name_rank=Window(RowNumber(), order_by=[F(name).asc() for name in order]),
            )
            .values_list(
                "name_kind", "name_key", "name_part_0", "name_part_1", "name_part_2", "name_rank"
            )
        )
    rows = sorted(
        queries[0].union(*queries[1:], all=True).order_by(), key=lambda row: (row[0], row[5])
    )
    names = {kind: {} for _manager, kind, *_rest in NAME_PARTS}
    for kind, pk, *texts, _rank in rows:
        names[kind][pk] = tuple(texts)
    return names


def cases_by_topic(current, previous, topics):
    pairs = {int(pk): counts for pk, counts in _pairs(current, previous, "topics").items()}
    # The topics' own order (order, title) breaks ties, as the live query orders them.
    rank = {pk: index for index, pk in enumerate(topics)}
    ordered = sorted(topics, key=lambda pk: (-pairs[pk][0], rank[pk]))
    english = get_language() == "en"
    rows = []
    for pk in ordered:
        title, title_en, _blank = topics[pk]
        # What `Topic.display_title` shows.
        rows.append((title_en if english and title_en else title, pairs[pk]))
    return _breakdown(Breakdown("topics", _("Cases by topic"), _("Topic")), rows)


def cases_by_officer(current, previous, users):
    counts = {}
    pairs = _pairs(current, previous, "officers")
    rank = {pk: index for index, pk in enumerate(users)}
    for pk, (cur, prev) in pairs.items():
        # An officer deleted since is "not assigned" now, as the live query would say.
        key = int(pk) if pk and int(pk) in users else None
        before = counts.get(key, (0, 0))
        counts[key] = (before[0] + cur, before[1] + prev)
    ordered = sorted(counts, key=lambda pk: (-counts[pk][0], rank.get(pk, len(rank))))
    rows = []
    for pk in ordered:
        label = figures.officer_name(*users[pk]) if pk in users else str(_("not assigned"))
        rows.append((label, counts[pk]))
    return _breakdown(Breakdown("officers", _("Cases by officer"), _("Officer")), rows)


def entrepreneurs(current, previous):
    breakdown = Breakdown("entrepreneurs", _("New and returning entrepreneurs"), _("Visitors"))
    for name, label in (
        ("new", _("new entrepreneurs")),
        ("returning", _("returning entrepreneurs")),
        ("anonymous", _("anonymous consultations")),
    ):
        breakdown.labels.append(str(label))
        breakdown.current.append(current["entrepreneurs"][name])
        breakdown.previous.append(previous["entrepreneurs"][name])
    return breakdown


def _channels_per_month(months, stored):
    channels = [
        (str(label), [stored[month]["channels"].get(value, 0) for month in months])
        for value, label in Channel.choices
    ]
    return [item for item in channels if any(item[1])]


def referrals_per_partner(current, previous, organisations):
    empty = {"sent": 0, "judged": 0, "in_time": 0, "statuses": {}}
    # Read once: an enum's `values` builds a new list on every access, and a region has
    # a hundred partners.
    outcomes = Referral.Status.values
    rank = {pk: index for index, pk in enumerate(organisations)}
    sent = {pk: current["referrals"].get(str(pk), empty)["sent"] for pk in rank}
    ordered = sorted(organisations, key=lambda pk: (-sent[pk], rank[pk]))
    english = get_language() == "en"
    partners = []
    for pk in ordered:
        cur = current["referrals"].get(str(pk), empty)
        prev = previous["referrals"].get(str(pk), empty)
        name, name_en, _blank = organisations[pk]
        if english and name_en:
            name = name_en
        partners.append(
            PartnerRow(
                organisation_id=pk,
                name=name,
                sent=Compared(cur["sent"], prev["sent"]),
                judged=Compared(cur["judged"], prev["judged"]),
                in_time=Compared(cur["in_time"], prev["in_time"]),
                in_time_share=Compared(
                    share(cur["in_time"], cur["judged"]), share(prev["in_time"], prev["judged"])
                ),
                outcomes={value: cur["statuses"].get(value, 0) for value in outcomes},
            )
        )
    return partners


def _nps(responses):
    return net_promoter_score(responses["promoters"], responses["detractors"], responses["n"])


def satisfaction(current, previous):
    """The month's answers and invitations; the latest comments are read live."""
    cur, prev = current["responses"], previous["responses"]
    invited, invited_before = current["invitations"], previous["invitations"]
    return Satisfaction(
        responses=Compared(cur["n"], prev["n"]),
        invitations=Compared(invited["n"], invited_before["n"]),
        response_rate=Compared(
            share(invited["answered"], invited["n"]),
            share(invited_before["answered"], invited_before["n"]),
        ),
        csat_average=Compared(rounded(cur["csat"], 2), rounded(prev["csat"], 2)),
        nps=Compared(_nps(cur), _nps(prev)),
        csat_counts=list(cur["csat_counts"]),
        nps_counts=list(cur["nps_counts"]),
    )


def satisfaction_trend(months, stored):
    csat, nps = [], []
    for month in months:
        responses = stored[month]["responses"]
        answered = responses["n"] > 0
        csat.append(rounded(responses["csat"], 2) if answered else None)
        nps.append(_nps(responses) if answered else None)
    return SatisfactionTrend(months, csat, nps)


def manual(period, today):
    """The manual's figures: its searches and votes of the month and the one before read
    from the stored months, its articles as they are now."""
    month, before = period.first, period.previous().first
    stored = manual_months.stored_months([before, month])
    cur, prev = stored[month], stored[before]
    searches = {
        "cur": cur["searches"],
        "prev": prev["searches"],
        "cur_zero": cur["zero"],
        "prev_zero": prev["zero"],
    }
    votes = {
        "cur": cur["votes"],
        "prev": prev["votes"],
        "cur_helpful": cur["helpful"],
        "prev_helpful": prev["helpful"],
    }

    def rows(key):
        return [
            {"normalised": normalised, "count": count, "zero": zero}
            for normalised, count, zero in cur[key]
        ]

    per_article = {int(pk): tuple(counts) for pk, counts in cur["articles"].items()}
    return figures.manual_figures(
        period=period,
        today=today,
        searches=(searches, rows("top"), rows("top_zero")),
        votes=(votes, per_article),
        articles=figures.manual_articles(today=today),
    )
