"""Factories for every model, in one place (apps below the top import nothing from here)."""

from datetime import UTC, time, timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from desk.models import Office, OpeningHours


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Мария"
    last_name = "Иванова"
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct-horse-battery")


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Инфопункт {n}")
    name_en = factory.Sequence(lambda n: f"Infopoint {n}")
    slug = factory.Sequence(lambda n: f"office-{n}")
    address = "Калининград, площадь Победы, 1"
    address_en = "Kaliningrad, Pobedy Square 1"
    phone = "+7 4012 92-31-00"
    email = "infopoint@example.org"


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OpeningHours

    office = factory.SubFactory(OfficeFactory)
    weekday = 0
    opens = time(9)
    closes = time(18)


# --- stakeholders -------------------------------------------------------------------


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "stakeholders.Organisation"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"partner-{n}")
    name = factory.Sequence(lambda n: f"Организация {n}")
    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "chamber"
    level = "regional"
    address = "Калининград, ул. Шевченко, 1"
    address_en = "Kaliningrad, Shevchenko St 1"
    opening_hours = "Пн–Пт 9:00–18:00"
    opening_hours_en = "Mon–Fri 9:00–18:00"
    phone = "+7 4012 00-00-01"
    email = factory.LazyAttribute(lambda o: f"{o.slug}@example.org")
    description = "Помогает предпринимателям."
    description_en = "Helps entrepreneurs."


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "stakeholders.ContactPerson"

    organisation = factory.SubFactory(OrganisationFactory)
    name = "Ольга Петрова"
    role = "руководитель отдела"
    phone = "+7 911 555-12-34"
    email = "olga.petrova@example.org"


class CommunicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "stakeholders.Communication"

    organisation = factory.SubFactory(OrganisationFactory)
    kind = "meeting"
    date = factory.Faker("date_this_year")
    summary = "Встреча о совместном семинаре."


class StakeholderAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "stakeholders.StakeholderAssessment"

    organisation = factory.SubFactory(OrganisationFactory)
    influence = 3
    interest = 3
    assessed_on = factory.Faker("date_this_year")


# --- manual -------------------------------------------------------------------------

# news, events and subscriptions


class NewsItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "manual.NewsItem"
        django_get_or_create = ["slug"]

    title = factory.Sequence(lambda n: f"Новость {n}")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    summary = "Кратко о новости."
    summary_en = "The news in brief."
    body = "Текст **новости**."
    body_en = "The **news** text."
    status = "published"
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "manual.Event"
        django_get_or_create = ["slug"]

    title = factory.Sequence(lambda n: f"Семинар {n}")
    title_en = factory.Sequence(lambda n: f"Seminar {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    summary = "Семинар для предпринимателей."
    summary_en = "A seminar for entrepreneurs."
    status = "published"
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=2))
    location = "Калининград, площадь Победы, 1"
    location_en = "Kaliningrad, Pobedy Square 1"


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "manual.Subscriber"
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    consent_text_version = "2026-11"
    consented_at = factory.LazyFunction(timezone.now)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "manual.Topic"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"topic-{n}")
    title = factory.Sequence(lambda n: f"Тема {n}")
    title_en = factory.Sequence(lambda n: f"Topic {n}")
    description = "Описание темы."
    description_en = "About the topic."


class ArticleFactory(factory.django.DjangoModelFactory):
    """A bare article without text; `published_article()` gives one with revisions."""

    class Meta:
        model = "manual.Article"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"article-{n}")
    title = factory.Sequence(lambda n: f"Статья {n}")


def revision_text(title, **overrides):
    text = {
        "title": title,
        "summary": f"Кратко: {title}.",
        "body": "Подробности процедуры.",
        "duration": "5 рабочих дней",
        "fees": "бесплатно",
        "documents": ["паспорт", "заявление"],
        "legal_basis": [{"title": "Закон", "url": "https://example.org/law"}],
        "steps": [{"title": "Подать заявление", "what": "Заполните форму", "where": "ФНС"}],
    }
    text.update(overrides)
    return text


def published_article(
    *,
    slug=None,
    ru=None,
    en=None,
    visibility="public",
    topics=(),
    partners=(),
    audiences=(),
    author=None,
):
    """An article published through the services, in Russian and optionally English."""
    from manual import services

    ru = ru or revision_text(f"Процедура {slug or ''}".strip())
    article = ArticleFactory(
        **({"slug": slug} if slug else {}),
        title=ru["title"],
        visibility=visibility,
        audiences=list(audiences),
    )
    article.topics.set(topics)
    article.partners.set(partners)
    for language, text in [("ru", ru), ("en", en)]:
        if not text:
            continue
        revision = services.revision_create(
            article=article, language=language, author=author, **text
        )
        services.article_publish(revision=revision, user=None)
        article.refresh_from_db()
    return article


