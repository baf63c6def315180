"""Stage 5: enrichment of converted briefs with corpus-wide knowledge.

Themes and their passages, related briefs and glossary links all depend on
the taxonomy, the glossary or the other briefs, so they are recomputed on
every build from the cached conversions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from brieflib.enrich.glossary import Glossary, load_glossary
from brieflib.enrich.related import relate
from brieflib.enrich.taxonomy import Taxonomy, load_taxonomy
from brieflib.enrich.themes import ThemeMatcher, assign_themes
from brieflib.model.brief import Brief, date_sort_key
from brieflib.model.config import SiteConfig
from brieflib.model.errors import BriefError, Problem
from brieflib.model.text import slugify


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


@dataclass
class Site:
    briefs: list[Brief]
    taxonomy: Taxonomy
    config: SiteConfig = field(default_factory=SiteConfig)
    glossary: Glossary | None = None
    orphans: list = field(default_factory=list)  # annotations that could not be anchored

    def __post_init__(self) -> None:
        self.by_slug = {b.slug: b for b in self.briefs}
        self.briefs = sorted(self.briefs, key=date_sort_key)
        self.by_author: dict[str, list[Brief]] = defaultdict(list)
        self.author_names: dict[str, str] = {}
        self.by_publisher: dict[str, list[Brief]] = defaultdict(list)
        self.publisher_names: dict[str, str] = {}
        self.by_theme: dict[str, list[Brief]] = defaultdict(list)
        for brief in self.briefs:
            for author in brief.authors:
                self.by_author[slugify(author.name)].append(brief)
                self.author_names.setdefault(slugify(author.name), author.name)
            if brief.publisher:
                self.by_publisher[slugify(brief.publisher)].append(brief)
                self.publisher_names.setdefault(slugify(brief.publisher), brief.publisher)
            for theme in brief.themes:
                self.by_theme[theme].append(brief)
