"""Root causes only: a problem that follows from another one is not reported on its own.

Two kinds of rules:

* in a branching scenario, the graph is checked again as if every mistake already reported were
  fixed: a broken link may lead to any node nothing else leads to, a missing start makes nothing
  reachable, and a dead end, a node with both choices and an ending, or a broken link counts as
  reaching an ending. What is still unreachable or endless then is a mistake of its own, and
  a region with no way out is reported once, where the trainee enters it;
* on one object, a cause hides its listed consequences (:data:`CONSEQUENCES`).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

from courseware import model as m
from courseware.scenario_paths import leading_to, reachable_from

# cause key → keys it explains on the same object
CONSEQUENCES: dict[str, tuple[str, ...]] = {
    "draw.too_few": ("draw.overlap",),  # one short draw makes the total short as well
    "question.no_prompt": ("fill.blank_mismatch",),  # no text, so no ___ in it
    "choice.option_count": ("choice.no_correct",),  # too few options to mark one right
    "numerical.no_answers": ("numerical.no_full_credit",),
    "essay.no_rubric": ("essay.points_mismatch",),
}

ScenarioFinding = tuple[str, m.ScenarioNode | None, dict[str, str]]
Record = TypeVar("Record")


def scenario_root_causes(q: m.ScenarioQuestion,
                         found: Sequence[ScenarioFinding]) -> list[ScenarioFinding]:
    """``found`` (from :func:`courseware.validation.scenario_problems`) without the
    unreachable and endless nodes another reported mistake explains."""
    keys = {key for key, _node, _values in found}
    if "scenario.start_missing" in keys:
        return [f for f in found if f[0] not in ("scenario.unreachable", "scenario.no_ending")]
    by_id: dict[str, m.ScenarioNode] = {}
    for each in q.nodes:
        by_id.setdefault(each.id, each)
    broken = {n.id for key, n, _v in found if key == "scenario.next_missing" and n}
    reachable = _reachable_if_fixed(q.start, by_id, bool(broken))
    finishing = _finishing_if_fixed(by_id, broken)
    stuck = {n.id for key, n, _v in found
             if key == "scenario.no_ending" and n and n.id not in finishing}
    kept = []
    for finding in found:
        key, node, _values = finding
        if key == "scenario.unreachable" and node is not None and node.id in reachable:
            continue
        if key == "scenario.no_ending" and node is not None and (
                node.id in finishing or not _entry(node.id, q.start, by_id, stuck)):
            continue
        kept.append(finding)
    return kept


def _entry(node_id: str, start: str, by_id: dict[str, m.ScenarioNode], stuck: set[str]) -> bool:
    """Whether the trainee enters a region with no way out at this node (one report per
    region: the nodes further inside it follow from the same missing exit)."""
    if node_id == start:
        return True
    return any(c.next == node_id for other_id, other in by_id.items() if other_id not in stuck
               for c in other.choices)


def _orphans(by_id: dict[str, m.ScenarioNode], start: str) -> set[str]:
    """Nodes no choice leads to (other than the start): where a broken link likely meant."""
    targets = {c.next for node in by_id.values() for c in node.choices if c.next != node.id}
    return {node_id for node_id in by_id if node_id not in targets and node_id != start}


def _reachable_if_fixed(start: str, by_id: dict[str, m.ScenarioNode],
                        has_broken: bool) -> set[str]:
    if not has_broken:
        return set()  # nothing explains an unreachable node then
    return reachable_from({start} | _orphans(by_id, start), by_id)


def _finishing_if_fixed(by_id: dict[str, m.ScenarioNode], broken: set[str]) -> set[str]:
    return leading_to((node_id for node_id, node in by_id.items()
                       if node.ending is not None or not node.choices or node_id in broken),
                      by_id)


def drop_consequences(records: Sequence[Record], scope: dict[int, Hashable],
                      keys: dict[int, str]) -> list[Record]:
    """``records`` without those a cause on the same scope (object) explains.

    ``scope[i]`` and ``keys[i]`` give the i-th record's object and problem key."""
    causes: dict[Hashable, set[str]] = {}
    for index in range(len(records)):
        causes.setdefault(scope[index], set()).add(keys[index])
    kept = []
    for index, record in enumerate(records):
        present = causes.get(scope[index], set())
        explained = any(keys[index] in CONSEQUENCES.get(cause, ()) for cause in present)
        if not explained:
            kept.append(record)
    return kept
