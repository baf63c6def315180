"""Stage 5: enrichment of converted briefs with corpus-wide knowledge.

What depends on one brief and an editors' file alone (its themes, countries,
regions, glossary mentions and acronyms, and the words related briefs are found by) is
found when the brief is converted and cached with it (build/pipeline.py); what depends on the other briefs (related briefs,
the corpus's acronyms) is recomputed on every build from the cached conversions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from brieflib.enrich.glossary import Glossary, brief_acronyms, load_glossary
from brieflib.enrich.places import Gazetteer, assign_places, load_gazetteer
from brieflib.enrich.related import brief_terms, relate
from brieflib.enrich.taxonomy import Taxonomy, load_taxonomy
from brieflib.enrich.themes import ThemeMatcher, assign_themes
from brieflib.ingest.convert import sidecar_for
from brieflib.model.brief import Brief, date_sort_key
from brieflib.model.config import SiteConfig
from brieflib.model.errors import BriefError, Problem
from brieflib.model.text import slugify, unique_slugs
from brieflib.model.validate import did_you_mean, line_at
from brieflib.model.yamlfile import read_yaml


def taxonomy_for(root: Path) -> Taxonomy:
    return _loaded_once(load_taxonomy, *_source(root, "themes.yml"))


def _source(root: Path, name: str) -> tuple[Path, bytes]:
    path = root / "sources" / name
    return path, path.read_bytes() if path.exists() else b""


@lru_cache(maxsize=8)
def _loaded_once(loader, path: Path, content: bytes):
    """An editors' file loaded once per content, so converting many briefs does not re-read and re-compile it
    (the taxonomy's patterns, ISO's country list and the phrase index of places)."""
    return loader(path)


def enrich_themes(briefs: list[Brief], taxonomy: Taxonomy) -> None:
    """Assign themes to every brief; a sidecar's unknown theme id is an error naming the sidecar, the line and the nearest id."""
    problems = []
    for brief in briefs:
        problems += unknown_themes(brief, taxonomy)
    if problems:
        raise BriefError(problems)
    matcher = _matcher(taxonomy)
    for brief in briefs:
        assign_themes(brief, matcher)


def unknown_themes(brief: Brief, taxonomy: Taxonomy) -> list[Problem]:
    """Every theme id of the brief's sidecar that ``themes.yml`` does not define, at its line, with a did-you-mean."""
    requested = brief.themes_sidecar
    if isinstance(requested, list):
        keyed = [((i,), theme) for i, theme in enumerate(requested)]
    else:
        keyed = [((key, i), theme) for key, ids in (requested or {}).items() for i, theme in enumerate(ids)]
    unknown = [(keys, theme) for keys, theme in keyed if theme not in set(taxonomy.ids)]
    if not unknown:
        return []
    sidecar = sidecar_for(brief.source) or brief.source.with_suffix(".yml")
    node = read_yaml(sidecar)[1] if sidecar.exists() else None
    return [
        Problem(sidecar, f"unknown theme '{theme}'", line_at(node, "themes", *keys),
                did_you_mean(str(theme), taxonomy.ids) or "use an id from sources/themes.yml")
        for keys, theme in unknown
    ]


def gazetteer_for(root: Path) -> Gazetteer:
    return _loaded_once(load_gazetteer, *_source(root, "regions.yml"))


def enrich_places(briefs: list[Brief], gazetteer: Gazetteer) -> None:
    """The countries and regions each brief discusses (rule: enrich/places.py)."""
    for brief in briefs:
        assign_places(brief, gazetteer)


@lru_cache(maxsize=4)
def _matcher(taxonomy: Taxonomy) -> ThemeMatcher:
    return ThemeMatcher(taxonomy)


def glossary_entries_for(root: Path) -> Glossary:
    """The curated glossary alone (no corpus acronyms): what a brief's first mentions are found with."""
    return _loaded_once(_curated_glossary, *_source(root, "glossary.yml"))


def _curated_glossary(path: Path) -> Glossary:
    return Glossary(load_glossary(path), [])


def enrich_mentions(briefs: list[Brief], glossary: Glossary) -> None:
    """The first mention of each glossary entry in each brief (they depend on it and on glossary.yml alone)."""
    for brief in briefs:
        brief.glossary = glossary.mentions(brief)


def enrich_terms(briefs: list[Brief]) -> None:
    """The words that relate each brief to others (they depend on it alone; related briefs weigh them corpus-wide)."""
    for brief in briefs:
        brief.terms = brief_terms(brief)


