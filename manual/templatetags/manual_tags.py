from django import template
from django.urls import NoReverseMatch, translate_url

register = template.Library()


@register.filter
def partner_url(organisation):
    """The partner's page in the directory, or its own website until that page exists."""
    try:
        return organisation.get_absolute_url()
    except NoReverseMatch:
        return organisation.website or ""


@register.inclusion_tag("manual/_seo.html", takes_context=True)
def seo_links(context, title="", description="", og_type="article"):
    """Canonical URL, hreflang alternates (Russian unprefixed, English under /en/) and the
    Open Graph tags of a public page."""
    request = context["request"]
    path = request.path
    alternates = [
        {"code": code, "url": request.build_absolute_uri(translate_url(path, code))}
        for code in ["ru", "en"]
    ]
    return {
        "canonical": request.build_absolute_uri(path),
        "alternates": alternates,
        "default_url": alternates[0]["url"],
        "title": title,
        "description": description,
        "og_type": og_type,
    }
