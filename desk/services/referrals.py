"""Referrals of a case to a partner organisation, and the partner's answer by link."""

from datetime import date

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from desk import timeline
from desk.emails import email_queue
from desk.models import TRANSITIONS, Case, CaseEvent, OutgoingEmail, Referral, Status
from desk.models.referrals import REFERRAL_LINK_MAX_AGE, REFERRAL_SALT
from desk.services.cases.timeline import case_event_add
from desk.services.cases.workflow import case_change_status
from desk.working_days import add_working_days
from infopoint.staff_language import language_of


class ReferralLinkExpired(Exception):
    pass


class ReferralLinkInvalid(Exception):
    pass


def referral_from_token(token: str) -> Referral:
    """The referral a partner's link points to; raises for a tampered or expired link."""
    try:
        data = signing.loads(token, salt=REFERRAL_SALT, max_age=REFERRAL_LINK_MAX_AGE)
    except signing.SignatureExpired:
        raise ReferralLinkExpired from None
    except (signing.BadSignature, ValueError, UnicodeError):
        raise ReferralLinkInvalid from None
    pk = data.get("referral") if isinstance(data, dict) else None
    if not isinstance(pk, int):
        raise ReferralLinkInvalid
    referral = (
        Referral.objects.select_related("organisation", "case__office").filter(pk=pk).first()
    )
    if referral is None:
        raise ReferralLinkInvalid
    return referral


@transaction.atomic
def referral_send(
    *,
    case: Case,
    organisation,
    reason: str,
    shared_data: str = "",
    user: AbstractBaseUser | None,
) -> Referral:
    """Refer a case to a partner: the timeline records it, the case waits for the partner,
    and the partner gets an e-mail with a signed link valid for 30 days."""
    if not organisation.referral_email:
        raise ValidationError(
            _("This organisation has no referral e-mail address yet."),
            code="organisation_without_email",
        )
    if case.status not in (
        Status.NEW,
        Status.IN_PROGRESS,
        Status.WAITING_ENTREPRENEUR,
        Status.WAITING_PARTNER,
    ):
        raise ValidationError(
            _("Only an open case can be referred: reopen it first."), code="case_not_open"
        )
    now = timezone.now()
    referral = Referral(
        case=case,
        organisation=organisation,
        reason=reason.strip(),
        shared_data=shared_data.strip(),
        sent_at=now,
        due_at=add_working_days(now, organisation.answer_days),
        created_by=user,
    )
    referral.full_clean(exclude=["case", "organisation", "created_by"])
    referral.save()
    case_event_add(
        case=case,
        kind=CaseEvent.Kind.REFERRAL,
        author=user,
        data=timeline.line(
            "referral_sent", organisation=_partner(organisation), reason=referral.reason
        ),
    )
    current = Status(Case.objects.values_list("status", flat=True).get(pk=case.pk))
    if current == Status.NEW:
        case_change_status(case=case, to_status=Status.IN_PROGRESS, user=user)
        current = Status.IN_PROGRESS
    if Status.WAITING_PARTNER in TRANSITIONS[current]:
        case_change_status(case=case, to_status=Status.WAITING_PARTNER, user=user)
    email_queue(
        key=f"referral-sent:{referral.pk}",
        kind="referral_partner",
        to=organisation.referral_email,
        template="referral_partner",
        context={
            "referral": referral,
            "case": case,
            "link": settings.SITE_URL + referral.get_partner_url(),
            "days": REFERRAL_LINK_MAX_AGE // 86400,
        },
        language="ru",
        case=case,
    )
    return referral


