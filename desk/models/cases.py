import pghistory
from django.conf import settings
from django.db import connection, models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from desk.models.entrepreneurs import Channel, Entrepreneur
from desk.models.offices import Office

REFERENCE_SEQUENCE = "desk_case_reference_seq"


def reference_numbers(count=1):
    """Numbers from a PostgreSQL sequence: concurrent intakes never collide or wait."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT nextval('{REFERENCE_SEQUENCE}') FROM generate_series(1, %s)",  # noqa: S608
            [count],
        )
        return [row[0] for row in cursor.fetchall()]


def format_reference(number, *, year, prefix=None):
    """A human-friendly reference such as "KGD-2026-000123"."""
    prefix = prefix or getattr(settings, "DESK_REFERENCE_PREFIX", "KGD")
    return f"{prefix}-{year}-{number:06d}"


def next_references(count=1, *, year=None, prefix=None):
    year = year or timezone.localdate().year
    return [format_reference(n, year=year, prefix=prefix) for n in reference_numbers(count)]


class Status(models.TextChoices):
    NEW = "new", _("new")
    IN_PROGRESS = "in_progress", _("in progress")
    WAITING_ENTREPRENEUR = "waiting_entrepreneur", _("waiting for the entrepreneur")
    WAITING_PARTNER = "waiting_partner", _("waiting for a partner")
    RESOLVED = "resolved", _("resolved")
    CLOSED = "closed", _("closed")


OPEN_STATUSES = (
    Status.NEW,
    Status.IN_PROGRESS,
    Status.WAITING_ENTREPRENEUR,
    Status.WAITING_PARTNER,
)

# The workflow: new → in progress → waiting (entrepreneur or partner) → in progress or
# resolved → closed; resolved and closed cases can be reopened.
TRANSITIONS = {
    Status.NEW: {Status.IN_PROGRESS},
    Status.IN_PROGRESS: {Status.WAITING_ENTREPRENEUR, Status.WAITING_PARTNER, Status.RESOLVED},
    Status.WAITING_ENTREPRENEUR: {Status.IN_PROGRESS, Status.RESOLVED},
    Status.WAITING_PARTNER: {Status.IN_PROGRESS, Status.RESOLVED},
    Status.RESOLVED: {Status.CLOSED, Status.IN_PROGRESS},
    Status.CLOSED: {Status.IN_PROGRESS},
}


class Promise:
    """One service-standard promise of an open case: its kind, due date, and whether it is
    broken today."""

    LABELS = {
        "first_answer": _("first answer"),
        "resolution": _("resolution"),
    }

    def __init__(self, kind, due, today):
        self.kind = kind
        self.due = due
        self.overdue = due < today

    @property
    def label(self):
        return self.LABELS[self.kind]

    def __repr__(self):
        return f"Promise({self.kind!r}, {self.due!r}, overdue={self.overdue})"


class CaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue_q(self, today=None):
        today = today or timezone.localdate()
        return Q(status__in=OPEN_STATUSES) & (
            Q(resolution_due__lt=today)
            | Q(first_answer_at__isnull=True, first_answer_due__lt=today)
        )

    def overdue(self, today=None):
        return self.filter(self.overdue_q(today))

    def with_overdue(self, today=None):
        # CASE WHEN, not a bare boolean: missing due dates must give false, not NULL.
        return self.annotate(
            is_overdue_now=models.Case(
                models.When(self.overdue_q(today), then=models.Value(True)),
                default=models.Value(False),
                output_field=models.BooleanField(),
            )
        )


@pghistory.track(
    model_name="CaseHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Case(models.Model):
    """One consultation: a question an entrepreneur (or an anonymous visitor) brought."""

    Status = Status
    Channel = Channel

    reference = models.CharField(_("reference"), max_length=24, unique=True, editable=False)
    office = models.ForeignKey(
        Office, on_delete=models.PROTECT, related_name="cases", verbose_name=_("office")
    )
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel, default=Channel.WALK_IN
    )
    entrepreneur = models.ForeignKey(
        Entrepreneur,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("entrepreneur"),
        help_text=_("Empty for an anonymous consultation."),
        db_index=False,  # case_entrepreneur_opened_idx begins with it
    )
    # A case stands on its own office's record of the person: (entrepreneur, office)
    # references the entrepreneur's (id, office), a foreign key Django does not know of
    # (`case_entrepreneur_of_its_office`, desk's migration 0016; in words,
    # desk.services.cases.require_record_of_office).
    topics = models.ManyToManyField(
        "manual.Topic", related_name="cases", blank=True, verbose_name=_("topics")
    )
    question = models.TextField(_("question"))
    answer = models.TextField(_("answer given"), blank=True)
    handouts = models.ManyToManyField(
        "manual.Article",
        related_name="handed_out_in",
        blank=True,
        verbose_name=_("articles handed out"),
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_cases",
        verbose_name=_("officer"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    first_answer_at = models.DateTimeField(_("first answer"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    first_answer_due = models.DateField(_("first answer due"), null=True, blank=True)
    resolution_due = models.DateField(_("resolution due"), null=True, blank=True)
    arrived_at = models.DateTimeField(_("arrived"), null=True, blank=True)
    started_at = models.DateTimeField(_("consultation started"), null=True, blank=True)
    ended_at = models.DateTimeField(_("consultation ended"), null=True, blank=True)
    no_manual_answer = models.BooleanField(
        _("no manual page answered this"),
        default=False,
        help_text=_("Marks a content gap for the manual's editors."),
    )
    gap_topic = models.ForeignKey(
        "manual.Topic",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="gap_cases",
        verbose_name=_("topic of the missing page"),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    idempotency_key = models.UUIDField(
        _("idempotency key"), null=True, blank=True, unique=True, editable=False
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_at", "-pk"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[choice.value for choice in Status]),
                name="case_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(channel__in=[choice.value for choice in Channel]),
                name="case_channel_valid",
            ),
            models.CheckConstraint(
                condition=Q(started_at__isnull=True)
                | Q(arrived_at__isnull=True)
                | Q(started_at__gte=F("arrived_at")),
                name="case_started_after_arrival",
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True)
                | (Q(started_at__isnull=False) & Q(ended_at__gte=F("started_at"))),
                name="case_ended_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(status="closed") | Q(closed_at__isnull=False),
                name="case_closed_has_closed_at",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["resolved", "closed"]) | Q(resolved_at__isnull=False),
                name="case_resolved_has_resolved_at",
            ),
            models.CheckConstraint(
                condition=Q(gap_topic__isnull=True) | Q(no_manual_answer=True),
                name="case_gap_topic_only_for_gaps",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="case_version_positive"),
        ]
        indexes = [
            models.Index(fields=["office", "status"], name="case_office_status_idx"),
            models.Index(fields=["officer", "status"], name="case_officer_status_idx"),
            # My queue: an officer's open cases in the offices they work in, a few hundred
            # of the thousands they have handled (else PostgreSQL intersects the officer's
            # and the office's bitmaps, ≈ 2.7 → 1.3 ms at regional scale).
            models.Index(
                fields=["officer", "office"],
                condition=Q(
                    status__in=["new", "in_progress", "waiting_entrepreneur", "waiting_partner"]
                ),
                name="case_officer_open_idx",
            ),
            models.Index(fields=["opened_at"], name="case_opened_idx"),
            # An entrepreneur's cases, and when they first came (the dashboards' new and
            # returning visitors: one index probe per entrepreneur, the table unread).
            models.Index(
                fields=["entrepreneur", "opened_at"], name="case_entrepreneur_opened_idx"
            ),
            # The monitoring dashboards: cases changed since a month's figures were stored
            # (a handful a day, found without reading the month), and "open now" and
            # "overdue now" per office read from the index alone.
            models.Index(fields=["updated_at"], name="case_updated_idx"),
            models.Index(
                fields=["office"],
                include=["resolution_due", "first_answer_due", "first_answer_at"],
                condition=Q(
                    status__in=["new", "in_progress", "waiting_entrepreneur", "waiting_partner"]
                ),
                name="case_open_due_idx",
            ),
        ]

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("desk:case", kwargs={"pk": self.pk})

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self):
        if not self.is_open:
            return False
        today = timezone.localdate()
        if self.resolution_due and self.resolution_due < today:
            return True
        return bool(
            self.first_answer_at is None
            and self.first_answer_due
            and self.first_answer_due < today
        )

    @property
    def promises(self):
        """The service-standard promises still to keep, earliest first: the first answer
        (until one is given) and the resolution. Each says whether it is overdue."""
        if not self.is_open:
            return []
        today = timezone.localdate()
        promises = []
        if self.first_answer_at is None and self.first_answer_due:
            promises.append(Promise("first_answer", self.first_answer_due, today))
        if self.resolution_due:
            promises.append(Promise("resolution", self.resolution_due, today))
        return promises

    @property
    def next_promise(self):
        """The promise a queue shows: the first overdue one, else the nearest."""
        promises = self.promises
        overdue = [promise for promise in promises if promise.overdue]
        return (overdue or promises or [None])[0]

    @property
    def overdue_promises(self):
        return [promise for promise in self.promises if promise.overdue]

    def allowed_statuses(self):
        return sorted(TRANSITIONS[Status(self.status)], key=list(Status).index)


@pghistory.track(
    model_name="CaseEventHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class CaseEvent(models.Model):
    """One line of a case's timeline."""

    class Kind(models.TextChoices):
        INTAKE = "intake", _("intake")
        NOTE = "note", _("note")
        STATUS_CHANGE = "status_change", _("status change")
        EDIT = "edit", _("edit")
        HANDOUT = "handout", _("handout")
        REFERRAL = "referral", _("referral")
        PARTNER_ANSWER = "partner_answer", _("partner answer")
        EMAIL = "email", _("e-mail")
        FOLLOW_UP = "follow_up", _("follow-up")
        BOOKING = "booking", _("booking")
        FEEDBACK = "feedback", _("feedback")

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="timeline", verbose_name=_("case")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"), blank=True)
    # A line the portal writes itself, as data, to be read in the reader's language
    # (desk.timeline); `text` keeps it as written.
    data = models.JSONField(_("line data"), null=True, blank=True, editable=False)
    from_status = models.CharField(_("from status"), max_length=20, blank=True, choices=Status)
    to_status = models.CharField(_("to status"), max_length=20, blank=True, choices=Status)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "intake",
                        "note",
                        "status_change",
                        "edit",
                        "handout",
                        "referral",
                        "partner_answer",
                        "email",
                        "follow_up",
                        "booking",
                        "feedback",
                    ]
                ),
                name="caseevent_kind_valid",
            ),
            models.CheckConstraint(
                condition=~Q(kind="status_change") | ~Q(to_status=""),
                name="caseevent_status_change_has_status",
            ),
            models.CheckConstraint(
                condition=Q(from_status="") | Q(from_status__in=[s.value for s in Status]),
                name="caseevent_from_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(to_status="") | Q(to_status__in=[s.value for s in Status]),
                name="caseevent_to_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["case", "created_at"], name="caseevent_case_idx")]

    def __str__(self):
        return f"{self.case} · {self.get_kind_display()}"

    @property
    def display_text(self):
        """The line in the reader's language when the portal wrote it as data, else as
        written."""
        if self.data:
            from desk.timeline import render

            try:
                return render(self.data)
            except (KeyError, ValueError, TypeError):
                # Data that no longer reads as a line (anonymisation replaces a person's
                # words wherever they stand, keys included): the line as written.
                return self.text
        return self.text


@pghistory.track(
    model_name="FollowUpHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class FollowUp(models.Model):
    """A dated to-do on a case, assigned to an officer."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("case")
    )
    due_date = models.DateField(_("due"))
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_follow_ups",
        verbose_name=_("assigned to"),
    )
    text = models.CharField(_("to do"), max_length=500)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    reminded_on = models.DateField(
        _("reminder sent on"),
        null=True,
        blank=True,
        help_text=_("The day the reminder e-mail went out, so it is never sent twice."),
    )

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        constraints = [
            models.CheckConstraint(
                condition=Q(done_at__isnull=True) | Q(done_at__gte=F("created_at")),
                name="followup_done_after_created",
            ),
        ]
        indexes = [
            models.Index(
                fields=["assigned_to", "due_date"],
                condition=Q(done_at__isnull=True),
                name="followup_open_due_idx",
            )
        ]

    def __str__(self):
        return f"{self.case} · {self.due_date}"

    @property
    def is_overdue(self):
        return self.done_at is None and self.due_date < timezone.localdate()
