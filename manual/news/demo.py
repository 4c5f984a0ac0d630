"""Demo news and events (example content), dated relative to the day the demo loads."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from manual.models import Event, NewsItem, Topic
from stakeholders.models import Organisation

KALININGRAD = ZoneInfo("Europe/Kaliningrad")

NEWS = [
    {
        "slug": "tax-consultation-days",
        "days_ago": 2,
        "topics": ["taxes"],
        "title": "Дни налоговых консультаций в инфопункте",
        "title_en": "Tax consultation days at the Infopoint",
        "summary": "Специалисты УФНС раз в месяц консультируют предпринимателей в инфопункте.",
        "summary_en": "Tax office specialists advise entrepreneurs at the Infopoint once a month.",
        "body": "Приходите со своими вопросами о **выборе налогового режима**, отчётности "
        "и регистрации. Запись не нужна.",
        "body_en": "Bring your questions on **choosing a tax regime**, reporting and "
        "registration. No appointment needed.",
    },
    {
        "slug": "hiring-subsidy-2027",
        "days_ago": 5,
        "topics": ["hiring", "money-support"],
        "title": "Субсидия на трудоустройство молодёжи в 2027 году",
        "title_en": "Youth hiring subsidy in 2027",
        "summary": "Центр занятости принимает заявки работодателей на субсидию.",
        "summary_en": "The Employment Agency accepts employers' applications for the subsidy.",
        "body": "Работодатель, принявший на работу молодого специалиста, может получить "
        "компенсацию части зарплаты. Подробности — в Центре занятости.",
        "body_en": "An employer who hires a young specialist can be reimbursed part of the "
        "salary. Details at the Employment Agency.",
    },
    {
        "slug": "infopoint-new-office",
        "days_ago": 12,
        "topics": ["registration"],
        "title": "Инфопункт открыл приёмную в Ленинградском районе",
        "title_en": "The Infopoint opened an office in the Leningradsky district",
        "summary": "Консультации по вторникам и четвергам.",
        "summary_en": "Consultations on Tuesdays and Thursdays.",
        "body": "Новая приёмная работает по адресу: ул. Генерала Павлова, 2.",
        "body_en": "The new office is at Generala Pavlova St 2.",
    },
]

EVENTS = [
    {
        "slug": "tax-day-december",
        "in_days": 6,
        "hours": (10, 13),
        "organiser": "fns-kaliningrad",
        "topics": ["taxes"],
        "title": "День консультаций налоговой службы",
        "title_en": "Tax office consultation day",
        "summary": "Ответы на вопросы о налоговых режимах и отчётности.",
        "summary_en": "Answers on tax regimes and reporting.",
        "location": "Калининград, площадь Победы, 1, каб. 112",
        "location_en": "Kaliningrad, Pobedy Square 1, room 112",
    },
    {
        "slug": "job-fair-employers",
        "in_days": 13,
        "hours": (11, 16),
        "organiser": "employment-centre",
        "topics": ["hiring"],
        "title": "Ярмарка вакансий для работодателей",
        "title_en": "Job fair for employers",
        "summary": "Найдите сотрудников и узнайте о субсидиях на найм.",
        "summary_en": "Find staff and learn about hiring subsidies.",
        "location": "Калининград, ул. Дмитрия Донского, 23",
        "location_en": "Kaliningrad, Dmitriya Donskogo St 23",
    },
    {
        "slug": "made-in-kaliningrad-fair",
        "in_days": 27,
        "hours": (10, 18),
        "organiser": "baltic-expo",
        "topics": ["sez-export"],
        "title": "Ярмарка «Сделано в Калининграде»",
        "title_en": "“Made in Kaliningrad” fair",
        "summary": "Местные производители представляют свои товары.",
        "summary_en": "Local producers show their goods.",
        "location": "Выставочный центр «Балтик-Экспо», ул. Гагарина, 2",
        "location_en": "Baltic-Expo Exhibition Centre, Gagarina St 2",
        "registration_url": "https://baltic-expo.example.org/made-in-kaliningrad",
    },
    {
        "slug": "export-seminar-autumn",
        "in_days": -20,
        "hours": (14, 17),
        "organiser": "tpp-kaliningrad",
        "topics": ["sez-export"],
        "title": "Семинар «Первый экспортный контракт»",
        "title_en": "Seminar “Your first export contract”",
        "summary": "Торгово-промышленная палата о документах и сертификатах.",
        "summary_en": "The Chamber of Commerce on documents and certificates.",
        "location": "Калининград, ул. Шевченко, 1",
        "location_en": "Kaliningrad, Shevchenko St 1",
    },
]


def _topics(slugs):
    return list(Topic.objects.filter(slug__in=slugs))


@transaction.atomic
def load(*, offices, users):
    now = timezone.now()
    today = timezone.localdate()
    for data in NEWS:
        data = dict(data)
        topics = data.pop("topics")
        published_at = now - timedelta(days=data.pop("days_ago"))
        item, _created = NewsItem.objects.update_or_create(
            slug=data.pop("slug"),
            defaults={**data, "status": "published", "published_at": published_at},
        )
        item.topics.set(_topics(topics))
    for data in EVENTS:
        data = dict(data)
        topics = data.pop("topics")
        day = today + timedelta(days=data.pop("in_days"))
        opens, closes = data.pop("hours")
        organiser = Organisation.objects.filter(slug=data.pop("organiser")).first()
        event, _created = Event.objects.update_or_create(
            slug=data.pop("slug"),
            defaults={
                **data,
                "organiser": organiser,
                "starts_at": datetime.combine(day, time(opens), KALININGRAD),
                "ends_at": datetime.combine(day, time(closes), KALININGRAD),
                "status": "published",
                "published_at": now - timedelta(days=30),
            },
        )
        event.topics.set(_topics(topics))
