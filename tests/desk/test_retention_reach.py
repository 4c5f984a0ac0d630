"""Anonymisation reaches every text column of the schema: the test plants the person's
name, phone, e-mail and INN — formatted as people write them — into every CharField,
TextField, JSONField and FileField of every model the registry knows (pghistory event
models included), runs the retention job, and searches every text column of every table
of the database for what is left."""

import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import DatabaseError, connection, models, transaction

from desk.models import Entrepreneur
from tests import factories
from tests.desk.test_retention import (  # noqa: F401
    INN,
    PHONE,
    entrepreneur_everywhere,
    old_entrepreneur,
    text_columns,
)

pytestmark = [pytest.mark.django_db, pytest.mark.now("2026-12-07 10:00")]

# The same person as the fixture's, as people type them elsewhere: the name in the other
# order and in capitals, the phone with 8 and brackets, the e-mail in mixed case, the INN
# with spaces.
NAME_VARIANT = "УНИКАЛЬНОВА Зинаида"
PHONE_VARIANT = "8 (4012) 55-51-23"
EMAIL_VARIANT = "Zinaida.UNIKALNOVA@Example.org"
INN_VARIANT = f"{INN[:4]} {INN[4:8]} {INN[8:]}"
SENTENCE = f"{NAME_VARIANT}, тел. {PHONE_VARIANT}, {EMAIL_VARIANT}, ИНН {INN_VARIANT}"
# For columns too short for the sentence, the longest value that fits.
SINGLE_VALUES = [EMAIL_VARIANT, NAME_VARIANT, PHONE_VARIANT, INN_VARIANT, PHONE, INN]

# Columns that keep what was planted, each for a reason (desk.services.scrubbing keeps the
# same list in KEPT_COLUMNS).
ALLOWED_TO_KEEP = {
    # Staff accounts: the employee's own data, not the entrepreneur's; the administrator
    # removes them when someone leaves.
    ("auth_user", "username"),
    ("auth_user", "first_name"),
    ("auth_user", "last_name"),
    ("auth_user", "email"),
    ("auth_user", "password"),
    # A newsletter subscription rests on its own consent and ends by unsubscribing.
    ("manual_subscriber", "email"),
    ("manual_subscriberevent", "email"),
}

# What identifies the person, as the search over the whole database looks for it.
WORDS = ["зинаид", "уникальнов", "zinaida", "unikalnova"]
DIGITS = [PHONE[2:], INN]


TEXT_COLUMNS = models.CharField | models.TextField | models.JSONField | models.FileField


def planted_columns(model):
    for column in model._meta.concrete_fields:
        if isinstance(column, TEXT_COLUMNS):
            yield column


def plant(model, column):
    """Write the person into `column` of every row of `model`; the value planted or None
    when the column cannot hold any of them (a choice or format the database enforces)."""
    table = connection.ops.quote_name(model._meta.db_table)
    name = connection.ops.quote_name(column.column)
    if isinstance(column, models.JSONField):
        candidates = [(json.dumps({"note": SENTENCE, "to": [EMAIL_VARIANT]}), "%s::jsonb")]
    else:
        limit = column.max_length or 10_000
        values = [value for value in [SENTENCE, *SINGLE_VALUES] if len(value) <= limit]
        # A unique column gets a different suffix in each row, where there is room.
        candidates = [
            (value, f"left(%s || ' ' || ctid::text, {limit})")
            for value in values
            if len(value) + 8 <= limit
        ] + [(value, "%s") for value in values]
    for value, expression in candidates:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"UPDATE {table} SET {name} = {expression}", [value])  # noqa: S608
                if cursor.rowcount:
                    return value
        except DatabaseError:
            continue
    return None


def leftovers():
    """Every (table, column) of the database still holding something of the person."""
    found = set()
    with connection.cursor() as cursor:
        for table, column in text_columns():
            text = f'"{column}"::text'
            cursor.execute(
                f'SELECT 1 FROM "{table}" WHERE lower({text}) LIKE ANY(%s)'  # noqa: S608
                f" OR regexp_replace({text}, '[^0-9]', '', 'g') LIKE ANY(%s) LIMIT 1",
                [[f"%{word}%" for word in WORDS], [f"%{digits}%" for digits in DIGITS]],
            )
            if cursor.fetchone():
                found.add((table, column))
    return found


