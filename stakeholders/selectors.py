from django.db.models import Count, F, Q
from django.shortcuts import get_object_or_404

from stakeholders.models import Organisation, StakeholderAssessment

# Only these fields reach public pages: contact people and the internal log never do.
PUBLIC_FIELDS = [
    "slug",
    "name",
    "name_en",
    "kind",
    "level",
    "address",
    "address_en",
    "opening_hours",
    "opening_hours_en",
    "phone",
    "email",
    "website",
    "description",
    "description_en",
    "services",
    "services_en",
]


def public_organisations():
    return Organisation.objects.filter(is_public=True).only("pk", *PUBLIC_FIELDS)


def public_organisation(slug):
    """The organisation's public page; 404 for hidden ones. Procedures come from the
    manual, which declares them (Article.partners); the registry only follows the
    reverse relation when the manual provides it."""
    organisation = get_object_or_404(public_organisations(), slug=slug)
    organisation.public_articles = []
    articles = getattr(organisation, "manual_articles", None) or getattr(
        organisation, "articles", None
    )
    if articles is not None:
        found = articles.public() if hasattr(articles, "public") else articles.all()
        field_names = {field.name for field in found.model._meta.get_fields()}
        # The English title lives in the published revision; load it with the article.
        found = found.select_related(
            *[name for name in ("published_ru", "published_en") if name in field_names]
        )
        organisation.public_articles = list(found.order_by("title"))
    return organisation


def current_assessments():
    """The latest assessment of every organisation that has one, with the organisation."""
    return (
        StakeholderAssessment.objects.select_related("organisation")
        .order_by("organisation_id", "-assessed_on", "-id")
        .distinct("organisation_id")
    )


def referral_statistics(organisation):
    """Referrals the desk sent to the organisation: how many, how many answered by the due
    date, and how each ended. The desk stands above the registry and declares the relation
    (Referral.organisation, related_name "referrals"); the registry only reads it."""
    referrals = getattr(organisation, "referrals", None)
    if referrals is None:
        return None
    field_names = {field.name for field in referrals.model._meta.get_fields()}
    if not {"status", "answered_at", "due_at"} <= field_names:
        return None
    figures = referrals.aggregate(
        sent=Count("pk"),
        answered=Count("pk", filter=Q(answered_at__isnull=False)),
        in_time=Count("pk", filter=Q(answered_at__date__lte=F("due_at"))),
    )
    labels = dict(referrals.model._meta.get_field("status").flatchoices)
    by_status = dict(
        referrals.order_by()
        .values_list("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    figures["outcomes"] = [
        (labels[status], by_status[status]) for status in labels if status in by_status
    ]
    return figures
