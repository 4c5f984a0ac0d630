import contextlib

from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ValidationError
from django.db.models import F, OuterRef, Prefetch, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import get_language

from desk.access import can_work_cases, cases_for_user, entrepreneurs_for_user
from desk.models import Case, CaseEvent, Entrepreneur, FollowUp, Office, OpeningHours
from desk.validators import normalise_phone
from manual.models import Article, Topic


def public_office():
    """The office shown in the site footer: the first public one, with its hours."""
    return (
        Office.objects.filter(is_public=True)
        .prefetch_related(Prefetch("opening_hours", queryset=OpeningHours.objects.all()))
        .first()
    )


def public_offices():
    return Office.objects.filter(is_public=True).prefetch_related("opening_hours")


def has_active_consent(entrepreneur) -> bool:
    """Personal data may be processed: consent given and not withdrawn, not anonymised."""
    from desk.models import Consent

    return entrepreneur.anonymised_at is None and (
        Consent.objects.filter(entrepreneur=entrepreneur, withdrawn_at__isnull=True).exists()
    )


# What a list prints of an entrepreneur (its __str__): the rest of its row (contact
# details) is not read for a list.
ENTREPRENEUR_NAME = ("name", "business_name", "anonymised_at")
# What a row of my queue shows of a case: its reference and link, entrepreneur, channel,
# status, opening and the next promise (case_rows.html, Case.next_promise).
QUEUE_COLUMNS = (
    "reference",
    "entrepreneur",
    "channel",
    "status",
    "opened_at",
    "first_answer_at",
    "first_answer_due",
    "resolution_due",
)


def _topic_list():
    """A case list's topics as a list of their titles in the reader's language
    (`case.topic_list`), read with the cases: PostgreSQL looks them up for the page's rows
    only, after sorting and LIMIT, so a list costs no query for its topics."""
    title = F("title")
    if get_language() == "en":
        title = Coalesce(NullIf("title_en", Value("")), "title")
    titles = Topic.objects.filter(cases=OuterRef("pk")).annotate(label=title).values("label")
    return ArraySubquery(titles.order_by("order", "title"))


def officer_queue(user, *, today=None):
    """My open cases, overdue first, then by the nearest due date."""

    today = today or timezone.localdate()
    return (
        cases_for_user(user)
        .open()
        .filter(officer=user)
        .with_overdue(today)
        # Every open case is read and sorted for a page of them: only the columns the queue
        # shows, and entrepreneurs by a second query for the page's rows (joined,
        # PostgreSQL would look one up for every open case before sorting).
        .only(*QUEUE_COLUMNS)
        .prefetch_related(
            Prefetch("entrepreneur", queryset=Entrepreneur.objects.only(*ENTREPRENEUR_NAME))
        )
        .annotate(topic_list=_topic_list())
        .order_by(
            "-is_overdue_now",
            F("resolution_due").asc(nulls_last=True),
            "opened_at",
            "pk",
        )
    )


def follow_ups_due(user, *, today=None):
    """Open follow-ups assigned to me, due today or earlier."""

    today = today or timezone.localdate()
    return (
        FollowUp.objects.filter(
            assigned_to=user,
            done_at__isnull=True,
            due_date__lte=today,
            case__in=cases_for_user(user).values("pk"),
        )
        # The queue lists each with its case's reference and link: not the case's texts.
        .select_related("case")
        .only("case__reference", "due_date", "text")
        .order_by("due_date", "pk")
    )


def office_queue(user, *, today=None):

    today = today or timezone.localdate()
    return (
        cases_for_user(user)
        .with_overdue(today)
        .select_related("office", "entrepreneur", "officer")
        .annotate(topic_list=_topic_list())
        .order_by("-is_overdue_now", "-opened_at", "-pk")
    )


def case_detail_queryset():
    """A case with everything its page shows loaded in a fixed number of queries."""
    from desk.models import Referral

    # Not the office's service standard: the case carries its own due dates, and each
    # relation joined costs the planner more than the row (≈ 0.3 ms of planning a view).
    return Case.objects.select_related(
        "office", "entrepreneur", "officer", "gap_topic", "appointment"
    ).prefetch_related(
        "topics",
        Prefetch("handouts", queryset=_articles_with_titles()),
        Prefetch("referrals", queryset=Referral.objects.select_related("organisation")),
        Prefetch("timeline", queryset=CaseEvent.objects.select_related("author")),
        Prefetch("follow_ups", queryset=FollowUp.objects.select_related("assigned_to")),
    )


