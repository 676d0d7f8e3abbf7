"""A separate answer key at the end of a 题库: ``参考答案`` then ``1-5 ABCDE  6.BD  7.对``."""

from __future__ import annotations

import re

from exporters.banks.answers import half_width
from exporters.banks.text_patterns import KEY_ENTRY, KEY_HEADING


def split_answer_key(texts: list[str]) -> tuple[int, dict[int, str]]:
    """Trailing lines like ``1-5 ABCDE`` / ``6.AB 7.C`` (after an 答案 heading) → the key.

    Returns how many lines come before the key (all of them when there is none) and the key.
    """
    index = len(texts)
    key_lines: list[str] = []
    while index > 0:
        text = texts[index - 1].strip()
        if text and not _is_key_line(text):
            break
        if text:
            key_lines.append(text)
        index -= 1
    has_heading = index > 0 and KEY_HEADING.match(texts[index - 1]) is not None
    has_range = any(re.search(r"\d+\s*[-—–~～至]\s*\d+", t) for t in key_lines)
    if not key_lines or not (has_heading or has_range):
        return len(texts), {}
    key: dict[int, str] = {}
    for text in reversed(key_lines):
        _read_key_line(text, key)
    return (index - 1 if has_heading else index), key


def _is_key_line(text: str) -> bool:
    stripped = KEY_ENTRY.sub("", half_width(text))
    return bool(KEY_ENTRY.search(half_width(text))) and not re.sub(r"[\s,，;；]", "", stripped)


def _read_key_line(text: str, key: dict[int, str]) -> None:
    for match in KEY_ENTRY.finditer(half_width(text)):
        first, last, answers = int(match.group(1)), match.group(2), match.group(3)
        if last is None:
            key[first] = answers
            continue
        for offset, number in enumerate(range(first, int(last) + 1)):
            if offset < len(answers):
                key[number] = answers[offset]