@pytest.fixture
def everything(old_entrepreneur, office, officer, client):  # noqa: F811
    """One or more rows in (nearly) every table, then the person planted in all of them."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from desk.models import DestructionLog
    from infopoint.models import RateCounter
    from manual.models import Document, SearchQuery, SearchWord, Synonym
    from monitoring.models import DashboardMonth, ManualMonth, PeriodReport, PeriodReportVersion

    now = timezone.now()
    today = timezone.localdate()
    topic = factories.TopicFactory()
    factories.published_article(slug="kafe", topics=[topic])
    Document.objects.create(topic=topic, title="Бланк", file="manual/documents/2026/blank.pdf")
    SearchQuery.objects.create(query="кафе", language="ru", result_count=0)
    SearchWord.objects.get_or_create(word="кафе", defaults={"public": True})
    Synonym.objects.get_or_create(term="ооо", defaults={"expansions": ["общество"]})
    DashboardMonth.objects.create(
        office=office,
        month=today.replace(day=1),
        starts_at=now - timedelta(days=6),
        ends_at=now,
        figures={"cases": 1},
        computed_at=now,
        computed_on=today,
    )
    ManualMonth.objects.create(month=today.replace(day=1), figures={"top": []}, computed_at=now)
    RateCounter.objects.create(key="ask:127.0.0.1", count=1, expires=now)
    DestructionLog.objects.create(count=0, cutoff=now, subject="entrepreneurs", rule="earlier")
    TOTPDevice.objects.create(user=officer, name="phone")
    visit = {"ip_address": "127.0.0.1", "user_agent": "Firefox", "http_accept": "*/*"}
    AccessAttempt.objects.create(
        username="someone",
        path_info="/admin/",
        get_data="",
        post_data="",
        failures_since_start=1,
        **visit,
    )
    AccessFailureLog.objects.create(username="someone", path_info="/admin/", **visit)
    AccessLog.objects.create(username="someone", path_info="/admin/", **visit)
    LogEntry.objects.create(
        user=officer,
        content_type=ContentType.objects.get_for_model(Entrepreneur),
        object_id=str(old_entrepreneur.pk),
        object_repr="Зинаида",
        action_flag=CHANGE,
        change_message="[]",
    )
    factories.ContactPersonFactory()
    factories.CommunicationFactory(next_step="Позвонить")
    factories.StakeholderAssessmentFactory(note="Заметка")
    article = factories.ArticleFactory()
    factories.ArticleVoteFactory(article=article, comment="Полезно")
    factories.NewsItemFactory()
    factories.EventFactory()
    factories.SubscriberFactory()
    factories.ServiceStandardFactory(office=office)
    factories.AppointmentFactory(office=office)
    factories.ResponseFactory(what_was_good="Всё")
    site = factories.SiteFeedbackFactory(
        message="Сайт", email="reader@example.org", contact_consent=True
    )
    action = factories.ImprovementActionFactory(you_said="Вы сказали")
    action.site_feedback.add(site)
    factories.FeedbackTagFactory()
    report = PeriodReport.objects.create(
        kind="month",
        first_day=today.replace(day=1),
        office=office,
        language="ru",
        title="Отчёт",
        findings="Выводы",
        author=officer,
    )
    PeriodReportVersion.objects.create(
        report=report, number=1, title="Отчёт", findings="Выводы", saved_by=officer
    )
    client.force_login(officer)
    client.get("/desk/")  # a session row

    planted = {}
    for model in apps.get_models(include_auto_created=True):
        options = model._meta
        if not options.managed or options.proxy or model is Entrepreneur:
            continue  # the entrepreneur's own record is what the job finds them by
        for column in planted_columns(model):
            value = plant(model, column)
            if value is not None:
                planted[(options.db_table, column.column)] = value
    return planted


# Tables with text columns where nothing is planted, each for a reason. A new model
# lands here unless the fixture above gives it a row: add one.
NOT_PLANTED = {
    # The entrepreneur's own record: the job finds the person by it and erases it (the
    # search below still looks at it).
    "desk_entrepreneur",
    # Only a choice column, which the database holds to its choices.
    "desk_appointment",
    "manual_digestitem",
    "infopoint_twofactorreset",
    "infopoint_stafflanguage",
}


def test_nothing_of_the_person_survives_in_any_column(everything, capsys):
    with_text = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and any(planted_columns(model))
    }
    assert with_text - {table for table, _ in everything} == NOT_PLANTED
    assert {table for table, _ in everything} >= {
        "desk_casehistory",
        "desk_caseevent",
        "desk_referralhistory",
        "feedback_response",
        "feedback_responsehistory",
        "feedback_sitefeedback",
        "feedback_improvementactionhistory",
        "manual_searchquery",
        "desk_outgoingemail",
        "pghistory_context",
        "django_tasks_database_dbtaskresult",
        "django_session",
    }
    assert leftovers() >= set(everything)  # the search sees what was planted

    call_command("anonymise_inactive")

    assert leftovers() == ALLOWED_TO_KEEP
    assert "Anonymised 1 entrepreneur(s)" in capsys.readouterr().out


def test_a_second_run_finds_nothing_more(everything, capsys):
    call_command("anonymise_inactive")
    capsys.readouterr()
    call_command("anonymise_inactive")
    assert capsys.readouterr().out.startswith(
        "Anonymised 0 entrepreneur(s) inactive since 2023-12-07 (0 row(s) in 0 table(s))"
        " and 0 who withdrew their consent (0 row(s));"
    )
