"""Writes of the feedback app. The desk calls `invitation_create` when a case closes (and,
for walk-ins, when it prints the handout); everything else is called by feedback's views
and admin."""

import hashlib
import hmac
from io import BytesIO

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from feedback.models import (
    ArticleVote,
    ImprovementAction,
    Invitation,
    Response,
    SiteFeedback,
)
from feedback.models.capture import Language


@transaction.atomic
def invitation_create(
    *, reference: str, office_id: int, email: str = "", language: str = "ru"
) -> Invitation:
    """The invitation for case `reference`, created once. Calling again for the same case
    returns the same invitation (same short code), so a handout printed before the case
    closes and the invitation made at closing agree. An e-mail address given later is
    added and the e-mail sent then; the e-mail goes out at most once."""
    reference = (reference or "").strip()
    if not reference:
        raise ValidationError(_("A case reference is required."), code="reference_required")
    if language not in Language.values:
        language = Language.RUSSIAN
    email = _deliverable(email)
    invitation = Invitation.objects.select_for_update().filter(reference=reference).first()
    if invitation is None:
        invitation = Invitation(
            reference=reference, office_id=office_id, email=email, language=language
        )
        invitation.full_clean(validate_unique=False)
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    invitation.save()
                break
            except IntegrityError:
                # Either another request created this case's invitation a moment ago, or
                # (one in 10¹² per pair) the random short code is taken: draw again.
                existing = Invitation.objects.filter(reference=reference).first()
                if existing is not None:
                    return existing
                invitation.code = Invitation._meta.get_field("code").default()
        else:
            raise ValidationError(_("No free short code was found."), code="code_exhausted")
    elif email and not invitation.email:
        invitation.email = email
        invitation.full_clean(validate_unique=False)
        invitation.save(update_fields=["email"])
    if invitation.email and invitation.sent_at is None and not invitation.is_expired:
        from feedback.tasks import send_invitation

        pk = invitation.pk
        transaction.on_commit(lambda: send_invitation.enqueue(pk))
    return invitation


def _deliverable(email):
    """The address, or "" when it cannot be mailed: a typo in an entrepreneur's record
    must not stop the desk from closing the case."""
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        return ""
    return email


def qr_svg(url: str, *, title: str = "") -> str:
    """An SVG QR code for `url` (for the printed handout), without an XML declaration so
    it can be inlined into HTML."""
    buffer = BytesIO()
    segno.make(url, error="m").save(
        buffer, kind="svg", scale=4, border=2, xmldecl=False, svgns=True, title=title or None
    )
    return buffer.getvalue().decode()


@transaction.atomic
def response_submit(
    *,
    invitation: Invitation,
    csat: int,
    nps: int,
    what_was_good: str = "",
    what_to_improve: str = "",
    anonymous: bool = False,
    may_quote: bool = False,
    language: str = "ru",
) -> tuple[Response, bool]:
    """Store the one answer to `invitation`. Returns (response, created): a second
    submission (a double click, a second tab) returns the first answer unchanged."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    existing = Response.objects.filter(invitation=invitation).first()
    if existing is not None:
        return existing, False
    if invitation.is_expired:
        raise ValidationError(_("This invitation has expired."), code="expired")
    now = timezone.now()
    response = Response(
        invitation=invitation,
        csat=csat,
        nps=nps,
        what_was_good=what_was_good,
        what_to_improve=what_to_improve,
        anonymous=anonymous,
        may_quote=may_quote,
        language=language if language in Language.values else Language.RUSSIAN,
        created_at=now,
    )
    response.full_clean(exclude=["invitation"])
    response.save()
    invitation.answered_at = now
    invitation.save(update_fields=["answered_at"])
    return response, True


def client_key(*, address: str, day) -> str:
    """A keyed hash of who is voting today; the key (SECRET_KEY) never leaves the server
    and the day is part of it, so keys cannot be linked across days. Only the address
    counts: a User-Agent is whatever the client says, so a key built on it could be
    renewed at will to vote again (people behind one NAT share their daily vote)."""
    message = f"{day.isoformat()}|{address}".encode()
    key = f"infopoint.feedback.vote|{settings.SECRET_KEY}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@transaction.atomic
def article_vote(
    *,
    article,
    helpful: bool,
    comment: str = "",
    language: str = "ru",
    address: str = "",
) -> tuple[ArticleVote, bool]:
    """Record a "was this helpful?" vote. A client voting again on the same article the
    same day changes its vote instead of adding one. Returns (vote, created)."""
    day = timezone.localdate()
    key = client_key(address=address, day=day)
    vote, created = ArticleVote.objects.select_for_update().get_or_create(
        article=article,
        client_key=key,
        voted_on=day,
        defaults={
            "helpful": helpful,
            "comment": comment,
            "language": language if language in Language.values else Language.RUSSIAN,
        },
    )
    if not created:
        vote.helpful = helpful
        if comment:
            vote.comment = comment
        vote.save(update_fields=["helpful", "comment"])
    return vote, created


@transaction.atomic
def site_feedback_submit(
    *,
    message: str,
    email: str = "",
    contact_consent: bool = False,
    page_url: str = "",
    language: str = "ru",
) -> SiteFeedback:
    # Without consent the address is not kept at all (152-FZ: no purpose, no storage).
    feedback = SiteFeedback(
        message=message,
        email=email if contact_consent else "",
        contact_consent=bool(contact_consent and email),
        page_url=page_url if page_url.startswith("/") else "",
        language=language if language in Language.values else Language.RUSSIAN,
    )
    feedback.full_clean()
    feedback.save()
    return feedback


@transaction.atomic
def improvement_action_open(
    *,
    title: str,
    owner=None,
    office_id: int | None = None,
    responses=(),
    article_votes=(),
    site_feedback=(),
) -> ImprovementAction:
    """Open an improvement action linked to the feedback that prompted it; the linked
    feedback is marked as needing action."""
    action = ImprovementAction(title=title[:200], owner=owner, office_id=office_id)
    action.full_clean()
    action.save()
    action.responses.set(responses)
    action.article_votes.set(article_votes)
    action.site_feedback.set(site_feedback)
    for items in (responses, article_votes, site_feedback):
        pks = [item.pk for item in items]
        if pks:
            type(items[0]).objects.filter(pk__in=pks).update(needs_action=True)
    return action


@transaction.atomic
def improvement_action_set_status(*, action: ImprovementAction, status: str) -> ImprovementAction:
    if status not in ImprovementAction.Status.values:
        raise ValidationError(_("Unknown status."), code="invalid_status")
    action.status = status
    action.done_at = (action.done_at or timezone.now()) if status == "done" else None
    action.full_clean()
    action.save(update_fields=["status", "done_at", "updated_at"])
    return action


@transaction.atomic
def feedback_mark_needs_action(*, items, needs_action: bool) -> int:
    """Triage: flag (or clear) feedback rows; `items` is a queryset of one model."""
    return items.update(needs_action=needs_action)
