"""Conventions inside one line or one stem: several options on a line, answers written in the
stem (``（A B E）``, ``（√）``) and fill-in answers shown in red."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from exporters.banks.answers import half_width, true_false
from exporters.banks.raw import RawQuestion
from exporters.banks.text_patterns import INLINE_LETTERS, INLINE_TF, OPTION, OPTION_SPLIT

if TYPE_CHECKING:
    from exporters.banks.textconv import Line


def split_options(text: str) -> list[str]:
    parts = OPTION_SPLIT.split(text.strip())
    if len(parts) > 1 and sequential(parts):
        return parts
    return chained(text.strip()) or [text.strip()]


def chained(text: str) -> list[str] | None:
    """``A、正确B、错误C、不确定`` (no spaces): split when B, C … follow in order (3 or more)."""
    first = OPTION.match(text)
    if first is None or half_width(first.group(1)).upper() != "A":
        return None
    cuts, position = [0], first.end()
    for letter in "BCDEFGHIJ":
        marker = re.compile(rf"(?<=[\u4e00-\u9fff。，；！？）)”\]】])[（(]?[{letter}"
                            rf"{chr(ord(letter) + 0xFEE0)}]\s*[.、．：:)）]")
        found = marker.search(text, position)
        if found is None:
            break
        cuts.append(found.start())
        position = found.end()
    if len(cuts) < 3:
        return None
    return [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]


def sequential(parts: list[str]) -> bool:
    letters = []
    for part in parts:
        match = OPTION.match(part)
        if match is None:
            return False
        letters.append(half_width(match.group(1)).upper())
    return all(ord(b) == ord(a) + 1 for a, b in itertools.pairwise(letters))


def red_segments(line: Line, offset: int) -> list[str]:
    merged: list[list[int]] = []
    for start, end in sorted(line.red):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(end, merged[-1][1])
        else:
            merged.append([start, end])
    return [line.text[a:b].strip() for a, b in merged if b > offset and line.text[a:b].strip()]


def red_blanks(raw: RawQuestion) -> None:
    """A fill-in question whose answers are shown in red in the stem: they become the blanks."""
    words = raw.stem_red
    if raw.answer or raw.options or not words or len("".join(words)) * 2 > len(raw.stem):
        return
    if len(words) == 1 and true_false(words[0]) is not None:
        return
    stem, position, parts = raw.stem, 0, []
    for word in words:
        index = stem.find(word, position)
        if index < 0:
            return
        parts.append(stem[position:index] + "___")
        position = index + len(word)
    raw.stem = "".join(parts) + stem[position:]
    raw.answer = "|".join(words)
    raw.red_answer = ""


def stem_answer(raw: RawQuestion) -> None:
    """An answer written inside the stem: ``（A B E）`` (the blank stays) or a true/false mark
    ending the statement, ``（√）`` (removed: a statement has no blank to fill)."""
    if raw.answer or any(o.marked for o in raw.options):
        return
    if raw.options:
        found = list(INLINE_LETTERS.finditer(raw.stem))
        if found:
            match = found[-1]
            raw.answer = match.group(1)
            raw.stem = raw.stem[:match.start()] + "（ ）" + raw.stem[match.end():]
        return
    tf = INLINE_TF.search(raw.stem)
    if tf and true_false(tf.group(1)) is not None:
        raw.answer = tf.group(1)
        raw.stem = raw.stem[:tf.start()].rstrip()
