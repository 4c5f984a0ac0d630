"""No personal data in the logs: a journey through the public forms and the back-office
with recognisable names, e-mail addresses and phone numbers, then a search of every log
line written meanwhile, by any logger."""

import io
import logging
import uuid

import pytest
from django.urls import reverse

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
    client.post(reverse("desk:status"), {"reference": case.reference, "email": EMAIL})
    client.get(reverse("desk:status") + f"?email={EMAIL}")
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
