"""Full-text search of the manual.

Each published revision stores a weighted tsvector in its own language's configuration
(title A, summary B, steps and documents C, body D), written by the publish service. A
query is cleaned (control characters, NUL and oversized input never reach PostgreSQL as
syntax: every word goes through plainto_tsquery as a parameter), expanded with the
editors' synonyms and with close spellings from the manual's own vocabulary (SearchWord,
kept by `refresh_vocabulary` and looked up through its trigram index), and ranked with
ts_rank_cd. Snippets come from ts_headline with private-use marker characters that are
turned into <mark> only after the whole snippet has been escaped. With the public page cache
on, each process keeps recent rankings and snippets for one generation of that cache.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Value
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import escape
from django.utils.safestring import mark_safe

from infopoint import public_cache
from infopoint.lru import BoundedLRU
from manual.models import Article, ArticleRevision, SearchQuery

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


# A group of the editors' related terms applies when every word of one of its phrases is
# in the query, word forms included («субсидии» matches «субсидия»): the phrase's lexemes,
# in either language's stemming, are contained in the query's.
RELATED_GROUPS_SQL = """
    SELECT s.term, s.expansions FROM manual_synonym s
    WHERE EXISTS (
        SELECT 1 FROM unnest(array_prepend(s.term::text, s.expansions::text[])) phrase
        WHERE (numnode(plainto_tsquery('russian', phrase)) > 0
               AND plainto_tsquery('russian', phrase) <@ plainto_tsquery('russian', %s))
           OR (numnode(plainto_tsquery('english', phrase)) > 0
               AND plainto_tsquery('english', phrase) <@ plainto_tsquery('english', %s))
    )
    ORDER BY s.term
"""


def synonym_phrases(query, words):
    """Phrases that mean the same as, or are related to, something in the query, from the
    editors' list (Synonym)."""
    text = " ".join(words)
    padded = f" {text} "
    with connection.cursor() as cursor:
        cursor.execute(RELATED_GROUPS_SQL, [text, text])
        groups = [[term, *expansions] for term, expansions in cursor.fetchall()]
    phrases = []
    for group in groups:
        folded = [" ".join(query_words(item)) for item in group]
        phrases.extend(item for item in folded if item and f" {item} " not in padded)
    return list(dict.fromkeys(phrases))[: MAX_WORDS * 2]


CURRENT_REVISIONS = """
    FROM manual_articlerevision r
    JOIN manual_article a ON a.id = r.article_id
     AND (a.published_ru_id = r.id OR a.published_en_id = r.id)
"""


# Words as the vocabulary splits them: lower case, ё as е, runs of letters and digits.
VOCABULARY_WORDS = """
    SELECT word, bool_or(public) AS public
    FROM (
        SELECT unnest(regexp_split_to_array(
                   lower(translate(r.title || ' ' || r.summary || ' ' || r.body, 'ёЁ', 'еЕ')),
                   '[^[:alnum:]]+')) AS word,
               a.visibility = 'public' AS public
        {current_revisions}
        WHERE a.status = 'published'
    ) words
    WHERE word <> '' AND length(word) <= 200
    GROUP BY word
"""


def refresh_vocabulary():
    """Bring the stored vocabulary (SearchWord) in line with the current revisions of the
    published articles; called whenever published text or an article's visibility changes.
    Returns the number of words."""
    fresh = VOCABULARY_WORDS.format(current_revisions=CURRENT_REVISIONS)
    with transaction.atomic(), connection.cursor() as cursor:
        # Refreshes run one at a time, each reading what the previous one committed;
        # searches keep reading the table meanwhile.
        cursor.execute("LOCK TABLE manual_searchword IN EXCLUSIVE MODE")
        cursor.execute(
            f"""
            WITH fresh AS ({fresh}),
            gone AS (
                DELETE FROM manual_searchword stored
                WHERE NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.word = stored.word)
            )
            INSERT INTO manual_searchword (word, public)
            SELECT word, public FROM fresh
            ON CONFLICT (word) DO UPDATE SET public = excluded.public
            WHERE manual_searchword.public <> excluded.public
            """  # noqa: S608 (constants only)
        )
        cursor.execute("SELECT count(*) FROM manual_searchword")
        return cursor.fetchone()[0]


