"""A PDF brief to a ``Document``, from its text layer's typography (pdfplumber).

Words carry font, size and position. They become lines (split where a gap is
wider than a column gutter), lines in each page's margins that repeat on other
pages or are page numbers become furniture, small type at a page's bottom
becomes notes, two columns are read left then right, and lines become pieces
by style and spacing: the title is the largest type on the first page, headings
are larger or bold lines set apart, paragraphs continue across columns and pages.
A ruled table pdfplumber finds is one piece of kind "table" that keeps its cells.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from brieflib.ingest.document import Document, Piece
from brieflib.ingest.parse import join_lines
from brieflib.ingest.patterns import split_names
from brieflib.ingest.read import normalise, repair_controls
from brieflib.model.brief import Author
from brieflib.model.errors import fail
from brieflib.model.text import ends_sentence

MARGIN = 0.09  # share of the page height at top and bottom where running heads and folios sit
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page|p\.|seite|página|pagina|strona)?\s*\d{1,3}(?:\s*(?:of|/|von|de|di|z)\s*\d{1,3})?(?:\s*[-–—])?$", re.I)
_BULLET = re.compile(r"^(?:[•▪◦‣·-]|\d{1,2}[.)])\s")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass
class Line:
    words: list[dict]
    page: int
    text: str = ""
    x0: float = 0
    x1: float = 0
    top: float = 0
    bottom: float = 0
    size: float = 0
    bold: bool = False
    table: bool = False  # a whole table: its cells, " · " between them
    rows: list[list[str]] | None = None  # a table's cells, row by row

    @property
    def style(self) -> tuple[float, bool]:
        return (round(self.size * 2) / 2, self.bold)


def read_pdf(path: Path) -> Document:
    """Open ``path`` and lay its text out as a Document; a clear error when it has no usable text layer."""
    try:
        with pdfplumber.open(path) as pdf:
            pages = [(page.width, page.height, _words(page), _tables(page)) for page in pdf.pages]
            info = dict(pdf.metadata or {})
    except (PdfminerException, PSException, PDFEncryptionError, PDFPasswordIncorrect, ValueError, KeyError, TypeError) as exc:  # what pdfminer raises on a damaged file
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            fail(path, "the PDF is encrypted and cannot be read without its password",
                 hint="save an unencrypted copy (print to PDF) or supply a text dump of the brief")
        fail(path, f"the PDF is broken and cannot be read ({type(cause).__name__}: {str(cause)[:80] or 'no detail'})",
             hint="export the PDF again from the original, or supply a text dump of the brief")
    if not any(words for _, _, words, _ in pages):
        fail(path, "the PDF has no text layer: it is a scanned image, and its text cannot be read",
             hint=f"supply a text dump instead ({path.stem}.txt, made by OCR or copied from the publisher's page), "
                  f"with a sidecar ({path.stem}.yml) for any field it lacks, and remove the PDF")
    return lay_out(pages, info, path)


def _words(page) -> list[dict]:
    return page.extract_words(extra_attrs=["fontname", "size"], x_tolerance=1.5, keep_blank_chars=False)


def _tables(page) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
    """Ruled tables pdfplumber finds: their box and their cells' text."""
    return [(table.bbox, [[re.sub(r"\s+", " ", cell or "").strip() for cell in row] for row in table.extract()]) for table in page.find_tables()]


def lay_out(pages: list[tuple], info: dict, path: Path) -> Document:
    document = Document()
    lines_by_page = [_lines(_outside(words, tables), number) + _table_rows(tables, number) for number, (_, _, words, tables) in enumerate(pages, 1)]
    lines_by_page = [sorted(lines, key=lambda line: (line.top, line.x0)) for lines in lines_by_page]
    body_size = _body_size(lines_by_page)
    lines_by_page = _drop_furniture(lines_by_page, pages, document)
    ordered: list[Line] = []
    note_lines: list[Line] = []
    for number, lines in enumerate(lines_by_page, 1):
        body, notes = _page_notes(lines, body_size)
        document.notes += _notes(notes, document)
        note_lines += notes
        width = pages[number - 1][0]
        ordered += _reading_order(body, width)
    for line in ordered:
        _mark_superscripts(line, body_size)
    # Every line of the text layer: the body in reading order, then the notes, then the furniture.
    document.raw = "\n".join([line.text for line in ordered + note_lines] + [text for text, _, _ in document.removed])
    document.pieces = _pieces(ordered, body_size)
    if not document.pieces:
        fail(path, "the PDF's text layer holds no paragraphs", hint="supply a text dump of the brief")
    document.metadata = _info(info)
    for piece in document.pieces:
        piece.text = normalise(repair_controls(piece.text, path))
        if piece.rows is not None:
            piece.rows = [[normalise(repair_controls(cell, path)) for cell in row] for row in piece.rows]
    return document


