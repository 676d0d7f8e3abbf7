"""How a node is named to the trainer: the first words of its situation, start/ending marked."""

from __future__ import annotations

from courseware import model as m
from ui.i18n import tr

SUMMARY_CHARS = 18


def summary(text: str, limit: int = SUMMARY_CHARS) -> str:
    words = " ".join(text.split())
    if not words:
        return tr("sb.untitled")
    return words if len(words) <= limit else words[:limit - 1].rstrip() + "…"


def node_marker(question: m.ScenarioQuestion, node: m.ScenarioNode) -> str:
    if node.id == question.start:
        return tr("sb.marker_start")
    if node.ending is not None:
        return tr("sb.marker_ending", score=f"{node.ending.score_percent:g}")
    return ""


def node_label(question: m.ScenarioQuestion, node: m.ScenarioNode,
               limit: int = SUMMARY_CHARS) -> str:
    """e.g. "开始 · 王先生在电话里语气很冲…" or "结局 80% · 客户满意地挂了电话"."""
    marker = node_marker(question, node)
    text = summary(node.text, limit)
    return f"{marker} · {text}" if marker else text


def new_node_id(nodes: list[m.ScenarioNode]) -> str:
    used = {node.id for node in nodes}
    number = len(used) + 1
    while f"n{number}" in used:
        number += 1
    return f"n{number}"