def enrich_acronyms(briefs: list[Brief]) -> None:
    """The acronyms each brief defines (they depend on it alone; the glossary gathers them corpus-wide)."""
    for brief in briefs:
        brief.acronyms = brief_acronyms(brief)


def enrich(briefs: list[Brief], root: Path, relate_briefs: Callable[[list[Brief], Taxonomy], None] = relate) -> tuple[Taxonomy, Glossary]:
    """Related briefs (by ``relate_briefs``: the build's takes them from its cache when nothing they depend on
    changed) and the glossary with the corpus's acronyms (themes, countries, regions and glossary mentions come with
    the conversion: build/pipeline.py)."""
    taxonomy = taxonomy_for(root)
    relate_briefs(briefs, taxonomy)
    return taxonomy, Glossary(glossary_entries_for(root).entries, briefs)


# Pages the site writes beside the brief pages under briefs/: no brief may take their URL.
RESERVED_BRIEF_SLUGS = frozenset({"by-title", "by-publisher"})


def distinct_slugs(briefs: list[Brief]) -> list[Problem]:
    """Give briefs whose slugs collide distinct ones (the first by source path keeps its own); warn naming both."""
    ordered = sorted(briefs, key=lambda b: b.source.as_posix())
    by_source = {b.source.as_posix(): b for b in ordered}
    slugs, collisions = unique_slugs([(b.source.as_posix(), b.slug) for b in ordered], RESERVED_BRIEF_SLUGS, "brief")
    warnings = []
    for slug, first, later in collisions:
        other = f"brief {first}" if first else "a page of the site"
        warnings.append(Problem(later, f"slug '{slug}' is already used by {other}; this brief's page is briefs/{slugs[later]}/",
                                hint="give it another 'slug' in its sidecar", severity="warning"))
    for source, brief in by_source.items():
        brief.slug = slugs[source]
    return warnings


@dataclass
class Site:
    briefs: list[Brief]
    taxonomy: Taxonomy
    config: SiteConfig = field(default_factory=SiteConfig)
    glossary: Glossary | None = None
    orphans: list = field(default_factory=list)  # annotations that could not be anchored
    gazetteer: Gazetteer | None = None  # regions.yml: the regions' order, members and descriptions
    # what the pages render from one brief alone and show many times (a card's face), by brief slug: see site/cards.py
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.by_slug = {b.slug: b for b in self.briefs}
        self.briefs = sorted(self.briefs, key=date_sort_key)
        self.by_theme: dict[str, list[Brief]] = defaultdict(list)
        self.by_theme_mention: dict[str, list[Brief]] = defaultdict(list)  # briefs that mention a theme they do not discuss
        self.by_region: dict[str, list[Brief]] = defaultdict(list)  # region name -> briefs that discuss it
        authors: dict[str, list[Brief]] = defaultdict(list)
        publishers: dict[str, list[Brief]] = defaultdict(list)
        for brief in self.briefs:
            for name in dict.fromkeys(a.name for a in brief.authors):
                authors[name].append(brief)
            if brief.publisher:
                publishers[brief.publisher].append(brief)
            for theme in brief.themes:
                self.by_theme[theme].append(brief)
            for theme in brief.theme_mentions:
                self.by_theme_mention[theme].append(brief)
            for region in brief.regions:
                self.by_region[region].append(brief)
        self.warnings: list[Problem] = []
        self.author_slugs = self._slugs(authors, "author", "authors")
        self.publisher_slugs = self._slugs(publishers, "publisher", "publishers")
        self.by_author = {self.author_slugs[n]: briefs for n, briefs in authors.items()}
        self.author_names = {slug: name for name, slug in self.author_slugs.items()}
        self.by_publisher = {self.publisher_slugs[n]: briefs for n, briefs in publishers.items()}
        self.publisher_names = {slug: name for name, slug in self.publisher_slugs.items()}

    @staticmethod
    def region_slug(name: str) -> str:
        """The region page's folder: regions/<slug>/."""
        return slugify(name, "region")

    def _slugs(self, named: dict[str, list[Brief]], kind: str, folder: str) -> dict[str, str]:
        """A distinct page slug per exact name; names that slug alike get a warning naming both sources."""
        slugs, collisions = unique_slugs(sorted((name, name) for name in named), fallback=kind)
        for slug, first, later in collisions:
            self.warnings.append(Problem(
                named[later][0].source,
                f"{kind} '{later}' has the same slug '{slug}' as '{first}' (in {named[first][0].source}); "
                f"their pages are {folder}/{slugs[first]}/ and {folder}/{slugs[later]}/",
                hint="if they are the same, spell the name alike in a sidecar",
                severity="warning",
            ))
        return slugs