# --- desk (cases, entrepreneurs, referrals) ------------------------------------------


class EntrepreneurFactory(factory.django.DjangoModelFactory):
    """An entrepreneur with consent; `consent=False` gives one without."""

    class Meta:
        model = "desk.Entrepreneur"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Пётр Сидоров {n}")
    business_name = ""
    phone = factory.Sequence(lambda n: f"+7911{n:07d}")
    email = factory.Sequence(lambda n: f"entrepreneur{n}@example.org")

    @factory.post_generation
    def consent(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            obj.consents.create(channel="walk_in", text_version="2026-01")

    @factory.post_generation
    def offices(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.offices.add(*extracted)
            if obj.office_id is None:
                # The first office that served them recorded them, as at the intake.
                obj.office = extracted[0]
                type(obj).objects.filter(pk=obj.pk).update(office=obj.office)


def _case_reference():
    from desk.models import next_references

    return next_references(1)[0]


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "desk.Case"
        skip_postgeneration_save = True

    reference = factory.LazyFunction(_case_reference)
    office = factory.SubFactory(OfficeFactory)
    channel = "walk_in"
    question = "Как зарегистрировать ИП?"
    status = "new"
    opened_at = factory.LazyFunction(timezone.now)
    resolved_at = factory.LazyAttribute(
        lambda case: case.opened_at if case.status in ("resolved", "closed") else None
    )
    closed_at = factory.LazyAttribute(
        lambda case: case.opened_at if case.status == "closed" else None
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        entrepreneur = kwargs.get("entrepreneur")
        if entrepreneur is not None and entrepreneur.office_id is None:
            # A person recorded with no office (EntrepreneurFactory without `offices`) is
            # recorded by the office of their first case, as at the intake: a case stands
            # on a record of its own office (desk's migration 0016).
            entrepreneur.office = kwargs["office"]
            type(entrepreneur).objects.filter(pk=entrepreneur.pk).update(office=kwargs["office"])
        return super()._create(model_class, *args, **kwargs)


class CaseEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "desk.CaseEvent"

    case = factory.SubFactory(CaseFactory)
    kind = "note"
    text = "Позвонить завтра."


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "desk.FollowUp"

    case = factory.SubFactory(CaseFactory)
    due_date = factory.LazyFunction(timezone.localdate)
    text = "Перезвонить"


class ServiceStandardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "desk.ServiceStandard"
        django_get_or_create = ["office"]

    office = factory.SubFactory(OfficeFactory)
    first_answer_days = 1
    resolution_days = 5
    partner_answer_days = 3


# referrals, bookings (desk public/referrals helper)


class ReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "desk.Referral"

    case = factory.SubFactory(CaseFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    reason = "Нужна консультация по экспорту."
    shared_data = "Имя и телефон"
    due_at = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=3))


class AppointmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "desk.Appointment"

    case = factory.SubFactory(CaseFactory, channel="appointment")
    office = factory.SelfAttribute("case.office")
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(minutes=30))


# --- feedback -----------------------------------------------------------------------


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.Invitation"
        django_get_or_create = ["reference"]

    reference = factory.Sequence(lambda n: f"KGD-2026-{n:05d}")
    office_id = 1
    language = "ru"


class ResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.Response"

    invitation = factory.SubFactory(InvitationFactory)
    csat = 5
    nps = 9
    what_was_good = "Всё объяснили подробно."


class ArticleVoteFactory(factory.django.DjangoModelFactory):
    """Needs an `article`; each vote gets its own client key."""

    class Meta:
        model = "feedback.ArticleVote"

    helpful = True
    client_key = factory.Sequence(lambda n: f"{n:064x}")


class SiteFeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.SiteFeedback"

    message = "Не нашёл, где скачать форму Р21001."
    page_url = "/manual/"


class FeedbackTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.Tag"
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"тема {n}")
    name_en = factory.Sequence(lambda n: f"topic {n}")


class ImprovementActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.ImprovementAction"

    title = factory.Sequence(lambda n: f"Улучшение {n}")
    title_en = factory.Sequence(lambda n: f"Improvement {n}")
    status = "open"

    class Params:
        done = factory.Trait(
            status="done",
            done_at=factory.Faker("past_datetime", tzinfo=UTC),
            you_said="Долго ждать в очереди.",
            you_said_en="The queue was too long.",
            we_did="Ввели запись на приём онлайн.",
            we_did_en="We introduced online appointments.",
        )
