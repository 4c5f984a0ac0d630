"""The feedback loop in the back-office: officers and heads triage answers, votes and site
feedback (tags, "needs action") and open improvement actions from them."""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from feedback import access, selectors, services
from feedback.models import (
    ArticleVote,
    ImprovementAction,
    Invitation,
    Response,
    SiteFeedback,
    Tag,
)
from infopoint.admin_columns import PageLanguageNameMixin, yes_no
from infopoint.admin_scope import ScopedModelAdmin
from manual.admin.columns import ArticleColumnMixin


@admin.register(Tag)
class TagAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    list_display = ["name", "name_en"]
    search_fields = ["name", "name_en"]


@admin.register(Invitation)
class InvitationAdmin(ScopedModelAdmin):
    list_display = [
        "reference",
        "display_code",
        "office_id",
        "created_at",
        "sent_at",
        "answered_at",
    ]
    list_filter = ["language", ("sent_at", admin.EmptyFieldListFilter), "answered_at"]
    search_fields = ["reference", "code"]
    date_hierarchy = "created_at"
    # The address itself stays out of sight: officers see it on the case, where access is
    # scoped to their office; here only whether the invitation went out by e-mail.
    fields = [
        "reference",
        "office_id",
        "has_email",
        "language",
        "code",
        "created_at",
        "expires_at",
        "sent_at",
        "answered_at",
    ]
    readonly_fields = [
        "reference",
        "office_id",
        "has_email",
        "language",
        "code",
        "created_at",
        "expires_at",
        "sent_at",
        "answered_at",
    ]

    @admin.display(description=_("by e-mail"))
    def has_email(self, invitation):
        return yes_no(invitation.email)

    @admin.display(description=_("short code"), ordering="code")
    def display_code(self, invitation):
        return invitation.display_code

    # The desk creates an invitation when it closes a case; nobody writes one here. Its
    # code is what the entrepreneur answers with, and deleting it would take their answer
    # with it. Who reads them at all is the role table's (heads and administrators).
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.action(description=_("Mark as needing action"))
def mark_needs_action(modeladmin, request, queryset):
    count = services.feedback_mark_needs_action(items=queryset, needs_action=True)
    # No plural forms: "Marked: 5." reads well in both languages.
    modeladmin.message_user(request, _("Marked: %(count)d.") % {"count": count}, messages.SUCCESS)


@admin.action(description=_("Clear “needs action”"))
def clear_needs_action(modeladmin, request, queryset):
    count = services.feedback_mark_needs_action(items=queryset, needs_action=False)
    modeladmin.message_user(
        request, _("Marks removed: %(count)d.") % {"count": count}, messages.SUCCESS
    )


def _open_improvement_action(modeladmin, request, queryset, field, title):
    if not request.user.has_perm("feedback.add_improvementaction"):
        modeladmin.message_user(
            request, _("You may not open improvement actions."), messages.ERROR
        )
        return None
    items = list(queryset)
    if not items:  # the selection named only items this user may not see, or gone ones
        modeladmin.message_user(
            request, _("None of the selected items is available to you."), messages.WARNING
        )
        return None
    # The first item that says something names the action; the owner refines it.
    titled = next((title(item) for item in items if title(item)), str(items[0]))
    action = services.improvement_action_open(
        title=Truncator(titled).chars(200), owner=request.user, **{field: items}
    )
    modeladmin.message_user(
        request,
        _("Improvement action opened; describe it and set a due date."),
        messages.SUCCESS,
    )
    return redirect("admin:feedback_improvementaction_change", action.pk)


class TriageAdmin(ScopedModelAdmin):
    list_filter = ["needs_action", "tags", "language"]
    filter_horizontal = ["tags"]
    actions = [mark_needs_action, clear_needs_action]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False  # feedback comes from the public site only


@admin.register(Response)
class ResponseAdmin(TriageAdmin):
    list_display = ["created_at", "csat", "nps", "case", "short_comment", "needs_action"]
    list_filter = ["needs_action", "tags", "csat", "anonymous", "language"]
    search_fields = ["what_was_good", "what_to_improve"]
    list_select_related = ["invitation"]

    fields = [
        "case",
        "csat",
        "nps",
        "what_was_good",
        "what_to_improve",
        "answered_anonymously",
        "language",
        "created_at",
        "tags",
        "needs_action",
        "triage_note",
    ]
    readonly_fields = [
        "case",
        "csat",
        "nps",
        "what_was_good",
        "what_to_improve",
        "answered_anonymously",
        "language",
        "created_at",
    ]

    @admin.display(description=_("case"))
    def case(self, response):
        if response.anonymous:
            return _("anonymous")
        return response.invitation.reference

    @admin.display(description=Response._meta.get_field("anonymous").verbose_name)
    def answered_anonymously(self, response):
        return yes_no(response.anonymous)

    @admin.display(description=_("comment"))
    def short_comment(self, response):
        return Truncator(response.what_to_improve or response.what_was_good).chars(80)

    @admin.action(description=_("Open an improvement action from this feedback"))
    def open_improvement_action(self, request, queryset):
        return _open_improvement_action(
            self,
            request,
            queryset,
            "responses",
            # The title shows in the period report, which may be published: only a comment
            # its author let us quote may name the action.
            lambda item: item.what_to_improve if item.may_quote else "",
        )

    actions = [*TriageAdmin.actions, "open_improvement_action"]


