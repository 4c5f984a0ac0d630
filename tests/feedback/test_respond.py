import time
from datetime import timedelta
from unittest import mock

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from feedback import services
from feedback.models import Invitation, Response
from tests import factories
from tests.feedback.conftest import VALID_ANSWER

pytestmark = pytest.mark.django_db


def respond_url(invitation):
    return reverse("feedback:respond", kwargs={"code": invitation.code})


@pytest.mark.parametrize("typed", ["{code}", "{lower}", "{dashed}", "{dashed_lower}"])
def test_it_finds_the_invitation_by_code_typed_any_way(client, invitation, typed):
    code = invitation.code
    entered = typed.format(
        code=code,
        lower=code.lower(),
        dashed=invitation.display_code,
        dashed_lower=invitation.display_code.lower(),
    )
    response = client.post(reverse("feedback:enter"), {"code": entered})
    assert response.status_code == 302
    assert response.url == respond_url(invitation)


def test_a_malformed_code_gives_a_form_error(client, db):
    response = client.post(reverse("feedback:enter"), {"code": "hello"})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]


def test_an_unknown_code_shows_a_friendly_page(client, db):
    response = client.get(reverse("feedback:respond", kwargs={"code": "ABCDEFGH"}))
    assert response.status_code == 404
    assert "feedback/unknown.html" in [t.name for t in response.templates]


def test_a_lower_case_code_in_the_address_redirects_to_the_canonical_one(client, invitation):
    url = reverse("feedback:respond", kwargs={"code": invitation.display_code.lower()})
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == respond_url(invitation)


def test_the_entry_page_prefills_the_code_from_the_handout_link(client, db):
    response = client.get(reverse("feedback:enter") + "?code=K7P3-QX9M")
    assert 'value="K7P3-QX9M"' in response.content.decode()


def test_an_entrepreneur_answers_once(client, invitation):
    response = client.post(respond_url(invitation), {**VALID_ANSWER, "anonymous": "on"})
    assert response.status_code == 302

    answer = Response.objects.get()
    assert (answer.csat, answer.nps, answer.anonymous) == (4, 9, True)
    assert answer.what_was_good == "Быстро и понятно."
    invitation.refresh_from_db()
    assert invitation.answered_at == answer.created_at

    page = client.get(respond_url(invitation))
    assert "feedback/answered.html" in [t.name for t in page.templates]
    assert "Быстро и понятно." in page.content.decode()


def test_consent_to_be_quoted_is_recorded_only_when_given(client, invitation):
    page = client.get(respond_url(invitation)).content.decode()
    assert "Мои комментарии можно цитировать без указания имени" in page

    client.post(respond_url(invitation), VALID_ANSWER)

    assert Response.objects.get().may_quote is False


def test_an_entrepreneur_may_agree_to_be_quoted(client, invitation):
    client.post(respond_url(invitation), {**VALID_ANSWER, "may_quote": "on"})

    assert Response.objects.get().may_quote is True


def test_a_second_answer_is_not_stored_and_shows_the_first(client, invitation):
    client.post(respond_url(invitation), VALID_ANSWER)
    response = client.post(respond_url(invitation), {**VALID_ANSWER, "csat": "1"}, follow=True)

    assert Response.objects.get().csat == 4
    assert response.status_code == 200
    assert "feedback/answered.html" in [t.name for t in response.templates]


def test_the_service_returns_the_first_answer_to_a_second_submission(invitation):
    first, created = services.response_submit(invitation=invitation, csat=3, nps=5)
    second, created_again = services.response_submit(invitation=invitation, csat=1, nps=0)
    assert (created, created_again) == (True, False)
    assert second.pk == first.pk


def test_an_expired_invitation_shows_a_friendly_page(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(days=31),
        expires_at=timezone.now() - timedelta(days=1),
    )

    page = client.get(respond_url(invitation))
    posted = client.post(respond_url(invitation), VALID_ANSWER)

    assert page.status_code == posted.status_code == 410
    assert "feedback/expired.html" in [t.name for t in page.templates]
    assert not Response.objects.exists()