def close_spellings(words, *, public_only=True):
    """For query words the manual never uses, the most similar words it does use."""
    candidates = [word for word in words if len(word) >= 4 and not word.isdigit()]
    if not candidates:
        return {}
    public = "AND {}.public" if public_only else ""
    # `%%` (similarity above pg_trgm's threshold, 0.3) lets the trigram index find the
    # candidates; the stricter 0.4 is then checked on those few.
    sql = f"""
        WITH asked AS (SELECT unnest(%s::text[]) AS word)
        SELECT DISTINCT ON (asked.word) asked.word, vocabulary.word
        FROM asked JOIN manual_searchword vocabulary
          ON vocabulary.word %% asked.word AND similarity(vocabulary.word, asked.word) > 0.4
        WHERE NOT EXISTS (
            SELECT 1 FROM manual_searchword known
            WHERE known.word = asked.word {public.format("known")}
        ) {public.format("vocabulary")}
        ORDER BY asked.word, similarity(vocabulary.word, asked.word) DESC, vocabulary.word
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
    # Each language's query written out (not taken from q by the revision's language), so
    # that the planner reads the matching revisions from the GIN index on search_vector.
    ru_match = _tsquery_sql("russian", terms, params)
    en_match = _tsquery_sql("english", terms, params)
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


# Markdown as plain text, in SQL, before ts_headline: links keep their text, list, heading,
# quote and table marks at the start of a line go, table rules go, and the remaining marks
# of emphasis and code are dropped. Lines are kept: they end sentences for the snippet.
PLAIN_TEXT_SQL = """
    translate(
        regexp_replace(
            regexp_replace(
                regexp_replace(r.summary || E'\\n\\n' || r.body,
                               '\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'),
                '^[ \\t]*\\|?[ \\t:|-]*-{3,}[ \\t:|-]*$', '', 'gn'),
            '^[ \\t]*(?:[-*+>#]+|[0-9]+[.)])[ \\t]+', '', 'gn'),
        %s, '')
"""
SNIPPET_WORDS = 32
# A sentence ends at a line's end, or after . ! ? … followed by a space and what can begin
# the next one.
SENTENCE_END = re.compile(r"\n+|(?<=[.!?…])\s+(?=[«\"(\w])", re.UNICODE)


def _snippets(revisions, terms):
    """{revision id: escaped HTML with <mark>} for the shown page only: plain text (no
    Markdown), from the start of the first sentence that matches, cut at a word."""
    if not revisions:
        return {}
    params = []
    ru_or = _tsquery_sql("russian", terms, params)
    en_or = _tsquery_sql("english", terms, params)
    options = f"StartSel={MARK_START}, StopSel={MARK_STOP}, HighlightAll=true"
    sql = f"""
        WITH q AS (SELECT ({ru_or}) AS ru_or, ({en_or}) AS en_or)
        SELECT r.id, ts_headline(
            CASE r.language WHEN 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END,
            {PLAIN_TEXT_SQL},
            CASE r.language WHEN 'ru' THEN q.ru_or ELSE q.en_or END,
            %s)
        FROM manual_articlerevision r CROSS JOIN q WHERE r.id = ANY(%s)
    """  # noqa: S608
    # The markers are ours; table cells' bars and emphasis marks are noise in a snippet.
    params += [MARK_START + MARK_STOP + "*`|_", options, [revision.pk for revision in revisions]]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {pk: highlight(snippet_of(text)) for pk, text in cursor.fetchall()}


def snippet_of(text, *, words=SNIPPET_WORDS):
    """From the first sentence with a marked word (or the first sentence), about `words`
    words, ending at a word with « …» if the text goes on (and starting with «… » if that
    sentence is a list item in lower case)."""
    sentences = [" ".join(part.split()) for part in SENTENCE_END.split(text or "")]
    sentences = [sentence for sentence in sentences if sentence]
    start = next((index for index, sentence in enumerate(sentences) if MARK_START in sentence), 0)
    taken = " ".join(sentences[start:]).split(" ")
    snippet = " ".join(taken[:words])
    if snippet[:1].islower():
        # A list item that goes on from an earlier line: say that something comes before.
        snippet = f"… {snippet}"
    return f"{snippet} …" if len(taken) > words else snippet


def highlight(text):
    """Escape everything, then turn the markers (and only them) into <mark>."""
    safe = escape(text or "")
    safe = safe.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    # A marker without its partner would leave an unbalanced tag.
    if safe.count("<mark>") != safe.count("</mark>"):
        safe = escape(text.replace(MARK_START, "").replace(MARK_STOP, ""))
    return mark_safe(safe)  # escaped above


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


# The rankings and snippets of this process's recent queries, kept for one generation of
# the public page cache (the generation is in the key). Everything that changes what a
# search finds (publishing, archiving, an article's visibility, topics or audiences, the
# synonyms) happens in the back-office or through the scheduler, and each starts a new
# generation, as it does for the cached public pages. So a kept ranking is never older than
# a cached page (a second, on another instance), never another visitor's (staff and public
# rankings are kept apart), and each visitor's page is still rendered, and their query
# logged, fresh. Each entry counts 1 towards the size.
RECENT_RANKINGS = 1024
_recent_rankings = BoundedLRU(RECENT_RANKINGS, RECENT_RANKINGS)


def _kept(key, compute):
    """compute(), or what it gave for `key` earlier in this generation of the public pages."""
    if not getattr(settings, "PUBLIC_CACHE_ENABLED", False):
        return compute()
    key = (public_cache.current_generation(), *key)
    value = _recent_rankings.get(key)
    if value is None:
        value = compute()
        _recent_rankings.put(key, value, 1)
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
    results.related = list(related)
    results.total = len(ranked)
    results.pages = max(1, -(-results.total // page_size))
    results.page = min(max(1, page), results.pages)
    shown = ranked[(results.page - 1) * page_size : results.page * page_size]
    # Read when the page shows them: a page whose results are a kept fragment never does.
    results.hits = SimpleLazyObject(
        lambda: _hits(shown, language=language, terms=terms, snippets=snippets)
    )
    return results


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
            lambda: _snippets(display, terms),
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
