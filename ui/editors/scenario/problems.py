"""A scenario's problems per node, explained in plain words for the map and the node list.

The checks are the domain's (``courseware.validation.scenario_problems``); only the wording
is the builder's: what the trainee would meet, and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass

from courseware import model as m
from courseware.validation import scenario_problems
from ui.i18n import tr

# domain problem kind (its key after "scenario.") -> builder message key
EXPLAINED = {
    "dead_end": "sb.issue_dead_end",
    "unreachable": "sb.issue_unreachable",
    "no_ending": "sb.issue_no_ending",
    "next_missing": "sb.issue_next_missing",
    "both": "sb.issue_both",
    "node_duplicate": "sb.issue_duplicate",
}


@dataclass(frozen=True)
class NodeIssue:
    kind: str  # the domain key's last part, e.g. "dead_end", "unreachable"
    explanation: str


def node_issues(question: m.ScenarioQuestion) -> dict[str, list[NodeIssue]]:
    found: dict[str, list[NodeIssue]] = {}
    for key, node, _values in scenario_problems(question):
        kind = key.rpartition(".")[2]
        if node is None or kind not in EXPLAINED:
            continue
        issue = NodeIssue(kind, tr(EXPLAINED[kind]))
        if issue not in found.get(node.id, []):
            found.setdefault(node.id, []).append(issue)
    return found