@admin.register(ArticleVote)
class ArticleVoteAdmin(ArticleColumnMixin, TriageAdmin):
    list_display = ["created_at", "article_title", "helpful", "comment", "needs_action"]
    list_filter = ["needs_action", "helpful", "tags", "language"]
    search_fields = ["comment", "article__title"]
    list_select_related = ["article"]
    fields = [
        "article",
        "was_helpful",
        "comment",
        "language",
        "created_at",
        "tags",
        "needs_action",
        "triage_note",
    ]
    readonly_fields = ["article", "was_helpful", "comment", "language", "created_at"]
    change_list_template = "admin/feedback/articlevote/change_list.html"
    # The editors' "most unhelpful" list above the votes: recent enough to reflect the
    # current text, with enough votes that one visitor's "no" does not put a page first.
    UNHELPFUL_DAYS = 90
    UNHELPFUL_MIN_VOTES = 3

    def changelist_view(self, request, extra_context=None):
        since = timezone.now() - timedelta(days=self.UNHELPFUL_DAYS)
        extra_context = {
            **(extra_context or {}),
            "most_unhelpful": selectors.most_unhelpful_articles(
                20, min_votes=self.UNHELPFUL_MIN_VOTES, since=since
            ),
            "unhelpful_days": self.UNHELPFUL_DAYS,
            "unhelpful_min_votes": self.UNHELPFUL_MIN_VOTES,
        }
        return super().changelist_view(request, extra_context)

    @admin.display(description=ArticleVote._meta.get_field("helpful").verbose_name)
    def was_helpful(self, vote):
        return yes_no(vote.helpful)

    @admin.action(description=_("Open an improvement action from this feedback"))
    def open_improvement_action(self, request, queryset):
        return _open_improvement_action(
            self,
            request,
            queryset,
            "article_votes",
            lambda item: item.comment,
        )

    actions = [*TriageAdmin.actions, "open_improvement_action"]


@admin.register(SiteFeedback)
class SiteFeedbackAdmin(TriageAdmin):
    list_display = ["created_at", "short_message", "page_url", "email", "needs_action"]
    search_fields = ["message", "email", "page_url"]
    fields = [
        "message",
        "page_url",
        "email",
        "may_contact",
        "language",
        "created_at",
        "tags",
        "needs_action",
        "triage_note",
    ]
    readonly_fields = ["message", "page_url", "email", "may_contact", "language", "created_at"]

    @admin.display(description=SiteFeedback._meta.get_field("contact_consent").verbose_name)
    def may_contact(self, feedback):
        return yes_no(feedback.contact_consent)

    @admin.display(description=_("message"))
    def short_message(self, feedback):
        return Truncator(feedback.message).chars(80)

    @admin.action(description=_("Open an improvement action from this feedback"))
    def open_improvement_action(self, request, queryset):
        return _open_improvement_action(
            self, request, queryset, "site_feedback", lambda item: item.message
        )

    actions = [*TriageAdmin.actions, "open_improvement_action"]


def _set_status(status, description):
    @admin.action(description=description, permissions=["change"])
    def set_status(modeladmin, request, queryset):
        for action in queryset:
            services.improvement_action_set_status(action=action, status=status)
        modeladmin.message_user(request, _("Status changed."), messages.SUCCESS)

    set_status.__name__ = f"mark_{status}"
    return set_status


class ImprovementActionForm(forms.ModelForm):
    acting_user = None  # set by ImprovementActionAdmin.get_form

    def clean_office_id(self):
        office_id = self.cleaned_data["office_id"]
        if not access.may_name_office(self.acting_user, office_id):
            raise ValidationError(
                _("Choose one of your offices, or none for the whole department."),
                code="foreign_office",
            )
        return office_id


@admin.register(ImprovementAction)
class ImprovementActionAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    name_field = "title"
    form = ImprovementActionForm
    list_display = ["title", "owner", "status", "due_date", "overdue", "done_at"]
    list_filter = ["status", "owner"]
    search_fields = ["title", "title_en", "description", "you_said", "we_did"]
    list_select_related = ["owner"]
    date_hierarchy = "created_at"
    autocomplete_fields = []
    raw_id_fields = ["responses", "article_votes", "site_feedback"]
    readonly_fields = ["done_at", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "title_en", "description", "description_en"]}),
        (_("Work"), {"fields": ["owner", "office_id", "status", "due_date", "done_at"]}),
        (
            _("Public “You said, we did” page"),
            {
                "description": _("Shown in public once the status is “done”."),
                "fields": ["you_said", "you_said_en", "we_did", "we_did_en"],
            },
        ),
        (
            _("Feedback that prompted it"),
            {"fields": ["responses", "article_votes", "site_feedback"]},
        ),
        (None, {"fields": ["created_at", "updated_at"]}),
    ]
    actions = [
        _set_status("in_progress", _("Mark as in progress")),
        _set_status("done", _("Mark as done")),
        _set_status("open", _("Reopen")),
    ]

    @admin.display(description=_("overdue"), boolean=True)
    def overdue(self, action):
        return action.is_overdue

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.acting_user = request.user
        return form

    def save_model(self, request, obj, form, change):
        # done_at follows the status, so that the constraint and the public page agree.
        if obj.status == ImprovementAction.Status.DONE and obj.done_at is None:
            from django.utils import timezone

            obj.done_at = timezone.now()
        elif obj.status != ImprovementAction.Status.DONE:
            obj.done_at = None
        super().save_model(request, obj, form, change)
