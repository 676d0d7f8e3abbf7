"""``stats`` on the command line names the possible wrong key and warns about a small class."""

from __future__ import annotations

import json
from pathlib import Path

from courseware.results import open_store
from tests.courseware.results.test_cli import run_cli
from tests.courseware.stats.test_item_flags import WRONG_KEY_CLASS


def stored_class(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'results.sqlite3'}"
    with open_store(url) as store:
        for attempt in WRONG_KEY_CLASS:
            store.attempts.create_attempt(attempt)
    return url


def test_json_names_the_flags(tmp_path: Path) -> None:
    result = run_cli("stats", "--db", stored_class(tmp_path), "--quiz", "quiz", "--json")
    assert result.returncode == 0, result.stderr
    questions = {q["question_id"]: q for q in json.loads(result.stdout)["questions"]}
    wrong = questions["wk"]
    assert wrong["flags"] == ["possible_wrong_key"] and wrong["suspect_option"] == "b"
    assert wrong["small_sample"] is True
    assert wrong["groups"]["upper"] == {"b": 3}
    # nobody chose option c of the anchors (10 attempts are enough to say so)
    assert questions["q1"]["flags"] == ["unused_distractors"]
    assert questions["q1"]["unused_options"] == ["c"]


def test_text_explains_the_flag_in_chinese(tmp_path: Path) -> None:
    result = run_cli("stats", "--db", stored_class(tmp_path), "--quiz", "quiz", lang="zh")
    assert result.returncode == 0, result.stderr
    assert "答案可能有误：先核对标准答案" in result.stdout
    assert "成绩最好的学员多选了“b”" in result.stdout
    assert "只有 10 次作答" in result.stdout
