"""Paragraph markup parsed once per *shape*: the same tags with different text in between.

A handout has thousands of paragraphs but few shapes (``<font color=…><b>…</b></font>…`` for a
bold lead-in, ``A.&nbsp;&nbsp;…`` for an option). ReportLab's parser is an HTML parser with a
Python handler per tag and per piece of text, about a tenth of the build. Here the markup is
cut into tags, entities and text by one regex; the first paragraph of a shape is parsed by
ReportLab, and later ones reuse its fragments with their own text. Only plain formatting tags
take part (anything else, or any markup the regex does not cut cleanly, is parsed as usual),
and a shape is kept only when ReportLab gave exactly one fragment per piece of text.
tests/exporters/test_markup_shapes.py compares every paragraph of the bundled course.

The key is the tags and entities verbatim (attributes included) and the style, so the text
is the only thing that differs between paragraphs that share fragments: this is not a cache of
paragraphs, and repeated content gains nothing from it.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from reportlab.platypus.paraparser import ParaParser

_TOKEN = re.compile(
    r"(?P<tag></?(?P<name>[a-z]+)(?:\s+[a-zA-Z]+=\"[^\"<>&]*\")*\s*/?>)"
    r"|(?P<entity>&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);)"
    r"|(?P<text>[^<&]+)")
_FORMATTING = frozenset({"b", "i", "u", "strong", "em", "font", "link", "br"})
_TEXT = None  # a text slot in a shape
Shape = tuple[str | None, ...]

_SHAPES: weakref.WeakKeyDictionary[Any, dict[Shape, list[Any] | None]] = \
    weakref.WeakKeyDictionary()


def _cut(markup: str) -> tuple[Shape, list[str]] | None:
    """(shape, texts): tags and entities verbatim with a slot per text; None if the markup
    holds anything but formatting tags, entities and text."""
    shape: list[str | None] = []
    texts: list[str] = []
    position = 0
    for token in _TOKEN.finditer(markup):
        if token.start() != position:
            return None
        position = token.end()
        if token["text"] is not None:
            shape.append(_TEXT)
            texts.append(token["text"])
        elif token["entity"] is not None:
            shape.append(token["entity"])
        elif token["name"] in _FORMATTING:
            shape.append(token["tag"])
        else:
            return None
    return (tuple(shape), texts) if position == len(markup) else None


def _makes_fragment(token: str | None) -> bool:
    """ReportLab makes one fragment per text, per entity and per <br/>."""
    return token is _TEXT or token.startswith(("&", "<br"))


def shaped_frags(markup: str, style: Any) -> list[Any] | None:
    """ReportLab's fragments of (already cleaned) ``markup`` in ``style``, or None when the
    markup is not one this module handles (the caller lets ReportLab parse it, errors and all).
    """
    cut = _cut(markup)
    if cut is None or getattr(style, "textTransform", None):
        return None
    shape, texts = cut
    shapes = _SHAPES.setdefault(style, {})
    if shape not in shapes:
        frags = _parse(markup, style)
        if frags is None:
            return None
        fragment_count = sum(map(_makes_fragment, shape))
        shapes[shape] = frags if len(frags) == fragment_count else None
    template = shapes[shape]
    return None if template is None else _refill(template, shape, texts)


def _parse(markup: str, style: Any) -> list[Any] | None:
    parser = ParaParser()
    parser.caseSensitive = 1  # as Paragraph's default
    try:
        _, frags, bullet_frags = parser.parse(markup, style)
    except ValueError:
        return None
    return None if frags is None or bullet_frags else list(frags)


def _refill(template: list[Any], shape: Shape, texts: list[str]) -> list[Any]:
    """The template's fragments, each text slot holding this paragraph's text."""
    pieces = iter(texts)
    frags: list[Any] = []
    slots = filter(_makes_fragment, shape)
    for frag, token in zip(template, slots, strict=True):
        frags.append(fresh_clone(frag, text=next(pieces)) if token is _TEXT
                     else fresh_clone(frag))
    return frags


def fresh_clone(frag: Any, **changes: Any) -> Any:
    """A copy of a fragment that shares none of its lists (links, underlines) with it."""
    fresh = {key: list(value) for key, value in frag.__dict__.items() if isinstance(value, list)}
    return frag.clone(**fresh | changes)
