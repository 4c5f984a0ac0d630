"""Article Markdown to safe HTML: raw HTML is escaped by Markdown, then nh3 keeps only an
allow-list of tags, attributes and URL schemes, so nothing an editor (or an attacker with
an editor's password) writes can run in a visitor's browser."""

from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "b", "i", "code", "pre",
    "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _markdown():
    md = markdown.Markdown(extensions=["sane_lists", "tables"])
    # Raw HTML blocks and inline tags become escaped text instead of markup.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def sanitise(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


# The same text always gives the same HTML, and a published revision's text never changes:
# an article read again is not converted again (about a millisecond each time).
@lru_cache(maxsize=512)
def render_markdown(text):
    return sanitise(_markdown().convert(text or ""))
