"""CSRF protection on every state-changing request: a POST without a token is refused with
403 on every URL of the project and every admin form, whoever sends it. Views exempt from
CSRF must be listed here with the reason."""

import pytest
from django.test import Client
from django.urls import NoReverseMatch, resolve, reverse

from tests import factories
from tests.infopoint.test_csp_headers import _persona_for
from tests.infopoint.test_permissions import ADMIN_MODELS, EXPECTATIONS, url_names, world  # noqa: F401

# URL name → why it may accept a POST without a CSRF token.
CSRF_EXEMPT = {
    "news:unsubscribe_one_click": "RFC 8058 one-click unsubscribe: the mail client POSTs "
    "without a cookie or token; the signed, single-purpose token in the URL authorises it",
}


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def _view(name, world):  # noqa: F811
    row = EXPECTATIONS[name]
    return reverse(name, kwargs=row.url_kwargs(world)) + row.query


def test_every_csrf_exempt_view_is_listed_with_a_reason():
    exempt = set()
    for name in set(url_names()):
        if name.startswith("<unnamed"):
            continue
        try:
            match = resolve(reverse(name))
        except NoReverseMatch:
            continue  # needs arguments: checked through the table below
        if getattr(match.func, "csrf_exempt", False):
            exempt.add(name)
    assert exempt <= set(CSRF_EXEMPT), exempt - set(CSRF_EXEMPT)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_a_post_without_a_token_is_refused(csrf_client, world, name):  # noqa: F811
    row = EXPECTATIONS[name]
    try:
        url = _view(name, world)
    except Exception:  # rows skipped in the table may lack their objects
        pytest.skip(f"{name}: {row.skip or 'its URL arguments need objects'}")
    match = resolve(url.split("?")[0])
    if name in CSRF_EXEMPT:
        assert getattr(match.func, "csrf_exempt", False), f"{name} is no longer exempt"
        return
    assert not getattr(match.func, "csrf_exempt", False), f"{name} is csrf_exempt"
    persona = _persona_for(row) if row.statuses else "admin"
    if persona != "anonymous":
        csrf_client.force_login(getattr(world, persona))
    response = csrf_client.post(url, {"anything": "1"})
    assert response.status_code == 403, (url, response.status_code)
    if persona == "anonymous":
        return
    csrf_client.logout()
    assert csrf_client.post(url, {"anything": "1"}).status_code == 403, url


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m._meta.label)
def test_admin_add_forms_refuse_a_post_without_a_token(csrf_client, admin_user, model):
    opts = model._meta
    csrf_client.force_login(admin_user)
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    assert csrf_client.post(url, {}).status_code == 403, url


def test_a_post_with_the_token_gets_through(csrf_client, db):
    csrf_client.get(reverse("admin:login"))
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(
        reverse("admin:login"), {"username": "x", "password": "y", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200  # the form again, with "wrong password"


def test_a_page_without_a_form_carries_no_token_and_sets_no_csrf_cookie(csrf_client, db):
    """A reader of the home page or the directory gets no token in the page and no cookie:
    htmx reads the token from the cookie (site.js), which a page with a form sets."""
    for url in [reverse("home"), reverse("stakeholders:directory")]:
        page = csrf_client.get(url)
        assert page.status_code == 200
        assert "csrfmiddlewaretoken" not in page.text
        assert "X-CSRFToken" not in page.text
        assert "csrftoken" not in page.cookies


def test_htmx_sends_the_token_from_the_cookie_in_its_header(csrf_client, db):
    """What site.js does for every htmx request but GET: X-CSRFToken from the cookie."""
    article = factories.published_article(slug="with-a-vote")
    csrf_client.get(article.get_absolute_url())  # a page with forms sets the cookie
    url = reverse("feedback:article_vote", kwargs={"article_id": article.pk})
    data = {"helpful": "yes", "comment": "", "website": ""}

    assert csrf_client.post(url, data, headers={"HX-Request": "true"}).status_code == 403
    secret = csrf_client.cookies["csrftoken"].value
    vote = csrf_client.post(url, data, headers={"HX-Request": "true", "X-CSRFToken": secret})
    assert vote.status_code == 200
    assert article.votes.count() == 1
