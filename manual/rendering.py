"""Article Markdown to safe HTML: raw HTML is escaped by Markdown, then nh3 keeps only an
allow-list of tags, attributes and URL schemes, so nothing an editor (or an attacker with
an editor's password) writes can run in a visitor's browser."""

from functools import lru_cache

import markdown
import nh3
from django.utils.html import escape
from django.utils.translation import get_language, gettext

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


def with_table_regions(html):
    """Each table in its own labelled region that scrolls sideways and takes the keyboard's
    focus (WCAG 1.4.10 reflow: a wide table never makes the whole page scroll)."""
    if "<table>" not in html:
        return html
    label = escape(gettext("Table: scroll sideways to see all columns"))
    region = f'<div class="table-region" role="region" tabindex="0" aria-label="{label}">'
    return html.replace("<table>", f"{region}<table>").replace("</table>", "</table></div>")


def render_markdown(text):
    return _render(text or "", get_language())


# The same text always gives the same HTML, and a published revision's text never changes:
# an article read again is not converted again (about a millisecond each time). The
# language is in the key for the tables' labels.
@lru_cache(maxsize=512)
def _render(text, language):
    return with_table_regions(sanitise(_markdown().convert(text)))
