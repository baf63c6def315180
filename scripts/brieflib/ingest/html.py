"""A saved web page to a ``Document``: the article by trafilatura, the fields by the page's metadata.

trafilatura finds the article's main text (headings, paragraphs, lists) and
leaves out menus, cookie banners, share buttons, newsletter boxes and related
links; every visible text of the page it leaves out is listed with a reason.
Title, authors, date and publisher come from the page's citation tags, Open
Graph and JSON-LD, and only fill what the visible page does not state: the
visible byline and date are read by the same head recognisers as a text dump.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.etree
import lxml.html
import trafilatura

from brieflib.ingest.dates import parse_date
from brieflib.ingest.document import Document, Piece
from brieflib.ingest.furniture import web_furniture
from brieflib.ingest.patterns import NOTES_LABELS, label, split_names
from brieflib.ingest.read import normalise, repair_controls
from brieflib.model.brief import Author
from brieflib.model.errors import fail
from brieflib.model.text import normalise_for_match

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_BLOCKS = frozenset("p li h1 h2 h3 h4 h5 h6 td th dt dd blockquote figcaption button label summary div nav header footer aside section article main form".split())
_HIDDEN = frozenset("script style noscript template head".split())
# Where a left-out text sat, by the class, id or tag of a container: the reason ``convert -v`` gives.
_CHROME = [
    (re.compile(r"cookie|consent|gdpr", re.I), "web furniture: cookie banner"),
    (re.compile(r"newsletter|subscribe|signup|sign-up", re.I), "web furniture: newsletter sign-up"),
    (re.compile(r"share|social", re.I), "web furniture: share or print buttons"),
    (re.compile(r"related|recommended|read-more|more-from", re.I), "web furniture: related links"),
    (re.compile(r"breadcrumb", re.I), "web furniture: breadcrumb"),
    (re.compile(r"^nav$|menu|navigation|navbar", re.I), "web furniture: site menu"),
    (re.compile(r"^footer$|footer", re.I), "web furniture: site footer"),
    (re.compile(r"^header$|masthead|site-header", re.I), "web furniture: site header"),
    (re.compile(r"byline|author|date|time|meta", re.I), "head: byline or date (read into the metadata)"),
]


def read_html(path: Path) -> Document:
    """The article of a saved web page, with its metadata; a clear error when it has none."""
    data = path.read_bytes()
    if not data.strip():
        fail(path, "the file is empty", hint="save the web page again (the complete HTML) or delete the file")
    try:
        page = lxml.html.fromstring(data)
    except (lxml.etree.ParserError, ValueError) as exc:
        fail(path, f"the file cannot be read as HTML ({exc})", hint="save the web page again as HTML")
    xml = trafilatura.extract(data, output_format="xml", include_formatting=True, include_tables=True,
                              include_comments=False, include_links=False, favor_recall=True)
    if not xml:
        _no_article(path)
    document = Document()
    article = lxml.etree.fromstring(xml.encode())
    document.pieces, document.notes = _pieces(article)
    visible = _visible(page)
    document.pieces = _without_chrome(document.pieces, visible, document)
    if not any(p.kind in ("paragraph", "item") for p in document.pieces):
        _no_article(path)
    _head_lines(page, document)
    for piece in document.pieces:
        piece.text = normalise(repair_controls(piece.text, path))
    document.raw = "\n".join(text for text, _ in visible)
    kept = _letters(" ".join(p.text for p in document.pieces) + " " + " ".join(n for _, n in document.notes))
    for text, reason in visible:
        if _letters(text) not in kept:
            found = web_furniture(text)
            reason = "label of the notes" if label(text) in NOTES_LABELS else found[1] if found else reason
            document.removed.append((text, reason, None))
    document.metadata = page_metadata(page)
    return document


def _no_article(path: Path) -> None:
    fail(path, "the web page has no article text that could be found (only menus, banners or scripts?)",
         hint="save the article's own page, or supply a text dump of the brief (sources/briefs/<name>.txt)")


# -- the article -----------------------------------------------------------------


def _text(element) -> str:
    """An element's text with superscript note numbers as ¹²³ (as a text dump writes them)."""
    parts = [element.text or ""]
    for child in element:
        inner = _text(child)
        if child.tag == "hi" and child.get("rend") == "#sup" and re.fullmatch(r"\s*\d{1,3}\s*", inner):
            inner = inner.strip().translate(_SUPERSCRIPT)
        elif child.tag == "lb":
            inner = " "
        parts.append(inner + (child.tail or ""))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _pieces(article) -> tuple[list[Piece], list[tuple[int, str]]]:
    pieces: list[Piece] = []
    notes: list[tuple[int, str]] = []
    main = article.find("main")
    in_notes = False
    for element in main if main is not None else article:
        text = _text(element)
        if element.tag == "head":
            level = int(element.get("rend", "h2")[1:] or 2) if re.fullmatch(r"h\d", element.get("rend", "")) else 2
            in_notes = label(text) in NOTES_LABELS
            if in_notes:
                continue
            title = level == 1 and not any(p.kind == "title" for p in pieces)
            pieces.append(Piece(text, "title" if title else "heading", max(2, min(level, 4))))
        elif element.tag == "list":
            items = [_text(item) for item in element.findall("item")]
            if in_notes:
                notes += [(number, item) for number, item in enumerate(items, 1)]
                continue
            ordered = element.get("rend") == "ol"
            pieces += [Piece(f"{n}. {item}" if ordered else item, "item") for n, item in enumerate(items, 1) if item]
        elif element.tag == "table":
            for row in element.findall(".//row"):
                cells = [_text(cell) for cell in row.findall("cell")]
                pieces.append(Piece(" · ".join(c for c in cells if c), "paragraph"))
        elif text:
            pieces.append(Piece(text, "paragraph"))
    return [p for p in pieces if p.text], notes


