"""Full-text search of the manual.

Each published revision stores a weighted tsvector in its own language's configuration
(title A, summary B, steps and documents C, body D), written by the publish service. A
query is cleaned (control characters, NUL and oversized input never reach PostgreSQL as
syntax: every word goes through plainto_tsquery as a parameter), expanded with the
editors' synonyms and with close spellings from the manual's own vocabulary (pg_trgm), and
ranked with ts_rank_cd. Snippets come from ts_headline with private-use marker characters
that are turned into <mark> only after the whole snippet has been escaped.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import Value
from django.utils.html import escape
from django.utils.safestring import mark_safe

from manual.models import Article, ArticleRevision, SearchQuery, Synonym

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
PAGE_SIZE = 10
CONFIGS = {"ru": "russian", "en": "english"}
MARK_START, MARK_STOP = "\ue000", "\ue001"
WORD = re.compile(r"\w+", re.UNICODE)
# Below this many full-text hits, titles that merely look like the query are added too.
FEW_RESULTS = 3


def normalise(raw):
    """The query as searched and logged: printable, single-spaced, at most 200 chars."""
    text = unicodedata.normalize("NFKC", str(raw or ""))
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} else char
        for char in text[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def _fold(text):
    # The Russian snowball stemmer treats ё and е as different letters; people don't.
    return (text or "").replace("ё", "е").replace("Ё", "Е")


def query_words(query):
    return [word for word in WORD.findall(_fold(query).lower()) if word != "_"][:MAX_WORDS]


def update_search_vector(revision):
    """Store the revision's weighted search vector (called by the publish service)."""
    config = CONFIGS[revision.language]
    steps = " ".join(f"{step.title} {step.what} {step.where}" for step in revision.steps.all())
    documents = " ".join(str(item) for item in revision.documents or [])
    parts = [
        (revision.title, "A"),
        (revision.summary, "B"),
        (f"{steps} {documents}", "C"),
        (f"{revision.body} {revision.duration} {revision.fees}", "D"),
    ]
    vector = None
    for text, weight in parts:
        part = SearchVector(Value(_fold(text)), config=config, weight=weight)
        vector = part if vector is None else vector + part
    ArticleRevision.objects.filter(pk=revision.pk).update(search_vector=vector)


def synonym_phrases(query, words):
    """Phrases that mean the same as something in the query, from the editors' list."""
    padded = f" {' '.join(words)} "
    phrases = []
    for synonym in Synonym.objects.all():
        group = [synonym.term, *synonym.expansions]
        folded = [" ".join(query_words(item)) for item in group]
        if any(item and f" {item} " in padded for item in folded):
            phrases.extend(item for item in folded if item and f" {item} " not in padded)
    return phrases[:MAX_WORDS]


CURRENT_REVISIONS = """
    FROM manual_articlerevision r
    JOIN manual_article a ON a.id = r.article_id
     AND (a.published_ru_id = r.id OR a.published_en_id = r.id)
"""


def close_spellings(words, *, public_only=True):
    """For query words the manual never uses, the most similar words it does use."""
    candidates = [word for word in words if len(word) >= 4 and not word.isdigit()]
    if not candidates:
        return {}
    sql = f"""
        WITH vocabulary AS (
            SELECT DISTINCT unnest(regexp_split_to_array(
                lower(translate(r.title || ' ' || r.summary || ' ' || r.body, 'ёЁ', 'еЕ')),
                '[^[:alnum:]]+')) AS word
            {CURRENT_REVISIONS}
            WHERE a.status = 'published' {"AND a.visibility = 'public'" if public_only else ""}
        ), asked AS (SELECT unnest(%s::text[]) AS word)
        SELECT DISTINCT ON (asked.word) asked.word, vocabulary.word
        FROM asked JOIN vocabulary ON similarity(vocabulary.word, asked.word) > 0.4
        WHERE NOT EXISTS (SELECT 1 FROM vocabulary known WHERE known.word = asked.word)
        ORDER BY asked.word, similarity(vocabulary.word, asked.word) DESC
    """  # noqa: S608 (no user input in the f-string; words are parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, [candidates])
        return dict(cursor.fetchall())


@dataclass
class Hit:
    article: Article
    rank: float
    snippet: str = ""


@dataclass
class SearchResults:
    query: str
    hits: list = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 1
    corrections: dict = field(default_factory=dict)

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.pages


def _tsquery_sql(config, terms, params):
    parts = []
    for term in terms:
        parts.append(f"plainto_tsquery('{config}', %s)")
        params.append(term)
    return " || ".join(parts) if parts else f"plainto_tsquery('{config}', '')"


