"""Clipboard HTML from Word, WPS and web pages → clean Markdown.

Word and WPS put CF_HTML on the Windows clipboard: a ``Version:… StartHTML:…`` header, then
HTML full of ``mso-*`` styles, ``<o:p>``, conditional comments and lists written as
``<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>`` with the bullet as text. That
is reshaped into real lists and bold/italic tags, sanitised with nh3 (fonts, colours, classes,
scripts go), and converted with markdownify. Pictures (``data:`` and ``file:`` sources) are
handed to ``save_image``, which stores them in the course and returns the link to use.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import lxml.html
import nh3
from lxml import etree
from markdownify import markdownify

# (image bytes, file suffix such as ".png") → the Markdown link, or None to drop the picture
ImageSaver = Callable[[bytes, str], "str | None"]

_TAGS = {"p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a", "img", "table", "thead",
         "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code",
         "blockquote", "div", "span"}
_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
_CF_HEADER = re.compile(r"^Version:\s*\d", re.IGNORECASE)
_CF_OFFSET = re.compile(r"^(StartHTML|EndHTML|StartFragment|EndFragment):\s*(-?\d+)\s*$",
                        re.IGNORECASE | re.MULTILINE)
# a browser that passed Word's HTML on writes the revealed blocks as comments
_BROWSER_LIST = re.compile(r"<!--\[if !supportLists\]-->(.*?)<!--\[endif\]-->",
                           re.IGNORECASE | re.DOTALL)
_BROWSER_MARK = re.compile(r"<!--\[if [^\]]*\]-->|<!--\[endif\]-->", re.IGNORECASE)
_HIDDEN_COMMENT = re.compile(r"<!--\[if[^\]]*\]>.*?<!\[endif\]-->", re.IGNORECASE | re.DOTALL)
_REVEALED_LIST = re.compile(r"<!\[if !supportLists\]>(.*?)<!\[endif\]>", re.IGNORECASE | re.DOTALL)
_REVEALED_MARK = re.compile(r"<!\[if [^\]]*\]>|<!\[endif\]>", re.IGNORECASE)
_MSO_LIST = re.compile(r"mso-list:\s*(l\d+)\s+level(\d+)", re.IGNORECASE)
_ORDERED_BULLET = re.compile(
    r"^\(?([0-9]+|[a-zA-Z]|[ivxlcIVXLC]+|[一二三四五六七八九十]+)[.)、．）]")
_DELIMITER_ROW = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")
_DELIMITER_SPACES = re.compile(r" +")
_SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
             "image/webp": ".webp", "image/bmp": ".bmp", "image/svg+xml": ".svg"}


def strip_cf_html(text: str) -> str:
    """The HTML of a Windows CF_HTML clipboard entry (offsets count UTF-8 bytes)."""
    if not _CF_HEADER.match(text):
        return text
    offsets = {name.lower(): int(value) for name, value in _CF_OFFSET.findall(text[:400])}
    data = text.encode("utf-8")
    start, end = offsets.get("starthtml", -1), offsets.get("endhtml", -1)
    if start < 0 or end <= start:
        start, end = offsets.get("startfragment", -1), offsets.get("endfragment", -1)
    if 0 <= start < end <= len(data):
        return data[start:end].decode("utf-8", errors="replace")
    html_start = text.find("<")
    return text[html_start:] if html_start >= 0 else text


def html_to_markdown(html: str, save_image: ImageSaver | None = None) -> str:
    html = strip_cf_html(html)
    for pattern in (_BROWSER_LIST, _REVEALED_LIST):
        html = pattern.sub(r'<span class="cw-bullet">\1</span>', html)
    html = _BROWSER_MARK.sub("", html)
    html = _HIDDEN_COMMENT.sub("", html)  # VML pictures, Word's XML data
    html = _REVEALED_MARK.sub("", html)
    tree = _parse(html)
    if tree is None:
        return ""
    _reshape(tree, save_image)
    cleaned = nh3.clean(etree.tostring(tree, encoding="unicode", method="html"), tags=_TAGS,
                        attributes=_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                        link_rel=None, strip_comments=True)
    text = markdownify(cleaned, heading_style="ATX", bullets="-", strong_em_symbol="*",
                       escape_underscores=False, table_infer_header=True)
    return tidy_markdown(text)


def tidy_markdown(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\r\n", "\n")
    lines = [line.rstrip() for line in text.splitlines()]
    lines = [_DELIMITER_SPACES.sub("", line) if _DELIMITER_ROW.match(line) else line
             for line in lines]  # markdownify's "| --- |" as the format's "|---|"
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip("\n")


def _parse(html: str) -> etree._Element | None:
    if not html.strip():
        return None
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    body = document.find("body")
    return body if body is not None else document


def _reshape(tree: etree._Element, save_image: ImageSaver | None) -> None:
    for element in list(tree.iter()):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if ":" in tag:  # <o:p>, <w:…>: Office's own tags
            element.drop_tag()
            continue
        style = (element.get("style") or "").lower().replace(" ", "")
        if tag == "span":
            _style_to_tags(element, style)
        elif tag == "img":
            _picture(element, save_image)
    _word_lists(tree)
    for bullet in tree.xpath('//span[@class="cw-bullet"]'):
        bullet.drop_tree()
    for table in tree.xpath("//table"):
        rows = table.xpath(".//tr")
        for mark in rows[0].xpath(".//b|.//strong") if rows else []:
            mark.drop_tag()  # a header row is bold already
    for mark in tree.xpath("//b|//strong|//i|//em"):
        if not "".join(mark.itertext()).strip() and not mark.xpath(".//img"):
            mark.drop_tag()  # Word's empty bold around a space: "** **" in Markdown


def _style_to_tags(span: etree._Element, style: str) -> None:
    """WPS and web pages write bold and italic as styles: keep them as tags (once)."""
    inside = {str(a.tag).lower() for a in span.iterancestors()}
    if re.search(r"font-weight:(bold|[6-9]00)", style) and not inside & {"b", "strong"}:
        span.tag = "b"
    elif "font-style:italic" in style and not inside & {"i", "em"}:
        span.tag = "i"


def _picture(img: etree._Element, save_image: ImageSaver | None) -> None:
    src = img.get("src") or ""
    link = None
    loaded = _image_bytes(src)
    if loaded is not None and save_image is not None:
        link = save_image(*loaded)
    if link:
        img.set("src", link)
        img.set("alt", img.get("alt") or "")
    else:
        img.drop_tree()


def _image_bytes(src: str) -> tuple[bytes, str] | None:
    if src.startswith("data:"):
        header, _, payload = src.partition(",")
        mime = header[5:].split(";")[0].lower()
        try:
            data = base64.b64decode(payload) if ";base64" in header else \
                urllib.parse.unquote_to_bytes(payload)
        except (binascii.Error, ValueError):
            return None
        return data, _SUFFIXES.get(mime, ".png")
    if src.lower().startswith("file:"):
        path = Path(urllib.request.url2pathname(urllib.parse.urlparse(src).path))
        try:
            return path.read_bytes(), path.suffix.lower() or ".png"
        except OSError:
            return None
    return None  # web pictures are never fetched (the course works offline)


def _word_lists(tree: etree._Element) -> None:
    """Word's list paragraphs (``mso-list:l0 level2``) → nested <ul>/<ol>."""
    for paragraph in tree.xpath("//p[contains(translate(@style,'MSOLIST','msolist'),'mso-list')]"):
        if paragraph.getparent() is None:
            continue
        _gather_list(paragraph)


