"""Asking a question on the public site: receipt, acknowledgement, honeypot, idempotency,
consent, and hostile input."""

import uuid

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.models import Case, CaseEvent, Consent, Entrepreneur, OutgoingEmail
from tests import factories
from tests.desk.outbox import run_queued_tasks
from tests.fuzz import examples

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(db):
    return factories.TopicFactory(slug="registration", title="Регистрация")


def _post(client, office, topic, **data):
    form = {
        "office": office.pk,
        "topic": topic.pk,
        "question": "Как зарегистрировать ИП?",
        "token": str(uuid.uuid4()),
        **data,
    }
    return client.post(reverse("desk:ask"), form)


def test_it_shows_the_form_with_a_fresh_token(client, office):
    first = client.get(reverse("desk:ask"))
    second = client.get(reverse("desk:ask"))
    assert first.status_code == 200
    assert first.context["form"]["token"].value() != second.context["form"]["token"].value()


def test_it_creates_a_web_case_and_shows_the_reference(client, office, topic):
    response = _post(client, office, topic)
    case = Case.objects.get()
    assert response.status_code == 200
    assert case.reference in response.content.decode()
    assert case.channel == "web"
    assert case.entrepreneur is None
    assert list(case.topics.all()) == [topic]
    assert case.timeline.filter(kind=CaseEvent.Kind.INTAKE).exists()


def test_it_records_the_contact_with_web_consent_and_acknowledges_by_email(
    client, office, topic, mailoutbox
):
    _post(
        client,
        office,
        topic,
        name="Анна Иванова",
        email="Anna@Example.org",
        phone="8 4012 92-31-00",
        consent="on",
    )
    case = Case.objects.select_related("entrepreneur").get()
    assert case.entrepreneur.email == "anna@example.org"
    assert case.entrepreneur.phone == "+74012923100"
    consent = Consent.objects.get(entrepreneur=case.entrepreneur)
    assert consent.channel == "web"
    assert consent.text_version
    assert mailoutbox == []  # queued, not sent inside the request
    assert run_queued_tasks() == ["sent"]
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["anna@example.org"]
    assert case.reference in mailoutbox[0].subject
    assert case.reference in mailoutbox[0].body


def test_it_requires_consent_when_a_contact_is_given(client, office, topic):
    response = _post(client, office, topic, email="anna@example.org")
    assert response.status_code == 400
    assert response.context["form"].has_error("consent", "consent_required")
    assert not Case.objects.exists()
    assert not Entrepreneur.objects.exists()


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, office, topic):
    response = _post(client, office, topic, website="http://spam.example", email="x@y.org")
    assert response.status_code == 200
    assert not Case.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_two_identical_posts_create_one_case_and_show_the_same_receipt(client, office, topic):
    token = str(uuid.uuid4())
    data = {"email": "anna@example.org", "consent": "on", "token": token}
    first = _post(client, office, topic, **data)
    second = _post(client, office, topic, **data)
    case = Case.objects.get()
    assert case.reference in first.content.decode()
    assert case.reference in second.content.decode()
    assert Entrepreneur.objects.count() == 1
    assert OutgoingEmail.objects.count() == 1


def test_it_refuses_submissions_over_the_hourly_limit(client, office, topic, settings):
    settings.RATELIMIT_ENABLED = True
    for _ in range(20):
        assert _post(client, office, topic).status_code == 200
    assert _post(client, office, topic).status_code == 429
    assert Case.objects.count() == 20


@pytest.mark.parametrize("extra", [1, 6])
def test_the_page_takes_a_fixed_number_of_queries(
    client, office, extra, django_assert_num_queries
):
    for n in range(extra):
        factories.OfficeFactory(slug=f"office-q{n}")
        factories.TopicFactory(slug=f"topic-q{n}")
    # 1 are there several public offices?, 2-3 the office choices (the select widget and
    # its crispy label each iterate them), 4 the topic choices, 5 the footer office and
    # 6 its opening hours
    with django_assert_num_queries(6):
        assert client.get(reverse("desk:ask")).status_code == 200


text = st.one_of(
    st.text(max_size=50),
    st.just("я" * 6000),
    st.just("\x00"),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
)


@settings(
    max_examples=examples("public"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    question=text,
    name=text,
    email=st.one_of(st.emails(), text),
    phone=st.one_of(st.just("+74012923100"), text),
    token=st.one_of(st.uuids().map(str), text),
    topic_value=st.one_of(st.just(""), text),
)
def test_hostile_input_never_gives_a_server_error(
    client, office, question, name, email, phone, token, topic_value
):
    response = client.post(
        reverse("desk:ask"),
        {
            "office": office.pk,
            "topic": topic_value,
            "question": question,
            "name": name,
            "email": email,
            "phone": phone,
            "consent": "on",
            "token": token,
        },
    )
    assert response.status_code in (200, 400)
    for case in Case.objects.all():
        assert "\x00" not in case.question
        assert 0 < len(case.question) <= 5000
    for entrepreneur in Entrepreneur.objects.all():
        entrepreneur.full_clean()


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_submissions_of_one_form_create_one_case(office):
    import threading

    from django.db import connection

    from desk.services.public import question_submit

    key = uuid.uuid4()
    barrier = threading.Barrier(2)
    references = []

    def submit():
        try:
            barrier.wait()
            case = question_submit(
                office=office,
                question="Как открыть ИП?",
                topic=None,
                idempotency_key=key,
                name="Анна",
                email="anna@example.org",
                consent=True,
            )
            references.append(case.reference)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(references) == 2 and len(set(references)) == 1
    assert Case.objects.count() == 1
    assert Entrepreneur.objects.count() == 1
    assert OutgoingEmail.objects.count() == 1


def test_bidi_controls_are_dropped_and_the_text_is_nfc_before_it_is_stored(client, office, topic):
    _post(
        client,
        office,
        topic,
        question="Мои\u0306 счёт \u202eгпж.exe\u202c от \u2066ФНС\u2069?",
        name="Анна\u202e Иванова\u200f",
        email="anna@example.org",
        consent="on",
    )
    case = Case.objects.select_related("entrepreneur").get()
    assert case.question == "Мой счёт гпж.exe от ФНС?"
    assert case.entrepreneur.name == "Анна Иванова"
