"""Writes of news, events and subscriptions: the double opt-in, unsubscribing, the weekly
digest, and the export and erasure of a subscriber's data."""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from manual.models import Article, DigestItem, Event, NewsItem, Subscriber, Topic

logger = logging.getLogger(__name__)

# Bump when the consent wording of the subscription form changes; every subscriber keeps
# the version they agreed to.
CONSENT_TEXT_VERSION = "2026-11"

CONFIRM_SALT = "manual.subscription.confirm"
CONFIRM_MAX_AGE = timedelta(days=3)
UNSUBSCRIBE_SALT = "manual.subscription.unsubscribe"
# Each digest carries a fresh link; old e-mails' links expire after half a year.
UNSUBSCRIBE_MAX_AGE = timedelta(days=183)
# A first digest reaches back one week, so a new subscriber gets something to read.
FIRST_DIGEST_LOOKBACK = timedelta(days=7)


class InvalidLink(Exception):
    """A subscription link that is tampered with, expired, or of an erased subscriber."""


def _absolute(path):
    return settings.SITE_URL + path


def confirm_token(subscriber, topic_ids):
    return signing.dumps(
        {"s": subscriber.pk, "t": sorted(topic_ids), "l": subscriber.language},
        salt=CONFIRM_SALT,
        compress=True,
    )


def unsubscribe_token(subscriber):
    return signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt=UNSUBSCRIBE_SALT)


def _load(token, *, salt, max_age):
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise InvalidLink(str(error)) from error


def unsubscribe_urls(subscriber):
    """The visible link (a page with a button) and RFC 8058's one-click POST target."""
    token = unsubscribe_token(subscriber)
    with translation.override(subscriber.language):
        page = reverse("news:unsubscribe", kwargs={"token": token})
        one_click = reverse("news:unsubscribe_one_click", kwargs={"token": token})
    return _absolute(page), _absolute(one_click)


