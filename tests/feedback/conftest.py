import pytest

from tests import factories
from tests.feedback.articles import published_article


@pytest.fixture
def invitation(db):
    return factories.InvitationFactory(reference="KGD-2026-00042", email="")


@pytest.fixture
def article(db):
    return published_article()


VALID_ANSWER = {
    "csat": "4",
    "nps": "9",
    "what_was_good": "Быстро и понятно.",
    "what_to_improve": "",
}
