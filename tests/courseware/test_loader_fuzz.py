"""Random and mutated inputs either load or report problems; the loader never crashes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courseware.format import load_course
from tests.courseware.course_builder import write_sample_course

TEMPLATE = Path(tempfile.mkdtemp(prefix="cw-fuzz-template-")) / "course"
write_sample_course(TEMPLATE)
FILES = sorted(p.relative_to(TEMPLATE).as_posix() for p in TEMPLATE.rglob("*") if p.is_file())

yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


def _load_with(relative: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "course"
        shutil.copytree(TEMPLATE, folder)
        (folder / relative).write_bytes(data)
        result = load_course(folder)
        assert result.ok or result.problems


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(relative=st.sampled_from(FILES), data=st.binary(max_size=400))
def test_random_bytes_never_crash(relative: str, data: bytes) -> None:
    _load_with(relative, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(relative=st.sampled_from(FILES), position=st.floats(0, 1), cut=st.integers(0, 40),
       insert=st.text(alphabet=":-[]{}|>&*!%@`'\"\n\t #x é中", max_size=12))
def test_mutated_files_never_crash(relative: str, position: float, cut: int, insert: str) -> None:
    text = (TEMPLATE / relative).read_text(encoding="utf-8")
    at = int(position * len(text))
    _load_with(relative, (text[:at] + insert + text[at + cut:]).encode("utf-8"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(relative=st.sampled_from([f for f in FILES if f.endswith(".yaml")]), value=yaml_values)
def test_structurally_wrong_yaml_never_crashes(relative: str, value: object) -> None:
    import yaml

    _load_with(relative, yaml.safe_dump(value, allow_unicode=True).encode("utf-8"))