def entrepreneur_cases(entrepreneur, user):

    return (
        cases_for_user(user)
        .filter(entrepreneur=entrepreneur)
        .with_overdue()
        .select_related("office", "officer")
        .annotate(topic_list=_topic_list())
        .order_by("-opened_at")
    )


def entrepreneur_lookup(user, *, query="", office=None, limit=8):
    """Entrepreneurs of my offices matching a name, business name, phone, e-mail or INN;
    with `office` (an id, as the intake form sends it), only that office's own records:
    a case stands on a record of its office (`require_record_of_office`), so an officer
    of two offices is offered only the records the case may take."""

    query = (query or "").replace("\x00", "").strip()[:100]
    if len(query) < 2:
        return Entrepreneur.objects.none()
    people = entrepreneurs_for_user(user).active()
    if office is not None:
        try:
            people = people.filter(office=int(office))
        except (TypeError, ValueError, OverflowError):
            return Entrepreneur.objects.none()
    condition = (
        Q(name__icontains=query)
        | Q(business_name__icontains=query)
        | Q(email__iexact=query)
        | Q(inn__startswith=query)
    )
    digits = "".join(ch for ch in query if ch.isdigit())
    if len(digits) >= 5:
        with contextlib.suppress(ValidationError):
            condition |= Q(phone=normalise_phone(query))
        condition |= Q(phone__endswith=digits[-7:])
    return people.filter(condition).order_by("name", "pk")[:limit]


def entrepreneur_duplicates(user, *, office, phone="", email="", inn=""):
    """Known entrepreneurs of `office` (one of mine) with the same phone, e-mail or INN:
    the records the new one would duplicate, and that the case could take instead. Another
    office's record of the person is no duplicate: that office keeps its own."""

    condition = Q()
    if phone:
        condition |= Q(phone=phone)
    if email:
        condition |= Q(email__iexact=email)
    if inn:
        condition |= Q(inn=inn)
    if not condition:
        return Entrepreneur.objects.none()
    return (
        entrepreneurs_for_user(user)
        .active()
        .filter(condition, office=office)
        .order_by("name", "pk")
    )


def _articles_with_titles():
    """Articles with the titles of their published versions in the same query: a list
    names each in the reader's language (Article.display_title) at no query per row."""
    return Article.objects.select_related("published_ru", "published_en").only(
        "title", "published_ru__title", "published_en__title"
    )


def published_articles():
    # Handouts go to entrepreneurs: published public pages only, listed in the order of
    # the titles the reader sees (an English page names an English version in English).
    articles = _articles_with_titles().filter(
        status=Article.Status.PUBLISHED, visibility=Article.Visibility.PUBLIC
    )
    if get_language() == "en":
        return articles.order_by(Coalesce("published_en__title", "title"), "pk")
    return articles.order_by("title")


HANDOUT_SUGGESTIONS = 12
HANDOUT_MATCHES = 10


def handout_suggestions(case, *, limit=HANDOUT_SUGGESTIONS):
    """Published pages of the case's topics not yet handed out: the usual choice, offered
    without a search. Reads the case's prefetched topics and handouts."""
    topic_ids = [topic.pk for topic in case.topics.all()]
    if not topic_ids:
        return []
    handed_out = [article.pk for article in case.handouts.all()]
    return list(
        published_articles()
        .filter(topics__in=topic_ids)
        .exclude(pk__in=handed_out)
        # A checkbox each: the titles are all the picker shows (and all DISTINCT compares).
        .distinct()[:limit]
    )


def handout_search(query, *, case, limit=HANDOUT_MATCHES):
    """Published pages whose title (Russian or English) contains the query, except those
    the case already has."""
    query = (query or "").replace("\x00", "").strip()[:100]
    if len(query) < 2:
        return []
    return list(
        published_articles()
        .filter(Q(title__icontains=query) | Q(published_en__title__icontains=query))
        .exclude(handed_out_in=case)[:limit]
    )


def officer_home_figures(user, *, today=None):
    """The officer's counts on the back-office home: open and overdue cases, follow-ups."""

    if not can_work_cases(user):
        return None
    today = today or timezone.localdate()
    queue = officer_queue(user, today=today)
    return {
        "open": queue.count(),
        "overdue": queue.filter(Case.objects.overdue_q(today)).count(),
        "follow_ups": follow_ups_due(user, today=today).count(),
    }
