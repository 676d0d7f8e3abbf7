from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from courseware.certificates import CertificateIssuer, KeyRing, verify
from courseware.certificates.pdf_metadata import PDF_METADATA_KEY
from exporters.certificates import write_output
from tests.exporters.certificates.conftest import make_draft, make_layout, pdffonts, pdftotext

NAMES = ["张三丰", "Alexandra Konstantinopoulou-Wijayawardhana", "李四"]


@pytest.mark.parametrize("design", ["formal", "modern"])
def test_batch_pdf_has_a_page_per_trainee_and_verifies(design: str, tmp_path: Path,
                                                       issuer: CertificateIssuer,
                                                       keys: KeyRing) -> None:
    certificates = [issuer.sign(make_draft(name)) for name in NAMES]
    target = tmp_path / "certs.pdf"
    write_output(certificates, target, make_layout(design))
    reader = PdfReader(target)
    assert len(reader.pages) == 3
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    assert str(reader.metadata[PDF_METADATA_KEY]).splitlines() == [c.text for c in certificates]
    verdicts = verify(target, keys)
    assert [v.genuine for v in verdicts] == [True, True, True]
    assert [v.record.trainee_name for v in verdicts if v.record] == NAMES


@pytest.mark.parametrize("design", ["formal", "modern"])
def test_every_font_is_embedded_and_chinese_extracts(design: str, tmp_path: Path,
                                                     issuer: CertificateIssuer) -> None:
    certificate = issuer.sign(make_draft("欧阳娜娜"))
    target = tmp_path / "one.pdf"
    write_output([certificate], target, make_layout(design))
    fonts = pdffonts(target)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column
    text = pdftotext(target)
    for expected in ("欧阳娜娜", "银行客户服务——信任与服务心法", "结业证书", "2025年3月13日",
                     "92.5%", "6 学时", certificate.code, certificate.number, "示例银行培训中心"):
        assert expected in text


def test_tampered_pdf_metadata_fails(tmp_path: Path, issuer: CertificateIssuer,
                                     keys: KeyRing) -> None:
    certificate = issuer.sign(make_draft("张三丰"))
    target = tmp_path / "one.pdf"
    write_output([certificate], target, make_layout())
    writer = PdfWriter(clone_from=target)
    writer.add_metadata({PDF_METADATA_KEY: certificate.text.replace("张三丰", "张三")})
    forged = tmp_path / "forged.pdf"
    writer.write(forged)
    [verdict] = verify(forged, keys)
    assert not verdict.genuine and verdict.reason == "verify.bad_signature"


def test_pdf_without_payload_is_not_genuine(tmp_path: Path, keys: KeyRing) -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    plain = tmp_path / "plain.pdf"
    writer.write(plain)
    [verdict] = verify(plain, keys)
    assert verdict.reason == "verify.no_payload_in_pdf"
