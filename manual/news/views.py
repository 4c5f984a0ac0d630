from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from infopoint.public_cache import public_page
from infopoint.ratelimit import ratelimit
from manual.news import selectors, services
from manual.news.feeds import calendar_response
from manual.news.forms import SubscribeForm

NEWS_PER_PAGE = 10


@public_page
@require_GET
def news(request):
    page = Paginator(selectors.published_news(), NEWS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "manual/news.html", {"page": page})


@public_page
@require_GET
def news_detail(request, slug):
    return render(request, "manual/news_detail.html", {"item": selectors.news_item(slug)})


@public_page
@require_GET
def events(request):
    return render(
        request,
        "manual/event_list.html",
        {
            "upcoming": selectors.upcoming_events(),
            "past": selectors.past_events(),
        },
    )


@public_page
@require_GET
def event_detail(request, slug):
    return render(request, "manual/event_detail.html", {"event": selectors.event(slug)})


@require_GET
def event_calendar(request, slug):
    event = selectors.event(slug)
    return calendar_response([event], request, f"{event.slug}.ics", download=True)


@require_GET
def events_calendar(request):
    return calendar_response(selectors.calendar_events(), request, "events.ics")


@ratelimit(group="news-subscribe", rate="10/h")
@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_bot:
            services.subscription_request(
                email=form.cleaned_data["email"],
                topics=list(form.cleaned_data["topics"]),
                language=get_language(),
            )
        return redirect("news:subscribe_sent")
    return render(request, "manual/subscribe.html", {"form": form})


@require_GET
def subscribe_sent(request):
    return render(request, "manual/subscribe_sent.html")


def _invalid_link(request):
    return render(request, "manual/subscription_invalid.html", status=400)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    # The link only shows a button: mail scanners that open links must not subscribe anyone.
    try:
        if request.method == "POST":
            subscriber = services.subscription_confirm(token=token)
            return render(
                request, "manual/subscription_confirmed.html", {"subscriber": subscriber}
            )
        subscriber, _topics, _language = services.subscriber_for_confirmation(token)
    except services.InvalidLink:
        return _invalid_link(request)
    return render(request, "manual/subscription_confirm.html", {"subscriber": subscriber})


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        if request.method == "POST":
            services.subscription_cancel(token=token)
            return render(request, "manual/subscription_unsubscribed.html")
        subscriber = services.subscriber_for_unsubscribe(token)
    except services.InvalidLink:
        return _invalid_link(request)
    return render(request, "manual/subscription_unsubscribe.html", {"subscriber": subscriber})


# RFC 8058 one-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" from
# outside the site, without a CSRF token; the signed token in the URL is the authority.
@csrf_exempt
@require_POST
def unsubscribe_one_click(request, token):
    try:
        services.subscription_cancel(token=token)
    except services.InvalidLink:
        return _invalid_link(request)
    return render(request, "manual/subscription_unsubscribed.html")
