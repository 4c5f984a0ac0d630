"""Demo consultations (example data): service standards, about 60 entrepreneurs with
consent and about 400 cases over the last 12 months in both offices, some overdue.

Idempotent: the cases are created once (recognised by the demo entrepreneurs' e-mail
domain); the service standards are brought up to date on every run. Bulk inserts keep
`load_demo` fast.
"""

import random
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from desk.models import (
    Case,
    CaseEvent,
    Consent,
    Entrepreneur,
    FollowUp,
    ServiceStandard,
    Status,
    format_reference,
    reference_numbers,
)
from desk.validators import INN12_WEIGHTS_11, INN12_WEIGHTS_12
from desk.working_days import KALININGRAD, add_working_days, is_working_day

DEMO_DOMAIN = "demo.infopoint.example"
CASE_COUNT = 400
ENTREPRENEUR_COUNT = 60

STANDARDS = {
    "central": {
        "first_answer_days": 1,
        "resolution_days": 5,
        "partner_answer_days": 3,
        "description": (
            "Мы консультируем по регистрации бизнеса, налогам, мерам поддержки и "
            "разрешениям, выдаём памятки и направляем к партнёрам. Мы не готовим документы "
            "за предпринимателя и не представляем его интересы в суде."
        ),
        "description_en": (
            "We advise on registering a business, taxes, support programmes and permits, "
            "hand out checklists and refer you to partners. We do not draw up documents for "
            "you or represent you in court."
        ),
    },
    "leningradsky": {
        "first_answer_days": 2,
        "resolution_days": 7,
        "partner_answer_days": 3,
        "description": "Консультации по записи и в часы приёма.",
        "description_en": "Consultations by appointment and during opening hours.",
    },
}

FIRST_NAMES = [
    "Алексей", "Мария", "Дмитрий", "Ольга", "Сергей", "Анна", "Иван", "Екатерина",
    "Никита", "Татьяна", "Андрей", "Юлия", "Михаил", "Наталья", "Артём", "Светлана",
]  # fmt: skip
LAST_NAMES = [
    "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
    "Новиков", "Морозов", "Волков", "Фёдоров", "Егоров", "Павлов", "Орлов", "Зайцев",
]  # fmt: skip
BUSINESSES = [
    "Янтарная мастерская", "Балтийская пекарня", "Кофейня на Острове", "Студия «Куршская»",
    "Ремонт обуви", "Зеленоградский сувенир", "Кёниг-Тур", "Мебель на заказ",
    "IT-Балтика", "Детский клуб «Маяк»",
]  # fmt: skip
SECTORS = ["торговля", "общепит", "услуги", "туризм", "ИТ", "производство", "ремесло"]
QUESTIONS = [
    "Как зарегистрировать ИП и какую систему налогообложения выбрать?",
    "Можно ли стать самозанятым, если я сдаю квартиру?",
    "Какие меры поддержки есть для начинающих предпринимателей в Калининграде?",
    "Нужна ли лицензия на продажу кофе навынос?",
    "Как стать резидентом Особой экономической зоны?",
    "Как перейти с ИП на ООО?",
    "Какие документы нужны для аренды муниципального помещения?",
    "Как получить грант на развитие туристического бизнеса?",
    "Как оформить первого сотрудника?",
    "Где пройти обучение основам предпринимательства?",
    "Что делать, если пришло требование из налоговой?",
    "Как закрыть ИП?",
]
ANSWERS = [
    "Объяснили порядок регистрации, выдали памятку.",
    "Рассказали о программах поддержки, направили в фонд.",
    "Разъяснили требования, рекомендовали обратиться в ФНС.",
    "Подобрали подходящий режим налогообложения.",
]
NOTES = [
    "Предприниматель придёт с документами на следующей неделе.",
    "Уточнить у фонда сроки приёма заявок.",
    "Позвонили, оставили сообщение.",
]
CHANNEL_WEIGHTS = {
    "walk_in": 45,
    "phone": 25,
    "email": 12,
    "web": 10,
    "appointment": 8,
}


def demo_inn(rng):
    """A valid 12-digit INN of a person in the Kaliningrad region (code 39)."""
    digits = "39" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    eleventh = sum(int(d) * w for d, w in zip(digits, INN12_WEIGHTS_11, strict=True)) % 11 % 10
    digits += str(eleventh)
    twelfth = sum(int(d) * w for d, w in zip(digits, INN12_WEIGHTS_12, strict=True)) % 11 % 10
    return digits + str(twelfth)


def _working_moment(rng, day):
    while not is_working_day(day):
        day -= timedelta(days=1)
    moment = datetime.combine(day, time(9, 0), tzinfo=KALININGRAD)
    return moment + timedelta(minutes=rng.randint(0, 7 * 60))


def _after_working_days(start, days, rng):
    day = add_working_days(start, days)
    return datetime.combine(day, time(10), tzinfo=KALININGRAD) + timedelta(
        minutes=rng.randint(0, 6 * 60)
    )