def test_an_invitation_is_still_valid_on_its_last_day(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(days=29, hours=23),
        expires_at=timezone.now() + timedelta(hours=1),
    )
    assert client.get(respond_url(invitation)).status_code == 200


@pytest.mark.parametrize(
    ("field", "value"), [("csat", "0"), ("csat", "6"), ("nps", "-1"), ("nps", "11"), ("nps", "x")]
)
def test_the_form_refuses_scores_out_of_bounds(client, invitation, field, value):
    response = client.post(respond_url(invitation), {**VALID_ANSWER, field: value})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Response.objects.exists()


@pytest.mark.parametrize(("field", "value"), [("csat", 0), ("csat", 6), ("nps", 11)])
def test_the_database_refuses_scores_out_of_bounds(invitation, field, value):
    with pytest.raises(IntegrityError):
        Response.objects.create(invitation=invitation, **{"csat": 3, "nps": 5, field: value})


def test_the_database_refuses_overlong_comments(invitation):
    with pytest.raises(IntegrityError):
        Response.objects.create(invitation=invitation, csat=3, nps=5, what_was_good="я" * 2001)


def test_a_comment_with_a_nul_character_gives_a_form_error(client, invitation):
    response = client.post(respond_url(invitation), {**VALID_ANSWER, "what_was_good": "a\x00b"})
    assert response.status_code == 200
    assert "what_was_good" in response.context["form"].errors
    assert not Response.objects.exists()


def test_a_filled_honeypot_stores_nothing(client, invitation):
    response = client.post(respond_url(invitation), {**VALID_ANSWER, "website": "spam.example"})
    assert response.status_code == 302
    assert not Response.objects.exists()


XSS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
]


@pytest.mark.parametrize("vector", XSS)
def test_comments_render_escaped(client, invitation, vector):
    client.post(respond_url(invitation), {**VALID_ANSWER, "what_to_improve": vector})
    html = client.get(respond_url(invitation)).content.decode()
    assert vector not in html
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg/onload" not in html


def test_a_signed_link_leads_to_the_form(client, invitation):
    response = client.get(invitation.get_link_url())
    assert response.status_code == 302
    assert response.url == respond_url(invitation)


def test_it_refuses_a_tampered_link(client, invitation):
    token = invitation.signed_token()
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.get(reverse("feedback:link", kwargs={"token": tampered}))
    assert response.status_code == 400
    assert "feedback/link_invalid.html" in [t.name for t in response.templates]


def test_it_refuses_a_link_signed_with_another_salt(client, invitation):
    from django.core import signing

    token = signing.dumps(invitation.code, salt="infopoint.other")
    assert client.get(reverse("feedback:link", kwargs={"token": token})).status_code == 400


def test_it_refuses_an_expired_link(client, invitation):
    with mock.patch("time.time", return_value=time.time() - 31 * 24 * 3600):
        token = invitation.signed_token()
    response = client.get(reverse("feedback:link", kwargs={"token": token}))
    assert response.status_code == 410
    assert "feedback/expired.html" in [t.name for t in response.templates]


def test_the_qr_code_points_to_the_form(client, invitation):
    response = client.get(reverse("feedback:qr", kwargs={"code": invitation.code}))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")


def test_the_qr_code_of_an_unknown_code_is_not_found(client, db):
    assert client.get(reverse("feedback:qr", kwargs={"code": "ABCDEFGH"})).status_code == 404


def test_the_form_page_speaks_english_under_en(client, invitation):
    response = client.get("/en" + respond_url(invitation))
    assert "How did we do?" in response.content.decode()


def test_the_form_page_query_count_is_pinned(client, invitation, django_assert_num_queries):
    factories.OpeningHoursFactory()
    # 1. the invitation with its answer (one join)
    # 2. the footer's office  3. its opening hours (the portal's context processor)
    with django_assert_num_queries(3):
        assert client.get(respond_url(invitation)).status_code == 200


def test_the_answered_page_query_count_is_pinned(client, invitation, django_assert_num_queries):
    factories.OpeningHoursFactory()
    factories.ResponseFactory(invitation=invitation)
    # 1. the invitation with its answer  2. the footer's office  3. its opening hours
    with django_assert_num_queries(3):
        assert client.get(respond_url(invitation)).status_code == 200
