"""Each dashboard figure against values computed by hand from tests/monitoring/dashboard_data."""

from datetime import date

import pytest
from django.utils import translation

from desk import working_days
from manual.models import SearchQuery
from monitoring.dashboards import figures, manual_months
from monitoring.dashboards.periods import MONTH, QUARTER, Period
from tests.factories import CaseFactory, EntrepreneurFactory
from tests.monitoring import dashboard_data
from tests.monitoring.dashboard_data import TODAY

NOVEMBER = Period.containing(MONTH, date(2026, 11, 1))


@pytest.fixture
def data(office, other_office, officer, colleague):
    return dashboard_data.build(
        office=office, other_office=other_office, officer=officer, colleague=colleague
    )


def test_the_holiday_moves_the_first_answer_due_day(data):
    # Opened Tuesday 3 November; Wednesday 4 November is National Unity Day, so one working
    # day later is Thursday the 5th, and the answer after 48 hours is still in time.
    assert data.cases[1].first_answer_due == date(2026, 11, 5)
    assert working_days.add_working_days(date(2026, 11, 3), 1) == date(2026, 11, 5)


def test_case_summary_of_one_office_matches_the_hand_computed_figures(data, office):
    summary = figures.case_summary(period=NOVEMBER, office=office, today=TODAY)

    assert summary.total == figures.Compared(4, 1)
    # Cases 1, 2 and 4 answered in time, case 3 a day late: 3 of 4.
    assert summary.first_answer_share == figures.Compared(75.0, 100.0)
    # Cases 1 and 4 resolved in time; 2 resolved late; 3 unresolved past its due day.
    assert summary.resolution_share == figures.Compared(50.0, 100.0)
    assert summary.resolution_judged == figures.Compared(4, 1)
    # First answers 0.1, 1, 48, 48 hours: median (1 + 48) / 2, p90 between the two 48s.
    assert summary.first_answer_median_hours == figures.Compared(24.5, 4.0)
    assert summary.first_answer_p90_hours == figures.Compared(48.0, 4.0)
    # Resolutions 0.5, 1 and 216 hours: median 1 h; p90 = 1 + 0.8 × 215 = 173 h = 7.2 days.
    assert summary.resolution_median_days == figures.Compared(0.0, 1.0)
    assert summary.resolution_p90_days == figures.Compared(7.2, 1.0)
    assert summary.open_now == 1
    assert summary.overdue_now == 1


def test_all_offices_adds_the_other_office(data):
    summary = figures.case_summary(period=NOVEMBER, today=TODAY)

    assert summary.total == figures.Compared(5, 1)
    assert summary.first_answer_share.current == 80.0


def test_an_unanswered_case_counts_only_once_its_due_day_has_passed(data, office):
    # Opened Monday 30 November, unanswered: due Tuesday 1 December.
    dashboard_data.make_case(office=office, opened_at=dashboard_data.at(30, 11, 9))

    on_the_day = figures.case_summary(period=NOVEMBER, office=office, today=date(2026, 11, 30))
    assert on_the_day.first_answer_judged.current == 4
    assert on_the_day.first_answer_share.current == 75.0

    later = figures.case_summary(period=NOVEMBER, office=office, today=TODAY)
    assert later.first_answer_judged.current == 5
    assert later.first_answer_share.current == 60.0
    assert later.overdue_now == 2


def test_cases_by_channel_compare_with_the_previous_month(data, office):
    with translation.override("en"):
        breakdown = figures.cases_by_channel(period=NOVEMBER, office=office)

    rows = dict(zip(breakdown.labels, zip(breakdown.current, breakdown.previous)))  # noqa: B905
    assert rows == {"walk-in": (2, 0), "e-mail": (1, 0), "phone": (1, 0), "web form": (0, 1)}
    assert breakdown.labels[0] == "walk-in"


def test_cases_by_topic_count_a_case_under_each_of_its_topics(data, office):
    breakdown = figures.cases_by_topic(period=NOVEMBER, office=office)

    assert breakdown.current == [2, 2]
    assert breakdown.previous == [1, 0]


def test_cases_by_officer_and_status(data, office, officer, colleague):
    officers = figures.cases_by_officer(period=NOVEMBER, office=office)
    assert sorted(zip(officers.current, officers.previous, strict=True)) == [(2, 0), (2, 1)]

    statuses = figures.cases_by_status(period=NOVEMBER, office=office)
    # Cases 1 and 2 closed, 3 in progress, 4 resolved; October's case 5 closed.
    assert statuses.current == [1, 1, 2]
    assert statuses.previous == [0, 0, 1]


def test_new_and_returning_entrepreneurs(data, office):
    breakdown = figures.entrepreneurs_new_and_returning(period=NOVEMBER, office=office)

    # November: E1 came first on 2 November (new); E2 first came in October (returning);
    # case 2 was anonymous. October: E2 was new.
    assert breakdown.current == [1, 1, 1]
    assert breakdown.previous == [1, 0, 0]


