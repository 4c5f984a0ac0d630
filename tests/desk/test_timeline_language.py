"""The timeline lines the portal writes itself read in the reader's language, whatever the
language of the page they were written from; what people wrote stays as written, and so
does the text a line was stored with (the personal-data export hands it out)."""

import re
from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from desk.models import CaseEvent
from desk.services.cases import follow_up_add, follow_up_done
from desk.services.referrals import (
    referral_answer,
    referral_send,
    referral_withdraw,
    referrals_mark_unanswered,
)
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.now("2026-12-10 12:00")]


def timeline(content):
    section = content.split('<ol class="desk-timeline">')[1].split("</ol>")[0]
    items = re.findall(r'<div class="desk-text">(.*?)</div>', section, re.S)
    return [" | ".join(item.split("\n")) for item in items]


@pytest.fixture
def case(office, officer):
    return factories.CaseFactory(office=office, officer=officer, status="in_progress")


@pytest.fixture
def chamber(db):
    return factories.OrganisationFactory(
        slug="chamber",
        name="Торгово-промышленная палата",
        name_en="Chamber of Commerce",
        referral_email="tpp@example.org",
    )


@pytest.fixture
def lines_written_in_russian(case, chamber, officer):
    """A referral answered and another withdrawn, one unanswered, a follow-up set and done:
    every line written from Russian pages."""
    with translation.override("ru"):
        answered = referral_send(
            case=case, organisation=chamber, reason="Экспорт", shared_data="", user=officer
        )
        referral_answer(referral=answered, status="accepted", note="Позвоним завтра")
        withdrawn = referral_send(
            case=case, organisation=chamber, reason="Выставка", shared_data="", user=officer
        )
        referral_withdraw(referral=withdrawn, reason="Нашли другой путь", user=officer)
        unanswered = referral_send(
            case=case, organisation=chamber, reason="Кредит", shared_data="", user=officer
        )
        unanswered.due_at = date(2026, 12, 9)
        unanswered.save(update_fields=["due_at"])
        referrals_mark_unanswered(today=date(2026, 12, 10))
        follow_up = follow_up_add(
            case=case, user=officer, due_date=date(2026, 12, 14), text="Позвонить"
        )
        follow_up_done(follow_up=follow_up, user=officer)


ENGLISH = [
    "Referred to Chamber of Commerce: Экспорт",
    "Chamber of Commerce answered: accepted | Позвоним завтра",
    "Referred to Chamber of Commerce: Выставка",
    "Referral withdrawn: Chamber of Commerce. Reason: Нашли другой путь",
    "Referred to Chamber of Commerce: Кредит",
    "No answer from Chamber of Commerce by 9 Dec 2026",
    "Follow-up on 14 Dec 2026: Позвонить",
    "Follow-up done: Позвонить",
]


def test_an_english_reader_reads_lines_written_from_russian_pages_in_english(
    client, officer, case, lines_written_in_russian
):
    client.force_login(officer)
    url = reverse("desk:case", kwargs={"pk": case.pk})
    content = client.get("/en" + url).content.decode()
    assert [line for line in timeline(content) if line in ENGLISH] == ENGLISH
    russian = ("Направлено:", "Ответ партнёра", "Направление отозвано", "Нет ответа", "Напомин")
    assert not [line for line in timeline(content) if line.startswith(russian)]


def test_the_russian_reader_reads_them_as_they_were_written(
    client, officer, case, lines_written_in_russian
):
    client.force_login(officer)
    content = client.get(reverse("desk:case", kwargs={"pk": case.pk})).content.decode()
    stored = [
        " | ".join(event.text.split("\n"))
        for event in case.timeline.exclude(text="").order_by("created_at", "pk")
    ]
    assert timeline(content) == stored
    assert "Направлено: Торгово-промышленная палата. Причина: Экспорт" in stored
    assert "Напоминание на 14.12.2026: Позвонить" in stored


def test_the_stored_text_stays_in_the_language_it_was_written_in(case, lines_written_in_russian):
    """The export and the audit history keep the line as written."""
    event = case.timeline.get(kind=CaseEvent.Kind.PARTNER_ANSWER)
    assert event.text == ("Ответ партнёра (Торгово-промышленная палата): принято\nПозвоним завтра")
    assert event.data["message"] == "partner_answer"


def test_a_line_written_in_english_reads_in_russian_on_a_russian_page(
    client, officer, case, chamber
):
    with translation.override("en"):
        referral_send(
            case=case, organisation=chamber, reason="Export", shared_data="", user=officer
        )
    event = case.timeline.get(kind=CaseEvent.Kind.REFERRAL)
    assert event.text == "Referred to Chamber of Commerce: Export"
    client.force_login(officer)
    content = client.get(reverse("desk:case", kwargs={"pk": case.pk})).content.decode()
    with translation.override("ru"):
        expected = event.display_text
    assert expected != event.text and "Торгово-промышленная палата" in expected
    assert expected in timeline(content)


def test_lines_written_before_and_notes_show_as_written(client, officer, case):
    factories.CaseEventFactory(case=case, kind="referral", text="Направлено в ТПП: экспорт")
    factories.CaseEventFactory(case=case, kind="note", text="Клиент перезвонит")
    client.force_login(officer)
    content = client.get("/en" + reverse("desk:case", kwargs={"pk": case.pk})).content.decode()
    assert timeline(content) == ["Направлено в ТПП: экспорт", "Клиент перезвонит"]


def test_a_line_whose_data_was_anonymised_out_of_shape_shows_as_written(case):
    event = factories.CaseEventFactory(
        case=case,
        kind="referral",
        text="Направлено: ***",
        data={"message": "***", "params": {}},
    )
    assert event.display_text == "Направлено: ***"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Запись перенесена с 18 декабря 2026 г., 9:00 на 21 декабря 2026 г., 10:30"),
        ("en", "Booking moved from 18 December 2026, 09:00 to 21 December 2026, 10:30"),
    ],
)
def test_a_bookings_times_are_read_in_the_readers_language(language, expected):
    from datetime import datetime

    from desk import timeline as lines
    from desk.working_days import KALININGRAD

    data = lines.line(
        "booking_moved",
        before=lines.moment(datetime(2026, 12, 18, 9, tzinfo=KALININGRAD)),
        after=lines.moment(datetime(2026, 12, 21, 10, 30, tzinfo=KALININGRAD)),
    )
    with translation.override(language):
        assert lines.render(data) == expected


def test_the_pages_handed_out_are_named_in_the_readers_language(client, officer, case):
    from desk.selectors import published_articles
    from desk.services.cases import case_hand_out

    factories.published_article(
        slug="ooo",
        ru=factories.revision_text("Открыть ООО"),
        en=factories.revision_text("Open an LLC"),
    )
    factories.published_article(slug="ip", ru=factories.revision_text("Регистрация ИП"))
    with translation.override("ru"):
        case_hand_out(case=case, user=officer, articles=list(published_articles()))
    event = case.timeline.get(kind=CaseEvent.Kind.HANDOUT)
    assert event.text == "Открыть ООО\nРегистрация ИП"
    client.force_login(officer)
    content = client.get("/en" + reverse("desk:case", kwargs={"pk": case.pk})).content.decode()
    assert "Open an LLC | Регистрация ИП" in timeline(content)  # no English version: Russian