def _send(subscriber, *, subject, template, context):
    page_url, one_click_url = unsubscribe_urls(subscriber)
    with translation.override(subscriber.language):
        body = render_to_string(
            template, {**context, "subscriber": subscriber, "unsubscribe_url": page_url}
        )
        message = EmailMultiAlternatives(
            subject=str(subject),
            body=body,
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{one_click_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
    message.send()


@transaction.atomic
def subscription_request(*, email: str, topics: list[Topic], language: str) -> Subscriber:
    """Record the consent of a new address and send the confirmation link. An existing
    address changes nothing until its owner confirms the link sent to it."""
    subscriber, created = Subscriber.objects.get_or_create(
        email=email.strip().lower(),
        defaults={
            "language": language,
            "consent_text_version": CONSENT_TEXT_VERSION,
            "consented_at": timezone.now(),
        },
    )
    if created:
        subscriber.topics.set(topics)
    from manual.news.tasks import send_subscription_confirmation

    send_subscription_confirmation.enqueue(subscriber.pk, [topic.pk for topic in topics])
    return subscriber


def subscription_confirmation_send(*, subscriber_id: int, topic_ids: list[int]) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return False
    with translation.override(subscriber.language):
        url = _absolute(
            reverse("news:confirm", kwargs={"token": confirm_token(subscriber, topic_ids)})
        )
        topics = list(Topic.objects.filter(pk__in=topic_ids))
        subject = gettext("Confirm your subscription to Infopoint news")
    _send(
        subscriber,
        subject=subject,
        template="manual/subscription_email_confirm.txt",
        context={"confirm_url": url, "topics": topics, "days": CONFIRM_MAX_AGE.days},
    )
    return True


def subscriber_for_confirmation(token: str) -> tuple[Subscriber, list[int], str]:
    data = _load(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    subscriber = Subscriber.objects.filter(pk=data.get("s")).first()
    if subscriber is None:
        raise InvalidLink("erased")
    return subscriber, data.get("t", []), data.get("l", subscriber.language)


@transaction.atomic
def subscription_confirm(*, token: str) -> Subscriber:
    subscriber, topic_ids, language = subscriber_for_confirmation(token)
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    now = timezone.now()
    subscriber.confirmed_at = subscriber.confirmed_at or now
    subscriber.unsubscribed_at = None
    subscriber.language = language if language in Subscriber.Language.values else "ru"
    # Confirming the link is consent to the current wording.
    subscriber.consented_at = now
    subscriber.consent_text_version = CONSENT_TEXT_VERSION
    subscriber.save(
        update_fields=[
            "confirmed_at",
            "unsubscribed_at",
            "language",
            "consented_at",
            "consent_text_version",
        ]
    )
    subscriber.topics.set(Topic.objects.filter(pk__in=topic_ids))
    return subscriber


def subscriber_for_unsubscribe(token: str) -> Subscriber:
    data = _load(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    subscriber = Subscriber.objects.filter(pk=data.get("s"), email=data.get("e")).first()
    if subscriber is None:
        raise InvalidLink("erased")
    return subscriber


@transaction.atomic
def subscription_cancel(*, token: str) -> Subscriber:
    subscriber = subscriber_for_unsubscribe(token)
    if subscriber.unsubscribed_at is None:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at"])
    return subscriber


@dataclass
class Digest:
    news: list
    events: list
    articles: list

    def __bool__(self):
        return bool(self.news or self.events or self.articles)


def digest_for(subscriber: Subscriber, *, now: datetime) -> Digest:
    """What is new for the subscriber's topics since their last digest and not yet sent."""
    since = subscriber.last_digest_at or ((subscriber.confirmed_at or now) - FIRST_DIGEST_LOOKBACK)
    topic_ids = list(subscriber.topics.values_list("pk", flat=True))
    sent = subscriber.digest_items.all()
    news = (
        NewsItem.objects.published()
        .filter(topics__in=topic_ids, published_at__gt=since, published_at__lte=now)
        .exclude(pk__in=sent.filter(kind=DigestItem.Kind.NEWS).values("object_id"))
        .distinct()
        .order_by("-published_at")
    )
    events = (
        Event.objects.published()
        .filter(topics__in=topic_ids, published_at__gt=since, ends_at__gte=now)
        .exclude(pk__in=sent.filter(kind=DigestItem.Kind.EVENT).values("object_id"))
        .distinct()
        .order_by("starts_at")
    )
    sent_articles = set(
        sent.filter(kind=DigestItem.Kind.ARTICLE).values_list("object_id", "version")
    )
    articles = [
        article
        for article in Article.objects.public()
        .filter(topics__in=topic_ids, updated_at__gt=since, updated_at__lte=now)
        .select_related(*_article_revisions())
        .distinct()
        .order_by("-updated_at")
        if (article.pk, article.updated_at) not in sent_articles
    ]
    return Digest(news=list(news), events=list(events), articles=articles)


def _article_revisions():
    names = {field.name for field in Article._meta.get_fields()}
    return [name for name in ("published_ru", "published_en") if name in names]


@transaction.atomic
def digest_send(*, subscriber: Subscriber, now: datetime) -> bool:
    """Send one subscriber's digest and record each item, so a rerun sends nothing twice."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if not subscriber.is_active:
        return False
    with translation.override(subscriber.language):
        digest = digest_for(subscriber, now=now)
        if not digest:
            return False
        subject = gettext("Infopoint: news and events of the week")
        context = {
            "digest": digest,
            "site_url": settings.SITE_URL,
        }
        _send(
            subscriber,
            subject=subject,
            template="manual/subscription_email_digest.txt",
            context=context,
        )
    DigestItem.objects.bulk_create(
        [
            DigestItem(subscriber=subscriber, kind=kind, object_id=item.pk, version=version)
            for kind, items, stamp in [
                (DigestItem.Kind.NEWS, digest.news, "published_at"),
                (DigestItem.Kind.EVENT, digest.events, "published_at"),
                (DigestItem.Kind.ARTICLE, digest.articles, "updated_at"),
            ]
            for item in items
            for version in [getattr(item, stamp)]
        ],
        ignore_conflicts=True,
    )
    subscriber.last_digest_at = now
    subscriber.save(update_fields=["last_digest_at"])
    return True


def digest_send_all(*, now: datetime | None = None) -> int:
    """The weekly digest to every confirmed subscriber; returns how many e-mails went out."""
    now = now or timezone.now()
    active = Subscriber.objects.filter(
        confirmed_at__isnull=False, unsubscribed_at__isnull=True
    ).order_by("pk")
    sent = 0
    for subscriber in active:
        try:
            sent += digest_send(subscriber=subscriber, now=now)
        except Exception:
            # One bad address or a mail server hiccup must not stop everyone else's digest;
            # nothing was recorded for this subscriber, so the next run retries.
            logger.exception("Digest to subscriber %s failed", subscriber.pk)
    return sent


def subscriber_export(*, email: str) -> dict | None:
    """Everything kept about an address (a data-subject access request)."""
    subscriber = (
        Subscriber.objects.filter(email=email.strip().lower()).prefetch_related("topics").first()
    )
    if subscriber is None:
        return None

    def stamp(value):
        return value.isoformat() if value else None

    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "topics": [topic.slug for topic in subscriber.topics.all()],
        "consent_text_version": subscriber.consent_text_version,
        "consented_at": stamp(subscriber.consented_at),
        "confirmed_at": stamp(subscriber.confirmed_at),
        "unsubscribed_at": stamp(subscriber.unsubscribed_at),
        "last_digest_at": stamp(subscriber.last_digest_at),
        "created_at": stamp(subscriber.created_at),
        "sent": [
            {"kind": item.kind, "id": item.object_id, "sent_at": stamp(item.sent_at)}
            for item in subscriber.digest_items.order_by("sent_at", "pk")
        ],
    }


@transaction.atomic
def subscriber_erase(*, email: str) -> bool:
    """Erase an address with what was sent to it and its audit history."""
    subscriber = Subscriber.objects.filter(email=email.strip().lower()).first()
    if subscriber is None:
        return False
    Subscriber.pgh_event_model.objects.filter(Q(pgh_obj_id=subscriber.pk)).delete()
    subscriber.delete()
    return True
