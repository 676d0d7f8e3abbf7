"""Raw HTML in lessons made harmless before it reaches any HTML output (nh3, i.e. ammonia).

Authors may write HTML inside Markdown. Whatever they (or a hostile course) write, the output
keeps no script, no event handler, no ``javascript:`` URL, no iframe or form, and loads
nothing from outside: an image may only name a file by a relative path, which the renderer
then confines to the course folder like a Markdown image.
"""

from __future__ import annotations

import copy
import re
from functools import cache

import nh3

_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES)
_ATTRIBUTES.setdefault("*", set()).update({"class", "id", "title"})
for _cell in ("td", "th"):
    _ATTRIBUTES.setdefault(_cell, set()).update({"align", "style"})
_LINK_SCHEMES = {"http", "https", "mailto", "tel"}
_HAS_SCHEME = re.compile(r"^\s*[a-zA-Z][a-zA-Z0-9+.-]*:")


def _local_sources_only(tag: str, attribute: str, value: str) -> str | None:
    """Images name course files by relative path: a URL of any kind (remote, ``file:``,
    protocol-relative, ``data:``) would load something from outside."""
    outside = _HAS_SCHEME.match(value) or value.strip().startswith(("/", "\\"))
    return None if tag == "img" and attribute == "src" and outside else value


@cache
def _cleaner() -> nh3.Cleaner:
    """Built once: handing the rules to nh3 on every call cost more than the cleaning."""
    return nh3.Cleaner(
        attributes=_ATTRIBUTES,
        attribute_filter=_local_sources_only,
        url_schemes=_LINK_SCHEMES,
        filter_style_properties={"text-align"},
        link_rel="noopener noreferrer",
    )


def sanitise_html(html: str) -> str:
    """The same HTML without anything active or external (see the module docstring)."""
    return _cleaner().clean(html)
