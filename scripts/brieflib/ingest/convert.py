"""One brief from source file to Brief: the code path shared by ``convert`` and ``build``."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from brieflib.ingest import sidecar as sidecar_mod
from brieflib.ingest.document import Document, document_metadata, refine
from brieflib.ingest.metadata import apply_sidecar, extract
from brieflib.ingest.parse import parse
from brieflib.ingest.read import read_source
from brieflib.model.brief import Block, Brief
from brieflib.model.text import normalise_for_match, word_count

TEXT_SUFFIXES = (".txt", ".text", ".md")
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm")
SOURCE_SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES + HTML_SUFFIXES
# What an editor may keep beside the briefs without it being a brief.
COMPANION_SUFFIXES = (".yml", ".yaml")
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
    document = read_document(path)
    if document is None:
        brief = extract(parse(read_source(path)), path, display_path(path, root))
    else:
        layout = parse(document.text())
        refine(layout, document)
        brief = extract(layout, path, display_path(path, root))
        document_metadata(brief, document)
    meta = meta or sidecar_for(path)
    if meta is not None:
        apply_sidecar(brief, sidecar_mod.load(meta))
    assign_ids(brief.blocks)
    count_words(brief)
    return brief


def read_document(path: Path) -> Document | None:
    """A PDF or saved web page laid out by its typography or markup; None for a text dump."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from brieflib.ingest.pdf import read_pdf  # imported when needed: pdfminer takes a while to load

        return read_pdf(path)
    if suffix in HTML_SUFFIXES:
        from brieflib.ingest.html import read_html

        return read_html(path)
    return None


def original_copy(brief: Brief) -> str | None:
    """The file name under which a PDF or web page brief's original is copied into the site (None for a text dump).

    A saved web page is copied as text (``original.html.txt``): served as a page of this site its
    scripts would run here and it would load other sites' files.
    """
    suffix = brief.source.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "original.pdf"
    if suffix in HTML_SUFFIXES:
        return "original.html.txt"
    return None


def source_text(path: Path) -> str:
    """Every line of text the source holds, as the converter reads it (furniture included): for a text
    dump its normalised text, for a PDF or web page the text of its text layer or its page."""
    document = read_document(path)
    return read_source(path) if document is None else document.raw


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
