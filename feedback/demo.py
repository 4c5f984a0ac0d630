"""Demo feedback (example data): answers to about 60 % of the closed demo cases, manual
page votes, site feedback and improvement actions, some of them published as "you said,
we did". Idempotent: running it again adds nothing that is already there."""

import hashlib
import random
from datetime import timedelta

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from feedback.models import (
    ArticleVote,
    ImprovementAction,
    Invitation,
    Response,
    SiteFeedback,
    Tag,
)
from feedback.models.capture import INVITATION_VALIDITY, new_code

RESPONSE_SHARE = 0.6
# Typical of public-service desks: most visitors are satisfied, a tail is not.
CSAT_WEIGHTS = {5: 45, 4: 30, 3: 13, 2: 7, 1: 5}
NPS_BY_CSAT = {5: (8, 10), 4: (7, 9), 3: (4, 8), 2: (1, 6), 1: (0, 4)}

GOOD = {
    "ru": [
        "Всё объяснили подробно и по делу.",
        "Дали список документов, ничего не пришлось искать.",
        "Быстро приняли без записи.",
        "Подсказали про субсидию, о которой я не знал.",
        "Вежливый и внимательный консультант.",
    ],
    "en": [
        "Clear explanation, to the point.",
        "I got a list of the documents I need.",
        "Helpful advice about the Special Economic Zone.",
    ],
}
IMPROVE = {
    "ru": [
        "Долго ждал в очереди.",
        "Хотелось бы записываться онлайн.",
        "Не хватило образцов заполнения заявлений.",
        "Неудобные часы работы, только до 18:00.",
        "Непонятно, куда идти после консультации.",
    ],
    "en": [
        "Materials in English would help.",
        "The waiting time was long.",
    ],
}

TAGS = [
    ("очередь", "waiting time"),
    ("часы работы", "opening hours"),
    ("справочник", "manual"),
    ("сайт", "website"),
    ("консультация", "consultation"),
]

SITE_FEEDBACK = [
    ("Не нашёл, где скачать форму Р21001.", "/manual/", "ru"),
    ("На телефоне меню закрывает половину экрана.", "/", "ru"),
    ("Добавьте, пожалуйста, раздел про маркетплейсы.", "/manual/", "ru"),
    ("Is there an English version of the tax calendar?", "/en/manual/", "en"),
]

ACTIONS = [
    {
        "title": "Онлайн-запись на консультацию",
        "title_en": "Online booking of consultations",
        "status": "done",
        "done_days_ago": 20,
        "you_said": "Приходится долго ждать в очереди без записи.",
        "you_said_en": "You had to wait a long time in the queue without an appointment.",
        "we_did": "Ввели онлайн-запись на удобное время: теперь можно выбрать слот на сайте.",
        "we_did_en": "We introduced online booking: choose a time slot on the website.",
    },
    {
        "title": "Вопрос онлайн в любое время",
        "title_en": "Ask online at any time",
        "status": "done",
        "done_days_ago": 45,
        "you_said": "Работающим предпринимателям неудобно приходить до 18:00.",
        "you_said_en": "Working entrepreneurs cannot come before 6 pm.",
        "we_did": "Вопрос можно задать на сайте в любое время: офис отвечает по e-mail или по "
        "телефону в сроки своего стандарта обслуживания.",
        "we_did_en": "You can ask a question on the website at any time: the office answers by "
        "e-mail or phone within its service standard.",
    },
    {
        "title": "Личный чек-лист шагов и документов",
        "title_en": "A personal checklist of steps and documents",
        "status": "done",
        "done_days_ago": 70,
        "you_said": "Трудно запомнить, какие документы взять с собой.",
        "you_said_en": "It was hard to remember which documents to bring.",
        "we_did": "Из любой статьи справочника можно собрать личный чек-лист шагов и документов, "
        "распечатать его или сохранить в PDF.",
        "we_did_en": "From any article of the manual you can build a personal checklist of steps "
        "and documents, print it or save it as a PDF.",
    },
    {
        "title": "Памятка на английском языке",
        "title_en": "Handout in English",
        "status": "done",
        "done_days_ago": 110,
        "you_said": "Иностранным предпринимателям нужна информация на английском.",
        "you_said_en": "Foreign entrepreneurs need information in English.",
        "we_did": "Подготовили английскую версию памятки и основных статей справочника.",
        "we_did_en": "We prepared an English handout and English versions of the main articles.",
    },
    {
        "title": "Раздел о продажах на маркетплейсах",
        "title_en": "A section on selling on marketplaces",
        "status": "in_progress",
        "due_in_days": 14,
    },
    {
        "title": "Понятные указатели к кабинету 112",
        "title_en": "Clear signs to room 112",
        "status": "open",
        "due_in_days": -3,
    },
]


def _rng(*parts):
    return random.Random(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest())


def _closed_cases():
    try:
        Case = apps.get_model("desk", "Case")
    except LookupError:
        return []
    cases = Case.objects.filter(closed_at__isnull=False).order_by("pk")
    if any(field.name == "entrepreneur" for field in Case._meta.get_fields()):
        cases = cases.select_related("entrepreneur")
    return list(cases)


