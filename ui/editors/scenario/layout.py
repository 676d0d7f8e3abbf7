"""Where the scenario map puts its nodes: a layered (Sugiyama) drawing, top to bottom.

Layers by longest path from the start (loops turned round first; steps where paths meet are
tried lower), a chain of invisible dummy points for each edge that skips layers, barycentre
ordering sweeps with adjacent swaps and a final sifting that keep the order with the fewest
crossings, then x positions pulled toward each node's neighbours.

Written here rather than taken from grandalf: grandalf 0.8 (the pure-Python Sugiyama on PyPI,
last released in 2023) left 1-11 crossings on the bundled scenarios, more than the naive
drawing on one; this draws three of the five with none and the other two with 2 each (the
naive map: 1-10), where a retry branch rejoins the main line's steps.
No Qt here: positions are node centres in scene units.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import pairwise

from courseware import model as m

NODE_W, NODE_H = 168.0, 60.0
DUMMY_W = 18.0
X_SPACE, Y_SPACE = 24.0, 48.0
PART_GAP = 90.0
SWEEPS = 12
# effort by size (nodes + dummy points): small scenarios get every refinement, large ones
# stay interactive (a 200-step scenario with 26 choices a step is laid out in seconds)
# (size limit, restarts of the ordering, lowering trials, sifting, sweeps, swaps)
EFFORT = ((60, 6, 16, True, SWEEPS, True), (150, 2, 4, True, SWEEPS, True),
          (600, 1, 0, False, 6, True), (10**9, 1, 0, False, 2, False))
Point = tuple[float, float]
EdgeKey = tuple[str, str]


@dataclass
class MapLayout:
    positions: dict[str, Point] = field(default_factory=dict)  # node id -> centre
    bends: dict[EdgeKey, list[Point]] = field(default_factory=dict)  # inner points of an edge

    def route(self, source: str, target: str) -> list[Point]:
        """The edge as a polyline from the source's centre to the target's centre."""
        return [self.positions[source], *self.bends.get((source, target), []),
                self.positions[target]]


def edges_of(question: m.ScenarioQuestion) -> list[EdgeKey]:
    """Distinct links between existing nodes (a choice to its own node is drawn, not laid out)."""
    ids = {node.id for node in question.nodes}
    found: list[EdgeKey] = []
    for node in question.nodes:
        for choice in node.choices:
            key = (node.id, choice.next)
            if choice.next in ids and choice.next != node.id and key not in found:
                found.append(key)
    return found


def reachable_ids(start: str, links: list[EdgeKey]) -> list[str]:
    seen, queue = [start], [start]
    while queue:
        current = queue.pop(0)
        for source, target in links:
            if source == current and target not in seen:
                seen.append(target)
                queue.append(target)
    return seen


def layered_layout(question: m.ScenarioQuestion) -> MapLayout:
    """The reachable part from the start, then (to its right) whatever cannot be reached."""
    ids = list(dict.fromkeys(node.id for node in question.nodes))
    links = edges_of(question)
    main = reachable_ids(question.start, links) if question.start in ids else []
    rest = [node_id for node_id in ids if node_id not in main]
    layout, left = MapLayout(), 0.0
    for part in (main, rest):
        if part:
            inside = [key for key in links if key[0] in part and key[1] in part]
            left = _shift_into(layout, _best_layering(part, inside), left)
    return layout


def _best_layering(ids: list[str], links: list[EdgeKey]) -> MapLayout:
    """Longest-path layers first; while edges cross, try lowering endings (those that several
    steps reach each on its own layer at the bottom, or all endings to the bottom) and then each
    step that several steps reach, one layer at a time: where paths meet often belongs below
    the rest. The
    fewest crossings win, then the shortest edges; how many drawings are tried depends on the
    size (``EFFORT``)."""
    base = _Layering(ids, links, {})
    best: tuple[int, int, MapLayout, dict[str, int]] = (*_score(base), {})
    bottom = max(base.rank.values())
    endings = [n for n in ids if not any(source == n for source, _ in base.dag)]
    merging = [n for n in ids if sum(1 for _, t in base.dag if t == n) > 1]
    meeting_ends = [n for n in merging if n in endings]
    trials = [{n: bottom + k for k, n in enumerate(meeting_ends)},  # one below the other
              {n: bottom + k for k, n in enumerate(reversed(meeting_ends))},
              {n: bottom for n in endings},
              {n: bottom + 1 for n in meeting_ends}]
    trials += [{n: r} for n in merging for r in range(base.rank[n] + 1, bottom + 2)]
    for trial in trials[:base.effort[2]]:
        if best[0] == 0:
            break
        lowered = {**best[3], **trial} if len(trial) == 1 else trial
        layering = _Layering(ids, links, lowered)
        score = _score(layering)
        if score[:2] < best[:2]:
            best = (*score, lowered)
    return best[2]


def _score(layering: _Layering) -> tuple[int, int, MapLayout]:
    drawn = layering.layout()
    return layering.crossings, layering.dummies, drawn


class _Layering:
    """One connected-enough part of the graph, laid out in layers."""

    def __init__(self, ids: list[str], links: list[EdgeKey], lowered: dict[str, int]) -> None:
        self.ids = ids
        self.back = set(_back_edges(ids[0], ids, links))
        self.dag = [(t, s) if (s, t) in self.back else (s, t) for s, t in links]
        self.links = links
        self.rank = self._ranks(lowered)
        self.dummies = 0
        self.crossings = 0
        self.chains: dict[EdgeKey, list[str]] = {}
        self.down: dict[str, list[str]] = {node_id: [] for node_id in ids}
        self.up: dict[str, list[str]] = {node_id: [] for node_id in ids}
        self._add_dummies()

    def _ranks(self, lowest: dict[str, int]) -> dict[str, int]:
        """Longest path from the sources of the acyclic graph (Kahn's order); ``lowest``
        holds nodes pushed further down (their followers move down with them)."""
        rank = {node_id: lowest.get(node_id, 0) for node_id in self.ids}
        incoming = {node_id: 0 for node_id in self.ids}
        for _, target in self.dag:
            incoming[target] += 1
        ready = [node_id for node_id in self.ids if incoming[node_id] == 0]
        while ready:
            current = ready.pop(0)
            for source, target in self.dag:
                if source == current:
                    rank[target] = max(rank[target], rank[current] + 1)
                    incoming[target] -= 1
                    if incoming[target] == 0:
                        ready.append(target)
        return rank

    def _add_dummies(self) -> None:
        for number, (source, target) in enumerate(self.dag):
            chain = [f"\0{number}.{step}"
                     for step in range(self.rank[source] + 1, self.rank[target])]
            self.dummies += len(chain)
            for step, dummy in enumerate(chain):
                self.rank[dummy] = self.rank[source] + 1 + step
                self.down[dummy], self.up[dummy] = [], []
            path = [source, *chain, target]
            for upper, lower in pairwise(path):
                self.down[upper].append(lower)
                self.up[lower].append(upper)
            original = (target, source) if (target, source) in self.back else (source, target)
            self.chains[original] = chain if original == (source, target) else chain[::-1]

    @property
    def effort(self) -> tuple[int, int, int, bool, int, bool]:
        return next(row for row in EFFORT if len(self.rank) <= row[0])

    def layout(self) -> MapLayout:
        """Positions; ``crossings`` is then the number of crossings between the layers (the
        same as the drawn polylines' crossings: they are straight from layer to layer)."""
        layers = self._order(self._initial_layers())
        self.crossings = _crossings(layers, self.down)
        x = self._coordinates(layers)
        placed = MapLayout()
        for node_id in self.ids:
            placed.positions[node_id] = (x[node_id], self.rank[node_id] * (NODE_H + Y_SPACE))
        for key, chain in self.chains.items():
            if chain:
                placed.bends[key] = [(x[d], self.rank[d] * (NODE_H + Y_SPACE)) for d in chain]
        return placed

    def _initial_layers(self) -> list[list[str]]:
        """Depth-first discovery order from the start, so a tree starts without crossings."""
        seen: list[str] = []
        stack = [self.ids[0], *reversed(self.ids[1:])]
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.append(current)
                stack.extend(reversed(self.down[current]))
        layers: list[list[str]] = [[] for _ in range(max(self.rank.values()) + 1)]
        for node_id in seen:
            layers[self.rank[node_id]].append(node_id)
        return layers

    def _order(self, layers: list[list[str]]) -> list[list[str]]:
        """The fewest-crossing order of several runs: from depth-first order, then from
        reshuffled ones (a fixed seed, so the same scenario always looks the same)."""
        best = [list(layer) for layer in layers]
        best_count = _crossings(best, self.down)
        shuffler = random.Random(len(self.ids))
        for run in range(self.effort[1]):
            if best_count == 0:
                break
            start = [list(layer) for layer in layers]
            if run:
                for layer in start:
                    shuffler.shuffle(layer)
            order, count = self._sweep(start)
            if count < best_count:
                best, best_count = order, count
        if best_count and self.effort[3]:
            _sift(best, self.down, self.up)
        return best

    def _sweep(self, layers: list[list[str]]) -> tuple[list[list[str]], int]:
        best, best_count = [list(layer) for layer in layers], _crossings(layers, self.down)
        for sweep in range(self.effort[4]):
            downward = sweep % 2 == 0
            indexes = range(1, len(layers)) if downward else range(len(layers) - 2, -1, -1)
            for i in indexes:
                fixed = layers[i - 1] if downward else layers[i + 1]
                neighbours = self.up if downward else self.down
                layers[i] = _by_barycentre(layers[i], fixed, neighbours)
            if self.effort[5]:
                _transpose(layers, self.down, self.up)
            count = _crossings(layers, self.down)
            if count < best_count:
                best, best_count = [list(layer) for layer in layers], count
            if best_count == 0:
                break
        return best, best_count

    def _coordinates(self, layers: list[list[str]]) -> dict[str, float]:
        x: dict[str, float] = {}
        for layer in layers:
            left = 0.0
            for node_id in layer:
                x[node_id] = left + _width(node_id) / 2
                left += _width(node_id) + X_SPACE
        for sweep in range(6):
            downward = sweep % 2 == 0
            neighbours = self.up if downward else self.down
            for layer in (layers if downward else layers[::-1]):
                _pull_toward(layer, neighbours, x)
        return x


def _width(node_id: str) -> float:
    return DUMMY_W if node_id.startswith("\0") else NODE_W


def _by_barycentre(layer: list[str], fixed: list[str],
                   neighbours: dict[str, list[str]]) -> list[str]:
    where = {node_id: i for i, node_id in enumerate(fixed)}

    def key(item: tuple[int, str]) -> float:
        index, node_id = item
        linked = [where[n] for n in neighbours[node_id] if n in where]
        if linked:
            return sum(linked) / len(linked)
        return index / max(len(layer), 1) * len(fixed)  # unlinked: keep its relative place

    return [node_id for _, node_id in sorted(enumerate(layer), key=key)]


def _sift(layers: list[list[str]], down: dict[str, list[str]],
          up: dict[str, list[str]]) -> None:
    """Sifting: each node in turn tries every place in its layer and keeps the one with the
    fewest crossings with the layers around it (counted incrementally: passing a neighbour
    changes only the crossings between the two); repeated while anything improves."""
    for _ in range(4):
        improved = False
        for i, layer in enumerate(layers):
            ends = _layer_ends(layers, i, down, up)
            for node_id in list(layer):
                others = [n for n in layer if n != node_id]
                here = layer.index(node_id)
                cost = sum(_pair(ends[node_id], ends[w]) for w in others)  # first place
                costs = [cost]
                for w in others:
                    cost += _pair(ends[w], ends[node_id]) - _pair(ends[node_id], ends[w])
                    costs.append(cost)
                best_place = min(range(len(costs)), key=costs.__getitem__)
                if costs[best_place] < costs[here]:
                    layer.remove(node_id)
                    layer.insert(best_place, node_id)
                    improved = True
        if not improved:
            return


Ends = tuple[list[int], list[int]]


def _layer_ends(layers: list[list[str]], i: int, down: dict[str, list[str]],
                up: dict[str, list[str]]) -> dict[str, Ends]:
    """Per node of layer i: the places of its neighbours in the layers above and below."""
    above = {n: k for k, n in enumerate(layers[i - 1])} if i else {}
    below = {n: k for k, n in enumerate(layers[i + 1])} if i + 1 < len(layers) else {}
    return {node_id: ([above[n] for n in up[node_id] if n in above],
                      [below[n] for n in down[node_id] if n in below])
            for node_id in layers[i]}


def _pair(left: Ends, right: Ends) -> int:
    """Crossings between two nodes' edges when ``left`` stands left of ``right``."""
    return sum(1 for side in (0, 1) for a in left[side] for b in right[side] if a > b)


def _transpose(layers: list[list[str]], down: dict[str, list[str]],
               up: dict[str, list[str]]) -> None:
    """Swap neighbours in a layer while that removes crossings with the layers around it
    (only the two nodes' own edges change, so only those are counted)."""
    improved = True
    while improved:
        improved = False
        for i, layer in enumerate(layers):
            ends = _layer_ends(layers, i, down, up)
            for k in range(len(layer) - 1):
                left, right = ends[layer[k]], ends[layer[k + 1]]
                if _pair(right, left) < _pair(left, right):
                    layer[k], layer[k + 1] = layer[k + 1], layer[k]
                    improved = True


def _crossings(layers: list[list[str]], down: dict[str, list[str]]) -> int:
    return sum(_pair_crossings(layers, i, down) for i in range(len(layers) - 1))


def _pair_crossings(layers: list[list[str]], i: int, down: dict[str, list[str]]) -> int:
    """Crossings between layer i and layer i+1 (pairs of edges whose ends are in swapped order)."""
    lower = {node_id: k for k, node_id in enumerate(layers[i + 1])}
    ends = sorted((k, lower[t]) for k, node_id in enumerate(layers[i])
                  for t in down[node_id] if t in lower)
    # inversions of the lower ends, counted with a Fenwick tree: O(E log E)
    tree = [0] * (len(layers[i + 1]) + 1)
    crossings = 0
    for seen, (_, v) in enumerate(ends):
        at_most_v, j = 0, v + 1
        while j > 0:
            at_most_v += tree[j]
            j -= j & -j
        crossings += seen - at_most_v  # earlier edges that end right of this one
        j = v + 1
        while j < len(tree):
            tree[j] += 1
            j += j & -j
    return crossings


def _pull_toward(layer: list[str], neighbours: dict[str, list[str]],
                 x: dict[str, float]) -> None:
    """Each node toward the mean x of its neighbours, keeping the order and the spacing."""
    wanted = []
    for node_id in layer:
        linked = [x[n] for n in neighbours[node_id]]
        wanted.append(sum(linked) / len(linked) if linked else x[node_id])
    placed: list[float] = []
    for k, node_id in enumerate(layer):
        lowest = (placed[-1] + (_width(layer[k - 1]) + _width(node_id)) / 2 + X_SPACE
                  if placed else -1e18)
        placed.append(max(wanted[k], lowest))
    shift = sum(w - p for w, p in zip(wanted, placed, strict=True)) / max(len(layer), 1)
    for node_id, value in zip(layer, placed, strict=True):
        x[node_id] = value + shift


def _shift_into(layout: MapLayout, placed: MapLayout, left: float) -> float:
    """Moves one part's drawing to the right of the previous ones; returns the new edge."""
    xs = [x for x, _ in placed.positions.values()]
    xs += [x for points in placed.bends.values() for x, _ in points]
    dx = left - (min(xs) - NODE_W / 2)
    dy = NODE_H / 2
    for node_id, (x, y) in placed.positions.items():
        layout.positions[node_id] = (x + dx, y + dy)
    for key, points in placed.bends.items():
        layout.bends[key] = [(x + dx, y + dy) for x, y in points]
    return max(xs) + NODE_W / 2 + dx + PART_GAP


def _back_edges(start: str, ids: list[str], links: list[EdgeKey]) -> list[EdgeKey]:
    """Edges that close a loop, found by depth-first search from the start, then from every
    node not yet visited: turning them round makes the graph acyclic for layering."""
    children: dict[str, list[str]] = {node_id: [] for node_id in ids}
    for source, target in links:
        children[source].append(target)
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    found: list[EdgeKey] = []
    for root in ([start] if start in children else []) + ids:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(children[root]))]
        while stack:
            node_id, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                state[node_id] = 2
                stack.pop()
            elif state.get(child) == 1:
                found.append((node_id, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(children[child])))
    return found
