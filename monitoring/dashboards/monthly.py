"""Monthly summaries: each past month's dashboard figures, computed once and stored.

A month dashboard of one office shows the month, the month before and a twelve-month
trend. Computed from the raw rows that is a year of cases, answers and searches per
request; from `DashboardMonth` it is twelve stored rows. The figures are computed
(`monthly_rows`) by the same definitions as `figures`, grouped by local calendar month,
so a stored month shows exactly what the live computation would.

When a stored month is trusted (`fresh`):
- the month is over (the current month is always computed live, never stored);
- no case of the month changed since it was computed (every desk write bumps
  `Case.updated_at`: status, answer and resolution times, channel, officer, topics, a
  hand-over, and an INN put right, which links the case's entrepreneur to another
  person);
  no referral of the month was answered and no invitation of the month got its answer
  since (`Referral.answered_at`, `Invitation.answered_at`). One query per dashboard finds
  the months that changed, through the desk's and feedback's indexes on those columns;
- today is within [`computed_on`, `valid_through`]: a case or referral counts towards a
  service-standard share once its due day has passed, so a month stays as computed until
  the next due day of an unanswered one. Referrals still "sent" after their due day are
  marked "no answer" by the nightly `mark_unanswered_referrals`; a month holding such
  referrals is trusted only on the day it was computed.
A stale or missing month is computed live on read (all such months of the request in one
batch of queries) and not stored: only the task worker and the nightly job
(`refresh_all`, run by `manage.py daily`) write the summaries, never a page. The nightly
refresh recomputes the last thirteen months, which also catches the rare changes a stored
month cannot see: an entrepreneur assigned to another month's case (which decides whether
a visitor is new), a case deleted in the admin or moved there to another office or month
(the month it left does not see it go).
The margin below covers a desk transaction that began before a computation and committed
after it.
"""

from datetime import timedelta

from django.db import models
from django.db.models import F, JSONField, Max, When
from django.db.models.fields.json import KeyTransform
from django.db.models.functions import JSONObject, TruncMonth
from django.utils import timezone

from desk.models import Referral
from feedback.models import Invitation
from monitoring.dashboards import manual_months
from monitoring.dashboards.figures import scoped_cases
from monitoring.dashboards.monthly_rows import compute_months
from monitoring.dashboards.periods import local_today, month_of, month_period, months_span
from monitoring.models import DashboardMonth

MARGIN = timedelta(minutes=5)
# The nightly refresh: a year of trend months before the current one, plus the month
# before them (the previous period of the trend's first month).
REFRESHED_MONTHS = 13


def _storable(month, today):
    """Only whole past months, judged as of the real today, are stored."""
    return month_period(month).end <= timezone.now() and today == local_today()


def _store(office, computed, computed_at, today):
    rows = []
    for month, (figures, valid_through) in computed.items():
        if not _storable(month, today):
            continue
        period = month_period(month)
        rows.append(
            DashboardMonth(
                office=office,
                month=month,
                starts_at=period.start,
                ends_at=period.end,
                figures=figures,
                computed_at=computed_at,
                computed_on=today,
                valid_through=valid_through,
            )
        )
    if rows:
        DashboardMonth.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["office", "month"],
            update_fields=[
                "starts_at",
                "ends_at",
                "figures",
                "computed_at",
                "computed_on",
                "valid_through",
            ],
        )


def _changes_since(*, office, since, start, end):
    """The last change per month (of `start`–`end`) since `since`: cases edited, referrals
    answered, invitations answered. One query, through the indexes on those columns
    (desk's and feedback's migrations), on the few rows changed since `since` (a bound the
    planner sees, unlike one per stored month, with which it would read whole months).

    Only changes stamped up to now count: the desk stamps every write with the time it
    happens, so a time still to come belongs to imported rows, which the summary already
    holds if they were there when it was computed (and the nightly refresh otherwise);
    counting them would compute their month live on every read until that time."""
    now = timezone.now()
    answers = Invitation.objects.order_by().filter(
        answered_at__gte=since, answered_at__lte=now, created_at__gte=start, created_at__lt=end
    )
    cases = scoped_cases(office=office).filter(
        updated_at__gte=since, updated_at__lte=now, opened_at__gte=start, opened_at__lt=end
    )
    referrals = Referral.objects.order_by().filter(
        answered_at__gte=since, answered_at__lte=now, sent_at__gte=start, sent_at__lt=end
    )
    if office is not None:
        answers = answers.filter(office_id=office.pk)
        referrals = referrals.filter(case__office=office)
    changes = (
        answers.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(last=Max("answered_at"))
        .union(
            cases.annotate(month=TruncMonth("opened_at"))
            .values("month")
            .annotate(last=Max("updated_at")),
            referrals.annotate(month=TruncMonth("sent_at"))
            .values("month")
            .annotate(last=Max("answered_at")),
            all=True,
        )
        .order_by()
    )
    latest = {}
    for row in changes:
        month = month_of(row["month"])
        latest[month] = max(latest.get(month, row["last"]), row["last"])
    return latest


