"""The case services: intake, the status workflow, due dates, closing, edits."""

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection

from desk.models import TRANSITIONS, Case, CaseEvent, Status, format_reference
from desk.models.cases import REFERENCE_SEQUENCE
from desk.services import cases as services
from desk.services.cases import intake
from desk.services.entrepreneurs import consent_withdraw, entrepreneur_create
from tests import factories

KGD = ZoneInfo("Europe/Kaliningrad")
ALL_PAIRS = [(a, b) for a in Status for b in Status if a != b]


def _case(office, status):
    return factories.CaseFactory(office=office, status=status)


@pytest.mark.parametrize(("from_status", "to_status"), ALL_PAIRS, ids=lambda s: str(s))
@pytest.mark.django_db
def test_each_transition_is_allowed_or_refused_as_the_workflow_says(
    office, officer, from_status, to_status
):
    case = _case(office, from_status)
    if to_status in TRANSITIONS[from_status]:
        services.case_change_status(case=case, to_status=to_status, user=officer)
        case.refresh_from_db()
        assert case.status == to_status
        event = case.timeline.get(kind=CaseEvent.Kind.STATUS_CHANGE)
        assert (event.from_status, event.to_status) == (from_status, to_status)
        assert case.version == 2
    else:
        with pytest.raises(ValidationError) as error:
            services.case_change_status(case=case, to_status=to_status, user=officer)
        assert error.value.code == "transition_not_allowed"
        case.refresh_from_db()
        assert case.status == from_status
        assert not case.timeline.exists()


def test_resolving_records_the_first_answer_and_reopening_clears_the_resolution(office, officer):
    case = _case(office, Status.IN_PROGRESS)
    services.case_change_status(case=case, to_status=Status.RESOLVED, user=officer)
    case.refresh_from_db()
    assert case.first_answer_at and case.resolved_at
    services.case_close(case=case, user=officer)
    case.refresh_from_db()
    assert case.closed_at
    services.case_change_status(case=case, to_status=Status.IN_PROGRESS, user=officer)
    case.refresh_from_db()
    assert (case.status, case.resolved_at, case.closed_at) == (Status.IN_PROGRESS, None, None)
    assert case.first_answer_at is not None


def test_the_database_refuses_a_closed_case_without_a_closing_time(office):
    case = factories.CaseFactory(office=office)
    with pytest.raises(IntegrityError):
        Case.objects.filter(pk=case.pk).update(status="closed")


def test_the_database_refuses_an_unknown_status(office):
    case = factories.CaseFactory(office=office)
    with pytest.raises(IntegrityError):
        Case.objects.filter(pk=case.pk).update(status="lost")


def test_intake_sets_due_dates_from_the_office_standard_in_working_days(office, officer, standard):
    # Tuesday 30 December 2025: the 31st and the January holidays do not count.
    opened = datetime(2025, 12, 30, 11, 0, tzinfo=KGD)
    case = services.case_intake(
        office=office, channel="phone", question="?", officer=officer, opened_at=opened
    )
    assert case.first_answer_due.isoformat() == "2026-01-12"
    assert case.resolution_due.isoformat() == "2026-01-16"
    assert case.reference.startswith("KGD-2025-")
    assert case.status == Status.IN_PROGRESS


def test_intake_without_a_standard_leaves_no_due_dates(office, officer):
    case = services.case_intake(office=office, channel="walk_in", question="?", officer=officer)
    assert (case.first_answer_due, case.resolution_due) == (None, None)
    assert case.arrived_at == case.opened_at


def test_intake_writes_the_timeline_and_hands_out_articles(office, officer, articles, topic):
    case = services.case_intake(
        office=office,
        channel="walk_in",
        question="Как открыть ИП?",
        officer=officer,
        topics=[topic],
        handouts=articles[:2],
    )
    assert set(case.handouts.all()) == set(articles[:2])
    assert list(case.topics.all()) == [topic]
    kinds = list(case.timeline.values_list("kind", flat=True))
    assert kinds == ["intake", "handout"]


def test_a_repeated_intake_with_the_same_key_returns_the_first_case(office, officer):
    key = uuid.uuid4()
    first = services.case_intake(
        office=office, channel="walk_in", question="?", officer=officer, idempotency_key=key
    )
    second = services.case_intake(
        office=office, channel="walk_in", question="?", officer=officer, idempotency_key=key
    )
    assert first.pk == second.pk
    assert Case.objects.count() == 1


def test_a_failure_after_the_insert_leaves_no_case_even_with_a_key(
    office, officer, topic, monkeypatch
):
    """The whole intake is one atomic block: a refused timeline entry takes the case and
    its topics with it, and a key whose case did not survive is no repeat."""

    def refuse(**kwargs):
        raise IntegrityError("refused")

    monkeypatch.setattr(intake, "case_event_add", refuse)
    with pytest.raises(IntegrityError):
        services.case_intake(
            office=office,
            channel="walk_in",
            question="?",
            officer=officer,
            topics=[topic],
            idempotency_key=uuid.uuid4(),
        )
    assert not Case.objects.exists()
    assert not Case.topics.through.objects.exists()