@transaction.atomic
def load_responses(cases):
    """Invitations for the given closed cases (if the desk has not made them already)
    and answers to about 60 % of them, with plausible CSAT and NPS."""
    now = timezone.now()
    known = set(
        Invitation.objects.filter(reference__in=[case.reference for case in cases]).values_list(
            "reference", flat=True
        )
    )
    new = []
    for case in cases:
        if case.reference in known:
            continue
        entrepreneur = getattr(case, "entrepreneur", None)
        new.append(
            Invitation(
                reference=case.reference,
                office_id=case.office_id,
                email=getattr(entrepreneur, "email", "") or "",
                language=getattr(entrepreneur, "language", "ru") or "ru",
                code=new_code(),
                created_at=case.closed_at,
                expires_at=case.closed_at + INVITATION_VALIDITY,
                # Demo e-mails are never really sent.
                sent_at=case.closed_at if getattr(entrepreneur, "email", "") else None,
            )
        )
    Invitation.objects.bulk_create(new, ignore_conflicts=True)

    invitations = Invitation.objects.filter(
        reference__in=[case.reference for case in cases], response__isnull=True
    )
    responses, answered = [], []
    for invitation in invitations:
        rng = _rng("response", invitation.reference)
        if rng.random() >= RESPONSE_SHARE:
            continue
        answered_at = min(invitation.created_at + timedelta(hours=rng.randint(1, 120)), now)
        csat = rng.choices(list(CSAT_WEIGHTS), weights=list(CSAT_WEIGHTS.values()))[0]
        language = invitation.language
        responses.append(
            Response(
                invitation=invitation,
                csat=csat,
                nps=rng.randint(*NPS_BY_CSAT[csat]),
                what_was_good=rng.choice(GOOD[language])
                if csat >= 3 and rng.random() < 0.5
                else "",
                what_to_improve=rng.choice(IMPROVE[language])
                if csat <= 4 and rng.random() < 0.6
                else "",
                anonymous=rng.random() < 0.15,
                # Its own random stream, so the other demo answers stay as they were.
                may_quote=_rng("quote", invitation.reference).random() < 0.5,
                language=language,
                created_at=answered_at,
                needs_action=csat <= 2,
            )
        )
        invitation.answered_at = answered_at
        answered.append(invitation)
    Response.objects.bulk_create(responses)
    Invitation.objects.bulk_update(answered, ["answered_at"])
    return len(responses)


def load_votes():
    Article = apps.get_model("manual", "Article")
    articles = list(
        Article.objects.filter(visibility="public", status="published").order_by("pk")[:20]
    )
    if not articles or ArticleVote.objects.exists():
        return 0
    today = timezone.localdate()
    votes = []
    for article in articles:
        rng = _rng("votes", article.slug)
        helpful_share = rng.choice([0.9, 0.8, 0.75, 0.6, 0.4])
        for index in range(rng.randint(4, 30)):
            helpful = rng.random() < helpful_share
            votes.append(
                ArticleVote(
                    article=article,
                    helpful=helpful,
                    comment=""
                    if helpful or rng.random() < 0.6
                    else rng.choice(
                        [
                            "Не указаны сроки рассмотрения.",
                            "Нет ссылки на форму заявления.",
                            "Непонятно, сколько стоит пошлина.",
                        ]
                    ),
                    language="en" if rng.random() < 0.1 else "ru",
                    client_key=hashlib.sha256(f"demo|{article.pk}|{index}".encode()).hexdigest(),
                    voted_on=today - timedelta(days=rng.randint(0, 120)),
                )
            )
    ArticleVote.objects.bulk_create(votes, ignore_conflicts=True)
    return len(votes)


@transaction.atomic
def load_loop(*, offices, users):
    tags = {
        name: Tag.objects.get_or_create(name=name, defaults={"name_en": name_en})[0]
        for name, name_en in TAGS
    }
    for message, page_url, language in SITE_FEEDBACK:
        feedback, created = SiteFeedback.objects.get_or_create(
            message=message, defaults={"page_url": page_url, "language": language}
        )
        if created and "manual" in page_url:
            feedback.tags.add(tags["справочник"])
    now = timezone.now()
    owners = [users.get("head"), users.get("officer")]
    for index, data in enumerate(ACTIONS):
        data = dict(data)
        done_days_ago = data.pop("done_days_ago", None)
        due_in_days = data.pop("due_in_days", None)
        defaults = {
            **data,
            "owner": owners[index % 2],
            "office_id": offices[0].pk if offices else None,
            "done_at": now - timedelta(days=done_days_ago) if done_days_ago else None,
            "due_date": (timezone.localdate() + timedelta(days=due_in_days))
            if due_in_days
            else None,
            "created_at": now - timedelta(days=(done_days_ago or 10) + 30),
        }
        action, created = ImprovementAction.objects.get_or_create(
            title=data["title"], defaults=defaults
        )
        if created and index == 0:
            action.responses.set(Response.objects.filter(what_to_improve__icontains="очеред")[:5])
            for response in action.responses.all():
                response.tags.add(tags["очередь"])


def load(*, offices, users):
    load_responses(_closed_cases())
    load_votes()
    load_loop(offices=offices, users=users)
