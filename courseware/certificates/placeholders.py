"""Placeholder text that must never be signed into a certificate, defined once.

A course template ships with instructions where the organisation's name belongs, e.g. the
bundled course's issuer "（请填写培训机构名称）". A certificate record is permanent, so issuing
refuses such text and ``validate`` warns about it.
"""

from __future__ import annotations

import re
import unicodedata

from courseware import model as m
from courseware.problems import Problem

# instructions to the author rather than a name (compared case-insensitively)
INSTRUCTION_WORDS = ("请填写", "请输入", "请在此", "待填写", "待定", "填写", "在此输入", "颁发机构",
                     "机构名称", "todo", "tbd", "fixme", "placeholder", "your organisation",
                     "your organization", "organisation name", "organization name",
                     "enter the", "fill in", "lorem ipsum")
# a name stands in for the real one: XXX银行, 某某培训中心, ××公司, ___
FILLER = re.compile(r"x{3,}|×{2,}|某某|_{3,}|\?{3,}|？{2,}|…|\.\.\.", re.IGNORECASE)
BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">", "【": "】", "〈": "〉", "《": "》",
            "〔": "〕", "「": "」", "『": "』"}


def is_placeholder(text: str | None) -> bool:
    """True for empty text, author instructions and filler standing in for a real name."""
    folded = unicodedata.normalize("NFKC", text or "").strip().casefold()
    if not folded:
        return True
    if FILLER.search(folded):
        return True
    bracketed = len(folded) > 2 and BRACKETS.get(folded[0]) == folded[-1]
    instruction = any(word in folded for word in INSTRUCTION_WORDS)
    return instruction and (bracketed or "请" in folded or len(folded) <= 40)


def issuer_warnings(course: m.Course, course_file_text: str = "") -> list[Problem]:
    """A warning (not an error: the course is valid) when the certificate issuer is template
    text, pointing at its line in course.yaml. An empty issuer is no mistake: the organisation
    named in the app's settings (or ``--issuer``) issues then."""
    from courseware.i18n import tr

    settings = course.certificate
    if settings is None or not settings.issuer.strip() or not is_placeholder(settings.issuer):
        return []
    line = next((number for number, content in enumerate(course_file_text.splitlines(), 1)
                 if content.strip().startswith("issuer:")), 0)
    path = course.source.path or "course.yaml"
    return [Problem(path, line, tr("certs.issuer_placeholder_warning", issuer=settings.issuer),
                    tr("certs.issuer_placeholder_warning.hint"))]