@transaction.atomic
def load(*, offices, users):
    for office in offices:
        data = STANDARDS.get(office.slug)
        if data:
            ServiceStandard.objects.update_or_create(office=office, defaults=data)
    if Entrepreneur.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exists():
        return
    rng = random.Random(2026)  # seeded: the demo looks the same on every machine
    now = timezone.now()
    entrepreneurs = _entrepreneurs(rng, offices, now)
    _cases(rng, offices, users, entrepreneurs, now)


def _entrepreneurs(rng, offices, now):
    people = []
    inns = set()
    for index in range(ENTREPRENEUR_COUNT):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        if first.endswith("а") or first.endswith("я"):
            last += "а"
        legal_form = rng.choice(["planning", "sole_proprietor", "llc", "self_employed"])
        inn = demo_inn(rng) if legal_form != "planning" else ""
        while inn in inns:
            inn = demo_inn(rng)
        if inn:
            inns.add(inn)
        created = now - timedelta(days=rng.randint(200, 400))
        people.append(
            Entrepreneur(
                name=f"{first} {last}",
                business_name=rng.choice(BUSINESSES) if legal_form == "llc" else "",
                legal_form=legal_form,
                inn=inn,
                phone=f"+7911{rng.randint(1000000, 9999999)}",
                email=f"client{index + 1}@{DEMO_DOMAIN}",
                language="en" if index % 12 == 0 else "ru",
                sector=rng.choice(SECTORS),
                created_at=created,
                last_activity_at=created,
                office=offices[index % len(offices)],
            )
        )
    people = Entrepreneur.objects.bulk_create(people)
    Consent.objects.bulk_create(
        Consent(
            entrepreneur=person,
            given_at=person.created_at,
            channel="walk_in",
            text_version="2026-01",
        )
        for person in people
    )
    through = Entrepreneur.offices.through
    through.objects.bulk_create(
        through(entrepreneur_id=person.pk, office_id=offices[index % len(offices)].pk)
        for index, person in enumerate(people)
    )
    return [(person, offices[index % len(offices)]) for index, person in enumerate(people)]


def _status_for(rng, age_days):
    if age_days > 45:
        return rng.choices([Status.CLOSED, Status.RESOLVED, Status.WAITING_PARTNER], [85, 12, 3])[
            0
        ]
    if age_days > 10:
        return rng.choices(
            [Status.CLOSED, Status.RESOLVED, Status.IN_PROGRESS, Status.WAITING_ENTREPRENEUR],
            [55, 20, 15, 10],
        )[0]
    return rng.choices(
        [
            Status.NEW,
            Status.IN_PROGRESS,
            Status.WAITING_ENTREPRENEUR,
            Status.WAITING_PARTNER,
            Status.RESOLVED,
            Status.CLOSED,
        ],
        [15, 35, 10, 10, 15, 15],
    )[0]


def _cases(rng, offices, users, entrepreneurs, now):
    from manual.models import Article, Topic

    topics = list(Topic.objects.all())
    articles = list(
        Article.objects.filter(
            status=Article.Status.PUBLISHED, visibility=Article.Visibility.PUBLIC
        )
    )
    standards = {s.office_id: s for s in ServiceStandard.objects.filter(office__in=offices)}
    officers = {
        offices[0].pk: [users.get("officer"), users.get("head")],
        **{office.pk: [users.get("head"), None] for office in offices[1:]},
    }
    today = timezone.localdate()
    numbers = reference_numbers(CASE_COUNT)
    cases, plans = [], []
    for index in range(CASE_COUNT):
        office = offices[0] if rng.random() < 0.7 or len(offices) == 1 else rng.choice(offices[1:])
        age_days = int(rng.triangular(0, 365, 20))
        opened = _working_moment(rng, today - timedelta(days=age_days))
        if opened > now:
            opened = now - timedelta(minutes=rng.randint(5, 120))
        channel = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))[0]
        owners = [person for person, seen_at in entrepreneurs if seen_at == office]
        entrepreneur = rng.choice(owners) if owners and rng.random() < 0.65 else None
        status = _status_for(rng, age_days)
        officer = None if status == Status.NEW else rng.choice(officers[office.pk])
        if officer is None and status != Status.NEW:
            officer = users.get("head")
        standard = standards.get(office.pk)
        first_due = add_working_days(opened, standard.first_answer_days) if standard else None
        resolution_due = add_working_days(opened, standard.resolution_days) if standard else None
        # About one open case in five runs late, so the queues show overdue work.
        late = rng.random() < 0.2
        answer_days = rng.randint(0, 3) if late else rng.randint(0, 1)
        first_answer = None
        if status not in (Status.NEW, Status.IN_PROGRESS) or rng.random() < 0.4:
            first_answer = min(
                max(_after_working_days(opened, answer_days, rng), opened + timedelta(minutes=5)),
                now,
            )
        resolved = closed = None
        if status in (Status.RESOLVED, Status.CLOSED):
            resolve_days = rng.randint(answer_days, 8 if late else 4)
            resolved = min(max(_after_working_days(opened, resolve_days, rng), opened), now)
            first_answer = min(first_answer or resolved, resolved)
        if status == Status.CLOSED:
            closed = min(resolved + timedelta(hours=rng.randint(1, 72)), now)
        arrived = started = ended = None
        if channel == "walk_in":
            arrived = opened
            started = arrived + timedelta(minutes=rng.randint(0, 25))
            ended = started + timedelta(minutes=rng.randint(5, 45))
            opened = arrived
        gap = rng.random() < 0.06
        case_topics = (
            rng.sample(topics, k=min(len(topics), rng.choice([1, 1, 2]))) if topics else []
        )
        cases.append(
            Case(
                reference=format_reference(
                    numbers[index], year=opened.astimezone(KALININGRAD).year
                ),
                office=office,
                channel=channel,
                entrepreneur=entrepreneur,
                question=rng.choice(QUESTIONS),
                answer=rng.choice(ANSWERS) if first_answer else "",
                officer=officer,
                status=status,
                opened_at=opened,
                first_answer_at=first_answer,
                resolved_at=resolved,
                closed_at=closed,
                first_answer_due=first_due,
                resolution_due=resolution_due,
                arrived_at=arrived,
                started_at=started,
                ended_at=ended,
                no_manual_answer=gap,
                gap_topic=case_topics[0] if gap and case_topics else None,
            )
        )
        handouts = (
            rng.sample(articles, k=min(len(articles), rng.randint(0, 2))) if articles else []
        )
        plans.append((case_topics, handouts, rng.random() < 0.25))
    cases = Case.objects.bulk_create(cases)
    _relations(rng, cases, plans, today, now)


