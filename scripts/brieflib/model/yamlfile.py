"""Reading the editors' YAML files (sidecars, themes.yml, glossary.yml, annotation front matter) with their node trees, for line numbers."""

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


def read_yaml(path: Path, loader: type = StringDatesLoader) -> tuple[Any, yaml.Node | None]:
    """The data and its node tree (for line numbers); an unreadable file or invalid YAML is a BriefError."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefError(Problem(path, f"cannot read the file: {exc}", hint="save it as UTF-8 YAML")) from exc
    return parse_yaml(text, path, loader)


def parse_yaml(text: str, path: Path | str, loader: type = StringDatesLoader, first_line: int = 1) -> tuple[Any, yaml.Node | None]:
    """The data and node tree of YAML ``text`` found at ``first_line`` of ``path`` (front matter starts on line 2)."""
    reader = loader("\n" * (first_line - 1) + text)  # blank lines first, so every mark is a line of the file
    try:
        node = reader.get_single_node()
        return (reader.construct_document(node) if node is not None else None), node
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise BriefError(Problem(path, f"invalid YAML: {problem}", mark.line + 1 if mark else None, "check indentation and quoting")) from exc
    finally:
        reader.dispose()
