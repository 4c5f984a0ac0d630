"""The version for the visually impaired (ГОСТ Р 52872-2019 practice): text size in three
steps, three high-contrast colour schemes, images off, wider letter spacing.

The visitor's choice lives in one cookie, `a11y`, whose value is a canonical short string
("size2.bw.noimg.wide"); anything else in the cookie reads as "off". The server puts the
matching classes on <html>, so the choice works without JavaScript, and the anonymous page
cache keys its pages on the canonical value (`key()`): one visitor's choice never reaches
another visitor's page, and there are at most 3 × 3 × 2 × 2 + 1 variants of a page.
"""

from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _

COOKIE = "a11y"
COOKIE_MAX_AGE = 365 * 24 * 3600

SIZES = ("size1", "size2", "size3")
SCHEMES = ("bw", "wb", "blue")
SCHEME_LABELS = {
    "bw": _("Black on white"),
    "wb": _("White on black"),
    "blue": _("Dark blue on light blue"),
}
SIZE_LABELS = {"size1": _("Normal"), "size2": _("Large"), "size3": _("Largest")}


@dataclass(frozen=True)
class Choice:
    on: bool = False
    size: str = "size2"
    scheme: str = "bw"
    images: bool = True
    wide: bool = False

    @property
    def value(self):
        """The canonical cookie value; "" when the ordinary version is shown."""
        if not self.on:
            return ""
        parts = [self.size, self.scheme]
        if not self.images:
            parts.append("noimg")
        if self.wide:
            parts.append("wide")
        return ".".join(parts)

    @property
    def html_classes(self):
        if not self.on:
            return ""
        classes = ["a11y", f"a11y-{self.size}", f"a11y-scheme-{self.scheme}"]
        if not self.images:
            classes.append("a11y-noimg")
        if self.wide:
            classes.append("a11y-wide")
        return " ".join(classes)


OFF = Choice()


def parse(value):
    """The choice a cookie value names; OFF for anything that is not a canonical value."""
    parts = (value or "").split(".")
    if len(parts) < 2 or len(parts) > 4:
        return OFF
    size, scheme, *flags = parts
    if size not in SIZES or scheme not in SCHEMES:
        return OFF
    if flags not in ([], ["noimg"], ["wide"], ["noimg", "wide"]):
        return OFF
    images, wide = "noimg" not in flags, "wide" in flags
    return Choice(on=True, size=size, scheme=scheme, images=images, wide=wide)


def from_request(request):
    return parse(request.COOKIES.get(COOKIE))


def key(request):
    """What the page cache adds to its key: the canonical value of the visitor's choice."""
    return from_request(request).value


# The settings a link may change, each with the values it may take.
SETTINGS = {
    "on": {"1": True, "0": False},
    "size": {size: size for size in SIZES},
    "scheme": {scheme: scheme for scheme in SCHEMES},
    "images": {"1": True, "0": False},
    "wide": {"1": True, "0": False},
}


def changed(choice, query):
    """The choice after the settings named in `query` (a QueryDict); unknown names and
    values are ignored. Changing any setting turns the version on, except `on=0`."""
    updates = {}
    for name, values in SETTINGS.items():
        raw = query.get(name)
        if raw in values:
            updates[name] = values[raw]
    if not updates:
        return choice
    if updates.get("on") is False:
        return OFF
    return replace(choice, **{**updates, "on": True})


def links(request):
    """The panel's links, each to the view that sets the cookie and comes back here."""
    from urllib.parse import urlencode

    from django.urls import reverse

    choice = from_request(request)
    base = reverse("accessibility")
    back = request.get_full_path()

    def url(**params):
        return f"{base}?{urlencode({**params, 'next': back})}"

    def option(label, name, value, current):
        return {"label": label, "url": url(**{name: value}), "current": current}

    if not choice.on:
        # The ordinary version shows only the way in: the panel's dozen links are left out.
        return {"choice": choice, "on_url": url(on="1")}
    return {
        "choice": choice,
        "on_url": url(on="1"),
        "off_url": url(on="0"),
        "sizes": [option(SIZE_LABELS[size], "size", size, choice.size == size) for size in SIZES],
        "schemes": [
            option(SCHEME_LABELS[scheme], "scheme", scheme, choice.scheme == scheme)
            for scheme in SCHEMES
        ],
        "images": [
            option(_("Images on"), "images", "1", choice.images),
            option(_("Images off"), "images", "0", not choice.images),
        ],
        "spacing": [
            option(_("Normal"), "wide", "0", not choice.wide),
            option(_("Wide"), "wide", "1", choice.wide),
        ],
    }
