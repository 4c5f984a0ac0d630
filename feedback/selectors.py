"""Reads of the feedback app, for its own pages and the manual editors."""

from django.db.models import Count, F, FloatField, Q
from django.db.models.functions import Cast, NullIf
from django.utils import timezone

from feedback.models import ImprovementAction, Invitation
from manual.models import Article


def invitation_by_code(code):
    """The invitation with this (normalised) short code and its answer, or None."""
    return Invitation.objects.select_related("response").filter(code=code).first()


def open_invitation(reference):
    """The invitation to rate case `reference` while it can still be answered, or None."""
    return (
        Invitation.objects.filter(
            reference=reference, answered_at__isnull=True, expires_at__gt=timezone.now()
        )
        .only("reference", "code", "language", "email", "expires_at")
        .first()
    )


def published_improvements():
    """Done improvement actions with a public "we did" text, newest first."""
    return (
        ImprovementAction.objects.filter(status=ImprovementAction.Status.DONE)
        .exclude(we_did="", we_did_en="")
        .order_by("-done_at", "-pk")
    )


def most_unhelpful_articles(limit=10, *, min_votes=3, since=None):
    """Articles with the lowest share of "helpful" votes (at least `min_votes` votes),
    annotated with votes_yes, votes_no, votes_total and helpful_ratio. One query."""
    vote_filter = Q(votes__created_at__gte=since) if since else Q()
    return (
        Article.objects.annotate(
            votes_total=Count("votes", filter=vote_filter),
            votes_yes=Count("votes", filter=vote_filter & Q(votes__helpful=True)),
        )
        .filter(votes_total__gte=min_votes)
        .annotate(
            votes_no=F("votes_total") - F("votes_yes"),
            helpful_ratio=Cast("votes_yes", FloatField())
            / Cast(NullIf("votes_total", 0), FloatField()),
        )
        .order_by("helpful_ratio", "-votes_total", "pk")[:limit]
    )
