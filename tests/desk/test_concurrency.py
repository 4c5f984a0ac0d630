"""Concurrent intakes: references never collide, and twin submissions make one case."""

import threading
import uuid

import pytest
from django.db import connection

from desk.models import Case
from desk.services import cases as services

pytestmark = pytest.mark.django_db(transaction=True)


def _run_in_threads(count, work):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(index):
        try:
            barrier.wait()
            results.append(work(index))
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_concurrent_intakes_get_distinct_references(office):
    results, errors = _run_in_threads(
        12,
        lambda i: services.case_intake(office=office, channel="phone", question=f"#{i}").reference,
    )
    assert errors == []
    assert len(set(results)) == 12
    assert Case.objects.count() == 12


def test_concurrent_twins_with_one_key_make_one_case(office):
    key = uuid.uuid4()
    results, errors = _run_in_threads(
        6,
        lambda i: (
            services.case_intake(
                office=office, channel="walk_in", question="?", idempotency_key=key
            ).pk
        ),
    )
    assert errors == []
    assert len(set(results)) == 1
    assert Case.objects.count() == 1
