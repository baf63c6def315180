"""The files of the build's caches (``.cache/convert/``, ``.cache/pages/``): one JSON entry each, written whole or
not at all, and an entry that cannot be read taken for a missing one."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

TEMPORARY_SUFFIX = ".tmp"


def write_entry(path: Path, entry: dict) -> None:
    """Write ``entry`` as JSON to a temporary file beside ``path``, then rename it over ``path``: a build stopped
    while writing leaves the old entry or the new one, never half of one (at worst a temporary file, which
    ``prune`` removes)."""
    # A name of its own per process and write ("x" fails rather than share one), made with the usual permissions
    # (tempfile.mkstemp's are the owner's alone).
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")
    try:
        with temporary.open("x", encoding="utf-8") as file:
            file.write(json.dumps(entry, ensure_ascii=False))  # in one piece: json.dump writes it in many small ones
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_entry(path: Path) -> dict | None:
    """An entry; None when there is none or it cannot be read (half written by an older build, or edited)."""
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) else None


def prune(folder: Path, used: set[str]) -> int:
    """Delete the entries in ``folder`` not named in ``used``, and any temporary file left by a stopped build;
    return how many entries were deleted."""
    pruned = 0
    for path in folder.iterdir():
        if path.name.endswith(TEMPORARY_SUFFIX) and path.name.startswith("."):
            path.unlink(missing_ok=True)
        elif path.suffix == ".json" and path.name not in used:
            path.unlink(missing_ok=True)
            pruned += 1
    return pruned
