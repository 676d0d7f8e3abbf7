"""Typed, problem-collecting access to one YAML mapping."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from courseware.i18n import tr
from courseware.problems import ProblemList
from courseware.yamlio import PathKey, YamlDocument

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
E = TypeVar("E", bound=Enum)


@dataclass
class FileContext:
    """A file being read: its course-relative path, parsed YAML and the shared problem list."""

    path: str
    document: YamlDocument
    problems: ProblemList

    def line(self, path: PathKey) -> int:
        return self.document.line(path)

    def report(self, path: PathKey, message_key: str, hint: str = "", /, **values: Any) -> None:
        self.problems.add(self.path, self.line(path), tr(message_key, **values), hint)


def report_duplicate_keys(ctx: FileContext) -> None:
    for path, line in ctx.document.duplicate_keys:
        ctx.problems.add(ctx.path, line + ctx.document.line_offset,
                         tr("yaml.duplicate_key", key=path[-1]))


class Fields:
    """Reads the keys of one mapping, reporting wrong types and unknown keys."""

    def __init__(self, ctx: FileContext, data: Any, path: PathKey, known: Sequence[str]):
        self.ctx = ctx
        self.path = path
        self.valid = isinstance(data, dict)
        self.data: dict[Any, Any] = data if isinstance(data, dict) else {}
        if not self.valid:
            ctx.report(path, "yaml.not_mapping")
            return
        for key in self.data:
            if key not in known:
                self._report_unknown(str(key), known)

    def _report_unknown(self, key: str, known: Sequence[str]) -> None:
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
        if close:
            hint = tr("key.did_you_mean", suggestion=close[0])
        else:
            hint = tr("key.allowed", keys=", ".join(known))
        self.ctx.report((*self.path, key), "key.unknown", hint, key=key)

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def at(self, key: str | int) -> PathKey:
        return (*self.path, key)

    def line(self, key: str | None = None) -> int:
        return self.ctx.line(self.at(key) if key else self.path)

    def _missing(self, key: str) -> None:
        if key in self.data:  # written but left empty (`title:`): point at that line
            self.ctx.report(self.at(key), "value.empty_text", key=key)
        else:
            self.ctx.report(self.path, "key.missing", key=key)

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        if not self.has(key):
            if required and self.valid:
                self._missing(key)
            return default
        value = self.data[key]
        if isinstance(value, (bool, dict, list)):
            self.ctx.report(self.at(key), "value.not_text", key=key)
            return default
        text = str(value)
        if required and not text.strip():
            self.ctx.report(self.at(key), "value.empty_text", key=key)
        return text

    def identifier(self, key: str = "id") -> str:
        value = self.text(key, required=True)
        if value and not ID_PATTERN.match(value):
            self.ctx.report(self.at(key), "id.invalid", tr("id.invalid.hint"), id=value)
        return value

    def number(self, key: str, default: float, low: float | None = None,
               high: float | None = None, positive: bool = False) -> float:
        if not self.has(key):
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.ctx.report(self.at(key), "value.not_number", key=key)
            return default
        if positive and value <= 0:
            self.ctx.report(self.at(key), "value.not_positive", key=key)
            return default
        if (low is not None and value < low) or (high is not None and value > high):
            self.ctx.report(self.at(key), "value.out_of_range", key=key, low=low, high=high)
            return default
        return value

    def optional_number(self, key: str) -> float | None:
        if not self.has(key):
            return None
        return self.number(key, 0, low=0)

    def integer(self, key: str, default: int, low: int = 0, high: int = 1_000_000) -> int:
        if not self.has(key):
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.ctx.report(self.at(key), "value.not_integer", key=key)
            return default
        if not low <= value <= high:
            self.ctx.report(self.at(key), "value.out_of_range", key=key, low=low, high=high)
            return default
        return value

    def boolean(self, key: str, default: bool) -> bool:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            self.ctx.report(self.at(key), "value.not_bool", key=key)
            return default
        return value

    def choice(self, key: str, enum: type[E], default: E) -> E:
        if not self.has(key):
            return default
        value = self.data[key]
        try:
            return enum(value)
        except ValueError:
            choices = ", ".join(str(member.value) for member in enum)
            self.ctx.report(self.at(key), "value.bad_choice", key=key, choices=choices)
            return default

    def items(self, key: str, required: bool = False) -> Iterator[tuple[PathKey, Any]]:
        """(path, value) of every element of a list value."""
        if not self.has(key):
            if required and self.valid:
                self._missing(key)
            return
        value = self.data[key]
        if not isinstance(value, list):
            self.ctx.report(self.at(key), "value.not_list", key=key)
            return
        for index, element in enumerate(value):
            yield (*self.path, key, index), element

    def text_list(self, key: str) -> list[str]:
        texts = []
        for path, element in self.items(key):
            if isinstance(element, (dict, list, bool)) or element is None:
                self.ctx.report(path, "value.not_text", key=key)
                continue
            texts.append(str(element))
        return texts
