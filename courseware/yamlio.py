"""YAML reading that remembers line numbers, and canonical YAML writing.

Reading composes the node tree with libyaml (when available) and converts it to plain
Python values, recording the line of every mapping key and sequence item, so that problems
can be reported as ``path:line``. Aliases and nesting are bounded: a few hundred bytes of
"billion laughs" would otherwise expand into gigabytes, and deep nesting would overflow the
stack. Writing produces one canonical form: block style, keys in
the model's order, multi-line text as literal ``|`` blocks, so a load→save is byte-stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from courseware.i18n import tr

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

PathKey = tuple[str | int, ...]


@dataclass
class YamlDocument:
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[PathKey, int]] = field(default_factory=list)
    line_offset: int = 0

    def line(self, path: PathKey) -> int:
        """Line of the deepest known element on ``path`` (1-based, with the file offset)."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1) + self.line_offset


class YamlSyntaxError(ValueError):
    def __init__(self, line: int, detail: str, hint_key: str = "yaml.syntax.hint") -> None:
        super().__init__(detail)
        self.line = line
        self.detail = detail
        self.hint_key = hint_key  # the message key of the hint shown with it


def _too_complex(line: int, message_key: str, **values: object) -> YamlSyntaxError:
    return YamlSyntaxError(line, tr(message_key, **values), f"{message_key}.hint")


_constructor = yaml.constructor.SafeConstructor()
_STR_TAG = "tag:yaml.org,2002:str"
MAX_ALIAS_NODES = 10_000  # nodes an alias may repeat, over the whole document
MAX_DEPTH = 100  # course files nest five or six levels deep


class _Budget:
    """What aliases and nesting have used so far while converting one document."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.repeated = 0


def parse_yaml(text: str, line_offset: int = 0) -> YamlDocument:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        raise YamlSyntaxError(line, str(error.problem or error)) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(1 + line_offset, str(error)) from None
    except RecursionError:
        raise _too_complex(1 + line_offset, "yaml.too_deep", limit=MAX_DEPTH) from None
    document = YamlDocument(data=None, line_offset=line_offset)
    if node is not None:
        document.lines[()] = node.start_mark.line + 1
        document.data = _convert(node, (), document, _Budget())
    return document


def _charge(node: yaml.CollectionNode, path: PathKey, document: YamlDocument,
            budget: _Budget) -> None:
    """Refuse documents whose aliases repeat too much or whose nesting is too deep.

    Only collections are counted (a repeated collection is charged its size), which keeps
    the cost off the many plain scalars of an ordinary file."""
    if len(path) > MAX_DEPTH:
        raise _too_complex(document.line(path), "yaml.too_deep", limit=MAX_DEPTH)
    if id(node) in budget.seen:  # converted before: an alias repeats it
        budget.repeated += len(node.value) + 1
        if budget.repeated > MAX_ALIAS_NODES:
            raise _too_complex(document.line(path), "yaml.aliases", limit=MAX_ALIAS_NODES)
    else:
        budget.seen.add(id(node))


def _convert(node: yaml.Node, path: PathKey, document: YamlDocument, budget: _Budget) -> Any:
    if isinstance(node, yaml.CollectionNode):
        _charge(node, path, document, budget)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path, document, budget)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                key = str(key)
            child = (*path, key)
            if key in result:
                document.duplicate_keys.append((child, key_node.start_mark.line + 1))
            document.lines[child] = key_node.start_mark.line + 1
            result[key] = _convert(value_node, child, document, budget)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item_node in enumerate(node.value):
            child = (*path, index)
            document.lines[child] = item_node.start_mark.line + 1
            items.append(_convert(item_node, child, document, budget))
        return items
    if node.tag == _STR_TAG:
        return node.value  # fast path: most scalars are text, no constructor needed
    try:
        return _constructor.construct_object(node, deep=True)
    except yaml.YAMLError:
        return node.value  # unusual tags (e.g. bad timestamps) stay as their text


class _CanonicalDumper(_Dumper):  # type: ignore[misc,valid-type]
    pass


def _represent_str(dumper: Any, value: str) -> Any:
    style = "|" if "\n" in value.rstrip("\n") or value.endswith("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_CanonicalDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """Canonical block-style YAML (insertion-ordered keys, Unicode kept, no line wrapping)."""
    return yaml.dump(
        data,
        Dumper=_CanonicalDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )
