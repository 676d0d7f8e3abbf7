"""Moodle's embedded answers (Cloze, qtype multianswer): ``{1:SHORTANSWER:=Paris~%50%Lyon#…}``.

The domain holds a Cloze question whose gaps are all short answers as a fill-in question with
several blanks; other gap types (choices, numbers inside the text) are refused by the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

EMBEDDED = re.compile(r"\{(\d*):([A-Za-z_]+):((?:\\.|[^}\\])*)\}")
SHORT_TYPES = {"SHORTANSWER": False, "SA": False, "MW": False,
               "SHORTANSWER_C": True, "SAC": True, "MWC": True}
_SPECIAL = "}#~/\"\\"
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


@dataclass
class Gap:
    kind: str
    weight: int
    answers: list[tuple[float, str, str]] = field(default_factory=list)  # fraction, text, fb

    @property
    def short(self) -> bool:
        return self.kind.upper() in SHORT_TYPES

    @property
    def case_sensitive(self) -> bool:
        return SHORT_TYPES.get(self.kind.upper(), False)


def escape(text: str) -> str:
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _split(text: str, char: str) -> list[str]:
    parts, current, index = [], [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            current.append(text[index:index + 2])
            index += 2
            continue
        if text[index] == char:
            parts.append("".join(current))
            current = []
        else:
            current.append(text[index])
        index += 1
    parts.append("".join(current))
    return parts


def parse_gap(match: re.Match[str]) -> Gap:
    gap = Gap(kind=match.group(2), weight=int(match.group(1) or 1))
    for raw in _split(match.group(3), "~"):
        fraction = 0.0
        if raw.startswith("="):
            fraction, raw = 100.0, raw[1:]
        else:
            weight = _WEIGHT.match(raw)
            if weight:
                fraction, raw = float(weight.group(1)), raw[weight.end():]
        text, *feedback = _split(raw, "#")
        gap.answers.append((fraction, unescape(text).strip(),
                            unescape("#".join(feedback)).strip()))
    return gap


def gaps(text: str) -> list[Gap]:
    return [parse_gap(match) for match in EMBEDDED.finditer(text)]


def write_gap(accepted: list[str], case_sensitive: bool, weight: int = 1) -> str:
    kind = "SHORTANSWER_C" if case_sensitive else "SHORTANSWER"
    return "{" + f"{weight}:{kind}:" + "~".join("=" + escape(a) for a in accepted) + "}"
