"""Every admin form × every relation field × an object of another office: refused.

Generated from the admin site: for each registered model of our apps, its add form and
its change form (of an object of the user's office), every foreign-key and many-to-many
field of the model and of its inlines whose target is scoped by office
(`infopoint.scope`) is posted with an object of office B, as an officer of office A and
as the head of office A only. Refusal is a 403, the admin's "no such object" redirect,
or an error on that very field; a field the user cannot edit (read-only, excluded) is
posted anyway and must not be saved. In no case does a row name the foreign object
afterwards.

On 7 December 2026: 48 posts as the officer (19 refused with 403, 16 form errors on the
field, 13 not editable and ignored) and 48 as the head of office A (12, 18, 18); the
assertion message prints the counts of each run.
"""

from collections import Counter

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from desk.models import Office, OutgoingEmail
from infopoint import scope
from tests import factories
from tests.admin_forms import form_data, form_errors, new_inline_form

pytestmark = pytest.mark.django_db

APPS = {"desk", "feedback", "manual", "stakeholders", "infopoint"}
MODEL_ADMINS = sorted(
    (
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in APPS
    ),
    key=lambda item: item[0]._meta.label,
)
# Posts per persona, counted when the test was written; fewer means a form or a field
# dropped out of the walk unnoticed.
EXPECTED_AT_LEAST = {"officer": 48, "head_of_office": 48}


def _office_world(office, user, *, standard=True):
    """One object of each office-scoped model, in `office` (without a service standard,
    `standard=False`, so that adding one fails on its office's scope, not its uniqueness)."""
    entrepreneur = factories.EntrepreneurFactory(offices=[office])
    case = factories.CaseFactory(office=office, entrepreneur=entrepreneur, officer=user)
    invitation = factories.InvitationFactory(office_id=office.pk)
    objects = [
        office,
        user,
        entrepreneur,
        entrepreneur.consents.get(),
        case,
        factories.CaseEventFactory(case=case),
        factories.FollowUpFactory(case=case, assigned_to=user),
        factories.ReferralFactory(case=case),
        factories.AppointmentFactory(case__office=office),
        factories.OpeningHoursFactory(office=office),
        invitation,
        factories.ResponseFactory(invitation=invitation),
    ]
    if standard:
        objects.append(factories.ServiceStandardFactory(office=office))
    objects.append(
        OutgoingEmail.objects.create(
            key=f"test-{office.slug}",
            kind="test",
            to="a@example.org",
            subject="Тема",
            body="Текст",
            case=case,
            entrepreneur=entrepreneur,
        )
    )
    return {type(item)._meta.concrete_model: item for item in objects}


def _unscoped_world(user):
    """One object of each registered model that no office owns, for its change form."""
    organisation = factories.OrganisationFactory()
    article = factories.published_article(slug="scope-walk", author=user)
    objects = [
        organisation,
        factories.CommunicationFactory(organisation=organisation, author=user),
        factories.StakeholderAssessmentFactory(organisation=organisation, author=user),
        factories.ImprovementActionFactory(owner=user),
        article,
        article.published_ru,
    ]
    return {type(item)._meta.concrete_model: item for item in objects}


def _relations(model):
    forward = [*model._meta.fields, *model._meta.many_to_many]
    return [
        field for field in forward if field.is_relation and scope.is_scoped(field.related_model)
    ]


def _value(field, foreign):
    target = foreign[field.related_model._meta.concrete_model]
    return [str(target.pk)] if field.many_to_many else str(target.pk)


def _names_foreign(model, field, foreign):
    target = foreign[field.related_model._meta.concrete_model]
    return model._default_manager.filter(**{field.name: target}).count()


