"""Finding oneself on the class roster: names in pinyin order, and a search that matches
characters, full pinyin, initials (李娜 ← "ln", "lina", "li na") and the employee id.

Plain Python over :mod:`pypinyin` (no widgets), so it is easy to test on its own.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin, pinyin

from courseware.classroom.signin import normalise_employee_id
from courseware.results.records import Trainee

MAX_READINGS = 16  # polyphonic characters: at most this many combinations are tried


@dataclass(frozen=True)
class RosterEntry:
    trainee: Trainee
    sort_key: tuple[str, str]
    spellings: tuple[str, ...]  # full pinyin and initials of every reading, no spaces


def sort_key(name: str) -> tuple[str, str]:
    """Pinyin first (张 after 李), the characters to break ties."""
    return " ".join(lazy_pinyin(name, style=Style.NORMAL, errors="default")).lower(), name


def spellings(name: str) -> tuple[str, ...]:
    """Full pinyin and initials for each reading of the name (多音字: every reading)."""
    readings = pinyin(name, style=Style.NORMAL, heteronym=True, errors="default")
    found: set[str] = set()
    for combination in itertools.islice(itertools.product(*readings), MAX_READINGS):
        syllables = [s.lower().replace(" ", "") for s in combination if s.strip()]
        found.add("".join(syllables))
        found.add("".join(s[0] for s in syllables if s))
    return tuple(sorted(found))


def entry(trainee: Trainee) -> RosterEntry:
    return RosterEntry(trainee, sort_key(trainee.name), spellings(trainee.name))


def sorted_entries(trainees: list[Trainee]) -> list[RosterEntry]:
    return sorted((entry(t) for t in trainees), key=lambda e: e.sort_key)


def matches(found: RosterEntry, typed: str) -> bool:
    """Does the search text find this person? Empty text finds everybody."""
    text = "".join(typed.split()).lower()
    if not text:
        return True
    trainee = found.trainee
    if text in trainee.name.lower():
        return True
    if trainee.employee_id and normalise_employee_id(typed) in \
            normalise_employee_id(trainee.employee_id):
        return True
    return text.isascii() and any(spelling.startswith(text) for spelling in found.spellings)


def exact_employee(entries: list[RosterEntry], typed: str) -> RosterEntry | None:
    """The one person whose employee id is exactly the text typed."""
    wanted = normalise_employee_id(typed)
    hits = [e for e in entries
            if e.trainee.employee_id and normalise_employee_id(e.trainee.employee_id) == wanted]
    return hits[0] if len(hits) == 1 else None
