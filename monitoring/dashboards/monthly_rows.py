"""A month's dashboard figures computed from the rows: cases, referrals, answers and
invitations grouped by local calendar month, by the same definitions as `figures`.
`monthly` stores them and decides when a stored month can be trusted.
"""

from collections import defaultdict

from django.db.models import Count, F, Min, Q
from django.db.models.functions import TruncMonth

from desk.models import Case, Referral
from feedback.models import Invitation, Response
from monitoring.dashboards.figures import (
    answer_counts,
    answer_distributions,
    case_counts,
    invitation_counts,
    referral_counts,
    scoped_cases,
    with_first_visit,
)
from monitoring.dashboards.periods import month_of, months_span


def _empty_month():
    return {
        "cases": {
            "total": 0,
            "fa_judged": 0,
            "fa_kept": 0,
            "res_judged": 0,
            "res_kept": 0,
            "fa_median": None,
            "fa_p90": None,
            "res_median": None,
            "res_p90": None,
        },
        "channels": {},
        "statuses": {},
        "officers": {},
        "topics": {},
        "entrepreneurs": {"new": 0, "returning": 0, "anonymous": 0},
        "referrals": {},
        "responses": {
            "n": 0,
            "csat": None,
            "promoters": 0,
            "detractors": 0,
            "csat_counts": [0] * 5,
            "nps_counts": [0] * 11,
        },
        "invitations": {"n": 0, "answered": 0},
    }


def compute_months(*, office, months, today):
    """The figures of each of `months` (first days, ascending) for `office` (None: all
    offices), judged as of `today`. Returns {month: (figures, valid_through)}. Seven
    queries whatever the number of months."""
    wanted = set(months)
    start, end = months_span(months)
    result = {month: _empty_month() for month in months}
    pending = defaultdict(list)  # due days still to come, per month

    def per_month(rows):
        for row in rows:
            month = month_of(row.pop("month"))
            if month in wanted:
                yield month, result[month], row

    cases = scoped_cases(office=office).filter(opened_at__gte=start, opened_at__lt=end)
    for month, figures, row in per_month(_case_totals(cases, today)):
        pending[month] += [row.pop("fa_due"), row.pop("res_due")]
        figures["cases"] = row
    breakdowns = (
        cases.annotate(month=TruncMonth("opened_at"))
        .values("month", "channel", "status", "officer")
        .annotate(n=Count("pk"))
    )
    for _month, figures, row in per_month(breakdowns):
        for key, value in (
            ("channels", row["channel"]),
            ("statuses", row["status"]),
            ("officers", str(row["officer"] or "")),
        ):
            figures[key][value] = figures[key].get(value, 0) + row["n"]
    topics = (
        Case.topics.through.objects.filter(case__in=cases.values("pk"))
        .annotate(month=TruncMonth("case__opened_at"))
        .values("month", "topic")
        .annotate(n=Count("pk"))
    )
    for _month, figures, row in per_month(topics):
        figures["topics"][str(row["topic"])] = row["n"]
    for _month, figures, row in per_month(_visitors(cases)):
        figures["entrepreneurs"] = row

    referrals = Referral.objects.order_by().filter(sent_at__gte=start, sent_at__lt=end)
    responses = Response.objects.order_by().filter(created_at__gte=start, created_at__lt=end)
    invitations = Invitation.objects.order_by().filter(created_at__gte=start, created_at__lt=end)
    if office is not None:
        referrals = referrals.filter(case__office=office)
        responses = responses.filter(invitation__office_id=office.pk)
        invitations = invitations.filter(office_id=office.pk)
    for month, figures, row in per_month(_referrals(referrals, today)):
        pending[month].append(row["due"])
        if row["unmarked"]:
            # `mark_unanswered_referrals` will change their outcome: trusted today only.
            pending[month].append(today)
        figures["referrals"][str(row["organisation"])] = {
            "sent": row["sent"],
            "judged": row["judged"],
            "in_time": row["in_time"],
            "statuses": {value: row[f"status_{value}"] for value in Referral.Status.values},
        }
    for _month, figures, row in per_month(_answers(responses)):
        figures["responses"] = {
            "n": row["n"],
            "csat": row["csat_average"],
            "promoters": row["promoters"],
            "detractors": row["detractors"],
            "csat_counts": [row[f"csat_{score}"] for score in range(1, 6)],
            "nps_counts": [row[f"nps_{score}"] for score in range(11)],
        }
    invited = (
        invitations.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(**invitation_counts())
    )
    for _month, figures, row in per_month(invited):
        figures["invitations"] = row

    return {
        month: (result[month], min((day for day in pending[month] if day), default=None))
        for month in months
    }


def _case_totals(cases, today):
    """Per month: `case_summary`'s figures (`case_counts`), and the next due day of an
    unanswered and of an unresolved case (the day the shares may change)."""
    return (
        cases.annotate(month=TruncMonth("opened_at"))
        .values("month")
        .annotate(
            **case_counts(today=today),
            fa_due=Min(
                "first_answer_due",
                filter=Q(first_answer_at__isnull=True, first_answer_due__gte=today),
            ),
            res_due=Min(
                "resolution_due", filter=Q(resolved_at__isnull=True, resolution_due__gte=today)
            ),
        )
    )


def _visitors(cases):
    """Per month: new, returning and anonymous visitors (`entrepreneurs_new_and_returning`).
    Someone with a case in the month came first before it (returning) or within it (new),
    at any office, under any office's record of them (`with_first_visit`)."""
    return (
        with_first_visit(cases)
        .annotate(month=TruncMonth("opened_at"), first_month=TruncMonth("first_visit"))
        .values("month")
        .annotate(
            new=Count("person", distinct=True, filter=Q(first_month=F("month"))),
            returning=Count("person", distinct=True, filter=Q(first_month__lt=F("month"))),
            anonymous=Count("pk", filter=Q(entrepreneur__isnull=True)),
        )
    )


def _referrals(referrals, today):
    """Per month and partner: `referrals_per_partner`'s figures, the next due day of an
    unanswered referral, and how many are past due but not yet marked "no answer"."""
    return (
        referrals.annotate(month=TruncMonth("sent_at"))
        .values("month", "organisation")
        .annotate(
            **referral_counts(today=today),
            due=Min("due_at", filter=Q(answered_at__isnull=True, due_at__gte=today)),
            unmarked=Count("pk", filter=Q(status=Referral.Status.SENT, due_at__lt=today)),
            **{
                f"status_{value}": Count("pk", filter=Q(status=value))
                for value in Referral.Status.values
            },
        )
    )


def _answers(responses):
    """Per month of answer: `satisfaction`'s counts, averages and distributions."""
    return (
        responses.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(**answer_counts(), **answer_distributions())
    )