def _fresh(row, today, changed):
    if today < row.computed_on or (row.valid_through and today > row.valid_through):
        return False
    last = changed.get(row.month)
    return last is None or last < row.computed_at - MARGIN


def _with_figures(rows, full):
    """The figures of the months in `full` (`chosen`), and the trends' channels and
    answers of the others (`trends`): not the whole summary of twelve months."""
    return rows.annotate(
        chosen=models.Case(When(month__in=full, then=F("figures")), output_field=JSONField()),
        trends=JSONObject(
            channels=KeyTransform("channels", "figures"),
            responses=KeyTransform("responses", "figures"),
        ),
    )


def fresh_months(*, office, months, today=None, full=None):
    """{month: row} of the stored `months` that are still fresh, each row with its `pk`,
    `month` and `computed_at`. With `full` (months) the rows carry the figures too: whole
    (`chosen`) for the months in `full`, only the trends' channels and answers (`trends`)
    for the others. Two queries when any month is stored: the rows, and the months changed
    since they were computed."""
    today = today or local_today()
    rows = DashboardMonth.objects.filter(office=office, month__in=months)
    fields = ["pk", "month", "computed_at", "computed_on", "valid_through"]
    if full is not None:
        rows = _with_figures(rows, full)
        fields += ["chosen", "trends"]
    stored = {row.month: row for row in rows.values_list(*fields, named=True)}
    if not stored:
        return {}
    start, end = months_span(sorted(stored))
    since = min(row.computed_at for row in stored.values()) - MARGIN
    changed = _changes_since(office=office, since=since, start=start, end=end)
    return {month: row for month, row in stored.items() if _fresh(row, today, changed)}


def dashboard_months(*, office, months, full=None, today=None):
    """{month: figures} for each of `months`: stored months that are still fresh, the
    others computed now. Nothing is stored here: a page reads, the task worker and the
    nightly job write. Of the stored months not in `full` (default: all) only the trends'
    figures are read: channels and answers. Two queries when every month is stored and
    fresh; seven more otherwise."""
    today = today or local_today()
    full = months if full is None else full
    fresh = fresh_months(office=office, months=months, today=today, full=full)
    figures = {
        month: row.chosen if row.chosen is not None else row.trends for month, row in fresh.items()
    }
    missing = [month for month in months if month not in figures]
    if missing:
        computed = compute_months(office=office, months=sorted(missing), today=today)
        figures |= {month: values for month, (values, _valid) in computed.items()}
    return figures


def refresh_months(*, office, months, today=None):
    """Compute `months` for `office` and store the whole past ones; returns
    {month: figures}. The service behind the task and the nightly job."""
    today = today or local_today()
    months = sorted(months)
    computed_at = timezone.now()
    computed = compute_months(office=office, months=months, today=today)
    _store(office, computed, computed_at, today)
    return {month: figures for month, (figures, _valid) in computed.items()}


def past_months(count, *, today=None):
    """The `count` whole months before the current one, oldest first."""
    first = (today or local_today()).replace(day=1)
    months = []
    for _index in range(count):
        first = (first - timedelta(days=1)).replace(day=1)
        months.append(first)
    return sorted(months)


def refresh_all(*, months=REFRESHED_MONTHS, today=None):
    """Recompute the last `months` whole months of every office and of all offices
    together, and the manual's months. Returns the number of office months stored."""
    from desk.models import Office

    today = today or local_today()
    chosen = past_months(months, today=today)
    scopes = [None, *Office.objects.order_by("pk")]
    for office in scopes:
        refresh_months(office=office, months=chosen, today=today)
    manual_months.refresh_months(chosen)
    return len(chosen) * len(scopes)