def _rank(*, query, terms, language, public_only, topic, audience, trigram):
    params = []
    ru_or = _tsquery_sql("russian", terms, params)
    en_or = _tsquery_sql("english", terms, params)
    params += [query, query, language, query]
    filters = ["a.status = 'published'"]
    if public_only:
        filters.append("a.visibility = 'public'")
    if topic is not None:
        filters.append(
            "EXISTS (SELECT 1 FROM manual_article_topics t "
            "WHERE t.article_id = a.id AND t.topic_id = %s)"
        )
        params.append(topic.pk)
    if audience:
        filters.append("%s = ANY(a.audiences)")
        params.append(audience)
    match = "r.search_vector @@ (CASE r.language WHEN 'ru' THEN q.ru_or ELSE q.en_or END)"
    if trigram:
        match = f"({match} OR word_similarity(q.raw, r.title) > 0.5)"
    sql = f"""
        WITH q AS (
            SELECT ({ru_or}) AS ru_or, ({en_or}) AS en_or,
                   plainto_tsquery('russian', %s) AS ru_and,
                   plainto_tsquery('english', %s) AS en_and,
                   %s::text AS lang, %s::text AS raw
        )
        SELECT article_id, revision_id, rank FROM (
            SELECT DISTINCT ON (r.article_id) r.article_id, r.id AS revision_id,
              (ts_rank_cd(r.search_vector,
                          CASE r.language WHEN 'ru' THEN q.ru_or ELSE q.en_or END)
               + 2 * ts_rank_cd(r.search_vector,
                                CASE r.language WHEN 'ru' THEN q.ru_and ELSE q.en_and END)
               + word_similarity(q.raw, r.title) / 2)
              * (CASE WHEN r.language = q.lang THEN 1.0 ELSE 0.9 END) AS rank
            {CURRENT_REVISIONS}
            CROSS JOIN q
            WHERE {" AND ".join(filters)} AND {match}
            ORDER BY r.article_id, rank DESC
        ) best
        ORDER BY rank DESC, article_id
    """  # noqa: S608 (fragments are constants; every value is a parameter)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _snippets(revisions, terms):
    """{revision id: escaped HTML with <mark>} for the shown page only."""
    if not revisions:
        return {}
    params = []
    ru_or = _tsquery_sql("russian", terms, params)
    en_or = _tsquery_sql("english", terms, params)
    options = (
        f"StartSel={MARK_START}, StopSel={MARK_STOP}, MaxWords=28, MinWords=12, "
        "MaxFragments=2, FragmentDelimiter= … "
    )
    sql = f"""
        WITH q AS (SELECT ({ru_or}) AS ru_or, ({en_or}) AS en_or)
        SELECT r.id, ts_headline(
            CASE r.language WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END,
            translate(r.summary || ' ' || r.body, %s, ''),
            CASE r.language WHEN 'ru' THEN q.ru_or ELSE q.en_or END,
            %s)
        FROM manual_articlerevision r CROSS JOIN q WHERE r.id = ANY(%s)
    """  # noqa: S608
    # Markdown emphasis and heading marks are noise in a snippet; the markers are ours.
    params += [MARK_START + MARK_STOP + "*#`>|", options, [revision.pk for revision in revisions]]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {pk: highlight(text) for pk, text in cursor.fetchall()}


def highlight(text):
    """Escape everything, then turn the markers (and only them) into <mark>."""
    safe = escape(text or "")
    safe = safe.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    # A marker without its partner would leave an unbalanced tag.
    if safe.count("<mark>") != safe.count("</mark>"):
        safe = escape(text.replace(MARK_START, "").replace(MARK_STOP, ""))
    return mark_safe(safe)  # escaped above


def search(
    raw_query,
    *,
    language,
    public_only=True,
    topic=None,
    audience=None,
    page=1,
    page_size=PAGE_SIZE,
    snippets=True,
):
    query = normalise(raw_query)
    results = SearchResults(query=query)
    words = query_words(query)
    if not words:
        return results
    corrections = close_spellings(words, public_only=public_only)
    terms = [*words, *corrections.values(), *synonym_phrases(query, words)]
    terms = list(dict.fromkeys(terms))
    folded = " ".join(words)
    options = {
        "query": folded,
        "terms": terms,
        "language": language,
        "public_only": public_only,
        "topic": topic,
        "audience": audience,
    }
    ranked = _rank(**options, trigram=False)
    if len(ranked) < FEW_RESULTS:
        ranked = _rank(**options, trigram=True)
    results.corrections = corrections
    results.total = len(ranked)
    results.pages = max(1, -(-results.total // page_size))
    results.page = min(max(1, page), results.pages)
    shown = ranked[(results.page - 1) * page_size : results.page * page_size]
    articles = Article.objects.select_related("published_ru", "published_en").in_bulk(
        [article_id for article_id, _revision, _rank in shown]
    )
    hits = [Hit(article=articles[article_id], rank=rank) for article_id, _r, rank in shown]
    if snippets:
        display = [hit.article.revision_for(language) for hit in hits]
        texts = _snippets(display, terms)
        for hit, revision in zip(hits, display, strict=True):
            hit.snippet = texts.get(revision.pk, "")
    results.hits = hits
    return results


def log_query(results, *, language):
    if results.query:
        SearchQuery.objects.create(
            query=results.query.lower(), language=language, result_count=results.total
        )
