"""Reading the editors' YAML files (sidecars, themes.yml, glossary.yml) with line numbers for errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from brieflib.model.errors import BriefError, Problem


class StringDatesLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as strings, so the schemas validate them with a clear message."""


StringDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, loader: type = yaml.SafeLoader) -> tuple[Any, yaml.Node | None]:
    """The data and its node tree (for line numbers); invalid YAML is a BriefError with the line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefError(Problem(path, f"cannot read the file: {exc}", hint="save it as UTF-8 YAML")) from exc
    try:
        return yaml.load(text, Loader=loader), yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise BriefError(Problem(path, f"invalid YAML: {problem}", mark.line + 1 if mark else None, "check indentation and quoting")) from exc


def key_lines(node: yaml.Node | None) -> dict[str, int]:
    """``{key: line}`` of a mapping node's keys."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def list_under(path: Path, key: str, hint: str | None = None) -> tuple[dict, list, list[int | None], dict[str, int]]:
    """The top-level mapping, the list under ``key``, each item's line and the top-level keys' lines."""
    data, node = read_yaml(path)
    data = data or {}
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise BriefError(Problem(path, f"expected a '{key}:' list", 1, hint))
    nodes = []
    if isinstance(node, yaml.MappingNode):
        nodes = next((v.value for k, v in node.value if k.value == key and isinstance(v, yaml.SequenceNode)), [])
    lines = [nodes[i].start_mark.line + 1 if i < len(nodes) else None for i in range(len(items))]
    return data, items, lines, key_lines(node)
