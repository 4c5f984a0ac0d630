"""The demo consultations: plenty, valid, quick to load and loaded once."""

import time

from desk import demo, demo_cases
from desk.models import Case, Entrepreneur, ServiceStandard
from tests import factories


def test_the_demo_cases_load_quickly_once_and_satisfy_every_constraint(db, officer):
    offices = demo.load_offices()
    users = {"officer": officer, "head": factories.UserFactory(username="demo-head")}
    topic = factories.TopicFactory()
    started = time.monotonic()
    demo_cases.load(offices=offices, users=users)
    assert time.monotonic() - started < 5
    assert Case.objects.count() == demo_cases.CASE_COUNT
    assert Entrepreneur.objects.count() == demo_cases.ENTREPRENEUR_COUNT
    assert ServiceStandard.objects.count() == 2
    assert Case.objects.overdue().exists()
    assert Case.objects.filter(status="closed").exists()
    assert Case.objects.filter(topics=topic).exists()
    assert set(Case.objects.values_list("office", flat=True)) == {o.pk for o in offices}
    for case in Case.objects.order_by("?")[:25]:
        case.full_clean()
    demo_cases.load(offices=offices, users=users)
    assert Case.objects.count() == demo_cases.CASE_COUNT


def test_the_office_page_publishes_its_service_standard(client, office):
    factories.ServiceStandardFactory(office=office, first_answer_days=2, resolution_days=5)
    response = client.get(office.get_absolute_url())
    content = response.content.decode()
    assert "2" in content and "5" in content
    assert "standards-heading" in content
