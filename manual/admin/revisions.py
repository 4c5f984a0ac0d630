import difflib

from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from infopoint.admin_scope import ScopedModelAdmin, ScopedStackedInline
from manual import services
from manual.admin.columns import ArticleColumnMixin
from manual.forms import MarkdownPreviewForm, RevisionAdminForm
from manual.models import ArticleRevision, ArticleStep
from manual.rendering import render_markdown


def current_revision(request):
    """The revision a new one starts from (`?article=…&language=…` on the add page): the
    live one in that language, else the newest. Fixing a typo never means retyping."""
    if not hasattr(request, "_current_revision"):
        article, language = request.GET.get("article", ""), request.GET.get("language", "")
        current = None
        if article.isdigit() and language in ("ru", "en"):
            revisions = ArticleRevision.objects.filter(
                article_id=int(article), language=language
            ).order_by("-created_at", "-pk")
            current = (
                revisions.filter(status=ArticleRevision.Status.PUBLISHED).first()
                or revisions.first()
            )
        request._current_revision = current
    return request._current_revision


# Text the public has read: never edited, never deleted.
PUBLISHED_TEXT = {ArticleRevision.Status.PUBLISHED, ArticleRevision.Status.SUPERSEDED}


def _live_revision(revision):
    return (
        ArticleRevision.objects.filter(
            article_id=revision.article_id,
            language=revision.language,
            status=ArticleRevision.Status.PUBLISHED,
        )
        .exclude(pk=revision.pk)
        .prefetch_related("steps")
        .first()
    )


def _published_message(revision):
    article = revision.article
    article.refresh_from_db(fields=["status", "visibility"])
    if not article.is_public:
        return format_html(_("Published: «{title}»."), title=revision.title)
    with translation.override(revision.language):
        url = article.get_absolute_url()
    return format_html(
        _('Published: «{title}». <a href="{url}">Open the public page</a>'),
        title=revision.title,
        url=url,
    )


class StepInline(ScopedStackedInline):
    model = ArticleStep
    extra = 1
    fields = ["order", "title", "what", "where", "duration", "cost"]

    def get_extra(self, request, obj=None, **kwargs):
        current = current_revision(request) if obj is None else None
        if current is not None:
            return len(current.steps.all()) + 1
        return self.extra


def revision_lines(revision):
    lines = [revision.title, "", revision.summary, ""]
    duration, fees = _("Typical duration"), _("Fees")
    if revision.duration:
        lines.append(f"{duration}: {revision.duration}")
    if revision.fees:
        lines.append(f"{fees}: {revision.fees}")
    for number, step in enumerate(revision.steps.all(), start=1):
        lines.append(
            f"{number}. {step.title} | {step.what} | {step.where} | {step.duration} | {step.cost}"
        )
    lines += [f"☐ {item}" for item in revision.documents or []]
    lines += [f"§ {item.get('title')} {item.get('url')}" for item in revision.legal_basis or []]
    lines += ["", *revision.body.splitlines()]
    return lines


