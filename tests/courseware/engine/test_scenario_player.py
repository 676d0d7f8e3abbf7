"""Playing a branching scenario: current node or ending, checked choices, and the session."""

from __future__ import annotations

import pytest

from courseware import model as m
from courseware.engine import (
    AnswerLocked,
    AttemptService,
    InMemoryRepository,
    InvalidScenarioChoice,
    ManualClock,
    UnknownQuestion,
)
from courseware.engine.scenario_player import (
    ScenarioEndingView,
    ScenarioNodeView,
    ScenarioStep,
    best_path,
    is_valid_path,
    next_path,
    scenario_position,
)
from tests.courseware.engine.builders import course_with
from tests.courseware.engine.review_fixtures import scenario

T = m.Timing


def test_start_of_the_scenario() -> None:
    position = scenario_position(scenario(), None, feedback=True, score=True)
    assert position.node == ScenarioNodeView("n1", "客户生气", ("倾听", "解释规定"))
    assert position.steps == () and position.path == () and not position.finished
    assert scenario_position(scenario(), [], feedback=True, score=True) == position


def test_in_the_middle_with_the_steps_taken() -> None:
    position = scenario_position(scenario(), [0], feedback=True, score=True)
    assert position.node == ScenarioNodeView("n2", "客户平静", ("解决问题", "转交他人"))
    assert position.steps == (ScenarioStep("客户生气", "倾听", "fb-listen"),)
    assert position.ending is None and position.path == (0,)


def test_ending_with_score_and_feedback() -> None:
    position = scenario_position(scenario(), [0, 1], feedback=True, score=True)
    assert position.finished and position.node is None
    assert position.ending == ScenarioEndingView("mid", "客户勉强接受", 50.0, "ending-mid")


def test_hidden_feedback_and_score_are_absent() -> None:
    position = scenario_position(scenario(), [0, 1], feedback=False, score=False)
    assert position.ending == ScenarioEndingView("mid", "客户勉强接受", None, None)
    assert all(step.feedback is None for step in position.steps)


@pytest.mark.parametrize(("path", "index"), [
    ([], 2), ([], -1), ([0], 5), ([1], 0),  # no such choice; the "bad" ending has none
])
def test_next_choice_is_checked(path: list[int], index: int) -> None:
    with pytest.raises(InvalidScenarioChoice):
        next_path(scenario(), path, index)


def test_next_path() -> None:
    assert next_path(scenario(), [0], 0) == [0, 0]
    assert next_path(scenario(), [], 1) == [1]


@pytest.mark.parametrize("path", [[0, 0, 0], [True], ["0"], [3], "0", {"a": 1}])
def test_invalid_paths(path: object) -> None:
    assert not is_valid_path(scenario(), path)
    with pytest.raises(InvalidScenarioChoice):
        scenario_position(scenario(), path, feedback=True, score=True)  # type: ignore[arg-type]


def test_best_path_is_the_shortest_to_the_highest_ending() -> None:
    found = best_path(scenario())
    assert found is not None
    steps, ending = found
    assert [c.text for _, c in steps] == ["倾听", "解决问题"] and ending.id == "good"


def session_for(**settings: object):  # type: ignore[no-untyped-def]
    quiz = m.Quiz(id="q", settings=m.QuizSettings(**settings),  # type: ignore[arg-type]
                  questions=[scenario()])
    service = AttemptService(course_with(quiz), InMemoryRepository(), ManualClock())
    return service, service.start(quiz, "t1")


def test_session_plays_and_stores_the_path() -> None:
    service, session = session_for()
    assert session.scenario("sn").node is not None
    session.choose("sn", 0)
    position = session.choose("sn", 0)
    assert position.finished and session.attempt.answer_value("sn") == [0, 0]
    assert position.ending is not None and position.ending.feedback is None  # after_submit
    assert service.repository.load_attempt(session.attempt.id).answer_value("sn") == [0, 0]
    assert session.submit().results["sn"].points == 1.0


def test_session_refuses_an_invalid_path_or_choice() -> None:
    _, session = session_for()
    with pytest.raises(InvalidScenarioChoice):
        session.answer("sn", [0, 9])
    with pytest.raises(InvalidScenarioChoice):
        session.choose("sn", 2)
    assert session.attempt.answer_value("sn") is None


def test_immediate_feedback_goes_on_along_the_path_but_never_back() -> None:
    _, session = session_for(feedback_timing=T.IMMEDIATE)
    first = session.choose("sn", 0)
    assert first.steps[0].feedback == "fb-listen"
    with pytest.raises(AnswerLocked):
        session.answer("sn", [1])  # a different first choice
    last = session.choose("sn", 1)
    assert last.ending is not None and last.ending.feedback == "ending-mid"
    assert last.ending.score_percent is None  # no scores during the attempt
    with pytest.raises(AnswerLocked):
        session.answer("sn", [0])


def test_session_scenario_needs_a_scenario_question() -> None:
    quiz = m.Quiz(id="q", questions=[scenario(), m.TrueFalseQuestion(id="tf")])
    session = AttemptService(course_with(quiz), InMemoryRepository(), ManualClock()).start(
        quiz, "t1")
    with pytest.raises(UnknownQuestion):
        session.scenario("tf")


def test_only_scenarios_may_be_extended_under_immediate_feedback() -> None:
    options = [m.Option("a", correct=True), m.Option("b"), m.Option("c", correct=True)]
    quiz = m.Quiz(id="q", settings=m.QuizSettings(feedback_timing=T.IMMEDIATE),
                  questions=[m.MultipleChoiceQuestion(id="mc", options=options)])
    session = AttemptService(course_with(quiz), InMemoryRepository(), ManualClock()).start(
        quiz, "t1")
    session.answer("mc", ["a"])
    with pytest.raises(AnswerLocked):
        session.answer("mc", ["a", "c"])
