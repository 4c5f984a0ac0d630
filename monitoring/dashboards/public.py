"""The public transparency figures: per office and month, aggregated only.

Privacy rule: a figure built from fewer than five cases (answers, referrals) is
withheld, so that nobody can recognise a person ("the only e-mail consultation of
March"). In a breakdown, withholding one small category is not enough when the total is
published — it could be recovered by subtraction — so the smallest shown categories are
withheld too until the withheld ones add up to at least five (secondary suppression).
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from desk.models import Case, Channel, Office, Referral
from feedback.models import Invitation, Response
from monitoring.dashboards.figures import (
    answer_counts,
    case_counts,
    invitation_counts,
    net_promoter_score,
    referral_counts,
    rounded,
    share,
    walk_in_waits,
    within,
)
from monitoring.dashboards.periods import MONTH, Period, local_today

MIN_CASES = 5


class Withheld:
    """Stands in for a figure built from fewer than MIN_CASES cases."""

    withheld = True

    def __str__(self):
        return str(_("fewer than 5 — not shown"))


WITHHELD = Withheld()


def guard(value, basis):
    return value if basis >= MIN_CASES else WITHHELD


def suppress_breakdown(items):
    """[(label, count)] → [(label, count or WITHHELD)], biggest first, zeros dropped."""
    items = sorted(((label, n) for label, n in items if n), key=lambda item: -item[1])
    hidden = {index for index, (_label, n) in enumerate(items) if n < MIN_CASES}
    shown = [index for index in range(len(items)) if index not in hidden]
    while hidden and shown and sum(items[i][1] for i in hidden) < MIN_CASES:
        hidden.add(shown.pop())
    return [(label, WITHHELD if index in hidden else n) for index, (label, n) in enumerate(items)]


@dataclass
class OfficeMonth:
    office: Office
    consultations: object = 0
    channels: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    first_answer_share: object = None
    resolution_share: object = None
    walk_in_wait_minutes: object = None
    csat: object = None
    nps: object = None
    response_rate: object = None
    partners: list = field(default_factory=list)


def month_choices(today=None, count=12):
    """The months the page offers, newest first; the current month is incomplete but
    offered too."""
    today = today or local_today()
    months, month = [], today.replace(day=1)
    for _step in range(count):
        months.append(month)
        month = Period.containing(MONTH, month).previous().first
    return months


def default_month(today=None):
    """The last complete month."""
    return month_choices(today, 2)[1]


def transparency_figures(*, month: date, today=None):
    """Every public office's figures for one month. Seven queries whatever the data."""
    today = today or local_today()
    period = Period.containing(MONTH, month)
    offices = list(Office.objects.filter(is_public=True))
    ids = [office.pk for office in offices]
    cases = Case.objects.order_by().filter(office__in=ids).filter(within(period, "opened_at"))
    summary = {
        row["office"]: row
        for row in cases.values("office").annotate(**case_counts(today=today), **walk_in_waits())
    }
    channels = {}
    for row in cases.values("office", "channel").annotate(n=Count("pk")):
        channels.setdefault(row["office"], []).append((row["channel"], row["n"]))
    topics = {}
    for row in (
        cases.filter(topics__isnull=False)
        .values("office", "topics__title", "topics__title_en")
        .annotate(n=Count("pk"))
    ):
        english = get_language() == "en" and row["topics__title_en"]
        label = row["topics__title_en"] if english else row["topics__title"]
        topics.setdefault(row["office"], []).append((label, row["n"]))
    satisfaction = {
        row["invitation__office_id"]: row
        for row in Response.objects.order_by()
        .filter(invitation__office_id__in=ids)
        .filter(within(period, "created_at"))
        .values("invitation__office_id")
        .annotate(**answer_counts())
    }
    invitations = {
        row["office_id"]: row
        for row in Invitation.objects.order_by()
        .filter(office_id__in=ids)
        .filter(within(period, "created_at"))
        .values("office_id")
        .annotate(**invitation_counts())
    }
    partners = {}
    for row in (
        Referral.objects.order_by()
        .filter(case__office__in=ids)
        .filter(within(period, "sent_at"))
        .values("case__office", "organisation__name", "organisation__name_en")
        .annotate(**referral_counts(today=today))
        .order_by("organisation__name")
    ):
        english = get_language() == "en" and row["organisation__name_en"]
        name = row["organisation__name_en"] if english else row["organisation__name"]
        partners.setdefault(row["case__office"], []).append(
            (name, guard(share(row["in_time"], row["judged"]), row["judged"]))
        )
    channel_labels = dict(Channel.choices)
    result = []
    for office in offices:
        row = summary.get(office.pk)
        answers = satisfaction.get(office.pk)
        invited = invitations.get(office.pk)
        figures = OfficeMonth(office=office)
        if row:
            figures.consultations = guard(row["total"], row["total"])
            figures.first_answer_share = guard(
                share(row["fa_kept"], row["fa_judged"]), row["fa_judged"]
            )
            figures.resolution_share = guard(
                share(row["res_kept"], row["res_judged"]), row["res_judged"]
            )
            figures.walk_in_wait_minutes = guard(rounded(row["wait_median"], 0), row["waits"])
        figures.channels = suppress_breakdown(
            (channel_labels.get(value, value), n) for value, n in channels.get(office.pk, [])
        )
        figures.topics = suppress_breakdown(topics.get(office.pk, []))
        if answers:
            figures.csat = guard(rounded(answers["csat_average"], 2), answers["n"])
            figures.nps = guard(
                net_promoter_score(answers["promoters"], answers["detractors"], answers["n"]),
                answers["n"],
            )
        if invited:
            figures.response_rate = guard(share(invited["answered"], invited["n"]), invited["n"])
        figures.partners = partners.get(office.pk, [])
        result.append(figures)
    return result
