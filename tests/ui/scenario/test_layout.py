"""The map's layered layout: crossings counted geometrically on the drawn polylines."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from courseware import model as m
from courseware.format.course_reader import load_course
from tests.ui.conftest import BUNDLED_COURSE
from ui.editors.scenario.layout import NODE_W, MapLayout, edges_of, layered_layout
from ui.editors.scenario.measure import count_crossings, naive_layout


def scenario(links: dict[str, list[str]], start: str = "a") -> m.ScenarioQuestion:
    nodes = [m.ScenarioNode(id=node_id, text=node_id,
                            choices=[m.ScenarioChoice(text=f"{node_id}>{t}", next=t)
                                     for t in targets],
                            ending=None if targets else m.ScenarioEnding(100))
             for node_id, targets in links.items()]
    return m.ScenarioQuestion(id="q", prompt="p", start=start, nodes=nodes)


def _loaded() -> m.Course:
    course = load_course(BUNDLED_COURSE).course
    assert course is not None
    return course


def bundled_scenarios() -> list[m.ScenarioQuestion]:
    course = _loaded()
    return [q for q in course.all_questions() if isinstance(q, m.ScenarioQuestion)]


def assert_boxes_apart(question: m.ScenarioQuestion, layout: MapLayout) -> None:
    spots = sorted(layout.positions.values(), key=lambda p: (p[1], p[0]))
    for (x1, y1), (x2, y2) in pairwise(spots):
        assert y1 != y2 or x2 - x1 >= NODE_W, "two boxes overlap"
    assert set(layout.positions) == {node.id for node in question.nodes}


def test_crossings_are_counted_geometrically() -> None:
    square = MapLayout(positions={"a": (0, 0), "b": (100, 0), "c": (0, 100), "d": (100, 100)})
    assert count_crossings(square, [("a", "d"), ("b", "c")]) == 1
    assert count_crossings(square, [("a", "c"), ("b", "d")]) == 0
    assert count_crossings(square, [("a", "d"), ("a", "c")]) == 0  # a shared end is no crossing


@pytest.mark.parametrize("question", bundled_scenarios(), ids=lambda q: q.id)
def test_bundled_scenarios_are_drawn_no_worse_than_the_naive_map(
        question: m.ScenarioQuestion) -> None:
    links = edges_of(question)
    layout = layered_layout(question)
    assert_boxes_apart(question, layout)
    assert count_crossings(layout, links) <= count_crossings(naive_layout(question), links)


def tricky_tree() -> m.ScenarioQuestion:
    """A tree listed in an order that makes the naive map cross its own branches, with a
    loop back to the start and two branches that meet again."""
    return scenario({
        "a": ["c", "b"], "b": ["f", "d"], "c": ["g", "e"], "d": ["end1", "end2"],
        "e": ["end3", "a"], "f": ["end4", "end2"], "g": ["end5", "end3"],
        "end5": [], "end4": [], "end3": [], "end2": [], "end1": [],
    })


def test_a_tricky_graph_gets_no_crossings_where_the_naive_map_has_some() -> None:
    question = tricky_tree()
    links = edges_of(question)
    naive = count_crossings(naive_layout(question), links)
    assert naive > 0
    assert count_crossings(layered_layout(question), links) == 0


MEETING_ENDINGS = {
    # the shape of the bundled course's first scenario (2026-12): two endings that several
    # steps reach, one of them from both sides of the other's paths
    "n1": ["n2", "n3", "n4"], "n2": ["n5", "n6", "n3"], "n3": ["n7", "conflict"],
    "n4": ["n7", "silence"], "n5": ["good", "late", "cold"], "n6": ["over", "silence"],
    "n7": ["recovered", "conflict"], "good": [], "late": [], "cold": [], "over": [],
    "recovered": [], "conflict": [], "silence": [],
}
RETRY_BRANCH = {
    # the shape of the fourth: a retry branch that meets the main line's endings
    "n1": ["n2", "n3"], "n2": ["n4", "n5", "n6"], "n3": ["n2r", "bad"], "n4": ["good", "mid"],
    "n5": ["late", "bad"], "n6": ["recover", "bad"], "n2r": ["n4r", "bad"],
    "n4r": ["good_r", "late"], "good": [], "mid": [], "good_r": [], "late": [],
    "recover": [], "bad": [],
}


@pytest.mark.parametrize("links", [MEETING_ENDINGS, RETRY_BRANCH], ids=["meeting", "retry"])
def test_where_paths_meet_at_endings_the_map_has_no_crossings(
        links: dict[str, list[str]]) -> None:
    question = scenario(links, start="n1")
    edges = edges_of(question)
    layout = layered_layout(question)
    assert_boxes_apart(question, layout)
    assert count_crossings(layout, edges) == 0
    assert count_crossings(naive_layout(question), edges) > 0


def random_tree_like(seed: int) -> m.ScenarioQuestion:
    rng = random.Random(seed)
    ids = [f"n{i}" for i in range(14)]
    links: dict[str, list[str]] = {node_id: [] for node_id in ids}
    for i, node_id in enumerate(ids[1:], start=1):
        links[ids[rng.randrange(i)]].append(node_id)
    for _ in range(4):  # a few extra links forward
        a, b = sorted(rng.sample(range(14), 2))
        if ids[b] not in links[ids[a]]:
            links[ids[a]].append(ids[b])
    order = ids[1:]
    rng.shuffle(order)
    return scenario({node_id: links[node_id] for node_id in ["n0", *order]}, start="n0")


@pytest.mark.parametrize("seed", range(12))
def test_random_scenarios_are_no_worse_than_naive(seed: int) -> None:
    question = random_tree_like(seed)
    links = edges_of(question)
    layout = layered_layout(question)
    assert_boxes_apart(question, layout)
    assert count_crossings(layout, links) <= count_crossings(naive_layout(question), links)


def test_loops_unreachable_steps_and_self_links_are_all_placed() -> None:
    question = scenario({"a": ["b", "a"], "b": ["a", "c"], "c": [],
                         "lost": ["c", "lost2"], "lost2": ["lost"]})
    layout = layered_layout(question)
    assert_boxes_apart(question, layout)
    reachable_right = max(layout.positions[n][0] for n in "abc")
    assert min(layout.positions[n][0] for n in ("lost", "lost2")) > reachable_right
    assert layout.positions["a"][1] < layout.positions["b"][1] < layout.positions["c"][1]
    assert layout.route("b", "a")[0] == layout.positions["b"]  # a loop back runs b -> a


@pytest.mark.parametrize("seed", range(20))
def test_crossings_between_layers_are_counted_like_pairs_of_edges(seed: int) -> None:
    from ui.editors.scenario.layout import _pair_crossings

    rng = random.Random(seed)
    upper = [f"u{i}" for i in range(rng.randrange(1, 9))]
    lower = [f"l{i}" for i in range(rng.randrange(1, 9))]
    down = {u: rng.sample(lower, rng.randrange(0, len(lower) + 1)) for u in upper}
    ends = [(upper.index(u), lower.index(t)) for u in upper for t in down[u]]
    by_pairs = sum(1 for a, (u1, v1) in enumerate(ends) for u2, v2 in ends[a + 1:]
                   if (u1 - u2) * (v1 - v2) < 0)
    assert _pair_crossings([upper, lower], 0, down) == by_pairs


def test_a_huge_dense_scenario_is_still_laid_out() -> None:
    rng = random.Random(1)
    links = {f"n{i}": sorted({f"n{rng.randrange(i + 1, 200)}" for _ in range(26)})
             for i in range(150)}
    links.update({f"n{i}": [] for i in range(150, 200)})
    question = scenario(links, start="n0")
    layout = layered_layout(question)
    assert_boxes_apart(question, layout)