# -- lines ---------------------------------------------------------------------


def _lines(words: list[dict], page: int) -> list[Line]:
    """Words in rows by their baseline, each row split where a gap is wider than a gutter."""
    rows: list[list[dict]] = []
    spans: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        # A raised note marker sits higher than its line but its middle is inside it.
        row = next((i for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1) if spans[i][0] - 1 <= middle <= spans[i][1] + 1), None)
        if row is None:
            rows.append([word])
            spans.append((word["top"], word["bottom"]))
        else:
            rows[row].append(word)
            spans[row] = (min(spans[row][0], word["top"]), max(spans[row][1], word["bottom"]))
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        start = 0
        for i in range(1, len(row) + 1):
            if i == len(row) or row[i]["x0"] - row[i - 1]["x1"] > 2.2 * max(row[i - 1]["size"], 6):
                lines.append(_line(row[start:i], page))
                start = i
    return sorted(lines, key=lambda line: (line.top, line.x0))


def _line(words: list[dict], page: int) -> Line:
    main = max(words, key=lambda w: len(w["text"]) * w["size"])
    letters = sum(len(w["text"]) for w in words)
    bold = sum(len(w["text"]) for w in words if _BOLD.search(w["fontname"])) >= 0.8 * letters
    return Line(
        words, page, " ".join(w["text"] for w in words), min(w["x0"] for w in words), max(w["x1"] for w in words),
        min(w["top"] for w in words), max(w["bottom"] for w in words), main["size"], bold,
    )


def _outside(words: list[dict], tables: list) -> list[dict]:
    def inside(word, box):
        return box[0] - 1 <= word["x0"] and word["x1"] <= box[2] + 1 and box[1] - 1 <= word["top"] and word["bottom"] <= box[3] + 1

    return [w for w in words if not any(inside(w, box) for box, _ in tables)]


