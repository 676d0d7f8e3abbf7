"""Who issues a certificate: the batch's name, the course's real issuer, the app's organisation."""

from __future__ import annotations

from datetime import date

import pytest

from courseware import model as m
from courseware.certificates.batch import draft_for, issuer_name
from courseware.certificates.roster import RosterEntry


def course_with(issuer: str) -> m.Course:
    return m.Course(id="c", title="课程",
                    certificate=m.CertificateSettings(title="结业证书", hours=6, issuer=issuer))


@pytest.mark.parametrize(("course_issuer", "given", "organisation", "expected"), [
    ("示例银行培训中心", None, "另一家银行", "示例银行培训中心"),  # the course's real name
    ("示例银行培训中心", "总行培训部", "", "总行培训部"),  # --issuer wins
    ("", None, "示例银行培训中心", "示例银行培训中心"),  # none named: the settings' organisation
    ("（请填写培训机构名称）", None, "示例银行培训中心", "示例银行培训中心"),
    ("", None, "", ""),  # nothing anywhere: refused when signing
    ("（请填写培训机构名称）", None, "XXX银行", "（请填写培训机构名称）"),  # shown in the refusal
])
def test_issuer_precedence(course_issuer: str, given: str | None, organisation: str,
                           expected: str) -> None:
    assert issuer_name(course_with(course_issuer), given, organisation) == expected


def test_drafts_carry_the_organisation_when_the_course_names_none() -> None:
    draft = draft_for(course_with(""), RosterEntry(name="王芳"), date(2026, 12, 1),
                      organisation="示例银行培训中心")
    assert draft.issuer == "示例银行培训中心"
