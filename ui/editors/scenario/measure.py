"""Measuring the map's drawing: edge crossings counted geometrically on the drawn polylines,
and the naive drawing the old map used, to compare the layered one against (tests and the
benchmark). No Qt here."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from courseware import model as m
from ui.editors.scenario.layout import NODE_H, NODE_W, X_SPACE, Y_SPACE, EdgeKey, MapLayout, Point


def naive_layout(question: m.ScenarioQuestion) -> MapLayout:
    """Layers by breadth-first depth, nodes in file order inside a layer, straight edges."""
    by_id = {node.id: node for node in question.nodes}
    depth: dict[str, int] = {question.start: 0} if question.start in by_id else {}
    queue = list(depth)
    while queue:
        current = queue.pop(0)
        for choice in by_id[current].choices:
            if choice.next in by_id and choice.next not in depth:
                depth[choice.next] = depth[current] + 1
                queue.append(choice.next)
    last = max(depth.values(), default=-1) + 1
    slots: dict[int, int] = {}
    layout = MapLayout()
    for node_id in by_id:
        layer = depth.get(node_id, last)
        slot = slots.get(layer, 0)
        slots[layer] = slot + 1
        layout.positions[node_id] = (slot * (NODE_W + X_SPACE), layer * (NODE_H + Y_SPACE))
    return layout


def count_crossings(layout: MapLayout, links: Iterable[EdgeKey]) -> int:
    """How many times two edges' drawn polylines cross (edges that share a node excepted)."""
    routes = [(key, _segments(layout.route(*key))) for key in links]
    total = 0
    for i, (first, first_segments) in enumerate(routes):
        for second, second_segments in routes[i + 1:]:
            if set(first) & set(second):
                continue
            total += sum(1 for a in first_segments for b in second_segments
                         if _segments_cross(a, b))
    return total


def _segments(points: list[Point]) -> list[tuple[Point, Point]]:
    return list(pairwise(points))


def _segments_cross(a: tuple[Point, Point], b: tuple[Point, Point]) -> bool:
    """Proper crossing of two segments (touching at an end or overlapping does not count)."""
    d1 = _side(b[0], b[1], a[0])
    d2 = _side(b[0], b[1], a[1])
    d3 = _side(a[0], a[1], b[0])
    d4 = _side(a[0], a[1], b[1])
    return d1 * d2 < 0 and d3 * d4 < 0


def _side(p: Point, q: Point, r: Point) -> float:
    value = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return 0.0 if abs(value) < 1e-9 else value
