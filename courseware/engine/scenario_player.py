"""Playing a branching scenario: where a path of choice indexes has led, and the next step.

The UI shows :func:`scenario_position` and stores the path with
``session.answer(question_id, path)``; :func:`next_path` checks a choice before it is stored.
Whether choice/ending feedback and the ending's score may be shown is the caller's decision
(``feedback`` / ``score``): what may not be shown is left out (None), not flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from courseware import model as m
from courseware.engine.attempt import JSONValue
from courseware.engine.errors import InvalidScenarioChoice
from courseware.limits import MAX_SCENARIO_STEPS

Step = tuple[m.ScenarioNode, m.ScenarioChoice]


@dataclass(frozen=True)
class ScenarioStep:
    """One choice already made: the node's text, the choice's text and (if shown) feedback."""

    node_text: str
    choice_text: str
    feedback: str | None


@dataclass(frozen=True)
class ScenarioNodeView:
    """The node the trainee is at: its text and the texts of the choices, by index."""

    node_id: str
    text: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class ScenarioEndingView:
    node_id: str
    text: str
    score_percent: float | None  # None: the score may not be shown
    feedback: str | None  # None: feedback may not be shown


@dataclass(frozen=True)
class ScenarioPosition:
    path: tuple[int, ...]
    steps: tuple[ScenarioStep, ...]
    node: ScenarioNodeView | None  # None once an ending is reached
    ending: ScenarioEndingView | None

    @property
    def finished(self) -> bool:
        return self.ending is not None


def walk(question: m.ScenarioQuestion, path: object) -> tuple[list[Step], m.ScenarioNode]:
    """The (node, choice) steps of a path and the node it reaches; raises InvalidScenarioChoice
    for anything that is not a list of valid choice indexes stopping at or before an ending."""
    nodes = {n.id: n for n in question.nodes}
    node = nodes.get(question.start)
    if node is None or not isinstance(path, list) or len(path) > MAX_SCENARIO_STEPS:
        raise InvalidScenarioChoice()
    steps: list[Step] = []
    for index in path:
        choice = _choice(node, index)
        steps.append((node, choice))
        node = nodes.get(choice.next)
        if node is None:
            raise InvalidScenarioChoice()
    return steps, node


def _choice(node: m.ScenarioNode, index: object) -> m.ScenarioChoice:
    if node.ending is not None or isinstance(index, bool) or not isinstance(index, int):
        raise InvalidScenarioChoice()
    if not 0 <= index < len(node.choices):
        raise InvalidScenarioChoice()
    return node.choices[index]


def is_valid_path(question: m.ScenarioQuestion, path: object) -> bool:
    try:
        walk(question, path)
    except InvalidScenarioChoice:
        return False
    return True


def next_path(question: m.ScenarioQuestion, path: Sequence[int],
              choice_index: int) -> list[JSONValue]:
    """The path after taking choice ``choice_index`` at the current node (checked)."""
    extended: list[JSONValue] = [*path, choice_index]
    walk(question, extended)
    return extended


def scenario_position(question: m.ScenarioQuestion, path: JSONValue | None, *,
                      feedback: bool, score: bool) -> ScenarioPosition:
    """Where the path (None: not started) has led; raises InvalidScenarioChoice."""
    steps, node = walk(question, [] if path is None else path)
    history = tuple(ScenarioStep(n.text, c.text, c.feedback if feedback else None)
                    for n, c in steps)
    indexes = tuple(cast(list[int], path or []))
    if node.ending is None:
        view = ScenarioNodeView(node.id, node.text, tuple(c.text for c in node.choices))
        return ScenarioPosition(indexes, history, view, None)
    ending = ScenarioEndingView(node.id, node.text,
                                float(node.ending.score_percent) if score else None,
                                node.ending.feedback if feedback else None)
    return ScenarioPosition(indexes, history, None, ending)


def best_path(question: m.ScenarioQuestion) -> tuple[list[Step], m.ScenarioNode] | None:
    """The shortest path to the highest-scoring ending (the 'right answer') and that ending's
    node; None if no ending can be reached."""
    nodes = {n.id: n for n in question.nodes}
    best: tuple[float, int, list[Step], m.ScenarioNode] | None = None
    frontier: list[tuple[m.ScenarioNode, list[Step]]] = []
    start = nodes.get(question.start)
    if start is not None:
        frontier.append((start, []))
    seen: set[str] = set()
    while frontier:  # breadth first: the first path to a node is a shortest one
        node, steps = frontier.pop(0)
        if node.id in seen:
            continue
        seen.add(node.id)
        if node.ending is not None:
            candidate = (float(node.ending.score_percent), -len(steps), steps, node)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
            continue
        frontier.extend((nodes[c.next], [*steps, (node, c)]) for c in node.choices
                        if c.next in nodes)
    return None if best is None else (best[2], best[3])
