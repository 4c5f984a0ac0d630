"""Dates as natives write them: «7 декабря 2026 г.», «понедельник, 7 декабря», never
«7 Декабрь» nor «г..» at the end of a sentence; «7 December 2026» in English."""

import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from desk.models import Case
from tests import factories
from tests.desk.test_booking import open_every_weekday

pytestmark = pytest.mark.django_db


def render(text, **context):
    return Template("{% load dates %}" + text).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "7 декабря 2026 г."), ("en", "7 December 2026")],
)
def test_the_project_date_format_writes_the_day_month_and_year(language, expected):
    with translation.override(language):
        assert render('{{ day|date:"DATE_FORMAT" }}', day=date(2026, 12, 7)) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "07.12.2026"), ("en", "7 Dec 2026")],
)
def test_the_short_date_in_lists_is_never_the_us_month_first(language, expected):
    with translation.override(language):
        assert render('{{ day|date:"SHORT_DATE_FORMAT" }}', day=date(2026, 12, 7)) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "понедельник, 7 декабря"), ("en", "Monday, 7 December")],
)
def test_a_day_heading_writes_the_weekday_as_the_language_does(language, expected):
    with translation.override(language):
        assert render("{{ day|weekday_and_day }}", day=date(2026, 12, 7)) == expected


def test_a_date_and_time_reads_naturally_in_russian():
    moment = datetime(2026, 12, 7, 9, 30, tzinfo=ZoneInfo("Europe/Kaliningrad"))
    assert render('{{ moment|date:"DATETIME_FORMAT" }}', moment=moment) == (
        "7 декабря 2026 г., 9:30"
    )


@pytest.mark.now("2026-12-07 10:00")
def test_the_booking_page_heads_each_day_in_lower_case_with_the_month_in_the_genitive(
    client, office
):
    open_every_weekday(office)
    page = client.get(reverse("desk:book", kwargs={"slug": office.slug})).content.decode()
    assert "вторник, 8 декабря" in page
    assert "Декабрь" not in page and "Вторник, " not in page


@pytest.mark.now("2026-12-07 10:00")
def test_the_questions_thank_you_page_ends_its_sentence_with_one_full_stop(client, office):
    factories.ServiceStandardFactory(office=office, first_answer_days=2)
    topic = factories.TopicFactory(slug="registration")
    response = client.post(
        reverse("desk:ask"),
        {
            "office": office.pk,
            "topic": topic.pk,
            "question": "Как зарегистрировать ИП?",
            "token": str(uuid.uuid4()),
        },
    )
    page = response.content.decode()
    case = Case.objects.get()
    assert case.first_answer_due is not None
    assert "г.." not in page
    assert "декабря 2026 г." in page
