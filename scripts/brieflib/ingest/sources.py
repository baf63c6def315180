"""Briefs that arrive as the source of a lightweight markup, not as its output.

An editor may be sent the file an author wrote in, not the page or PDF made from it: an Org-mode file, an
AsciiDoc file, a journal article's JATS XML, or a video's SubRip captions. Each reader here finds its format by the lines only that format
writes, and returns the lines as the text they stand for (headings marked as headings, notes as bracketed
notes), what it took out ``(line, text, reason)``, the fields its header states (``Finding`` s, read like a
head's) and any notes it found inline ``(line, number, text)``. Line numbers never change: a line that is
markup is blanked, never deleted, so every finding and note still points at its line in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

from brieflib.ingest.dates import parse_date
from brieflib.ingest.head import Finding, authors_from
from brieflib.ingest.tables import CELL_SEPARATOR
from brieflib.model.brief import Author

SETTINGS_REASON = "a setting of the source file (its fields read into the metadata)"
COMMENT_REASON = "a comment in the source file (not shown by its author's tools)"
MARKUP_REASON = "markup of the source file (a block's attribute, delimiter or image)"
CUE_REASON = "a caption's number, timing or sound cue (a video's subtitles)"


@dataclass
class Source:
    """What a reader made of a markup source."""

    lines: list[str]
    removed: list[tuple[int, str, str]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notes: list[tuple[int, int, str]] = field(default_factory=list)

    def drop(self, index: int, reason: str) -> None:
        if self.lines[index].strip():
            self.removed.append((index + 1, self.lines[index].strip(), reason))
        self.lines[index] = ""


def markup_source(lines: list[str]) -> Source | None:
    """The first reader whose format the lines are in, or None for a text that is no markup source."""
    for reader in (org_source, asciidoc_source, jats_source, subtitles):
        if (found := reader(lines)) is not None:
            return found
    return None


# -- Org mode ---------------------------------------------------------------

_ORG_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
_ORG_FIELDS = {"title": "title", "subtitle": "subtitle", "author": "authors", "date": "date"}
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\]]+)\](?:\[(?P<text>[^\]]+)\])?\]")
_ORG_NOTE = re.compile(r"\[fn:(?P<n>\d{1,3})\]")


def org_source(lines: list[str]) -> Source | None:
    """An Org-mode file: "#+TITLE:", "#+AUTHOR:", "#+DATE: <2026-03-11 Wed>" at its top, property drawers,
    "# comments", headings marked with stars, notes as "[fn:1]", links as "[[target][text]]"."""
    keys = {m["key"].lower() for line in lines[:30] if (m := _ORG_KEYWORD.match(line))}
    if "title" not in keys or len(keys) < 2:
        return None
    source = Source(list(lines))
    drawer = False
    for n, line in enumerate(lines):
        stripped = line.strip()
        if re.match(r"#\+(?:begin|end)_\w+", stripped, re.I):
            source.drop(n, MARKUP_REASON)  # "#+BEGIN_QUOTE" … "#+END_QUOTE": a block's delimiters, its lines the text's
        elif (keyword := _ORG_KEYWORD.match(line)) is not None and keyword["key"].lower() == "caption":
            source.lines[n] = keyword["value"].strip()  # "#+CAPTION: Port debt, 2019-2025": a figure's or table's caption
        elif keyword is not None:
            _org_field(source, n, keyword["key"].lower(), keyword["value"].strip(), line)
            source.drop(n, SETTINGS_REASON)
        elif drawer or re.fullmatch(r":[A-Z_]+:", stripped):
            drawer = stripped != ":END:" and (drawer or stripped == ":PROPERTIES:" or stripped.startswith(":"))
            source.drop(n, SETTINGS_REASON)
        elif re.match(r"#(?:\s|$)", stripped):
            source.drop(n, COMMENT_REASON)
        else:
            text = re.sub(r"^(\*+)\s+", lambda m: "#" * min(len(m[1]) + 1, 6) + " ", line)  # "** Leakage" as a heading
            text = _ORG_LINK.sub(lambda m: m["text"] or m["target"], text)
            source.lines[n] = _ORG_NOTE.sub(lambda m: f"[{m['n']}]", text)
    return source


def _org_field(source: Source, n: int, key: str, value: str, line: str) -> None:
    name = _ORG_FIELDS.get(key)
    if not name or not value:
        return
    if name == "date":
        if (iso := parse_date(value.strip("<>[] ").split()[0] if value.startswith(("<", "[")) else value)):
            source.findings.append(Finding("date", iso, "org-keyword", n + 1, line.strip()))
    elif name == "authors":
        if (authors := authors_from(value)):
            source.findings.append(Finding("authors", authors, "org-keyword", n + 1, line.strip()))
    else:
        source.findings.append(Finding(name, value, "org-keyword", n + 1, line.strip()))


# -- AsciiDoc ---------------------------------------------------------------

_ADOC_TITLE = re.compile(r"^=\s+(?P<title>\S.*)$")
_ADOC_ATTRIBUTE = re.compile(r"^:(?P<key>!?[\w-]+!?):\s*(?P<value>.*)$")
_ADOC_REVISION = re.compile(r"^v?\d+(?:\.\d+)*,\s*(?P<date>[^:]+?)\s*(?::\s*.*)?$")
_ADOC_NOTE = re.compile(r"footnote:(?:[\w-]+)?\[(?P<text>[^\]]*)\]")
_ADOC_BLOCK = re.compile(r"^(?:'{3,}|\[[^\]]*\]|={4,}|-{4,}|\*{4,}|_{4,}|\.{4,}|\+{4,}|image::?\S*\[[^\]]*\])\s*$")


def asciidoc_source(lines: list[str]) -> Source | None:
    """An AsciiDoc file: "= Title" on its first line, the author ("Name <address>") and the revision ("v1.1, date:
    remark") under it, attributes (":toc: left"), "==" headings, notes inline as "footnote:[text]", block
    attributes ("[.lead]", "[NOTE]"), delimiters ("====") and images ("image::chart.png[…]")."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not (title := _ADOC_TITLE.match(lines[first].strip())):
        return None
    if not any(_ADOC_ATTRIBUTE.match(line) or line.startswith("== ") for line in lines[first + 1 : first + 40]):
        return None
    source = Source(list(lines))
    source.findings.append(Finding("title", title["title"].strip(), "asciidoc-title", first + 1, lines[first].strip()))
    source.drop(first, SETTINGS_REASON)
    header = first + 1
    if header < len(lines) and lines[header].strip() and not _ADOC_ATTRIBUTE.match(lines[header]):
        names = "; ".join(re.sub(r"\s*<[^>]*>", "", part).strip() for part in lines[header].split(";"))
        if not _ADOC_REVISION.match(lines[header].strip()) and (authors := authors_from(names.replace(";", ","))):
            source.findings.append(Finding("authors", authors, "asciidoc-author", header + 1, lines[header].strip()))
            source.drop(header, SETTINGS_REASON)
            header += 1
    if header < len(lines) and (revision := _ADOC_REVISION.match(lines[header].strip())):
        if (iso := parse_date(revision["date"])):
            source.findings.append(Finding("date", iso, "asciidoc-revision", header + 1, lines[header].strip()))
        source.drop(header, SETTINGS_REASON)
    number = 0
    comment = False
    for n, line in enumerate(source.lines):
        if n <= header and not line.strip():
            continue
        if line.strip() == "////" or comment:
            comment = (line.strip() == "////") != comment  # "////" opens and closes a comment block: nothing in it is shown
            source.drop(n, COMMENT_REASON)
            continue
        if line.strip() == "|===":
            source.drop(n, MARKUP_REASON)  # a table's delimiter; its rows are set apart by wide spaces
            continue
        if (attribute := _ADOC_ATTRIBUTE.match(line)) is not None:
            key, value = attribute["key"].lower(), attribute["value"].strip()
            if key == "revdate" and (iso := parse_date(value)):
                source.findings.append(Finding("date", iso, "asciidoc-revision", n + 1, line.strip()))
            elif key == "author" and (authors := authors_from(value)):
                source.findings.append(Finding("authors", authors, "asciidoc-author", n + 1, line.strip()))
            source.drop(n, SETTINGS_REASON)
        elif line.startswith("//"):
            source.drop(n, COMMENT_REASON)
        elif _ADOC_BLOCK.match(line.strip()):
            source.drop(n, MARKUP_REASON)
        else:
            text = re.sub(r"^(={2,6})\s+", lambda m: "#" * len(m[1]) + " ", line)  # "== The bottleneck" as a heading
            text = re.sub(r"^\.\s+(?=\S)", "- ", text)  # ". Buy together": an item of an ordered list
            text = re.sub(r"^\.(?=[A-Z])", "", text)  # ".Port debt": a block's title, over its table or figure
            text = re.sub(r"(?:https?|mailto|link):[^\s\[]+\[(?P<text>[^\]]+)\]", lambda m: m["text"], text)  # a link's words
            text = re.sub(r"<<[\w-]+,\s*(?P<text>[^>]+)>>|<<(?P<id>[\w-]+)>>", lambda m: m["text"] or m["id"], text)  # a cross-reference
            if text.startswith("|"):
                text = "   ".join(cell.strip() for cell in text.strip().strip("|").split("|"))  # "|Port |2019": a table's row

            def note(match: re.Match, n: int = n) -> str:
                nonlocal number
                number += 1
                source.notes.append((n + 1, number, match["text"].strip()))
                return f"[{number}]"

            source.lines[n] = _ADOC_NOTE.sub(note, text)
    return source


# -- JATS XML ---------------------------------------------------------------

JATS_REASON = "markup of the article's XML (JATS): its tags, and front matter read into the metadata"
# Parsed with no entity expanded, no DTD loaded and nothing fetched: the file is untrusted.
_XML_PARSER = lxml.etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, recover=True)
_JATS_TOP = re.compile(r"<!DOCTYPE\s+article\b[^>]*JATS|<article\b[^>]*>", re.I)


