"""The small fixed data set the dashboard tests compute their expected figures from.

November 2026 is the chosen period (4 November, National Unity Day, is a public
holiday); October 2026 is the previous period. Times are Kaliningrad local (UTC+2).
Office A, November:
  1 walk-in  E1  Registration         02.11 10:00, answer +1 h,  resolved +1 h,   closed
  2 e-mail   —   Registration, Taxes  03.11 09:00, answer +48 h, resolved +216 h, closed
  3 phone    E2  Taxes                10.11 12:00, answer +48 h (late), open, overdue
  4 walk-in  E1  —                    20.11 10:00, answer +0.1 h, resolved +0.5 h
Office A, October:
  5 web      E2  Registration         15.10 10:00, answer +4 h, resolved +24 h, closed
Office B, November:
  6 walk-in  —   —                    05.11 11:00, answer +0 h, resolved +0.5 h

`build_feedback` adds (office A unless said otherwise):
  referrals   Chamber: 03.11 answered in time (resolved), 10.11 answered late (declined);
              Fund: 11.11 unanswered past due; Chamber 15.10 answered in time (accepted)
  answers     November CSAT 5/NPS 10, 3/6, 4/9 to 4 invitations; October 2/7 to 1
  manual      A1 100 views fresh, A2 40 views never reviewed, A3 draft; November votes
              3 helpful + 2 not, October 1 helpful; searches "ИП" ×3, "патент"/"Патент"
              ×3 without results in November, "ип" ×1 in October
  actions     open overdue, in progress (department), done 15.11, done 14.11 (office B),
              done 10.10
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from desk import working_days
from desk.models import Case, Entrepreneur, Referral
from feedback.models import ArticleVote, ImprovementAction, Invitation, Response
from manual.models import Article, SearchQuery, Topic
from stakeholders.models import Organisation

KALININGRAD = ZoneInfo("Europe/Kaliningrad")
TODAY = date(2026, 12, 10)
_references = count(1)


def at(day, month, hour, minute=0, year=2026):
    return datetime(year, month, day, hour, minute, tzinfo=KALININGRAD)


def make_case(
    *,
    office,
    opened_at,
    channel="walk_in",
    entrepreneur=None,
    officer=None,
    topics=(),
    answer_after=None,
    resolve_after=None,
    status=None,
    first_answer_days=1,
    resolution_days=5,
    arrived_wait=None,
):
    """A case with its service-standard due dates computed as the desk computes them."""
    first_answer_at = (
        opened_at + timedelta(hours=answer_after) if answer_after is not None else None
    )
    resolved_at = opened_at + timedelta(hours=resolve_after) if resolve_after is not None else None
    if status is None:
        status = "resolved" if resolved_at else ("in_progress" if first_answer_at else "new")
    arrived_at = started_at = None
    if arrived_wait is not None:
        arrived_at = opened_at - timedelta(minutes=arrived_wait)
        started_at = opened_at
    case = Case.objects.create(
        reference=f"TEST-{next(_references):06d}",
        office=office,
        channel=channel,
        entrepreneur=entrepreneur,
        officer=officer,
        question="Как зарегистрировать ИП?",
        status=status,
        opened_at=opened_at,
        first_answer_at=first_answer_at,
        resolved_at=resolved_at,
        closed_at=resolved_at if status == "closed" else None,
        first_answer_due=working_days.add_working_days(opened_at, first_answer_days),
        resolution_due=working_days.add_working_days(opened_at, resolution_days),
        arrived_at=arrived_at,
        started_at=started_at,
    )
    if topics:
        case.topics.set(topics)
    return case


@dataclass
class DataSet:
    registration: Topic
    taxes: Topic
    cases: list


def make_days_of_work(
    month, *, office, officer, topic, partner, days, channels=("walk_in",), comment=""
):
    """A case a day from the 1st of `month`: answered and resolved, referred to `partner`,
    with an answer from the entrepreneur (`comment` may name the day: "{day}")."""
    for day in range(1, days + 1):
        opened_at = at(day, month.month, 9, year=month.year)
        case = make_case(
            office=office,
            opened_at=opened_at,
            channel=channels[day % len(channels)],
            officer=officer,
            topics=[topic],
            answer_after=day,
            resolve_after=day * 3,
        )
        make_referral(case=case, organisation=partner, sent_at=opened_at, answer_after_days=day)
        make_answer(
            case=case,
            office=office,
            created_at=at(day, month.month, 12, year=month.year),
            csat=4,
            nps=8,
            good=comment.format(day=day),
        )


def build(*, office, other_office, officer, colleague):
    registration = Topic.objects.create(
        slug="registration", title="Регистрация", title_en="Registration", order=1
    )
    taxes = Topic.objects.create(slug="taxes", title="Налоги", title_en="Taxes", order=2)
    first = Entrepreneur.objects.create(name="Пётр Петров", office=office)
    second = Entrepreneur.objects.create(name="Анна Смирнова", office=office)
    cases = [
        make_case(
            office=office,
            opened_at=at(2, 11, 10),
            channel="walk_in",
            entrepreneur=first,
            officer=officer,
            topics=[registration],
            answer_after=1,
            resolve_after=1,
            status="closed",
        ),
        make_case(
            office=office,
            opened_at=at(3, 11, 9),
            channel="email",
            officer=officer,
            topics=[registration, taxes],
            answer_after=48,
            resolve_after=216,
            status="closed",
        ),
        make_case(
            office=office,
            opened_at=at(10, 11, 12),
            channel="phone",
            entrepreneur=second,
            officer=colleague,
            topics=[taxes],
            answer_after=48,
        ),
        make_case(
            office=office,
            opened_at=at(20, 11, 10),
            channel="walk_in",
            entrepreneur=first,
            officer=colleague,
            answer_after=0.1,
            resolve_after=0.5,
        ),
        make_case(
            office=office,
            opened_at=at(15, 10, 10),
            channel="web",
            entrepreneur=second,
            officer=officer,
            topics=[registration],
            answer_after=4,
            resolve_after=24,
            status="closed",
        ),
        make_case(
            office=other_office,
            opened_at=at(5, 11, 11),
            channel="walk_in",
            answer_after=0,
            resolve_after=0.5,
        ),
    ]
    return DataSet(registration, taxes, cases)


def make_referral(*, case, organisation, sent_at, answer_after_days=None, status="sent", days=3):
    answered_at = sent_at + timedelta(days=answer_after_days) if answer_after_days else None
    return Referral.objects.create(
        case=case,
        organisation=organisation,
        reason="Консультация по гранту",
        status=status,
        sent_at=sent_at,
        due_at=working_days.add_working_days(sent_at, days),
        answered_at=answered_at,
    )


def make_answer(*, case, office, created_at, csat=None, nps=None, good="", improve=""):
    invitation = Invitation.objects.create(
        reference=case.reference if case else f"EXTRA-{next(_references)}",
        office_id=office.pk,
        created_at=created_at,
        expires_at=created_at + timedelta(days=30),
    )
    if csat is not None:
        Response.objects.create(
            invitation=invitation,
            csat=csat,
            nps=nps,
            what_was_good=good,
            what_to_improve=improve,
            created_at=created_at + timedelta(days=1),
        )
    return invitation


@dataclass
class FeedbackSet:
    chamber: Organisation
    fund: Organisation
    articles: list


def build_feedback(data, *, office, other_office):
    cases = data.cases
    chamber = Organisation.objects.create(
        slug="chamber",
        name="Торговая палата",
        name_en="Chamber of Commerce",
        kind="chamber",
        level="regional",
    )
    fund = Organisation.objects.create(
        slug="fund",
        name="Фонд поддержки",
        name_en="Support Fund",
        kind="support_fund",
        level="regional",
    )
    make_referral(
        case=cases[1],
        organisation=chamber,
        sent_at=at(3, 11, 10),
        answer_after_days=2,
        status="resolved",
    )
    make_referral(
        case=cases[2],
        organisation=chamber,
        sent_at=at(10, 11, 13),
        answer_after_days=10,
        status="declined",
    )
    make_referral(case=cases[2], organisation=fund, sent_at=at(11, 11, 9))
    make_referral(
        case=cases[4],
        organisation=chamber,
        sent_at=at(15, 10, 12),
        answer_after_days=1,
        status="accepted",
    )

    make_answer(
        case=cases[0],
        office=office,
        created_at=at(2, 11, 12),
        csat=5,
        nps=10,
        good="Всё объяснили",
    )
    make_answer(
        case=cases[1],
        office=office,
        created_at=at(12, 11, 12),
        csat=3,
        nps=6,
        improve='=HYPERLINK("http://example.org")',
    )
    make_answer(case=cases[3], office=office, created_at=at(20, 11, 12), csat=4, nps=9)
    make_answer(case=None, office=office, created_at=at(25, 11, 12))
    make_answer(case=cases[4], office=office, created_at=at(16, 10, 12), csat=2, nps=7)

    fresh = Article.objects.create(
        slug="register-ip",
        title="Регистрация ИП",
        status="published",
        view_count=100,
        last_reviewed=date(2026, 10, 1),
    )
    stale = Article.objects.create(
        slug="patent", title="Патентная система", status="published", view_count=40
    )
    Article.objects.create(slug="draft", title="Черновик", status="draft", view_count=0)
    for index, (article, helpful, when) in enumerate(
        [
            (fresh, True, at(5, 11, 10)),
            (fresh, True, at(6, 11, 10)),
            (fresh, True, at(7, 11, 10)),
            (fresh, False, at(8, 11, 10)),
            (stale, False, at(9, 11, 10)),
            (fresh, True, at(9, 10, 10)),
        ]
    ):
        ArticleVote.objects.create(
            article=article,
            helpful=helpful,
            client_key=f"client-{index}",
            voted_on=when.date(),
            created_at=when,
        )
    for query, results, when in [
        ("ИП", 5, at(3, 11, 10)),
        ("ИП", 5, at(4, 11, 10)),
        ("ИП", 5, at(5, 11, 10)),
        ("патент", 0, at(6, 11, 10)),
        ("патент", 0, at(7, 11, 10)),
        ("Патент", 0, at(8, 11, 10)),
        ("ип", 4, at(9, 10, 10)),
    ]:
        SearchQuery.objects.create(
            query=query, language="ru", result_count=results, created_at=when
        )

    ImprovementAction.objects.create(
        title="Очередь", office_id=office.pk, status="open", due_date=date(2026, 12, 1)
    )
    ImprovementAction.objects.create(
        title="Сайт", status="in_progress", due_date=date(2027, 1, 10)
    )
    ImprovementAction.objects.create(
        title="Бланки", office_id=office.pk, status="done", done_at=at(15, 11, 10)
    )
    ImprovementAction.objects.create(
        title="Другой офис", office_id=other_office.pk, status="done", done_at=at(14, 11, 10)
    )
    ImprovementAction.objects.create(
        title="Табличка", office_id=office.pk, status="done", done_at=at(10, 10, 10)
    )
    return FeedbackSet(chamber, fund, [fresh, stale])
