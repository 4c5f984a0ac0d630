"""Reads of the feedback app, for its own pages and the manual editors."""

from django.db.models import Count, F, FloatField, Q
from django.db.models.functions import Cast, NullIf

from feedback.models import ArticleVote, ImprovementAction, Invitation, Response
from manual.models import Article


def invitation_by_code(code):
    """The invitation with this (normalised) short code and its answer, or None."""
    return Invitation.objects.select_related("response").filter(code=code).first()


def case_feedback(reference):
    """The answer to a case's invitation for the case page, unless it was given
    anonymously; None when there is none."""
    return (
        Response.objects.select_related("invitation")
        .filter(invitation__reference=reference, anonymous=False)
        .first()
    )


def published_improvements():
    """Done improvement actions with a public "we did" text, newest first."""
    return (
        ImprovementAction.objects.filter(status=ImprovementAction.Status.DONE)
        .exclude(we_did="", we_did_en="")
        .order_by("-done_at", "-pk")
    )


def article_helpfulness(article_ids):
    """{article_id: {"yes": n, "no": n, "total": n, "ratio": share helpful or None}} for
    the given articles, in one query; articles without votes are absent."""
    rows = (
        ArticleVote.objects.filter(article_id__in=list(article_ids))
        .values("article_id")
        .annotate(yes=Count("pk", filter=Q(helpful=True)), total=Count("pk"))
    )
    return {
        row["article_id"]: {
            "yes": row["yes"],
            "no": row["total"] - row["yes"],
            "total": row["total"],
            "ratio": row["yes"] / row["total"] if row["total"] else None,
        }
        for row in rows
    }


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
