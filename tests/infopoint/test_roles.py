"""The role table, reviewed: each role carries exactly the permissions listed here.

A permission that reaches a role without being added to these literal lists — a new
model, a widened line in `infopoint/roles.py` — fails the suite until someone reviews it.
"""

import pytest
from django.contrib.auth.models import Group

from infopoint import roles

pytestmark = pytest.mark.django_db

REVIEWED_OFFICER = {
    "desk.add_case",
    "desk.add_caseevent",
    "desk.add_consent",
    "desk.add_entrepreneur",
    "desk.add_followup",
    "desk.add_referral",
    "desk.change_appointment",
    "desk.change_case",
    "desk.change_consent",
    "desk.change_entrepreneur",
    "desk.change_followup",
    "desk.change_referral",
    "desk.view_appointment",
    "desk.view_case",
    "desk.view_caseevent",
    "desk.view_consent",
    "desk.view_entrepreneur",
    "desk.view_followup",
    "desk.view_office",
    "desk.view_openinghours",
    "desk.view_outgoingemail",
    "desk.view_referral",
    "desk.view_servicestandard",
    "feedback.add_improvementaction",
    "feedback.change_improvementaction",
    "feedback.change_response",
    "feedback.view_improvementaction",
    "feedback.view_response",
    "feedback.view_tag",
    "manual.view_article",
    "manual.view_articlerevision",
    "manual.view_articlestep",
    "manual.view_document",
    "manual.view_event",
    "manual.view_newsitem",
    "manual.view_topic",
    "stakeholders.view_contactperson",
    "stakeholders.view_organisation",
}
REVIEWED_EDITOR = {
    "feedback.view_articlevote",
    "manual.add_article",
    "manual.add_articlerevision",
    "manual.add_articlestep",
    "manual.add_document",
    "manual.add_event",
    "manual.add_newsitem",
    "manual.add_synonym",
    "manual.add_topic",
    "manual.change_article",
    "manual.change_articlerevision",
    "manual.change_articlestep",
    "manual.change_document",
    "manual.change_event",
    "manual.change_newsitem",
    "manual.change_synonym",
    "manual.change_topic",
    "manual.delete_article",
    "manual.delete_articlerevision",
    "manual.delete_articlestep",
    "manual.delete_document",
    "manual.delete_event",
    "manual.delete_newsitem",
    "manual.delete_synonym",
    "manual.delete_topic",
    "manual.view_article",
    "manual.view_articlerevision",
    "manual.view_articlestep",
    "manual.view_document",
    "manual.view_event",
    "manual.view_newsitem",
    "manual.view_searchquery",
    "manual.view_searchword",
    "manual.view_synonym",
    "manual.view_topic",
    "stakeholders.view_organisation",
}
REVIEWED_HEAD = {
    "desk.add_case",
    "desk.add_caseevent",
    "desk.add_consent",
    "desk.add_entrepreneur",
    "desk.add_followup",
    "desk.add_openinghours",
    "desk.add_referral",
    "desk.add_servicestandard",
    "desk.change_appointment",
    "desk.change_case",
    "desk.change_consent",
    "desk.change_entrepreneur",
    "desk.change_followup",
    "desk.change_office",
    "desk.change_openinghours",
    "desk.change_referral",
    "desk.change_servicestandard",
    "desk.delete_followup",
    "desk.delete_openinghours",
    "desk.view_appointment",
    "desk.view_case",
    "desk.view_caseevent",
    "desk.view_consent",
    "desk.view_destructionlog",
    "desk.view_entrepreneur",
    "desk.view_followup",
    "desk.view_office",
    "desk.view_openinghours",
    "desk.view_outgoingemail",
    "desk.view_referral",
    "desk.view_servicestandard",
    "feedback.add_improvementaction",
    "feedback.add_tag",
    "feedback.change_articlevote",
    "feedback.change_improvementaction",
    "feedback.change_response",
    "feedback.change_sitefeedback",
    "feedback.change_tag",
    "feedback.delete_improvementaction",
    "feedback.delete_tag",
    "feedback.view_articlevote",
    "feedback.view_improvementaction",
    "feedback.view_invitation",
    "feedback.view_response",
    "feedback.view_sitefeedback",
    "feedback.view_tag",
    "manual.add_article",
    "manual.add_articlerevision",
    "manual.add_articlestep",
    "manual.add_document",
    "manual.add_event",
    "manual.add_newsitem",
    "manual.add_synonym",
    "manual.add_topic",
    "manual.change_article",
    "manual.change_articlerevision",
    "manual.change_articlestep",
    "manual.change_document",
    "manual.change_event",
    "manual.change_newsitem",
    "manual.change_subscriber",
    "manual.change_synonym",
    "manual.change_topic",
    "manual.delete_article",
    "manual.delete_articlerevision",
    "manual.delete_articlestep",
    "manual.delete_document",
    "manual.delete_event",
    "manual.delete_newsitem",
    "manual.delete_subscriber",
    "manual.delete_synonym",
    "manual.delete_topic",
    "manual.publish_article",
    "manual.view_article",
    "manual.view_articlerevision",
    "manual.view_articlestep",
    "manual.view_digestitem",
    "manual.view_document",
    "manual.view_event",
    "manual.view_newsitem",
    "manual.view_searchquery",
    "manual.view_searchword",
    "manual.view_subscriber",
    "manual.view_synonym",
    "manual.view_topic",
    "stakeholders.add_communication",
    "stakeholders.add_contactperson",
    "stakeholders.add_organisation",
    "stakeholders.add_stakeholderassessment",
    "stakeholders.analyse_stakeholders",
    "stakeholders.change_communication",
    "stakeholders.change_contactperson",
    "stakeholders.change_organisation",
    "stakeholders.change_stakeholderassessment",
    "stakeholders.delete_communication",
    "stakeholders.delete_contactperson",
    "stakeholders.delete_organisation",
    "stakeholders.delete_stakeholderassessment",
    "stakeholders.view_communication",
    "stakeholders.view_contactperson",
    "stakeholders.view_organisation",
    "stakeholders.view_stakeholderassessment",
    # Period reports (monitoring): written, approved and published by heads.
    "monitoring.add_periodreport",
    "monitoring.approve_periodreport",
    "monitoring.change_periodreport",
    "monitoring.publish_periodreport",
    "monitoring.view_periodreport",
    "monitoring.view_periodreportversion",
}

