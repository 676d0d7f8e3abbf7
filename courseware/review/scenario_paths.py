"""Which choice at a scenario node leads to the best ending (for the position and length
rules: "the best choice is always listed first and longest")."""

from __future__ import annotations

from courseware import model as m


def best_reachable(question: m.ScenarioQuestion) -> dict[str, float]:
    """Node id → the highest ending score reachable from it (cycles are cut)."""
    nodes = {n.id: n for n in question.nodes}
    memo: dict[str, float] = {}

    def visit(node_id: str, trail: frozenset[str]) -> float:
        if node_id in memo:
            return memo[node_id]
        node = nodes.get(node_id)
        if node is None or node_id in trail:
            return -1.0
        if node.ending is not None:
            score = node.ending.score_percent
        else:
            score = max((visit(c.next, trail | {node_id}) for c in node.choices), default=-1.0)
        memo[node_id] = score
        return score

    for node in question.nodes:
        visit(node.id, frozenset())
    return memo


def decisions(question: m.ScenarioQuestion) -> list[tuple[m.ScenarioNode, int]]:
    """(node, index of its one best choice) at every node where one choice is strictly best."""
    best = best_reachable(question)
    found = []
    for node in question.nodes:
        if node.ending is not None or len(node.choices) < 2:
            continue
        scores = [best.get(c.next, -1.0) for c in node.choices]
        top = max(scores)
        if scores.count(top) == 1:
            found.append((node, scores.index(top)))
    return found
