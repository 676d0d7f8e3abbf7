"""Hostile bank files: a clear file-level error, never a traceback, nothing read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from exporters.banks import BankReadResult
from exporters.banks.formats import csv as csv_format
from exporters.banks.formats import docx as docx_format
from exporters.banks.formats import txt as txt_format
from exporters.banks.formats import xlsx as xlsx_format
from tests.exporters.banks import wordgen as g


def only_error(result: BankReadResult) -> str:
    assert not result.entries
    (problem,) = result.problems
    assert problem.severity == "error"
    return problem.message


def test_entities_and_dtd_are_refused(tmp_path: Path) -> None:
    prefix = ('<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>')
    path = g.write_docx(tmp_path / "bomb.docx", g.para("1. &lol2;"), document_prefix=prefix)
    assert "DTD" in only_error(docx_format.read(path))


def test_xlsx_with_a_dtd_is_refused_before_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e '
                         'SYSTEM "file:///etc/passwd">]><workbook>&e;</workbook>')
    assert "DTD" in only_error(xlsx_format.read(path))


def test_zip_bomb_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (30 * 2**20) + b"/>")
    assert "解压" in only_error(docx_format.read(path))


@pytest.mark.parametrize("reader,name", [(docx_format.read, "junk.docx"),
                                         (xlsx_format.read, "junk.xlsx")])
def test_binary_junk_renamed(tmp_path: Path, reader: object, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 40)
    message = only_error(reader(path))  # type: ignore[operator]
    assert name in message and "不是有效" in message


def test_old_word_file_renamed_gets_save_as_advice(tmp_path: Path) -> None:
    path = tmp_path / "旧题库.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "另存为 .docx" in only_error(docx_format.read(path))


def test_fifty_megabytes_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20)
    assert "50.0 MB" in only_error(csv_format.read(path))


def test_binary_text_file(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x00\x01\x02binary" * 100)
    assert only_error(txt_format.read(path))
