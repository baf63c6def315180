"""Stage 5: enrichment of converted briefs with corpus-wide knowledge.

Themes and their passages, related briefs and glossary links all depend on
the taxonomy, the glossary or the other briefs, so they are recomputed on
every build from the cached conversions.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .convert import convert_file
from .errors import BriefError, Problem
from .glossary import Glossary, load_glossary
from .model import Brief
from .related import relate
from .taxonomy import Taxonomy, load_taxonomy
from .themes import ThemeMatcher, assign_themes


def convert_one(path: Path, meta: Path | None = None, root: Path | None = None) -> Brief:
    """One brief as ``briefs.py convert`` prints it: converted, with its themes assigned."""
    root = root or Path.cwd()
    brief = convert_file(path, meta, root)
    enrich_themes([brief], taxonomy_for(root))
    return brief


def taxonomy_for(root: Path) -> Taxonomy:
    path = root / "sources" / "themes.yml"
    return _taxonomy(path, path.read_bytes() if path.exists() else b"")


@lru_cache(maxsize=4)
def _taxonomy(path: Path, content: bytes) -> Taxonomy:
    """Loaded once per content, so converting many briefs does not re-read and re-compile it."""
    return load_taxonomy(path)


def enrich_themes(briefs: list[Brief], taxonomy: Taxonomy) -> None:
    """Assign themes to every brief; a sidecar's unknown theme id is an error naming the sidecar."""
    problems = []
    known = set(taxonomy.ids)
    for brief in briefs:
        requested = brief.themes_sidecar
        ids = requested if isinstance(requested, list) else [t for v in (requested or {}).values() for t in v]
        for theme in ids:
            if theme not in known:
                problems.append(Problem(brief.source.with_suffix(".yml"), f"unknown theme '{theme}'", hint="use an id from sources/themes.yml"))
    if problems:
        raise BriefError(problems)
    matcher = _matcher(taxonomy)
    for brief in briefs:
        assign_themes(brief, matcher)


@lru_cache(maxsize=4)
def _matcher(taxonomy: Taxonomy) -> ThemeMatcher:
    return ThemeMatcher(taxonomy)


def enrich(briefs: list[Brief], root: Path) -> tuple[Taxonomy, Glossary]:
    """Related briefs and glossary mentions for the whole corpus (themes come with the conversion)."""
    taxonomy = taxonomy_for(root)
    entries = load_glossary(root / "sources" / "glossary.yml")
    relate(briefs, taxonomy)
    glossary = Glossary(entries, briefs)
    for brief in briefs:
        brief.glossary = glossary.mentions(brief)
    return taxonomy, glossary
