"""What each figure counts, defined once: the live dashboard (`figures`), the stored months
(`monthly`), the period reports and the public transparency page (`public`) all count
through these.

Service-standard compliance uses the due dates the desk stored on each case when it was
opened (`first_answer_due`, `resolution_due`, computed on the Russian working-day
calendar by `desk.working_days`): an answer is in time when it came on or before the due
day, in local (Kaliningrad) time. A case counts towards a share only once it can be
judged: it has been answered (resolved), or its due day has passed without an answer.
Referrals are judged the same way against their agreed answer date.
"""

from django.db.models import (
    Avg,
    Count,
    DateTimeField,
    F,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce

from desk.models import Case, Channel, Entrepreneur
from feedback.models import Response
from monitoring.dashboards.figures.base import (
    Percentile,
    hours_between,
    minutes_between,
)


class _OncePerGroup(Subquery):
    """A subquery correlated with the columns a grouped queryset groups by, evaluated once
    per group. Django groups by every annotation that is not an aggregate, so a plain
    `Subquery` would be evaluated for each row first and grouped by its value."""

    def get_group_by_cols(self):
        return []


def _first_visit(person, kind=Subquery):
    """When `person` (a record's id, see `with_first_visit`) first came to the desk: the
    first case of any of their records, at any office."""
    same_person = Entrepreneur.objects.filter(Q(pk=person) | Q(first_record=person))
    return kind(
        Case.objects.filter(entrepreneur__in=same_person.values("pk"))
        .order_by()
        .annotate(everyone=Value(1))
        .values("everyone")
        .annotate(first=Min("opened_at"))
        .values("first"),
        output_field=DateTimeField(),
    )


def person():
    """Who a case's entrepreneur is for the figures (see `with_first_visit`)."""
    return Coalesce(F("entrepreneur__first_record"), F("entrepreneur"))


def with_first_visit(cases):
    """`cases` with who each case's entrepreneur is for the figures (`person`) and when that
    person first came to the desk, at any office (`first_visit`): a case of the period is
    a new entrepreneur's when this falls within the period, a returning one's before it.

    A person is a record of an entrepreneur, or, when other offices keep records of the
    same taxpayer (by INN, `Entrepreneur.first_record`), all of those records: someone who
    consulted office A and then office B is one person, returning at B. Records without an
    INN (the public forms, people who gave none) are a person each."""
    return cases.annotate(person=person()).annotate(
        first_visit=_first_visit(OuterRef(OuterRef("person")))
    )


def first_visit_per_record(cases):
    """`cases` grouped per record of an entrepreneur (the anonymous ones in one group), with
    the first visit of the record's person (`with_first_visit`) looked up once per record
    rather than once per case: over a year of a region's cases, seconds."""
    record = Coalesce(
        OuterRef(OuterRef("entrepreneur__first_record")), OuterRef(OuterRef("entrepreneur"))
    )
    return cases.values("entrepreneur", "entrepreneur__first_record").annotate(
        first_visit=_first_visit(record, kind=_OncePerGroup)
    )


def first_answer_judged(today):
    return Q(first_answer_due__isnull=False) & (
        Q(first_answer_at__isnull=False) | Q(first_answer_due__lt=today)
    )


FIRST_ANSWER_KEPT = Q(first_answer_due__isnull=False, first_answer_at__isnull=False) & Q(
    first_answer_at__date__lte=F("first_answer_due")
)


def resolution_judged(today):
    return Q(resolution_due__isnull=False) & (
        Q(resolved_at__isnull=False) | Q(resolution_due__lt=today)
    )


RESOLUTION_KEPT = Q(resolution_due__isnull=False, resolved_at__isnull=False) & Q(
    resolved_at__date__lte=F("resolution_due")
)


REFERRAL_ANSWERED_IN_TIME = Q(answered_at__isnull=False, due_at__isnull=False) & Q(
    answered_at__date__lte=F("due_at")
)


def referral_judged(today):
    """A referral is judged once answered, or once its date passed without an answer; one
    the desk withdrew before its date owed the partner nothing."""
    overdue = Q(due_at__lt=today) & (
        Q(withdrawn_at__isnull=True) | Q(withdrawn_at__date__gt=F("due_at"))
    )
    return Q(due_at__isnull=False) & (Q(answered_at__isnull=False) | overdue)


# The net promoter score's groups, by the thresholds on the answer's model.
PROMOTERS = Q(nps__gte=Response.NPS_PROMOTER_MIN)
DETRACTORS = Q(nps__lte=Response.NPS_DETRACTOR_MAX)


def net_promoter_score(promoters, detractors, answers):
    """% promoters minus % detractors, one decimal; None without answers."""
    if not answers:
        return None
    return round(100.0 * (promoters - detractors) / answers, 1)


def _and(when, condition):
    return condition if when is None else when & condition


def case_counts(*, today, when=None):
    """The cases' figures, as aggregates over the cases (those matching `when`): how
    many; how many can be judged against the first-answer and the resolution standard,
    and how many kept it; the median and 90th percentile hours to the first answer and
    to resolution."""
    first_hours = hours_between("opened_at", "first_answer_at")
    resolution_hours = hours_between("opened_at", "resolved_at")
    answered = _and(when, Q(first_answer_at__isnull=False))
    resolved = _and(when, Q(resolved_at__isnull=False))
    return {
        "total": Count("pk", filter=when),
        "fa_judged": Count("pk", filter=_and(when, first_answer_judged(today))),
        "fa_kept": Count("pk", filter=_and(when, FIRST_ANSWER_KEPT)),
        "res_judged": Count("pk", filter=_and(when, resolution_judged(today))),
        "res_kept": Count("pk", filter=_and(when, RESOLUTION_KEPT)),
        "fa_median": Percentile(first_hours, 0.5, filter=answered),
        "fa_p90": Percentile(first_hours, 0.9, filter=answered),
        "res_median": Percentile(resolution_hours, 0.5, filter=resolved),
        "res_p90": Percentile(resolution_hours, 0.9, filter=resolved),
    }


# A walk-in visitor who waited: arrival and start of the consultation recorded.
WALK_IN_WAITED = Q(channel=Channel.WALK_IN, arrived_at__isnull=False, started_at__isnull=False)


def walk_in_waits(when=None):
    """The walk-in visitors' wait before their consultation started: how many waited
    (arrival and start recorded), the median and 90th percentile minutes."""
    minutes = minutes_between("arrived_at", "started_at")
    waited = _and(when, WALK_IN_WAITED)
    return {
        "waits": Count("pk", filter=waited),
        "wait_median": Percentile(minutes, 0.5, filter=waited),
        "wait_p90": Percentile(minutes, 0.9, filter=waited),
    }


def answer_counts(when=None):
    """The answers' figures, as aggregates over the answers (those matching `when`):
    how many, the CSAT average, promoters and detractors."""
    return {
        "n": Count("pk", filter=when),
        # Not named "csat": a filter on the score beside it would read the average.
        "csat_average": Avg("csat", filter=when),
        "promoters": Count("pk", filter=_and(when, PROMOTERS)),
        "detractors": Count("pk", filter=_and(when, DETRACTORS)),
    }


def answer_distributions(when=None):
    """How many answers gave each CSAT score (`csat_1`…`csat_5`) and each NPS score
    (`nps_0`…`nps_10`)."""
    return {
        **{
            f"csat_{score}": Count("pk", filter=_and(when, Q(csat=score))) for score in range(1, 6)
        },
        **{f"nps_{score}": Count("pk", filter=_and(when, Q(nps=score))) for score in range(11)},
    }


def invitation_counts(when=None):
    """The response rate's parts: invitations sent (those matching `when`) and how many
    of them have been answered so far."""
    return {
        "n": Count("pk", filter=when),
        "answered": Count("pk", filter=_and(when, Q(response__isnull=False))),
    }


def referral_counts(*, today, when=None):
    """The referrals' figures: how many were sent, how many can be judged against their
    agreed answer date and how many got an answer by it."""
    return {
        "sent": Count("pk", filter=when),
        "judged": Count("pk", filter=_and(when, referral_judged(today))),
        "in_time": Count("pk", filter=_and(when, REFERRAL_ANSWERED_IN_TIME)),
    }


def prefixed(prefix, aggregates):
    """`aggregates` under `prefix_` names: the chosen and the previous period side by side
    in one query."""
    return {f"{prefix}_{name}": value for name, value in aggregates.items()}
