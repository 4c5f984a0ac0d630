import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_entrepreneur_finds_a_procedure_and_takes_away_its_checklist(live_server, phone, axe):
    factories.OfficeFactory(name="Центральный инфопункт")
    partner = factories.OrganisationFactory(slug="fns", name="Налоговая инспекция")
    factories.published_article(
        slug="registraciya-ip",
        ru=factories.revision_text(
            "Регистрация индивидуального предпринимателя",
            summary="Как зарегистрировать ИП в налоговой за три рабочих дня.",
            steps=[
                {"title": "Подготовьте заявление Р21001", "where": "Госуслуги", "cost": "0 ₽"},
                {"title": "Получите лист записи ЕГРИП", "where": "ФНС", "duration": "3 дня"},
            ],
        ),
        partners=[partner],
    )
    errors = []
    phone.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    phone.goto(live_server.url + "/manual/")
    assert axe(phone) == []
    phone.locator("#manual-q").fill("регистрация ИП")
    phone.locator("#manual-q").press("Enter")
    phone.wait_for_url("**/manual/search/**")
    assert axe(phone) == []

    phone.get_by_role("link", name="Регистрация индивидуального предпринимателя").first.click()
    phone.wait_for_url("**/manual/registraciya-ip/")
    assert phone.get_by_role("heading", level=1).inner_text() == (
        "Регистрация индивидуального предпринимателя"
    )
    assert axe(phone) == []

    # The vote goes through htmx, its token from the form (the page carries no other).
    phone.locator("#helpful").get_by_role("button", name="Да").click()
    thanks = phone.get_by_text("Спасибо! Ваш ответ помогает нам улучшать справочник.")
    expect(thanks).to_be_visible()
    assert "voted" not in phone.url  # swapped in place, not the page reloaded

    phone.get_by_role("button", name="Добавить в чек-лист").click()
    phone.wait_for_url("**/manual/checklist/")
    expect(phone.get_by_text("Подготовьте заявление Р21001")).to_be_visible()
    assert axe(phone) == []

    pdf_link = phone.get_by_role("link", name="Скачать PDF")
    response = phone.request.get(live_server.url + pdf_link.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
    assert errors == []
