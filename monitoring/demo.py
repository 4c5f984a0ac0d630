"""Demo period reports: last year's annual report, approved and published, and a draft
for last month. Idempotent: a report already there is left as it is."""

from django.db import transaction
from django.utils import translation

from monitoring import services
from monitoring.dashboards.periods import MONTH, YEAR, Period, local_today
from monitoring.models import PeriodReport

FINDINGS = "\n\n".join(
    [
        "Информационный пункт консультирует предпринимателей лично, по телефону, по "
        "электронной почте и через форму на сайте. Больше всего вопросов касается "
        "регистрации бизнеса и налогов; на них приходится больше половины обращений.",
        "Стандарт первого ответа соблюдается в большинстве обращений; просрочки приходятся "
        "на сложные вопросы, которые требуют ответа партнёра. Посетители без записи почти "
        "не ждут приёма.",
        "Предприниматели высоко оценивают консультации; чаще всего просят сократить путь "
        "до нужного специалиста партнёра и давать готовые перечни документов.",
    ]
)

RECOMMENDATIONS = "\n\n".join(
    [
        "Публиковать стандарты обслуживания и измерять каждое обращение по ним: это "
        "дисциплинирует и делает работу видимой.",
        "Направлять заявителя к партнёру с подписанной ссылкой и сроком ответа: партнёры "
        "отвечают быстрее, когда срок виден обеим сторонам.",
        "Спрашивать отзыв после каждого обращения и публиковать «вы сказали — мы "
        "сделали»: люди охотнее отвечают, когда видят результат.",
    ]
)


@transaction.atomic
def load(*, offices, users):
    head, admin = users["head"], users["admin"]
    today = local_today()
    last_year = Period.containing(YEAR, today.replace(month=1, day=1)).previous()
    last_month = Period.containing(MONTH, today).previous()
    if not PeriodReport.objects.filter(kind=YEAR, first_day=last_year.first).exists():
        with translation.override("ru"):
            report = services.report_start(
                user=head, kind=YEAR, first_day=last_year.first, office=None, language="ru"
            )
            report = services.report_save(
                user=head,
                report=report,
                version=report.version,
                title=report.title,
                findings=FINDINGS,
                recommendations=RECOMMENDATIONS,
            )
            services.report_submit(user=head, report=report)
            services.report_approve(user=admin, report=report)
            services.report_publish(user=admin, report=report)
    if not PeriodReport.objects.filter(kind=MONTH, first_day=last_month.first).exists():
        services.report_start(
            user=head, kind=MONTH, first_day=last_month.first, office=offices[0], language="ru"
        )
