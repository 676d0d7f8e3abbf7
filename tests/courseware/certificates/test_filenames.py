from __future__ import annotations

from pathlib import Path

import pytest

from courseware.certificates import CertificateDraft, CertificateIssuer
from courseware.certificates.filenames import (
    PatternError,
    check_pattern,
    file_name,
    sanitise,
    unique,
)
from courseware.certificates.roster import RosterError, read_roster


@pytest.mark.parametrize(("hostile", "safe"), [
    ("../../etc/passwd", "_._etc_passwd"),
    ("..", "certificate"),
    ("a/b\\c", "a_b_c"),
    ("CON", "_CON"),
    ("nul.pdf", "_nul.pdf"),
    ("com1", "_com1"),
    ("bell\x07tab\tnew\nline", "bell_tab_new_line"),
    ("zero\u200bwidth", "zero_width"),
    ('what?<>:"|*', "what_______"),
    ("张三丰", "张三丰"),
    (" .hidden. ", "hidden"),
])
def test_sanitise(hostile: str, safe: str) -> None:
    assert sanitise(hostile) == safe


def test_long_names_are_capped_in_utf8_bytes() -> None:
    name = sanitise("张" * 200 + ".pdf")
    assert len(name.encode("utf-8")) <= 200 and name.endswith(".pdf")


def test_file_name_from_pattern(issuer: CertificateIssuer, draft: CertificateDraft) -> None:
    certificate = issuer.sign(draft)
    expected = "张三丰-银行客户服务——信任与服务心法.pdf"
    assert file_name("{name}-{course}.pdf", certificate, 1) == expected
    assert file_name("{index}_{trainee_id}", certificate, 7) == "0007_E00123.pdf"
    hostile = issuer.sign(CertificateDraft(**{**draft.__dict__, "trainee_name": "../../x"}))
    assert "/" not in file_name("{name}/{course}.pdf", hostile, 1)


def test_unknown_pattern_fields_are_refused() -> None:
    with pytest.raises(PatternError):
        check_pattern("{nmae}.pdf")
    with pytest.raises(PatternError):
        check_pattern("fixed.pdf")


def test_duplicates_get_numbers() -> None:
    assert unique(["a.pdf", "A.pdf", "a.pdf"]) == ["a.pdf", "A (2).pdf", "a (3).pdf"]


def test_gbk_roster_with_scores(tmp_path: Path) -> None:
    roster = tmp_path / "名单.csv"
    roster.write_bytes("姓名,工号,部门,分数\n张三丰,E001,零售部,92.5\n李四,E002,,\n"
                       .encode("gbk"))
    first, second = read_roster(roster)
    assert (first.name, first.trainee_id, first.department, first.score_percent) == (
        "张三丰", "E001", "零售部", 92.5)
    assert second.score_percent is None


def test_roster_problems_say_where(tmp_path: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text("name,score\nAnn,abc\n", encoding="utf-8")
    with pytest.raises(RosterError, match=r"r.csv:2: the score 'abc'"):
        read_roster(roster)
    roster.write_text("who,score\nAnn,1\n", encoding="utf-8")
    with pytest.raises(RosterError, match="no name column"):
        read_roster(roster)
