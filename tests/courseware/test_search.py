"""Find and replace across the whole course (domain, no Qt)."""

from __future__ import annotations

import copy

import pytest

from courseware import model as m
from courseware import search as s
from tests.courseware.course_builder import sample_course

MARK = "XYZ卡"


def _marked_course() -> m.Course:
    """The sample course with the mark written into one field of every kind."""
    course = sample_course()
    course.title = f"课程 {MARK}"
    course.authors = ["培训部", f"{MARK} 小组"]
    course.introduction = m.Lesson(id="intro", title="导学", body=f"欢迎 {MARK}")
    module = course.modules[0]
    module.summary = f"概要 {MARK}"
    module.glossary = [m.GlossaryEntry(term=MARK, definition=f"定义 {MARK}")]
    lesson, case, quiz = module.items
    lesson.body += f"\n{MARK}\n"
    case.sections["situation"] = f"情境 {MARK}"
    q1, q2, _q3, q4, q5, q6, q7 = quiz.questions[:7]
    q1.options[1].text = f"{MARK} 先解释"
    q1.options[0].feedback = f"对 {MARK}"
    q1.feedback = MARK
    q2.false_feedback = MARK
    q4.pairs[0].right = MARK
    q5.items[2] = MARK
    q6.rubric[0].criterion = MARK
    q6.model_answer = MARK
    q7.nodes[0].text = f"客户问 {MARK}"
    q7.nodes[0].choices[1].feedback = MARK
    q7.nodes[2].ending.feedback = MARK  # type: ignore[union-attr]
    return course


EXPECTED_PARTS = {
    "title", "author", "body", "summary", "glossary_term", "glossary_definition",
    "section_situation",
    "option_text", "option_feedback", "feedback", "false_feedback", "pair_right",
    "ordering_item", "criterion", "model_answer", "node_text", "choice_feedback",
    "ending_feedback",
}


def test_finds_the_mark_in_every_kind_of_field() -> None:
    matches = s.find(_marked_course(), MARK)
    assert {match.place.part for match in matches} == EXPECTED_PARTS
    assert all(match.found == MARK for match in matches)


def test_location_names_module_item_and_row() -> None:
    matches = s.find(_marked_course(), MARK)
    option = next(x for x in matches if x.place.part == "option_text")
    assert [(c.kind, c.number) for c in option.place.trail] == [
        ("module", 1), ("quiz", 1), ("question", 1)]
    assert option.place.row == 1 and option.place.field == "options"
    assert option.start == 0 and option.end == len(MARK)
    situation = next(x for x in matches if x.place.part == "section_situation")
    assert situation.place.field == "sections.situation"
    assert situation.place.trail[-1] == s.Crumb("case", 1, "案例")
    intro = next(x for x in matches if x.place.item is _intro_of(matches))
    assert intro.place.trail[0].kind == "introduction"


def _intro_of(matches: list[s.Match]) -> object:
    return next(x.place.item for x in matches if isinstance(x.place.item, m.Lesson)
                and x.place.item.id == "intro")


def test_offsets_of_several_matches_in_one_field() -> None:
    course = sample_course()
    course.description = "abc ABC abc"
    found = [x for x in s.find(course, "abc") if x.place.part == "description"]
    assert [(x.start, x.end) for x in found] == [(0, 3), (4, 7), (8, 11)]
    before, word, after = found[1].context(width=3)
    assert (before, word, after) == ("…bc", "ABC", "ab…")


def test_match_case_and_whole_word() -> None:
    course = sample_course()
    course.description = "Card cards CARD card_x 信用卡中心"
    def parts(query: str, **options: bool) -> list[str]:
        return [x.found for x in s.find(course, query, s.SearchOptions(**options))
                if x.place.part == "description"]
    assert parts("card") == ["Card", "card", "CARD", "card"]
    assert parts("card", match_case=True) == ["card", "card"]
    assert parts("card", whole_word=True) == ["Card", "CARD"]
    assert parts("Card", whole_word=True, match_case=True) == ["Card"]
    # Chinese has no spaces: a term is found inside longer text even as a whole word
    assert parts("信用卡", whole_word=True) == ["信用卡"]


def test_regex_characters_are_literal() -> None:
    course = sample_course()
    course.description = "费率 (年化) 1.5%"
    assert [x.found for x in s.find(course, "(年化)")] == ["(年化)"]
    assert all(x.found == "." for x in s.find(course, "."))
    assert [x.found for x in s.find(course, "1.5")] == ["1.5"]
    assert s.find(course, "") == []


def test_ids_are_never_searched_or_replaced() -> None:
    course = sample_course()
    assert s.find(course, "m1-quiz") == []
    s.apply(s.replace_all(course, "q1", "zz"))
    assert course.modules[0].quizzes[0].questions[0].id == "q1"


def test_replace_all_changes_every_field_and_undoes() -> None:
    course = _marked_course()
    before = copy.deepcopy(course)
    edits = s.replace_all(course, MARK, "新卡")
    assert sum(edit.count for edit in edits) == len(s.find(course, MARK))
    s.apply(edits)
    assert s.find(course, MARK) == []
    assert len(s.find(course, "新卡")) == sum(edit.count for edit in edits)
    s.apply(edits, undo=True)
    assert course == before


def test_replacement_text_is_literal() -> None:
    course = sample_course()
    course.description = "A"
    s.apply(s.replace_all(course, "A", r"\1 \g<0>"))
    assert course.description == r"\1 \g<0>"


def test_replace_one_changes_only_that_match() -> None:
    course = sample_course()
    course.description = "卡 卡 卡"
    second = [x for x in s.find(course, "卡") if x.place.part == "description"][1]
    edit = s.replace_one(second, "卡", "信用卡")
    assert edit is not None
    s.apply([edit])
    assert course.description == "卡 信用卡 卡"


def test_replace_one_refuses_a_stale_match() -> None:
    course = sample_course()
    course.description = "卡"
    match = next(x for x in s.find(course, "卡") if x.place.part == "description")
    course.description = "别的"
    assert s.replace_one(match, "卡", "x") is None


@pytest.mark.parametrize("part", ["accepted", "distractor", "choice_text", "band_text",
                                  "certificate_statement", "objective"])
def test_list_and_nested_texts_are_writable(part: str) -> None:
    course = sample_course()
    quiz = course.modules[0].quizzes[0]
    quiz.feedback_bands = [m.FeedbackBand(60, "及格")]
    course.certificate.statement = "证明"  # type: ignore[union-attr]
    quiz.questions[3].distractors = ["丙"]  # type: ignore[attr-defined]
    place = next(p for p in s.course_places(course) if p.part == part)
    place.write("新")
    assert place.read() == "新"
    assert any(x.place.part == part for x in s.find(course, "新"))


def test_link_and_image_targets_are_never_matched_or_replaced() -> None:
    course = sample_course()
    lesson = course.modules[0].lessons[0]
    lesson.body = "trust ![trust factors](media/trust-factors.png) [trust](https://trust.example)"
    found = [x for x in s.find(course, "trust") if x.place.item is lesson]
    assert [x.start for x in found] == [0, 8, lesson.body.index("[trust]") + 1]
    s.apply(s.replace_all(course, "trust", "confidence"))
    assert lesson.body == ("confidence ![confidence factors](media/trust-factors.png) "
                           "[confidence](https://trust.example)")
