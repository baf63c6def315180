"""Briefs that arrive with their structure (a PDF, a saved web page) as a ``Document``.

``pdf.py`` reads typography (size, weight, position, page) and ``html.py``
reads markup; both give the same ``Document``: the brief's pieces in reading
order, each with the kind its typography or markup states (title, heading,
paragraph, list item, or a head line left to the head recognisers), the notes,
the furniture left out with its reason, and the file's own metadata.

``Document.text()`` is the normalised text that the text path's parser reads
(one piece per paragraph, blank lines between), so the head and tail
recognisers, sidecars, themes and pages work unchanged; ``refine`` then lets
what typography or markup states win over what the parser guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from brieflib.ingest.head import Finding
from brieflib.ingest.parse import Layout, notes_in_order
from brieflib.model.brief import Brief, Removed
from brieflib.model.text import normalise_for_match


@dataclass
class Piece:
    """One unit of the brief as the file lays it out."""

    text: str
    kind: str  # "title" | "subtitle" | "heading" | "paragraph" | "item" | "table" | "head" (byline, date, masthead: the head recognisers read it)
    level: int = 2  # headings only
    where: str = ""  # "page 2" for a PDF
    rows: list[list[str]] | None = None  # tables only: the cells, row by row (the text holds them joined)


@dataclass
class Document:
    pieces: list[Piece] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    removed: list[tuple[str, str, int | None]] = field(default_factory=list)  # (text, reason, page): furniture and chrome
    metadata: dict[str, tuple[object, str]] = field(default_factory=dict)  # field -> (value, where it was stated)
    raw: str = ""  # every line of text in the file, furniture included (what ``briefs eval`` checks against)

    def text(self) -> str:
        """The pieces as the text path reads them: one per paragraph, blank lines between."""
        return "\n\n".join(piece.text for piece in self.pieces)

    def line_of(self, index: int) -> int:
        return 2 * index + 1


def refine(layout: Layout, document: Document) -> None:
    """What the file's typography or markup states wins over the parser's guesses."""
    by_line = {document.line_of(i): piece for i, piece in enumerate(document.pieces)}
    _title(layout, document, "title")
    _title(layout, document, "subtitle")
    head_lines = {document.line_of(i) for i, p in enumerate(document.pieces) if p.kind in ("title", "subtitle")}
    # Head lines (bylines, dates) above the first body piece are never body, where the head recognisers stopped early.
    body_lines = [document.line_of(i) for i, p in enumerate(document.pieces) if p.kind not in ("title", "subtitle", "head")]
    first_body = min(body_lines, default=0)
    kept = []
    for block in layout.blocks:
        piece = by_line.get(block.line)
        if block.line in head_lines or (piece is not None and piece.kind == "head" and block.line < first_body):
            layout.removed.append(Removed(block.text, block.line, f"head: {piece.kind} line (above the body)"))
            continue
        if piece is not None and piece.kind == "heading":
            block.kind, block.level = "heading", piece.level
        elif piece is not None and piece.kind == "paragraph" and block.kind == "heading":
            block.kind = "paragraph"  # set in body type: not a heading, however short
        elif piece is not None and piece.kind == "item":
            block.kind = "item"
        elif piece is not None and piece.kind == "table" and piece.rows and normalise_for_match(block.text) == normalise_for_match(piece.text):
            block.kind, block.rows = "table", piece.rows  # the parser kept the table whole: its cells, not its text
        kept.append(block)
    layout.blocks = kept
    if document.notes:
        layout.notes = notes_in_order(sorted(layout.notes.items()) + document.notes)
    first_on_page = {}
    for index, piece in enumerate(document.pieces):
        first_on_page.setdefault(piece.where, document.line_of(index))
    for text, reason, page in document.removed:
        line = first_on_page.get(f"page {page}", 1) if page else 1  # the line of the text where that page begins
        layout.removed.append(Removed(text, line, reason))
        if "running header" in reason:
            layout.running.append(Removed(text, line, "running-header"))


def _title(layout: Layout, document: Document, name: str) -> None:
    """The title (or subtitle) set in its own type replaces whatever the head recognisers took for it."""
    index = next((i for i, p in enumerate(document.pieces) if p.kind == name), None)
    if index is None:
        return
    text = document.pieces[index].text
    finding = Finding(name, text, f"{name}-typography", document.line_of(index), text)
    others = [f for f in layout.findings if f.field == name]
    if others and normalise_for_match(str(others[0].value)) == normalise_for_match(text):
        return
    layout.findings = [f for f in layout.findings if f.field != name]
    layout.findings.insert(0, finding)
    if name == "title":  # a subtitle the parser took for the title is the subtitle
        layout.findings = [f for f in layout.findings if not (f.field == "subtitle" and f.line == finding.line)]


def document_metadata(brief: Brief, document: Document) -> None:
    """The file's own metadata (PDF document information, a page's citation tags) fills a field the
    text leaves empty; where the text states the field and disagrees, the text wins and the evidence says so."""
    for name, (value, where) in document.metadata.items():
        current = getattr(brief, name)
        if name == "authors":
            if not current:
                brief.authors = list(value)
                brief.evidence["authors"] = where
            continue
        if name == "title" and brief.title_derived:
            current = None
        if current is None:
            setattr(brief, name, value)
            if name == "title":
                brief.title_derived = False
            brief.evidence[name] = where
        elif normalise_for_match(str(current)) != normalise_for_match(str(value)):
            brief.evidence[name] += f" (the file's metadata says {str(value)[:60]!r}: the text wins)"
