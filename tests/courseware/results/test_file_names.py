"""Default results-file names are safe on Windows and USB sticks."""

from __future__ import annotations

from datetime import date

from courseware.results.file_names import results_file_name, safe_name_part

DAY = date(2024, 5, 6)


def test_class_host_and_date() -> None:
    assert results_file_name("bank-service-trust", "PC07", DAY) == \
        "bank-service-trust_PC07_2024-05-06.cwresults"


def test_forbidden_characters_and_spaces_are_replaced() -> None:
    name = results_file_name('A/B\\C:D*E?"F<G>H|I', "pc 07.", DAY)
    assert name == "A-B-C-D-E-F-G-H-I_pc-07_2024-05-06.cwresults"
    assert not set('<>:"/\\|?* ') & set(name)


def test_reserved_windows_names_empty_parts_and_length() -> None:
    assert safe_name_part("con") == "_con"
    assert safe_name_part("LPT1") == "_LPT1"
    assert results_file_name("...", "", DAY) == "results_pc_2024-05-06.cwresults"
    assert len(safe_name_part("x" * 300)) == 40


def test_full_width_text_is_normalised_and_chinese_kept() -> None:
    assert safe_name_part("银行　服务：培训") == "银行-服务-培训"
