"""Paths through a scenario's steps: where one can get to, and what leads somewhere."""

from __future__ import annotations

from collections.abc import Iterable

from courseware import model as m


def reachable_from(starts: Iterable[str], by_id: dict[str, m.ScenarioNode]) -> set[str]:
    """The steps of ``starts`` (those that exist) and every step a choice leads to from them."""
    seen = set(starts) & by_id.keys()
    stack = list(seen)
    while stack:
        for choice in by_id[stack.pop()].choices:
            if choice.next in by_id and choice.next not in seen:
                seen.add(choice.next)
                stack.append(choice.next)
    return seen


def leading_to(targets: Iterable[str], by_id: dict[str, m.ScenarioNode]) -> set[str]:
    """``targets`` and every step with some path of choices into them (a fixed point: loops
    back are allowed)."""
    good = set(targets)
    changed = True
    while changed:
        changed = False
        for node_id, node in by_id.items():
            if node_id not in good and any(c.next in good for c in node.choices):
                good.add(node_id)
                changed = True
    return good
