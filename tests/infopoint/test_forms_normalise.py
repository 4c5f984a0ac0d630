"""Every form of the portal normalises its text in one place (infopoint.validators): the
public forms, the desk's, the dashboards' and every form the admin site builds. A new form
that forgets the mixin fails here."""

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from desk.models import Office
from infopoint.validators import CleanTextMixin
from tests import factories

pytestmark = pytest.mark.django_db

PROJECT_PACKAGES = ["infopoint", "desk", "manual", "feedback", "stakeholders", "monitoring"]
SKIPPED = ()
DIRTY = "Мои\u0306 \u202eсчёт\u202c \u2066ФНС\u2069\x07"


def _project_modules():
    for package in PROJECT_PACKAGES:
        yield importlib.import_module(package)
        for info in pkgutil.walk_packages(
            importlib.import_module(package).__path__, prefix=f"{package}."
        ):
            if ".migrations" in info.name or info.name.startswith(SKIPPED):
                continue
            yield importlib.import_module(info.name)


def _subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)


def project_form_classes():
    list(_project_modules())
    return sorted(
        {
            cls
            for cls in _subclasses(forms.BaseForm)
            if cls.__module__.split(".")[0] in PROJECT_PACKAGES
            # A ModelForm base without a model (CleanTextModelForm) is no form to fill in.
            and getattr(getattr(cls, "_meta", None), "model", True) is not None
        },
        key=lambda cls: f"{cls.__module__}.{cls.__qualname__}",
    )


@pytest.fixture
def form_kwargs(head, office):
    case = factories.CaseFactory(office=office)
    return {
        "user": head,
        "offices": Office.objects.all(),
        "case": case,
        "slots": [],
        "referral": factories.ReferralFactory(case=case),
    }


def _build(form_class, form_kwargs):
    wanted = {
        name
        for cls in form_class.__mro__
        if "__init__" in vars(cls)
        for name, parameter in inspect.signature(cls.__init__).parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY
    }
    return form_class(**{name: form_kwargs[name] for name in wanted if name in form_kwargs})


def admin_form_classes(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    for model_admin in admin.site._registry.values():
        yield model_admin.get_form(request)
        yield model_admin.get_form(request, obj=None, change=False)
        for inline in model_admin.get_inline_instances(request):
            yield inline.get_formset(request).form


def assert_it_normalises(form):
    label = type(form).__qualname__
    assert isinstance(form, CleanTextMixin), f"{label} does not use CleanTextMixin"
    for name, field in form.fields.items():
        if isinstance(field.widget, forms.PasswordInput):
            continue
        with pytest.raises(ValidationError) as refused:
            field.clean("a\x00b")
        if type(field) in (forms.CharField, forms.SlugField, forms.EmailField):
            codes = {error.code for error in refused.value.error_list}
            assert "nul_character" in codes, f"{label}.{name} refused the NUL as {codes}"
            cleaned = field.to_python(DIRTY)
            assert cleaned == "Мой счёт ФНС", f"{label}.{name} keeps {cleaned!r}"


def test_the_walk_finds_the_forms_of_every_layer():
    names = {cls.__qualname__ for cls in project_form_classes()}
    assert {"AskForm", "IntakeForm", "SiteFeedbackForm", "DashboardFilterForm"} <= names
    assert {"RevisionAdminForm", "SubscribeForm", "TokenForm"} <= names


def test_every_form_class_of_the_project_normalises_its_text(form_kwargs):
    checked = 0
    for form_class in project_form_classes():
        assert_it_normalises(_build(form_class, form_kwargs))
        checked += 1
    assert checked >= 20


def test_every_form_the_admin_site_builds_normalises_its_text(admin_user):
    checked = 0
    for form_class in admin_form_classes(admin_user):
        assert_it_normalises(form_class())
        checked += 1
    assert checked >= 40


def test_the_admin_login_form_normalises_the_username_but_not_the_password():
    form = admin.site.login_form()
    assert form.fields["username"].clean("ann\u202ea\x07") == "anna"
    assert form.fields["password"].clean("pa\u202ess\x07 ") == "pa\u202ess\x07 "
