"""Background jobs of the manual (django.tasks, database backend)."""

from django.tasks import task

from manual import vocabulary


@task()
def refresh_search_vocabulary() -> int:
    """Rebuild the search vocabulary from the published articles (publishing keeps it up to
    date; run after changes made outside the services). Returns the number of words."""
    return vocabulary.refresh_vocabulary()
