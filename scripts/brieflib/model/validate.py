"""One validator for every input we read and the front matter we write: JSON Schema in, Problems out.

The schemas (Draft 2020-12) are ``model/schemas/<name>.schema.json``. Each
error becomes one Problem: the line of the key or item (from the YAML node
tree), its path as people read it (``authors[2].name``; items count from 1,
as editors count them), what is wrong in plain words (the schema's own
``x-message`` where it has one) and a did-you-mean for unknown keys and values.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, ValidationError

from brieflib.model.errors import Problem

SCHEMAS = Path(__file__).parent / "schemas"
TYPE_WORDS = {
    "string": "text", "array": "a list", "object": "a mapping", "integer": "a whole number",
    "number": "a number", "boolean": "true or false", "null": "empty",
}
_DATE_SHAPE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@cache
def schema(name: str) -> dict:
    """The schema ``model/schemas/<name>.schema.json``."""
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name))


def validate(data: Any, node: yaml.Node | None, schema_name: str, path: Path | str) -> list[Problem]:
    """Every way ``data`` breaks the schema, in line order; ``node`` is its YAML node tree, or None."""
    problems = [
        problem
        for error in _validator(schema_name).iter_errors(data)
        for leaf in _leaves(error)
        for problem in _problems(leaf, node, path)
    ]
    return by_line(dict.fromkeys(problems))  # a missing or unknown key is reported once, not once per error


def is_valid(value: Any, schema_name: str, *pointer: str) -> bool:
    """Whether ``value`` meets the part of the schema at ``pointer`` ("properties", "themes", "items")."""
    part = schema(schema_name)
    for key in pointer:
        part = part[key]
    return _validator(schema_name).evolve(schema=part).is_valid(value)


def by_line(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in the order of the file, so the same input always reads the same."""
    return sorted(problems, key=lambda p: (p.line or 0, p.message))


def locate(node: yaml.Node | None, keys: Iterable[Any]) -> tuple[int | None, str]:
    """The line of the key or item at ``keys`` (or of the nearest one above it) and its path: ``authors[2].name``."""
    line, label = _line(node), ""
    for key in keys:
        child = None
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            child = node.value[key]
            line = _line(child)
        elif isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == str(key)), None)
            if pair is not None:
                line, child = _line(pair[0]), pair[1]
        is_item = isinstance(node, yaml.SequenceNode) or (node is None and isinstance(key, int))
        label += f"[{key + 1}]" if is_item else f"{'.' if label else ''}{key}"
        node = child
    return line, label


def line_at(node: yaml.Node | None, *keys: Any) -> int | None:
    """The line of the key or item at ``keys``."""
    return locate(node, keys)[0]


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"did you mean '{close[0]}'?" if close else None


def impossible_date(value: Any) -> bool:
    """True for text shaped YYYY[-MM[-DD]] that names no real day (2025-02-30): a check no pattern can make."""
    if not isinstance(value, str) or not _DATE_SHAPE.match(value):
        return False
    year, month, day = ([int(p) for p in value.split("-")] + [1, 1])[:3]
    try:
        dt.date(year, month, day)
    except ValueError:
        return True
    return False


def duplicate_ids(data: Any, node: yaml.Node | None, list_key: str, noun: str, path: Path | str) -> list[Problem]:
    """An item of the list under ``list_key`` whose ``id`` an earlier item already has: a check across items."""
    items = data.get(list_key) if isinstance(data, dict) else None
    first: dict[str, int | None] = {}
    problems = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        item_id = item.get("id") if isinstance(item, dict) else None
        if not isinstance(item_id, str):
            continue
        line = line_at(node, list_key, i)
        if item_id in first:
            problems.append(Problem(path, f"{noun} id '{item_id}' is used twice (first on line {first[item_id]})", line))
        first.setdefault(item_id, line)
    return problems


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def _leaves(error: ValidationError) -> list[ValidationError]:
    """The errors worth reporting: for anyOf/oneOf, those of the one branch that fits the value's type."""
    if error.validator not in ("anyOf", "oneOf"):
        return [error]
    branches = defaultdict(list)
    for sub in error.context or []:
        branches[sub.schema_path[0]].append(sub)
    fitting = [subs for subs in branches.values() if not any(s.validator == "type" and not s.relative_path for s in subs)]
    if len(fitting) != 1:
        return [error]  # no branch fits (or several do): the schema's own x-message says what is expected
    return [leaf for sub in fitting[0] for leaf in _leaves(sub)]


def _problems(error: ValidationError, node: yaml.Node | None, path: Path | str) -> list[Problem]:
    keys = list(error.absolute_path)
    properties = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties":
        return [_unknown_key(node, path, keys, key, list(properties)) for key in error.instance if key not in properties]
    if error.validator == "required":
        missing = [key for key in error.validator_value if key not in error.instance]
        return [_missing_key(node, path, keys, key, properties.get(key, {})) for key in missing]
    line, label = locate(node, keys)
    what = _what(error)
    hint = did_you_mean(str(error.instance), map(str, error.validator_value)) if error.validator == "enum" else None
    return [Problem(path, f"'{label}' {what}" if label else what, line, hint)]


def _unknown_key(node, path, keys: list, key: Any, known: list[str]) -> Problem:
    line, label = locate(node, [*keys, key])
    hint = did_you_mean(str(key), known) or f"allowed keys: {', '.join(known)}"
    return Problem(path, f"unknown key '{label}'", line, hint)


def _missing_key(node, path, keys: list, key: str, spec: dict) -> Problem:
    line, label = locate(node, [*keys, key])  # the line of the mapping that lacks the key
    return Problem(path, f"'{label}' is required", line, spec.get("description"))


def _what(error: ValidationError) -> str:
    """What is wrong, in plain words: the schema's x-message, or a sentence for the keyword."""
    if error.validator == "enum":
        return "must be one of " + ", ".join(map(str, error.validator_value))
    message = error.schema.get("x-message") if isinstance(error.schema, dict) else None
    if message:
        return message.replace("{value}", repr(error.instance))
    if error.validator == "type":
        types = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        text = "must be " + " or ".join(TYPE_WORDS.get(t, t) for t in types)
        return text if error.absolute_path else f"the file {text}"
    if error.validator in ("minimum", "maximum"):
        return f"must be at {'least' if error.validator == 'minimum' else 'most'} {error.validator_value}"
    if error.validator in ("minLength", "minItems", "minProperties"):
        return "must not be empty"
    return error.message
