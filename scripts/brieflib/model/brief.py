"""The domain model: one ``Brief`` flows through every stage."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path


@dataclass
class Author:
    name: str
    affiliation: str | None = None
    # The role as the text states it ("Associate Researcher", "Former Member,
    # European Parliament; President, Union of European Federalists").
    position: str | None = None

    def as_dict(self) -> dict:
        data = {"name": self.name, "affiliation": self.affiliation}
        if self.position:
            data["position"] = self.position
        return data


@dataclass
class Block:
    """One block of the body: a heading, paragraph, pull quote, list item or table."""

    kind: str  # "heading" | "paragraph" | "pullquote" | "item" | "table"
    text: str  # a table's: its cells joined (for search, themes and word counts)
    line: int  # 1-based line in the source where the block starts
    level: int = 2  # headings only
    id: str = ""  # stable anchor, filled in by render
    rows: list[list[str]] = field(default_factory=list)  # tables only: the cells, row by row, the first row the header


@dataclass
class Removed:
    """Source text that is deliberately not in the body, and why."""

    text: str
    line: int
    reason: str


@dataclass
class Brief:
    source: Path
    slug: str
    title: str | None = None
    title_derived: bool = False
    authors: list[Author] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    summary: str | None = None
    summary_derived: bool = False  # True when the summary is the opening sentences
    # A framed box of the brief's own key points, set apart from the text ("Key takeaways" and its bullets).
    key_points_label: str | None = None
    key_points: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    themes_sidecar: list | dict | None = None  # the editor's list, or {add: [...], remove: [...]}
    # Filled in by enrichment. What depends on the brief and an editors' file alone (themes, places, glossary mentions,
    # terms, acronyms) is cached with its conversion (brief_to_dict); what depends on other briefs (related, annotations,
    # backlinks) is found again on every build:
    theme_passages: dict[str, list[str]] = field(default_factory=dict)  # theme id -> paragraph ids
    theme_weights: dict[str, float] = field(default_factory=dict)  # primary theme id -> likelihood
    theme_mentions: dict[str, list[str]] = field(default_factory=dict)  # mentioned theme id -> paragraph ids, strongest first
    theme_positions: dict[str, dict] = field(default_factory=dict)  # primary theme id -> {block, sentence}
    related: list[dict] = field(default_factory=list)  # [{slug, score, reason}]
    glossary: dict[str, dict] = field(default_factory=dict)  # entry id -> {id: paragraph id, sentence}
    annotations: list = field(default_factory=list)  # anchored annotations.Annotation objects
    backlinks: list = field(default_factory=list)  # annotations elsewhere whose see_also names this brief
    countries: list[str] = field(default_factory=list)  # countries it discusses, most mentioned first (enrich/places.py)
    regions: list[str] = field(default_factory=list)  # regions it discusses (names from sources/regions.yml)
    terms: str = ""  # the words that relate it to other briefs, space-separated (enrich/related.py: brief_terms)
    # the acronyms it defines: {acronym: (expansion, line first defined on)} (enrich/glossary.py: brief_acronyms); None: not looked for
    acronyms: dict[str, tuple[str, int]] | None = None
    url: str | None = None
    author_bios: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    footnotes: dict[int, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)
    words: int = 0
    reading_time: int = 0
    # Why each extracted field has its value: field -> "rule-name, line N: text" (shown by ``convert -v``).
    evidence: dict[str, str] = field(default_factory=dict)


def brief_to_dict(brief: Brief) -> dict:
    """A JSON-ready dict of a converted Brief (the build cache stores these).

    Enrichment that depends on other briefs (annotations, backlinks, related) is
    left out: it is recomputed on every build; themes, countries, regions,
    glossary mentions, terms and acronyms, which depend on the brief and an editors' file alone, are kept. Written out by hand because
    ``dataclasses.asdict`` deep-copies and was a tenth of the conversion time.
    """
    data = {f.name: getattr(brief, f.name) for f in fields(Brief)}
    data["source"] = brief.source.as_posix()
    data["authors"] = [{"name": a.name, "affiliation": a.affiliation, "position": a.position} for a in brief.authors]
    data["blocks"] = [{"kind": b.kind, "text": b.text, "line": b.line, "level": b.level, "id": b.id, "rows": b.rows} for b in brief.blocks]
    data["removed"] = [{"text": r.text, "line": r.line, "reason": r.reason} for r in brief.removed]
    data["footnotes"] = {str(k): v for k, v in brief.footnotes.items()}
    for enriched in ("annotations", "backlinks", "related"):
        data[enriched] = type(data[enriched])()
    return data


def brief_from_dict(data: dict) -> Brief:
    data = dict(data)
    data["source"] = Path(data["source"])
    data["authors"] = [Author(**a) for a in data["authors"]]
    data["blocks"] = [Block(**b) for b in data["blocks"]]
    data["removed"] = [Removed(**r) for r in data["removed"]]
    data["footnotes"] = {int(k): v for k, v in data["footnotes"].items()}
    if data.get("acronyms") is not None:  # JSON writes each (expansion, line) as a list
        data["acronyms"] = {acronym: (expansion, line) for acronym, (expansion, line) in data["acronyms"].items()}
    return Brief(**data)


def date_sort_key(brief: Brief) -> tuple:
    """Newest first; undated last, then by title."""
    return (brief.date is None, tuple(-int(p) for p in (brief.date or "0").split("-")), (brief.title or "").lower())
