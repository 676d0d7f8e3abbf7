"""HTML from other tools (Moodle XML, GIFT ``[html]``) as the domain's Markdown.

The HTML is sanitised with nh3 first (scripts, styles, event handlers and unknown tags go), then
markdownify turns what is left into Markdown. ``@@PLUGINFILE@@/name`` image sources become
``media/name`` (the reader saves the files under that name).
"""

from __future__ import annotations

import re
import urllib.parse

import nh3
from markdownify import markdownify

_TAGS = {"p", "br", "b", "strong", "i", "em", "u", "sub", "sup", "ul", "ol", "li", "a", "img",
         "table", "thead", "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
         "code", "blockquote", "span", "div", "hr"}
_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
_PLUGINFILE = re.compile(r"@@PLUGINFILE@@/([^\"')\s]+)")
_LOOKS_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text))


def media_name(encoded: str) -> str:
    """A plugin file's name as saved: URL-decoded, folders flattened."""
    name = urllib.parse.unquote(encoded).replace("\\", "/").split("/")[-1]
    return re.sub(r"\s+", "_", name) or "image"


def html_to_markdown(html: str) -> str:
    clean = nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES,
                      url_schemes={"http", "https", "mailto", "data"}, link_rel=None,
                      strip_comments=True)
    clean = _PLUGINFILE.sub(lambda m: "media/" + media_name(m.group(1)), clean)
    text = markdownify(clean, heading_style="ATX", bullets="-", escape_underscores=False,
                       escape_asterisks=False)
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
