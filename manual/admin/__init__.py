# The admin by topic; importing each module registers its models.
from manual.admin import articles, revisions, searches  # noqa: F401
from manual.news import admin as news_admin  # noqa: F401
