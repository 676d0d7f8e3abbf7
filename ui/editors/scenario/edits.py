"""Pure edits of a scenario's node list (copies in, copies out): the editor wraps each one in
an undoable command. No Qt here."""

from __future__ import annotations

import copy

from courseware import model as m
from courseware.placeholders import placeholder
from ui.editors.scenario.labels import new_node_id

Nodes = list[m.ScenarioNode]


def find(nodes: Nodes, node_id: str) -> m.ScenarioNode:
    return next(node for node in nodes if node.id == node_id)


def incoming(nodes: Nodes, node_id: str) -> list[tuple[m.ScenarioNode, int]]:
    """(node, choice index) of every choice that leads to ``node_id`` from another node."""
    return [(node, index) for node in nodes if node.id != node_id
            for index, choice in enumerate(node.choices) if choice.next == node_id]


def add_node(nodes: Nodes, after: str | None = None) -> tuple[Nodes, str]:
    """A new step whose text is the placeholder (a warning until the trainer replaces it)."""
    nodes = copy.deepcopy(nodes)
    node = m.ScenarioNode(id=new_node_id(nodes), text=placeholder("node_text"))
    _insert_after(nodes, after, node)
    return nodes, node.id


def duplicate_node(nodes: Nodes, node_id: str) -> tuple[Nodes, str]:
    nodes = copy.deepcopy(nodes)
    twin = copy.deepcopy(find(nodes, node_id))
    twin.id = new_node_id(nodes)
    _insert_after(nodes, node_id, twin)
    return nodes, twin.id


def new_branch(nodes: Nodes, node_id: str, choice_index: int) -> tuple[Nodes, str]:
    """A new empty node that the choice now leads to."""
    nodes, new_id = add_node(nodes, after=None)
    find(nodes, node_id).choices[choice_index].next = new_id
    return nodes, new_id


def delete_node(start: str, nodes: Nodes, node_id: str,
                redirect: str | None) -> tuple[str, Nodes]:
    """Removes a node; choices that led to it lead to ``redirect`` instead, or are removed
    when it is None. A deleted start is replaced by ``redirect`` (or the first node left)."""
    nodes = [copy.deepcopy(node) for node in nodes if node.id != node_id]
    for node in nodes:
        if redirect is not None:
            for choice in node.choices:
                if choice.next == node_id:
                    choice.next = redirect
        else:
            node.choices = [choice for choice in node.choices if choice.next != node_id]
    if start == node_id:
        start = redirect or (nodes[0].id if nodes else "")
    return start, nodes


def set_ending(nodes: Nodes, node_id: str, ending: bool) -> Nodes:
    """An ending has no choices; a step with choices has no ending (docs/format.md)."""
    nodes = copy.deepcopy(nodes)
    node = find(nodes, node_id)
    if ending:
        node.choices, node.ending = [], node.ending or m.ScenarioEnding()
    else:
        node.ending = None
        if not node.choices:
            node.choices = [m.ScenarioChoice(text="", next="")]
    return nodes


def add_choice(nodes: Nodes, node_id: str) -> Nodes:
    nodes = copy.deepcopy(nodes)
    find(nodes, node_id).choices.append(m.ScenarioChoice(text="", next=""))
    return nodes


def remove_choice(nodes: Nodes, node_id: str, index: int) -> Nodes:
    nodes = copy.deepcopy(nodes)
    del find(nodes, node_id).choices[index]
    return nodes


def move_choice(nodes: Nodes, node_id: str, index: int, delta: int) -> Nodes:
    nodes = copy.deepcopy(nodes)
    choices = find(nodes, node_id).choices
    target = index + delta
    if 0 <= index < len(choices) and 0 <= target < len(choices):
        choices[index], choices[target] = choices[target], choices[index]
    return nodes


def rename_node(start: str, nodes: Nodes, old: str, new: str) -> tuple[str, Nodes]:
    """A new id for a node, and every link to it (and the start) follows."""
    nodes = copy.deepcopy(nodes)
    for node in nodes:
        if node.id == old:
            node.id = new
        for choice in node.choices:
            if choice.next == old:
                choice.next = new
    return (new if start == old else start), nodes


def _insert_after(nodes: Nodes, after: str | None, node: m.ScenarioNode) -> None:
    index = next((i + 1 for i, n in enumerate(nodes) if n.id == after), len(nodes))
    nodes.insert(index, node)
