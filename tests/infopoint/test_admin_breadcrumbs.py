"""Our own back-office pages use the admin's breadcrumb markup (an <ol> of <li>), so the
admin's stylesheet styles them like every other page: a bare <div> showed raw links.
The items are apart as in the admin's own templates: its " › " after an inline-block item
loses its trailing space, so «Home ›Period reports» ran together without one."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        reverse("dashboards:index"),
        reverse("monitoring:reports"),
        reverse("admin:stakeholders_organisation_matrix"),
    ],
)
def test_the_page_uses_the_admins_breadcrumb_list(client, admin_user, url):
    client.force_login(admin_user)
    content = client.get(url).content.decode()
    assert '<ol class="breadcrumbs">' in content
    assert '<div class="breadcrumbs">' not in content
    assert items_apart(content)


def items_apart(content):
    breadcrumbs = re.search(r'<ol class="breadcrumbs">.*?</ol>', content, re.S).group()
    return "</li><li" not in breadcrumbs


def test_the_revision_diff_uses_the_admins_breadcrumb_list(client, admin_user):
    from manual import services
    from tests import factories

    article = factories.published_article(slug="ip", ru=factories.revision_text("ИП"))
    draft = services.revision_create(
        article=article, language="ru", **factories.revision_text("ИП", body="Новый текст.")
    )
    client.force_login(admin_user)
    url = reverse("admin:manual_articlerevision_diff", args=[draft.pk])
    content = client.get(url).content.decode()
    assert '<ol class="breadcrumbs">' in content
    assert '<li aria-current="page">' in content
    assert items_apart(content)


def test_the_period_report_page_has_its_breadcrumb_items_apart(client, head):
    import datetime

    from monitoring import services

    report = services.report_start(
        user=head, kind="month", first_day=datetime.date(2026, 11, 1), office=None, language="ru"
    )
    client.force_login(head)
    content = client.get(reverse("monitoring:report", args=[report.pk])).content.decode()
    assert items_apart(content)
