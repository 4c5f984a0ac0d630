"""Full-text search of the manual.

Each published revision stores a weighted tsvector in its own language's configuration
(title A, summary B, steps and documents C, body D), written by the publish service. A
query is cleaned (control characters, NUL and oversized input never reach PostgreSQL as
syntax: every word goes through plainto_tsquery as a parameter), expanded with the
editors' synonyms and with close spellings from the manual's own vocabulary (SearchWord,
kept by `manual.vocabulary.refresh_vocabulary` and looked up through its trigram index),
and ranked with ts_rank_cd. Snippets come from `manual.snippets`. With the public page cache
on, each process keeps recent rankings and snippets for one generation of that cache
(CACHES["public"], see `_kept`).
"""

import hashlib
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchVector
from django.core.cache import caches
from django.db import connection
from django.db.models import Value
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from manual.models import Article, ArticleRevision, SearchQuery
from manual.snippets import snippets_for
from manual.vocabulary import (
    CURRENT_REVISIONS,
    close_spellings,
    fold,
    normalise,
    query_words,
    synonym_phrases,
    tsquery_sql,
)

PAGE_SIZE = 10
CONFIGS = {"ru": "russian", "en": "english"}
# Below this many full-text hits, titles that merely look like the query are added too.
FEW_RESULTS = 3
# A query's words in an article's title count for more than their many mentions in a long
# text: «register sole proprietor» found the cash registers' long page before the
# registration of a sole proprietor.
TITLE_BOOST = 4


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
        part = SearchVector(Value(fold(text)), config=config, weight=weight)
        vector = part if vector is None else vector + part
    ArticleRevision.objects.filter(pk=revision.pk).update(search_vector=vector)


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
    related: list = field(default_factory=list)

    @property
    def suggestion(self):
        """The query with each misspelt word replaced by the manual's word («Возможно, вы
        искали …»), or "" when nothing was corrected."""
        if not self.corrections:
            return ""
        return " ".join(self.corrections.get(word, word) for word in query_words(self.query))

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.pages


def _rank(*, query, terms, language, public_only, topic, audience, trigram):
    params = []
    ru_or = tsquery_sql("russian", terms, params)
    en_or = tsquery_sql("english", terms, params)
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
    # Each language's query written out (not taken from q by the revision's language), so
    # that the planner reads the matching revisions from the GIN index on search_vector.
    ru_match = tsquery_sql("russian", terms, params)
    en_match = tsquery_sql("english", terms, params)
    match = (
        f"((r.language = 'ru' AND r.search_vector @@ ({ru_match}))"
        f" OR (r.language <> 'ru' AND r.search_vector @@ ({en_match})))"
    )
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
               + {TITLE_BOOST} * ts_rank(ts_filter(r.search_vector, '{{a}}'),
                                       CASE r.language WHEN 'ru' THEN q.ru_or ELSE q.en_or END)
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


def _rank_words(words, *, language, public_only, topic, audience):
    """(close spellings, related phrases, every term searched for,
    [(article id, revision id, rank)])."""
    corrections = close_spellings(words, public_only=public_only)
    corrected = [corrections.get(word, word) for word in words]
    related = synonym_phrases(" ".join(corrected), list(dict.fromkeys([*words, *corrected])))
    terms = [*words, *corrections.values(), *related]
    terms = list(dict.fromkeys(terms))
    options = {
        "query": " ".join(words),
        "terms": terms,
        "language": language,
        "public_only": public_only,
        "topic": topic,
        "audience": audience,
    }
    ranked = _rank(**options, trigram=False)
    if len(ranked) < FEW_RESULTS:
        ranked = _rank(**options, trigram=True)
    return corrections, related, terms, ranked


# A new generation ends a kept ranking as soon as anything changes what a search finds; the
# hour only lets the memory of rare queries go. With the pages' five minutes, a query asked
# a few times an hour was ranked afresh almost every time.
KEPT_SECONDS = 60 * 60


def _kept(key, compute):
    """compute(), or what it gave for `key` earlier in this generation of the public pages.

    The rankings and snippets of this process's recent queries are kept in CACHES["public"],
    whose keys begin with the page cache's generation. Everything that changes what a search
    finds (publishing, archiving, an article's visibility, topics or audiences, the synonyms)
    happens in the back-office or through the scheduler, and each starts a new generation,
    as it does for the cached public pages. So a kept ranking is never older than a cached
    page (a second, on another instance), never another visitor's (staff and public rankings
    are kept apart), and each visitor's page is still rendered, and their query logged,
    fresh. Without the page cache (tests, PUBLIC_CACHE=0) the alias keeps nothing.
    """
    store = caches["public"]
    # Hashed: a query's words may hold spaces and be long, which keys may not.
    key = hashlib.sha256(repr(key).encode()).hexdigest()
    value = store.get(key)
    if value is None:
        value = compute()
        store.set(key, value, KEPT_SECONDS)
    return value


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
    options = {
        "language": language,
        "public_only": public_only,
        "topic": topic,
        "audience": audience,
    }
    corrections, related, terms, ranked = _kept(
        ("ranking", tuple(words), language, public_only, topic and topic.pk, audience),
        lambda: _rank_words(words, **options),
    )
    results.corrections = dict(corrections)
    # Named on the page in the reader's own alphabet: an English reader searching for a sole
    # proprietor is not told of «ип»; the search itself used them all.
    results.related = [phrase for phrase in related if _written_in(phrase, language)]
    results.total = len(ranked)
    results.pages = max(1, -(-results.total // page_size))
    results.page = min(max(1, page), results.pages)
    shown = ranked[(results.page - 1) * page_size : results.page * page_size]
    # Read when the page shows them: a page whose results are a kept fragment never does.
    results.hits = SimpleLazyObject(
        lambda: _hits(shown, language=language, terms=terms, snippets=snippets)
    )
    return results


CYRILLIC = re.compile("[а-яё]")
LATIN = re.compile("[a-z]")


def _written_in(phrase, language):
    """Whether a (folded, lower-case) phrase is in the language's alphabet; digits are in
    every one."""
    other = LATIN if language == "ru" else CYRILLIC
    return other.search(phrase) is None


def _hits(shown, *, language, terms, snippets):
    # A hit shows the article's title and a snippet read in SQL, not the revisions' texts.
    articles = Article.objects.with_revision_titles().in_bulk(
        [article_id for article_id, _revision, _rank in shown]
    )
    hits = [
        Hit(article=articles[article_id], rank=rank)
        for article_id, _revision, rank in shown
        if article_id in articles  # deleted since it was ranked, a moment ago
    ]
    if snippets:
        display = [hit.article.revision_for(language) for hit in hits]
        # A published revision's text never changes: neither do its snippets for the terms.
        texts = _kept(
            ("snippets", tuple(revision.pk for revision in display), tuple(terms)),
            lambda: snippets_for(display, terms),
        )
        for hit, revision in zip(hits, display, strict=True):
            hit.snippet = texts.get(revision.pk, "")
    return hits


def log_query(results, *, language):
    if not results.query:
        return
    # The log is statistics: a crash may lose its last fraction of a second, and in exchange
    # no search waits for the disk to flush the WAL. set_config(..., true) lasts only for
    # the transaction of this one statement (the view runs in autocommit).
    sql = f"""
        INSERT INTO {SearchQuery._meta.db_table} (query, language, result_count, created_at)
        SELECT %s, %s, %s, %s FROM (SELECT set_config('synchronous_commit', 'off', true)) setting
    """  # noqa: S608 (the table name is ours; values are parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, [results.query.lower(), language, results.total, timezone.now()])