def jats_source(lines: list[str]) -> Source | None:
    """A journal article's JATS XML: the title, authors (with the institutions their "aff" cross-references
    name), publication date and publisher from its front matter; its paragraphs, with each section's title as a
    heading, and the notes of its "fn-group" (their calls, "<xref ref-type="fn">", as bracketed numbers)."""
    head = "\n".join(lines[:40])
    if not _JATS_TOP.search(head) or "<front" not in "\n".join(lines):
        return None
    try:
        root = lxml.etree.fromstring("\n".join(lines).encode("utf-8"), _XML_PARSER)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return None
    if root is None or lxml.etree.QName(root).localname != "article" or root.find(".//front") is None:
        return None
    source = Source([""] * len(lines))
    for n, line in enumerate(lines):
        if line.strip():
            source.removed.append((n + 1, line.strip(), JATS_REASON))
    _jats_front(root, source, lines)
    # the notes of the text, not a note on the authors in the front matter ("The author declares no competing interests.")
    notes = {fn.get("id"): fn for part in ("body", "back") for fn in root.iter("fn") if fn.xpath(f"ancestor::{part}")}
    calls = {key: k for k, key in enumerate(notes, 1)}
    body = root.find("body")
    for element in body.iter("p", "title", "tr") if body is not None else ():
        if element.sourceline is None or (element.tag != "tr" and element.xpath("ancestor::p or ancestor::tr")):
            continue  # a paragraph inside another (a list's item in a paragraph) or in a table's cell: read with it
        if element.tag == "tr":  # a table's row: its cells set apart by tabs, as ``tables`` writes a typed table's
            text = CELL_SEPARATOR.join(_jats_text(cell, calls) for cell in element if cell.tag in {"td", "th"})
        else:
            text = _jats_text(element, calls)
        if not text.strip():
            continue
        heading = element.tag == "title" and element.getparent().tag in {"sec", "app", "boxed-text"}  # a figure's title is its caption
        _jats_line(source, element.sourceline - 1, ("## " if heading else "") + text)
    for key, fn in notes.items():
        text = " ".join(_jats_text(p, calls) for p in fn.iter("p")) or _jats_text(fn, calls)
        if text and fn.sourceline is not None:
            source.notes.append((fn.sourceline, calls[key], text))
    return source


