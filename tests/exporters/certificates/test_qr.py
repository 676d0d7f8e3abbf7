"""The fast QR path must give exactly the matrix the qrcode library gives."""

from __future__ import annotations

import pytest
import qrcode
from qrcode import util
from qrcode.constants import ERROR_CORRECT_M

from exporters.certificates.qr import MASK_PATTERN, QUIET_ZONE, dark_runs, qr_matrix


def reference_matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE,
                         mask_pattern=MASK_PATTERN)
    code.add_data(util.QRData(text.encode("utf-8"), mode=util.MODE_8BIT_BYTE))
    code.make(fit=True)
    return code.get_matrix()


@pytest.mark.parametrize("text", ["x", "CWC1:" + "A" * 86 + ':{"name":"张三丰"}', "张" * 150,
                                  "0123456789" * 60])
def test_fast_matrix_equals_the_library(text: str) -> None:
    assert qr_matrix(text) == reference_matrix(text)


def test_dark_runs() -> None:
    assert dark_runs([True, True, False, True]) == [(0, 2), (3, 1)]
