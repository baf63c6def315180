"""The editor's sidecar: a YAML file beside a brief that supplies or corrects metadata.

Declared once as a schema (``FIELDS``) and validated in one pass: every
problem is reported with file and line, unknown keys get a did-you-mean.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from brieflib.model.errors import BriefError, Problem
from brieflib.model.yamlfile import StringDatesLoader, key_lines, read_yaml

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value.strip()):
        return None
    return "must be a non-empty string or null"


def _date(value: Any) -> str | None:
    if value is None or isinstance(value, dt.date):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not PARTIAL_DATE.match(value):
        return "must be a date written YYYY-MM-DD, YYYY-MM or YYYY"
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return f"{value!r} is not a real date"
    return None


def _slug(value: Any) -> str | None:
    if isinstance(value, str) and SLUG.match(value):
        return None
    return "must be lowercase letters, digits and single hyphens, like 'nato-after-2025'"


def _url(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and re.match(r"^https?://\S+$", value)):
        return None
    return "must be an http:// or https:// address"


def _themes(value: Any) -> str | None:
    def ids(items: Any) -> bool:
        return isinstance(items, list) and all(isinstance(v, str) and SLUG.match(v) for v in items)

    if ids(value):
        return None
    if isinstance(value, dict) and value and set(value) <= {"add", "remove"} and all(ids(v) for v in value.values()):
        return None
    return "must be a list of theme ids, like [defence-spending], or {add: [ids], remove: [ids]}"


def _authors(value: Any) -> str | None:
    if not isinstance(value, list):
        return "must be a list of names or of {name, affiliation} mappings"
    for i, item in enumerate(value, 1):
        if isinstance(item, str) and item.strip():
            continue
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            return f"author {i} needs a 'name'"
        unknown = set(item) - {"name", "affiliation", "position"}
        if unknown:
            return f"author {i} has unknown key(s) {sorted(unknown)}; allowed: name, affiliation, position"
        for key in ("affiliation", "position"):
            if _text(item.get(key)):
                return f"author {i}: '{key}' must be a non-empty string or null"
    return None


@dataclass(frozen=True)
class Field:
    check: Callable[[Any], str | None]
    doc: str


FIELDS: dict[str, Field] = {
    "title": Field(_text, "The publisher's title, when the text lacks it or gets it wrong."),
    "authors": Field(_authors, "Authors: names, or mappings with name, affiliation and position."),
    "date": Field(_date, "Publication date: YYYY-MM-DD, YYYY-MM or YYYY."),
    "publisher": Field(_text, "The organisation that published the brief."),
    "dateline": Field(_text, "The place a brief is filed from (WASHINGTON)."),
    "summary": Field(_text, "A standfirst to use instead of the opening sentences."),
    "themes": Field(_themes, "Theme ids that replace the computed ones, or {add: [...], remove: [...]} to adjust them."),
    "slug": Field(_slug, "The brief's URL name (briefs/<slug>/); defaults to the file name."),
    "url": Field(_url, "The brief's address on the publisher's site."),
}


def load(path: Path) -> dict[str, Any]:
    """Read and validate a sidecar; raise BriefError listing every problem."""
    data, node = read_yaml(path, StringDatesLoader)
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise BriefError(Problem(path, "the sidecar must be a mapping of field: value", 1))
    lines = key_lines(node)
    problems = validate(data, path, lines)
    if problems:
        raise BriefError(problems)
    return normalise(data)


def validate(data: dict, path: Path | str, lines: dict[str, int] | None = None) -> list[Problem]:
    lines = lines or {}
    problems = []
    for key, value in data.items():
        line = lines.get(str(key))
        spec = FIELDS.get(str(key))
        if spec is None:
            close = difflib.get_close_matches(str(key), FIELDS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(FIELDS)}"
            problems.append(Problem(path, f"unknown key '{key}'", line, hint))
            continue
        error = spec.check(value)
        if error:
            problems.append(Problem(path, f"'{key}' {error}", line))
    return problems


def normalise(data: dict) -> dict:
    """Dates to ISO strings, author names to mappings."""
    out = dict(data)
    if isinstance(out.get("date"), (dt.date, int)):
        out["date"] = out["date"].isoformat() if isinstance(out["date"], dt.date) else str(out["date"])
    if "authors" in out:
        out["authors"] = [{"name": a} if isinstance(a, str) else a for a in out["authors"]]
    return out