def _jats_line(source: Source, index: int, text: str) -> None:
    """``text`` on the line at ``index`` (another paragraph may have begun on it: then the next free line)."""
    while index < len(source.lines) and source.lines[index]:
        index += 1
    if index < len(source.lines):
        source.lines[index] = text


_JATS_BLOCKS = {"list", "list-item", "p", "disp-quote", "def-list", "def-item", "term", "def"}


def _jats_text(element, calls: dict) -> str:
    """An element's words, its note calls as "[n]", its label ("1") and tags left out."""
    parts: list[str] = [element.text or ""] if element.tag != "label" else []
    for child in element:
        if child.tag == "xref" and child.get("ref-type") == "fn":
            parts.append(f"[{calls.get(child.get('rid'), (child.text or '').strip())}]")
        elif child.tag in _JATS_BLOCKS:
            parts.append(" " + _jats_text(child, calls) + " ")  # a list or its item inside a paragraph: words apart
        elif child.tag != "label":
            parts.append(_jats_text(child, calls))
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _jats_front(root, source: Source, lines: list[str]) -> None:
    def find(field_name: str, value, element) -> None:
        line = element.sourceline or 1
        source.findings.append(Finding(field_name, value, "jats", line, lines[line - 1].strip()))

    meta = root.find(".//front/article-meta")
    if meta is None:
        return
    if (title := meta.find("title-group/article-title")) is not None and (text := _jats_text(title, {})):
        find("title", text, title)
    if (subtitle := meta.find("title-group/subtitle")) is not None and (text := _jats_text(subtitle, {})):
        find("subtitle", text, subtitle)
    places = {aff.get("id"): _jats_text(aff, {}) for aff in root.iter("aff")}
    authors = []
    for contrib in meta.iter("contrib"):
        name = contrib.find("name")
        if contrib.get("contrib-type", "author") != "author" or name is None:
            continue
        full = " ".join(t for t in (name.findtext("given-names"), name.findtext("surname")) if t and t.strip())
        rids = [x.get("rid") for x in contrib.iter("xref") if x.get("ref-type") == "aff"]
        place = next((places[r] for r in rids if places.get(r)), None) or (contrib.findtext("aff") or "").strip() or None
        if full.strip():
            authors.append(Author(re.sub(r"\s+", " ", full).strip(), place))
    if authors:
        find("authors", authors, meta.find(".//contrib"))
    dates = {d.get("pub-type") or d.get("date-type") or "": d for d in meta.iter("pub-date")}
    date = next((dates[kind] for kind in ("epub", "ppub", "pub") if kind in dates), next(iter(dates.values()), None))
    if date is not None and (year := date.findtext("year")):
        month, day = date.findtext("month"), date.findtext("day")
        iso = year.strip() + (f"-{int(month):02d}" if month and month.strip().isdigit() else "")
        iso += f"-{int(day):02d}" if month and day and day.strip().isdigit() else ""
        if parse_date(iso):
            find("date", iso, date)
    if (publisher := root.find(".//front/journal-meta/publisher/publisher-name")) is not None and (text := _jats_text(publisher, {})):
        find("publisher", text, publisher)


