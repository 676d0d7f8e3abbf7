from __future__ import annotations

from pathlib import Path

import pytest

from courseware.certificates import CertificateIssuer, KeyRing, verify
from exporters.certificates import MissingGlyphsError, default_chain, issue_certificates
from exporters.certificates.text import fit
from tests.exporters.certificates.conftest import make_draft, make_layout, pdffonts, pdftotext

LONG_NAME = "Alexandra Konstantinopoulou-Wijayawardhana von Hohenzollern-Sigmaringen 欧阳娜娜"
MIXED_NAME = "María José 李 O'Neil-Ng Жанна"
MARKUP_NAME = 'Tom <b>&amp; "Jerry" & Co'


def test_long_names_shrink_into_their_box() -> None:
    chain = default_chain(use_system=False)
    fitted = fit(chain, LONG_NAME * 2, 520, 34, 14)
    assert fitted.width <= 520.01 and fitted.size == 14 and fitted.scale < 1
    short = fit(chain, "张三", 520, 34, 14)
    assert short.size == 34 and short.scale == 1


@pytest.mark.parametrize("design", ["formal", "modern"])
def test_long_mixed_and_markup_names_print_as_given(design: str, tmp_path: Path,
                                                    issuer: CertificateIssuer,
                                                    keys: KeyRing) -> None:
    drafts = [make_draft(LONG_NAME), make_draft(MIXED_NAME), make_draft(MARKUP_NAME)]
    target = tmp_path / "names.pdf"
    issue_certificates(issuer, drafts, target, make_layout(design))
    text = pdftotext(target)
    assert "María José 李 O'Neil-Ng Жанна" in text
    assert 'Tom <b>&amp; "Jerry" & Co' in text
    assert "欧阳娜娜" in text
    assert all(v.genuine for v in verify(target, keys))


def test_a_character_no_font_has_fails_clearly_before_anything_is_issued(
        tmp_path: Path, issuer: CertificateIssuer) -> None:
    target = tmp_path / "rare.pdf"
    with pytest.raises(MissingGlyphsError) as raised:
        issue_certificates(issuer, [make_draft("张三"), make_draft("𠮷田")], target,
                           make_layout())
    assert raised.value.missing == ["𠮷"] and "U+20BB7" in str(raised.value)
    assert not target.exists() and issuer.registry.all() == []


HANAZONO = Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")


@pytest.mark.skipif(not HANAZONO.exists(), reason="fonts-hanazono (HanaMinB.ttf) not installed")
def test_a_fallback_font_prints_characters_outside_the_bmp(tmp_path: Path,
                                                            issuer: CertificateIssuer) -> None:
    chain = default_chain([HANAZONO], use_system=False)
    assert chain.missing("𠮷田") == []
    target = tmp_path / "rare.pdf"
    issue_certificates(issuer, [make_draft("𠮷田")], target, make_layout(chain=chain))
    assert all(row[-5] == "yes" for row in pdffonts(target))