def _walk(client, user, own, foreign, counts, failures):
    client.force_login(user)
    for model, model_admin in MODEL_ADMINS:
        targets = [("add", reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add"))]
        if model in own:
            change = f"admin:{model._meta.app_label}_{model._meta.model_name}_change"
            targets.append(("change", reverse(change, args=[own[model].pk])))
        inline_models = [inline.model for inline in model_admin.inlines]
        fields = [(model, field) for field in _relations(model)]
        fields += [(inline, field) for inline in inline_models for field in _relations(inline)]
        for action, url in targets:
            page = client.get(url)
            for owner, field in fields:
                if owner is not model and field.related_model is model:
                    continue  # an inline's link to its parent is the parent's own pk
                label = f"{action} {model._meta.label}: {owner._meta.label}.{field.name}"
                before = _names_foreign(owner, field, foreign)
                if page.status_code != 200:
                    response = client.post(url, {field.name: _value(field, foreign)})
                    refused = response.status_code in {302, 403, 404}
                    kind = f"refused {response.status_code}"
                else:
                    data = form_data(page)
                    key = field.name
                    if owner is not model:
                        prefix = new_inline_form(page, data, owner)
                        key = f"{prefix}{field.name}"
                    data[key] = _value(field, foreign)
                    response = client.post(url, data)
                    editable = key in _editable_keys(page)
                    if editable:
                        refused = key in form_errors(response) or response.status_code == 403
                        kind = "form error"
                    else:
                        refused = response.status_code in {200, 302, 403}
                        kind = "not editable, ignored"
                counts[kind] += 1
                if not refused or _names_foreign(owner, field, foreign) != before:
                    failures.append(f"{label} as {user.username}: {response.status_code}")


def _editable_keys(page):
    keys = set(page.context["adminform"].form.fields)
    for inline in page.context["inline_admin_formsets"]:
        empty = inline.formset.empty_form
        prefix = empty.prefix.replace("__prefix__", "")
        for index in range(inline.formset.total_form_count() + 1):
            keys |= {f"{prefix}{index}-{name}".replace("--", "-") for name in empty.fields}
    return keys


@pytest.mark.parametrize("persona", sorted(EXPECTED_AT_LEAST))
def test_no_admin_form_accepts_an_object_of_another_office(
    client, request, persona, office, other_office, other_officer
):
    user = request.getfixturevalue(persona)
    own = _office_world(office, user) | _unscoped_world(user)
    foreign = _office_world(other_office, other_officer, standard=False)
    foreign[get_user_model()] = other_officer
    foreign[Office] = other_office
    counts, failures = Counter(), []

    _walk(client, user, own, foreign, counts, failures)

    total = sum(counts.values())
    summary = f"{total} posts as {persona}: {dict(counts)}"
    assert not failures, f"{summary}; accepted: {failures}"
    assert total >= EXPECTED_AT_LEAST[persona], summary
    print(summary)


def test_every_admin_and_inline_of_our_apps_derives_from_the_scoped_base():
    from infopoint.admin_scope import ScopedAdminMixin

    unscoped = [
        admin_class.__name__
        for _model, model_admin in MODEL_ADMINS
        for admin_class in [type(model_admin), *model_admin.inlines]
        if not issubclass(admin_class, ScopedAdminMixin)
    ]

    assert len(MODEL_ADMINS) > 20
    assert not unscoped


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:feedback_improvementaction_changelist",
        "admin:desk_case_changelist",
        "admin:desk_entrepreneur_changelist",
    ],
)
def test_a_changelist_filter_names_only_what_its_rows_name(
    client, officer, office, other_office, other_officer, url_name
):
    """The filters by owner, office and offices offered every user and office of the
    installation; they offer what the user's own rows name."""
    other_officer.first_name, other_officer.last_name = "Чужой", "Сотрудник"
    other_officer.save(update_fields=["first_name", "last_name"])
    factories.ImprovementActionFactory(owner=officer, office_id=office.pk)
    entrepreneur = factories.EntrepreneurFactory(offices=[office])
    factories.CaseFactory(office=office, entrepreneur=entrepreneur, officer=officer)
    client.force_login(officer)

    content = client.get(reverse(url_name)).content.decode()

    assert "Чужой" not in content
    assert other_office.name not in content


def test_view_on_site_redirects_only_to_objects_the_user_may_see(
    client, officer, other_officer, editor, head_of_office, office, other_office
):
    """Django's /admin/r/<content type>/<id>/ read any object for any staff member: an
    editor, or an officer of another office, counted through the invitations and was
    sent to each one's answer page, its code in the address. Only heads (and
    administrators) read invitations at all: an officer of the office is refused too."""
    from django.contrib.contenttypes.models import ContentType

    from infopoint import roles
    from tests.conftest import _staff

    head_elsewhere = _staff("head_elsewhere", roles.HEAD, [other_office])
    invitation = factories.InvitationFactory(office_id=office.pk)
    url = reverse(
        "admin:view_on_site",
        args=[ContentType.objects.get_for_model(invitation).pk, invitation.pk],
    )
    answers = {}
    for user in (editor, other_officer, officer, head_elsewhere, head_of_office):
        client.force_login(user)
        response = client.get(url)
        answers[user.username] = (
            response.status_code,
            invitation.code in response.get("Location", ""),
        )

    assert answers == {
        "editor": (404, False),
        "other_officer": (404, False),
        "officer": (404, False),
        "head_elsewhere": (404, False),
        "head_of_office": (302, True),
    }
