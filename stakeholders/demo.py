"""Demo partner organisations of Kaliningrad (example data: phones and e-mails are fake)."""

from datetime import date

from django.db import transaction

from stakeholders.models import Communication, ContactPerson, Organisation, StakeholderAssessment

WEEKDAYS = "Пн–Чт 9:00–18:00, Пт 9:00–16:45"
WEEKDAYS_EN = "Mon–Thu 9:00–18:00, Fri 9:00–16:45"

ORGANISATIONS = [
    {
        "slug": "fns-kaliningrad",
        "name": "УФНС России по Калининградской области",
        "name_en": "Federal Tax Service Office for the Kaliningrad Region",
        "kind": "tax",
        "level": "federal",
        "address": "Калининград, ул. Сергеева, 2",
        "address_en": "Kaliningrad, Sergeeva St 2",
        "description": "Регистрация ИП и юридических лиц, постановка на налоговый учёт, "
        "выбор налогового режима, консультации по налогам.",
        "description_en": "Registers sole proprietors and companies, keeps the tax register, "
        "advises on tax regimes and taxes.",
        "services": "Государственная регистрация ИП и ООО\nПереход на УСН, патент, НПД\n"
        "Дни открытых дверей для предпринимателей",
        "services_en": "State registration of sole proprietors and LLCs\nSwitching to the "
        "simplified, patent or self-employed regime\nOpen days for entrepreneurs",
        "answer_days": 5,
    },
    {
        "slug": "tpp-kaliningrad",
        "name": "Торгово-промышленная палата Калининградской области",
        "name_en": "Chamber of Commerce and Industry of the Kaliningrad Region",
        "kind": "chamber",
        "level": "regional",
        "address": "Калининград, ул. Шевченко, 1",
        "address_en": "Kaliningrad, Shevchenko St 1",
        "description": "Представляет интересы бизнеса, выдаёт сертификаты происхождения "
        "товаров, проводит деловые миссии и обучение.",
        "description_en": "Represents business, issues certificates of origin, organises "
        "trade missions and training.",
        "services": "Сертификаты происхождения товаров\nДеловые миссии и поиск партнёров\n"
        "Экспертиза и оценка",
        "services_en": "Certificates of origin\nTrade missions and partner search\n"
        "Expert appraisal",
    },
    {
        "slug": "employment-centre",
        "name": "Центр занятости населения Калининградской области",
        "name_en": "Employment Agency of the Kaliningrad Region",
        "kind": "employment",
        "level": "regional",
        "address": "Калининград, ул. Дмитрия Донского, 23",
        "address_en": "Kaliningrad, Dmitriya Donskogo St 23",
        "description": "Помогает работодателям найти сотрудников, информирует о программах "
        "поддержки найма и самозанятости.",
        "description_en": "Helps employers find staff and informs about support programmes "
        "for hiring and self-employment.",
        "services": "Подбор персонала для работодателей\nСубсидии на трудоустройство\n"
        "Ярмарки вакансий",
        "services_en": "Recruitment for employers\nHiring subsidies\nJob fairs",
    },
    {
        "slug": "baltic-expo",
        "name": "Выставочный центр «Балтик-Экспо»",
        "name_en": "Baltic-Expo Exhibition Centre",
        "kind": "exhibition",
        "level": "regional",
        "address": "Калининград, ул. Гагарина, 2",
        "address_en": "Kaliningrad, Gagarina St 2",
        "description": "Организует выставки и ярмарки, где предприниматели показывают "
        "товары и находят покупателей.",
        "description_en": "Organises fairs and exhibitions where entrepreneurs show their "
        "goods and find buyers.",
        "services": "Участие в выставках и ярмарках\nАренда выставочных площадей",
        "services_en": "Taking part in fairs and exhibitions\nRenting exhibition space",
    },
    {
        "slug": "support-fund",
        "name": "Фонд поддержки предпринимательства Калининградской области",
        "name_en": "Entrepreneurship Support Fund of the Kaliningrad Region",
        "kind": "support_fund",
        "level": "regional",
        "address": "Калининград, ул. Сергеева, 14",
        "address_en": "Kaliningrad, Sergeeva St 14",
        "description": "Микрозаймы, поручительства и гранты для малого и среднего бизнеса.",
        "description_en": "Microloans, guarantees and grants for small and medium businesses.",
        "services": "Микрозаймы\nПоручительства по кредитам\nГранты начинающим",
        "services_en": "Microloans\nLoan guarantees\nGrants for starters",
    },
    {
        "slug": "my-business",
        "name": "Центр «Мой бизнес»",
        "name_en": "“My Business” Centre",
        "kind": "support_fund",
        "level": "regional",
        "address": "Калининград, ул. Театральная, 30",
        "address_en": "Kaliningrad, Teatralnaya St 30",
        "description": "Все услуги поддержки предпринимателей в одном окне: консультации, "
        "обучение, помощь с регистрацией.",
        "description_en": "All support services for entrepreneurs in one place: advice, "
        "training, help with registration.",
        "services": "Консультации юриста и бухгалтера\nОбучающие программы\n"
        "Помощь в регистрации бизнеса",
        "services_en": "Legal and accounting advice\nTraining programmes\n"
        "Help with registering a business",
    },
    {
        "slug": "social-fund",
        "name": "Отделение Социального фонда России по Калининградской области",
        "name_en": "Social Fund of Russia, Kaliningrad Region branch",
        "kind": "social_fund",
        "level": "federal",
        "address": "Калининград, ул. Клиническая, 27",
        "address_en": "Kaliningrad, Klinicheskaya St 27",
        "description": "Регистрация работодателей, отчётность по персоналу, страхование "
        "от несчастных случаев на производстве.",
        "description_en": "Registers employers, receives staff reports, insures against "
        "accidents at work.",
        "services": "Регистрация в качестве работодателя\nПерсонифицированный учёт",
        "services_en": "Registration as an employer\nPersonal records of employees",
    },
    {
        "slug": "sez-administration",
        "name": "Администрация Особой экономической зоны в Калининградской области",
        "name_en": "Administration of the Special Economic Zone in the Kaliningrad Region",
        "kind": "other",
        "level": "regional",
        "address": "Калининград, ул. Дмитрия Донского, 1",
        "address_en": "Kaliningrad, Dmitriya Donskogo St 1",
        "description": "Включает инвестиционные проекты в реестр резидентов ОЭЗ и "
        "консультирует о льготах.",
        "description_en": "Admits investment projects to the register of SEZ residents and "
        "advises on its benefits.",
        "services": "Включение в реестр резидентов ОЭЗ\nКонсультации по налоговым льготам",
        "services_en": "Admission to the SEZ resident register\nAdvice on tax benefits",
    },
    {
        "slug": "bank-demo",
        "name": "Демо-банк, отделение для бизнеса",
        "name_en": "Demo Bank, business branch",
        "kind": "bank",
        "level": "regional",
        "address": "Калининград, Ленинский проспект, 10",
        "address_en": "Kaliningrad, Leninsky Prospekt 10",
        "description": "Расчётный счёт, кредиты для бизнеса, льготные программы с "
        "Корпорацией МСП (демонстрационная организация).",
        "description_en": "Business accounts, business loans, subsidised programmes with the "
        "SME Corporation (a demo organisation).",
        "services": "Открытие расчётного счёта\nЛьготные кредиты",
        "services_en": "Opening a business account\nSubsidised loans",
    },
    {
        "slug": "economy-committee",
        "name": "Комитет экономического развития администрации городского округа "
        "«Город Калининград»",
        "name_en": "Economic Development Committee of the Kaliningrad City Administration",
        "kind": "municipal",
        "level": "municipal",
        "address": "Калининград, площадь Победы, 1",
        "address_en": "Kaliningrad, Pobedy Square 1",
        "description": "Муниципальная поддержка малого и среднего бизнеса, "
        "нестационарная торговля, ярмарки.",
        "description_en": "Municipal support for small and medium businesses, street "
        "trading permits, markets.",
        "services": "Размещение нестационарных торговых объектов\nМуниципальные программы "
        "поддержки",
        "services_en": "Street trading kiosks\nMunicipal support programmes",
        "answer_days": 2,
    },
    {
        "slug": "rospotrebnadzor",
        "name": "Управление Роспотребнадзора по Калининградской области",
        "name_en": "Rospotrebnadzor Office for the Kaliningrad Region",
        "kind": "other",
        "level": "federal",
        "address": "Калининград, ул. Подполковника Иванникова, 5",
        "address_en": "Kaliningrad, Podpolkovnika Ivannikova St 5",
        "description": "Санитарные требования, уведомления о начале деятельности, "
        "защита прав потребителей.",
        "description_en": "Sanitary rules, notifications of starting a business, consumer "
        "protection.",
        "services": "Приём уведомлений о начале деятельности\nКонсультации по санитарным "
        "требованиям",
        "services_en": "Notifications of starting a business\nAdvice on sanitary rules",
    },
]

