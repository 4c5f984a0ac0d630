"""The manual's articles as the dashboard shows them now — how many are published, their
views, the most viewed and the stalest due for review — read once per process for each
state of the articles.

Two queries read them (`figures.manual_articles`), which every dashboard would run. What
they read changes only when:
- an article is added, published, withdrawn, edited or marked reviewed: each such write
  adds a row to its history (pghistory: every insert, and every update of anything but
  the view counter);
- a published revision is edited (revisions are not, once published; their history
  would show it);
- an article is deleted (no history row, but fewer published articles);
- views are counted (`count_view` only adds: the published articles' views add up to
  more).
One small query reads those four — the newest history rows, by their primary keys, and
the number and the views of the published articles — and while they and the day are the
same, the articles read before are shown again. It reads from the database the articles
come from (the replica, for the dashboards, when there is one), so the two always agree.
"""

import threading

from django.db import connections, router

from manual.models import Article, ArticleRevision
from monitoring.dashboards.figures import manual_articles

ENTRIES = 64
_lock = threading.Lock()
_kept = {}


def forget_articles():
    """Forget the articles read in this process (tests)."""
    with _lock:
        _kept.clear()


def current_articles(*, today, state=None):
    """`figures.manual_articles(today)`, read again only when the articles changed.
    `state`: `articles_state()` already read for this request."""
    key = (state or articles_state(), today)
    articles = _kept.get(key)
    if articles is None:
        articles = manual_articles(today=today)
        with _lock:
            if len(_kept) >= ENTRIES:
                _kept.clear()
            _kept[key] = articles
    return articles


def articles_state():
    """What the articles as the dashboard shows them depend on, besides the day: the
    newest history rows of articles and revisions, the number of published articles and
    their views. One query."""
    # Plain SQL: it runs on every dashboard, and the ORM would take longer to write it
    # than the database to answer.
    history = Article.pgh_event_model._meta
    revisions = ArticleRevision.pgh_event_model._meta
    article = Article._meta
    sql = f"""
        SELECT (SELECT max({history.pk.column}) FROM {history.db_table}),
               (SELECT max({revisions.pk.column}) FROM {revisions.db_table}),
               count(*), coalesce(sum({article.get_field("view_count").column}), 0)
        FROM {article.db_table} WHERE {article.get_field("status").column} = %s
    """  # noqa: S608 (table and column names from the models; the status is a parameter)
    with connections[router.db_for_read(Article)].cursor() as cursor:
        cursor.execute(sql, [Article.Status.PUBLISHED])
        return cursor.fetchone()
