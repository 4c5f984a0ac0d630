from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from desk.models import (
    Case,
    CaseEvent,
    Consent,
    Entrepreneur,
    FollowUp,
    Office,
    OpeningHours,
    ServiceStandard,
)
from desk.services import cases as case_services
from desk.services import entrepreneurs as entrepreneur_services
from infopoint.admin_columns import PageLanguageNameMixin, titled
from infopoint.admin_scope import ScopedModelAdmin, ScopedStackedInline, ScopedTabularInline


class OpeningHoursInline(ScopedTabularInline):
    model = OpeningHours
    extra = 0


class ServiceStandardInline(ScopedStackedInline):
    model = ServiceStandard
    extra = 0
    max_num = 1


class OfficeAdminForm(forms.ModelForm):
    acting_user = None  # set by OfficeAdmin.get_form

    def clean_staff(self):
        staff = self.cleaned_data["staff"]
        was = self.instance.pk is not None and self.instance.staff.contains(self.acting_user)
        if (self.acting_user in staff) != was:
            raise ValidationError(
                _("Nobody changes their own office membership; ask another administrator."),
                code="own_membership",
            )
        return staff


@admin.register(Office)
class OfficeAdmin(PageLanguageNameMixin, ScopedModelAdmin):
    form = OfficeAdminForm
    list_display = ["name", "address", "phone", "is_public", "order"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["staff"]
    inlines = [OpeningHoursInline, ServiceStandardInline]

    def get_readonly_fields(self, request, obj=None):
        # Who works in which office is the administrator's decision alone: the office
        # decides which cases and personal data its staff see.
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly if request.user.is_superuser else [*readonly, "staff"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.acting_user = request.user
        return form


@admin.register(ServiceStandard)
class ServiceStandardAdmin(ScopedModelAdmin):
    list_display = ["office", "first_answer_days", "resolution_days", "partner_answer_days"]
    list_select_related = ["office"]


class NoDeleteMixin:
    """Cases and entrepreneurs are never deleted (anonymisation erases personal data)."""

    def has_delete_permission(self, request, obj=None):
        return False


class ConsentInline(ScopedTabularInline):
    model = Consent
    extra = 0
    fields = ["given_at", "channel", "text_version", "recorded_by", "withdrawn_at"]
    readonly_fields = ["given_at", "channel", "text_version", "recorded_by"]

    # Consent is recorded at the desk, with the text version shown; here it can only be
    # withdrawn.
    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class EntrepreneurAdminForm(forms.ModelForm):
    def clean_inn(self):
        # The office of the record is not on the form, so Django would skip the constraint
        # that names it: the INN is checked among that office's records here (which that
        # office's staff see), never among another office's.
        inn = self.cleaned_data["inn"]
        if inn:
            taken = Entrepreneur.objects.filter(office=self.instance.office_id, inn=inn)
            if taken.exclude(pk=self.instance.pk).exists():
                constraint = next(
                    item
                    for item in Entrepreneur._meta.constraints
                    if item.name == "entrepreneur_inn_per_office_unique"
                )
                raise ValidationError(
                    constraint.get_violation_error_message(),
                    code=constraint.violation_error_code,
                )
        return inn


@admin.register(Entrepreneur)
class EntrepreneurAdmin(NoDeleteMixin, ScopedModelAdmin):
    form = EntrepreneurAdminForm
    list_display = ["name", "business_name", "legal_form", "inn", "phone", "last_activity_at"]
    list_filter = ["legal_form", "language", "offices"]
    search_fields = ["name", "business_name", "inn", "phone", "email"]
    readonly_fields = ["created_at", "last_activity_at", "anonymised_at"]
    # Which office recorded the person, and which other office's record is the same
    # taxpayer, would tell an office that shares the record (or none of it) where else the
    # person consulted: the intake sets both, nobody edits or sees them here. Nor which
    # offices see the record: the office's cases decide that (the intake, a hand-over);
    # someone who works at two offices would otherwise show one office's record to the
    # other office's staff.
    exclude = ["office", "first_record", "offices"]
    inlines = [ConsentInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "inn" in form.changed_data:
            # The figures' link to other offices' records of the same taxpayer follows
            # the INN (set at the intake, put right here).
            entrepreneur_services.taxpayer_relink(
                record=obj, previous_inn=form.initial.get("inn") or ""
            )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The office of the record always sees it: the intake's duplicate check, which
        # stands for the per-office INN constraint, can then show it to that office.
        if form.instance.office_id is not None:
            form.instance.offices.add(form.instance.office_id)

    def has_add_permission(self, request):
        # A person is recorded at the intake, which records their consent with the text
        # version shown (152-FZ art. 9); here nobody could record it.
        return False


class CaseEventInline(ScopedTabularInline):
    model = CaseEvent
    extra = 0
    fields = ["created_at", "kind", "author", "from_status", "to_status", "text"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class FollowUpInline(ScopedTabularInline):
    model = FollowUp
    extra = 0
    fields = ["due_date", "text", "assigned_to", "done_at"]
    autocomplete_fields = []


class CaseAdminForm(forms.ModelForm):
    """A case stands on its own office's record of the person: an entrepreneur chosen
    here is one of the case's office; a case handed over to another office keeps its
    entrepreneur on the form and is given the receiving office's own record of them
    (`case_move`), with the entrepreneur's agreement."""

    entrepreneur_agreed = forms.BooleanField(
        label=_("The entrepreneur agreed to the hand-over"),
        required=False,
        help_text=_(
            "Only when you change the office of a case with an entrepreneur: the other "
            "office then keeps the entrepreneur's details on a record of its own."
        ),
    )
    receiving_office = None  # set by clean() when the office changes

    def clean(self):
        cleaned = super().clean()
        office = cleaned.get("office")
        if office is None or "entrepreneur" not in cleaned:
            return cleaned  # the field's own error says why
        chosen = cleaned["entrepreneur"]
        # Before _post_clean the instance still holds the case as it was loaded.
        case = self.instance
        if case.pk is None or office.pk == case.office_id:
            if chosen is not None and chosen.office_id != office.pk:
                self.add_error("entrepreneur", case_services.entrepreneur_of_another_office())
            return cleaned
        if chosen is not None and chosen.pk != case.entrepreneur_id:
            self.add_error(
                "entrepreneur",
                ValidationError(
                    _(
                        "When you change the office, leave the entrepreneur as they are or "
                        "remove them: the receiving office's own record of the person is "
                        "found or made as the case is handed over."
                    ),
                    code="move_with_another_entrepreneur",
                ),
            )
            return cleaned
        problem = case_services.case_move_problem(
            case=case,
            office=office,
            entrepreneur=chosen,
            entrepreneur_agreed=cleaned.get("entrepreneur_agreed", False),
        )
        if problem is not None:
            field = "entrepreneur_agreed" if problem.code == "move_not_agreed" else "office"
            self.add_error(field, problem)
        else:
            self.receiving_office = office
        return cleaned


@admin.register(Case)
class CaseAdmin(NoDeleteMixin, ScopedModelAdmin):
    form = CaseAdminForm
    list_display = [
        "reference",
        "office",
        "channel",
        "status",
        "entrepreneur",
        "officer",
        "opened_at",
        "resolution_due",
        "overdue",
    ]
    list_filter = ["status", "channel", "office", "no_manual_answer"]
    list_select_related = ["office", "entrepreneur", "officer"]
    search_fields = ["reference", "entrepreneur__name", "entrepreneur__business_name"]
    date_hierarchy = "opened_at"
    readonly_fields = [
        "reference",
        "status",
        "opened_at",
        "first_answer_at",
        "resolved_at",
        "closed_at",
        "first_answer_due",
        "resolution_due",
        "version",
    ]
    raw_id_fields = ["entrepreneur"]
    filter_horizontal = ["topics", "handouts"]
    inlines = [FollowUpInline, CaseEventInline]

    def has_add_permission(self, request):
        # Cases are opened through the intake screen, which numbers and times them.
        return False

    def get_fields(self, request, obj=None):
        fields = [
            name for name in super().get_fields(request, obj) if name != "entrepreneur_agreed"
        ]
        # The agreement stands with the office and the entrepreneur it is about.
        fields.insert(fields.index("entrepreneur") + 1, "entrepreneur_agreed")
        return fields

    def save_model(self, request, obj, form, change):
        receiving = form.receiving_office
        if receiving is not None:
            # The other changes are saved at the case's own office, then the case is
            # handed over with its entrepreneur's record made or found there.
            obj.office_id = form.initial["office"]
        super().save_model(request, obj, form, change)
        if receiving is not None:
            case_services.case_move(
                case=obj,
                office=receiving,
                user=request.user,
                entrepreneur_agreed=form.cleaned_data["entrepreneur_agreed"],
            )

    @admin.display(description=_("overdue"), boolean=True)
    def overdue(self, obj):
        return obj.is_overdue


@admin.register(FollowUp)
class FollowUpAdmin(ScopedModelAdmin):
    list_display = ["case", "due_date", "text", "assigned_to", "done_at"]
    list_filter = [("due_date", titled(admin.DateFieldListFilter, _("due date")))]
    list_select_related = ["case", "assigned_to"]
    raw_id_fields = ["case"]


from desk import admin_referrals  # noqa: E402, F401  (referrals, outbox, destruction log)