@transaction.atomic
def referral_answer(*, referral: Referral, status: str, note: str = "") -> Referral:
    """The partner's answer through the link; lands on the timeline and notifies the
    officer. Once resolved or declined, the referral accepts no further answer."""
    locked = (
        Referral.objects.select_for_update(of=("self",))
        .select_related(
            "case__officer__staff_language", "organisation", "created_by__staff_language"
        )
        .get(pk=referral.pk)
    )
    if locked.status == Referral.Status.WITHDRAWN:
        raise ValidationError(
            _("The information point has withdrawn this referral."), code="referral_withdrawn"
        )
    if locked.is_final:
        raise ValidationError(
            _("This referral has already been answered."), code="referral_already_answered"
        )
    if status not in Referral.ANSWER_STATUSES:
        raise ValidationError(_("Please choose an answer."), code="referral_answer_invalid")
    if status == locked.status:
        raise ValidationError(
            _("This answer has already been recorded."), code="referral_answer_repeated"
        )
    locked.status = status
    locked.answered_at = timezone.now()
    locked.partner_note = note.strip()
    locked.save(update_fields=["status", "answered_at", "partner_note"])
    case_event_add(
        case=locked.case,
        kind=CaseEvent.Kind.PARTNER_ANSWER,
        data=timeline.line(
            "partner_answer",
            organisation=_partner(locked.organisation),
            answer=timeline.referral_status(status),
            note=locked.partner_note,
        ),
    )
    officer = locked.case.officer or locked.created_by
    if officer is not None and officer.email:
        # In the officer's language, the link to the case page too.
        language = language_of(officer)
        with translation.override(language):
            link = settings.SITE_URL + locked.case.get_absolute_url()
        email_queue(
            key=f"referral-answer:{locked.pk}:{status}",
            kind="referral_answer",
            to=officer.email,
            template="referral_answer",
            context={"referral": locked, "case": locked.case, "link": link},
            language=language,
            case=locked.case,
        )
    return locked


@transaction.atomic
def referral_withdraw(
    *, referral: Referral, reason: str, user: AbstractBaseUser | None
) -> Referral:
    """The officer takes a referral back (the entrepreneur found another way, the case
    closed): the timeline says why, the partner is told by e-mail, and the partner's link
    shows that it was withdrawn."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            _("Say why the referral is withdrawn."), code="withdrawal_reason_missing"
        )
    locked = (
        Referral.objects.select_for_update(of=("self",))
        .select_related("case", "organisation")
        .get(pk=referral.pk)
    )
    if not locked.is_withdrawable:
        raise ValidationError(
            _("A referral that is “%(status)s” can no longer be withdrawn."),
            code="referral_not_withdrawable",
            params={"status": locked.get_status_display()},
        )
    locked.status = Referral.Status.WITHDRAWN
    locked.withdrawn_at = timezone.now()
    locked.withdrawal_reason = reason
    locked.save(update_fields=["status", "withdrawn_at", "withdrawal_reason"])
    # The partner's name stays in the nominative: «Направление отозвано: Торгово-…».
    case_event_add(
        case=locked.case,
        kind=CaseEvent.Kind.REFERRAL,
        author=user,
        data=timeline.line(
            "referral_withdrawn", organisation=_partner(locked.organisation), reason=reason
        ),
    )
    _tell_partner_of_withdrawal(locked)
    return locked


def _tell_partner_of_withdrawal(referral: Referral) -> None:
    """The partner hears that no answer is needed, at the address the referral went to.
    The officer's reason stays on the timeline: it may name the entrepreneur's affairs."""
    sent = (
        OutgoingEmail.objects.filter(key=f"referral-sent:{referral.pk}")
        .values_list("to", flat=True)
        .first()
    )
    email_queue(
        key=f"referral-withdrawn:{referral.pk}",
        kind="referral_withdrawn",
        to=sent or referral.organisation.referral_email,
        template="referral_withdrawn",
        context={"referral": referral, "case": referral.case},
        language="ru",
        case=referral.case,
    )


@transaction.atomic
def referrals_mark_unanswered(*, today: date | None = None) -> int:
    """Referrals past their agreed answer date without any answer become "no answer"."""
    today = today or timezone.localdate()
    overdue = list(
        Referral.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("organisation", "case")
        .filter(status=Referral.Status.SENT, due_at__lt=today)
    )
    for referral in overdue:
        referral.status = Referral.Status.NO_ANSWER
        referral.save(update_fields=["status"])
        case_event_add(
            case=referral.case,
            kind=CaseEvent.Kind.REFERRAL,
            data=timeline.line(
                "referral_no_answer",
                organisation=_partner(referral.organisation),
                date=timeline.day(referral.due_at),
            ),
        )
    return len(overdue)


def _partner(organisation) -> dict:
    return timeline.names(organisation.name, organisation.name_en)
