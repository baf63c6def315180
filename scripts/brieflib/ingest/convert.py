"""One brief from source file to Brief: the code path shared by ``convert`` and ``build``."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from brieflib.ingest import sidecar as sidecar_mod
from brieflib.ingest.metadata import apply_sidecar, extract
from brieflib.ingest.parse import parse
from brieflib.ingest.read import read_source
from brieflib.model.brief import Block, Brief
from brieflib.model.text import normalise_for_match, word_count

SOURCE_SUFFIXES = (".txt", ".text", ".md")
WORDS_PER_MINUTE = 230


def sidecar_for(path: Path) -> Path | None:
    """The editor's sidecar beside a brief: same stem, ``.yml`` or ``.yaml``."""
    for suffix in (".yml", ".yaml"):
        candidate = path.with_suffix(suffix)
        if candidate.exists():
            return candidate
    return None


def display_path(path: Path, root: Path | None = None) -> str:
    """The path as the repository knows it (sources/briefs/x.txt) when inside ``root``."""
    root = root or Path.cwd()
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def convert_file(path: Path, meta: Path | None = None, root: Path | None = None) -> Brief:
    """Read, parse, extract metadata and apply the sidecar (``meta`` or the one beside ``path``).

    Themes are not assigned here: that needs the taxonomy (see ``enrich``).
    """
    text = read_source(path)
    brief = extract(parse(text), path, display_path(path, root))
    meta = meta or sidecar_for(path)
    if meta is not None:
        apply_sidecar(brief, sidecar_mod.load(meta))
    assign_ids(brief.blocks)
    count_words(brief)
    return brief


def assign_ids(blocks: list[Block]) -> None:
    """Stable anchors from the text itself, so they survive edits elsewhere in the brief."""
    seen: dict[str, int] = {}
    for block in blocks:
        if block.kind == "heading":
            continue
        prefix = "pq" if block.kind == "pullquote" else "p"
        digest = hashlib.sha1(normalise_for_match(block.text).encode()).hexdigest()[:6]
        base = f"{prefix}-{digest}"
        seen[base] = seen.get(base, 0) + 1
        block.id = base if seen[base] == 1 else f"{base}-{seen[base]}"


def count_words(brief: Brief) -> None:
    brief.words = sum(word_count(b.text) for b in brief.blocks)
    brief.reading_time = max(1, math.ceil(brief.words / WORDS_PER_MINUTE)) if brief.words else 0