def _table_rows(tables: list, page: int) -> list[Line]:
    """Each table as one line spanning it (so two columns end above it): its rows with text, cells joined."""
    lines = []
    for (x0, top, x1, bottom), rows in tables:
        rows = [row for row in rows if any(row)]
        width = max((len(row) for row in rows), default=0)
        rows = [row + [""] * (width - len(row)) for row in rows]
        text = " · ".join(cell for row in rows for cell in row if cell)
        if text:
            word = {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": 0, "fontname": ""}
            lines.append(Line([word], page, text, x0, x1, top, bottom, 0, False, table=True, rows=rows))
    return lines


def _body_size(pages: list[list[Line]]) -> float:
    sizes = Counter()
    for lines in pages:
        for line in (line for line in lines if not line.table):
            for word in line.words:
                sizes[round(word["size"] * 2) / 2] += len(word["text"])
    return sizes.most_common(1)[0][0] if sizes else 10.0


# -- furniture -----------------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().casefold()


def _drop_furniture(pages: list[list[Line]], sizes, document: Document) -> list[list[Line]]:
    """Running headers and footers (a margin line repeated on another page) and page numbers."""
    seen: Counter = Counter()
    for number, lines in enumerate(pages):
        for line in lines:
            if _in_margin(line, sizes[number][1]):
                seen[_key(line.text)] += 1
    kept_pages = []
    for number, lines in enumerate(pages):
        height = sizes[number][1]
        kept = []
        for line in lines:
            where = "top" if line.top < height / 2 else "bottom"
            if _in_margin(line, height) and _PAGE_NUMBER.match(line.text):
                document.removed.append((line.text, f"page furniture: a page number (page {line.page}, {where})", line.page))
            elif _in_margin(line, height) and seen[_key(line.text)] >= 2 and len(line.text.split()) <= 16:
                document.removed.append((line.text, f"page furniture: a running header or footer (page {line.page}, {where})", line.page))
            else:
                kept.append(line)
        kept_pages.append(kept)
    return kept_pages


def _in_margin(line: Line, height: float) -> bool:
    return line.bottom < height * MARGIN + 12 or line.top > height * (1 - MARGIN) - 12


# -- notes ---------------------------------------------------------------------


def _page_notes(lines: list[Line], body_size: float) -> tuple[list[Line], list[Line]]:
    """Small type at the bottom of a page that opens with a number: that page's footnotes."""
    small = len(lines)
    while small > 0 and lines[small - 1].size < body_size * 0.92 and not lines[small - 1].table:
        small -= 1
    start = next((i for i in range(small, len(lines)) if not lines[i].table and re.match(r"^\d{1,3}\b|^[⁰¹²³⁴⁵⁶⁷⁸⁹]", lines[i].text)), None)
    if start is None:
        return lines, []
    return lines[:start], lines[start:]


def _notes(lines: list[Line], document: Document) -> list[tuple[int, str]]:
    notes: list[tuple[int, str]] = []
    for line in lines:
        match = re.match(r"^(\d{1,3})\s*(.*)$", line.text)
        if match and (not notes or len(line.words[0]["text"]) <= 3):
            notes.append((int(match.group(1)), match.group(2)))
        elif notes:
            notes[-1] = (notes[-1][0], join_lines(notes[-1][1], line.text, set()))
    return notes


# -- columns -----------------------------------------------------------------


def _gutter(lines: list[Line], width: float) -> float | None:
    """The x of a gutter between two columns: crossed by few lines, with at least three on each side."""
    best, best_crossing = None, len(lines)
    for x in range(int(width * 0.3), int(width * 0.7), 2):
        crossing = sum(1 for line in lines if line.x0 < x < line.x1)
        left = sum(1 for line in lines if line.x1 <= x)
        right = sum(1 for line in lines if line.x0 >= x)
        if left >= 3 and right >= 3 and crossing < best_crossing:
            best, best_crossing = x, crossing
    if best is None or best_crossing > len(lines) * 0.3:
        return None
    return best


def _reading_order(lines: list[Line], width: float) -> list[Line]:
    """One column top to bottom; two columns left then right between lines that span both."""
    gutter = _gutter(lines, width)
    if gutter is None:
        return lines
    ordered, left, right = [], [], []
    for line in lines:
        if line.x0 < gutter < line.x1:
            ordered += left + right + [line]
            left, right = [], []
        elif line.x1 <= gutter:
            left.append(line)
        else:
            right.append(line)
    return ordered + left + right


# -- pieces --------------------------------------------------------------------


def _mark_superscripts(line: Line, body_size: float) -> None:
    """Small raised digits after a word are note markers: ¹²³ in the text, as in a text dump."""
    if line.table:
        return
    parts = []
    baseline = max(w["bottom"] for w in line.words)
    for word in line.words:
        raised = word["size"] < body_size * 0.85 and word["bottom"] < baseline - 1 and re.fullmatch(r"\d{1,3}", word["text"])
        if raised and parts:
            parts[-1] += word["text"].translate(_SUPERSCRIPT)
        else:
            parts.append(word["text"])
    line.text = " ".join(parts)


def _pieces(lines: list[Line], body_size: float) -> list[Piece]:
    """Lines to pieces: a new piece where the style changes, after a gap, at an indent or a bullet."""
    blocks: list[list[Line]] = []
    for line in lines:
        prev = blocks[-1][-1] if blocks else None
        if prev is not None and _same_block(prev, line, body_size):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    vocabulary = {w.lower() for line in lines for w in re.findall(r"\w+(?:-\w+)*", line.text)}
    pieces = [_piece(block, vocabulary) for block in blocks]
    _classify(pieces, blocks, body_size)
    return _continue_across_breaks(pieces, blocks, vocabulary)


def _same_block(prev: Line, line: Line, body_size: float) -> bool:
    if prev.style != line.style or _BULLET.match(line.text) or line.table or prev.table:
        return False
    if line.page != prev.page or line.top < prev.top:  # a new column or page: rejoined later if the sentence runs on
        return False
    gap = line.top - prev.bottom
    indented = line.x0 > prev.x0 + line.size * 0.8 and not _BULLET.match(prev.text)
    return gap < line.size * 0.7 and not indented


def _piece(block: list[Line], vocabulary: set[str]) -> Piece:
    if block[0].table:
        return Piece(block[0].text, "table", where=f"page {block[0].page}", rows=block[0].rows)
    text = block[0].text
    for line in block[1:]:
        text = join_lines(text, line.text, vocabulary)
    return Piece(text, "paragraph", where=f"page {block[0].page}")


def _classify(pieces: list[Piece], blocks: list[list[Line]], body_size: float) -> None:
    """Title: the largest type on page 1. Headings: larger or bold short pieces. Head: what lies above the body."""
    first_page = [i for i, b in enumerate(blocks) if b[0].page == 1]
    if not pieces:
        return
    title = max(first_page or [0], key=lambda i: (blocks[i][0].size, -i))
    if blocks[title][0].size > body_size * 1.15:
        pieces[title].kind = "title"
    body_start = next((i for i, b in enumerate(blocks) if i > title and _body_text(b, body_size)), len(blocks))
    heading_styles = sorted({b[0].style for i, b in enumerate(blocks) if i > body_start and _heading_type(b, body_size)}, reverse=True)
    for i, block in enumerate(blocks):
        if (i == title and pieces[i].kind == "title") or pieces[i].kind == "table":
            continue
        if _BULLET.match(pieces[i].text) and i > body_start:
            pieces[i].kind = "item"
            pieces[i].text = re.sub(r"^[•▪◦‣·-]\s+", "", pieces[i].text)
        elif _heading_type(block, body_size) and block[0].style in heading_styles:
            pieces[i].kind, pieces[i].level = "heading", min(2 + heading_styles.index(block[0].style), 4)
        elif i < body_start:
            subtitle = i == title + 1 and block[0].size > body_size * 1.05 and pieces[title].kind == "title"
            pieces[i].kind = "subtitle" if subtitle else "head"


def _body_text(block: list[Line], body_size: float) -> bool:
    return abs(block[0].size - body_size) < 0.6 and not block[0].bold and (len(block) > 1 or ends_sentence(block[0].text))


def _heading_type(block: list[Line], body_size: float) -> bool:
    line = block[0]
    return len(block) <= 3 and (line.size > body_size * 1.08 or line.bold) and line.size >= body_size * 0.95 and not ends_sentence(block[-1].text.rstrip("?"))


def _continue_across_breaks(pieces: list[Piece], blocks: list[list[Line]], vocabulary: set[str]) -> list[Piece]:
    """A paragraph cut by a column or page break, its sentence unfinished, goes on in the next piece."""
    out: list[Piece] = []
    previous: Line | None = None
    for piece, block in zip(pieces, blocks, strict=True):
        start = block[0]
        broken = previous is not None and (start.page != previous.page or start.top < previous.top)
        if broken and out and out[-1].kind == "paragraph" and piece.kind == "paragraph" and not ends_sentence(out[-1].text):
            out[-1].text = join_lines(out[-1].text, piece.text, vocabulary)
        else:
            out.append(piece)
        previous = block[-1]
    return out


# -- document information ------------------------------------------------------


def _info(info: dict) -> dict[str, tuple[object, str]]:
    """Title and authors from the PDF's document information, when it states them. (Its CreationDate is
    when the file was made, not when the brief was published: never a date.)"""
    found: dict[str, tuple[object, str]] = {}
    title = str(info.get("Title") or "").strip()
    if title and not re.search(r"\.(?:docx?|indd|pdf)$|^untitled|^microsoft", title, re.I):
        found["title"] = (title, f"PDF document information: Title {title[:60]!r}")
    author = str(info.get("Author") or "").strip()
    names = split_names(author) if author else None
    if names:
        found["authors"] = ([Author(n) for n in names], f"PDF document information: Author {author[:60]!r}")
    return found