def test_each_entrepreneur_counts_once_per_period_by_their_first_visit_anywhere(
    office, other_office, django_assert_num_queries
):
    """A quarter (computed from the cases, not the stored months): someone with several
    cases counts once; a first visit at another office (on that office's record of the
    same taxpayer) makes them returning here; someone who came in both quarters counts in
    both; every anonymous consultation counts."""
    quarter = Period.containing(QUARTER, date(2026, 11, 1))  # October to December

    def visit(entrepreneur, when, at=office):
        CaseFactory(entrepreneur=entrepreneur, office=at, opened_at=dashboard_data.at(*when, 11))

    twice_new, elsewhere_first, both_quarters = EntrepreneurFactory.create_batch(3)
    here_later = EntrepreneurFactory(first_record=elsewhere_first)
    visit(twice_new, (5, 10))
    visit(twice_new, (20, 11))
    visit(elsewhere_first, (1, 3), at=other_office)
    visit(here_later, (2, 12))
    visit(both_quarters, (15, 8))
    visit(both_quarters, (16, 10))
    visit(None, (3, 11))
    visit(None, (4, 11))

    with django_assert_num_queries(1):
        here = figures.entrepreneurs_new_and_returning(period=quarter, office=office)
    everywhere = figures.entrepreneurs_new_and_returning(period=quarter)

    # new, returning, anonymous: this quarter, then July to September.
    assert (here.current, here.previous) == ([1, 2, 2], [1, 0, 0])
    assert (everywhere.current, everywhere.previous) == ([1, 2, 2], [1, 0, 0])
    in_march = Period.containing(MONTH, date(2026, 3, 1))
    assert figures.entrepreneurs_new_and_returning(period=in_march).current == [1, 0, 0]
    assert figures.entrepreneurs_new_and_returning(period=in_march, office=office).current == [
        0,
        0,
        0,
    ]


def test_a_taxpayer_recorded_by_two_offices_is_one_returning_person(data, office, other_office):
    """Someone who consulted office A in October walks into office B in November, which
    records them anew (it may not see A's record): live and stored, B's November counts a
    returning entrepreneur, and the department's counts them once."""
    from desk.services.entrepreneurs import entrepreneur_create
    from monitoring.dashboards.monthly_rows import compute_months

    def record(at_office, name):
        return entrepreneur_create(
            consent_given=True,
            consent_channel="walk_in",
            office=at_office,
            name=name,
            inn="500100732259",
        )

    at_a = record(office, "А")
    dashboard_data.make_case(
        office=office, opened_at=dashboard_data.at(20, 10, 10), entrepreneur=at_a
    )
    at_b = record(other_office, "Б")
    for day in (6, 9):
        dashboard_data.make_case(
            office=other_office, opened_at=dashboard_data.at(day, 11, 10), entrepreneur=at_b
        )

    # [new, returning, anonymous]: B's November also holds case 6, anonymous.
    b_live = figures.entrepreneurs_new_and_returning(period=NOVEMBER, office=other_office)
    assert (b_live.current, b_live.previous) == ([0, 1, 1], [0, 0, 0])
    everyone = figures.entrepreneurs_new_and_returning(period=NOVEMBER)
    # E1 new, E2 and the person of A and B returning; cases 2 and 6 anonymous.
    assert everyone.current == [1, 2, 2]
    # October: E2 and the person at A, both new.
    assert everyone.previous == [2, 0, 0]
    for at_office, expected in ((other_office, [0, 1, 1]), (None, [1, 2, 2])):
        stored = compute_months(office=at_office, months=[NOVEMBER.first], today=TODAY)
        assert list(stored[NOVEMBER.first][0]["entrepreneurs"].values()) == expected

    # Back at A in November too: under two records, still one returning person.
    dashboard_data.make_case(
        office=office, opened_at=dashboard_data.at(12, 11, 10), entrepreneur=at_a
    )
    assert figures.entrepreneurs_new_and_returning(period=NOVEMBER).current == [1, 2, 2]


def test_monthly_trend_covers_twelve_months_up_to_the_period(data, office):
    trend = figures.monthly_cases(period=NOVEMBER, office=office)

    assert trend.months[0] == date(2025, 12, 1)
    assert trend.months[-1] == date(2026, 11, 1)
    assert trend.totals[-2:] == [1, 4]
    assert sum(trend.totals) == 5


def test_officer_scope_counts_only_the_officers_cases(data, colleague):
    summary = figures.case_summary(period=NOVEMBER, officer=colleague, today=TODAY)

    assert summary.total == figures.Compared(2, 0)
    assert summary.open_now == 1


@pytest.fixture
def feedback_data(data, office, other_office):
    return dashboard_data.build_feedback(data, office=office, other_office=other_office)


def test_referrals_per_partner_count_answers_within_the_agreed_time(feedback_data, office):
    with translation.override("en"):
        partners = figures.referrals_per_partner(period=NOVEMBER, office=office, today=TODAY)

    chamber, fund = partners
    assert chamber.name == "Chamber of Commerce"
    assert chamber.sent == figures.Compared(2, 1)
    # 3 November: due the 9th (4th is a holiday), answered the 5th; 10 November: due the
    # 13th, answered the 20th.
    assert chamber.in_time_share == figures.Compared(50.0, 100.0)
    assert chamber.outcomes == {
        "sent": 0,
        "accepted": 0,
        "resolved": 1,
        "declined": 1,
        "no_answer": 0,
        "withdrawn": 0,
    }
    assert fund.sent == figures.Compared(1, 0)
    assert fund.in_time_share.current == 0.0


