"""File handling shared by GIFT, Moodle XML and Aiken: sniffing, size limit, bad bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from courseware.i18n import set_language
from exporters.banks import bank_formats
from exporters.banks.interop import reading


@pytest.mark.parametrize(("head", "expected"), [
    (b"// q\n::q1::Who? {=a ~b}", "gift"),
    (b"$CATEGORY: $course$/top\n\nQ {T}", "gift"),
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n', "moodle-xml"),
    ("客户来电？\nA) 倾听\nB) 解释\nANSWER: A\n".encode(), "aiken"),
])
def test_sniffing_picks_the_format(head: bytes, expected: str) -> None:
    ours = {name: fmt for name, fmt in bank_formats().items()
            if name in ("gift", "moodle-xml", "aiken")}
    matched = [name for name, fmt in ours.items() if fmt.sniff and fmt.sniff(head)]
    assert matched == [expected]


@pytest.mark.parametrize("name", ["gift", "moodle-xml", "aiken"])
def test_huge_files_are_refused_before_reading(name: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BANK_BYTES", 1024 * 1024)
    path = tmp_path / f"big.{name}"
    path.write_bytes(b"x" * (3 * 1024 * 1024))
    fmt = bank_formats()[name]
    assert fmt.read
    set_language("zh")
    try:
        result = fmt.read(path)
    finally:
        set_language("en")
    assert result.entries == []
    assert [p.message for p in result.problems] == [
        f"{path.name} 有 3 MB，题库文件最大 1 MB"]


@pytest.mark.parametrize("name", ["gift", "aiken"])
def test_binary_junk_is_refused(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"junk.{name}"
    path.write_bytes(bytes(range(256)) * 10)
    fmt = bank_formats()[name]
    assert fmt.read
    result = fmt.read(path)
    assert result.entries == [] and "not a UTF-8 text file" in result.problems[0].message
