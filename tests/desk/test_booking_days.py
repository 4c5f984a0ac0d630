"""The booking page folds its two weeks of times by day: one day open (the first, or the
chosen time's after an error), so the contact fields are near on a phone."""

import uuid

import pytest
from django.urls import reverse

from desk.slots import free_slots
from tests.desk.test_booking import open_every_weekday

pytestmark = pytest.mark.django_db


@pytest.mark.now("2026-12-07 08:00")
def test_only_the_first_day_is_open(client, office):
    open_every_weekday(office)
    page = client.get(reverse("desk:book", kwargs={"slug": office.slug})).content.decode()
    assert page.count('<details class="desk-day"') >= 9
    assert page.count('<details class="desk-day" open>') == 1
    first_open = page.index('<details class="desk-day" open>')
    assert first_open == page.index('<details class="desk-day"')
    assert "понедельник, 7 декабря" in page[first_open : first_open + 300]


@pytest.mark.now("2026-12-07 08:00")
def test_after_an_error_the_chosen_times_day_is_open(client, office):
    open_every_weekday(office)
    chosen = free_slots(office=office)[-1]
    response = client.post(
        reverse("desk:book", kwargs={"slug": office.slug}),
        {"slot": chosen.isoformat(), "token": str(uuid.uuid4())},
    )
    page = response.content.decode()
    assert response.status_code == 400
    opened = page.index('<details class="desk-day" open>')
    assert (
        f'value="{chosen.isoformat()}" checked' in page[opened : page.index("</details>", opened)]
    )
