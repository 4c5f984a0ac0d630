import pytest
from playwright.sync_api import expect

from feedback.models import Response
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_walk_in_entrepreneur_rates_the_consultation_with_the_handout_code(
    live_server, phone, axe
):
    invitation = factories.InvitationFactory(reference="KGD-2026-00777")
    factories.OpeningHoursFactory()

    phone.goto(live_server.url + "/feedback/")
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Оцените консультацию", use_inner_text=True
    )
    assert axe(phone) == []

    # Typed as read from paper: lower case, with the dash.
    phone.get_by_label("Код с вашей памятки").fill(invitation.display_code.lower())
    phone.get_by_role("button", name="Продолжить").click()
    phone.wait_for_url(f"{live_server.url}/feedback/{invitation.code}/")
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Как мы справились?", use_inner_text=True
    )
    assert axe(phone) == []

    # Sending without scores points at what is missing.
    phone.get_by_role("button", name="Отправить ответ").click()
    expect(phone.get_by_text("Пожалуйста, выберите оценку от 1 до 5.")).to_be_visible()
    assert axe(phone) == []

    satisfaction = phone.get_by_role("group", name="Насколько вы довольны консультацией?")
    satisfaction.get_by_text("4", exact=True).click()
    recommend = phone.get_by_role("group", name="Насколько вероятно", exact=False)
    recommend.get_by_text("9", exact=True).click()
    phone.get_by_label("Что нам сделать лучше?").fill("Хотелось бы <b>записываться</b> онлайн.")
    phone.get_by_role("button", name="Отправить ответ").click()

    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Спасибо за ответ", use_inner_text=True
    )
    expect(phone.get_by_text("Хотелось бы <b>записываться</b> онлайн.")).to_be_visible()
    assert axe(phone) == []
    answer = Response.objects.get()
    assert (answer.csat, answer.nps) == (4, 9)
