"""Who may see what: internal articles and documents exist only for staff; everyone
else gets a 404, as if they were not there."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from manual.models import Article, Document


def is_staff(user):
    return user.is_authenticated and user.is_staff


def get_article_for_user(user, slug):
    """A published article with everything its page shows, or 404."""
    related = Article.objects.visible_to(user).select_related("published_ru", "published_en")
    queryset = (
        Article.objects.visible_to(user)
        .select_related("published_ru", "published_en")
        .prefetch_related(
            "topics",
            "partners",
            Prefetch("related", queryset=related),
        )
    )
    return get_object_or_404(queryset, slug=slug)


def get_document_for_user(user, pk):
    documents = Document.objects.all()
    if not is_staff(user):
        documents = documents.filter(visibility=Document.Visibility.PUBLIC)
    return get_object_or_404(documents, pk=pk)
