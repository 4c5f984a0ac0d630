"""The fast intake screen: idempotent, consent-aware, never a 500."""

import uuid

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.models import Case, Entrepreneur
from tests import factories
from tests.fuzz import examples

URL = reverse("desk:intake")


def _anonymous_walk_in(office, **extra):
    return {
        "question": "Как зарегистрировать ИП?",
        "channel": "walk_in",
        "office": office.pk,
        "idempotency_key": str(uuid.uuid4()),
        **extra,
    }


def test_the_form_autofocuses_the_question_and_carries_a_fresh_key(client, officer, office):
    client.force_login(officer)
    response = client.get(URL)
    form = response.context["form"]
    assert "autofocus" in form.fields["question"].widget.attrs
    assert form.initial["office"] == office.pk
    assert form.initial["idempotency_key"]
    assert (
        b'src="/static/desk/intake.js"' in response.content or b"desk/intake" in response.content
    )


def test_an_anonymous_walk_in_needs_only_the_question(client, officer, office, topic):
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, topics=[topic.pk]))
    case = Case.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("desk:case", kwargs={"pk": case.pk})
    assert (case.entrepreneur, case.officer, case.channel) == (None, officer, "walk_in")
    assert list(case.topics.all()) == [topic]
    assert case.arrived_at is not None


def test_two_identical_posts_create_one_case(client, officer, office):
    client.force_login(officer)
    data = _anonymous_walk_in(office, name="Олег Ким", phone="89111234567", consent="on")
    first = client.post(URL, data)
    second = client.post(URL, data)
    assert first.status_code == second.status_code == 302
    assert first.url == second.url
    assert Case.objects.count() == 1
    assert Entrepreneur.objects.count() == 1


def test_a_double_click_on_an_anonymous_walk_in_makes_one_case(client, officer, office):
    """The repeat validates again; the key's unique index refuses its insert and rolls
    back all it wrote, and it lands on the first case."""
    client.force_login(officer)
    data = _anonymous_walk_in(office)
    first = client.post(URL, data)
    second = client.post(URL, data)
    assert first.status_code == second.status_code == 302
    assert first.url == second.url
    case = Case.objects.get()
    assert list(case.timeline.values_list("kind", flat=True)) == ["intake"]
    assert case.history.count() == 1


def test_a_repeated_new_entrepreneur_known_by_name_only_is_recorded_once(client, officer, office):
    """No phone, e-mail or INN: the repeat finds no duplicate and validates, and its new
    entrepreneur is rolled back with its refused case."""
    client.force_login(officer)
    data = _anonymous_walk_in(office, name="Олег Ким", consent="on")
    first = client.post(URL, data)
    second = client.post(URL, data)
    assert first.url == second.url
    assert Case.objects.count() == 1
    assert Entrepreneur.objects.count() == 1


def test_a_refused_repeat_is_not_sent_to_a_case_the_officer_cannot_see(
    client, officer, office, other_office
):
    key = uuid.uuid4()
    factories.CaseFactory(office=other_office, idempotency_key=key)
    client.force_login(officer)
    response = client.post(
        URL, _anonymous_walk_in(office, idempotency_key=str(key), channel="nonsense")
    )
    assert response.status_code == 400
    assert Case.objects.count() == 1


def test_an_intake_is_recorded_in_the_audit_history_with_the_officer(client, officer, office):
    client.force_login(officer)
    client.post(URL, _anonymous_walk_in(office))
    history = Case.objects.get().history.get()
    assert history.pgh_label == "insert"
    assert history.pgh_context.metadata == {"user": officer.pk, "url": URL}


def test_a_refused_form_keeps_the_chosen_entrepreneur_and_topics(
    client, officer, office, entrepreneur, topic
):
    client.force_login(officer)
    response = client.post(
        URL,
        _anonymous_walk_in(office, question="", entrepreneur=entrepreneur.pk, topics=[topic.pk]),
    )
    assert response.status_code == 400
    form = response.context["form"]
    assert form.has_error("question", "required")
    assert form.cleaned_data["entrepreneur"] == entrepreneur
    assert list(form.cleaned_data["topics"]) == [topic]
    assert f'value="{entrepreneur.pk}"' in response.content.decode()
    assert not Case.objects.exists()


def test_nothing_chosen_cleans_to_empty_lists(client, officer, office):
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, question=""))
    form = response.context["form"]
    assert (form.cleaned_data["topics"], form.cleaned_data["handouts"]) == ([], [])
    assert form.cleaned_data["entrepreneur"] is None


def test_personal_details_without_consent_are_refused(client, officer, office):
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, name="Олег Ким", phone="89111234567"))
    assert response.status_code == 400
    assert response.context["form"].has_error("__all__", "consent_required")
    assert not Case.objects.exists() and not Entrepreneur.objects.exists()


def test_a_new_entrepreneur_with_consent_is_recorded_with_the_case(client, officer, office):
    client.force_login(officer)
    client.post(
        URL,
        _anonymous_walk_in(
            office, name="Олег Ким", phone="8 (911) 123-45-67", inn="500100732259", consent="on"
        ),
    )
    case = Case.objects.select_related("entrepreneur").get()
    assert case.entrepreneur.phone == "+79111234567"
    assert case.entrepreneur.consents.count() == 1
    assert list(case.entrepreneur.offices.all()) == [office]


def test_a_known_phone_offers_the_existing_entrepreneur(client, officer, office, entrepreneur):
    client.force_login(officer)
    response = client.post(
        URL, _anonymous_walk_in(office, name="Другое имя", phone=entrepreneur.phone, consent="on")
    )
    assert response.status_code == 400
    assert response.context["form"].has_error("__all__", "duplicate_entrepreneur")
    assert entrepreneur.name in response.content.decode()
    assert Entrepreneur.objects.count() == 1


