from datetime import timedelta

from django.contrib import admin
from django.db.models import Count, Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from infopoint.admin_scope import ScopedModelAdmin
from manual.models import SearchQuery, Synonym
from manual.selectors import visitor_queries, visitor_question


@admin.register(Synonym)
class SynonymAdmin(ScopedModelAdmin):
    list_display = ["term", "expansions"]
    search_fields = ["term"]


class ZeroResultFilter(admin.SimpleListFilter):
    title = _("results")
    parameter_name = "results"

    def lookups(self, request, model_admin):
        return [("none", _("no results (content gap)"))]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(result_count=0)
        return queryset


class VisitorQueryFilter(admin.SimpleListFilter):
    """Visitors' questions by default; everything, probes and junk included, on request."""

    title = _("which searches")
    parameter_name = "junk"

    def lookups(self, request, model_admin):
        return [("all", _("everything, junk and probes included"))]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("what visitors asked"),
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == "all":
            return queryset
        return visitor_queries(queryset)


@admin.register(SearchQuery)
class SearchQueryAdmin(ScopedModelAdmin):
    """Read-only log; the list page opens with the top and the zero-result queries."""

    list_display = ["query", "language", "result_count", "created_at"]
    list_filter = [VisitorQueryFilter, ZeroResultFilter, "language"]
    search_fields = ["query"]
    date_hierarchy = "created_at"
    change_list_template = "admin/manual/searchquery/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        since = timezone.now() - timedelta(days=90)
        recent = SearchQuery.objects.filter(created_at__gte=since).values("query")
        top = recent.annotate(times=Count("id"), results=Max("result_count"))
        zero = recent.filter(result_count=0).annotate(times=Count("id"))
        if request.GET.get(VisitorQueryFilter.parameter_name) != "all":
            # Each listed text judged once (HAVING), not each of its logged searches.
            top = top.annotate(text=Min("query")).filter(visitor_question("text"))
            zero = zero.annotate(text=Min("query")).filter(visitor_question("text"))
        extra_context = {
            **(extra_context or {}),
            "top_queries": top.order_by("-times", "query")[:20],
            "zero_queries": zero.order_by("-times", "query")[:20],
        }
        return super().changelist_view(request, extra_context)
