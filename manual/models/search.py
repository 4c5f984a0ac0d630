from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Synonym(models.Model):
    """Editors' group of synonyms, abbreviations and related terms: a query containing the
    term or any expansion (in any word form) also searches for all the others, so "ИП" finds
    "индивидуальный предприниматель" and «субсидия» finds the grants."""

    term = models.CharField(_("term"), max_length=100, unique=True)
    expansions = ArrayField(
        models.CharField(max_length=200),
        verbose_name=_("expansions"),
        help_text=_(
            "Words or phrases with the same or a related meaning (subsidy, grant, "
            "compensation), separated by commas."
        ),
    )

    class Meta:
        ordering = ["term"]
        verbose_name = _("related terms")
        verbose_name_plural = _("related terms")

    def __str__(self):
        return f"{self.term} ↔ {', '.join(self.expansions)}"


class SearchQuery(models.Model):
    """One search of the public manual; queries without results are content gaps."""

    # No index on the query: every read of the log selects a period by created_at first,
    # and the admin's search is a substring match; each logged search writes fewer pages.
    query = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=2)
    result_count = models.PositiveIntegerField(_("results"))
    created_at = models.DateTimeField(_("searched at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=["ru", "en"]), name="searchquery_language_valid"
            ),
        ]

    def __str__(self):
        return self.query


class SearchWord(models.Model):
    """A word of the published manual, for close spellings of the words a query misspells.
    Derived from the current revisions by `manual.vocabulary.refresh_vocabulary` whenever
    published text or an article's visibility changes: corrections offered to the public
    come only from words with `public` set, so they never reveal an internal article."""

    word = models.CharField(_("word"), max_length=200, primary_key=True)
    public = models.BooleanField(_("used in a public article"))

    class Meta:
        verbose_name = _("search vocabulary word")
        verbose_name_plural = _("search vocabulary")
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="searchword_trgm")]

    def __str__(self):
        return self.word