def test_a_bad_inn_is_a_form_error(client, officer, office):
    client.force_login(officer)
    response = client.post(
        URL, _anonymous_walk_in(office, name="Ким", inn="7707083894", consent="on")
    )
    assert response.context["form"].has_error("inn", "inn_checksum")


def test_a_known_entrepreneur_can_be_chosen(client, officer, office, entrepreneur):
    client.force_login(officer)
    client.post(URL, _anonymous_walk_in(office, entrepreneur=entrepreneur.pk))
    assert Case.objects.get().entrepreneur == entrepreneur


def test_an_entrepreneur_of_another_office_cannot_be_chosen(client, officer, office, other_office):
    stranger = factories.EntrepreneurFactory(offices=[other_office])
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, entrepreneur=stranger.pk))
    assert response.status_code == 400
    assert not Case.objects.exists()


def test_a_case_cannot_be_opened_for_another_office(client, officer, office, other_office):
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(other_office))
    assert response.status_code == 400
    assert not Case.objects.exists()


def test_handouts_are_saved_at_intake(client, officer, office, articles):
    client.force_login(officer)
    client.post(URL, _anonymous_walk_in(office, handouts=[a.pk for a in articles[:2]]))
    assert Case.objects.get().handouts.count() == 2


def test_the_lookup_finds_entrepreneurs_of_my_offices_only(
    client, officer, office, other_office, entrepreneur
):
    factories.EntrepreneurFactory(name="Ирина Чужая", offices=[other_office])
    client.force_login(officer)
    response = client.get(reverse("desk:entrepreneur_lookup"), {"q": "Ирина"})
    content = response.content.decode()
    assert "Ирина Орлова" in content
    assert "Чужая" not in content
    by_phone = client.get(reverse("desk:entrepreneur_lookup"), {"q": entrepreneur.phone[-7:]})
    assert "Ирина Орлова" in by_phone.content.decode()


@pytest.fixture
def logged_in_officer(client, officer):
    client.force_login(officer)
    return client


text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50).map(lambda s: s + "\x00"),
    st.just("я" * 20000),
)


@settings(
    max_examples=examples("staff"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    question=text,
    name=text,
    phone=text,
    email=text,
    inn=text,
    channel=st.sampled_from(["walk_in", "phone", "nonsense", ""]),
    consent=st.sampled_from(["on", ""]),
)
def test_random_intake_input_never_gives_a_500_nor_saves_anything_invalid(
    logged_in_officer, office, question, name, phone, email, inn, channel, consent
):
    response = logged_in_officer.post(
        URL,
        {
            "question": question,
            "name": name,
            "phone": phone,
            "email": email,
            "inn": inn,
            "channel": channel,
            "consent": consent,
            "office": office.pk,
            "idempotency_key": str(uuid.uuid4()),
        },
    )
    assert response.status_code in (200, 302, 400)
    for case in Case.objects.all():
        case.full_clean()
        assert "\x00" not in case.question
    for person in Entrepreneur.objects.all():
        person.full_clean()
        assert person.consents.exists()


def test_an_anonymous_walk_in_takes_a_fixed_number_of_statements(
    client, officer, office, django_assert_num_queries
):
    client.force_login(officer)
    client.post(URL, _anonymous_walk_in(office))  # the first request slides the session
    # 1 session, 2 user, 3 the user's and their groups' permissions, 4 the office (scoped,
    # with its service standard), 5 BEGIN, 6 the case (drawing its reference number), 7 the
    # timeline entry, 8 COMMIT. PostgreSQL checks the constraints on the inserts: no query
    # per constraint. The idempotency key costs nothing here: its unique index refuses a
    # repeat, and only then is the first case looked up (tests above).
    with django_assert_num_queries(8):
        response = client.post(URL, _anonymous_walk_in(office))
    assert response.status_code == 302
    assert Case.objects.count() == 2


def test_a_valid_form_with_another_offices_key_learns_nothing_of_its_case(
    client, officer, office, other_office
):
    key = uuid.uuid4()
    theirs = factories.CaseFactory(office=other_office, idempotency_key=key)
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, idempotency_key=str(key)))
    assert response.status_code == 400
    content = response.content.decode()
    assert theirs.reference not in content
    assert "Эта форма уже отправлена" in content
    assert Case.objects.count() == 1


@pytest.mark.parametrize(
    "half_entered",
    [{"consent": "on"}, {"legal_form": "sole_proprietor"}, {"consent": "on", "legal_form": "llc"}],
    ids=["consent-only", "legal-form-only", "both-without-a-name"],
)
def test_half_entered_person_fields_are_a_form_error_not_an_anonymous_case(
    client, officer, office, half_entered
):
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, **half_entered))
    assert response.status_code == 400
    assert response.context["form"].has_error("name", "entrepreneur_half_entered")
    assert "Вы начали записывать нового предпринимателя" in response.content.decode()
    assert Case.objects.count() == 0


def test_the_refused_half_entered_form_opens_the_new_entrepreneur_section(client, officer, office):
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, consent="on"))
    assert '<details id="new-entrepreneur" open>' in response.content.decode()


def test_the_default_legal_form_alone_still_saves_an_anonymous_case(client, officer, office):
    client.force_login(officer)
    response = client.post(URL, _anonymous_walk_in(office, legal_form="planning"))
    assert response.status_code == 302
    assert Case.objects.get().entrepreneur is None
