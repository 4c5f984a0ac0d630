"""Article Markdown renders inert whatever an editor's account types into it: vectors from
the OWASP XSS filter-evasion cheat sheet."""

from html.parser import HTMLParser

import pytest

from manual.rendering import ALLOWED_TAGS, render_markdown

VECTORS = [
    "<script>alert('XSS')</script>",
    "<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert('XSS')>",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114'
    "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116"
    '&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;"
    "&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    "<svg/onload=alert('XSS')>",
    "<svg><script>alert(1)</script></svg>",
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDA'
    'vc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv">',
    '<form><button formaction="javascript:alert(1)">X</button></form>',
    "<details open ontoggle=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](java&#x09;script:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '[x](https://example.org "a" onclick="alert(1)")',
    "<a href='javascript:alert(1)'>x</a>",
    "<!--<script>alert(1)</script>-->",
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parsed_tags(html):
    collector = TagCollector()
    collector.feed(html)
    return collector.tags


@pytest.mark.parametrize("vector", VECTORS)
def test_an_xss_vector_in_markdown_renders_inert(vector):
    html = render_markdown(vector)
    for tag, attrs in parsed_tags(html):
        assert tag in ALLOWED_TAGS, (vector, html)
        assert set(attrs) <= {"href", "title", "rel", "align"}, (vector, html)
        href = (attrs.get("href") or "").strip().lower()
        assert not href or href.split(":", 1)[0] in {"http", "https", "mailto", "tel"}, html


def test_links_keep_only_http_https_mailto_and_tel_and_get_noopener():
    html = render_markdown(
        "[a](https://nalog.gov.ru) [b](mailto:x@example.org) [c](tel:+74012000000) [d](ftp://x)"
    )
    assert 'href="https://nalog.gov.ru"' in html
    assert 'href="mailto:x@example.org"' in html
    assert 'href="tel:+74012000000"' in html
    assert "ftp://" not in html
    assert html.count('rel="noopener noreferrer"') == 4


def test_ordinary_markdown_survives():
    html = render_markdown(
        "## Шаги\n\n1. **Подать** заявление\n2. Ждать\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    )
    assert "<h2>Шаги</h2>" in html
    assert "<strong>Подать</strong>" in html
    assert "<ol>" in html and "<table>" in html


def test_raw_html_is_shown_as_text_not_markup():
    assert render_markdown("<b>bold</b>") == "<p>&lt;b&gt;bold&lt;/b&gt;</p>"
