"""The patterns that find a person in free text: the name in either order and declined
(in their own texts), the phone however it is written, the e-mail in any case, the INN
with spaces — and the same pattern gives the same result in PostgreSQL as in Python."""

import re

import pytest
from django.db import connection

from desk.services.scrubbing import PersonFinder, person_patterns

STRICT, OWN = person_patterns(
    names=["Зинаида Уникальнова"],
    phones=["+74012555123"],
    emails=["zinaida.unikalnova@example.org"],
    numbers=["390612345678"],
    own_words=["Кафе «Ёлка»"],
)


def scrub(pattern, text):
    return re.sub(pattern, "anonymised", text)


@pytest.mark.parametrize(
    "written",
    [
        "+74012555123",
        "+7 (4012) 55-51-23",
        "+7 4012 555 123",
        "8 (4012) 555-123",
        "8-4012-555123",
        "84012555123",
        "7 4012 55 51 23",
        "(4012) 55-51-23",
        "4012555123",
    ],
)
def test_it_finds_the_phone_however_it_is_written(written):
    assert scrub(STRICT, f"Звонить: {written}, после обеда") == (
        "Звонить: anonymised, после обеда"
    )


@pytest.mark.parametrize("other", ["+7 4012 555 1234", "140125551235", "+7 4012 555 124"])
def test_it_leaves_other_numbers_alone(other):
    assert scrub(STRICT, f"Номер {other}") == f"Номер {other}"


@pytest.mark.parametrize(
    "written",
    [
        "zinaida.unikalnova@example.org",
        "Zinaida.Unikalnova@Example.ORG",
        "ZINAIDA.UNIKALNOVA@EXAMPLE.ORG",
    ],
)
def test_it_finds_the_email_in_any_case(written):
    assert scrub(STRICT, f"<{written}>") == "<anonymised>"


@pytest.mark.parametrize("written", ["390612345678", "3906 1234 5678", "3906-123456-78"])
def test_it_finds_the_inn_with_or_without_spaces(written):
    assert scrub(STRICT, f"ИНН {written}.") == "ИНН anonymised."


def test_a_longer_number_that_contains_the_inn_is_another_number():
    assert scrub(STRICT, "счёт 40802390612345678001") == "счёт 40802390612345678001"


@pytest.mark.parametrize(
    "written",
    [
        "Зинаида Уникальнова",
        "Уникальнова Зинаида",
        "УНИКАЛЬНОВА ЗИНАИДА",
        "Уникальновой Зинаиде",
        "Зинаида  Уникальнова",
    ],
)
def test_it_finds_the_full_name_in_any_order_and_case(written):
    assert scrub(STRICT, f"Пришла {written}.") == "Пришла anonymised."


def test_in_other_peoples_texts_a_first_name_alone_is_not_the_person():
    text = "Зинаида Петрова спросила про кафе"
    assert scrub(STRICT, text) == text


def test_in_their_own_texts_each_word_of_the_name_goes_even_declined():
    text = "Перезвонила Зинаиде; Уникальновой нужна лицензия для кафе «Ёлка»"
    assert scrub(OWN, text) == "Перезвонила anonymised; anonymised нужна лицензия для anonymised"


def test_a_word_that_only_starts_like_the_name_stays():
    assert scrub(OWN, "Зинаидовна Уникальновская") == "Зинаидовна Уникальновская"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "Уникальновой Зинаиде звонили на 8 (4012) 55-51-23",
        "ZINAIDA.UNIKALNOVA@EXAMPLE.ORG, ИНН 3906 1234 5678",
        "Зинаида Петрова, +7 4012 555 1234",
        "Перезвонила Зинаиде про Кафе «Елка»",
    ],
)
def test_postgresql_replaces_exactly_what_python_replaces(text):
    with connection.cursor() as cursor:
        for pattern in (STRICT, OWN):
            cursor.execute("SELECT regexp_replace(%s, %s, 'anonymised', 'g')", [text, pattern])
            assert cursor.fetchone()[0] == scrub(pattern, text)


FINDER = PersonFinder(
    [
        {
            "names": ["Зинаида Уникальнова"],
            "phones": ["+74012555123"],
            "emails": ["zinaida.unikalnova@example.org"],
            "numbers": ["390612345678"],
        },
        {"names": ["Пётр Иванов"], "phones": ["+4930123456"], "emails": ["p@example.org"]},
    ]
)
MENTIONS = [
    "Звонить: 8 (4012) 55-51-23",
    "+7 4012 555 123 после обеда",
    "ИНН 3906-123456-78.",
    "<ZINAIDA.UNIKALNOVA@EXAMPLE.ORG>",
    "a@b@zinaida.unikalnova@example.org",
    "Пришла Уникальновой Зинаиде, 2 часа",
    "петр иванов; Иванову Петру",
    "00 49 30 123 456",
]
NOT_MENTIONS = [
    "Зинаида Петрова спросила про кафе",
    "Номер +7 4012 555 124",
    "zinaida@example.org",
    "Иван Петрович",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_the_finder_picks_every_text_the_patterns_would_change(text):
    assert FINDER.mentioned(text)


@pytest.mark.parametrize("text", NOT_MENTIONS)
def test_the_finder_passes_over_texts_about_others(text):
    assert not FINDER.mentioned(text)


def test_the_finder_tells_whom_a_text_may_mention():
    assert FINDER.mentioned("Иванову Петру звонила Уникальнова Зинаида") == {0, 1}
    assert FINDER.mentioned("P@Example.org") == {1}


@pytest.mark.django_db
def test_rows_of_a_unique_column_that_differ_only_by_the_person_stay_apart():
    from desk.models import OutgoingEmail
    from desk.services.scrubbing import scrub_model

    first = OutgoingEmail.objects.create(key="reply:Zinaida.Unikalnova@example.org", to="x")
    second = OutgoingEmail.objects.create(key="reply:ZINAIDA.UNIKALNOVA@example.org", to="x")
    other = OutgoingEmail.objects.create(key="reply:p@example.org", to="x")

    assert scrub_model(OutgoingEmail, STRICT) == 2

    keys = dict(OutgoingEmail.objects.values_list("pk", "key"))
    assert re.fullmatch(r"reply:anonymised-[0-9a-f-]{12}", keys[first.pk])
    assert re.fullmatch(r"reply:anonymised-[0-9a-f-]{12}", keys[second.pk])
    assert keys[first.pk] != keys[second.pk]
    assert keys[other.pk] == "reply:p@example.org"
