"""Namespaces and small helpers for reading WordprocessingML with lxml."""

from __future__ import annotations

import functools

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"


@functools.cache
def wtag(name: str) -> str:
    return f"{{{W}}}{name}"


def wval(element: etree._Element | None, name: str = "val") -> str | None:
    if element is None:
        return None
    value = element.get(wtag(name))
    return str(value) if value is not None else None
