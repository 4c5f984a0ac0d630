import pghistory
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from manual.models.articles import Topic

DOCUMENT_EXTENSIONS = ["pdf", "docx", "xlsx", "odt"]
DOCUMENT_MAX_BYTES = 10 * 1024 * 1024


def validate_document_size(file):
    if file.size > DOCUMENT_MAX_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."), code="document_too_large")


@pghistory.track(
    model_name="DocumentHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Document(models.Model):
    """A file of the desk (regulations, the policy document …), public or staff only."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("public")
        INTERNAL = "internal", _("internal (staff only)")

    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="documents", verbose_name=_("topic")
    )
    title = models.CharField(_("title"), max_length=200)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    file = models.FileField(
        _("file"),
        upload_to="manual/documents/%Y/",
        validators=[
            FileExtensionValidator(allowed_extensions=DOCUMENT_EXTENSIONS),
            validate_document_size,
        ],
        help_text=_("PDF, DOCX, XLSX or ODT, at most 10 MB."),
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility, default=Visibility.PUBLIC
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["topic", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]),
                name="document_visibility_valid",
            ),
        ]

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("manual:document", kwargs={"pk": self.pk})

    @property
    def display_title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1].upper() if self.file else ""