@admin.register(ArticleRevision)
class ArticleRevisionAdmin(ArticleColumnMixin, ScopedModelAdmin):
    form = RevisionAdminForm
    inlines = [StepInline]
    list_display = ["title", "article_title", "language", "status", "author", "created_at"]
    list_filter = ["language", "status", "article"]
    list_select_related = ["article", "author"]
    search_fields = ["title", "article__title", "article__slug"]
    raw_id_fields = ["article", "based_on_ru_revision"]
    readonly_fields = ["status", "author", "created_at", "published_at", "tools"]
    actions = ["submit", "publish", "new_draft"]
    change_form_template = "admin/manual/articlerevision/change_form.html"

    class Media:
        js = ["manual/admin_preview.js"]
        css = {"all": ["manual/admin.css"]}

    def get_fields(self, request, obj=None):
        return [*self.form.Meta.fields, "tools", "status", "author", "created_at", "published_at"]

    def has_change_permission(self, request, obj=None):
        # Published text changes only by publishing a new revision.
        if obj is not None and obj.status in PUBLISHED_TEXT:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        # Nor is it deleted: that took the page off the public manual (archiving is for
        # those who may publish) and rewrote its history.
        if obj is not None and obj.status in PUBLISHED_TEXT:
            return False
        return super().has_delete_permission(request, obj)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        current = current_revision(request)
        if current is not None:
            for key in services.REVISION_FIELDS:
                initial[key] = getattr(current, key)
            if current.based_on_ru_revision_id:
                initial["based_on_ru_revision"] = current.based_on_ru_revision_id
        return initial

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        current = current_revision(request)
        if request.method == "GET" and obj.pk is None and current is not None:
            kwargs["initial"] = [
                {key: getattr(step, key) for key in services.STEP_FIELDS}
                for step in current.steps.all()
            ]
        return kwargs

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # A draft shows what it changes against the live text before it is submitted.
        revision = self.get_object(request, object_id)
        extra_context = dict(extra_context or {})
        if revision is not None and revision.status == ArticleRevision.Status.DRAFT:
            live = _live_revision(revision)
            if live is not None:
                extra_context["live_revision"] = live
                extra_context["diff_table"] = difflib.HtmlDiff(wrapcolumn=70).make_table(
                    revision_lines(live),
                    revision_lines(revision),
                    str(_("live text")),
                    str(_("this draft")),
                    context=True,
                    numlines=2,
                )
        return super().change_view(request, object_id, form_url, extra_context)

    def response_add(self, request, obj, post_url_continue=None):
        # «Save» opens the new draft under its diff and «Save and send for review»: it
        # led to the list of every revision, where the editor had to find the draft again.
        response = super().response_add(request, obj, post_url_continue)
        if {"_addanother", "_continue", IS_POPUP_VAR} & set(request.POST):
            return response
        return redirect("admin:manual_articlerevision_change", obj.pk)

    def response_change(self, request, obj):
        # «Save and send for review» under the diff: the editor reads what the draft
        # changes and sends it on from the same page.
        if "_submit_for_review" not in request.POST:
            return super().response_change(request, obj)
        try:
            services.article_submit(revision=obj, user=request.user)
        except ValidationError as error:
            self.message_user(request, error.messages[0], messages.ERROR)
        else:
            self.message_user(
                request,
                _("Saved and sent for review: a publisher sees it among the revisions on review."),
                messages.SUCCESS,
            )
        return redirect("admin:manual_articlerevision_change", obj.pk)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
            if obj.language == "en" and obj.based_on_ru_revision is None:
                obj.based_on_ru_revision = obj.article.published_ru
        super().save_model(request, obj, form, change)

    @admin.display(description=_("tools"))
    def tools(self, revision):
        if not revision.pk:
            return "—"
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("admin:manual_articlerevision_preview", args=[revision.pk]),
            _("preview as the public will see it"),
            reverse("admin:manual_articlerevision_diff", args=[revision.pk]),
            _("compare with the published text"),
        )

    @admin.action(description=_("Send the selected drafts for review"))
    def submit(self, request, queryset):
        sent = 0
        for revision in queryset:
            try:
                services.article_submit(revision=revision, user=request.user)
            except ValidationError as error:
                self.message_user(request, f"{revision}: {error.messages[0]}", messages.ERROR)
            else:
                sent += 1
        if sent:
            self.message_user(
                request,
                ngettext(
                    "%(count)d revision sent for review.",
                    "%(count)d revisions sent for review.",
                    sent,
                )
                % {"count": sent},
                messages.SUCCESS,
            )

    @admin.action(description=_("Publish the selected revisions"))
    def publish(self, request, queryset):
        for revision in queryset.order_by("language", "created_at"):
            try:
                services.article_publish(revision=revision, user=request.user)
            except PermissionDenied as error:
                self.message_user(request, str(error), messages.ERROR)
                return
            except ValidationError as error:
                self.message_user(request, f"{revision}: {error.messages[0]}", messages.ERROR)
            else:
                # Without it the revision only vanished from the list on review: the
                # publisher could not tell it went live, nor where to check.
                self.message_user(request, _published_message(revision), messages.SUCCESS)

    @admin.action(description=_("Create a new draft from each selected revision"))
    def new_draft(self, request, queryset):
        if not self.has_add_permission(request):
            raise PermissionDenied
        for revision in queryset:
            services.revision_restore(revision=revision, user=request.user)
        self.message_user(request, _("A new draft was created from the old revision."))

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "markdown-preview/",
                view(self.markdown_preview),
                name="manual_articlerevision_markdown",
            ),
            path("<int:pk>/diff/", view(self.diff_view), name="manual_articlerevision_diff"),
            path(
                "<int:pk>/restore/", view(self.restore_view), name="manual_articlerevision_restore"
            ),
            path(
                "<int:pk>/preview/", view(self.preview_view), name="manual_articlerevision_preview"
            ),
            *super().get_urls(),
        ]

    def _revision(self, request, pk):
        if not self.has_view_permission(request):
            raise PermissionDenied
        return get_object_or_404(
            ArticleRevision.objects.select_related("article", "author"), pk=pk
        )

    def markdown_preview(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = MarkdownPreviewForm(request.POST or None)
        body = form.cleaned_data["body"] if request.method == "POST" and form.is_valid() else ""
        return HttpResponse(render_markdown(body))

    def diff_view(self, request, pk):
        revision = self._revision(request, pk)
        others = revision.article.revisions.filter(language=revision.language).exclude(pk=pk)
        against_pk = request.GET.get("against", "")
        against = None
        if against_pk.isdigit():
            against = others.filter(pk=int(against_pk)).first()
        if against is None:
            published = others.filter(status=ArticleRevision.Status.PUBLISHED).first()
            against = published or others.first()
        table = difflib.HtmlDiff(wrapcolumn=70).make_table(
            revision_lines(against) if against else [],
            revision_lines(revision),
            # HtmlDiff escapes the lines but not the column headings, which carry titles.
            escape(str(against)) if against else "—",
            escape(str(revision)),
            context=False,
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Compare revisions"),
            "revision": revision,
            "against": against,
            "others": others,
            "table": table,
            "can_restore": self.has_add_permission(request),
        }
        return TemplateResponse(request, "admin/manual/articlerevision/diff.html", context)

    def restore_view(self, request, pk):
        revision = self._revision(request, pk)
        if request.method != "POST" or not self.has_add_permission(request):
            raise PermissionDenied
        draft = services.revision_restore(revision=revision, user=request.user)
        self.message_user(request, _("A new draft was created from the old revision."))
        return redirect("admin:manual_articlerevision_change", draft.pk)

    def preview_view(self, request, pk):
        revision = self._revision(request, pk)
        return render(
            request,
            "manual/article.html",
            {
                "article": revision.article,
                "revision": revision,
                "steps": list(revision.steps.all()),
                "preview": True,
            },
        )