def _relations(rng, cases, plans, today, now):
    topic_through = Case.topics.through
    handout_through = Case.handouts.through
    topic_rows, handout_rows, events, follow_ups = [], [], [], []
    for case, (case_topics, handouts, with_note) in zip(cases, plans, strict=True):
        topic_rows += [topic_through(case_id=case.pk, topic_id=t.pk) for t in case_topics]
        handout_rows += [handout_through(case_id=case.pk, article_id=a.pk) for a in handouts]
        events.append(
            CaseEvent(case=case, kind="intake", author=case.officer, created_at=case.opened_at)
        )
        if handouts:
            events.append(
                CaseEvent(
                    case=case,
                    kind="handout",
                    author=case.officer,
                    text="\n".join(a.title for a in handouts),
                    created_at=case.opened_at + timedelta(minutes=5),
                )
            )
        path = _status_path(case.status)
        moments = {
            Status.IN_PROGRESS: case.opened_at + timedelta(minutes=1),
            Status.WAITING_ENTREPRENEUR: case.first_answer_at,
            Status.WAITING_PARTNER: case.first_answer_at,
            Status.RESOLVED: case.resolved_at,
            Status.CLOSED: case.closed_at,
        }
        previous = Status.NEW
        for step in path:
            at = moments.get(step) or case.opened_at + timedelta(minutes=2)
            events.append(
                CaseEvent(
                    case=case,
                    kind="status_change",
                    author=case.officer,
                    from_status=previous,
                    to_status=step,
                    created_at=at,
                )
            )
            previous = step
        if with_note:
            events.append(
                CaseEvent(
                    case=case,
                    kind="note",
                    author=case.officer,
                    text=rng.choice(NOTES),
                    created_at=case.opened_at + timedelta(minutes=30),
                )
            )
        if case.status in (Status.IN_PROGRESS, Status.WAITING_ENTREPRENEUR) and rng.random() < 0.5:
            due = today + timedelta(days=rng.randint(-2, 5))
            follow_ups.append(
                FollowUp(
                    case=case,
                    due_date=due,
                    assigned_to=case.officer,
                    created_by=case.officer,
                    text=rng.choice(["Перезвонить предпринимателю", "Проверить ответ фонда"]),
                    created_at=min(case.opened_at + timedelta(hours=1), now),
                )
            )
    topic_through.objects.bulk_create(topic_rows)
    handout_through.objects.bulk_create(handout_rows)
    CaseEvent.objects.bulk_create(events)
    FollowUp.objects.bulk_create(follow_ups)


def _status_path(status):
    return {
        Status.NEW: [],
        Status.IN_PROGRESS: [Status.IN_PROGRESS],
        Status.WAITING_ENTREPRENEUR: [Status.IN_PROGRESS, Status.WAITING_ENTREPRENEUR],
        Status.WAITING_PARTNER: [Status.IN_PROGRESS, Status.WAITING_PARTNER],
        Status.RESOLVED: [Status.IN_PROGRESS, Status.RESOLVED],
        Status.CLOSED: [Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED],
    }[status]