# -- SubRip captions --------------------------------------------------------

_TIMING = re.compile(r"^\s*(?P<start>\d{2}:\d{2}:\d{2}[,.]\d{3})\s*-->\s*(?P<end>\d{2}:\d{2}:\d{2}[,.]\d{3})\s*$")
_SOUND = re.compile(r"^\s*(?:\[[^\]]{1,40}\]|\([^)]{1,40}\)|♪[^♪]{0,60}♪?)\s*$")  # "[MUSIC]", "(applause)", "♪ … ♪": closed
PAUSE = 2.0  # seconds of silence between two captions that end a paragraph, when the first ends a sentence


def subtitles(lines: list[str]) -> Source | None:
    """A video's SubRip captions: a number, a timing ("00:00:08,340 --> 00:00:14,840") and a line or two of text
    per cue. The numbers, timings and sound cues ("[MUSIC]") are taken out; the cues' text is joined into
    paragraphs, which end where a sentence ends before a pause of ``PAUSE`` seconds or more, each paragraph set on
    its first line."""
    timings = [n for n, line in enumerate(lines) if _TIMING.match(line)]
    if len(timings) < 3 or not all(n and lines[n - 1].strip().isdigit() for n in timings):
        return None
    source = Source(list(lines))
    paragraph: list[int] = []
    last_end = None
    for k, n in enumerate(timings):
        timing = _TIMING.match(lines[n])
        source.drop(n - 1, CUE_REASON)
        source.drop(n, CUE_REASON)
        stop = timings[k + 1] - 1 if k + 1 < len(timings) else len(lines)
        texts = [j for j in range(n + 1, stop) if lines[j].strip()]
        for j in texts:
            if _SOUND.match(lines[j]):
                source.drop(j, CUE_REASON)
        texts = [j for j in texts if source.lines[j].strip()]
        if not texts:
            continue
        start = _seconds(timing["start"])
        if paragraph and last_end is not None and start - last_end >= PAUSE and re.search(r"[.!?][\"”’)]?$", lines[paragraph[-1]].strip()):
            _set_paragraph(source, paragraph)
            paragraph = []
        paragraph += texts
        last_end = _seconds(timing["end"])
    _set_paragraph(source, paragraph)
    return source


def _seconds(stamp: str) -> float:
    hours, minutes, seconds = stamp.replace(",", ".").split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def _set_paragraph(source: Source, indexes: list[int]) -> None:
    """The cues' lines as one paragraph on the first of them; the others blank (their text is in it)."""
    if not indexes:
        return
    source.lines[indexes[0]] = " ".join(source.lines[j].strip() for j in indexes)
    for j in indexes[1:]:
        source.lines[j] = ""
