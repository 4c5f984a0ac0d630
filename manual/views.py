from django.http import FileResponse, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_POST

from infopoint.next_url import local_next_url
from infopoint.public_cache import public_page
from infopoint.ratelimit import ratelimit
from manual import access, checklists, search, selectors, services
from manual.forms import SearchForm, parse_code, parse_slugs
from manual.news.selectors import upcoming_events

CHECKLIST_SESSION_KEY = "manual_checklist"


@public_page
@require_GET
def home(request):
    """The portal's front page: the manual's way in and the next events."""
    return render(request, "home.html", {"upcoming_events": upcoming_events(limit=3)})


@public_page
@require_GET
def index(request):
    if request.GET.get("q"):
        # The portal's home page search box lands here.
        return redirect(f"{reverse('manual:search')}?{request.GET.urlencode()}")
    return render(
        request,
        "manual/index.html",
        {
            "topics": selectors.topics_with_counts(request.user),
            "most_read": selectors.most_read(request.user),
            "form": SearchForm(),
        },
    )


@public_page
@require_GET
def topic(request, slug):
    topic = access.get_topic_for_user(request.user, slug)
    return render(
        request,
        "manual/topic.html",
        {
            "topic": topic,
            "articles": selectors.topic_articles(request.user, topic),
            "documents": selectors.topic_documents(request.user, topic),
        },
    )


@public_page(counts_views=("manual-article", "slug"))
@require_GET
def article(request, slug):
    language = get_language()
    article = access.get_article_for_user(request.user, slug, language=language)
    revision = article.revision_for(language)
    services.record_view(article)
    # Read only when the page's fragment is rendered, not on every view.
    steps = SimpleLazyObject(lambda: selectors.revision_steps(revision))
    related = SimpleLazyObject(lambda: selectors.related_articles(request.user, article))
    return render(
        request,
        "manual/article.html",
        {
            "article": article,
            "revision": revision,
            "steps": steps,
            "related": related,
            "staff_view": access.is_staff(request.user),
            "english_missing": language == "en" and not article.published_en_id,
            "english_out_of_date": language == "en" and article.english_out_of_date,
            "in_checklist": article.slug in request.session.get(CHECKLIST_SESSION_KEY, []),
            # Back from a vote without JavaScript: thanks in place of the question.
            "voted": request.GET.get("voted") == "1",
        },
    )


def _search(request, form, *, page_size, snippets):
    query, topic, audience, page = form.values()
    return search.search(
        query,
        language=get_language(),
        public_only=not access.is_staff(request.user),
        topic=topic,
        audience=audience,
        page=page,
        page_size=page_size,
        snippets=snippets,
    )


@ratelimit(group="manual-search", rate="60/m", methods=("GET",))
@require_GET
def search_page(request):
    form = SearchForm(request.GET)
    results = _search(request, form, page_size=search.PAGE_SIZE, snippets=True)
    if results.query and results.page == 1:
        search.log_query(results, language=get_language())
    context = {"form": form, "results": results, "staff_view": access.is_staff(request.user)}
    return render(request, "manual/search.html", context)


@ratelimit(group="manual-suggest", rate="240/m", methods=("GET",))
@require_GET
def suggest(request):
    results = _search(request, SearchForm(request.GET), page_size=5, snippets=False)
    return render(request, "manual/search.html#suggestions", {"results": results})


def _checklist_slugs(request):
    if "articles" in request.GET:
        return parse_slugs(request.GET["articles"])
    return parse_slugs(",".join(request.session.get(CHECKLIST_SESSION_KEY, [])))


@require_GET
def checklist(request):
    slugs = _checklist_slugs(request)
    context = checklists.checklist_context(
        request,
        selectors.checklist_articles(request.user, slugs),
        parse_code(request.GET.get("code")),
    )
    return render(request, "manual/checklist.html", context)


@require_GET
def checklist_pdf(request):
    slugs = _checklist_slugs(request)
    context = checklists.checklist_context(
        request,
        selectors.checklist_articles(request.user, slugs),
        parse_code(request.GET.get("code")),
    )
    pdf = checklists.render_pdf(request, context)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="checklist.pdf"'
    return response


def _back(request, fallback):
    return HttpResponseRedirect(local_next_url(request, fallback=fallback))


@ratelimit(group="manual-checklist", rate="60/m")
@require_POST
def checklist_add(request):
    article = access.get_article_for_user(request.user, request.POST.get("article", ""))
    chosen = parse_slugs(",".join([*request.session.get(CHECKLIST_SESSION_KEY, []), article.slug]))
    request.session[CHECKLIST_SESSION_KEY] = chosen
    return _back(request, reverse("manual:checklist"))


@ratelimit(group="manual-checklist", rate="60/m")
@require_POST
def checklist_remove(request):
    removed = request.POST.get("article", "")
    chosen = [s for s in request.session.get(CHECKLIST_SESSION_KEY, []) if s != removed]
    request.session[CHECKLIST_SESSION_KEY] = chosen
    return _back(request, reverse("manual:checklist"))


@require_GET
def document(request, pk):
    document = access.get_document_for_user(request.user, pk)
    return FileResponse(document.file.open("rb"), as_attachment=True)
