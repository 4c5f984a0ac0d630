"""Our own back-office pages use the admin's breadcrumb markup (an <ol> of <li>), so the
admin's stylesheet styles them like every other page: a bare <div> showed raw links."""

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
