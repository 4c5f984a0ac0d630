import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from infopoint.validators import CleanTextForm, CleanTextModelForm
from manual.models import Article, ArticleRevision, Audience, Topic
from manual.vocabulary import normalise

SLUG = re.compile(r"^[-a-z0-9_]{1,120}$")
CODE = re.compile(r"^[A-Za-z0-9-]{1,20}$")
MAX_CHECKLIST = 20


def refuse_nul(value):
    if "\x00" in (value or ""):
        raise ValidationError(_("The text contains a forbidden character."), code="nul")


class SearchForm(CleanTextForm):
    """Never invalid for the visitor: unusable filters are simply dropped."""

    q = forms.CharField(label=_("Search the manual"), required=False, strip=False)
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.public(),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    audience = forms.ChoiceField(
        label=_("For"),
        choices=[("", _("Everyone")), *Audience.choices],
        required=False,
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)

    def clean_q(self):
        return normalise(self.cleaned_data.get("q"))

    def values(self):
        """(query, topic, audience, page), falling back to defaults for bad values."""
        self.is_valid()
        data = self.cleaned_data
        return (
            data.get("q") or normalise(self.data.get("q", "")),
            data.get("topic"),
            data.get("audience") or None,
            data.get("page") or 1,
        )

    def topic_choices(self):
        """The topic filter's (value, label) pairs, read with one query (a template's loop
        over the field's choices would count them first)."""
        return [choice for choice in self.fields["topic"].choices]  # noqa: C416


def parse_slugs(raw):
    slugs = []
    for part in str(raw or "")[:3000].split(","):
        part = part.strip().lower()
        if SLUG.match(part) and part not in slugs:
            slugs.append(part)
    return slugs[:MAX_CHECKLIST]


def parse_code(raw):
    code = str(raw or "").strip()[:20]
    return code if CODE.match(code) else ""


class LinesField(forms.CharField):
    """A JSON list edited as one item per line."""

    widget = forms.Textarea(attrs={"rows": 5})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        refuse_nul(text)
        return [line.strip() for line in text.splitlines() if line.strip()]


class LegalBasisField(forms.CharField):
    """[{title, url}] edited as "title | https://…" per line."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(f"{item.get('title', '')} | {item.get('url', '')}" for item in value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        refuse_nul(text)
        items = []
        check_url = URLValidator(schemes=["http", "https"])
        for line in text.splitlines():
            if not line.strip():
                continue
            title, _bar, url = line.rpartition("|")
            title, url = title.strip(), url.strip()
            try:
                check_url(url)
            except ValidationError:
                raise ValidationError(
                    _("“%(line)s” does not end with an http(s) link."),
                    code="legal_basis_url",
                    params={"line": line.strip()[:80]},
                ) from None
            items.append({"title": title or url, "url": url})
        return items


class RevisionAdminForm(CleanTextModelForm):
    documents = LinesField(
        label=_("required documents"), required=False, help_text=_("One document per line.")
    )
    legal_basis = LegalBasisField(
        label=_("legal basis"),
        required=False,
        help_text=_("One per line: title | https://link"),
    )

    class Meta:
        model = ArticleRevision
        fields = [
            "article",
            "language",
            "title",
            "summary",
            "body",
            "duration",
            "fees",
            "documents",
            "legal_basis",
            "based_on_ru_revision",
        ]

    def clean(self):
        cleaned = super().clean()
        for name in ["title", "summary", "body", "duration", "fees"]:
            try:
                refuse_nul(cleaned.get(name))
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned


class ArticleAdminForm(CleanTextModelForm):
    audiences = forms.MultipleChoiceField(
        label=_("audiences"),
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "visibility",
            "topics",
            "audiences",
            "partners",
            "related",
            "last_reviewed",
            "review_interval_days",
            "publish_at",
        ]

    may_publish = False  # set by ArticleAdmin.get_form

    def clean_visibility(self):
        # Showing a published staff-only page to the public publishes it.
        visibility = self.cleaned_data["visibility"]
        shown = (
            self.instance.published_ru_id is not None
            and self.instance.visibility != Article.Visibility.PUBLIC
            and visibility == Article.Visibility.PUBLIC
        )
        if shown and not self.may_publish:
            raise ValidationError(
                _("Only someone who may publish shows a published internal page to the public."),
                code="publish_required",
            )
        return visibility


class MarkdownPreviewForm(CleanTextForm):
    body = forms.CharField(required=False, strip=False, max_length=200_000)
