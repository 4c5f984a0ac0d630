"""No personal data in the logs: a journey through the public forms and the back-office
with recognisable names, e-mail addresses and phone numbers, then a search of every log
line written meanwhile, by any logger."""

import io
import logging
import uuid

import pytest
from django.core import signing
from django.urls import reverse

from infopoint.redaction import MaskSignedTokens, mask_signed_tokens
from tests import factories

pytestmark = pytest.mark.django_db

NAME = "Ефросинья Тестовая"
EMAIL = "efrosinya.secret@example.org"
PHONE = "+74012555123"


@pytest.fixture
def every_log_line():
    """Catch records at every level from the root logger and from loggers that do not
    propagate (django.request, django.server …)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    loggers = [logging.getLogger()] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]
    levels = {}
    for logger in loggers:
        levels[logger] = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield stream
    for logger in loggers:
        logger.removeHandler(handler)
        logger.setLevel(levels[logger])


def test_a_journey_with_personal_data_leaves_none_in_the_logs(
    client, office, officer, every_log_line, settings
):
    settings.REQUEST_LOG = True
    office.is_public = True
    office.save()
    answer = client.post(
        reverse("desk:ask"),
        {
            "office": office.pk,
            "question": f"Я {NAME}, мой телефон {PHONE}, как открыть кафе?",
            "name": NAME,
            "email": EMAIL,
            "phone": PHONE,
            "consent": "on",
            "token": str(uuid.uuid4()),
        },
    )
    assert answer.status_code == 200
    from desk.models import Case

    case = Case.objects.get(entrepreneur__email=EMAIL)
    client.post(reverse("desk:status"), {"reference": case.reference, "contact": EMAIL})
    client.post(reverse("desk:status"), {"reference": case.reference, "contact": PHONE})
    client.get(reverse("desk:status") + f"?contact={EMAIL}")
    client.post(reverse("admin:login"), {"username": EMAIL, "password": PHONE})
    client.force_login(officer)
    client.get(reverse("desk:case", kwargs={"pk": case.pk}))
    client.get(reverse("desk:entrepreneur", kwargs={"pk": case.entrepreneur_id}))
    client.get(reverse("desk:entrepreneur_lookup") + f"?q={PHONE}")
    client.get(reverse("admin:index") + f"?q={EMAIL}")
    factories.UserFactory()  # and a write through the ORM with the log level at DEBUG

    logged = every_log_line.getvalue()
    assert logged, "the journey wrote no log line at all: the capture is broken"
    assert "POST /status/ 200" in logged  # the request log saw the journey
    for secret in [NAME, EMAIL, PHONE, PHONE.lstrip("+"), "efrosinya"]:
        assert secret not in logged, f"{secret!r} appears in the logs"


def test_the_request_log_masks_signed_tokens_in_the_path(client, office, every_log_line, settings):
    from manual.news import services

    settings.REQUEST_LOG = True
    subscriber = factories.SubscriberFactory(email=EMAIL)
    referral = factories.ReferralFactory(case=factories.CaseFactory(office=office))
    unsubscribe = services.unsubscribe_token(subscriber)
    tokens = [unsubscribe, referral.make_token(), signing.dumps({"e": EMAIL}, salt="other")]
    client.get(reverse("news:unsubscribe", kwargs={"token": unsubscribe}))
    client.get(f"/en/news/unsubscribe/{unsubscribe}/one-click/")
    client.get(reverse("desk:referral_answer", kwargs={"token": tokens[1]}))
    client.get(f"/some/unknown/{tokens[2]}/page/")  # a route nobody listed as signed

    logged = every_log_line.getvalue()
    assert logged.count("infopoint.request INFO GET ") == 4
    assert "GET /some/unknown/[token]/page/ 404" in logged
    for secret in [*tokens, *(token.split(":")[0] for token in tokens)]:
        assert secret not in logged


def test_any_log_line_masks_a_signed_token():
    token = signing.dumps({"e": EMAIL}, salt="news")
    record = logging.LogRecord(
        "django.request",
        logging.ERROR,
        __file__,
        1,
        "%s: %s",
        ("Server Error", f"/x/{token}/"),
        None,
    )
    MaskSignedTokens().filter(record)
    assert record.getMessage() == "Server Error: /x/[token]/"
    ordinary = "12:30:05,123 id=c05304b2fe53497c /manual/ip/ 2026-12-07 K7P3-QX9M a:b:c"
    assert mask_signed_tokens(ordinary) == ordinary
