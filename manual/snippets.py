"""Snippets of the search results: ts_headline over the revision's text as plain text,
with private-use marker characters that become <mark> only after the whole snippet has been
escaped."""

import re

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe

from manual.vocabulary import tsquery_sql

MARK_START, MARK_STOP = "\ue000", "\ue001"


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


def snippets_for(revisions, terms):
    """{revision id: escaped HTML with <mark>} for the shown page only: plain text (no
    Markdown), from the start of the first sentence that matches, cut at a word."""
    if not revisions:
        return {}
    params = []
    ru_or = tsquery_sql("russian", terms, params)
    en_or = tsquery_sql("english", terms, params)
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
