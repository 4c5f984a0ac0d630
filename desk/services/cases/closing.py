"""Closing a case: its open referrals and follow-ups are decided on, then the entrepreneur
is invited to rate the consultation."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from desk import timeline
from desk.models import Case, CaseEvent, FollowUp, Status
from desk.services import referrals as referral_services
from desk.services.cases.timeline import case_event_add
from desk.services.cases.workflow import _locked, case_change_status
from feedback.services import invitation_create


class OpenItems:
    """What a closing case still has open: referrals awaiting a partner, follow-ups."""

    CLOSE = "close"
    KEEP = "keep"

    def __init__(self, case: Case):
        from desk.models import Referral

        self.referrals = list(
            Referral.objects.filter(case=case, status__in=REFERRAL_OPEN_STATUSES)
            .select_related("organisation")
            .order_by("pk")
        )
        self.follow_ups = list(
            FollowUp.objects.filter(case=case, done_at__isnull=True).order_by("pk")
        )

    def __bool__(self):
        return bool(self.referrals or self.follow_ups)

    def describe(self) -> str:
        return describe_open_items(referrals=len(self.referrals), follow_ups=len(self.follow_ups))


REFERRAL_OPEN_STATUSES = ("sent", "accepted")


def describe_open_items(*, referrals: int, follow_ups: int) -> str:
    """«1 открытое направление, 2 открытых напоминания»: only what is open."""
    parts = []
    if referrals:
        parts.append(
            ngettext("%(count)d open referral", "%(count)d open referrals", referrals)
            % {"count": referrals}
        )
    if follow_ups:
        parts.append(
            ngettext("%(count)d open follow-up", "%(count)d open follow-ups", follow_ups)
            % {"count": follow_ups}
        )
    return ", ".join(parts)


@transaction.atomic
def case_close(
    *,
    case: Case,
    user: AbstractBaseUser | None,
    note: str = "",
    open_items: str | None = None,
) -> Case | None:
    """Close a resolved case and invite the entrepreneur to rate the consultation.

    A case with open referrals or follow-ups closes only on the officer's decision:
    `open_items="close"` closes them with the case, `"keep"` keeps the case open (and
    returns None). Either way the timeline says what was decided."""
    locked = _locked(case)
    items = OpenItems(locked)
    if items and open_items not in (OpenItems.CLOSE, OpenItems.KEEP):
        raise ValidationError(
            _(
                "This case still has %(items)s: withdraw and mark them done with the case, "
                "or keep the case open."
            ),
            code="open_items_undecided",
            params={"items": items.describe()},
        )
    if items and open_items == OpenItems.KEEP:
        case_event_add(
            case=locked,
            kind=CaseEvent.Kind.NOTE,
            author=user,
            text=gettext("Kept open, not closed: %(items)s.") % {"items": items.describe()},
        )
        return None
    if items:
        _close_open_items(case=locked, items=items, user=user)
    case = case_change_status(case=case, to_status=Status.CLOSED, user=user, note=note)
    _invite_feedback(case)
    return case


def _close_open_items(*, case: Case, items: OpenItems, user: AbstractBaseUser | None):
    now = timezone.now()
    description = items.describe()
    for follow_up in items.follow_ups:
        follow_up.done_at = max(now, follow_up.created_at)
        follow_up.save(update_fields=["done_at"])
    lines = [gettext("Closed with the case: %(items)s.") % {"items": description}]
    lines += [
        gettext("Follow-up: %(text)s") % {"text": follow_up.text} for follow_up in items.follow_ups
    ]
    case_event_add(case=case, kind=CaseEvent.Kind.NOTE, author=user, text="\n".join(lines))
    # Each referral is withdrawn as the officer would withdraw it: its own timeline line,
    # and the partner's link says the referral was withdrawn.
    for referral in items.referrals:
        referral_services.referral_withdraw(
            referral=referral, reason=gettext("The case was closed."), user=user
        )


def _invite_feedback(case: Case):
    """The feedback app creates the satisfaction invitation (desk → feedback, never back).

    Anonymous walk-ins and visitors without e-mail get one too: the officer prints its
    short code and QR code for them (`desk.case_views.case_feedback_slip`)."""
    entrepreneur = case.entrepreneur
    has_contact = entrepreneur is not None and entrepreneur.anonymised_at is None
    invitation = invitation_create(
        reference=case.reference,
        office_id=case.office_id,
        email=entrepreneur.email if has_contact else "",
        language=entrepreneur.language if entrepreneur else "ru",
    )
    case_event_add(
        case=case,
        kind=CaseEvent.Kind.FEEDBACK,
        data=timeline.line("feedback_invitation"),
    )
    return invitation
