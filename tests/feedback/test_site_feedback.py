import pytest
from django.urls import reverse

from feedback.models import SiteFeedback
from tests import factories

pytestmark = pytest.mark.django_db

URL = reverse("feedback:site")


def test_a_message_is_stored_with_the_page_it_came_from(client):
    response = client.post(URL, {"message": "Нет формы Р21001", "page_url": "/manual/ip/"})

    assert response.status_code == 302
    feedback = SiteFeedback.objects.get()
    assert (feedback.message, feedback.page_url, feedback.email) == (
        "Нет формы Р21001",
        "/manual/ip/",
        "",
    )


def test_the_form_remembers_the_page_from_the_footer_link(client):
    response = client.get(URL + "?from=/manual/taxes/")
    assert response.context["form"]["page_url"].value() == "/manual/taxes/"


@pytest.mark.parametrize("page_url", ["https://evil.example/", "//evil.example/x", "javascript:1"])
def test_a_foreign_page_address_is_dropped(client, page_url):
    client.post(URL, {"message": "привет", "page_url": page_url})
    assert SiteFeedback.objects.get().page_url == ""


def test_an_e_mail_needs_consent(client):
    response = client.post(URL, {"message": "ответьте мне", "email": "me@example.org"})
    assert response.status_code == 200
    assert response.context["form"].errors["contact_consent"]
    assert not SiteFeedback.objects.exists()


def test_an_e_mail_with_consent_is_kept(client):
    client.post(
        URL, {"message": "ответьте мне", "email": "me@example.org", "contact_consent": "on"}
    )
    feedback = SiteFeedback.objects.get()
    assert (feedback.email, feedback.contact_consent) == ("me@example.org", True)


@pytest.mark.parametrize("message", ["", "   ", "a\x00b", "я" * 4001])
def test_it_refuses_empty_nul_or_overlong_messages(client, message):
    response = client.post(URL, {"message": message})
    assert response.status_code == 200
    assert response.context["form"].errors["message"]
    assert not SiteFeedback.objects.exists()


def test_a_filled_honeypot_stores_nothing_but_thanks(client):
    response = client.post(URL, {"message": "buy now", "website": "http://spam"}, follow=True)
    assert response.status_code == 200
    assert not SiteFeedback.objects.exists()


def test_the_footer_links_to_site_feedback_and_you_said_we_did(client):
    html = client.get(reverse("feedback:enter")).content.decode()
    assert f'href="{URL}' in html
    assert f'href="{reverse("feedback:you_said_we_did")}"' in html


@pytest.mark.parametrize("name", ["feedback:site", "feedback:enter"])
def test_the_form_pages_query_count_is_pinned(client, name, django_assert_num_queries):
    factories.OpeningHoursFactory()
    # 1. the footer's office  2. its opening hours (the portal's context processor)
    with django_assert_num_queries(2):
        assert client.get(reverse(name)).status_code == 200
