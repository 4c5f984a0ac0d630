"""Reads of the feedback app, for its own pages, the manual editors and the dashboards."""

from django.db.models import Avg, Count, F, FloatField, Q
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


def satisfaction_summary(*, since=None, until=None, office_ids=None):
    """CSAT, NPS and response rate of invitations created in [since, until), in two
    queries: {"invitations", "responses", "response_rate", "csat_average",
    "csat_distribution" {1..5: n}, "nps", "promoters", "passives", "detractors"}."""
    invitations = Invitation.objects.all()
    if since is not None:
        invitations = invitations.filter(created_at__gte=since)
    if until is not None:
        invitations = invitations.filter(created_at__lt=until)
    if office_ids is not None:
        invitations = invitations.filter(office_id__in=list(office_ids))
    counts = invitations.aggregate(total=Count("pk"), answered=Count("response"))
    figures = Response.objects.filter(invitation__in=invitations).aggregate(
        csat_average=Avg("csat"),
        promoters=Count("pk", filter=Q(nps__gte=9)),
        passives=Count("pk", filter=Q(nps__gte=7, nps__lte=8)),
        detractors=Count("pk", filter=Q(nps__lte=6)),
        **{f"csat_{value}": Count("pk", filter=Q(csat=value)) for value in range(1, 6)},
    )
    answered = counts["answered"]
    return {
        "invitations": counts["total"],
        "responses": answered,
        "response_rate": answered / counts["total"] if counts["total"] else None,
        "csat_average": figures["csat_average"],
        "csat_distribution": {value: figures[f"csat_{value}"] for value in range(1, 6)},
        # NPS = % promoters − % detractors, from −100 to +100.
        "nps": round(100 * (figures["promoters"] - figures["detractors"]) / answered)
        if answered
        else None,
        "promoters": figures["promoters"],
        "passives": figures["passives"],
        "detractors": figures["detractors"],
    }
