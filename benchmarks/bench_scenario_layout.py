"""scenario_layout_bundled_s, scenario_layout_60_steps_s, scenario_crossings_*: the scenario
map's layered layout (issue #14). It runs when a scenario's shape changes (a next step picked,
a step added), so it should stay well under a second; typing reuses the last layout."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.timing import best_of
from courseware import model as m
from courseware.format.course_reader import load_course
from ui.editors.scenario.layout import edges_of, layered_layout
from ui.editors.scenario.measure import count_crossings, naive_layout

BUNDLED = Path(__file__).resolve().parent.parent / "content" / "bank-service-trust"


def generated_scenario(steps: int = 60, seed: int = 7) -> m.ScenarioQuestion:
    """A tree of steps with three choices each, some of which meet again further down."""
    rng = random.Random(seed)
    nodes = [m.ScenarioNode(id=f"n{i}", text=f"第 {i} 步") for i in range(steps)]
    for i, node in enumerate(nodes[: steps // 2]):
        targets = {min(2 * i + 1, steps - 1), min(2 * i + 2, steps - 1),
                   rng.randrange(i + 1, steps)}
        node.choices = [m.ScenarioChoice(text=f"做法 {t}", next=f"n{t}") for t in sorted(targets)]
    for node in nodes[steps // 2:]:
        node.ending = m.ScenarioEnding(score_percent=rng.choice([0, 50, 100]))
    return m.ScenarioQuestion(id="gen", prompt="p", start="n0", nodes=nodes)


def run() -> dict[str, float]:
    course = load_course(BUNDLED).course
    assert course is not None
    bundled = [q for q in course.all_questions() if isinstance(q, m.ScenarioQuestion)]
    big = generated_scenario()
    return {
        "scenario_layout_bundled_s": best_of(3, lambda: [layered_layout(q) for q in bundled]),
        "scenario_layout_60_steps_s": best_of(1, lambda: layered_layout(big)),
        "scenario_crossings_bundled": float(sum(
            count_crossings(layered_layout(q), edges_of(q)) for q in bundled)),
        "scenario_crossings_bundled_naive": float(sum(
            count_crossings(naive_layout(q), edges_of(q)) for q in bundled)),
    }