REVIEWED = {
    roles.OFFICER: REVIEWED_OFFICER,
    roles.EDITOR: REVIEWED_EDITOR,
    roles.HEAD: REVIEWED_HEAD,
}


def _granted(role):
    group = Group.objects.get(name=role)
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


@pytest.mark.parametrize("role", sorted(REVIEWED))
def test_each_role_carries_exactly_the_reviewed_permissions(role):
    roles.sync_roles()

    granted = _granted(role)

    assert not granted - REVIEWED[role], f"{role} gained permissions nobody reviewed"
    assert not REVIEWED[role] - granted, f"{role} lost reviewed permissions"


def test_the_role_table_has_no_wildcards():
    codes = [code for listed in roles.ROLE_PERMISSIONS.values() for code in listed]

    assert not [code for code in codes if "*" in code]


def test_a_permission_that_does_not_exist_stops_the_sync(monkeypatch):
    monkeypatch.setitem(roles.ROLE_PERMISSIONS, roles.OFFICER, ["desk.view_cases"])

    with pytest.raises(LookupError, match=r"desk\.view_cases"):
        roles.sync_roles()


def test_no_role_administers_users_groups_or_offices():
    for role in REVIEWED:
        granted = _granted(role)
        assert not {code for code in granted if code.startswith("auth.")}, role
        assert not granted & {"desk.add_office", "desk.delete_office"}, role


def test_editors_never_touch_the_desk_nor_personal_data():
    granted = _granted(roles.EDITOR)

    assert not {code for code in granted if code.startswith("desk.")}
    assert {code for code in granted if code.startswith("stakeholders.")} == {
        "stakeholders.view_organisation"
    }
    assert "manual.view_subscriber" not in granted


def test_an_editor_chooses_an_events_organiser_by_autocomplete(client, editor):
    from django.urls import reverse

    from tests import factories

    organisation = factories.OrganisationFactory(name="Торгово-промышленная палата")
    client.force_login(editor)

    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "manual",
            "model_name": "event",
            "field_name": "organiser",
            "term": "палата",
        },
    )

    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [str(organisation.pk)]