def _without_chrome(pieces: list[Piece], visible: list[tuple[str, str]], document: Document) -> list[Piece]:
    """What trafilatura kept that the page sets in a menu, banner or footer (it keeps too much on a page with
    little text): a piece made only of such blocks is left out, with their reason."""
    chrome = [(_letters(text), reason) for text, reason in visible if reason.startswith("web furniture")]
    kept = []
    for piece in pieces:
        letters = _letters(piece.text)
        inside = [(found, reason) for found, reason in chrome if found and found in letters]
        if letters and sum(len(found) for found, _ in inside) >= len(letters):
            document.removed.append((piece.text, inside[0][1], None))
        else:
            kept.append(piece)
    return kept


def _head_lines(page, document: Document) -> None:
    """The visible byline and date (trafilatura keeps them out of the text): after the title, for the head recognisers."""
    found = []
    for element in page.xpath("//body//*[@class or @itemprop or @rel]"):
        marks = " ".join(element.get(a, "") for a in ("class", "itemprop", "rel"))
        if re.search(r"\b(?:byline|author|authors)\b", marks, re.I) and element.tag in ("p", "div", "span", "a", "address"):
            found.append(_visible_text(element))
        elif element.tag == "time" or re.search(r"\b(?:date|published|datePublished)\b", marks):
            found.append(_visible_text(element))
    lines = []
    for text in found:
        if text and len(text.split()) <= 20 and not any(normalise_for_match(text) in normalise_for_match(t) for t in lines):
            lines.append(text)
    title = next((i for i, p in enumerate(document.pieces) if p.kind == "title"), -1)
    document.pieces[title + 1 : title + 1] = [Piece(text, "head") for text in lines]


def _letters(text: str) -> str:
    """Letters only, casefolded: the same text whatever its note markers, spaces and punctuation."""
    return "".join(c for c in text.casefold() if c.isalpha())


def _visible_text(element) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _visible(page) -> list[tuple[str, str]]:
    """Each visible block of text on the page (its innermost block element), with the reason it would be left out."""
    out = []
    for element in page.xpath("//body//*"):
        if element.tag not in _BLOCKS or any(d.tag in _BLOCKS for d in element.iterdescendants()):
            continue
        if any(a.tag in _HIDDEN for a in element.iterancestors()):
            continue
        text = _visible_text(element)
        if text:
            out.append((text, _reason(element)))
    return out


def _reason(element) -> str:
    for ancestor in [element, *element.iterancestors()]:
        marks = f"{ancestor.tag} {ancestor.get('class', '')} {ancestor.get('id', '')}"
        for pattern, reason in _CHROME:
            if any(pattern.search(word) for word in marks.split()):
                return reason
    return "web page: outside the article (trafilatura)"


# -- metadata ----------------------------------------------------------------------


def _meta(page, *names: str) -> list[str]:
    values = []
    for name in names:
        values += [v.strip() for v in page.xpath(f'//meta[@name="{name}" or @property="{name}"]/@content') if v.strip()]
    return values


def _json_ld(page) -> list[dict]:
    found = []
    for script in page.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data.get("@graph", [data]) if isinstance(data, dict) else data:
            if isinstance(item, dict) and re.search(r"Article|Report|CreativeWork|BlogPosting", str(item.get("@type", ""))):
                found.append(item)
    return found


def _names(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(i.get("name") if isinstance(i, dict) else i).strip() for i in items if i]


def _citation_name(name: str) -> str:
    """Citation tags write "Last, First": the page shows "First Last"."""
    parts = [p.strip() for p in name.split(",")]
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 and all(parts) else name


def page_metadata(page) -> dict[str, tuple[object, str]]:
    """Title, authors, date and publisher from citation tags, then Open Graph, then JSON-LD."""
    ld = _json_ld(page)
    found: dict[str, tuple[object, str]] = {}
    candidates = {
        "title": [("citation_title", _meta(page, "citation_title")), ("og:title", _meta(page, "og:title")),
                  ("JSON-LD headline", [str(i["headline"]) for i in ld if i.get("headline")])],
        "date": [("citation_publication_date", _meta(page, "citation_publication_date", "citation_date")),
                 ("article:published_time", _meta(page, "article:published_time")),
                 ("JSON-LD datePublished", [str(i["datePublished"]) for i in ld if i.get("datePublished")])],
        "publisher": [("citation_publisher", _meta(page, "citation_publisher")), ("og:site_name", _meta(page, "og:site_name")),
                      ("JSON-LD publisher", [n for i in ld for n in _names(i.get("publisher"))])],
    }
    for name, sources in candidates.items():
        for source, values in sources:
            value = _date(values[0]) if name == "date" and values else (values[0] if values else None)
            if value:
                found[name] = (value, f"page metadata {source}: {str(values[0])[:60]}")
                break
    authors = [_citation_name(a) for a in _meta(page, "citation_author")] or [n for i in ld for n in _names(i.get("author"))]
    if authors:
        names = [n for a in authors for n in (split_names(a) or [a])]
        found["authors"] = ([Author(n) for n in dict.fromkeys(names)], f"page metadata: {'; '.join(authors)[:60]}")
    return found


def _date(value: str) -> str | None:
    iso = re.match(r"^(\d{4})[-/](\d{2})[-/](\d{2})", value)
    return f"{iso[1]}-{iso[2]}-{iso[3]}" if iso else parse_date(value)