CONTACTS = {
    "tpp-kaliningrad": [("Ольга Петрова", "руководитель отдела поддержки", "01")],
    "employment-centre": [("Сергей Морозов", "специалист по работе с работодателями", "02")],
    "fns-kaliningrad": [("Ирина Лебедева", "начальник отдела регистрации", "03")],
    "my-business": [("Дмитрий Орлов", "менеджер по консультациям", "04")],
}

COMMUNICATIONS = [
    (
        "tpp-kaliningrad",
        "meeting",
        date(2026, 9, 15),
        "Встреча по совместному семинару для экспортёров.",
        "Согласовать программу семинара",
        date(2026, 12, 10),
    ),
    (
        "employment-centre",
        "agreement",
        date(2026, 6, 1),
        "Соглашение о взаимных направлениях работодателей.",
        "",
        None,
    ),
    (
        "baltic-expo",
        "joint_event",
        date(2026, 10, 3),
        "Стенд инфопункта на ярмарке «Сделано в Калининграде».",
        "Подготовить отчёт о посетителях стенда",
        date(2026, 12, 1),
    ),
    (
        "fns-kaliningrad",
        "call",
        date(2026, 11, 2),
        "Договорились о дне консультаций налоговой в инфопункте.",
        "Опубликовать событие",
        date(2026, 11, 30),
    ),
]