def test_a_referral_withdrawn_before_its_date_is_not_held_against_the_partner(
    feedback_data, office
):
    from datetime import timedelta

    from desk.models import Referral

    fund_referral = Referral.objects.get(organisation__slug="fund")
    before_date = fund_referral.sent_at + timedelta(hours=1)
    Referral.objects.filter(pk=fund_referral.pk).update(
        status="withdrawn", withdrawn_at=before_date
    )
    with translation.override("en"):
        _chamber, fund = figures.referrals_per_partner(period=NOVEMBER, office=office, today=TODAY)
    assert fund.sent.current == 1
    assert fund.outcomes["withdrawn"] == 1
    assert fund.in_time_share.current is None  # nothing left to judge

    # Withdrawn only after its date had passed unanswered: the partner was late.
    after_date = fund_referral.sent_at + timedelta(days=20)
    Referral.objects.filter(pk=fund_referral.pk).update(withdrawn_at=after_date)
    _chamber, fund = figures.referrals_per_partner(period=NOVEMBER, office=office, today=TODAY)
    assert fund.in_time_share.current == 0.0


def test_satisfaction_csat_nps_and_response_rate(feedback_data, office):
    result = figures.satisfaction(period=NOVEMBER, office=office)

    assert result.responses == figures.Compared(3, 1)
    assert result.invitations == figures.Compared(4, 1)
    assert result.response_rate == figures.Compared(75.0, 100.0)
    assert result.csat_average == figures.Compared(4.0, 2.0)
    # Promoters 10 and 9, detractor 6: (2 − 1) / 3 = 33.3; October 7 is a passive: 0.
    assert result.nps == figures.Compared(33.3, 0.0)
    assert result.csat_counts == [0, 0, 1, 1, 1]
    assert result.nps_counts == [0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1]
    assert [item.csat for item in result.comments] == [3, 5]


def test_the_other_office_has_no_satisfaction_answers(feedback_data, other_office):
    result = figures.satisfaction(period=NOVEMBER, office=other_office)

    assert result.responses == figures.Compared(0, 0)
    assert result.csat_average == figures.Compared(None, None)
    assert result.nps.current is None
    assert result.response_rate.current is None


def test_manual_figures(feedback_data):
    manual = figures.manual_figures(period=NOVEMBER, today=TODAY)

    assert (manual.published, manual.views, manual.stale) == (2, 140, 1)
    assert manual.votes == figures.Compared(5, 1)
    assert manual.helpful_share == figures.Compared(60.0, 100.0)
    assert manual.searches == figures.Compared(6, 1)
    assert manual.zero_result_searches == figures.Compared(3, 0)
    assert manual.top_searches.rows == [["ип", 3, 0], ["патент", 3, 3]]
    assert manual.zero_result_queries.rows == [["патент", 3]]
    assert manual.top_articles.rows[0] == ["Регистрация ИП", 100, 4, 75.0]
    assert manual.stale_articles.rows == [["Патентная система", None]]


JUNK = ["<script>alert(1)</script>", "' OR 1=1 --", "???", "😀😀😀", "1 UNION SELECT * FROM x"]


def test_the_search_lists_leave_out_junk_as_the_editors_lists_do(feedback_data):
    """Markup, SQL, lone punctuation and emoji runs are logged (and counted), but they
    are no content gap: live and stored, the top lists leave them out
    (`manual.selectors.visitor_queries`)."""
    for day, query in enumerate(JUNK * 3, start=10):
        SearchQuery.objects.create(
            query=query,
            language="ru",
            result_count=0,
            created_at=dashboard_data.at(day % 28 + 1, 11, 11),
        )

    live = figures.manual_figures(period=NOVEMBER, today=TODAY)
    stored = manual_months.compute_months([NOVEMBER.first])[NOVEMBER.first]

    assert live.searches.current == 6 + 3 * len(JUNK)
    assert live.top_searches.rows == [["ип", 3, 0], ["патент", 3, 3]]
    assert live.zero_result_queries.rows == [["патент", 3]]
    assert [row[0] for row in stored["top"]] == ["ип", "патент"]
    assert [row[0] for row in stored["top_zero"]] == ["патент"]


def test_improvement_actions(feedback_data, office):
    result = figures.improvements(period=NOVEMBER, office=office, today=TODAY)

    assert (result.open_now, result.overdue_now) == (2, 1)
    assert result.done == figures.Compared(1, 1)
    everywhere = figures.improvements(period=NOVEMBER, today=TODAY)
    assert everywhere.done == figures.Compared(2, 1)


def test_monthly_satisfaction_trend(feedback_data, office):
    trend = figures.monthly_satisfaction(period=NOVEMBER, office=office)

    assert trend.csat[-2:] == [2.0, 4.0]
    assert trend.nps[-2:] == [0.0, 33.3]
    assert trend.csat[0] is None
