from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from infopoint.admin_columns import PageLanguageNameMixin
from infopoint.admin_scope import ScopedModelAdmin, ScopedTabularInline
from manual import services, vocabulary
from manual.forms import ArticleAdminForm
from manual.models import Article, ArticleRevision, Document, Topic


@admin.register(Topic)
class TopicAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    name_field = "title"
    list_display = ["title", "title_en", "slug", "order", "visibility"]
    list_filter = ["visibility"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["title_en"]}
    search_fields = ["title", "title_en"]


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("needs review")
    parameter_name = "needs_review"

    def lookups(self, request, model_admin):
        return [("yes", _("review interval passed"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.needing_review()
        return queryset


class EnglishOutOfDateFilter(admin.SimpleListFilter):
    title = _("English version")
    parameter_name = "english"

    def lookups(self, request, model_admin):
        return [("stale", _("may be out of date")), ("missing", _("missing"))]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.english_out_of_date()
        if self.value() == "missing":
            return queryset.filter(published_en__isnull=True)
        return queryset


class RevisionInline(ScopedTabularInline):
    model = ArticleRevision
    fields = ["language", "title", "status", "author", "created_at", "published_at"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    form = ArticleAdminForm
    # An article's English title is its published English revision's.
    name_field = "title"
    name_english = "published_en__title"
    list_display = [
        "title",
        "status",
        "visibility",
        "last_reviewed",
        "review_due",
        "english_state",
        "view_count",
    ]
    list_filter = [
        "status",
        "visibility",
        NeedsReviewFilter,
        EnglishOutOfDateFilter,
        "topics",
    ]
    list_select_related = ["published_ru", "published_en"]
    search_fields = ["title", "slug"]
    filter_horizontal = ["topics", "partners", "related"]
    readonly_fields = ["status", "published_ru", "published_en", "view_count", "public_link"]
    fields = [
        "title",
        "slug",
        "visibility",
        "status",
        "public_link",
        "topics",
        "audiences",
        "partners",
        "related",
        "last_reviewed",
        "review_interval_days",
        "publish_at",
        "published_ru",
        "published_en",
        "view_count",
    ]
    inlines = [RevisionInline]
    actions = ["archive", "mark_reviewed"]

    def get_readonly_fields(self, request, obj=None):
        # The scheduler publishes whatever is in review when the moment comes: choosing
        # the moment is publishing, so it is for those who may publish.
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly if services.can_publish(request.user) else [*readonly, "publish_at"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.may_publish = services.can_publish(request.user)
        return form

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # Close spellings offered to the public come only from public articles' words.
        if "visibility" in form.changed_data:
            vocabulary.refresh_vocabulary()

    @admin.display(description=_("review due"), boolean=True)
    def review_due(self, article):
        return article.needs_review

    @admin.display(description=_("English"))
    def english_state(self, article):
        if not article.published_en_id:
            return _("missing")
        if article.english_out_of_date:
            return _("may be out of date")
        return _("current")

    @admin.display(description=_("public page"))
    def public_link(self, article):
        if not article.pk:
            return "—"
        revisions = reverse("admin:manual_articlerevision_changelist")
        add = reverse("admin:manual_articlerevision_add")
        links = format_html(
            '<a href="{}?article__id__exact={}">{}</a>'
            ' · <a href="{}?article={}&amp;language=ru">{}</a>'
            ' · <a href="{}?article={}&amp;language=en">{}</a>',
            revisions,
            article.pk,
            _("all revisions"),
            add,
            article.pk,
            _("new Russian revision"),
            add,
            article.pk,
            _("new English revision"),
        )
        if article.published_ru_id:
            return format_html(
                '<a href="{}">{}</a> · {}', article.get_absolute_url(), _("open"), links
            )
        return links

    @admin.action(description=_("Archive the selected articles"))
    def archive(self, request, queryset):
        try:
            for article in queryset:
                services.article_archive(article=article, user=request.user)
        except PermissionDenied as error:
            self.message_user(request, str(error), messages.ERROR)

    @admin.action(description=_("Mark the selected articles as reviewed today"))
    def mark_reviewed(self, request, queryset):
        for article in queryset:
            services.article_mark_reviewed(article=article, user=request.user)


@admin.register(Document)
class DocumentAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    name_field = "title"
    list_display = ["title", "topic", "visibility", "uploaded_at"]
    list_filter = ["visibility", "topic"]
    search_fields = ["title", "title_en"]
