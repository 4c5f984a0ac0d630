"""Referrals per partner organisation: how many, answered in time, outcomes."""

from dataclasses import dataclass

from django.db.models import (
    Count,
    Q,
)
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from desk.models import Referral
from monitoring.dashboards.exports import Table
from monitoring.dashboards.figures.base import (
    Compared,
    share,
    within,
)
from monitoring.dashboards.figures.measures import (
    prefixed,
    referral_counts,
)


@dataclass
class PartnerRow:
    organisation_id: int
    name: str
    sent: Compared
    judged: Compared
    in_time: Compared
    in_time_share: Compared
    outcomes: dict  # status → count of this period's referrals


def referrals_per_partner(*, period, office=None, today=None):
    """Referrals sent in the period per partner organisation: how many, how many got an
    answer within the agreed time (judged like the case standards: once answered or past
    due), and their outcome so far. One query."""
    today = today or timezone.localdate()
    before = period.previous()
    referrals = Referral.objects.order_by()
    if office is not None:
        referrals = referrals.filter(case__office=office)
    aggregates = {}
    for tag, chosen in (("cur", period), ("prev", before)):
        aggregates |= prefixed(tag, referral_counts(today=today, when=within(chosen, "sent_at")))
    statuses = Referral.Status.choices
    aggregates |= {
        f"status_{value}": Count("pk", filter=within(period, "sent_at") & Q(status=value))
        for value, _label in statuses
    }
    rows = (
        referrals.filter(within(before, "sent_at") | within(period, "sent_at"))
        .values("organisation", "organisation__name", "organisation__name_en")
        .annotate(**aggregates)
        .order_by("-cur_sent", "organisation__name")
    )
    english = get_language() == "en"
    partners = []
    for row in rows:
        name = row["organisation__name"]
        if english and row["organisation__name_en"]:
            name = row["organisation__name_en"]
        partners.append(
            PartnerRow(
                organisation_id=row["organisation"],
                name=name,
                sent=Compared(row["cur_sent"], row["prev_sent"]),
                judged=Compared(row["cur_judged"], row["prev_judged"]),
                in_time=Compared(row["cur_in_time"], row["prev_in_time"]),
                in_time_share=Compared(
                    share(row["cur_in_time"], row["cur_judged"]),
                    share(row["prev_in_time"], row["prev_judged"]),
                ),
                outcomes={value: row[f"status_{value}"] for value, _label in statuses},
            )
        )
    return partners


def referrals_table(partners):
    statuses = Referral.Status.choices
    return Table(
        "referrals",
        _("Referrals per partner"),
        [
            _("Partner organisation"),
            _("Sent"),
            _("Sent, previous period"),
            _("Answered in time, %"),
            _("Answered in time, previous period, %"),
            *(str(label) for _value, label in statuses),
        ],
        [
            [
                partner.name,
                partner.sent.current,
                partner.sent.previous,
                partner.in_time_share.current,
                partner.in_time_share.previous,
                *(partner.outcomes[value] for value, _label in statuses),
            ]
            for partner in partners
        ],
    )
