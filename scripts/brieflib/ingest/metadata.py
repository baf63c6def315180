"""Stage 3: metadata from the head and tail of a brief, merged with the sidecar.

A field the text does not state stays empty (None). Only a title may be
derived, and then ``title_derived`` says so.
"""

from __future__ import annotations

from pathlib import Path

from brieflib.ingest import patterns as P
from brieflib.ingest.parse import Layout
from brieflib.model.brief import Author, Brief, Removed
from brieflib.model.text import plain, sentences, shorten, slugify

TITLE_LIMIT = 90
SUMMARY_TARGET = 220


def extract(layout: Layout, source: Path, display_path: str) -> Brief:
    """Build a Brief from a parsed layout: head fields, bio authors, publisher, summary."""
    brief = Brief(source=Path(display_path), slug=slugify(source.stem))
    standfirst = None
    for unit in layout.head:
        if unit.role == "date" and brief.date is None:
            brief.date = P.parse_date(unit.text)
        elif unit.role == "title":
            brief.title = plain(unit.text)
        elif unit.role == "byline":
            brief.authors += P.parse_byline(unit.text) or []
        elif unit.role == "authors":
            brief.authors += [Author(n) for n in P.split_names(unit.text) or []]
        elif unit.role == "standfirst":
            standfirst = plain(unit.text)
        elif unit.role in {"doctype", "label"}:
            layout.removed.append(Removed(unit.text, unit.line, f"{unit.role} line of the head"))
    _authors_from_bios(brief, layout)
    brief.publisher = next((p for u in layout.boilerplate if (p := P.publisher_from(u.text))), None)
    _opening(brief, layout, standfirst)
    brief.blocks = layout.blocks
    brief.footnotes = dict(sorted(layout.notes.items()))
    brief.removed = sorted(layout.removed, key=lambda r: r.line)
    return brief


def _authors_from_bios(brief: Brief, layout: Layout) -> None:
    """A closing bio names the author (ECFR, Jamestown) or adds an affiliation."""
    for unit in layout.bios:
        brief.author_bios.append(plain(unit.text))
        for found in P.parse_bio(unit.text) or []:
            known = next((a for a in brief.authors if a.name == found.name), None)
            if known is None:
                brief.authors.append(found)
            elif known.affiliation is None:
                known.affiliation, known.position = found.affiliation, known.position or found.position


def _opening(brief: Brief, layout: Layout, standfirst: str | None) -> None:
    """Dateline, summary and (when the text has none) a derived title."""
    first = next((b for b in layout.blocks if b.kind == "paragraph"), None)
    opening = ""
    if first is not None:
        found = P.dateline(first.text)
        if found:
            brief.dateline, opening = found[0], plain(found[1])
        else:
            opening = plain(first.text)
    lead = sentences(opening)
    if standfirst:
        brief.summary = standfirst
    elif lead:
        chosen: list[str] = []
        for sentence in lead:
            chosen.append(sentence)
            if len(" ".join(chosen)) >= SUMMARY_TARGET or len(chosen) == 3:
                break
        brief.summary, brief.summary_derived = " ".join(chosen), True
    if brief.title is None and lead:
        brief.title = shorten(lead[0].rstrip("."), TITLE_LIMIT)
        brief.title_derived = True


def apply_sidecar(brief: Brief, sidecar: dict) -> None:
    """The editor's word wins over what the text says."""
    for key in ("date", "publisher", "dateline", "summary", "url", "slug"):
        if key in sidecar:
            setattr(brief, key, sidecar[key])
    if "summary" in sidecar:
        brief.summary_derived = False
    if "title" in sidecar:
        brief.title, brief.title_derived = sidecar["title"], False
    if "authors" in sidecar:
        brief.authors = [Author(a["name"], a.get("affiliation"), a.get("position")) for a in sidecar["authors"]]
    if "themes" in sidecar:
        value = sidecar["themes"]
        brief.themes_sidecar = list(value) if isinstance(value, list) else {k: list(v) for k, v in value.items()}
        if isinstance(value, list):
            brief.themes = list(value)