def test_references_never_repeat(office, officer):
    references = {
        services.case_intake(office=office, channel="phone", question="?").reference
        for _ in range(20)
    }
    assert len(references) == 20


@pytest.fixture
def reference_sequence_near_a_million():
    """The next two numbers are 999,999 and 1,000,000; the sequence is put back after."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT last_value, is_called FROM {REFERENCE_SEQUENCE}")  # noqa: S608
        last_value, is_called = cursor.fetchone()
        cursor.execute("SELECT setval(%s, 999998)", [REFERENCE_SEQUENCE])
    yield
    with connection.cursor() as cursor:
        cursor.execute("SELECT setval(%s, %s, %s)", [REFERENCE_SEQUENCE, last_value, is_called])


def test_the_reference_the_insert_draws_reads_as_format_reference(
    office, reference_sequence_near_a_million
):
    opened_at = datetime(2026, 12, 31, 23, 30, tzinfo=KGD)
    cases = [
        services.case_intake(office=office, channel="phone", question="?", opened_at=opened_at)
        for _ in range(2)
    ]
    expected = [format_reference(number, year=2026) for number in (999_999, 1_000_000)]
    assert (
        [case.reference for case in cases] == expected == ["KGD-2026-999999", "KGD-2026-1000000"]
    )
    assert [case.reference for case in Case.objects.order_by("pk")] == expected


def test_a_case_of_an_entrepreneur_without_consent_is_refused(office, officer):
    person = factories.EntrepreneurFactory(consent=False, offices=[office])
    with pytest.raises(ValidationError) as error:
        services.case_intake(
            office=office, channel="phone", question="?", officer=officer, entrepreneur=person
        )
    assert error.value.code == "consent_required"
    assert not Case.objects.exists()


def test_withdrawn_consent_allows_only_anonymous_cases(office, officer, entrepreneur):
    consent_withdraw(entrepreneur=entrepreneur)
    with pytest.raises(ValidationError):
        services.case_intake(
            office=office, channel="phone", question="?", entrepreneur=entrepreneur
        )
    services.case_intake(office=office, channel="phone", question="?")


def test_an_entrepreneur_is_recorded_only_with_consent(office, officer):
    with pytest.raises(ValidationError) as error:
        entrepreneur_create(consent_given=False, consent_channel="walk_in", name="Анна")
    assert error.value.code == "consent_required"
    person = entrepreneur_create(
        consent_given=True,
        consent_channel="walk_in",
        office=office,
        recorded_by=officer,
        name="Анна",
        phone="8 911 123-45-67",
        inn="500100732259",
    )
    assert person.phone == "+79111234567"
    assert person.consents.get().text_version
    assert list(person.offices.all()) == [office]


def test_a_second_entrepreneur_with_the_same_inn_is_refused(office):
    entrepreneur_create(consent_given=True, consent_channel="phone", name="А", inn="7707083893")
    with pytest.raises(ValidationError):
        entrepreneur_create(
            consent_given=True, consent_channel="phone", name="Б", inn="7707083893"
        )


def test_an_edit_of_a_stale_version_is_refused_and_overwrites_nothing(office, officer, colleague):
    case = services.case_intake(office=office, channel="phone", question="Старый вопрос")
    mine = Case.objects.get(pk=case.pk)
    theirs = Case.objects.get(pk=case.pk)
    services.case_update(
        case=theirs, expected_version=1, user=colleague, data={"answer": "Ответ коллеги"}
    )
    with pytest.raises(services.CaseConflict) as conflict:
        services.case_update(
            case=mine, expected_version=1, user=officer, data={"answer": "Мой ответ"}
        )
    assert str(Case._meta.get_field("answer").verbose_name) in conflict.value.changed_fields
    case.refresh_from_db()
    assert (case.answer, case.version) == ("Ответ коллеги", 2)


def test_an_edit_writes_what_changed_on_the_timeline(office, officer):
    case = services.case_intake(office=office, channel="phone", question="Вопрос")
    services.case_update(
        case=case, expected_version=1, user=officer, data={"question": "Новый вопрос"}
    )
    event = case.timeline.get(kind="edit")
    assert event.text == str(Case._meta.get_field("question").verbose_name)


def test_follow_ups_are_added_and_done_on_the_timeline(office, officer):
    from django.utils import timezone

    case = services.case_intake(office=office, channel="phone", question="?")
    follow_up = services.follow_up_add(
        case=case, user=officer, due_date=timezone.localdate(), text="Перезвонить"
    )
    assert follow_up.assigned_to == officer
    services.follow_up_done(follow_up=follow_up, user=officer)
    follow_up.refresh_from_db()
    assert follow_up.done_at
    assert case.timeline.filter(kind="follow_up").count() == 2


def test_walk_in_start_and_end_are_recorded_once(office, officer):
    case = services.case_intake(office=office, channel="walk_in", question="?")
    case = services.case_mark_time(case=case, user=officer, moment="start")
    case = services.case_mark_time(case=case, user=officer, moment="end")
    assert case.arrived_at <= case.started_at <= case.ended_at
    with pytest.raises(ValidationError):
        services.case_mark_time(case=case, user=officer, moment="end")


def test_the_database_refuses_a_consultation_ending_before_it_started(office):
    from datetime import timedelta

    case = factories.CaseFactory(office=office)
    now = case.opened_at
    with pytest.raises(IntegrityError):
        Case.objects.filter(pk=case.pk).update(started_at=now, ended_at=now - timedelta(minutes=1))


def test_overdue_means_open_and_past_a_due_date(office):
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    late = factories.CaseFactory(office=office, resolution_due=today - timedelta(days=1))
    answered_late = factories.CaseFactory(
        office=office,
        first_answer_due=today - timedelta(days=1),
        first_answer_at=timezone.now(),
        resolution_due=today + timedelta(days=3),
    )
    assert late.is_overdue and not answered_late.is_overdue
    assert list(Case.objects.overdue()) == [late]


def test_closing_a_case_invites_feedback_once(office, officer, entrepreneur):
    from feedback.models import Invitation

    case = services.case_intake(
        office=office, channel="phone", question="?", officer=officer, entrepreneur=entrepreneur
    )
    services.case_change_status(case=case, to_status=Status.RESOLVED, user=officer)
    services.case_close(case=case, user=officer)
    invitation = Invitation.objects.get(reference=case.reference)
    assert invitation.email == entrepreneur.email
    services.case_change_status(case=case, to_status=Status.IN_PROGRESS, user=officer)
    services.case_change_status(case=case, to_status=Status.RESOLVED, user=officer)
    services.case_close(case=case, user=officer)
    assert Invitation.objects.filter(reference=case.reference).count() == 1
    assert case.timeline.filter(kind="feedback").count() == 2


def test_a_failing_case_leaves_no_new_entrepreneur_behind(office, officer):
    with pytest.raises(ValidationError):
        services.case_intake_with_new_entrepreneur(
            entrepreneur_data={"name": "Анна", "phone": "89111234567"},
            consent_given=True,
            office=office,
            channel="walk_in",
            question="",
        )
    from desk.models import Entrepreneur

    assert not Entrepreneur.objects.exists()


def test_a_twin_submission_with_a_new_entrepreneur_keeps_one_of_each(office, officer):
    from desk.models import Entrepreneur

    key = uuid.uuid4()
    arguments = {
        "entrepreneur_data": {"name": "Анна", "email": "anna@example.org"},
        "consent_given": True,
        "office": office,
        "channel": "walk_in",
        "question": "?",
        "idempotency_key": key,
    }
    first = services.case_intake_with_new_entrepreneur(**arguments)
    second = services.case_intake_with_new_entrepreneur(**arguments)
    assert first.pk == second.pk
    assert Entrepreneur.objects.count() == 1


def test_a_constraint_the_database_refuses_at_intake_is_a_validation_error(office, officer):
    arrived = datetime(2026, 3, 2, 10, 0, tzinfo=KGD)
    with pytest.raises(ValidationError) as error:
        services.case_intake(
            office=office,
            channel="walk_in",
            question="?",
            officer=officer,
            arrived_at=arrived,
            started_at=arrived.replace(hour=9),
        )
    assert error.value.code == "case_started_after_arrival"
    assert not Case.objects.exists()


def test_a_refused_intake_leaves_no_new_entrepreneur_behind(office, officer):
    from desk.models import Entrepreneur

    arrived = datetime(2026, 3, 2, 10, 0, tzinfo=KGD)
    with pytest.raises(ValidationError):
        services.case_intake_with_new_entrepreneur(
            entrepreneur_data={"name": "Анна", "email": "anna@example.org"},
            consent_given=True,
            office=office,
            channel="walk_in",
            question="?",
            arrived_at=arrived,
            started_at=arrived.replace(hour=9),
        )
    assert not Case.objects.exists()
    assert not Entrepreneur.objects.exists()


def test_a_timeline_entry_the_database_refuses_is_a_validation_error(office):
    case = factories.CaseFactory(office=office)
    with pytest.raises(ValidationError) as error:
        services.case_event_add(case=case, kind=CaseEvent.Kind.STATUS_CHANGE)
    assert error.value.code == "caseevent_status_change_has_status"
