"""Whatever a client sends to a public form, the answer is a page (200), a redirect (302)
or a refusal (400/404/405/410), never a server error, and nothing invalid is stored."""

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.models import ArticleVote, Response, SiteFeedback
from feedback.models.capture import COMMENT_MAX, SITE_MESSAGE_MAX, VOTE_COMMENT_MAX
from tests import factories
from tests.feedback.articles import published_article
from tests.fuzz import examples

pytestmark = pytest.mark.django_db

ANSWERS = {200, 302, 400, 404, 405, 410}
FUZZ = settings(
    max_examples=examples("public"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

text = st.one_of(
    st.text(max_size=50),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=300),
    st.just("\x00"),
    st.just("<script>alert(1)</script>"),
    st.builds(lambda n: "я" * n, st.integers(min_value=0, max_value=5000)),
)
value = st.one_of(text, st.integers(min_value=-(10**12), max_value=10**12).map(str), st.just(""))
form_data = st.dictionaries(
    st.sampled_from(
        [
            "code",
            "csat",
            "nps",
            "what_was_good",
            "what_to_improve",
            "anonymous",
            "website",
            "helpful",
            "comment",
            "message",
            "email",
            "contact_consent",
            "page_url",
            "next",
        ]
    ),
    st.one_of(value, st.lists(value, max_size=3)),
    max_size=10,
)


def _no_nul(*values):
    return all("\x00" not in v for v in values)


@FUZZ
@given(data=form_data)
def test_the_code_entry_never_fails(data):
    response = Client().post(reverse("feedback:enter"), data)
    assert response.status_code in ANSWERS


@FUZZ
@given(data=form_data)
def test_the_answer_form_never_fails_and_stores_only_valid_answers(data):
    invitation = factories.InvitationFactory()
    url = reverse("feedback:respond", kwargs={"code": invitation.code})
    response = Client().post(url, data)
    assert response.status_code in ANSWERS
    for answer in Response.objects.filter(invitation=invitation):
        assert 1 <= answer.csat <= 5 and 0 <= answer.nps <= 10
        assert len(answer.what_was_good) <= COMMENT_MAX
        assert len(answer.what_to_improve) <= COMMENT_MAX
        assert _no_nul(answer.what_was_good, answer.what_to_improve)


@FUZZ
@given(data=form_data, htmx=st.booleans())
def test_the_vote_never_fails_and_stores_only_valid_votes(data, htmx):
    article = published_article()
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    url = reverse("feedback:article_vote", kwargs={"article_id": article.pk})
    response = Client().post(url, data, **headers)
    assert response.status_code in ANSWERS
    for vote in ArticleVote.objects.filter(article=article):
        assert len(vote.comment) <= VOTE_COMMENT_MAX and _no_nul(vote.comment)


@FUZZ
@given(data=form_data)
def test_site_feedback_never_fails_and_stores_only_valid_messages(data):
    before = set(SiteFeedback.objects.values_list("pk", flat=True))
    response = Client().post(reverse("feedback:site"), data)
    assert response.status_code in ANSWERS
    for feedback in SiteFeedback.objects.exclude(pk__in=before):
        assert 0 < len(feedback.message) <= SITE_MESSAGE_MAX
        assert _no_nul(feedback.message, feedback.email, feedback.page_url)
        assert feedback.page_url == "" or feedback.page_url.startswith("/")
        assert feedback.email == "" or feedback.contact_consent


@FUZZ
@given(path=st.text(min_size=1, max_size=80).filter(lambda s: "/" not in s))
def test_any_code_or_token_in_the_address_never_fails(path):
    client = Client()
    for name, kwarg in [("feedback:respond", "code"), ("feedback:link", "token")]:
        try:
            url = reverse(name, kwargs={kwarg: path})
        except NoReverseMatch:  # a path the URL pattern itself refuses
            continue
        assert client.get(url).status_code in ANSWERS
    assert client.get(reverse("feedback:you_said_we_did"), {"page": path}).status_code == 200
