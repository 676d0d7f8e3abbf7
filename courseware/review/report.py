"""Findings as text and as JSON (the JSON shape is documented in docs/item-review.md)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from courseware.review.finding import Finding, Severity
from courseware.review.location import localized

LANGUAGES = ("zh", "en")
JSON_VERSION = 1
# values that are themselves words to translate (catalogue key review.value.<value>)
TRANSLATED_VALUES = ("answer", "shown", "type")


def values_in(finding: Finding, language: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in finding.values.items():
        base, _, suffix = key.rpartition("_")
        if suffix in LANGUAGES:
            if suffix == language[:2]:  # zh-TW reads the Chinese value
                values[base] = value
            continue
        if key in TRANSLATED_VALUES:
            value = localized(f"review.value.{value}", language)
        values[key] = value
    return values


def texts(finding: Finding, language: str) -> dict[str, str]:
    values = values_in(finding, language)
    return {part: localized(f"review.{finding.code}.{part}", language, **values)
            for part in ("title", "why", "fix")}


def finding_to_json(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "location": finding.location.to_dict(),
        "file": finding.source.path,
        "line": finding.source.line,
        "values": {k: v for k, v in finding.values.items()},
        **{language: texts(finding, language) for language in LANGUAGES},
    }


def report_to_json(course_id: str, findings: list[Finding]) -> dict[str, Any]:
    counts = Counter(f.code for f in findings)
    return {
        "version": JSON_VERSION,
        "course_id": course_id,
        "summary": {
            "findings": len(findings),
            "warnings": sum(f.severity is Severity.WARNING for f in findings),
            "suggestions": sum(f.severity is Severity.SUGGESTION for f in findings),
            "by_code": dict(sorted(counts.items())),
        },
        "findings": [finding_to_json(f) for f in findings],
    }


def report_lines(findings: list[Finding], language: str) -> list[str]:
    lines = []
    for finding in findings:
        text = texts(finding, language)
        severity = localized(f"review.severity.{finding.severity.value}", language)
        lines.append(f"{finding.location.text(language)}: [{severity}] {finding.code}: "
                     f"{text['title']}")
        lines.append(f"    {localized('review.why', language)}{text['why']}")
        lines.append(f"    {localized('review.fix', language)}{text['fix']}")
    return lines
