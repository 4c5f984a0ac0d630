from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from feedback import selectors, services
from feedback.forms import ArticleVoteForm, CodeForm, ResponseForm, SiteFeedbackForm
from feedback.models.capture import INVITATION_VALIDITY, SIGNING_SALT, normalise_code
from infopoint.next_url import local_next_url
from infopoint.ratelimit import client_ip, ratelimit
from manual.models import Article

IMPROVEMENTS_PER_PAGE = 10


def _language():
    return "en" if get_language() == "en" else "ru"


@ratelimit(group="feedback-code", rate="30/h")
@require_http_methods(["GET", "POST"])
def enter(request):
    if request.method == "POST":
        form = CodeForm(request.POST)
        if form.is_valid():
            return redirect("feedback:respond", code=form.cleaned_data["code"])
    else:
        form = CodeForm(initial={"code": request.GET.get("code", "")[:20]})
    return render(request, "feedback/enter.html", {"form": form})


@ratelimit(group="feedback-answer", rate="30/h")
@require_http_methods(["GET", "POST"])
def respond(request, code):
    normalised = normalise_code(code)
    invitation = selectors.invitation_by_code(normalised) if normalised else None
    if invitation is None:
        return render(request, "feedback/unknown.html", {"form": CodeForm()}, status=404)
    if normalised != code:
        return redirect("feedback:respond", code=normalised)
    if hasattr(invitation, "response"):
        return render(request, "feedback/answered.html", {"response": invitation.response})
    if invitation.is_expired:
        return render(request, "feedback/expired.html", status=410)
    form = ResponseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["website"]:
            return redirect(invitation)
        try:
            services.response_submit(
                invitation=invitation,
                csat=data["csat"],
                nps=data["nps"],
                what_was_good=data["what_was_good"],
                what_to_improve=data["what_to_improve"],
                anonymous=data["anonymous"],
                may_quote=data["may_quote"],
                language=_language(),
            )
        except ValidationError:
            return render(request, "feedback/expired.html", status=410)
        return redirect(invitation)  # the answered page thanks them and shows the answer
    return render(request, "feedback/respond.html", {"form": form, "invitation": invitation})


@require_GET
def link(request, token):
    try:
        code = signing.loads(token, salt=SIGNING_SALT, max_age=INVITATION_VALIDITY)
    except signing.SignatureExpired:
        return render(request, "feedback/expired.html", status=410)
    except signing.BadSignature:
        return render(request, "feedback/link_invalid.html", {"form": CodeForm()}, status=400)
    code = normalise_code(code)
    if not code:
        return render(request, "feedback/link_invalid.html", {"form": CodeForm()}, status=400)
    return redirect("feedback:respond", code=code)


@require_GET
def qr(request, code):
    invitation = selectors.invitation_by_code(normalise_code(code))
    if invitation is None:
        return HttpResponse(status=404)
    url = settings.SITE_URL + reverse("feedback:respond", kwargs={"code": invitation.code})
    svg = services.qr_svg(url, title=_("QR code: rate your consultation"))
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=86400"
    return response


def _article_url(article):
    try:
        return article.get_absolute_url()
    except NoReverseMatch:  # the manual's article page is not routed in this installation
        return reverse("manual:index")


@ratelimit(group="feedback-vote", rate="60/h")
@require_POST
def article_vote(request, article_id):
    article = get_object_or_404(
        Article.objects.filter(
            visibility=Article.Visibility.PUBLIC, status=Article.Status.PUBLISHED
        ),
        pk=article_id,
    )
    form = ArticleVoteForm(request.POST)
    if form.is_valid():
        if not form.cleaned_data["website"]:
            services.article_vote(
                article=article,
                helpful=form.cleaned_data["helpful"] == "yes",
                comment=form.cleaned_data["comment"],
                language=_language(),
                # X-Forwarded-For only from our own proxies (TRUSTED_PROXIES).
                address=client_ip(request) or "",
            )
        if request.htmx:
            return render(request, "feedback/article_vote.html#thanks", {"article": article})
        if not request.POST.get("next"):
            messages.success(request, _("Thank you! Your answer helps us improve the manual."))
    elif request.htmx:
        return render(
            request, "feedback/article_vote.html#form", {"article": article, "vote_form": form}
        )
    else:
        messages.error(request, _("Please answer yes or no."))
        return HttpResponseRedirect(f"{_article_url(article)}#helpful")
    return HttpResponseRedirect(local_next_url(request, fallback=_article_url(article)))


@ratelimit(group="feedback-site", rate="10/h")
@require_http_methods(["GET", "POST"])
def site(request):
    if request.method == "POST":
        form = SiteFeedbackForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            if not data["website"]:
                services.site_feedback_submit(
                    message=data["message"],
                    email=data["email"],
                    contact_consent=data["contact_consent"],
                    page_url=data["page_url"],
                    language=_language(),
                )
            messages.success(request, _("Thank you! We read every message."))
            return redirect("feedback:site")
    else:
        form = SiteFeedbackForm(initial={"page_url": request.GET.get("from", "")[:500]})
    return render(request, "feedback/site.html", {"form": form})


@require_GET
def you_said_we_did(request):
    page = Paginator(selectors.published_improvements(), IMPROVEMENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "feedback/you_said_we_did.html", {"page": page})