ASSESSMENTS = [
    ("fns-kaliningrad", [(date(2026, 3, 1), 5, 2), (date(2026, 9, 1), 5, 3)]),
    ("tpp-kaliningrad", [(date(2026, 9, 1), 4, 5)]),
    ("employment-centre", [(date(2026, 9, 1), 3, 4)]),
    ("baltic-expo", [(date(2026, 9, 1), 2, 4)]),
    ("support-fund", [(date(2026, 9, 1), 4, 4)]),
    ("my-business", [(date(2026, 9, 1), 3, 5)]),
    ("social-fund", [(date(2026, 9, 1), 3, 1)]),
    ("sez-administration", [(date(2026, 9, 1), 4, 2)]),
    ("bank-demo", [(date(2026, 9, 1), 2, 2)]),
    ("economy-committee", [(date(2026, 9, 1), 5, 5)]),
    ("rospotrebnadzor", [(date(2026, 9, 1), 4, 1)]),
]


@transaction.atomic
def load(*, offices, users):
    organisations = {}
    for number, data in enumerate(ORGANISATIONS, start=1):
        defaults = {
            "opening_hours": WEEKDAYS,
            "opening_hours_en": WEEKDAYS_EN,
            "phone": f"+7 4012 00-00-{number:02d}",
            "email": f"{data['slug']}@example.org",
            "website": f"https://{data['slug']}.example.org/",
            "referral_email": f"referrals.{data['slug']}@example.org",
            "is_public": True,
            **{key: value for key, value in data.items() if key != "slug"},
        }
        organisations[data["slug"]], _created = Organisation.objects.update_or_create(
            slug=data["slug"], defaults=defaults
        )
    for slug, people in CONTACTS.items():
        for name, role, phone in people:
            ContactPerson.objects.update_or_create(
                organisation=organisations[slug],
                name=name,
                defaults={
                    "role": role,
                    "phone": f"+7 911 000-00-{phone}",
                    "email": f"contact{phone}@example.org",
                },
            )
    author = users.get("head")
    for slug, kind, day, summary, next_step, next_step_date in COMMUNICATIONS:
        Communication.objects.get_or_create(
            organisation=organisations[slug],
            kind=kind,
            date=day,
            defaults={
                "summary": summary,
                "next_step": next_step,
                "next_step_date": next_step_date,
                "author": author,
            },
        )
    for slug, rows in ASSESSMENTS:
        for day, influence, interest in rows:
            StakeholderAssessment.objects.get_or_create(
                organisation=organisations[slug],
                assessed_on=day,
                defaults={"influence": influence, "interest": interest, "author": author},
            )
    return organisations
