"""The editor's sidecar: a YAML file beside a brief that supplies or corrects metadata.

Its keys are declared once, with a description each, in
``model/schemas/sidecar.schema.json``; ``load`` reports every problem in one
run with file and line, and a did-you-mean for a misspelt key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from brieflib.ingest.read import repair_controls
from brieflib.model.errors import BriefError, Problem
from brieflib.model.validate import by_line, impossible_date, line_at, validate
from brieflib.model.yamlfile import read_yaml


def load(path: Path) -> dict[str, Any]:
    """Read and validate a sidecar; raise BriefError listing every problem."""
    data, node = read_yaml(path)
    if data is None:
        return {}
    problems = validate(data, node, "sidecar", path)
    date = data.get("date") if isinstance(data, dict) else None
    if impossible_date(date):
        problems.append(Problem(path, f"'date' {date!r} is not a real date", line_at(node, "date")))
    if problems:
        raise BriefError(by_line(problems))
    return normalise(clean_strings(data, node, path))


def clean_strings(value: Any, node, path: Path, keys: tuple = ()) -> Any:
    """Every string as brief text is cleaned: C1 controls repaired, other controls refused, one line each."""
    if isinstance(value, dict):
        return {k: clean_strings(v, node, path, (*keys, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_strings(v, node, path, (*keys, i)) for i, v in enumerate(value)]
    if isinstance(value, str):
        return " ".join(repair_controls(value, path, line_at(node, *keys)).split())
    return value


def normalise(data: dict) -> dict:
    """A year given alone to text, author names to mappings."""
    out = dict(data)
    if isinstance(out.get("date"), int):
        out["date"] = str(out["date"])
    if "authors" in out:
        out["authors"] = [{"name": a} if isinstance(a, str) else a for a in out["authors"]]
    return out
