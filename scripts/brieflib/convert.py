"""One brief from source file to Brief: the code path shared by ``convert`` and ``build``."""

from __future__ import annotations

from pathlib import Path

from . import sidecar as sidecar_mod
from .metadata import apply_sidecar, extract
from .model import Brief
from .parse import parse
from .read import read_source
from .render import assign_ids, count_words

SOURCE_SUFFIXES = (".txt", ".text", ".md")


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