def _list_info(element: etree._Element) -> tuple[str, int, bool] | None:
    if not isinstance(element.tag, str) or element.tag.lower() != "p":
        return None
    match = _MSO_LIST.search(element.get("style") or "")
    if match is None:
        return None
    marker = "".join(element.xpath('.//span[@class="cw-bullet"]//text()'))
    ordered = bool(_ORDERED_BULLET.match(marker.strip().replace("\u00a0", "")))
    return match.group(1), int(match.group(2)), ordered


def _gather_list(first: etree._Element) -> None:
    parent = first.getparent()
    run = [first]
    info = _list_info(first)
    assert info is not None
    sibling = first.getnext()
    while sibling is not None:
        following = _list_info(sibling)
        if following is None or (following[1] == 1 and following[0] != info[0]):
            break  # not a list paragraph, or another list (Word's l0, l1 …)
        run.append(sibling)
        sibling = sibling.getnext()
    root = etree.Element("ol" if info[2] else "ul")
    parent.insert(parent.index(first), root)
    stack: list[tuple[int, etree._Element]] = [(1, root)]
    for paragraph in run:
        item_info = _list_info(paragraph)
        assert item_info is not None
        _place_item(stack, paragraph, item_info)


def _place_item(stack: list[tuple[int, etree._Element]], paragraph: etree._Element,
                info: tuple[str, int, bool]) -> None:
    level = max(info[1], 1)
    while len(stack) > 1 and stack[-1][0] > level:
        stack.pop()
    if level > stack[-1][0]:
        holder = stack[-1][1]
        last_item = holder[-1] if len(holder) else etree.SubElement(holder, "li")
        nested = etree.SubElement(last_item, "ol" if info[2] else "ul")
        stack.append((level, nested))
    item = etree.SubElement(stack[-1][1], "li")
    for bullet in paragraph.xpath('.//span[@class="cw-bullet"]'):
        bullet.drop_tree()
    item.text = (paragraph.text or "").lstrip("\u00a0 ")
    for child in list(paragraph):
        item.append(child)
    paragraph.getparent().remove(paragraph)
