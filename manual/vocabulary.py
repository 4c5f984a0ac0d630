"""The manual's words: how a query is cleaned and split, the editors' related terms
(Synonym) and the vocabulary of the published text (SearchWord) that close spellings come
from. The ranking in `manual.search` builds on these."""

import re
import unicodedata

from django.db import connection, transaction

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
WORD = re.compile(r"\w+", re.UNICODE)


def normalise(raw):
    """The query as searched and logged: printable, single-spaced, at most 200 chars."""
    text = unicodedata.normalize("NFKC", str(raw or ""))
    text = "".join(
        " " if unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} else char
        for char in text[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def fold(text):
    # The Russian snowball stemmer treats ё and е as different letters; people don't.
    return (text or "").replace("ё", "е").replace("Ё", "Е")


def query_words(query):
    return [word for word in WORD.findall(fold(query).lower()) if word != "_"][:MAX_WORDS]


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


def tsquery_sql(config, terms, params):
    parts = []
    for term in terms:
        parts.append(f"plainto_tsquery('{config}', %s)")
        params.append(term)
    return " || ".join(parts) if parts else f"plainto_tsquery('{config}', '')"
