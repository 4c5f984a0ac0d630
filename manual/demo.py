"""Demo manual: topics and articles from manual/demo_content.py, published in Russian and
(where written) English. Idempotent by slug: a second run changes nothing that is current."""

import importlib
from datetime import date

from django.apps import apps
from django.db import transaction

from manual import services
from manual.models import Article, Synonym, Topic

TEXT_KEYS = ["title", "summary", "body", "duration", "fees", "documents", "legal_basis"]


def load_topics(topics):
    loaded = {}
    for item in topics:
        topic, _created = Topic.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "title": item["title"],
                "title_en": item.get("title_en", ""),
                "description": item.get("description", ""),
                "description_en": item.get("description_en", ""),
                "icon": item.get("icon", ""),
                "order": item.get("order", 0),
                "visibility": item.get("visibility", Topic.Visibility.PUBLIC),
            },
        )
        loaded[topic.slug] = topic
    return loaded


def _same_text(revision, text):
    if revision is None:
        return False
    if any(
        getattr(revision, key) != text.get(key, [] if key in {"documents", "legal_basis"} else "")
        for key in TEXT_KEYS
    ):
        return False
    steps = [
        (step.title, step.what, step.where, step.duration, step.cost)
        for step in revision.steps.all()
    ]
    wanted = [
        tuple(step.get(key, "") for key in ["title", "what", "where", "duration", "cost"])
        for step in text.get("steps", [])
    ]
    return steps == wanted


def _publish(article, language, text, author):
    current = article.published_ru if language == "ru" else article.published_en
    if _same_text(current, text):
        return current
    revision = services.revision_create(
        article=article,
        language=language,
        author=author,
        steps=text.get("steps", []),
        **{
            key: text.get(key) or ([] if key in {"documents", "legal_basis"} else "")
            for key in TEXT_KEYS
        },
    )
    return services.article_publish(revision=revision, user=None)


def _partners(slugs):
    if not apps.is_installed("stakeholders"):
        return []
    Organisation = apps.get_model("stakeholders", "Organisation")
    return list(Organisation.objects.filter(slug__in=slugs))


@transaction.atomic
def load_articles(articles, topics, author=None):
    loaded = {}
    for item in articles:
        article, _created = Article.objects.get_or_create(
            slug=item["slug"], defaults={"title": item["ru"]["title"]}
        )
        article.visibility = item.get("visibility", "public")
        article.audiences = list(item.get("audiences", []))
        article.review_interval_days = item.get("review_interval_days", 365)
        article.save(update_fields=["visibility", "audiences", "review_interval_days"])
        article.topics.set([topics[slug] for slug in item.get("topics", []) if slug in topics])
        article.partners.set(_partners(item.get("partners", [])))
        _publish(article, "ru", item["ru"], author)
        article.refresh_from_db()
        if item.get("en"):
            _publish(article, "en", item["en"], author)
        if item.get("last_reviewed"):
            Article.objects.filter(pk=article.pk).update(
                last_reviewed=date.fromisoformat(item["last_reviewed"])
            )
        loaded[article.slug] = article
    for item in articles:
        related = [loaded[slug] for slug in item.get("related", []) if slug in loaded]
        loaded[item["slug"]].related.set(related)
    return loaded


def load_synonyms():
    """The editors' starting synonyms and related terms (seeded by migrations; a flushed
    test database or an editor's deletion brings them back here)."""
    synonyms = importlib.import_module("manual.migrations.0003_seed_synonyms").SYNONYMS
    related = importlib.import_module("manual.migrations.0011_seed_related_terms").RELATED_TERMS
    for term, expansions in [*synonyms, *related]:
        Synonym.objects.get_or_create(term=term, defaults={"expansions": expansions})


def load(*, offices=None, users=None):
    from manual import demo_content

    author = (users or {}).get("editor")
    load_synonyms()
    topics = load_topics(demo_content.TOPICS)
    return load_articles(demo_content.ARTICLES, topics, author=author)
