"""Page and web furniture: lines that belong to the page, not to the brief.

Two registries. ``PAGE_FURNITURE`` looks at raw lines of a PDF dump (page
numbers, running headers and footers found by repetition, framed sidebar
boxes) before the text is cut into paragraphs, so that a paragraph cut by a
page break can be rejoined. ``WEB_FURNITURE`` looks at one unit of a web page
copy (menus, breadcrumbs, share and print buttons, cookie banners, newsletter
boxes, related links, tags, reading time). Every line removed is listed with
its recogniser's reason: nothing is dropped silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from brieflib.ingest import patterns as P
from brieflib.ingest.dates import COMMENT_COUNT, date_in_segments, dated_fields
from brieflib.ingest.registry import Registry
from brieflib.model.text import ends_sentence, normalise_for_match

# -- page furniture (raw lines) ------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:page|p\.|pag\.|s\.|seite|página|pagina|strona|side|sida|sivu|"
    r"slide|folie|diapositive|diapositiva|dia|slajd)?\s*\d{1,3}(?:\s*(?:of|/|von|de|di|z|sur|van|av|af)\s*\d{1,3})?(?:\s*[-–—]|\s*\((?:end|fin|ende)\))?$",
    re.I,
)
# A box's top or bottom: "+-----+", or drawn with box-drawing characters ("┌─────┐", "└─────┘", "╔═════╗")
_BOX_RULE = re.compile(r"^\s*(?:\+[-=]{5,}\+?|[┌╔╭][─═━]{5,}[┐╗╮]?|[└╚╰][─═━]{5,}[┘╝╯]?)\s*$")
BOX_SIDES = "│║┃ "  # a box's sides, drawn at each end of its lines
_PAGE_SEPARATORS = r"\s*[|·•/–—-]\s*"


# A page number at either edge, after a separator or a run of spaces (the number at the margin of a PDF dump's footer).
_EDGE_PAGE_NUMBER = re.compile(rf"^\d{{1,3}}(?:{_PAGE_SEPARATORS}|\s{{3,}})|(?:{_PAGE_SEPARATORS}|\s{{3,}})\d{{1,3}}$")
_PAGE_WORD_NUMBER = re.compile(r"\b(?:page|seite|página)\s+\d{1,3}(?:\s+of\s+\d{1,3})?\b", re.I)
_PAGE_ABBREVIATED = re.compile(r"(?<!\S)p\.\s?\d{1,3}\b")  # "Reader p. 61" at a margin (a note's "Ibid., p. 9" is no header)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)  # asked twice for every line (repetitions, then each candidate header)
def page_key(line: str) -> str:
    """A line with its page number taken out, for spotting running headers and footers."""
    text = _EDGE_PAGE_NUMBER.sub("", line.strip())
    text = re.sub(r"(?<=\S)\s{3,}\d{1,3}\s{3,}(?=\S)", " ", text)  # "EN      1      EN": a page number set between two marks
    text = _PAGE_WORD_NUMBER.sub("", text)
    if re.search(r"\S\s{3,}\S|\s[|·•]\s", text):
        text = _PAGE_ABBREVIATED.sub("", text)
    return _SPACES.sub(" ", text).strip().casefold()


PageTest = Callable[[str, Counter], bool]
PAGE_FURNITURE: Registry[PageTest] = Registry()


@PAGE_FURNITURE.register("page-number", 90, "page furniture: a page number")
def is_page_number(line: str, repeated: Counter, alone: bool = True) -> bool:
    """"3", "Page 2 of 3", "- 4 -" alone on a line."""
    return bool(_PAGE_NUMBER.match(line.strip()))


# (after a word or two naming the volume: "Reader p. 61", "Course pack page 3")
_PAGE_SEGMENT = re.compile(r"(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:page|p\.|pag\.|seite|página|pagina|strona|pagina)\s*\d{1,3}(?:\s*(?:of|/|von|de|di|z|sur|van)\s*\d{1,3})?", re.I)


_PAGE_OF = re.compile(r"(?:page|seite|página|pagina|strona)\s*\d{1,3}\s*(?:of|/|von|de|di|z|sur|van)\s*\d{1,3}", re.I)


@PAGE_FURNITURE.register("page-footer", 85, "page furniture: a footer with its page number")
def is_page_footer(line: str, repeated: Counter, alone: bool = True) -> bool:
    """"Memo 4/2026 · Page 1 of 3", "Harbour Institute | Seite 2 von 5": one segment is the page number, even on a one-page memo."""
    segments = [s.strip() for s in re.split(r"\s+[|·•]\s+|\s{3,}", line.strip()) if s.strip()]
    dashed = [s.strip() for s in re.split(r"\s+[—–]\s+", line.strip()) if s.strip()]
    if len(dashed) >= 2 and len(line.split()) <= 14 and _PAGE_OF.fullmatch(dashed[-1]):
        return True  # "IPAES/DIP (2026) PV 01 — page 2 of 2": the page and the count, spelt out ("… – p. 14" in a note is a page cited)
    if len(segments) >= 2 and re.fullmatch(r"\d{1,3}\s*/\s*\d{1,3}", segments[-1]) and re.search(r"\S\s{6,}\d{1,3}\s*/\s*\d{1,3}\s*$", line):
        # "NON-PAPER – NOT AN OFFICIAL EU DOCUMENT          1/1", "Brief_03.pdf          2 / 3": the page and its count at the
        # margin, beside a marking in capitals or a file's name ("Latvia          3/5" is a table's row)
        named = " ".join(segments[:-1])
        return len(line.split()) <= 14 and (named.isupper() or bool(re.search(r"\.(?:pdf|docx?|odt)\b", named, re.I)))
    if len(segments) >= 2 and any(re.fullmatch(r"[—–―－-]\s*\d{1,3}\s*[—–―－-]", s) for s in (segments[0], segments[-1])) and len(line.split()) <= 14:
        return True  # "EAESI Policy Brief No. 31          — 2 —" (or the page first, on an even page): the page between dashes at the margin
    if len(segments) >= 2 and _PAGE_SEGMENT.fullmatch(segments[-1]) and re.search(r"\S\s{6,}\S[^\s]*(?:\s\S+){0,3}$", line) and len(line.split()) <= 24:
        return True  # "Licensed copy – University – course use only          Reader p. 61": the stamp and the page at the margin
    return len(segments) >= 2 and len(line.split()) <= 14 and any(_PAGE_SEGMENT.fullmatch(s) for s in segments)


# A protective marking printed at the top and foot of every page, in capitals as printed.
_MARKING = re.compile(
    r"(?:(?:NATO|EU|COSMIC)\s+)?(?:UNCLASSIFIED|UNCLASS|OFFICIAL(?:[- ]SENSITIVE)?|RESTRICTED|CONFIDENTIAL|SECRET|TOP SECRET|"
    r"FOR OFFICIAL USE ONLY|FOUO|LIMITED DISTRIBUTION|NOT PROTECTIVELY MARKED|TLP:\s?(?:CLEAR|WHITE|GREEN|AMBER(?:\+STRICT)?|RED)|"
    r"NICHT EINGESTUFT|VS-NUR FÜR DEN DIENSTGEBRAUCH|NON CLASSIFIÉ|DIFFUSION RESTREINTE|NO CLASIFICADO|DIFUSIÓN LIMITADA|"
    r"NÃO CLASSIFICADO|NON CLASSIFICATO|JAWNE|NIEJAWNE)(?:\s*//\s*[A-Z][A-Z ]{1,30})?"
)


@PAGE_FURNITURE.register("marking", 84, "page furniture: a protective marking")
def is_marking(line: str, repeated: Counter, alone: bool = True) -> bool:
    """"UNCLASSIFIED", "NATO UNCLASSIFIED", "TLP:CLEAR", "NICHT EINGESTUFT" alone on a line, or in a banner of
    segments set apart by "//", in capitals, with the document's number and its release ("HFN-2026-011 // UNCLASSIFIED //
    FOR PUBLIC RELEASE")."""
    line = line.strip()
    if _MARKING.fullmatch(line):
        return True
    segments = re.split(r"\s*//\s*", line)
    return 2 <= len(segments) <= 5 and any(_MARKING.fullmatch(s) for s in segments) and all(s.isupper() and len(s.split()) <= 6 for s in segments)


# A freedom-of-information release's stamp on each page it discloses: "Released under the Open Government Act (Woo) —
# Request WOO-2026-0142 — … — Partially disclosed", "Released under the Freedom of Information Act 2000", its page line
# ("Page 1-3 of document 7   WOO-2026-0142 / 007"), and a redacted passage: black blocks and the ground in brackets
_GROUND = r"\[\d{1,2}(?:\.\d{1,2}){1,3}\s?[a-z]?\]"  # the ground of a redaction, a law's article: "[5.1.2e]", "[10.2 g]"
_RELEASE_STAMP = re.compile(r"^(?i:released|disclosed|made public)\s+under\s+(?:the\s+)?(?:[A-Z][\w()'’-]*\s+|(?:of|on|to|for|and)\s+){1,6}(?:Act|Law|Regulation|Wet|Gesetz|Loi|Ley)"
                            r"(?:\s+(?:19|20)\d\d)?(?:\s*\([^()]{1,20}\))?\s*(?:$|[—–|·]\s)"  # the stamp ends there, or goes on in segments
                            r"|^(?i:page)\s+\d+(?:\s*[-–]\s*\d+)?\s+of\s+document\s+\d+\b"
                            rf"|^█*\s*{_GROUND}$|^█{{3,}}(?: +█+)*(?:\s*{_GROUND})?$")


@PAGE_FURNITURE.register("release-stamp", 83, "page furniture: a freedom-of-information release's stamp, page line or redacted passage")
def is_release_stamp(line: str, repeated: Counter, alone: bool = True) -> bool:
    return bool(_RELEASE_STAMP.match(line.strip()))


# What a digital archive stamps at the foot of every page it serves: "This content downloaded from 198.51.100.4 on
# Tue, 03 Mar 2026 …" and "All use subject to https://…/terms"
_DOWNLOAD_STAMP = re.compile(
    # with the time or the address it was served to: "… from 198.51.100.4 on Tue, 03 Mar 2026 10:01:05", "… by: [University] On: 03 March 2026, At: 10:01"
    r"this (?:content|item|article|document|file|pdf|paper|chapter|book) (?:was )?downloaded (?:from|by)\b"
    r"(?=.*(?:\b\d{1,3}(?:\.\d{1,3}){3}\b|\d{1,2}:\d\d|\[[^\]]{3,80}\])).{0,160}?\bon\s*:?\s+(?:\w{3},?\s+)?\d.{0,60}|"
    r"all use (?:is )?subject to\s+(?:https?://|www\.)\S+", re.I)


@PAGE_FURNITURE.register("download-stamp", 83, "page furniture: a digital archive's download stamp")
def is_download_stamp(line: str, repeated: Counter, alone: bool = True) -> bool:
    return len(line.split()) <= 40 and bool(_DOWNLOAD_STAMP.fullmatch(line.strip()))


# A word a word processor prints across every page: the document's status, in capitals, alone on its line.
_WATERMARK = re.compile(r"DRAFT|CONFIDENTIAL|PROVISIONAL|NOT FOR (?:CIRCULATION|DISTRIBUTION|CITATION)|ENTWURF|BROUILLON|"
                        r"BORRADOR|BOZZA|UTKAST|LUONNOS|VERTRAULICH|CONFIDENTIEL")


@PAGE_FURNITURE.register("watermark", 82, "page furniture: a watermark word printed on every page (DRAFT)")
def is_watermark(line: str, repeated: Counter, alone: bool = True) -> bool:
    """"DRAFT" on three pages or more, or set far in from the margin on two: a box's label ("CONFIDENTIAL") is flush left."""
    count = repeated[page_key(line)]
    return bool(_WATERMARK.fullmatch(line.strip())) and (count >= 3 or (count >= 2 and len(line) - len(line.lstrip()) >= 8))


@PAGE_FURNITURE.register("running-header", 80, "page furniture: a running header or footer")
def is_running_header(line: str, repeated: Counter, alone: bool = True) -> bool:
    """A short line that recurs on every page ("Rhine Institute · Policy Brief 03/2026 · 2").

    It must carry a page number or a separator ("·", "|"), or stand alone
    between blank lines at least three times: a repeated sentence is not a header.
    """
    key = page_key(line)
    if not re.search(r"\w", key):
        return False  # a rule ("═════", "* * *") sets sections apart: it is read as such, not as a page's header
    # A separator, or a page number at either end ("3 | Institute", "Policy Brief · 2"); a year
    # inside a sentence is not one.
    separated = bool(re.search(r"[|·•]", line) or re.search(r"^\d{1,3}\s|\s\d{1,3}$", line.strip())
                     or re.search(r"\S\s{6,}\S", line.strip()))  # "ECSTA/AN/2026/014          PUBLIC": parts set to the page's edges
    if not key or repeated[key] < 2 or len(key.split()) > 14 or (ends_sentence(line) and not separated):
        return False
    # a line with no number in it only where it recurs as it is: the title on the cover ("Keeping the Harbours Open") is no
    # header because the pages after it carry it with their numbers ("Keeping the Harbours Open    3"); a line whose
    # number varies recurs only without it ("Page 3: Keeping the Harbours Open")
    numbered = key != _bare(line).casefold()
    return separated or (repeated[key] >= 3 and alone and (numbered or repeated[("bare", _bare(line))] >= 3))


_PAGE_LINES = 20  # fewer lines than any page of a brief holds: a line that recurs closer is no page's furniture


def _beside_footers(lines: list[str], footers: set[int], repeated: Counter, protected: Callable[[str], bool]) -> list[int]:
    """Lines that stand right beside a running footer or page number wherever they occur, on two pages or more, in a
    block of lines set apart by blank lines that holds nothing but such lines: the other lines of the footer's block
    ("SESP Comment 14" over "March 2026", "Policy Comment", the site's address)."""
    def recurring(line: str) -> bool:
        key = page_key(line)
        return repeated[key] >= 2 and bool(re.search(r"\w", key)) and len(key.split()) <= 10 and not ends_sentence(line)

    def block(number: int) -> list[int]:
        start, end = number, number
        while start > 1 and lines[start - 2].strip():
            start -= 1
        while end < len(lines) and lines[end].strip():
            end += 1
        return list(range(start, end + 1))

    found: list[int] = []
    for _ in range(2):  # a block of three: the line beside the one found beside the footer
        near = footers | set(found)
        places: dict[str, list[int]] = {}
        for number, line in enumerate(lines, 1):
            if line.strip() and number not in near and not protected(line) and recurring(line):
                places.setdefault(page_key(line), []).append(number)
        for key, numbers in places.items():
            if len(numbers) >= 2 and repeated[key] == len(numbers) and min(b - a for a, b in pairwise(numbers)) >= _PAGE_LINES and all(
                    (n - 1 in near or n + 1 in near) and all(m in near or recurring(lines[m - 1]) for m in block(n)) for n in numbers):
                found += numbers
    return sorted(found)


def _bare(line: str) -> str:
    return _SPACES.sub(" ", line.strip())


_SEGMENTS = re.compile(r"\s{3,}|\s+[|·•–—]\s+")


def _page_tops(lines: list[str], breaks: set[int], feeds: frozenset[int] = frozenset()) -> set[int]:
    """Line numbers of running headers that the repetition count misses: the first line of a page (after
    a form feed or a page footer, line numbers in ``breaks``), set in parts ("Title   IIEE | DA 5/2026",
    "Short Title      Author & Author"), where the same line tops two pages or one part repeats a whole
    line that stood earlier (the title); a document's symbol alone ("SEC.GAL/45/26") atop two pages; or a line of
    six words or more, no sentence, that tops two pages a form feed (``feeds``) opens, as it is (a long title)."""
    def norm(text: str) -> str:
        return _SPACES.sub(" ", text.strip(" \f")).rstrip(":.;,–—- ").casefold()

    candidates: dict[str, list[int]] = {}
    single: dict[str, list[int]] = {}
    whole: dict[str, list[int]] = {}  # a line of one part: a header only where it tops two pages as it is
    numbered: set[int] = set()
    ruled: set[int] = set()  # only these lines: the same words elsewhere (the title on the cover) stay
    for boundary in sorted(breaks):
        number = next((n for n in range(boundary + 1, len(lines) + 1) if lines[n - 1].strip(" \f")), None)
        if number is None or number in breaks:
            continue
        line = lines[number - 1].replace("\f", "").strip()
        parts = [norm(p) for p in _SEGMENTS.split(line)]
        if _NUMBERED_TOP.match(line) and not ends_sentence(line) and len(line.split()) <= 12:
            numbered.add(number)  # "2     K. LEWANDOWSKA AND M. FERRANTE", "JOURNAL OF STRATEGIC AFFAIRS  3": a header with its page number
        elif len(parts) >= 2 and not ends_sentence(line) and len(line.split()) <= 24:
            candidates.setdefault(norm(line), []).append(number)
        elif _CODE.fullmatch(line):
            single.setdefault(norm(line), []).append(number)  # "SEC.GAL/45/26" alone: a header when it tops two pages
        elif not ends_sentence(line) and len(line.split()) <= 12 and number < len(lines) and _RULE_UNDER.match(lines[number]):
            ruled.add(number)  # a line set apart from its page by a rule under it ("Title" / "______"): the page's header
        elif boundary + 1 in feeds and not ends_sentence(line) and 6 <= len(line.split()) <= 30:
            whole.setdefault(norm(line), []).append(number)  # a long title as the pages' header ("Ports at War: How the Baltic …")
    tops = set(numbered) | {n for numbers in single.values() if len(set(numbers)) >= 2 for n in numbers}
    # (a long title as the pages' header: those lines only, not the title where the cover sets it on one line too)
    long_titles = {n for numbers in whole.values() if len(set(numbers)) >= 2 for n in numbers}
    for numbers in candidates.values():
        line = lines[numbers[0] - 1].replace("\f", "").strip()
        earlier = {norm(e) for e in lines[: numbers[0] - 1] if e.strip()}
        if len(numbers) >= 2 or any(len(p.split()) >= 3 and norm(p) in earlier for p in _SEGMENTS.split(line)):
            tops.update(numbers)
    found = {norm(lines[n - 1]) for n in tops}  # the same header on a page whose top the breaks do not show (after a cover)
    tops.update(n for n, line in enumerate(lines, 1) if line.strip() and norm(line) in found)
    return tops | ruled | long_titles


_NUMBERED_FOOT = re.compile(r"^(?P<n>\d{1,3})\s+(?P<rest>[^\d\s].{0,60}?)$|^(?P<rest2>\S.{0,60}?[^\d\s])\s+(?P<n2>\d{1,3})$")


def _page_feet(lines: list[str], feeds: frozenset[int]) -> list[int]:
    """The last line of pages that is the same few words in Title Case with the page's number before or after it, a
    space apart, at the foot of two pages or more, the numbers running as the pages do ("2 Westbrook", "3 Westbrook"):
    the page's foot. (A note at a page's foot is a sentence or in sentence case; a numbered list's items differ.)"""
    feet: dict[str, list[tuple[int, int, int]]] = {}
    for page, boundary in enumerate(sorted(feeds | {len(lines) + 1})):
        number = next((n for n in range(boundary - 1, 0, -1) if lines[n - 1].strip()), None)
        if number is None:
            continue
        line = lines[number - 1].strip()
        match = _NUMBERED_FOOT.match(line)
        rest = match and (match["rest"] or match["rest2"])
        if match and len(rest.split()) <= 6 and not ends_sentence(line) and P._title_case(rest):
            feet.setdefault(rest.casefold(), []).append((number, page, int(match["n"] or match["n2"])))
    # the numbers run as the pages do ("2 Westbrook" on the second page, "3 Westbrook" on the third; not "Total 13", "Total 16")
    return sorted(n for found in feet.values() if len(found) >= 2 and len({p - k for _, p, k in found}) == 1 for n, _, _ in found)


_CODE = re.compile(P.DOCUMENT_SYMBOL)  # a document's symbol: "SEC.GAL/45/26"
_RULE_UNDER = re.compile(r"^\s*[_─━=-]{10,}\s*$")
_NUMBERED_TOP = re.compile(r"^\d{1,3}\s{2,}[^\d\s].*\S$|^\S.*[^\d\s]\s{2,}\d{1,3}$")


def _repetitions(lines: list[str]) -> Counter:
    """How often each line recurs, page numbers aside (its ``page_key``); and, under ``("bare", line)``, as written."""
    counts = Counter(page_key(line) for line in lines if line.strip())
    counts.update(("bare", _bare(line)) for line in lines if line.strip())
    return counts


def remove_page_furniture(lines: list[str], protected: Callable[[str], bool]) -> tuple[list[str], list[tuple[int, str, str, str]]]:
    """Blank out page furniture; return the lines and ``(line, text, rule, reason)`` for each removed.

    ``protected`` lines (labels such as "Notes" that repeat on every page for
    a reason) are never taken as running headers.
    """
    feeds = frozenset(n for n, line in enumerate(lines, 1) if "\f" in line)
    lines = [line.replace("\f", "") for line in lines]
    repeated = _repetitions(lines)
    boxed = _boxed(lines)
    # the top and bottom of a box whose lines are the text's own ("┌────┐" over "About the author"): the frame, not the text
    frames = {n for top, bottom in _frames(lines, [n for n, line in enumerate(lines, 1) if _BOX_RULE.match(line)]) for n in (top, bottom)} - boxed
    contents = _contents(lines)
    programme = _programme(lines)
    feed = _feed_items(lines)
    archive = _archive_toolbar(lines)
    forwarded = _forwarded(lines)
    clipped = _clipping(lines)
    series = _series_navigation(lines)
    properties = _document_properties(lines)
    publications = _publication_list(lines)
    minutes = _formal_minutes(lines)
    removed = []
    kept = list(lines)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if number in boxed:
            rule, reason = "sidebar-box", SIDEBAR_REASON
        elif number in frames:
            rule, reason = "box-frame", "page furniture: a box's frame (its top or bottom rule)"
        elif number in contents:
            rule, reason = "contents", "page furniture: table of contents"
        elif number in programme:
            rule, reason = "programme", PROGRAMME_REASON
        elif number in feed:
            rule, reason = "feed-item", feed[number]
        elif number in archive:
            rule, reason = "archive-toolbar", ARCHIVE_REASON
        elif number in forwarded:
            rule, reason = "forwarded", forwarded[number]
        elif number in clipped:
            rule, reason = "clipping", CLIPPING_REASON
        elif number in series:
            rule, reason = "series-navigation", SERIES_NAV_REASON
        elif number in properties:
            rule, reason = "document-properties", PROPERTIES_REASON
        elif number in publications:
            rule, reason = "publication-list", PUBLICATIONS_REASON
        elif number in minutes:
            rule, reason = "formal-minutes", MINUTES_REASON
        elif protected(line) or not (found := PAGE_FURNITURE.first(line, repeated, _alone(lines, number, feeds))):
            continue
        else:
            rule, reason = found.name, found.reason
        removed.append((number, line.strip(), rule, reason))
        kept[number - 1] = ""
    footers = {n for n, _line, rule, _reason in removed if rule in {"page-number", "page-footer", "running-header"}}
    for number in _beside_footers(kept, footers, repeated, protected):
        removed.append((number, lines[number - 1].strip(), "running-header", "page furniture: a running footer (a line beside it on every page)"))
        kept[number - 1] = ""
        footers.add(number)
    for number in _page_feet(kept, feeds):
        removed.append((number, lines[number - 1].strip(), "page-footer", "page furniture: a page's foot (the publisher's name and the page number)"))
        kept[number - 1] = ""
        footers.add(number)
    for number in sorted(_page_tops(kept, footers | {n - 1 for n in feeds}, feeds)):
        removed.append((number, lines[number - 1].strip(), "running-header", "page furniture: a running header (the title and series at the top of a page)"))
        kept[number - 1] = ""
    removed.sort()
    return kept, removed


_CONTENTS_ENTRY = re.compile(r"^\s*\S.{0,120}?(?:\s*\.){4,}\s*\d{1,3}\s*$")  # "2. The ports ........ 5", "Annex . . . . 9"
_CONTENTS_LABEL = re.compile(
    r"^\s*(?:contents|table of contents|list of (?:figures|tables|boxes|charts|maps|abbreviations)|inhalt|inhaltsverzeichnis|sommaire|table des matières|índice|indice|contenido|sumário|"
    r"sommario|spis treści|inhoud|inhoudsopgave|cuprins|innehåll|indhold|sisällys|"
    r"on this page|in this (?:article|brief|paper|page|edition|issue|newsletter|report|longread|long read|essay|explainer|piece|analysis)|in today['’]s (?:edition|issue|newsletter)|dans ce numéro|in dieser ausgabe|en este número|in questo numero|sur cette page|auf dieser seite|en esta página|in questa pagina|nesta página)\s*:?\s*$",
    re.I,
)


FEED_ITEM_REASON = "another item of the news feed (the brief is its first item)"
_FEED_ITEM = re.compile(r"^\s*(?:-{2,}|={2,}|#+)?\s*item\s+\d+(?:\s+of\s+\d+)?\s*(?:-{2,}|={2,})?\s*$|^\s*<item>\s*$", re.I)  # "--- item 2 of 20 ---"


def _feed_items(lines: list[str]) -> dict[int, str]:
    """A news feed's dump: its first item's marker, and every line from the second item's marker to the end."""
    markers = [n for n, line in enumerate(lines, 1) if _FEED_ITEM.match(line)]
    if not markers:
        return {}
    found = {markers[0]: "web furniture: a news feed's item marker"}
    if len(markers) > 1:
        found.update((n, FEED_ITEM_REASON) for n in range(markers[1], len(lines) + 1) if lines[n - 1].strip())
    return found


PROGRAMME_REASON = "an event's programme (times, sessions and speakers)"
_PROGRAMME_LABEL = re.compile(
    r"^\s*(?:(?:the |event |conference |workshop )?programme|program|agenda|programm|tagesordnung|programa|programma|ordre du jour|"
    r"porządek obrad|dagsorden|dagordning|ohjelma)\s*:?\s*$", re.I)
_TIMED = re.compile(r"^\s*\d{1,2}[:.h]\d\d(?:\s*[-–—]\s*\d{1,2}[:.h]\d\d)?(?:\s*(?:[ap]\.?m\.?))?\s+\S", re.I)  # "09:00-09:30 Session I"


def _programme(lines: list[str]) -> set[int]:
    """Line numbers of an event's programme: its label ("Programme", "Agenda") and the block under it, to a blank
    line, of timed lines ("09:30-11:00   Session I …"), a table's head and rule, and the cells' wrapped lines
    (indented). Two timed lines at least; a timetable in the text with no label stays."""
    found: set[int] = set()
    for n, line in enumerate(lines, 1):
        if not _PROGRAMME_LABEL.match(line):
            continue
        block, timed, k = [n], 0, n + 1
        if k <= len(lines) and not lines[k - 1].strip():
            k += 1  # one blank line under the label
        while k <= len(lines) and lines[k - 1].strip():
            row = lines[k - 1]
            if _TIMED.match(row):
                timed += 1
            elif not (re.fullmatch(r"[\s\-–—=_|+]+", row) or row.startswith("    ") or (not timed and re.search(r"\S\s{2,}\S", row))):
                break
            block.append(k)
            k += 1
        if timed >= 2 and (k > len(lines) or not lines[k - 1].strip()):
            found.update(block)
    return found


_SPACED_ENTRY = re.compile(r"^\s*\S.{0,120}?\S(?:\s{3,}|\s*\t\s*)\d{1,3}\s*$")  # "Why paper promises failed          2", "2.1<tab>Ports<tab>4"


PUBLICATIONS_REASON = "the publisher's list of its other publications"
_PUBLICATIONS_LABEL = re.compile(r"^\s*(?:(?:recent|latest|new) (?:publications|papers|briefs|titles|policy briefs)|"
                                 r"also available|publications récentes|dernières publications|ostatnie publikacje|neueste publikationen|"
                                 r"aktuelle publikationen|publicaciones recientes|últimas publicaciones|pubblicazioni recenti|publicações recentes)\s*:?\s*$", re.I)


def _publication_list(lines: list[str]) -> set[int]:
    """Line numbers of a list of the publisher's other papers ("RECENT PUBLICATIONS" over a title and its series and
    date a line): the label and its lines, to a blank line, two at least, none a sentence."""
    found: set[int] = set()
    for n, line in enumerate(lines, 1):
        if not _PUBLICATIONS_LABEL.match(line):
            continue
        first = n + 2 if n < len(lines) and not lines[n].strip() else n + 1  # a blank line may set the label apart
        block = []
        for k in range(first, min(len(lines), first + 20) + 1):
            if not lines[k - 1].strip() or len(lines[k - 1].split()) > 24 or ends_sentence(lines[k - 1].strip()):
                break
            block.append(k)
        # each entry a paper's title with its number or year ("… Policy Brief No. 6, 19 lutego 2026")
        if len(block) >= 2 and all(re.search(r"\b(?:19|20)\d\d\b|\bno\.\s*\d", lines[k - 1], re.I) for k in block):
            found.update([n, *block])
    return found


MINUTES_REASON = "a committee's formal minutes on the report (its proceedings, not the report's text)"
_MINUTES_LABEL = re.compile(r"^\s*(?:formal minutes|minutes of proceedings|proceedings of the committee(?: relating to the report)?)\s*$", re.I)
_MINUTES_MARK = re.compile(r"^\s*(?:members present|ordered,? that|resolved,? that|question put|\[?adjourned\b|paragraphs? \d+ (?:to \d+ )?read)", re.I)


def _formal_minutes(lines: list[str]) -> set[int]:
    """Line numbers of a parliamentary report's formal minutes, printed after its text: the label in the last half,
    and every line to the end when the record's marks ("Members present:", "Resolved, That …") are among them."""
    for n, line in enumerate(lines, 1):
        if n > len(lines) // 2 and _MINUTES_LABEL.match(line):
            rest = range(n + 1, len(lines) + 1)
            short = all(len(lines[k - 1].split()) <= 35 for k in rest)  # a record's lines, not paragraphs of analysis
            if short and sum(bool(_MINUTES_MARK.match(lines[k - 1])) for k in rest) >= 2:
                return {n, *rest}
    return set()


SERIES_NAV_REASON = "web furniture: the series' list of its parts (the other parts' titles, this one's marked)"
_SERIES_LABEL = re.compile(r"^\s*(?:(?:more |also |other (?:parts |papers )?)?in (?:this|the) series|(?:the )?parts? of (?:this|the) series|series contents|"
                           r"other parts|dans (?:cette|la) série|in dieser (?:reihe|serie)|en esta serie|in questa serie|nesta série|w tej serii)\s*:?\s*$", re.I)
_HERE_MARK = re.compile(r"\((?:you are here|this (?:part|paper|article|brief)|current|vous êtes ici|sie sind hier|está aquí|sei qui)\)|[←◀]\s*you are here", re.I)


def _series_navigation(lines: list[str]) -> set[int]:
    """Line numbers of a series' navigation: under an "In this series:" label its parts, one a line (numbered or
    bulleted), up to a blank line, when two or more are listed and one is marked as this part ("(you are here)") or
    each is a list entry."""
    found: set[int] = set()
    for n, line in enumerate(lines, 1):
        if not _SERIES_LABEL.match(line):
            continue
        block = []
        for k in range(n + 1, min(len(lines), n + 15) + 1):
            line = lines[k - 1].strip()
            if not line or len(line) > 160 or not (_ENTRY_MARK.match(line) or _HERE_MARK.search(line)):
                break  # the list ends at its last entry, a blank line under it or not
            block.append(k)
        marked = any(_HERE_MARK.search(lines[k - 1]) for k in block)
        if len(block) >= 2 and (marked or all(_ENTRY_MARK.match(lines[k - 1].strip()) for k in block)):
            found.update([n, *block])
    return found


def _contents(lines: list[str]) -> set[int]:
    """Line numbers of a table of contents: entries with dot leaders, and the label just above them; under the
    label, also entries whose page numbers are set apart by spaces only (the run of them, to a blank line)."""
    entries = {n for n, line in enumerate(lines, 1) if _CONTENTS_ENTRY.match(line)}
    found = set(entries)
    for n, line in enumerate(lines, 1):
        if _CONTENTS_LABEL.match(line):
            following = next((k for k in range(n + 1, min(n + 4, len(lines) + 1)) if lines[k - 1].strip()), None)
            spaced = []
            for k in range(n + 1 if n >= len(lines) or lines[n].strip() else n + 2, len(lines) + 1):  # one blank line under the label
                if not _SPACED_ENTRY.match(lines[k - 1]):
                    break
                spaced.append(k)
            if following in entries or len(spaced) >= 2:
                found.update([n, *spaced])
            elif listed := _listed_sections(lines, n):
                found.update([n, *listed])
    return found


_ENTRY_MARK = re.compile(r"^(?:[-–•*·▪→>›»]\s*|\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+)", re.I)  # "1. ", "- ", "iv) "


def _entry_key(line: str) -> str:
    return " ".join(_ENTRY_MARK.sub("", line.strip()).split()).casefold()


def _listed_sections(lines: list[str], label: int) -> list[int]:
    """A page's contents with no page numbers: the block under the label whose entries (numbered, bulleted or
    bare) each come again later as a line of their own, the sections' headings. Two entries at least."""
    block = []
    first = label + 2 if label < len(lines) and not lines[label].strip() else label + 1  # one blank line under the label
    for k in range(first, min(len(lines), label + 40) + 1):
        if not lines[k - 1].strip():
            break
        block.append(k)
    if len(block) < 2:
        return []
    later = {_entry_key(line) for line in lines[block[-1]:] if line.strip() and len(line) < 160}
    if all(_entry_key(lines[k - 1]) in later for k in block):
        return block
    if any(not line.strip() for line in lines[label : label + 40]):
        return []
    # a page copied without blank lines: the contents run to the first line that is no section's heading (the
    # page's kicker or title under them), each entry coming again as a line of its own further down
    run = next((i for i, k in enumerate(block) if _entry_key(lines[k - 1]) not in {_entry_key(x) for x in lines[k:] if x.strip() and len(x) < 160}), len(block))
    return block[:run] if run >= 3 else []


ARCHIVE_REASON = "page furniture: a web archive's toolbar above a saved page"
# The first line of a web archive's toolbar: "The Wayback Machine - https://web.archive.org/web/2026…/…",
# "archive.today webpage capture", "Saved from https://…" (archive.ph).
_ARCHIVE_START = re.compile(
    r"^\s*(?:the wayback machine\b|https?://web\.archive\.org/web/\d{8,14}|archive\.(?:today|ph|is|li|md|vn)\b.*\b(?:capture|snapshot)|"
    r"webpage capture\b|saved from\s+https?://)", re.I)
_ARCHIVE_WINDOW = 6  # the toolbar is the page's first block


def _archive_toolbar(lines: list[str]) -> set[int]:
    """Line numbers of a web archive's toolbar: from its first line, near the top, to the first blank line."""
    first = next((n for n, line in enumerate(lines[:_ARCHIVE_WINDOW], 1) if _ARCHIVE_START.match(line)), None)
    if first is None:
        return set()
    end = next((n for n in range(first, len(lines) + 1) if not lines[n - 1].strip()), len(lines) + 1)
    return set(range(first, end))


FORWARD_NOTE_REASON = "the note of whoever forwarded the e-mail, above the forwarded message"
FORWARD_HEADER_REASON = "the envelope of a forwarded e-mail (From, Date, Subject, To): its date is the sending's"
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|"
    r"message d['’]origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|"
    r"wiadomość przekazana dalej|oryginalna wiadomość|doorgestuurd bericht|oorspronkelijk bericht|vidarebefordrat meddelande)\s*-{2,}|"
    r"begin forwarded message\s*:)\s*$", re.I)
_ENVELOPE_FIELD = re.compile(r"^\s*(?:from|date|sent|subject|to|cc|bcc|reply-to|von|datum|gesendet|betreff|an|de|date|objet|à|"
                             r"envoyé|asunto|fecha|para|enviado|oggetto|da|data|inviato|a|od|temat|do|wysłano|van|onderwerp|aan|verzonden)\s*:", re.I)
_FORWARD_WINDOW = 40  # the forwarder's note is short: the separator stands near the top


def _forwarded(lines: list[str]) -> dict[int, str]:
    """A forwarded e-mail: the note above the separator, the separator, and the envelope's fields under it."""
    start = next((n for n, line in enumerate(lines[:_FORWARD_WINDOW], 1) if _FORWARD.match(line)), None)
    if start is None:
        return {}
    found = {n: FORWARD_NOTE_REASON for n in range(1, start) if lines[n - 1].strip()}
    found[start] = FORWARD_HEADER_REASON
    number = start + 1
    while number <= len(lines) and _ENVELOPE_FIELD.match(lines[number - 1]):
        found[number] = FORWARD_HEADER_REASON
        number += 1
    return found


CLIPPING_REASON = "a web clipper's header (where and when the page was saved, the reader's tags and note): its date is the saving's"
_CLIP_START = re.compile(r"^\s*(?:clipped from|saved from|captured from|source url|web clip(?:ped)? from|url|source)\s*:\s*https?://\S+\s*$", re.I)
_CLIP_FIELD = re.compile(r"^\s*(?:clipped from|saved from|captured from|source url|source|url|saved|clipped|captured|created|updated|modified|"
                         r"tags|labels|notebook|folder|highlights?|my notes?|notes?|comment)\s*:\s*\S", re.I)


_CLIP_NAMES = re.compile(r"(?:clipped from|saved from|captured from|source url|source|url|saved|clipped|captured|created|updated|modified|"
                         r"last edited|tags|labels|notebook|folder|status|type|aliases|highlights?|my notes?|notes?|comment)", re.I)
_PROPERTY_HEADER = re.compile(r"(?:property|field|key|name|attribute)\s*\|\s*(?:value|content)", re.I)


def _properties_table(lines: list[str]) -> set[int]:
    """Line numbers of a note app's table of the note's properties, typed among the first lines ("| Created |
    2026-02-09 08:41 |", "| Tags | #sanctions |", "| Source URL | https://… |", its cells set apart by tabs once read
    as a table): every row names a field of the note, not of the text it keeps."""
    rows = [n for n, line in enumerate(lines[:12], 1) if "\t" in line]
    block = [n for k, n in enumerate(rows) if n == rows[0] + k]
    cells = {n: [c.strip() for c in lines[n - 1].split("\t")] for n in block}
    fields = [n for n in block if len(cells[n]) == 2 and _CLIP_NAMES.fullmatch(cells[n][0])]
    other = [n for n in block if n not in fields and not _PROPERTY_HEADER.fullmatch(" | ".join(cells[n]))]
    return set(block) if len(fields) >= 2 and not other else set()


PROPERTIES_REASON = "a PDF viewer's document properties (the file's own metadata, often stale: not the text's)"
_PROPERTIES_LABEL = re.compile(r"^\s*(?:document properties|pdf properties|file properties|properties|dokumenteigenschaften|eigenschaften|"
                               r"propriétés du document|propiedades del documento|proprietà documento|właściwości dokumentu)\s*:?\s*$", re.I)
_PROPERTY_FIELD = re.compile(r"^\s*(?:file(?: ?name)?|title|author|subject|keywords|creator|producer|application|page count|pages|number of pages|"
                             r"created|creation date|modified|modification date|pdf version|pdf producer|page size|fast web view|tagged pdf|"
                             r"location|file size|security|titel|autor|betreff|stichwörter|titre|auteur|sujet|mots-clés)\s*:(?:\s|$)", re.I)


def _document_properties(lines: list[str]) -> set[int]:
    """Line numbers of a PDF viewer's "Document Properties" copied above the text: the label among the first lines,
    then two or more of the file's fields ("Title: Microsoft Word - draft_v7.docx", "Producer: …"), to a blank line."""
    start = next((n for n, line in enumerate(lines[:5], 1) if _PROPERTIES_LABEL.match(line)), None)
    if start is None:
        return set()
    fields = []
    for n in range(start + 1, min(len(lines), start + 25) + 1):
        if not _PROPERTY_FIELD.match(lines[n - 1]):
            break
        fields.append(n)
    return {start, *fields} if len(fields) >= 2 else set()


def _clipping(lines: list[str]) -> set[int]:
    """Line numbers of a web clipper's header (Evernote, Notion, Obsidian): from "Clipped from: <address>" among the
    first lines, the fields under it ("Saved:", "Tags:", "My note:") up to the first blank line; or a note app's
    table of the note's properties."""
    start = next((n for n, line in enumerate(lines[:3], 1) if _CLIP_START.match(line)), None)
    if start is None:
        return _properties_table(lines)
    found = set(range(1, start + 1)) - {n for n in range(1, start) if not lines[n - 1].strip()}
    number = start + 1
    while number <= len(lines) and _CLIP_FIELD.match(lines[number - 1]):
        found.add(number)
        number += 1
    return found


def _alone(lines: list[str], number: int, feeds: frozenset[int] = frozenset()) -> bool:
    """True when line ``number`` (1-based) has a blank line, a page break (``feeds``: the lines a form feed opens)
    or the file's edge on both sides."""
    before = number < 2 or not lines[number - 2].strip() or number in feeds
    after = number >= len(lines) or not lines[number].strip() or number + 1 in feeds
    return before and after


SIDEBAR_REASON = "a box set apart from the text (sidebar)"


# The label of a box that holds the paper's abstract, wherever the layout sets it (after the text, on a cover)
ABSTRACT_BOX_LABEL = re.compile(r"abstract|summary|executive summary|synopsis|résumé|resumen|resumo|zusammenfassung|sommario|riassunto|streszczenie|samenvatting", re.I)


def is_box_rule(line: str) -> bool:
    return bool(_BOX_RULE.match(line))


_SIDES = ("|", "│", "║", "┃")  # a box's left side, drawn at the start of its lines


def _frames(lines: list[str], rules: list[int]) -> list[tuple[int, int]]:
    """The rules paired as each box's top and bottom. A rule with a framed line right under it ("| VERDICT: …") is
    a divider inside the box that is still open (a claim panel over a verdict panel), not its bottom. A box whose
    framed lines are followed by a paragraph of the text's own lost its bottom rule (a table typed under it took it):
    the next rule is another box's."""
    frames, index = [], 0
    while index + 1 < len(rules):
        start, index = rules[index], index + 1
        if not _one_box(lines, start, rules[index]):
            continue
        while index + 1 < len(rules) and rules[index] < len(lines) and lines[rules[index]].lstrip().startswith(_SIDES) \
                and lines[rules[index]].count("|") <= 2 and _one_box(lines, start, rules[index + 1]):
            index += 1  # a framed line, not a table's row of cells ("| Country | 2022 |", typed under a box, is no part of it)
        frames.append((start, rules[index]))
        index += 1
    return frames


def _one_box(lines: list[str], top: int, bottom: int) -> bool:
    """Whether the lines between two rules are one box's: framed lines are not followed by a paragraph set apart."""
    inner = range(top + 1, bottom)
    framed = next((lines[n - 1].strip().startswith(_SIDES) for n in inner if lines[n - 1].strip()), False)
    return not (framed and any(len(lines[n - 1].strip()) > 60 and not lines[n - 1].strip().startswith(_SIDES) and not lines[n - 2].strip() for n in inner))


def _boxed(lines: list[str]) -> set[int]:
    """Line numbers of boxes framed by "+-----+" rules (a key-takeaways sidebar), frames included."""
    rules = [n for n, line in enumerate(lines, 1) if _BOX_RULE.match(line)]
    boxed: set[int] = set()
    for start, end in _frames(lines, rules):
        inner = [n for n in range(start + 1, end) if lines[n - 1].strip(BOX_SIDES)]
        drawn = not lines[start - 1].strip().startswith("+")  # "┌────┐", "╔════╗": drawn with box-drawing characters
        label = lines[inner[0] - 1].strip(BOX_SIDES).rstrip(" :") if inner else ""
        quoted = label[:1] in "“\"«„"  # a pull quote set in a box, which repeats a sentence of the text
        if drawn and not (P.KEY_POINTS_LABEL.fullmatch(label) or ABSTRACT_BOX_LABEL.fullmatch(label) or WEB_FURNITURE["advertisement"].test(label) or quoted):
            continue  # a drawn box of the text's own (its recommendations) stays the text; key points, an advertisement or a quote are set apart
        if len(inner) == 1 and date_in_segments(lines[inner[0] - 1].strip()):
            boxed.update({start, end})  # "No. 31 / 2026 · 17 April 2026" framed on a cover: the frame goes, the line is read
        elif end - start <= 40:
            boxed.update(range(start, end + 1))
    return boxed


VERTICAL_REASON = "letters set one a line down a page's edge (a cover's or a spine's words, read top to bottom)"
_EDGE_LETTERS = re.compile(r"^(?P<text>.*?)\s{6,}(?P<letters>\S{1,3})\s*$")
MIN_VERTICAL = 6  # lines of one letter each before a column of them is words set vertically


def _word_space(lines: list[str], cells: list, index: int, column: int) -> bool:
    """The space between two words set down an edge: a line whose text stops short of the column (blank, or a line
    of the cover's), with the column's next letter on the line after."""
    return len(lines[index].rstrip()) < column - 1 and index + 1 < len(lines) and bool(cells[index + 1])


def vertical_text(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Words set one letter a line down a page's edge ("O" / "C" / "C" / "A" … "N°" / "47" at column 68): a run of
    at least six lines that end at one column in a cell of one to three characters. The letters go (listed); the
    text beside them stays."""
    kept, removed = list(lines), []
    cells = [(m.start("letters"), m) if "      " in line and (m := _EDGE_LETTERS.match(line)) else None for line in lines]
    index = 0
    while index < len(lines):
        start = index
        column = cells[index][0] if cells[index] else None
        while index < len(lines) and column is not None and (
                (cells[index] and abs(cells[index][0] - column) <= 1) or _word_space(lines, cells, index, column)):
            index += 1
        run = [k for k in range(start, index) if cells[k]]
        letters = [k for k in run if re.fullmatch(r"[^\W\d_]", cells[k][1]["letters"])]  # a table's figures are no letters
        if len(letters) >= MIN_VERTICAL and len(letters) >= 0.7 * len(run):
            for k in run:
                match = cells[k][1]
                removed.append((k + 1, match["letters"], VERTICAL_REASON))
                kept[k] = match["text"].rstrip()
        index = max(index, start + 1)
    return kept, removed


LINE_NUMBER_REASON = "a draft's line numbers in the margin"
_LINE_NUMBER = re.compile(r"^ {0,4}(?P<number>\d{1,4})(?: {2,}|$)")
MIN_NUMBERED_LINES = 10


def line_numbers(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A draft for comment numbers every line in its margin ("  13  This paper sets out …", blank lines too): a run of
    at least ten lines numbered one more each time, which most lines of its span carry (page furniture between
    them carries none), and which numbers blank lines too unless it is long (thirty lines). The numbers go
    (listed); the lines' text stays. Numbered paragraphs are no such run (the wrapped lines under each number carry
    none), nor a numbered list or a table's column of years."""
    numbered = [(k, int(m["number"]), m.end()) for k, line in enumerate(lines) if (m := _LINE_NUMBER.match(line))]
    if len(numbered) < MIN_NUMBERED_LINES:
        return lines, []
    runs, run = [], [numbered[0]]
    for entry in numbered[1:]:
        if entry[1] == run[-1][1] + 1:
            run.append(entry)
        else:
            runs.append(run)
            run = [entry]
    runs.append(run)
    kept, removed = list(lines), []
    for run in runs:
        span = [k for k in range(run[0][0], run[-1][0] + 1) if lines[k].strip()]
        if len(run) < MIN_NUMBERED_LINES or len(run) < 0.6 * len(span) or run[0][1] >= 1000:
            continue  # too few, too sparse, or years down a table's first column
        if len(run) < 3 * MIN_NUMBERED_LINES and not any(not lines[k][end:].strip() for k, _, end in run):
            continue  # a short run numbers its blank lines too, or it is a numbered list

        for k, number, end in run:
            removed.append((k + 1, str(number), LINE_NUMBER_REASON))
            kept[k] = lines[k][end:]
    return kept, removed


VERSION_HISTORY_REASON = "a document's version history (the first version's date is the publication's)"
_VERSION_LABEL = re.compile(r"^\s*(?:version|revision|document|change|publication|page)\s+history\s*:?\s*$|^\s*change\s*log\s*:?\s*$|"
                            r"^\s*updates to this (?:page|paper|publication)\s*:?\s*$", re.I)
_FIRST_VERSION = re.compile(r"\b(?:first|initial|original) (?:publication|release|version|edition|issue)\b|\bfirst published\b|"
                            r"(?<![\w.])(?:v(?:ersion)?\s*)?1\.0(?![\d.])", re.I)


def version_history(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]], tuple[int, str, str] | None]:
    """A version history under its label ("VERSION HISTORY" over a table of version, date and changes): the block
    goes (listed), and the first version's date (the row that says "First publication", or "v1.0", else the
    earliest) is returned as ``(line, iso, row)`` to date the text when its head does not. Its rows may stand a
    blank line apart, as a converter sets a table's rows, where each gives a date."""
    label = next((n for n, line in enumerate(lines, 1) if _VERSION_LABEL.match(line.replace("**", ""))), None)
    if label is None:
        return lines, [], None
    block = []
    for k in range(label + 1, min(len(lines), label + 60) + 1):
        if not lines[k - 1].strip():
            if block and not (k < len(lines) and (_dated_row(lines[k]) or _TABLE_RULE.match(lines[k]))):
                break
            continue
        if ends_sentence(lines[k - 1]) and not _dated_row(lines[k - 1]):
            return lines, [], None  # prose under the label: a section of the text about its history, no table of versions
        block.append(k)
    rows = [(k, iso) for k in block if (iso := _dated_row(lines[k - 1]))]
    if not rows:
        return lines, [], None
    first = next(((k, iso) for k, iso in rows if _FIRST_VERSION.search(lines[k - 1])), min(rows, key=lambda row: row[1]))
    kept = [("" if n == label or n in block else line) for n, line in enumerate(lines, 1)]
    removed = [(n, lines[n - 1].strip(), VERSION_HISTORY_REASON) for n in [label, *block]]
    if label > 80:  # a history at the end: listed, but it dates the text only in the head's part of it
        return kept, removed, None
    return kept, removed, (first[0], first[1], lines[first[0] - 1].strip())



PREPRINT_PAGE_REASON = "a preprint server's page above the paper (its listing, abstract, fields, history and links)"
_PREPRINT_FIELD = re.compile(
    r"^\s*(?:(?P<kind>comments|subjects|cite as|journal reference|report number|msc classes|acm classes)\s*:\s|(?P<history>submission history)\s*$|"
    r"(?P<version>\[v\d{1,2}\])\s+\S|from:\s.*\[view email\]|access paper:|current browse context:|bookmark\b|which authors of this paper)", re.I)
_VERSION_DATE = re.compile(r"\[v1\]\s+(?:[A-Z][a-z]{2},\s+)?(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})")
_PAGE_RULE = re.compile(r"^\s*[-_=─━*]{10,}\s*$")


def preprint_page(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]], tuple[int, str, str] | None]:
    """A copy of a preprint server's page for the paper above the paper itself: its listing (title, names, abstract)
    and then its fields ("Comments:", "Subjects:", "Cite as:"), the submission history ("[v1] Mon, 9 Feb 2026 …") and
    its links, down to a rule. The page goes (listed) when the paper follows it, and the first version's date is
    returned as ``(line, iso, row)``: the paper's own head is read under it."""
    found = [(n, m) for n, line in enumerate(lines[:80]) if (m := _PREPRINT_FIELD.match(line))]
    kinds = {(m["kind"] or "").lower() if m.lastgroup == "kind" else m.lastgroup or m.group().split()[0].lower() for _, m in found}
    if len(kinds) < 4 or not kinds & {"history", "version"}:
        return lines, [], None  # several kinds of a server's fields, not a list of versions alone
    end = found[-1][0] + 1
    rule = next((k for k in range(end, min(end + 6, len(lines))) if _PAGE_RULE.match(lines[k])), None)
    end = rule + 1 if rule is not None else end
    if sum(len(line.split()) for line in lines[end:]) < 50:
        return lines, [], None  # the page alone, no paper under it: it is all the text there is
    title = next((normalise_for_match(line) for line in lines[: found[0][0]] if len(line.split()) >= 3 and not _PREPRINT_FIELD.match(line)
                  and not re.search(r"\s[>›/|]\s", line)), None)
    if not title or not any(normalise_for_match(line) and title.startswith(normalise_for_match(line)[:40]) for line in lines[end:end + 40]):
        return lines, [], None  # the paper under the page repeats its title
    first = next(((n, iso, lines[n].strip()) for n, line in enumerate(lines[:end]) if (m := _VERSION_DATE.search(line)) and (iso := P.parse_date(m["date"]))), None)
    removed = [(n + 1, lines[n].strip(), PREPRINT_PAGE_REASON) for n in range(end) if lines[n].strip()]
    return [""] * end + lines[end:], removed, (first[0] + 1, first[1], first[2]) if first else None


NEWSLETTER_CONTENTS_REASON = "a newsletter's list of its items"
NEWSLETTER_ITEMS_REASON = "a newsletter's other items after its main one"
NEWSLETTER_HEAD_REASON = "the heading and byline of a newsletter's main item (read into the metadata)"
_ISSUE_LABEL = re.compile(r"^\s*(?:in this (?:issue|edition|newsletter|number)|inside this issue|this (?:issue|week)|dans ce numéro|in dieser ausgabe|en este número)\s*:?\s*$", re.I)
_ISSUE_ENTRY = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<title>\S.{2,160}?)\s*$")
_RULE_LINE = re.compile(r"^\s*[=─━*#~-]{10,}\s*$")


@dataclass
class NewsletterItem:
    """A newsletter's main item: its title as its contents list gives it, its heading's line and its byline."""
    title: str
    line: int  # the heading's line number
    heading: str
    byline: str | None = None
    byline_line: int | None = None


def newsletter_issue(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]], NewsletterItem | None]:
    """A newsletter sent as plain text whose contents ("IN THIS ISSUE" over "1. Title", "2. Events") list items that
    follow, each under a rule with its number ("1. KEEP THE HARBOURS OPEN…"): the first item is the text. The list
    and the other items go (listed); the first item's heading is its title, in the case the list gives it, and the
    "By …" line under it names its authors. Nothing changes unless every listed item has its numbered heading."""
    label = next((n for n, line in enumerate(lines[:80]) if _ISSUE_LABEL.match(line)), None)
    if label is None:
        return lines, [], None
    entries = []
    for n in range(label + 1, min(label + 20, len(lines))):
        if not lines[n].strip():
            break
        if not (entry := _ISSUE_ENTRY.match(lines[n])) or int(entry["n"]) != len(entries) + 1:
            return lines, [], None
        entries.append((n, entry["title"]))
    headings = []
    for number, (_, title) in enumerate(entries, 1):
        wanted = normalise_for_match(title)
        at = next((n for n in range(label + len(entries) + 1, len(lines)) if _RULE_LINE.match(lines[n - 1])
                   and (m := _ISSUE_ENTRY.match(lines[n])) and int(m["n"]) == number and normalise_for_match(m["title"]) == wanted), None)
        if at is None:
            return lines, [], None
        headings.append(at)
    if len(headings) < 2:
        return lines, [], None
    kept, removed = list(lines), []
    for n in [label, *(n for n, _ in entries)]:
        removed.append((n + 1, lines[n].strip(), NEWSLETTER_CONTENTS_REASON))
        kept[n] = ""
    end = next((n for n in range(len(lines) - 1, headings[-1], -1) if _RULE_LINE.match(lines[n])), len(lines))  # the footer's rule
    for n in range(headings[1] - 1, end):
        if lines[n].strip():
            removed.append((n + 1, lines[n].strip(), NEWSLETTER_ITEMS_REASON))
            kept[n] = ""
    first = headings[0]
    item = NewsletterItem(entries[0][1], first + 1, lines[first].strip())
    removed.append((first + 1, lines[first].strip(), NEWSLETTER_HEAD_REASON))
    kept[first] = ""
    if first + 1 < len(lines) and re.match(r"^\s*(?:by|par|von|por|di|door|av)\s+\S", lines[first + 1], re.I):
        item.byline, item.byline_line = lines[first + 1].strip(), first + 2
        removed.append((first + 2, lines[first + 1].strip(), NEWSLETTER_HEAD_REASON))
        kept[first + 1] = ""
    return kept, sorted(removed), item


ATTENDANCE_REASON = "who attended the meeting (its members, guests and officials; no authors of the record)"
_ATTENDANCE_LABEL = re.compile(r"^\s*(?:members present|(?:also )?present|in attendance|apologies(?: for absence)?|absent|excused|"
                               r"secretariat|observers|présents|anwesend|presentes|presenti|obecni)\s*:\s*(?P<value>.*)$", re.I)
_HONORIFIC = re.compile(r"^\s*(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame|Lord|Lady|H\.?E\.?|M\.|Mme|Herr|Frau|Sr|Sra|Sig\.?|Sig\.ra|Pan|Pani)\.?\s+[A-ZÀ-Ý]")


def attendance(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A meeting's record names who attended it before its text: "Present:" over a line per member ("Mr Ole Hansen
    (Chair, Denmark)"), "Also present: Dr …", "Apologies: Mr …", "Secretariat: Ms …". Listed, and never read as the
    record's authors: the lines under a lone label each a name with its honorific, a labelled line's names likewise
    (a list of short parts: "Present: Dr Okafor, who chaired the session, opened by warning …" is a sentence)."""
    kept, removed = list(lines), []
    for n, line in enumerate(lines[:80]):
        if not (label := _ATTENDANCE_LABEL.match(line)):
            continue
        if label["value"].strip():
            parts = re.split(r"[,;]\s*", label["value"].strip().rstrip("."))
            if _HONORIFIC.match(label["value"]) and all(len(part.split()) <= 6 for part in parts) and not re.search(r"[.!?]\s+[A-Z]", label["value"]):
                removed.append((n + 1, line.strip(), ATTENDANCE_REASON))
                kept[n] = ""
            continue
        names = []
        for k in range(n + 1, min(n + 60, len(lines))):
            if not lines[k].strip():
                break
            names.append(k)
        if names and all(_HONORIFIC.match(lines[k]) for k in names):
            removed += [(k + 1, lines[k].strip(), ATTENDANCE_REASON) for k in (n, *names)]
            for k in (n, *names):
                kept[k] = ""
    return kept, removed


FAX_LINE_REASON = "page furniture: a fax machine's line (the time it was sent, the sender, the page)"
FAX_COVER_REASON = "a fax's cover sheet (whom it was sent to, by whom and when; not the brief)"
# "FEB-27-2026 09:15    FORUM SUEDOSTEUROPA BERLIN     +49 30 5550 1234        S.02/04", "27/02/2026 09:15 … P.2/4"
_FAX_LINE = re.compile(r"^\s*(?:[A-Z]{3}-\d{1,2}-\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\s+\d{1,2}:\d{2}\b.{0,160}?"
                       r"\b(?:S|P|PAGE|SEITE|PAG|p)\.?\s*\d{1,3}\s*/\s*\d{1,3}\s*$", re.I)
_FAX_LABEL = re.compile(r"^\s*(?:T\s?E\s?L\s?E\s?)?F\s?A\s?X(?:\s+(?:C\s?O\s?V\s?E\s?R|T\s?R\s?A\s?N\s?S\s?M\s?I\s?S\s?S\s?I\s?O\s?N)[\w\s]*)?\s*$|"
                        r"^\s*(?:facsimile|télécopie|telecopia)\s*$", re.I)
_FAX_FIELD = re.compile(r"^\s*(?:an|to|attn|fax|von|from|de|à|datum|date|fecha|seiten|pages|pagine|betreff|re|subject|objet|tel|cc)\s*:", re.I)


def fax_pages(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A brief that was faxed: the machine's line at the top of every page (date and time, sender, "S.02/04"), and
    the cover sheet before the brief (a "TELEFAX" label over its fields: to, from, date, pages, subject; a short
    letter; a confidentiality notice), down to the next page. Both listed; the brief's own head is read under them."""
    kept, removed = list(lines), []
    machine = [n for n, line in enumerate(lines) if _FAX_LINE.match(line)]
    for n in machine:
        removed.append((n + 1, lines[n].strip(), FAX_LINE_REASON))
        kept[n] = ""
    label = next((n for n, line in enumerate(lines[:15]) if _FAX_LABEL.match(line)), None)
    if label is not None and sum(bool(_FAX_FIELD.match(line)) for line in lines[label : label + 16]) >= 3:
        for n in _cover_sheet(lines, label):
            if kept[n].strip():
                removed.append((n + 1, lines[n].strip(), FAX_COVER_REASON))
                kept[n] = ""
    return kept, sorted(removed)


_CLOSING_FORMULA = re.compile(r"^\s*(?:mit freundlichen grüßen|mit besten grüßen|kind regards|best regards|regards|yours sincerely|sincerely|"
                              r"yours faithfully|cordialement|bien cordialement|saludos(?: cordiales)?|atentamente|cordiali saluti|distinti saluti|z poważaniem)\b", re.I)
_CONFIDENTIAL = re.compile(r"\b(?:confidential|vertraulich|confidentiel|confidencial|riservat|in error|irrtümlich|par erreur|intended (?:only )?for)\b", re.I)


def _cover_sheet(lines: list[str], label: int) -> list[int]:
    """The lines of a fax's cover sheet from its label: the label and the fields, a short letter (from its greeting
    to its closing formula and signature) and its notices of confidentiality, and the rest of the page when a page
    break or the machine's line follows. The brief that may start on the same page stays."""
    taken, n, letter = [label], label + 1, False
    while n < len(lines):
        if not lines[n].strip():
            n += 1
            continue
        if _FAX_LINE.match(lines[n]) or "\f" in lines[n]:
            break
        block = [n]
        while block[-1] + 1 < len(lines) and lines[block[-1] + 1].strip() and not _FAX_LINE.match(lines[block[-1] + 1]):
            block.append(block[-1] + 1)
        first = lines[n].strip()
        if _FAX_FIELD.match(first) or all(_FAX_FIELD.match(lines[k]) or lines[k][:1].isspace() for k in block):
            pass  # the fields, their values wrapped onto indented lines
        elif re.match(r"^(?:sehr geehrte|liebe|dear|chère|cher|madame|monsieur|estimad[oa]|gentile|szanown)", first, re.I):
            letter = True
        elif letter and _CLOSING_FORMULA.match(first):
            letter = False  # the closing formula, and the signature under it in the same block
        elif not (letter or _CONFIDENTIAL.search(" ".join(lines[k] for k in block))):
            break  # the brief's own first line
        taken += block
        n = block[-1] + 1
    return taken


DEBATE_REASON = "a parliament's report around the member's speech (its columns, times, the Chair's words, the other speakers)"
_REPORT_LABEL = re.compile(r"^\s*(?:official report(?: of debates)?|hansard|verbatim report|uncorrected (?:transcript|report)|compte rendu intégral|plenarprotokoll)"
                           r"(?:\s*\(uncorrected\)|\s*[—–-]\s*\w+(?:\s\w+){0,3})?\s*$", re.I)  # a line of its own, not "Hansard records …"
_COLUMN = re.compile(r"^\s*(?:column|col\.|spalte)\s+\d{1,5}\s*$", re.I)  # "Column 412": the report's column
_TIME_STAMP = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|h)?\s*$", re.I)  # "2.47 pm"
_STAGE = re.compile(r"^\s*\[(?:interruption|laughter|hear, hear|applause|excerpt ends|end of excerpt|[^\]]{0,20}rose|[^\]]{0,30}in the chair)\.?\]\s*$", re.I)
_MEMBER = re.compile(r"^(?P<label>(?P<honorific>Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Baroness|Lady)\.?\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})"
                     r"(?:\s*\([^)]{2,60}\))?\s*:)\s+(?=\S)")
_ITEM_KIND = re.compile(r"^\s*(?:motion for debate|motion|debate|urgent question|oral answers to questions|ministerial statement|statement|second reading)\s*$", re.I)
_CHAIR = re.compile(r"^(?P<label>(?:the\s+)?(?:madam\s+|mr\.?\s+)?(?:deputy\s+)?(?:speaker|chair(?:man|woman|person)?|president)\s*:)\s+", re.I)


@dataclass
class Speech:
    """The member whose speech a parliament's report gives: the name and the line of the label."""
    name: str
    line: int
    label: str


def debate_speech(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]], Speech | None]:
    """A member's speech as a parliament's official report prints it ("OFFICIAL REPORT OF DEBATES"): the report's
    column numbers, times and stage notes ("[Interruption.]") are listed; the member's label ("Ms Eleni Georgiou
    (Northfield East):") names the author and is taken off the speech; the Chair's words ("The Speaker: Order …")
    are listed, and so is all from the next member's turn on. The member's own later turns ("Ms Georgiou: …") stay."""
    if not any(_REPORT_LABEL.match(line) for line in lines[:12]):
        return lines, [], None
    # the member who opens it, named in full with the seat (in brackets): "Ms Eleni Georgiou (Northfield East):"
    first = next((n for n, line in enumerate(lines) if (m := _MEMBER.match(line)) and " " in m["name"] and "(" in m["label"]), None)
    if first is None:
        return lines, [], None
    kept, removed = list(lines), []
    speaker = _MEMBER.match(lines[first])
    surname = speaker["name"].split()[-1]
    for n, line in enumerate(lines):
        if _COLUMN.match(line) or _TIME_STAMP.match(line) or _STAGE.match(line) or (n < first and _ITEM_KIND.match(line)):
            removed.append((n + 1, line.strip(), DEBATE_REASON))
            kept[n] = ""
    kept[first] = lines[first][speaker.end() :]
    removed.append((first + 1, speaker["label"], DEBATE_REASON))
    n = first + 1
    while n < len(lines):
        member, chair = _MEMBER.match(lines[n]), _CHAIR.match(lines[n])
        own = member is not None and member["name"].split()[-1] == surname
        if chair or (member and not own):
            end = n
            while end < len(lines) and lines[end].strip():
                end += 1
            if member and not own:
                end = len(lines)  # another member's turn: the speech has ended
            for k in range(n, end):
                if kept[k].strip():
                    removed.append((k + 1, lines[k].strip(), DEBATE_REASON))
                    kept[k] = ""
            n = end
            continue
        if own:
            removed.append((n + 1, member["label"], DEBATE_REASON))
            kept[n] = lines[n][member.end() :]
        n += 1
    return kept, sorted(removed), Speech(speaker["name"], first + 1, lines[first].strip())

def _dated_row(line: str) -> str | None:
    """The date in a table's row, its cells set apart by bars or wide spaces ("0.1    12.02.2026   AL   First draft"), or
    a portal's list of a page's updates ("Published 23 October 2025", "5 November 2025: Corrected a figure.")."""
    if (found := date_in_segments(re.sub(r"\s*\|\s*|\s{2,}", " | ", line.strip(" |+")))):
        return found
    stripped = line.strip()
    labelled = re.match(r"(?:first )?(?:published|last updated|updated)\s+(?P<date>.{6,30})$", stripped, re.I)
    dated = re.match(r"(?P<date>[^:]{6,30}):\s+\S", stripped)
    return next((iso for m in (labelled, dated) if m and (iso := P.parse_date(m["date"]))), None)


def image_placeholder_lines(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A picture's placeholder on a line of its own ("[chart not reproduced in text version]"), also where a
    hard-wrapped text would join it to the caption above: blanked, listed."""
    kept, removed = list(lines), []
    rule = WEB_FURNITURE["image-placeholder"]
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("[") and rule.test(line.strip()):
            removed.append((number, line.strip(), rule.reason))
            kept[number - 1] = ""
        elif line.lstrip().startswith("[") and (logos := _LOGOS_FIRST.match(line)):
            # "[Harbour Forum logo]          ISSUE BRIEF": the logo's text (listed: it may name the publisher), the line's rest kept
            removed.append((number, logos[0].strip(), rule.reason))
            kept[number - 1] = line[logos.end():]
    return kept, removed


# Logos' alternative texts at the start of a line: "[Logo: Harbour Institute]", "[Harbour Forum logo]   [Logo: Stiftung X]"
_LOGOS_FIRST = re.compile(r"^\s*(?:\[\s*(?:logo\b[^\]\n]{0,120}|[^\]\n]{1,120}\blogo)\s*\]\s*)+", re.I)


ACCESSIBILITY_REASON = "a screen reader's text copied with the page (where a link opens, that it leaves the site)"
# What a page says to screen readers about a link, in brackets after it or on a line of its own
_A11Y = r"(?:link )?opens? in (?:a )?new (?:window|tab)|external link|link is external|leaves? (?:this|the) (?:site|website)|opens? an external (?:site|website)"
_A11Y_INLINE = re.compile(rf"\s*[(\[]\s*(?:{_A11Y})\s*[)\]]", re.I)
_A11Y_LINE = re.compile(rf"^\s*(?:{_A11Y})\.?\s*$", re.I)


def accessibility_text(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """"Share on X (opens in a new window)", "the report (external link)", "Opens in a new window" alone: what a page
    tells screen readers about its links, copied with its text. Cut out (a line of it blanked), listed."""
    kept, removed = list(lines), []
    for number, line in enumerate(lines, 1):
        if _A11Y_LINE.match(line):
            removed.append((number, line.strip(), ACCESSIBILITY_REASON))
            kept[number - 1] = ""
        elif _A11Y_INLINE.search(line):
            removed += [(number, m.group().strip(), ACCESSIBILITY_REASON) for m in _A11Y_INLINE.finditer(line)]
            kept[number - 1] = _A11Y_INLINE.sub("", line)
    return kept, removed


# A pictograph and what may follow it: a variation selector, a skin tone, a joiner and the next pictograph.
_EMOJI = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u231A\u231B\u23E9-\u23FA][\uFE0F\U0001F3FB-\U0001F3FF]*(?:\u200D[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F]*)*"
_EMOJI_MARK = re.compile(rf"^(?P<indent>\s*)(?P<mark>(?:{_EMOJI})+)\s+(?=\S)")
# The note of whoever passed the text on, pointing down at it: "Look at this, thought of our talk 👇".
_SHARER_NOTE = re.compile(r"^\s*\S.{0,160}?\s*(?:👇|⬇️?|🔽)[\uFE0F\U0001F3FB-\U0001F3FF]*\s*$")
# The pictographs that label a line on their own (📰 ✍️ 📅 ⏱ 📌): not the dingbats (❶ ❷, ⚠, ✔), which are the text's marks.
_PICTOGRAPH = re.compile("[\U0001F300-\U0001FAFF\u270D\u2709\u23F1\u231A]")
EMOJI_MARK_REASON = "an emoji set before a line as its label (📰 a title, ✍️ an author, 📅 a date)"
SHARER_NOTE_REASON = "the note of whoever shared the text, pointing down at it"


def emoji_marks(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A text shared from a phone app marks its lines with emoji: "📰 Title", "✍️ Name", "📅 5 March 2026", and
    its lists with one emoji a line ("🔹 Germany's brigade …"). The same mark on the lines next to a line makes them a
    list's items (the mark becomes a bullet); a mark alone labels its line and goes (listed). The sharer's note
    above the text, pointing down at it ("Worth reading 👇"), goes too. An emoji inside a sentence stays."""
    kept, removed = list(lines), []
    marks = {n: m for n, line in enumerate(lines) if (m := _EMOJI_MARK.match(line))}
    for n, match in marks.items():
        same = [k for k in (n - 1, n + 1) if k in marks and marks[k]["mark"] == match["mark"]]
        if same:
            kept[n] = f"{match['indent']}• {lines[n][match.end():]}"
        elif _PICTOGRAPH.match(match["mark"]):
            removed.append((n + 1, match["mark"], EMOJI_MARK_REASON))
            kept[n] = match["indent"] + lines[n][match.end():]
    first = next((n for n, line in enumerate(kept) if line.strip()), None)
    if first is not None and _SHARER_NOTE.match(kept[first]) and not ends_sentence(re.sub(_EMOJI, "", kept[first]).strip()):
        removed.append((first + 1, kept[first].strip(), SHARER_NOTE_REASON))
        kept[first] = ""
    return kept, removed


# A chat channel's export (Telegram, WhatsApp, Signal): each message under its time stamp.
_STAMP = re.compile(r"^\s*\[(?P<date>\d{1,2}[./]\d{1,2}[./](?:\d\d){1,2}),?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?\]\s*$", re.I)
# A workspace chat's copy (Slack, Teams): each message under its writer's name and the time, set apart by spaces ("Ann Lee  9:58 AM")
# A phone's export of a chat: "[04/03/2026, 09:02:47] Name: text" (iOS), "04/03/2026, 09:02 - Name: text" (Android);
# the app's own notices have no sender ("‎Name joined using this group's invite link")
_INLINE_STAMP = re.compile(r"^(?P<stamp>\s*\u200e?(?:\[(?P<date>\d{1,2}[./]\d{1,2}[./](?:\d\d){1,2}),?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?\]|"
                           r"(?P<date2>\d{1,2}[./]\d{1,2}[./](?:\d\d){1,2}),?\s+\d{1,2}:\d\d(?:\s*[AP]M)?\s+-)\s+(?P<sender>\u200e?[^:\n]{1,60}:\s+)?)\u200e?(?P<message>\S.*)$", re.I)
_NAMED_STAMP = re.compile(r"^\s*[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,3}\s{2,}\d{1,2}:\d\d(?:\s*[AP]M)?\s*$", re.I)
_COUNTERS = re.compile(r"^\s*(?:(?:👁|🔁|❤️?|👍|💬|views?:?|forwards?:?)\s*\d(?:[\d.,]|\s(?=\d{3}\b))*\s*[KkMm]?\s*)+$"
                       r"|^\s*(?:[^\w\s]{1,3}\s*\d{1,4}\s*){1,8}$"  # a message's reactions: "👍 3  ✅ 1"
                       r"|^\s*\d{1,4} repl(?:y|ies)(?:\s+last reply .{1,40})?\s*$", re.I)  # its thread: "2 replies"
CHAT_REASON = "another message of the channel (the export keeps the one long message that is the text)"
CHANNEL_REASON = "the channel's header or a message's counters (views, forwards)"


def chat_export(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]], tuple[int, str, str] | None]:
    """A channel's messages exported with their time stamps ("[04.03.26 09:14]"): the text is the one long message,
    three times the words of any other and 150 or more; the other messages, the channel's header above the first and
    each message's counters ("👁 31.2K  🔁 1 204") go (listed). Returns the lines, what went, and the long message's
    day ``(line, iso, stamp)`` (it dates the text)."""
    stamps = [n for n, line in enumerate(lines) if _STAMP.match(line)]
    inline = {}  # a phone's export: the stamp, the sender and the message's first line on one line
    if len(stamps) < 3:
        inline = {n: m for n, line in enumerate(lines) if (m := _INLINE_STAMP.match(line))}
        if sum(bool(m["sender"]) for m in inline.values()) * 3 < len(inline) * 2:
            inline = {}  # a timeline's entries ("18/11/2024, 02:15 - cable loses signal"): most chat lines name who wrote them
        stamps = sorted(inline)
    if len(stamps) < 3:
        stamps = [n for n, line in enumerate(lines) if _NAMED_STAMP.match(line)  # "Karolina Nowak  10:42 AM": no day
                  and P.is_person_name(re.split(r"\s{2,}", line.strip())[0])]  # (a person's name: "Coffee break  11:00" is a programme's)
    if len(stamps) < 3:
        return lines, [], None
    bounds = list(zip(stamps, stamps[1:] + [len(lines)], strict=True))
    words = [sum(len(lines[k].split()) for k in range(a + 1, b)) + (len(inline[a]["message"].split()) if a in inline else 0) for a, b in bounds]
    longest = max(range(len(bounds)), key=words.__getitem__)
    if words[longest] < 150 or any(w * 3 > words[longest] for i, w in enumerate(words) if i != longest):
        return lines, [], None
    kept, removed = list(lines), []
    for i, (a, b) in enumerate([(0, stamps[0]), *bounds]):
        for k in range(a, b):
            text = lines[k].strip()
            if not text:
                continue
            if i - 1 != longest or k == a:  # another message, the header above the first, or a stamp
                removed.append((k + 1, text, CHANNEL_REASON if i == 0 or k == a else CHAT_REASON))
                kept[k] = ""
            elif _COUNTERS.match(lines[k]):
                removed.append((k + 1, text, CHANNEL_REASON))
                kept[k] = ""
    a = bounds[longest][0]
    if a in inline:  # the long message's first line, without its stamp and sender: the text's first line
        removed[next(k for k, r in enumerate(removed) if r[0] == a + 1)] = (a + 1, inline[a]["stamp"].strip(), CHAT_REASON)
        kept[a] = inline[a]["message"]
    stamp = _STAMP.match(lines[a]) or inline.get(a)
    if not stamp:
        return kept, removed, None  # a time of day alone dates nothing
    day, month, year = re.split(r"[./]", stamp["date"] or stamp.groupdict()["date2"])
    year = f"20{year}" if len(year) == 2 else year
    if int(month) > 12 or (re.search(r"\d\s*[AP]M\b", stamp.group(0), re.I) and int(day) <= 12):
        day, month = month, day  # "[3/14/26, 9:02:47 AM]": an export in the American order, month first
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return kept, removed, None
    return kept, removed, (a + 1, f"{year}-{int(month):02d}-{int(day):02d}", lines[a].strip())


def _blanked(lines: list[str], indexes, reason: str, kept: list[str] | None = None, removed: list | None = None) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines with those at ``indexes`` blanked, and each that held text listed ``(line number, text, reason)``."""
    kept = list(lines) if kept is None else kept
    removed = [] if removed is None else removed
    for k in indexes:
        if lines[k].strip():
            removed.append((k + 1, lines[k].strip(), reason))
            kept[k] = ""
    return kept, removed


NOTE_PAGE_REASON = "a note app's page: its own title, the day and time it was made, and where the text in it was pasted from"
_PASTED_FROM = re.compile(r"^\s*pasted from\s*<?(?:https?://|www\.)\S+?>?\s*$", re.I)
_TIME_ALONE = re.compile(r"^\s*\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\s*$", re.I)


def note_page(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A page of a note app with a text pasted into it ("Pasted from <https://…>" under the text): the page's own title,
    the day and the time it was made on the two lines under it ("Wednesday, 11 March 2026" / "14:07"), and the paste's
    source line are the note's, listed; the reader's notes and the text follow."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    pasted = [k for k in filled[-1:] if _PASTED_FROM.match(lines[k])]  # (the paste's source closes it)
    if not pasted or len(filled) < 4:
        return lines, []
    first, second, third = filled[:3]
    if not (second == first + 1 and third == second + 1 and P.parse_date(lines[second].strip()) and _TIME_ALONE.match(lines[third])):
        return lines, []
    # the note's title goes only when the pasted text has a head of its own under it (a byline or a date)
    anchors = [n for n, k in enumerate(filled) if 3 < n < 30 and (re.search(r"(?:^|[|·•]\s*)by\s+[A-ZÀ-Ý]", lines[k].strip(), re.I) or P.parse_date(lines[k].strip()))]
    headed = any(P.heading_like(lines[filled[n - 1]].strip()) and not P.parse_date(lines[filled[n - 1]].strip()) for n in anchors)  # a title over them
    return _blanked(lines, ((first,) if headed else ()) + (second, third, *pasted), NOTE_PAGE_REASON)


COMMENT_SUMMARY_REASON = "a PDF reader's summary of the comments on the file (its readers' highlights and notes), printed after it"
_COMMENT_SUMMARY = re.compile(r"^\s*(?:summary of comments on|zusammenfassung der kommentare (?:zu|auf)|résumé des commentaires sur)\s+(?P<file>.{1,120})$", re.I)
# its entries: "Page: 2", "This page contains no comments", "Number: 1  Author: …  Subject: Highlight  Date: …", in English, German, French
_COMMENT_ENTRY = re.compile(r"^\s*(?:(?:page|seite)\s*:\s*\d+|(?:number|nummer|numéro)\s*:\s*\d+\s+(?:author|verfasser|autor|auteur)\s*:.*|"
                            r"this page contains no comments|diese seite enthält keine kommentare|cette page ne contient aucun commentaire)\s*$", re.I)


def comment_summary(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The summary of comments a PDF reader prints after the document, or after each of its pages ("Summary of Comments
    on Paper.pdf", "Page: 2", "Number: 1  Author: …  Subject: Highlight  Date: …", the highlighted words and the note):
    each block listed, from its label (a file's name, or an entry on the next line) to the blank line after its last
    entry's lines; the pages of the document between the blocks stay."""
    kept, removed = list(lines), []
    for start, line in enumerate(lines):
        label = _COMMENT_SUMMARY.match(line)
        following = next((t for t in lines[start + 1 :] if t.strip()), "")
        if not label or not (re.search(r"\.(?:pdf|docx?)\s*$", label["file"], re.I) or _COMMENT_ENTRY.match(following)):
            continue
        end = start + 1
        while end < len(lines) and (lines[end].strip() or (end + 1 < len(lines) and _COMMENT_ENTRY.match(next((t for t in lines[end + 1 :] if t.strip()), "")))):
            end += 1  # the entries and the lines under each, up to a blank line that no further entry follows
        _blanked(lines, range(start, end), COMMENT_SUMMARY_REASON, kept, removed)
    return kept, removed


REPOSITORY_COVER_REASON = "a repository's cover sheet above the paper it serves (its link, counts, the authors' profiles, who uploaded it)"
_REPOSITORY_COVER_START = re.compile(r"^\s*(?:see discussions, stats,? and author profiles for this publication at:|"
                                     r"this (?:paper|article|document) (?:is|was) (?:downloaded|made available) (?:from|by|via) .{3,60}(?:repository|archive)\b)", re.I)
_REPOSITORY_COVER_END = re.compile(r"^\s*(?:all content following this page was uploaded by .{3,120}\.|the user has requested enhancement of the downloaded file\.?)\s*$", re.I)


def repository_cover(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A cover sheet a repository puts before the paper it serves ("See discussions, stats, and author profiles for this
    publication at: …", its counts of citations and reads, the authors' profiles, "All content following this page was
    uploaded by …", "The user has requested enhancement of the downloaded file."): listed, down to its last line; the
    paper's own head follows."""
    start = next((k for k, line in enumerate(lines[:10]) if _REPOSITORY_COVER_START.match(line)), None)
    if start is None:
        return lines, []
    ends = [k for k in range(start, min(len(lines), start + 80)) if _REPOSITORY_COVER_END.match(lines[k])]
    if not ends:
        return lines, []
    return _blanked(lines, range(start, ends[-1] + 1), REPOSITORY_COVER_REASON)


CITATION_RECORD_REASON = "a citation record exported with the page (RIS or BibTeX), and the links that export it"
_RIS_LINE = re.compile(r"^[A-Z][A-Z0-9]  - ?(?:\S.*)?$")  # "TY  - RPRT", "AU  - Sørensen, Mette", "ER  - "
_EXPORT_LINKS = re.compile(r"^(?:export|download|cite)(?: this)?(?: \w+)?(?: citation| reference)?\s*:?\s*"
                           r"(?:(?:RIS|BibTeX|EndNote(?: XML)?|RefWorks|Zotero|Mendeley|CSL(?:-JSON)?|APA|MLA|Chicago|Harvard|Vancouver)\s*[|·,/]?\s*){2,}$", re.I)


def citation_record(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A RIS record ("TY  - RPRT" … "ER  - ") or a BibTeX entry ("@techreport{key," … "}") under a page, and the links that
    export them ("Export citation: RIS | BibTeX | EndNote XML"): the page's, listed."""
    kept, removed = list(lines), []
    k = 0
    while k < len(lines):
        text = lines[k].strip()
        end = None
        if text.startswith("TY  -"):
            end = next((j for j in range(k, min(len(lines), k + 80)) if lines[j].strip().startswith("ER  -") or lines[j].strip() == "ER"), None)
            if end is not None and not all(_RIS_LINE.match(lines[j].strip()) or not lines[j].strip() for j in range(k, end + 1)):
                end = None
        elif re.match(r"^@[a-z]+\{[^,\s]+,$", text):
            end = next((j for j in range(k + 1, min(len(lines), k + 60)) if lines[j].strip() == "}" or re.search(r"\}\s*\}$", lines[j])), None)
        if end is None and _EXPORT_LINKS.match(text):
            end = k
        if end is None:
            k += 1
            continue
        _blanked(lines, range(k, end + 1), CITATION_RECORD_REASON, kept, removed)
        k = end + 1
    return kept, removed


SCAN_MARK_REASON = "a stray mark of a scanned page (the OCR read a speck or an edge as a character)"
_SCAN_MARK = re.compile(r"^\s*[|~`¦]{1,3}\s*$")
_TRAILING_SCAN_MARK = re.compile(r"(?<=\S)\s{3,}[|~`¦]\s*$")


def scan_marks(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """An OCR'd scan's specks: a line of one to three "|", "~" or "`" alone, or such a mark far to the right of a line's
    text ("Nordic Maritime Security Institute          ~"). Blanked or cut off, and listed."""
    kept, removed = list(lines), []
    for number, line in enumerate(lines, 1):
        if _SCAN_MARK.match(line):
            removed.append((number, line.strip(), SCAN_MARK_REASON))
            kept[number - 1] = ""
        elif (mark := _TRAILING_SCAN_MARK.search(line)):
            removed.append((number, mark[0].strip(), SCAN_MARK_REASON))
            kept[number - 1] = line[: mark.start()]
    return kept, removed


MIME_REASON = "a raw mail message's headers, part boundaries and non-text parts"
_MAIL_HEADER = re.compile(r"^(?:return-path|received|delivered-to|mime-version|message-id|date|from|to|cc|reply-to|subject|list-[\w-]+|"
                          r"content-[\w-]+|x-[\w-]+|dkim-signature|authentication-results|arc-[\w-]+|thread-\w+|in-reply-to|references)\s*:", re.I)
_TRANSPORT_HEADER = re.compile(r"(?:received|return-path|message-id|mime-version|content-type|delivered-to|dkim-signature|x-[\w-]+)\s*:", re.I)
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+")


def _decode_quoted(line: str) -> str:
    """"The ministers=E2=80=99 plan": the bytes a quoted-printable part encodes, decoded where they make UTF-8 text."""
    def decode(match: re.Match) -> str:
        try:
            return bytes.fromhex(match[0].replace("=", "")).decode("utf-8")
        except UnicodeDecodeError:
            return match[0]
    return _QP_RUN.sub(decode, line)


QUOTED_MAIL_REASON = "the mail around a quoted text (its headers, the reply and its signature)"
QUOTED_COMMENT_REASON = "a reader's comment set between the quoted lines of a mail"
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
_MAIL_FIELD = re.compile(r"^\s*(?:from|sent|date|to|cc|subject|von|gesendet|an|betreff|de|envoyé|à|objet)\s*:", re.I)


def quoted_mail(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A mail that carries a text as quoted lines ("> …"), as a reply quotes the mail it answers: the text is read
    without its marks; the mail's headers, the reply above, the signature and what follows are listed, and so are
    the comments the replier set between the quoted lines ("MH: Agree …"). Only where the quoted lines hold most of
    the words and a mail's header stands above them: a quotation set as a block quote in a text is the text's."""
    quoted = [k for k, line in enumerate(lines) if _QUOTE_MARK.match(line)]
    if len(quoted) < 5:
        return lines, []
    words = sum(len(line.split()) for line in lines)
    inside = sum(len(_QUOTE_MARK.sub("", lines[k]).split()) for k in quoted)
    first, last = quoted[0], quoted[-1]
    if inside < 80 or inside < 0.6 * words or sum(1 for line in lines[:first] if _MAIL_FIELD.match(line)) < 2:
        return lines, []
    kept, removed = _blanked(lines, [k for k in range(len(lines)) if k < first or k > last], QUOTED_MAIL_REASON)
    kept, removed = _blanked(lines, [k for k in range(first, last + 1) if not _QUOTE_MARK.match(lines[k])], QUOTED_COMMENT_REASON, kept, removed)
    for k in quoted:
        kept[k] = _QUOTE_MARK.sub("", lines[k])
    return kept, sorted(removed)


def mime_message(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A mail saved as a raw message (.eml): its header block at the top (three or more "Name: value" lines, folded
    lines indented under them), each part's boundary and headers, and every part that is not plain text, go
    (listed); a quoted-printable part is decoded, its soft line breaks ("…there=") joined."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None or not _MAIL_HEADER.match(lines[first]):
        return lines, []
    end = first
    while end < len(lines) and lines[end].strip() and (_MAIL_HEADER.match(lines[end]) or lines[end][:1] in " \t"):
        end += 1
    header = " ".join(lines[first:end])
    transport = any(_TRANSPORT_HEADER.match(line) for line in lines[first:end])
    if end - first < 3 or not transport or (end < len(lines) and lines[end].strip()):
        return lines, []  # "To: / From: / Date: / Subject:" alone: a memo's fields, no mail's transport headers
    boundary = (m["b"] if (m := re.search(r'boundary="?(?P<b>[^";\s]+)"?', header, re.I)) else None)
    kept, removed = list(lines), [(k + 1, lines[k].strip(), MIME_REASON) for k in range(first, end) if lines[k].strip()]
    for k in range(first, end):
        kept[k] = ""
    quoted, drop, k = False, False, end
    while k < len(lines):
        line = lines[k]
        if boundary and line.strip() in (f"--{boundary}", f"--{boundary}--"):
            removed.append((k + 1, line.strip(), MIME_REASON))
            kept[k] = ""
            k += 1
            part = []
            while k < len(lines) and lines[k].strip() and _MAIL_HEADER.match(lines[k]):
                part.append(lines[k])
                removed.append((k + 1, lines[k].strip(), MIME_REASON))
                kept[k] = ""
                k += 1
            types = " ".join(part).lower()
            drop = bool(part) and "text/plain" not in types
            quoted = "quoted-printable" in types
            continue
        if drop and line.strip():
            removed.append((k + 1, line.strip(), MIME_REASON))
            kept[k] = ""
        elif quoted and line.strip():
            text = _decode_quoted(kept[k])
            if text.endswith("=") and k + 1 < len(lines):  # a soft line break: the line goes on in the next
                kept[k + 1] = text[:-1] + lines[k + 1]
                kept[k] = ""
            else:
                kept[k] = text
        k += 1
    return kept, removed


TABLE_RULE_REASON = "a table's rule (a run of dashes a converter draws above, under or across a table)"
_TABLE_RULE = re.compile(r"^\s{2,}-{3,}(?:\s+-{3,})+\s*$|^\s{2,}-{10,}\s*$")  # set in from the margin, as pandoc draws a table


def table_rules(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The dashed rules a converter (pandoc) draws for a table's top, bottom and columns ("  ------ ------------"),
    indented or in columns: blanked, listed, so that the rows are read as lines of their own."""
    kept, removed = list(lines), []
    for number, line in enumerate(lines, 1):
        if _TABLE_RULE.match(line):
            removed.append((number, line.strip(), TABLE_RULE_REASON))
            kept[number - 1] = ""
    return kept, removed



CABLE_MARKING_REASON = "a cable's paragraph marking (its classification, or the label or close of its summary)"
# "1. (C) …", "2. (U) …", "3. (S//NF) …": a numbered paragraph's classification, in the letters governments use
_CABLE_PARAGRAPH = re.compile(r"^(?P<number>\s*\d{1,3}\.\s+)(?P<mark>\((?:U|C|R|S|TS|SBU|CUI|NU)(?:/{1,2}[A-Z]{2,6})*\))\s+(?=\S)")
_CABLE_FIELD = re.compile(r"^\s*(FM|FROM|TO|INFO|DTG|SUBJECT|SUBJ|REF|TAGS|E\.O\.|CLASSIFIED BY)\s*:", re.I)
_SUMMARY_LABEL = re.compile(r"^SUMMARY:\s+(?=\S)")
_SUMMARY_END = re.compile(r"\s*\bEND SUMMARY\.?\s*$")


def cable_markings(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A cable's numbered paragraphs, each opened by its classification ("1. (C) SUMMARY: …", "2. (U) …"), when at
    least two are: the markings are taken out and listed, and so are the summary's label and its close ("END
    SUMMARY."). Its end mark ("ENDS.") is the press-release rule's. A letter in brackets opening a paragraph of
    anything else ("1. (A) first option") is text."""
    marked = [n for n, line in enumerate(lines) if _CABLE_PARAGRAPH.match(line)]
    numbered = [n for n, line in enumerate(lines) if re.match(r"\s*\d{1,3}\.\s+\S", line)]
    fields = {m[1].upper() for line in lines[:40] if (m := _CABLE_FIELD.match(line))}
    if len(marked) < 2 or len(marked) * 4 < len(numbered) * 3 or (len(fields) < 2 and not any(_SUMMARY_END.search(line) for line in lines)):
        return lines, []  # a cable's header fields or its summary's close, and most numbered paragraphs marked
    kept, removed = list(lines), []
    for n in marked:
        match = _CABLE_PARAGRAPH.match(kept[n])
        rest = kept[n][match.end() :]
        removed.append((n + 1, match["mark"], CABLE_MARKING_REASON))
        if label := _SUMMARY_LABEL.match(rest):
            removed.append((n + 1, label.group().strip(), CABLE_MARKING_REASON))
            rest = rest[label.end() :]
            end = n
            while end + 1 < len(kept) and kept[end + 1].strip() and not _SUMMARY_END.search(kept[end]):
                end += 1  # the summary's lines, down to its close
            if close := _SUMMARY_END.search(kept[end] if end != n else rest):
                removed.append((end + 1, close.group().strip(), CABLE_MARKING_REASON))
                if end == n:
                    rest = rest[: close.start()]
                else:
                    kept[end] = kept[end][: close.start()]
        kept[n] = match["number"] + rest
    return kept, removed


MARGIN_GLOSS_REASON = "a gloss set in the margin beside the text (a short restatement or a definition)"
_GLOSS_LABEL = re.compile(r"^(?:[A-Z][A-Z'’-]+)(?: [A-Z][A-Z'’-]+){0,2}$")  # "IN SHORT", "KEY TERM", "DEFINITION"
GLOSS_LINE = 26  # a margin's column is narrow: its lines hold a few words each


def margin_glosses(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Glosses a page sets in its margin and a text dump reads among the lines of the text beside them: a label in
    capitals over two to eight short lines, the last ending a sentence ("IN SHORT" / "US guarantees" / "now look" /
    "conditional."), set under a line of the text with no space between. Taken out, and listed, when a gloss under
    that label cuts a sentence somewhere (the line above runs on and the line under it goes on in lower case): then
    every gloss under it. A label repeated over short lines that cut nothing (a table's "SOURCE") is the text's."""
    runs = []
    for n, line in enumerate(lines):
        if not _GLOSS_LABEL.match(line.strip()) or line != line.strip():
            continue
        end = n + 1
        while end < len(lines) and 0 < len(lines[end].strip()) <= GLOSS_LINE and end - n <= 8:
            end += 1
            if re.search(r"[.!?]$", lines[end - 1].strip()):
                break  # the gloss's sentence ends: a short line under it is the text's, ending a paragraph
        if not 3 <= end - n <= 9 or not re.search(r"[.!?]$", lines[end - 1].strip()):
            continue
        above = lines[n - 1].strip() if n else ""
        below = lines[end].strip() if end < len(lines) else ""
        if not above:
            continue  # set under the text's line with no space between: a column beside it, not a box of its own
        cuts = not re.search(r"[.!?:\"”]$", above) and below[:1].islower()
        runs.append((n, end, line.strip(), cuts))
    cutting = {label for _, _, label, cuts in runs if cuts}  # a label whose gloss cuts a sentence somewhere: a margin's
    kept, removed = list(lines), []
    for n, end, label, _cuts in runs:
        if label in cutting:
            removed += [(k + 1, lines[k].strip(), MARGIN_GLOSS_REASON) for k in range(n, end)]
            kept[n:end] = [""] * (end - n)  # the text above and under it rejoins as a page's text does across a break
    return kept, removed


FIGURE_TEXT_REASON = "a figure's alternative text in a tags view (what the figure shows, not the text)"
STRUCTURE_TAG_REASON = "a tag of a PDF reader's tags view (H1, P, LI) before its block"
_STRUCTURE_TAG = re.compile(r"^(?P<tag>H[1-6]|P|LI|Lbl|LBody|Span|Quote|BlockQuote|Note|Caption|TOCI?|Sect|Div|Art|Part|Reference|BibEntry|TH|TD)[ \t]+(?=\S)")


_ROW_TAG = re.compile(r"^(?:LI|Lbl|LBody|TOCI|TH|TD)[ \t]+(?=\S)")


def structure_tags(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Text copied from a PDF reader's tags (accessibility) view, where every block opens with its tag ("H1 Title",
    "P The text …", "LI • An item"): the tags are taken out and listed when most blocks carry one, headings and
    paragraphs among them. A paragraph that happens to open with "P and Q …" in any other text is left alone."""
    # a block opens after a blank line; an item or a table's cell opens one on every line ("LI • A" / "LI • B")
    blocks = [n for n, line in enumerate(lines) if line.strip() and (n == 0 or not lines[n - 1].strip() or _ROW_TAG.match(line))]
    tagged = [n for n in blocks if _STRUCTURE_TAG.match(lines[n])]
    tags = {_STRUCTURE_TAG.match(lines[n])["tag"] for n in tagged}
    if len(tagged) < 3 or len(tagged) * 2 < len(blocks) or not ({"P"} <= tags and tags & {"H1", "H2", "H3"}):
        return lines, []
    kept = list(lines)
    removed = []
    for n in tagged:
        match = _STRUCTURE_TAG.match(lines[n])
        removed.append((n + 1, match["tag"], STRUCTURE_TAG_REASON))
        kept[n] = lines[n][match.end() :]
    for n in blocks:  # "Figure: Bar chart comparing …": a figure's alternative text, which the view shows in its place
        if re.match(r"(?:Figure|Graphic|Image|Chart)\s*:\s+\S", lines[n]):
            k = n
            while k < len(lines) and lines[k].strip() and (k == n or not _STRUCTURE_TAG.match(lines[k])):
                removed.append((k + 1, lines[k].strip(), FIGURE_TEXT_REASON))  # the text, and its lines if it wraps
                kept[k] = ""
                k += 1
    return kept, sorted(removed)


INLINE_COMMENT_REASON = "a marker of readers' inline comments on a wiki page"
_INLINE_COMMENTS = re.compile(r"\s*\[(?:💬\s*)?\d{1,3} inline comments?\]")


def inline_comment_markers(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A wiki's markers of its readers' comments, inside the paragraphs they comment on ("[💬 2 inline comments]"):
    taken out and listed."""
    kept, removed = list(lines), []
    for n, line in enumerate(lines):
        if "inline comment" in line:
            removed += [(n + 1, m.group().strip(), INLINE_COMMENT_REASON) for m in _INLINE_COMMENTS.finditer(line)]
            kept[n] = _INLINE_COMMENTS.sub("", line)
    return kept, removed


TOOLTIP_REASON = "a note's text shown where its mark is (a page's tooltip): the note is listed with the others"
_TOOLTIP = re.compile(r"^\s*(?:↳|⤷)\s*(?P<n>\d{1,3})[.):]?\s+(?P<text>\S.*)$")


def note_tooltips(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A note's text copied under the paragraph that marks it ("↳ 1. Serbia's alignment …"), a page's tooltip, when
    the same note is listed again elsewhere (its notes): taken out and listed."""
    kept, removed = list(lines), []
    for n, line in enumerate(lines):
        note = re.compile(rf"^\s*\[?{match['n']}[.)\]]?\s+{re.escape(match['text'].strip())}\s*$") if (match := _TOOLTIP.match(line)) else None
        if note and any(k != n and note.match(other) for k, other in enumerate(lines)):  # the same note, listed with its number
            removed.append((n + 1, line.strip(), TOOLTIP_REASON))
            kept[n] = ""
    return kept, removed


HIGHLIGHT_REASON = "a reader app's highlight marks ('[yellow] … [/yellow]') and the reader's notes between the paragraphs"
_COLOURS = r"(?:yellow|green|pink|blue|orange|purple|red|highlight)"
_HIGHLIGHT = re.compile(rf"\s*\[/?{_COLOURS}\]\s*", re.I)


def reader_highlights(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A read-later app's export: sentences wrapped in colour marks ("[yellow] … [/yellow]") and the reader's own
    "Note: …" lines between paragraphs. The marks and notes go (listed); the text stays. Only where a mark opens and
    closes."""
    text = "\n".join(lines)
    if not re.search(rf"\[{_COLOURS}\]", text, re.I) or not re.search(rf"\[/{_COLOURS}\]", text, re.I):
        return lines, []
    kept, removed = list(lines), []
    saved = bool(re.search(r"\bhighlights?\b|\bsaved (?:from|on)\b|\breading list\b", "\n".join(lines[:4]), re.I))  # the app's own header
    for n, line in enumerate(lines):
        if saved and re.match(r"^\s*note\s*:\s+\S", line, re.I) and len(line.split()) <= 25 and (n == 0 or not lines[n - 1].strip()):
            removed.append((n + 1, line.strip(), HIGHLIGHT_REASON))
            kept[n] = ""
            continue
        for mark in _HIGHLIGHT.finditer(line):
            removed.append((n + 1, mark.group().strip(), HIGHLIGHT_REASON))
        kept[n] = _HIGHLIGHT.sub(" ", line).strip() if line.strip() else line  # a mark between words leaves one space
    return kept, removed


NOTE_COMMENT_REASON = "a note app's comment (between %% marks), which the app does not show"
CALLOUT_REASON = "a note app's callout mark (\"[!info]\"): the kind of box the app draws around the lines"
WIKILINK_REASON = "a wiki link's target, which the app shows under the link's own words (\"[[target|words]]\")"
_COMMENT = re.compile(r"(?:^\s*|\s+)%%(?![\d\s]*%).+?%%(?=\s|$)")  # "%% TODO %%"; "2.4%% of GDP … 4.1%%" is no comment
_CALLOUT = re.compile(r"^(?P<quote>\s*>\s*)(?P<mark>\[!(?P<kind>[A-Za-z-]{2,20})\][+-]?)\s*")
_WIKILINK = re.compile(r"\[\[(?P<target>[^\[\]|]{1,200}?)(?:\|(?P<words>[^\[\]]{1,200}?))?\]\](?!\[)")


def note_app_marks(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A note app's Markdown (Obsidian's): comments between "%%" marks (on one line or over several), a callout's
    mark ("> [!info] Briefing": the box's kind, its title kept) and wiki links ("[[Name]]" reads "Name",
    "[[target|words]]" reads "words"). The marks and comments are taken out and listed; the words stay. Only in a
    text with a callout or a comment, so that a wiki's own export keeps its links as it writes them."""
    if not any(_COMMENT.search(line) or line.strip().startswith("%%") or _CALLOUT.match(line) for line in lines):
        return lines, []
    kept, removed = list(lines), []
    in_comment = in_callout = False
    for n, line in enumerate(lines):
        opens = not in_comment and line.strip().startswith("%%") and line.count("%%") == 1 \
            and any("%%" in later for later in lines[n + 1 : n + 30])  # a comment over several lines, closed within a page
        if in_comment or opens:
            if line.strip():
                removed.append((n + 1, line.strip(), NOTE_COMMENT_REASON))
            kept[n] = ""
            in_comment = opens or "%%" not in line  # it closes on the line with the second mark
            continue
        text = line
        for match in _COMMENT.finditer(text):
            removed.append((n + 1, match.group().strip(), NOTE_COMMENT_REASON))
        text = _COMMENT.sub("", text)
        if callout := _CALLOUT.match(text):
            removed.append((n + 1, callout["mark"], CALLOUT_REASON))
            text, in_callout = text[callout.end():], True  # the box's title, as a line of its own
        elif in_callout and text.lstrip().startswith(">"):
            text = re.sub(r"^\s*>\s?", "", text)  # the box's lines, which the app draws without the quote's marks
        else:
            in_callout = False
        for link in _WIKILINK.finditer(text):
            if link["words"]:
                removed.append((n + 1, link["target"], WIKILINK_REASON))
        kept[n] = _WIKILINK.sub(lambda m: m["words"] or m["target"], text)
    return kept, removed


REVIEW_COMMENT_REASON = "a reviewer's comment on a draft (a word processor's export)"
DELETED_TEXT_REASON = "text a tracked change deleted (a word processor's export)"
_REVIEW_COMMENT = re.compile(r"^\s*(?:comment|kommentar|commentaire|comentario|commento|komentarz)\s*\[(?P<mark>[A-Z]{1,4}\d{1,3})\]\s*:\s*\S", re.I)
_DELETED = re.compile(r"\s*\[(?:deleted|del|gelöscht|supprimé|eliminado|eliminato|usunięto):\s[^\]]{1,400}\]", re.I)


def review_marks(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A draft exported with its review: reviewers' comments as paragraphs ("Comment [AL1]: Name: …"), their anchors
    in the text ("… pay.[AL1]") and text a tracked change deleted ("[deleted: …]"). All taken out and listed; an
    anchor only where its comment is given, and a deletion only in a text whose comments are."""
    comments = [n for n, line in enumerate(lines) if _REVIEW_COMMENT.match(line)]
    if not comments:
        return lines, []
    marks = {_REVIEW_COMMENT.match(lines[n])["mark"] for n in comments}
    anchor = re.compile(r"\[(?:" + "|".join(map(re.escape, sorted(marks))) + r")\]")
    kept, removed = list(lines), []
    for n in comments:
        end = n
        while end < len(lines) and lines[end].strip() and (end == n or not ends_sentence(lines[end - 1])):
            removed.append((end + 1, lines[end].strip(), REVIEW_COMMENT_REASON))  # the comment, and its lines if it wraps
            kept[end] = ""
            end += 1
    for n in range(len(kept)):
        for pattern, reason in ((_DELETED, DELETED_TEXT_REASON), (anchor, REVIEW_COMMENT_REASON)):
            removed += [(n + 1, m.group().strip(), reason) for m in pattern.finditer(kept[n])]
            kept[n] = pattern.sub("", kept[n])
    return kept, sorted(removed)


MARGIN_NUMBER_REASON = "a paragraph's number set in the right margin (\"… the ports.      [12]\")"
_GAPPED = re.compile(r"\S\s{3,}\S")
_MARGIN_NUMBER = re.compile(r"(?<=\S)\s{4,}\[(?P<n>\d{1,3})\]\s*$")


def margin_paragraph_numbers(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Paragraph numbers a page sets in its right margin, at the end of each paragraph's last line, far from its text
    ("difficult questions. That comfortable silence is over.                  [1]"): when they run 1, 2, 3… they are
    taken off and listed. A bracketed number right after a word ("… the report [1]") is a note's mark and stays."""
    found = [(n, m) for n, line in enumerate(lines) if (m := _MARGIN_NUMBER.search(line)) and not _GAPPED.search(line[: m.start()])]  # a table's row: no
    if len(found) < 3 or [int(m["n"]) for _, m in found] != list(range(1, len(found) + 1)):
        return lines, []
    kept = list(lines)
    for n, m in found:
        kept[n] = lines[n][: m.start()]
    return kept, [(n + 1, m.group().strip(), MARGIN_NUMBER_REASON) for n, m in found]

PUBLISHED_TO_WEB_REASON = "the banner of a document published to the web from an office suite (its file's name, the service's links)"
_PUBLISHED_TO_WEB = re.compile(r"^\s*published (?:using|with) (?:google docs|google drive|microsoft word|word online|onedrive|sharepoint|notion)\s*$", re.I)
_SUITE_FOOTER = re.compile(r"^\s*(?:published by (?:google (?:drive|docs)|microsoft (?:onedrive|word))(?:\s*[–—-]\s*report abuse)?|report abuse|"
                           r"updated automatically every \d{1,3} minutes?)\s*$", re.I)


def published_to_web(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A document an office suite published to the web: its banner at the top ("Published using Google Docs", "Report
    abuse", "Learn more", the file's name, "Updated automatically every 5 minutes") up to the first blank line, and
    the service's footer. The title under the banner is the document's own."""
    top = next((n for n, line in enumerate(lines[:3]) if line.strip()), None)
    if top is None or not _PUBLISHED_TO_WEB.match(lines[top]):
        return lines, []
    end = top
    while end < len(lines) and lines[end].strip():
        end += 1
    return _blanked(lines, [*range(top, end), *(n for n in range(end, len(lines)) if _SUITE_FOOTER.match(lines[n]))], PUBLISHED_TO_WEB_REASON)


NOTEBOOK_REASON = "an e-reader's notebook export: its labels of highlights and the reader's own notes"
# "Highlight (yellow) | Location 38", "Note | Page 12", "Bookmark - Location 90": the label over each passage copied
_NOTEBOOK_LABEL = re.compile(r"^\s*(?P<kind>highlight|note|bookmark)(?:\s*\((?:yellow|blue|pink|orange|purple|green|red)\))?\s*[|·–-]\s*"
                             r"(?:location|loc\.|page|p\.|position)\s*[\d,–-]+\s*$", re.I)
_NOTEBOOK_HEAD = re.compile(r"^\s*(?:notebook export|(?:your )?(?:kindle )?notes and highlights(?: for .{1,120})?|(?:free )?kindle instant preview\s*:?.*|"
                            r"\d+\s+highlights?\s*[|·,]\s*\d+\s+notes?)\s*$", re.I)


def reader_notebook(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """An e-reader's notebook export (two or more "Highlight (yellow) | Location 38" labels): each label, the reader's
    note under a "Note | …" label, and the export's own lines ("Notebook export", "3 Highlights | 1 Note") go,
    listed; each copied passage stays, a paragraph of its own."""
    if sum(bool(_NOTEBOOK_LABEL.match(line)) for line in lines) < 2:
        return lines, []
    kept, removed = list(lines), []
    note = False
    for number, line in enumerate(lines, 1):
        label = _NOTEBOOK_LABEL.match(line)
        if label or _NOTEBOOK_HEAD.match(line) or (note and line.strip()):
            removed.append((number, line.strip(), NOTEBOOK_REASON))
            kept[number - 1] = ""
        note = bool(label and label["kind"].lower() == "note") or (note and bool(line.strip()) and not label)
    return kept, removed


EXCERPT_REASON = "an e-book reader's note of where a copied passage comes from (its book and authors, read into the metadata)"
_EXCERPT_FROM = re.compile(r"^\s*(?:excerpt from|extrait de|auszug aus|fragmento de|estratto da|fragment z|uittreksel uit)\s*:?\s*$", re.I)
_MAY_BE_PROTECTED = re.compile(r"^\s*(?:this material may be protected by copyright\.?|(?:https?://)?books\.apple\.com/\S*)\s*$", re.I)


def ebook_excerpts(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]], tuple[int, str, str] | None]:
    """Passages copied out of an e-book reader, each followed by the reader's note of its source ("Excerpt From" /
    the book's title / its authors / "This material may be protected by copyright."). The notes go, listed; each
    passage loses the quote marks the reader wrapped it in. Returns the lines, what went, and ``(line, title,
    authors)`` from the first note."""
    kept, removed, source = list(lines), [], None
    for index, line in enumerate(lines):
        if not _EXCERPT_FROM.match(line) or index + 3 >= len(lines) or not _MAY_BE_PROTECTED.match(lines[index + 3]):
            continue
        title, authors = lines[index + 1].strip(), lines[index + 2].strip()
        end = index + 4
        while end < len(lines) and _MAY_BE_PROTECTED.match(lines[end]):
            end += 1
        removed += [(k + 1, lines[k].strip(), EXCERPT_REASON) for k in range(index, end)]
        kept[index:end] = [""] * (end - index)
        source = source or (index + 2, title, authors)
        above = index - 1  # the passage above the note, in the marks the reader put around it
        while above >= 0 and not kept[above].strip():
            above -= 1
        top = above
        while top > 0 and kept[top - 1].strip():
            top -= 1
        if above >= 0 and kept[top].lstrip().startswith("“") and kept[above].rstrip().endswith("”"):
            kept[top] = kept[top].replace("“", "", 1)
            kept[above] = kept[above][::-1].replace("”", "", 1)[::-1]
    return kept, removed, source


LINK_NUMBER_REASON = "a link's number in a text browser's dump (lynx, links, w3m)"
LINK_LIST_REASON = "the links of a text browser's dump (its list of addresses)"
_LINK_ADDRESS = re.compile(r"^\s*\d{1,4}\.\s+(?:https?|ftp|file|mailto):\S+\s*$")
_LINK_LABEL = re.compile(r"^\s*(?:references|links|visible links|hidden links)\s*:?\s*$", re.I)
_LINK_MARK = re.compile(r"\[(\d{1,4})\](?=[^\W_])")  # "[12]Hannah Brennan": the number stands before the link's words


def text_browser_links(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """A page dumped by a text browser numbers each link in the text ("[12]Hannah Brennan") and lists the addresses
    at the end ("References" / "1. https://…"). Both go (listed): the numbers are the browser's, not notes. Only
    when the list is there, and the numbers stand before words (a note's number follows them: "…in 2025.[3]")."""
    label = next((n for n in range(len(lines), 0, -1) if _LINK_LABEL.match(lines[n - 1])), None)
    if label is None:
        return lines, []
    rest = [n for n in range(label + 1, len(lines) + 1) if lines[n - 1].strip()]
    if len(rest) < 2 or not all(_LINK_ADDRESS.match(lines[n - 1]) for n in rest):
        return lines, []
    marks = [(n, m) for n in range(1, label) for m in _LINK_MARK.finditer(lines[n - 1])]
    if len(marks) < 2:
        return lines, []
    removed = [(label, lines[label - 1].strip(), LINK_LIST_REASON)] + [(n, lines[n - 1].strip(), LINK_LIST_REASON) for n in rest]
    removed += [(n, m.group(0), LINK_NUMBER_REASON) for n, m in marks]
    kept = [_LINK_MARK.sub("", line) if n < label else ("" if n >= label else line) for n, line in enumerate(lines, 1)]
    return kept, sorted(removed)


# -- web furniture (units) -----------------------------------------------------

WebTest = Callable[[str], bool]
WEB_FURNITURE: Registry[WebTest] = Registry()


def _short(text: str, words: int = 12) -> bool:
    if len(text) > 40 * words:  # no line of that many words is this long: a paragraph, rejected without splitting it
        return False
    return len(text.split()) <= words


# A consent dialog's opening in the languages of the corpus: "Wir verwenden Cookies", "Nous utilisons des cookies",
# "Utilizamos cookies propias", "Używamy plików cookie", "Ce site utilise des cookies"
_COOKIE_WORD = r"(?:cookies?|cookie-uri|plik(?:ów|i) cookies?|evästeitä|kakor)"
_WE_USE_COOKIES = re.compile(
    rf"^(?:we use (?:some )?(?:essential |necessary )?cookies\b|this (?:web)?site uses cookies\b|"
    rf"wir (?:verwenden|nutzen|setzen) (?:\w+ )?{_COOKIE_WORD}|(?:diese|unsere) (?:web)?(?:seite|site) (?:verwendet|nutzt|setzt) {_COOKIE_WORD}|"
    rf"nous utilisons (?:des |les )?{_COOKIE_WORD}|(?:ce|notre) site (?:web |internet )?utilise (?:des )?{_COOKIE_WORD}|"
    rf"(?:utilizamos|usamos) (?:\w+ )?{_COOKIE_WORD}|(?:este|nuestro) (?:sitio|site)(?: web)? (?:utiliza|usa) {_COOKIE_WORD}|"
    rf"(?:esta|nuestra) (?:web|página(?: web)?) (?:utiliza|usa) {_COOKIE_WORD}|"
    rf"(?:utilizziamo|usiamo) (?:i )?{_COOKIE_WORD}|questo sito (?:web )?(?:utilizza|usa) (?:i )?{_COOKIE_WORD}|"
    rf"(?:używamy|wykorzystujemy) {_COOKIE_WORD}|(?:ta|nasza) strona (?:używa|wykorzystuje) {_COOKIE_WORD}|"
    rf"wij gebruiken {_COOKIE_WORD}|deze (?:web)?site gebruikt {_COOKIE_WORD}|vi använder {_COOKIE_WORD}|vi bruger {_COOKIE_WORD}|"
    rf"käytämme {_COOKIE_WORD}|folosim {_COOKIE_WORD}|dan is-sit (?:web )?(?:juża|jagħmel użu minn) (?:il-|l-)?{_COOKIE_WORD})",  # (Maltese)
    re.I,
)
# The dialog's buttons: "Alle akzeptieren", "Tout refuser", "Aceptar todas", "Nur notwendige Cookies", "Cookie-Einstellungen"
_COOKIE_BUTTON = re.compile(
    r"(?:accept|reject|allow|deny) (?:all|cookies)|alle (?:cookies )?(?:akzeptieren|ablehnen|zulassen)|(?:tout|tous) (?:accepter|refuser)|"
    r"(?:accepter|refuser) (?:tout|tous|les cookies)|(?:aceptar|rechazar|aceitar|rejeitar) (?:todo|todas|todos)|(?:accetta|rifiuta) tutti|"
    r"(?:akceptuj|odrzuć|zaakceptuj) wszystkie|alles (?:accepteren|weigeren)|(?:godkänn|acceptera|neka) alla|hyväksy kaikki|"
    rf"(?:(?:nur|only|uniquement les|solo|sólo|solo i|tylko|alleen) )?(?:notwendige|essenzielle|necessary|essential|nécessaires|necesarias|necesarios|necessari|niezbędne|noodzakelijke) {_COOKIE_WORD}|"
    rf"{_COOKIE_WORD}[- ](?:einstellungen|settings|preferences|instellingen)|(?:paramètres|configuración|impostazioni|ustawienia) (?:des |de |dei )?{_COOKIE_WORD}",
    re.I,
)


@WEB_FURNITURE.register("cookie-banner", 90, "web furniture: cookie banner")
def is_cookie_banner(text: str) -> bool:
    """"We use cookies …", "We use some essential cookies to make this service work.", "Cookies on this government
    service", "[Accept analytics cookies] [Reject analytics cookies] [View cookies]", in English and in the other
    languages of the corpus ("Wir verwenden Cookies", "Tout accepter")."""
    text = text.strip()
    return bool(_WE_USE_COOKIES.match(text) or _COOKIE_BUTTON.fullmatch(text) or re.match(
        r"^(?:manage (?:preferences|cookies|settings)$|cookie (?:settings|policy)$|cookies on (?:this|the|our) (?:[\w.-]+ ){0,2}(?:service|site|website)$|"
        r"(?:\[(?:accept|reject|view|hide|change)[^\]]{0,30}cookies?[^\]]{0,20}\]\s*)+$)", text, re.I))


def cookie_dialog_button(text: str) -> bool:
    """A short line right under a cookie banner's line, in the same block: one of the dialog's buttons ("Einstellungen
    anpassen", "Personnaliser", "Manage my preferences"). Three words at most and no sentence; never a name, an institution's or a
    person's, or a date (a page copied with no blank line between the dialog and its head)."""
    text = text.strip()
    return 0 < len(text.split()) <= 3 and not P.ends_sentence(text) and "\n" not in text and not P.is_person_name(text) \
        and not P.is_institution(text) and P.parse_date(text) is None


@WEB_FURNITURE.register("reader-note", 88, "a reader's own note on the saved text (a note app's or a clipper's)")
def is_reader_note(text: str) -> bool:
    """"My notes: compare with the tanker data; ask S. about the cables.", "Note to self: …": what the person who saved
    the text wrote under it, not the text."""
    return bool(re.match(r"^(?:my (?:own )?notes?|notes? to (?:self|myself)|reader['’]?s notes?)\s*:\s*\S", text.strip(), re.I)) \
        and _short(text, 60)


@WEB_FURNITURE.register("you-are-viewing", 88, "web furniture: 'you are viewing' line")
def is_you_are_viewing(text: str) -> bool:
    return bool(re.match(r"^you are (?:currently |now )?(?:viewing|reading|here)\b", text, re.I)) and _short(text, 30)


@WEB_FURNITURE.register("breadcrumb", 85, "web furniture: breadcrumb")
def is_breadcrumb(text: str) -> bool:
    """"Home > Publications > Analysis", "Blog / Baltic Security": a section's name over a topic's, capitalised (a
    heading such as "EU / NATO" is two names, not a path: a path has a word of two or more letters in lower case)."""
    parts = re.split(r"\s+[>›»]\s+", text)
    if len(parts) < 2:
        slashed = re.split(r"\s+/\s+", text.strip())
        titled = all(p[:1].isupper() and not p.isupper() and "," not in p and len(p.split()) <= 3 and not re.match(r"[^\W\d_]{2,14}\s*:", p)
                     and all(w[:1].isupper() for w in p.split() if len(w) > 3) for p in slashed)  # "Text: A / Photo: B" is a byline
        parts = slashed if len(slashed) >= 2 and titled else parts  # "Chargée de recherche / Research Fellow, GESE" is a role
        if len(slashed) >= 3 and _HOME.fullmatch(slashed[0].strip()) and all(len(p.split()) <= 6 for p in slashed):
            return not ends_sentence(text)  # "Home / Research / Democracy & Rule of Law": a path from the home page
    if len(parts) >= 2 and re.match(r"(?i:by|par|von|por|di|door|av|przez)\s+[A-Z]", parts[-1]):
        return False  # "Par / By Ann Lee": a byline in two languages
    return len(parts) >= 2 and all(0 < len(p.split()) <= 5 for p in parts) and not ends_sentence(text)


_SHARE_WORDS = (
    r"share|partager|teilen|compartir|condividi|partilhar|compartilhar|udostępnij|delen|deel (?:dit|deze)|distribuie|"
    r"del (?:artikkelen|artiklen|siden|saken)|dela (?:artikeln|sidan|inlägget)|jaa (?:artikkeli|sivu)|podeli|dela|jaa|jaga|sdílet|sdílejte|zdieľať|κοινοποίηση|κοινοποιήστε|megosztás|podijeli|deli|поділитися|поделиться|dalintis|dalīties|paylaş"
)
# A share button drawn as an icon: "f", "in", "X", "✉", "𝕏" (one or two letters, or a symbol).
_ICON = re.compile(r"[^\W\d_]{1,2}|[^\w\s]{1,2}")
_BUTTON = re.compile(
    r"e-?mail|tweet|facebook|linkedin|twitter|whatsapp|telegram|bluesky|mastodon|threads|reddit|xing|copy link|"
    r"copiar (?:enlace|link)|copier le lien|link kopieren|copia (?:il )?link|kopiuj link|link kopiëren|kopiera länk|kopier (?:link|lenke)|"
    r"kopioi linkki|link másolása|kopírovat odkaz|kopírovať odkaz|kopijuoti nuorodą|kopeeri link|kopēt saiti|kopiraj (?:povezavo|poveznicu)|"
    r"copiază linkul|bağlantıyı kopyala|αντιγραφή συνδέσμου|"
    # download the PDF, in the languages of European sites: "PDF letöltése", "Atsisiųsti PDF", "Guardar PDF"
    r"(?:pdf )?letöltése|(?:atsisiųsti|lejupielādēt|laadi alla|stáhnout|stiahnuť|prenesi|preuzmi|lataa|last ned|ladda ner|hent|"
    r"guardar|salvar|изтегли|завантажити|κατέβασμα)(?: (?:the )?pdf)?|pdf (?:indir|letöltés)|"
    r"gift (?:this |the )?(?:article|story)|印刷(?:する)?|共有(?:する)?|"
    r"分享|列印|打印|列印本文|下載|下载|印刷する|공유|인쇄|line|"  # Chinese, Japanese, Korean buttons: share, print, download
    r"copy (?:the )?(?:citation|reference)|export (?:the )?citation|download (?:the )?citation|e-?mail this(?: page| article| post)?|"
    r"print|pdf|download(?: (?:the |as )?pdf)?|print this(?: page)?|save|watch the (?:recording|video|replay|event)|"
    r"download (?:the )?(?:audio|video|transcript|slides|presentation)(?: \((?:mp3|mp4|m4a|pdf|pptx?)\))?|stampa questa pagina|imprimer cette page|(?:diese )?seite drucken|imprimir (?:esta|la) página|drukuj (?:tę )?stronę|cite(?: this(?: (?:article|page|paper|brief))?)?|stampa|imprimir|imprimer|drucken|drukuj|courriel|correo(?: electrónico)?|"
    r"tisk|vytisknout|tlačiť|štampaj|štampa|ispiši|εκτύπωση|skriv ut|udskriv|tulosta|nyomtatás|ispis|natisni|друк|печать|spausdinti|drukāt|prindi|afdrukken|"
    r"(?:télécharger|descargar|scarica|baixar|pobierz|downloaden)(?: (?:le|el|il|o|de))? pdf|pdf (?:herunterladen|downloaden|pobierz)|"
    r"(?:enviar|envoyer|invia|senden|wyślij|trimite)\s+(?:por|par|per|via|als|pe)?\s*(?:e-?mail|correo|courriel|mail)",
    re.I,
)


# A button's label as a blogging engine words it for screen readers: "Click to share on X (Opens in new window)".
_CLICK_TO = re.compile(r"click (?:here )?to (?P<button>share on [\w-]+|e-?mail a link to a friend|print|e-?mail)(?:\s*\(opens in (?:a )?new (?:window|tab)\))?", re.I)


@WEB_FURNITURE.register("share", 80, "web furniture: share or print buttons")
def is_share(text: str) -> bool:
    """"Print", "Share this", "Condividi su Facebook | Condividi su LinkedIn", "Artikel teilen: X · E-Mail"."""
    if re.fullmatch(r"(?:\[[^\]\n]{1,30}\]\s*){2,}", text.strip()):  # "[Share] [Tweet] [Email] [Print]": the buttons in brackets
        return is_share("   ".join(re.findall(r"\[([^\]\n]{1,30})\]", text)))
    text = re.sub(r"\s*\((?:[^()]{1,40},\s*)?\d[\d.,]*\s*(?:[kmg]i?[bo]|bytes?|octets?|pages?|pp\.?|s\.)\s*\)$", "", text.strip(), flags=re.I)  # "Download PDF (412 KB)", "(312 Ko)", "(Comment 14, 289 KB)"
    if _BUTTON.fullmatch(text):
        return True
    if (clicked := _CLICK_TO.fullmatch(text)) and (not clicked["button"].lower().startswith("share") or _share_phrase(clicked["button"])):
        return True  # "Click to share on X (Opens in new window)", "Click to email a link to a friend": a blogging engine's buttons
    tokens = text.split()  # "share-twitter share-linkedin share-mail print": the buttons' class names, copied as their text
    if len(tokens) >= 2 and any(t.lower().startswith("share-") for t in tokens) and all(re.fullmatch(r"share-[a-z]+", t, re.I) or _BUTTON.fullmatch(t) for t in tokens):
        return True
    if _short(text, 6) and _share_phrase(text):
        return True
    segments = [s for s in re.split(r"\s+[|·•]\s+|:\s+", text) if s]
    if len(segments) >= 2 and bool(re.search(rf"\b(?:{_SHARE_WORDS})\b", text, re.I)) and all(_share_button(s) for s in segments):
        return True
    buttons = [s for s in re.split(r"\s{2,}|\s*[|·•]\s*", text) if s]  # "Print    Download PDF": a row of buttons set apart by spaces
    if len(buttons) >= 2 and all(_BUTTON.fullmatch(s) for s in buttons):
        return True
    # "Partilhar   Comentários (14)": a share button beside the count of comments
    if len(buttons) >= 2 and any(_share_phrase(b) for b in buttons) and all(_BUTTON.fullmatch(b) or _share_phrase(b) or _COMMENTS_HEADER.fullmatch(b) for b in buttons):
        return True
    # "Share on LinkedIn Share on Bluesky Email": buttons run together with single spaces
    if _short(text, 16):
        phrases = _SHARE_ON.findall(text)
        rest = _SHARE_ON.sub(" ", text).split()
        if len(phrases) >= 2 and all(_BUTTON.fullmatch(w) or _NETWORK.fullmatch(w) for w in rest):
            return True
    # "分享 Facebook Line X 列印": a share label, then the networks' names and buttons with single spaces between
    words = text.split()
    if 3 <= len(words) <= 8 and re.fullmatch(r"分享(?:到|至)?|シェア(?:する)?|공유(?:하기)?", words[0]) \
            and all(_BUTTON.fullmatch(w) or _NETWORK.fullmatch(w) or _ICON.fullmatch(w) for w in words[1:]):
        return True
    # "Share  ✉  𝕏  in", "Teilen   f   𝕏": a share label, then the networks drawn as icons
    if len(buttons) >= 3 and _share_phrase(buttons[0]) and all(_BUTTON.fullmatch(b) or _ICON.fullmatch(b) for b in buttons[1:]):
        return True
    # "Del artiklen: Facebook | LinkedIn | E-mail | Print": a label in any language over the networks' names
    label, _, rest = text.partition(":")
    networks = [s for s in re.split(r"\s{2,}|\s*[|·•,]\s*", rest) if s.strip()]
    others = [n for n in networks if not (_NETWORK.fullmatch(n.strip()) or _BUTTON.fullmatch(n.strip()))]
    # at most one item in the site's language besides them ("Sähköposti", "Imprimer")
    return _short(label, 3) and len(networks) - len(others) >= 2 and len(others) <= 1 and all(_short(o, 1) for o in others)


_SHARE_ON = re.compile(rf"\b(?:{_SHARE_WORDS})\s+(?:on|via|by|sur|auf|en|su)\s+[\w-]+", re.I)
_NETWORK = re.compile(r"facebook|linkedin|x|twitter|bluesky|mastodon|threads|whatsapp|telegram|reddit|xing|vk|e-?mail|print|copy link", re.I)


def _share_button(segment: str) -> bool:
    """One button of a row of share buttons: a network or print button, or a few words with a share verb."""
    if _BUTTON.fullmatch(segment) or segment.lower() == "x":
        return True
    words = segment.split()  # "LinkedIn X Facebook E-mail", "f in ✉": buttons set apart by single spaces
    if len(words) >= 2 and all(_BUTTON.fullmatch(w) or _ICON.fullmatch(w) for w in words):
        return True
    return _short(segment, 4) and _share_phrase(segment)


# Words that go with a share verb on a button: "Share this article", "Partager sur", "Dieses Gastbeitrag teilen".
_SHARE_FILLER = set(
    "this the on via with sur par en auf per su em na no nos nas w we in im bei op pe por it article artikel post page story beitrag seite artículo articolo "
    "artigo artykuł articol link dit deze ce cet cette dieser diesen diese este esta questo questa ten".split()
)


def _share_phrase(text: str) -> bool:
    """A share button's words: the verb first ("Share on LinkedIn", "Compartir en X") or last ("Artikel teilen"), the rest
    fillers or networks. "Europe's fair share" is a heading."""
    words = [w.strip(":,") for w in text.split() if w.strip(":,")]
    if not words:
        return False
    opening = re.match(rf"(?:{_SHARE_WORDS})\b", text.strip(), re.I)
    if opening:
        rest = [w.strip(":,") for w in text.strip()[opening.end() :].split() if w.strip(":,")]
    elif words[-1].lower() in {"teilen", "delen", "partilhar", "compartilhar", "udostępnij"}:
        rest = words[:-1]
    else:
        return False
    return all(w.lower() in _SHARE_FILLER or w.lower() == "x" or _BUTTON.fullmatch(w) for w in rest)


_FOLLOW = re.compile(
    r"^(?:follow us|follow(?:\s+[\w.'’-]+){0,3}\s+on\s+(?:x|twitter|linkedin|bluesky|mastodon|threads|facebook|instagram|youtube)\b|"  # "Follow Ana on X · LinkedIn"
    r"suivez[- ]nous|folgen sie uns|folge uns|síguenos|siguenos|siga-nos|segue-nos|seguici|seguiteci|"
    r"obserwuj nas|volg ons|følg os|följ oss|følg oss|urmăriți-ne|urmărește-ne|"
    # a profile's button alone: "+ Follow" (its icon taken off), "Folgen", "Suivre"
    r"(?:follow|folgen|suivre|seguir|segui|obserwuj|volgen|følg|följ|connect|vernetzen|se connecter)$)(?!\w)",
    re.I,
)


@WEB_FURNITURE.register("follow", 78, "web furniture: follow us on social media")
def is_follow(text: str) -> bool:
    """"Follow us on LinkedIn", "Suivez-nous sur X", "Folgen Sie uns auf Mastodon", "Siga-nos nas redes sociais"."""
    return bool(_FOLLOW.match(text)) and _short(text, 12) and not ends_sentence(text.rstrip("!"))


@WEB_FURNITURE.register("newsletter", 75, "web furniture: newsletter sign-up")
def is_newsletter(text: str) -> bool:
    if not _short(text, 25):
        return False
    return bool(
        re.match(r"^(?:newsletter\b|sign up\b|subscribe\b|enter your e-?mail|your e-?mail address|vaša e-?mail adresa|votre (?:adresse )?e-?mail|ihre e-?mail-adresse|iscriviti|abonnez|suscr[ií]bete|inscreva|jetzt abonnieren)", text, re.I)
        or re.search(r"\b(?:to|in) your inbox\b", text, re.I)
        or (bool(re.match(r"^thanks? (?:you )?for reading\b", text, re.I)) and bool(_SUBSCRIBE_VERB.search(text)))
        or (_short(text, 8) and not ends_sentence(text) and bool(_NEWSLETTER_NOUN.search(text) and _SUBSCRIBE_VERB.search(text)))
    )


# "Zum Newsletter anmelden", "Inscrivez-vous à notre lettre d'information", "Zapisz się do newslettera".
_NEWSLETTER_NOUN = re.compile(r"newslett|boletín|boletim|lettre d[’']information|infolettre|biuletyn|nieuwsbrief|nyhetsbrev|nyhedsbrev|"
                             r"naujienlaišk|hírlevel|hírlevél|uutiskirje|uudiskiri|jaunumu|bilten|бюлетин|розсилк", re.I)
_SUBSCRIBE_VERB = re.compile(
    r"\b(?:subscribe|sign up|anmelden|abonnieren|bestellen|inscri\w*|abonne\w*|iscriv\w*|suscr[ií]b\w*|subscrev\w*|assin\w*|subskrybuj|zapisz|"
    r"meld je aan|schrijf je in|aanmelden|prenumerera|prenumeruok\w*|feliratkoz\w*|iratkozzon|tilaa|telli\w*|pierakst\w*|naročite|"
    r"pretplat\w*|přihlas\w*|prihlás\w*|abone ol\w*|abonează\w*|prijavi\w*)\b",
    re.I,
)



def sign_up_button(text: str) -> bool:
    """"Subscribe", "Sign up now", "Abonnieren": the button that ends a sign-up box (what follows it is not the box's)."""
    return bool(re.fullmatch(rf"(?:{_SUBSCRIBE_VERB.pattern})(?:\s+(?:now|today|here))?\W*", strip_icons(text.strip()) or "", re.I))

RELATED_LABEL = re.compile(
    r"^(?:related(?: (?:articles|publications|content|posts|reading|analysis|explainers|briefs|commentaries|research|topics|links))?|read (?:also|more|next)|"
    r"more (?:\w+ ){0,2}from\b.*|see also|explore (?:the|this|more) topics?|more (?:visual |web |photo )?stories|"
    r"leggi anche|lire aussi|à lire aussi|voir aussi|vedi anche|art[ií]culos relacionados|weitere (?:analysen|artikel|beiträge)\b.*|"
    r"artigos relacionados|publicações relacionadas|publicaciones relacionadas|articles (?:liés|connexes|similaires)|sur le même (?:sujet|thème)|"
    r"ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen)|articoli correlati|powiązane (?:artykuły|publikacje|teksty)|"
    r"gerelateerde (?:artikelen|publicaties)|zie ook|articole similare|citește și|"
    r"相關文章|相关文章|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|関連記事|관련 기사|"
    r"more episodes|previous episodes|latest episodes|all episodes|more from (?:this|the) (?:series|podcast|show)|"
    r"more (?:articles|posts|stories|pieces|commentaries|analyses|writing) (?:by|from) .{2,60}|"
    r"lea también|leia também|veja também|ver também|lesen sie auch|mehr zum thema|czytaj (?:także|też|również)|lees ook|"
    r"læs også|læs mere|läs också|läs mer|les også|les mer|lue myös|loe ka|skaitykite taip pat|lasiet arī|olvassa el|"
    r"přečtěte si (?:také|též)|prečítajte si (?:aj|tiež)|preberite tudi|pročitajte (?:i|još)|"
    r"benzer yazılar|ilgili (?:yazılar|içerikler|haberler)|bunları da okuyun|seotud (?:artiklid|analüüsid)|saistītie raksti|"
    r"you (?:may|might) also (?:like|enjoy)|further reading|most read|recommended|argomenti correlati|temi correlati|sujets (?:liés|connexes)|temas relacionados|more (?:commentary|commentaries|analysis|analyses|articles|publications|briefs|"
    r"research|insights|on this (?:topic|subject|issue)|like this)(?=\s*:?\s*$)|what (?:we|i)['’]?(?:re| are|m| am) reading(?=\s*:?\s*$)|next in (?:the|this) series(?=\s*:)|čítajte (?:aj|tiež)|čtěte (?:také|též)|srodni (?:tekstovi|članci)|povezani tekstovi|coming up next|llegiu també|llegeix també|vegeu també|související články|súvisiace články|preberi tudi|povezani članki|"
    r"kapcsolódó (?:cikkek|elemzések|írások|tartalmak)|susiję straipsniai|aiheeseen liittyvät|relaterte artikler|relaterede artikler|relaterade artiklar|"
    # the most read, in the languages of European news sites: the label alone ("Most popular measures among respondents" is a heading)
    r"(?:most (?:popular|viewed)|mais (?:lidas|lidos)|(?:lo )?más leíd[oa]s?|les plus lus|meistgelesen(?:e artikel)?|(?:i )?più letti|najczęściej czytane|"
    r"meest gelezen|mest (?:lästa|læste|leste)|luetuimmat|cele mai citite)(?=\s*:?\s*$))\s*:?\s*",
    re.I,
)


@WEB_FURNITURE.register("related", 70, "web furniture: related links")
def is_related(text: str) -> bool:
    # the titles after the label may ask questions ("Related: What is the peace facility? | …"); a label opens on a
    # capital or is a field's key ("related: 47990"): "more money from Brussels" is a wrapped line's end
    return _short(text, 24) and not (text.strip()[:1].islower() and ":" not in text) and bool(RELATED_LABEL.match(text)) \
        and (not ends_sentence(text.rstrip(":")) or text.rstrip().endswith("?"))


_DISTRIBUTION = re.compile(
    r"^(?:handling|distribution|dissemination|diffusion|verteiler)\s*:|"
    r"^(?:(?:for discussion(?: only| purposes)?|non-paper|(?:working |internal |consultation )?draft(?:\s+v?\d{1,2}(?:\.\d{1,2})?)?)\s*[-–—:,]?\s*)?(?:not for (?:citation|quotation|attribution|circulation|publication)|"
    r"do not (?:cite|quote|circulate|distribute)|(?-i:NOT AN OFFICIAL (?:[A-Z]+ ){0,2}DOCUMENT))\b|^approved for (?:public )?release\b|^distribution (?:unlimited|statement)\b|"
    r"^this (?:memo|note|paper|document|brief(?:ing)?|report) (?:is|was|has been) (?:issued|approved|cleared) for (?:public )?release\b|"
    # a manuscript's status: "AUTHOR ACCEPTED MANUSCRIPT – This article has been peer reviewed but not yet copy-edited", "Preprint"
    r"^(?:author(?:['’]s)?\s+)?accepted manuscript\b|^pre-?print(?:\s+version)?\b(?=.{0,160}$)|"
    r"^this (?:article|paper|manuscript) has (?:not yet )?been (?:peer[- ]reviewed|accepted)\b.{0,120}\b(?:copy-?edit|typeset|version of record)|^ne pas (?:citer|diffuser)\b|^nicht zur (?:zitierung|veröffentlichung|weitergabe)\b|"
    r"^no (?:citar|difundir)\b|^non (?:citare|diffondere)\b|^não (?:citar|divulgar)\b|^nie (?:cytować|rozpowszechniać)\b|^niet citeren\b|"
    # the caveat on a speech's text: the words spoken count, not the script
    r"^[(\[]?(?:(?:please )?check against delivery|(?:(?:remarks|speech|text|statement) )?as (?:prepared|drafted)(?: for delivery)?)(?=[\s.!)\]]*(?:$|[-–—|·:,;]))|^seul (?:le )?(?:texte |discours )?prononcé fait foi|^es gilt das gesprochene wort|"
    r"^(?:sólo|solo) (?:es válido|vale|hace fe) (?:el|lo) (?:discurso |texto )?pronunciado|^fa fede (?:solo )?(?:il testo |il discorso )?pronunciato|"
    r"^(?:alleen )?het gesproken woord (?:geldt|telt)|^det talade ordet gäller|^det talte ord gælder|^vain puhuttu sana pätee|^(?:liczy się|obowiązuje) wygłoszony tekst",
    re.I,
)


@WEB_FURNITURE.register("distribution", 72, "page furniture: a distribution or citation statement")
def is_distribution(text: str) -> bool:
    """"For discussion – not for citation without permission", "Handling: Approved for public release." (an embargo's
    line, which dates a press release, is the head's: ``head.embargo``)."""
    return bool(_DISTRIBUTION.match(text.strip())) and _short(text, 30)


@WEB_FURNITURE.register("tags", 65, "web furniture: tags or keywords")
def is_tags(text: str) -> bool:
    """"Tags: NATO, Defence", "Mots-clés : …", or a row of two or more hashtags and nothing else ("#NATO #Baltic")."""
    if re.fullmatch(r"#[^\W_][\w-]*(?:[\s,]+#[^\W_][\w-]*)+", text.strip()):
        return True
    # "KEYWORDS economic security; China; Taiwan": the label without its colon, run into its list
    bare = re.match(r"^(?:keywords|key words|mots[- ]clés|schlagwörter|palabras clave|parole chiave|słowa kluczowe|trefwoorden)\s+(?P<rest>\S.*)$", text.strip(), re.I)
    if bare:
        items = [i for i in re.split(r"\s*[;,]\s*", bare["rest"]) if i]
        return len(items) >= 3 and all(len(i.split()) <= 5 for i in items) and not ends_sentence(bare["rest"])
    return bool(re.match(
        r"^(?:tags?|tagged(?: with)?|filed under|posted in|categor(?:y|ies)|catégories?|kategorie[n]?|categorías?|categorie|kategorier|"
        r"tagi|tagy|keywords|topics|mots[- ]clés|thèmes|thématiques?|sujets|schlagw(?:orte|örter)|stichw(?:orte|örter)|etiquetas|palabras clave|"
        r"parole chiave|argomenti|temas|themen|etichete|cuvinte cheie|słowa kluczowe|tematy|trefwoorden|onderwerpen|"
        r"ämnen|emner|nyckelord|efnisorð|merki|flokkar|paraules clau|etiquetes|tagovi|avainsanat|aihe|aiheet|asiasanat|címkék|témák|žymos|temos|štítky|témata|etiketler|anahtar kelimeler|märksõnad|birkas|atslēgvārdi|"
        r"oznake|ključne riječi|ključne besede|teme|témy|kľúčové slová|klíčová slova|"
        r"分類|分类|類別|类别|標籤|标签|關鍵字|关键词|カテゴリー?|タグ|キーワード|분류|태그|키워드|"
        r"expertise|areas? of expertise|research (?:interests|areas|focus)|specialisms?|fachgebiete|domaines d['’]expertise|"
        r"теги|тэги|мітки|ключові слова|ключевые слова|етикети|ключови думи)\s*[:：]", text, re.I)) and _short(text, 25)


# The legal identity of the publisher in a footer: "Registered charity no. 1234", "Amtsgericht Bremen VR 1234",
# "SIRET 123 456 789", "KvK 1234", "IČO 12345678": set among the footer's other parts, never a sentence.
_REGISTRATION = re.compile(
    r"\b(?:registered (?:charity|company|in (?:england|scotland|ireland))|charity (?:no|number|reg)|company (?:no|number|reg)|"
    r"amtsgericht|vereinsregister|registergericht|ust-?idnr|vat (?:no|number|reg)|siret|siren|rcs\b|kvk|krs\b|ičo|nip\b|cif\b|nif\b|"
    r"n\.?º? de registro|numéro d[’']entreprise|ondernemingsnummer|org\.? ?nr|y-tunnus|cvr)\b", re.I)


def _footer_parts(text: str) -> list[str]:
    """The parts of a footer line, split by "|", "·", "•" or a dash between spaces; or of a block set a part a line."""
    return [p.strip() for p in re.split(r"\s[|·•–—]\s|\n", text) if p.strip()]


@WEB_FURNITURE.register("registration", 62, "page furniture: the publisher's address or legal registration (footer)")
def is_registration(text: str) -> bool:
    """A footer line with a registration statement among parts split by "|", "·" or "–"."""
    parts = _footer_parts(text)
    return _short(text, 25) and len(parts) >= 2 and not ends_sentence(text) and any(_REGISTRATION.search(p) and _short(p, 8) for p in parts)


# How to reach the publisher: an e-mail address, a telephone number or a web address.
_CONTACT = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|(?:tel|phone|tél|telefon|teléfono|fax)\.?\s*:?\s*\+?)\d[\d\s()./-]{6,}\d|(?:https?://|www\.)\S+)$", re.I)


# A postal address's part: "12 Quay Street", "28006 Madrid", "Strandvej 12", "Rue Belliard 41, 1040 Brussels", "PO Box 123".
# Never a series' number ("Nr. 412") or a month and year ("Februar 2026").
_POSTAL = re.compile(r"^(?:\d{1,5}[A-Za-z]?\s+[A-ZÀ-Ý]|(?:ul|al|pl|os)\.\s+[A-ZÀ-ÝŁŚŻŹ][^\d,]{1,40}\s\d{1,5}[a-z]?(?:,\s.*)?$|(?!(?:No|Nr|N°|Núm|Vol|Issue|Number|Heft|Numéro)\b)[A-ZÀ-Ý][\w'’.-]*(?:\s[\w'’.-]+){0,4}"
                     r"\s(?!(?:19|20)\d\d\b)\d{1,5}[a-z]?(?:,\s.*)?$|P\.?\s?O\.?\s+Box\s+\d)")


@WEB_FURNITURE.register("contacts", 62, "page furniture: the publisher's address and contacts (footer)")
def is_contact_footer(text: str) -> bool:
    """A footer line of the publisher's contacts among parts split by "|", "·" or "–": "CIED · Calle de Serrano 000 ·
    28006 Madrid · info@cied.example.es". Three parts or more, two of them where to write or call (one alone may be
    an author's: "Ann Lee · ORCID … · ann.lee@…")."""
    parts = _footer_parts(text)
    contacts = sum(bool(_CONTACT.match(p)) for p in parts)  # an e-mail, a telephone or a web address: a row of figures has none
    return _short(text, 25) and len(parts) >= 3 and not ends_sentence(text) and contacts >= 1 \
        and contacts + sum(bool(_POSTAL.match(p) and not P.parse_date(p)) for p in parts) >= 2


_AUDIENCE = (r"(?:(?:sustained|loud|prolonged|long|brief|some|scattered|warm|lengthy|lebhafter|anhaltender|vifs)\s+)?"
             r"(?:applause|laughter|cheers|cheering|standing ovation|beifall|applaus|heiterkeit|lachen|applaudissements|rires|"
             r"aplausos|risas|applausi|risate|oklaski|śmiech|applaus|gelach|aplausos)")


@WEB_FURNITURE.register("audience", 60, "a transcript's note of the audience's reaction ([Applause], [Laughter])")
def is_audience_reaction(text: str) -> bool:
    """"[Applause]", "(Laughter.)", "[Sustained applause]", "[Beifall]", "[Laughter and applause]" on a line of its own."""
    return bool(re.fullmatch(rf"[\[(]\s*{_AUDIENCE}(?:\s+(?:and|und|et|y|e|i|en)\s+{_AUDIENCE})?\.?\s*[\])]", text.strip(), re.I))


@WEB_FURNITURE.register("app-share", 60, "web furniture: the app or the phone a text was shared from")
def is_app_share(text: str) -> bool:
    """"Shared via NewsPulse app. Download NewsPulse for iOS and Android", "More stories like this in the app",
    "Sent from my iPhone" (in the languages of the phones' own settings)."""
    return _short(text, 16) and bool(re.match(
        r"^(?:shared (?:via|from|with|using) \S.{0,40}\b(?:app|application)\b|(?:read )?more (?:stories|articles|news) like this in (?:the|our) app|"
        r"(?:get|download|open (?:it )?in) (?:the|our) app\b|"
        r"sent from my (?:iphone|ipad|android|phone|mobile|galaxy|samsung|pixel|blackberry)|gesendet von meinem (?:iphone|ipad|android|smartphone)|"
        r"envoyé de mon (?:iphone|ipad|android|smartphone)|enviado desde mi (?:iphone|ipad|android|móvil|celular)|inviato da (?:iphone|ipad|android)|"
        r"wysłane z (?:iphone|ipada|telefonu|androida)|verzonden (?:vanaf|met) mijn (?:iphone|ipad|android))", text.strip(), re.I))


@WEB_FURNITURE.register("reading-time", 60, "web furniture: reading time")
def is_reading_time(text: str) -> bool:
    return bool(
        re.match(r"^(?:\d{1,3}(?:\s*[-–]\s*\d{1,3}(?=\s*min(?:ute)?s?\.?\s+(?:read|reading)\b))?\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+(?:read|reading|de lecture|lesezeit|de lectura|di lettura|de leitura))?|"
                 r"(?:estimated )?reading time|temps de lecture|tiempo de lectura|lesezeit|tempo di lettura|tempo de leitura|leestijd|"
                 r"czas czytania|timp de citire|lästid|læsetid|lesetid|lukuaika)\b|"
                 r"(?:閱讀時間|阅读时间|閱讀時長|阅读时长|読了時間|읽는 시간)\s*[:：]", text, re.I)
        # an estimate: "Est. 5min", "Estimated read: 6 minutes", "~ 4 min read", "≈ 7 min"
        or re.fullmatch(r"(?:est\.?|estimated|approx\.?|about|ca\.|~|≈)\s*(?:read(?:ing)?(?: time)?\s*:?\s*)?\d{1,3}\s*-?\s*min(?:ute)?s?\.?(?:\s+read)?",
                        text.strip(), re.I)
        # a label in any language, then minutes: "Време за четене: 5 мин.", "Olvasási idő: 6 perc"
        or re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:\s*\d{1,3}\s*(?:min\w*|mín\w*|perc|мин\w*|хв\w*|λεπτ\w*|dk|dakika|minut\w*)\.?", text.strip(), re.I)
    ) and _short(text, 8)


@WEB_FURNITURE.register("photo-credit", 55, "web furniture: photo caption or credit")
def is_photo_credit(text: str) -> bool:
    """"Photo: Name / Agency", or a caption that ends with its credit: "Ministers meet in Paris. Photo: Name / Agency"."""
    if not _short(text, 40):
        return False
    return bool(re.match(r"^(?:photo|image|picture|foto|illustration)(?: credit)?s?\s*:|^(?:credit|source of image)\s*:", text, re.I)
                or _CREDIT_AT_END.search(text))


_CREDIT_AT_END = re.compile(r"(?:[.)]\s+|\(|\s[|·–—]\s)(?:photo|image|picture|foto)(?: credit)?s?\s*(?::\s+|by\s+|(?:via|courtesy of)\s+(?=(?-i:[A-Z])[\w&'’ -]{1,40}(?:/|\.?$)))"
                            r"[^.]{2,80}?(?:/\s*[^./]{2,40})?\)?\.?$", re.I)  # ("via" a name only: "Photo via Harbour Images/Ana Lee.")


@WEB_FURNITURE.register("comments", 50, "web furniture: comments")
def is_comments(text: str) -> bool:
    return bool(re.match(r"^(?:comments are closed|leave a (?:comment|reply)|\d+ comments?$|no comments)", text, re.I))


COMMENTS_REASON = "web furniture: comments"
# The head of a comment section: "3 comments", "Comments (2)", "Leave a reply", "Kommentare", "Laisser un commentaire"…
_COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|komentarz[ey]?|komentáre|komentáře|reacties|"
    r"reactions?|discussion|yorumlar|yorum)(?:\s*\(\d+\))?\s*:?$|"
    # a blog engine's count over its comments: "3 thoughts on “Guarantees on Paper”", "One response to “…”"
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|replies|comments?) (?:on|to) [“\"‘'].{2,200}[”\"’']$|"
    r"^(?:leave a (?:comment|reply)|join the (?:discussion|conversation)|schreibe?n? (?:sie )?einen kommentar|kommentar schreiben|"
    r"laisser un commentaire|laissez un commentaire|deja un comentario|deixe um comentário|deixe uma resposta|lascia un commento|"
    r"dodaj komentarz|pridať komentár|přidat komentář|laat een reactie achter|plaats een reactie|lasă un comentariu|yorum yap(?:mak için giriş yapın)?|yorum bırakın)\b",
    re.I,
)
# Marks that only a comment section carries: a reply button, the reply form's fields and button.
_COMMENT_MARK = re.compile(
    r"^(?:reply|antworten|beantworten|répondre|responder|rispondi|odpowiedz|reageer|răspunde|"
    r"(?:your )?(?:name|e-?mail|website|comment|nom|courriel|site web|commentaire|nombre|correo(?: electrónico)?|nome|commento|"
    r"imię|komentarz|naam|kommentar|webseite|nume|comentariu)\s*\*?|"
    r"post(?: a)? comment|submit(?: a)? comment|kommentar abschicken|laisser un commentaire|publicar comentario|publicar comentário|"
    r"invia commento|opublikuj komentarz|plaats reactie|trimite comentariul|"
    # "Log in to comment", "Yorum yapmak için giriş yapın.": the form shown to a reader who is not signed in
    r"(?:you must )?(?:be )?(?:log(?:ged)? ?in|sign(?:ed)? in|register(?:ed)?) to (?:comment|reply|post a comment)\.?|yorum yapmak için giriş yapın\.?|"
    r"zum kommentieren (?:anmelden|einloggen)\.?|connectez-vous pour commenter\.?|inicia sesión para comentar\.?|accedi per commentare\.?|"
    r"zaloguj się,? aby (?:dodać komentarz|skomentować)\.?|"
    r"what are your thoughts\?|write a (?:response|comment|reply)(?:…|\.{3})?|add a (?:comment|response)(?:…|\.{3})?)$",  # the reply box's prompt
    re.I,
)


def comment_section(texts: list[str]) -> int | None:
    """Index of the unit that heads a comment section near the end of a web copy, or None.

    A header ("3 comments", "Kommentare (2)", "Leave a reply") counts only when a reply button or
    the reply form's fields stand within the next dozen units: a "Comments" section of a brief has none.
    """
    for index, text in enumerate(texts):
        if _COMMENTS_HEADER.match(text.strip()) and _short(text, 40 if re.search(r"\s(?:on|to)\s[“\"‘']", text) else 8):
            if any(_COMMENT_MARK.match(t.strip()) for t in texts[index + 1 : index + 13]):
                return index
            rest = texts[index + 1 :]  # or, at the very end, nothing but "Name — their words" under the header
            if rest and len(rest) <= 6 and all(_SIGNED_COMMENT.match(t.strip()) for t in rest):
                return index
    return None


# "Name — their words", or a shared draft's "Ola N.: their words" (a first name and an initial: "Short Term Options:" is a label)
_SIGNED_COMMENT = re.compile(r"^[A-ZÀ-Ý][\w.'’-]*(?:(?:\s[A-ZÀ-Ý][\w.'’-]*){0,3}\s+[—–-]|\s[A-ZÀ-Ý]\.:)\s+\S.{3,600}$")


_SALUTATION = re.compile(
    r"^(?:dear|hello|hi|liebe|lieber|sehr geehrte\w*|chers?|chères?|bonjour|queridos?|queridas?|estimad[oa]s?|hola|caros?|caras?|"
    r"prezad[oa]s?|olá|cari|care|gentili|drodzy|drogie|szanowni|szanowne|beste|geachte|dragi|dragă|stimați|kære|hej)\s+[^.!?;:]{2,50},$",
    re.I,
)


@WEB_FURNITURE.register("salutation", 40, "web furniture: the salutation of a letter or newsletter")
def is_salutation(text: str) -> bool:
    """"Dear readers,", "Liebe Leserinnen und Leser,", "Chers lecteurs,": a letter's greeting, on its own line."""
    return bool(_SALUTATION.match(text.strip())) and _short(text, 7)


MENU_ITEMS = 5


_LANGUAGES = (
    r"english|french|german|spanish|italian|portuguese|polish|dutch|czech|greek|swedish|danish|norwegian|finnish|ukrainian|russian|"
    r"anglais|français|francais|allemand|espagnol|italien|englisch|französisch|deutsch|spanisch|inglés|ingles|francés|alemán|"
    r"inglese|francese|tedesco|inglês|francês|alemão|angielski|francuski|niemiecki|engels|frans|duits|español|italiano|polski|nederlands"
)
_LANGUAGE_VERSIONS = re.compile(
    rf"^(?:(?:this|the) (?:text|paper|brief|article|note|commentary|analysis|report|publication|page) (?:is )?(?:also )?"
    rf"(?:available|published) in (?:{_LANGUAGES})|also available in\s*:?|read (?:this|it) in (?:{_LANGUAGES})|"
    rf"(?:ce|cet|cette) (?:texte|article|note|analyse|rapport|publication) (?:est )?(?:également |aussi )?(?:disponible|publiée?) en (?:{_LANGUAGES})|"
    rf"(?:dieser|dieses|diese) (?:text|beitrag|artikel|analyse|studie) (?:ist )?auch auf (?:{_LANGUAGES}) (?:verfügbar|erschienen)|"
    rf"(?:este|esta) (?:texto|artículo|informe|análisis|nota) (?:también )?(?:está )?disponible en (?:{_LANGUAGES})|"
    rf"(?:questo|questa) (?:testo|articolo|nota|analisi) (?:è )?(?:anche )?disponibile in (?:{_LANGUAGES}))\b",
    re.I,
)


@WEB_FURNITURE.register("language-versions", 47, "web furniture: a notice of the page in other languages")
def is_language_versions(text: str) -> bool:
    """"Ce texte est également disponible en français.", "Also available in: Français | Deutsch": a notice of the
    page's other language versions, not the brief. A sentence that goes on after the language stays."""
    text = text.strip()
    match = _LANGUAGE_VERSIONS.match(text)
    return bool(match) and _short(text, 14) and not re.search(r"[,;]\s*\w", text[match.end():])


_SECTION_WORDS = {
    "home", "research", "commentary", "commentaries", "analysis", "analyses", "events", "podcast", "podcasts", "about", "publications",
    "experts", "people", "topics", "regions", "programmes", "programs", "projects", "news", "media", "press", "contact", "blog",
    "donate", "subscribe", "newsletter", "videos", "multimedia", "careers", "jobs", "team", "search", "menu", "login", "opinion",
}


def is_section_words(text: str) -> bool:
    """A site menu copied with single spaces: "Research Commentary Events Podcast About", every word a section's name
    and most of them a section only a site has (no title is "Events Podcast About")."""
    words = text.strip().split()
    return 4 <= len(words) <= 9 and all(w[:1].isupper() and w.lower() in _SECTION_WORDS for w in words) \
        and sum(w.lower() in {"about", "contact", "donate", "subscribe", "podcast", "podcasts", "home", "search", "menu", "login", "careers"} for w in words) >= 1


@WEB_FURNITURE.register("menu-row", 46, "web furniture: site menu")
def is_menu_row(text: str) -> bool:
    """A site's menu copied as one row: "Research   Commentary   Podcasts   Events   About", "Accueil | Programmes | …".

    Five or more items of one to three words, set apart by runs of spaces or by bars and dots; no figures
    (a table row) and no item that ends a sentence. Four items are as often a list in the text as a menu.
    """
    if is_section_words(text):
        return True
    items = [re.sub(r"\s*(?:\.{3}|…)$", "", i) for i in re.split(r"\s{2,}|\s*[|·•]\s*", text.strip()) if i]  # "Search records...": a search box
    # four items make a menu when set apart by bars or dots and one is the home page or a language
    enough = len(items) >= MENU_ITEMS or (len(items) == 4 and re.search(r"[|·•]", text) and any(_HOME.fullmatch(i.strip()) for i in items))
    return bool(enough) and all(_short(i, 3) and not re.search(r"\d", i) and not (ends_sentence(i) and not i.endswith("?")) for i in items)


_HOME = re.compile(
    r"home|inicio|início|accueil|startseite|start|inizio|strona główna|etusivu|forside|hem|főoldal|pradžia|начало|úvod|domů|ana sayfa|avaleht|sākums|"
    r"english|français|deutsch|español|italiano|português|polski|nederlands|svenska|dansk|norsk|suomi|en|fr|de|es|it|pt|pl|nl",
    re.I,
)


@WEB_FURNITURE.register("legal-links", 45, "web furniture: site links")
def is_legal_links(text: str) -> bool:
    """"Impressum · Datenschutz · Kontakt", "Aviso legal | Política de privacidad | Cookies", "Polityka prywatności | Kontakt"."""
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s{2,}", text.strip()) if p.strip()]
    return (
        len(parts) >= 2
        and any(P.is_legal_link(p) for p in parts)
        and all(_short(p, 4) and not ends_sentence(p) and not re.search(r"\d", p) for p in parts)
    )


_PLAYER_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_LISTEN = re.compile(
    r"^(?:listen to (?:this |the )?(?:article|brief|commentary|analysis|post|piece|paper|page|episode)|listen now|play audio|audio version|"
    r"écouter (?:cet|l['’]) ?article|(?:artikel|beitrag|text) (?:anhören|vorlesen)|escuchar (?:este|el) artículo|ouvir (?:este|o) artigo|"
    r"ascolta (?:questo|l['’]) ?articolo|posłuchaj (?:tego )?artykułu|luister naar (?:dit|het) artikel|ascultă articolul)\b",
    re.I,
)


_LANGUAGE_CODES = {"en", "fr", "de", "es", "it", "pt", "pl", "nl", "sv", "da", "nb", "no", "fi", "et", "lv", "lt", "cs", "sk", "sl", "hr", "hu",
                   "ro", "bg", "el", "ga", "mt", "uk", "ru", "tr", "ja", "zh", "ko", "ar"}


@WEB_FURNITURE.register("language-codes", 83, "web furniture: a language switch")
def is_language_codes(text: str) -> bool:
    """"EN", "EN | FR | DE", "LT | EN": the languages a page or a paper is offered in."""
    codes = [c for c in re.split(r"\s*[|/·•]\s*|\s+", text.strip()) if c]
    return bool(codes) and len(codes) <= 8 and all(c.isupper() and c.lower() in _LANGUAGE_CODES for c in codes)


# The languages a site is offered in, each named in itself: "English | Русский | Deutsch", "Eesti · English"
_LANGUAGE_NAMES = {
    "english", "deutsch", "français", "francais", "español", "espanol", "italiano", "português", "portugues", "nederlands", "polski", "русский",
    "українська", "eesti", "latviešu", "lietuvių", "suomi", "svenska", "dansk", "norsk", "čeština", "slovenčina", "magyar", "română",
    "български", "ελληνικά", "türkçe", "hrvatski", "srpski", "српски", "slovenščina", "shqip", "македонски", "català", "euskara", "galego",
    "cymraeg", "gaeilge", "íslenska", "беларуская", "ქართული", "հայերեն", "中文", "日本語", "한국어", "العربية", "עברית", "فارسی",
    # "in <language>", each in its own words: "Suomeksi | På svenska | In English", "En français · Auf Deutsch"
    "in english", "auf deutsch", "en français", "en francais", "en español", "en espanol", "in italiano", "em português", "in het nederlands",
    "po polsku", "по-русски", "по-українськи", "українською", "eesti keeles", "latviski", "lietuviškai", "suomeksi", "på svenska", "på dansk",
    "på norsk", "česky", "slovensky", "magyarul", "în română", "на български", "στα ελληνικά", "türkçe olarak", "na hrvatskom", "na srpskom",
    "en català", "íslensku", "по-беларуску",
}


@WEB_FURNITURE.register("language-names", 83, "web furniture: a language switch")
def is_language_names(text: str) -> bool:
    """"English | Русский | Deutsch", "Français / English": the languages the page is offered in, each in its own name."""
    names = [n.strip().lower() for n in re.split(r"\s+[|/·•]\s+|\s{2,}", text.strip()) if n.strip()]
    return 2 <= len(names) <= 12 and all(n in _LANGUAGE_NAMES for n in names)


def _phrase_rule(name: str, priority: int, reason: str, pattern: str, words: int = 40) -> None:
    """Register a recogniser that is one pattern over a whole short line (the kinds below need nothing more)."""
    compiled = re.compile(pattern, re.I)

    def test(text: str) -> bool:
        return _short(text, words) and bool(compiled.fullmatch(text.strip()))

    WEB_FURNITURE.register(name, priority, reason)(test)


# "[Image: A radar station on the coast at dawn.]", "[Photo of Zoë Lindqvist]": where a picture stood on the page.
# "[Author photo]", "[Portrait of the author]": a picture named by what it shows, one to three words before its kind.
_phrase_rule("image-placeholder", 56, "web furniture: an image's alternative text",
             r"\[(?:[^\]\s]+\s){0,3}(?:image|photo|picture|figure|graphic|chart|graph|diagram|infographic|map|video|illustration|portrait|headshot|avatar|logo|qr[ -]code|barcode|bild|foto|imagen|immagine)s?\b[^\]]{0,300}\]",
             words=80)
_PICTURE_OF = re.compile(r"(?:author(?:'s)? )?(?:photo(?:graph)?|portrait|picture|image|headshot|avatar|profile (?:photo|picture|image)|foto|bild|zdjęcie)"
                         r" (?:of|von|de|di|van) (?P<name>.+)", re.I)


@WEB_FURNITURE.register("picture-of", 56, "web furniture: an image's alternative text")
def is_picture_of(text: str) -> bool:
    """"Photo of Zoë Hartmann", "Portrait of the author": an author's picture on a web page, copied as its alternative
    text on a line of its own (the name it gives is no title, no subtitle and no byline)."""
    match = _PICTURE_OF.fullmatch(text.strip())
    return bool(match) and (P.is_person_name(match["name"]) or match["name"].lower() in {"the author", "the authors"})


# A news feed's fields of an item that no metadata needs: "enclosure: https://…/a.jpg (image/jpeg, 18423 bytes)"
_phrase_rule("feed-field", 57, "web furniture: a field of a news feed's item",
             r"(?:enclosure|guid|comments|media:content|media:thumbnail)(?:\s*\([^)]*\))?\s*:\s*\S.*")
# "[END OF TRANSCRIPT]", "[Transcript ends]", "[End of recording]", "[End of draft]": a text's end mark
_phrase_rule("transcript-end", 57, "web furniture: a text's end mark",
             r"[\[(](?:end of (?:the )?(?:transcript|recording|episode|interview|draft|document|text|paper|report|statement|brief(?:ing)?|article)|"
             r"(?:transcript|recording|document|text) ends)[\])]", words=6)
# "The brief in full", "Full text:", "Read the full report below": a label over the whole text, after its summary
_phrase_rule("full-text-label", 57, "web furniture: a label over the full text",
             r"(?:the )?(?:(?:brief|report|paper|text|article|analysis|statement) in full|full (?:text|brief|report|paper|analysis))\s*:?", words=6)
# A page's list of files to download: "Downloads" over "Research Brief 2026/02 (PDF, 480 KB)", "Summary in Norwegian (PDF)"
_phrase_rule("download-item", 57, "web furniture: a file to download",
             r"(?:downloads?|téléchargements?|descargas)\s*:?|"
             r"[^()]{3,90}\((?:pdf|epub|docx?|odt|xlsx?|csv|zip|mp3|mp4)(?:,\s*\d[\d.,]*\s*(?:[kmg]i?b|ko|mo|bytes?|pages?|pp\.?))?\)|"
             # a link in any language to the file, its kind and size: "Lawrlwytho PDF (412 KB)", "Pobierz PDF (1,2 MB)"
             r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:pdf|epub|docx?)\s*\(\s*\d[\d.,]*\s*(?:[kmg]i?b|ko|mo)\s*\)|"
             r"[^\W\d_]{3,20}(?:\s[^\W\d_]{2,20})?\s+(?-i:PDF)", words=16)  # "Преземи PDF", "Lawrlwytho PDF": the link, its word in any language
# The language a translated paper was written in: "Original language: English", "Idioma original: inglés"
_phrase_rule("original-language", 57, "page furniture: the language the paper was first written in",
             r"(?:original language|language of the original|idioma original|langue (?:originale|d['’]origine)|originalsprache|lingua originale|"
             r"língua original|język oryginału|originele taal)\s*:\s*[^\W\d_]+(?:\s[^\W\d_]+)?\.?", words=6)
# A paywall's notices: "You have read 3 of 4 free articles this month.", "Subscribe to continue reading"
_phrase_rule("paywall", 57, "web furniture: a paywall's notice",
             r"you(?:'ve| have) (?:read|used) \d+ (?:of|out of) (?:your )?\d+ free (?:articles|stories)\b.*|"
             r"(?:subscribe|sign in|log in) to (?:continue reading|read the full (?:article|story)|keep reading)\b.*|"
             r"this (?:article|story|content) is (?:for|reserved for|available to) (?:subscribers|members)\b.*|"
             # "Article réservé aux abonnés", "Nur für Abonnenten", "Solo para suscriptores", "Riservato agli abbonati"
             r"(?:(?:article|contenu|artículo|contenido|articolo|contenuto|artigo|conteúdo|artikel|inhalt)\s+)?(?:réservé aux abonnés|exclusivement pour les abonnés|"
             r"(?:nur )?für abonnenten|(?:solo|sólo|exclusivo) (?:para|per) (?:suscriptores|abbonati|assinantes)|riservato agli abbonati|"
             r"exclusivo para assinantes|alleen voor abonnees|tylko dla (?:prenumeratorów|subskrybentów)|subscribers only|members only)\.?", words=24)
# A page's reading progress bar: "▰▰▰▱▱▱▱▱▱▱ 30 %", "■■■□□□□ 42%"
_phrase_rule("reading-progress", 57, "web furniture: a reading progress bar", r"[▰▱■□▮▯█░▓▒●○◼◻]{4,}\s*\d{1,3}\s?%", words=4)
# An e-reader's place in the book: "Location 38 of 1204 · 3%", "Loc. 402 of 1204", "33% read", "5 min left in chapter"
_phrase_rule("reader-location", 57, "web furniture: an e-reader's place in the book",
             r"(?:location|loc\.) \d+ of \d+(?:\s*[·•|–-]\s*\d{1,3}\s?%)?|\d{1,3}\s?% (?:read|complete)|\d+ min(?:utes)? left in (?:chapter|book)",
             words=10)
# A mailing list's web archive (pipermail): "Previous message (by thread): …", "Messages sorted by: [ date ] …",
# "-------------- next part --------------", "An HTML attachment was scrubbed...", "URL: <…/attachments/…>",
# "More information about the Euro-sec mailing list"
_phrase_rule("list-archive", 57, "web furniture: a mailing list archive's links and notices",
             r"(?:previous|next) message(?: \(by (?:thread|date|subject|author)\))?:.*|messages sorted by:.*|-+ next part -+|"
             r"(?:an html|a non-text) attachment was scrubbed\.*|url: <\S+/attachments?/\S+>|more information about the .{2,60} mailing list",
             words=90)  # the previous and next messages' subjects may run on into one paragraph
# A blog's feed footer: "The post Guarding the Harbours appeared first on Harbour Notes."
_phrase_rule("feed-footer", 57, "web furniture: a news feed's footer (where the post first appeared)",
             r"the post .{3,240} appeared first on .{2,120}", words=60)
# "[![Licence: CC BY](https://img…/badge.svg)](https://…) [![PDF](…)](./brief.pdf)": a repository's badges, images and
# nothing else on the line
_phrase_rule("badges", 57, "web furniture: badges (images that link somewhere, as a repository's page shows them)",
             r"(?:\[?!\[[^\]]{0,120}\]\([^)\s]{1,300}\)(?:\]\([^)\s]{1,300}\))?\s*)+", words=60)
# "☰ Menu", "🔍 Search", "Back to top ↑", "✕ Close": a mobile page's controls (the icons are taken off before this is tried)
_phrase_rule("site-control", 87, "web furniture: a control of the page (menu, search, back to top)",
             r"(?:(?:open|show|hide|toggle|main|site)\s+)?(?:menu|navigation)|menü|menú|navigation|search(?:\s+(?:publications|documents|articles|our research|research|the site|this site|the archive))?|suche|recherche(?:r)?|buscar|búsqueda|cerca|"
             r"pesquisar|szukaj|zoeken|sök|søg|søk|haku|keresés|hledat|αναζήτηση|otsi|meklēt|ara|close|schließen|fermer|cerrar|chiudi|fechar|zamknij|sluiten|"
             r"(?:back|return|go|scroll|jump)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?|(?:zurück\s+)?nach\s+oben|"
             r"retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|haut\s+de\s+page|volver\s+arriba|ir\s+arriba|torna\s+su|voltar\s+ao\s+topo|"
             r"do\s+góry|powrót\s+na\s+górę|terug\s+naar\s+boven|till\s+toppen|til\s+toppen|takaisin\s+ylös|"
             # the reader's account: "Sign in", "Get started", "Log in", "Anmelden", "Se connecter"
             r"sign\s+in|sign\s+up|log\s*in|log\s+out|get\s+started|my\s+account|open\s+in\s+(?:the\s+)?app|get\s+(?:the\s+)?app|create\s+(?:an\s+)?account|anmelden|abmelden|registrieren|"
             r"se\s+connecter|connexion|s['’]inscrire|iniciar\s+sesión|acceder|accedi|registrati|entrar|zaloguj(?:\s+się)?|inloggen|logga\s+in|"
             r"listen|anhören|écouter|escuchar|ascolta|ouvir|posłuchaj|luister|text\s+to\s+speech|"
             # a document viewer's controls: "Zoom in  Zoom out  Fullscreen", "Previous page", "Upload"
             r"zoom\s+in|zoom\s+out|full\s?screen|exit\s+full\s?screen|previous\s+page|next\s+page|upload|"
             r"search\s*_{3,}\s*(?:go|search|ok|submit)?|(?:search|suche|recherche|buscar|cerca|szukaj|zoeken|sök|haku|otsi|meklēt|ieškoti|hledat)"
             r"(?:\s+(?:the\s+)?(?:site|publications|research|articles|analysis|our\s+\w+|this\s+site))?\s*(?:…|\.\.\.)|"  # "Search publications..."
             r"search\s+(?-i:[A-Z]{2,8})|"  # "Search CWE": the site's search box, named by its acronym
             r"(?:search for|suche nach|rechercher|buscar|cerca|szukaj|zoeken naar)\s*:", words=6)  # a blog's search box: "Search for:"
# A blogging engine's credit in the page's footer: "Proudly powered by WordPress | Theme: Twenty Twenty-Four"
_phrase_rule("engine-credit", 56, "web furniture: the blogging engine and theme the site runs on",
             r"(?:proudly )?powered by (?:wordpress|ghost|drupal|joomla|hugo|jekyll|blogger|squarespace|wix|substack)(?:\s*[|·•–-]\s*theme\s*:.{1,60})?\.?|"
             r"theme\s*:\s*.{1,60}\s+by\s+(?:wordpress(?:\.org)?|automattic)\.?", words=16)  # a text browser's search box: "Search ____________ Go"
_CONTROL_WORDS = {"subscribe", "donate", "support us", "newsletter", "shop", "contact", "about", "about us", "events", "podcasts", "podcast",
                  "abonnieren", "s'abonner", "abonnez-vous", "suscríbete", "suscribirse", "iscriviti", "assine", "subskrybuj", "spenden", "faire un don"}


# "Baltic Forum for Defence Analysis · 8 pages", "PDF · 1.2 MB · 12 pages": a document viewer's line on the file
_FILE_FACT = re.compile(r"\d{1,4}\s+(?:pages?|pp\.?|seiten|páginas|pagine|stron)|pdf|docx?|epub|\d+(?:[.,]\d+)?\s*(?:kb|mb)", re.I)


@WEB_FURNITURE.register("file-facts", 55, "web furniture: a document viewer's line on the file (its owner, pages, size)")
def is_file_facts(text: str) -> bool:
    segments = [s.strip() for s in re.split(r"\s+[|·•]\s+", text.strip()) if s.strip()]
    facts = [s for s in segments if _FILE_FACT.fullmatch(s)]
    return _short(text, 16) and 2 <= len(segments) <= 5 and bool(facts) and all(s in facts or P.is_institution(s) for s in segments)


@WEB_FURNITURE.register("control-row", 86, "web furniture: a row of the page's controls (menu, search, subscribe)")
def is_control_row(text: str) -> bool:
    """"Menu | Search | Subscribe", "☰ Menu · Search · Donate": two or more controls of the page in a row, nothing else."""
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s{2,}", text.strip()) if p.strip()]
    control = WEB_FURNITURE["site-control"].test
    if not 2 <= len(parts) <= 8:
        return False
    # a language switcher's codes ("EN   IT"), or its languages' names set apart by bars ("English | Français"): names set
    # apart by spaces head a glossary's columns ("English          French          German")
    languages = [p for p in parts if is_language_codes(p) or ("|" in text and re.fullmatch(_LANGUAGES, p, re.I))]
    if len(languages) == len(parts):
        return True  # a language switcher alone: "EN | FR | DE", "English | Français"
    return any(control(p) for p in parts) and all(control(p) or p.lower() in _CONTROL_WORDS or p in languages for p in parts)



# "← Previous post: Title     Next post: Title →", "Article précédent : …", "Nächster Beitrag: …"
_phrase_rule("post-navigation", 57, "web furniture: links to the previous and next posts",
             r"[←«<‹]?\s*(?:(?:previous|next|older|newer)\s+(?:post|article|entry|story|piece)|(?:article|billet)\s+(?:précédent|suivant)|"
             r"(?:vorheriger|nächster)\s+(?:beitrag|artikel)|(?:entrada|artículo)\s+(?:anterior|siguiente)|articolo\s+(?:precedente|successivo)|"
             r"(?:poprzedni|następny)\s+(?:wpis|artykuł)|(?:vorige|volgende)\s+(?:bericht|artikel))\b.*|"
             # "← Previous: Fuel Before Flags", "Next in the series: Who Pays →": a title after the label, no sentence
             r"[←«<‹]\s*(?:previous|prev\.?|next|précédent|suivant|anterior|siguiente|precedente|successivo)\s*:\s*[^.!;]{2,150}[?]?|"
             r"(?:previous|prev\.?|next|précédent|suivant|anterior|siguiente|precedente|successivo)\s*:\s*[^.!;]{2,150}[?]?\s*[→»>›]|"
             r"(?:previous|next)\s+(?:in (?:the|this) series|part|chapter|page|episode)\s*:\s*[^.!;]{2,150}[?]?\s*[→»>›]?|"
             # "« Previous  1  2  3  Next »", "1 2 3 Next ›": a paged article's pager
             r"[«‹<←]?\s*(?:previous|prev\.?|précédent|zurück|anterior|precedente|poprzednia)\s+(?:\d{1,2}\s+){0,9}\d{1,2}"
             r"(?:\s+(?:next|suivant|weiter|siguiente|successiva|następna))?\s*[»›>→]?|"
             r"(?:\d{1,2}\s+){1,9}(?:next|suivant|weiter|siguiente|successiva|następna)\s*[»›>→]?")
# "“Influence operations don’t manufacture anger. They rent it.” Tweet this": a sentence of the text set again as a
# quote to share, with its button
_phrase_rule("tweetable-quote", 57, "web furniture: a sentence of the text set again as a quote to share",
             r"[“\"„«‘].{5,300}?[”\"»’]\s*[-–—|·]?\s*(?:tweet this|click to tweet|share this quote|share on x|post this)\.?", words=60)
# "Was this explainer useful? Yes / No", "Did you find this page helpful?": a page's feedback widget
_phrase_rule("feedback", 57, "web furniture: a page's question whether it helped",
             r"(?:was|is|did you find) this (?:explainer|article|page|brief|analysis|post|content|information|answer|guide) (?:useful|helpful)\??"
             r"(?:\s*(?:yes\s*[/|]\s*no|\[\s*yes\s*\]\s*\[\s*no\s*\]|👍\s*👎))?", words=12)
# "Explore our Ukraine hub", "Visit our sanctions dossier": a link to the site's page on the topic
_phrase_rule("topic-hub", 57, "web furniture: a link to the site's page on the topic",
             r"(?:explore|visit|browse|discover|see) (?:our|the) (?:[\w'’-]+ ){1,5}(?:hub|dossier|portal|topic page|resource (?:centre|center)|"
             r"collection)\s*[→»›>]?", words=10)
# "Scan to read online", "Scan the QR code to download the paper": the caption of a printed code
_phrase_rule("scan-code", 56, "page furniture: the caption of a QR code",
             r"scan (?:(?:the|this) (?:qr )?code )?(?:to|for) (?:read|download|view|access|open|listen)\b.{0,60}", words=12)
# "Part 1 of 2", "Continues in Part 2 →", "← Back to Part 1": a text published in parts, and the links between them
_phrase_rule("part-navigation", 57, "web furniture: a part's number or the link to the other part",
             r"(?:part|teil|partie|parte|część|deel|del|osa)\s+\d{1,2}\s+(?:of|von|sur|de|di|z|van|av|af)\s+\d{1,2}"
             r"(?:\s*\((?:continued|cont\.|suite|fortsetzung|continuación|continua|continuação|ciąg dalszy)\))?|"
             r"[←«‹]?\s*(?:continues|continued|read|go|back)\s+(?:in|on|to)\s+part\s+\d{1,2}\s*[→»›]?|"
             r"[←«‹]?\s*(?:fortsetzung\s+in|zurück\s+zu)\s+teil\s+\d{1,2}\s*[→»›]?|[←«‹]?\s*(?:suite|retour)\s+(?:dans|à)\s+la\s+partie\s+\d{1,2}\s*[→»›]?",
             words=8)
# "In this issue: The Long Read · Agenda", "IN QUESTO NUMERO: …": a newsletter's contents line
_phrase_rule("issue-contents", 57, "web furniture: a newsletter's list of what the issue holds",
             r"(?:in this (?:issue|edition)|in questo numero|dans ce numéro|in dieser ausgabe|en este número|neste número|w tym numerze|"
             r"in deze editie|i detta nummer|i dette nummer)\s*:.{0,200}", words=30)
# "Speaker notes:" over a presenter's notes under a slide
_phrase_rule("speaker-notes-label", 53, "the label of a presenter's notes under a slide",
             r"(?:speaker|presenter)(?:'s)? notes\s*:?|notes (?:de l'orateur|du présentateur)\s*:?|notizen\s*:?|sprechernotizen\s*:?")
# "Transcript available on request.", "This transcript has been edited for clarity."
_phrase_rule("transcript-note", 54, "web furniture: a note on the transcript or recording",
             r"(?:(?:a |the |full )?transcript (?:is )?available\b|this transcript has been (?:edited|lightly edited|condensed)\b|"
             r"(?:this )?(?:interview|conversation|transcript) has been (?:edited|condensed)\b).*", words=16)
# "Open original · Share highlights · Export to Notion": a read-later app's toolbar under the saved text
_READER_ACTION = r"(?:open|view) (?:the )?original|share (?:the )?highlights|export (?:to|as) (?:notion|evernote|obsidian|markdown|pdf|readwise)|" \
                 r"archive|add (?:a )?tags?|copy (?:the )?link|read later|mark as read"
_phrase_rule("reader-app-toolbar", 60, "web furniture: a read-later app's toolbar",
             rf"(?:{_READER_ACTION})(?:\s+[·|•]\s+(?:{_READER_ACTION}))+", words=16)
# "[Outro music]", "[Intro music]", "(Music)", "[Jingle]": a recording's music, noted in its transcript
_phrase_rule("transcript-music", 60, "a transcript's note of the recording's music or sound",
             r"[\[(]\s*(?:(?:intro|outro|theme|closing|opening|background)\s+)?(?:music|jingle|sound ?effects?|musik|musique|música|musica)"
             r"(?:\s+(?:plays|fades(?: out| in)?|ends))?\.?\s*[\])]", words=6)


# "Edited for length and clarity.", "Trascrizione rivista per brevità e chiarezza.": the note alone, maybe with a views
# disclaimer after it ("The text was edited for clarity by the Council's lawyers, and …" is prose)
_phrase_rule("transcript-edit-note", 54, "web furniture: a note on the transcript or recording",
             r"(?:(?:(?:the )?(?:transcript|interview|conversation) (?:was |has been |is )?)?(?:edited|condensed|lightly edited) for (?:length|brevity|clarity)"
             r"(?: and (?:length|brevity|clarity))?|"
             r"(?:trascrizione|intervista|testo) (?:rivist[ao]|modificat[ao]|condensat[ao]) per (?:brevità|chiarezza)(?: e (?:brevità|chiarezza))?|"
             r"(?:transcription|entretien) (?:revue?|éditée?|condensée?) (?:pour|par souci de) (?:la )?(?:concision|clarté)(?: et (?:la )?(?:concision|clarté))?|"
             r"(?:transcripción|entrevista) (?:editada|revisada|condensada) por (?:brevedad|claridad)(?: y (?:brevedad|claridad))?|"
             r"(?:das )?(?:transkript|interview) wurde (?:gekürzt|redigiert)(?: und (?:gekürzt|redigiert))?)"
             r"(?:\.\s+[^.]{0,120}(?:opinion|opinioni|opinions|opiniones|meinung|views)[^.]{0,80})?\.?", words=30)
# A link to the author's page or profile, under the byline or on an author's card: "Author page", "View profile",
# "Read full bio", "Follow the author"
_phrase_rule("author-link", 80, "web furniture: a link to the author's page",
             r"(?:(?:view|see|visit|go to)\s+(?:the\s+)?)?(?:author(?:['’]s)?|expert|speaker|contributor)\s+(?:page|profile|bio)|"
             r"(?:view|see|visit|read)\s+(?:the\s+)?(?:full\s+)?(?:profile|bio(?:graphy)?)|"
             r"follow\s+the\s+author|contact\s+the\s+author", words=8)  # ("More articles by X" heads a list of them: a rule of its own)
# "Skip to main content", "Zum Inhalt springen", "Aller au contenu": an accessibility link copied with the page
_phrase_rule("skip-link", 89, "web furniture: a link to skip to the page's content",
             r"(?:(?:skip|jump) to (?:the )?(?:main |page |primary |main page )?(?:content|navigation|article|search|menu|footer)\s*)+|skip (?:navigation|nav|links)|zum (?:haupt)?inhalt(?: springen)?|aller au contenu(?: principal)?|"
             r"passer au contenu|saltar al contenido(?: principal)?|vai al contenuto(?: principale)?|ir para o conteúdo|przejdź do (?:treści|zawartości)|"
             r"naar (?:de )?(?:hoofd)?inhoud|hoppa till (?:huvud)?innehållet|spring til indhold|gå til (?:hoved)?indhold(?:et)?|gå til innhold(?:et)?|hopp til innhold|siirry sisältöön|ugrás a tartalomhoz|"
             r"pereiti prie turinio|přejít k obsahu|preskočiť na obsah|μετάβαση στο περιεχόμενο|mine (?:põhi)?sisu(?: juurde)?|pāriet uz saturu", words=6)
# A typed letter's reference, the writer's initials over the typist's: "AH/kl", "JB/mw"
_phrase_rule("typist-reference", 56, "a typed document's reference (the writer's and the typist's initials)", r"(?-i:[A-Z]{2,4}/[a-z]{2,4})", words=1)
# What a browser prints at the head and foot of each page: "11/17/26, 9:42 AM      Title – Site…" and "1 of 3      https://…"
_phrase_rule("print-margins", 90, "page furniture: the browser's print header or footer (time printed, page, address)",
             r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?:\s*[AP]M)?\s{2,}\S.{0,200}|\d{1,3}\s*(?:of|/)\s*\d{1,3}\s{2,}(?:https?://|www\.)\S+", words=40)
# A wiki's page furniture: its tagline under the title ("From BalkanWatch Wiki, the policy knowledge base"), where the
# copy came from ("Retrieved from "https://…"") and its licence ("Content is available under Creative Commons …")
_phrase_rule("wiki-tagline", 88, "web furniture: a wiki's tagline under the page's title",
             r"from [^,]{2,50}(?:wiki|pedia)[^,]{0,20}, the [^.]{3,60}|from [^,]{2,50}, the (?:free )?(?:encyclop(?:a)?edia|knowledge base|policy knowledge base)", words=14)
_phrase_rule("retrieved-from", 87, "web furniture: where the copy was retrieved from",
             r"retrieved (?:from|on)\s+[\"“]?(?:https?://|www\.)\S+?[\"”]?\.?", words=6)
_phrase_rule("licence", 58, "publisher boilerplate: the content's licence",
             r"(?:(?:text|content) (?:is )?available under|this (?:work|page|article|content|paper|document|publication|report|brief) is licensed under|licensed under|"
             r"licen[cs]e(?: \(for files\))?\s*:) "
             r"(?:the )?(?:creative commons|cc[ -]by)\b.{0,120}", words=30)
# A digital archive's stamp on every page of a download, and its cover sheet's notices: "This content downloaded from
# 198.51.100.4 on Tue, 03 Mar 2026 …", "All use subject to https://…/terms", "Your use of the X archive indicates your
# acceptance of the Terms …", "X is a not-for-profit service that helps scholars …"
_phrase_rule("archive-terms", 88, "web furniture: a digital archive's notices on its cover sheet (its terms of use, what it is)",
             r"your use of .{3,80}? (?:indicates|constitutes|signifies) (?:your )?acceptance of (?:the |its |our )?(?:terms|conditions)\b.{0,200}|"
             r"[A-Z][\w.-]{1,40}(?: [A-Z][\w.-]+){0,3} is an? (?:not-for-profit|non-?profit) (?:service|platform|digital library|archive|repository) "
             r"that helps\b.{0,400}",
             words=80)
# A line of links to the page's own sections: "Jump to: 1. Background · 2. Options · 3. Outlook", "On this page: A | B"
_phrase_rule("section-links", 86, "web furniture: links to the page's own sections",
             r"(?:jump to|skip to|go to|on this page|in this (?:article|explainer|brief|page)|contents|sur cette page|dans cet article|"
             r"auf dieser seite|in diesem (?:artikel|beitrag)|en esta página|en este artículo|in questa pagina|nesta página|na tej stronie|"
             r"op deze pagina)\s*:\s*(?:\d{1,2}\.\s+)?[^.!?·|]{2,60}\??(?:\s*[·|•]\s*(?:\d{1,2}\.\s+)?[^.!?·|]{2,60}\??)+", words=60)
# A portal's questions under its pages: "Is this page useful? [Yes] [No]", "Report a problem with this page"
_phrase_rule("page-feedback", 86, "web furniture: the site's question whether the page was useful",
             r"(?:is|was) this (?:page|article|information) (?:useful|helpful)\??(?:\s*\[?(?:yes|no)\]?){0,2}(?:\s*(?:\[?maybe\]?))?|"
             r"report a problem (?:with|on) this page|(?:help us )?improve (?:this page|gov\.\w+)", words=14)
# Share buttons copied with their brackets: "[Share on X] [Share on Bluesky] [Copy link]"
_phrase_rule("bracketed-share", 86, "web furniture: share buttons",
             r"(?:\[(?:share(?: on| via)? [\w.]+|copy link|print|e-?mail|tweet|save|bookmark)\]\s*){2,}", words=16)
# A journal publisher's head over an article: "Contents lists available at ScienceScope", "journal homepage: www.…"
_phrase_rule("journal-masthead", 88, "a journal publisher's lines over the article (where its contents are listed, its homepage)",
             r"contents lists? available at\s+\S.{0,60}|journal homepage\s*:\s*\S+", words=12)
# An accordion's toggles, copied with its sections: "Show less", "Show more", "Expand all sections | Collapse all"
_phrase_rule("accordion-toggle", 86, "web furniture: the toggles of a page's folding sections",
             r"show (?:less|more)|(?:expand|open) all(?: sections)?(?:\s*[|·]\s*(?:collapse|close) all)?|(?:collapse|close) all(?: sections)?", words=8)
# A printed intranet page's lines: "Printed from: https://intranet… on 30/10/2026 09:14 by user jmorgan4", "You are logged in as: J. Morgan [Log out]"
_phrase_rule("printed-from", 88, "web furniture: the line a printed page carries (where and when it was printed, who is logged in)",
             r"printed from\s*:?\s+\S+.{0,80}|you are (?:logged|signed) in as\s*:?.{0,80}", words=20)
# A wiki page's tools in a row at its foot: "Attachments (1)   Page history   Restrictions", "Like   Be the first to like this"
_phrase_rule("wiki-tools", 86, "web furniture: a wiki page's tools (attachments, history, likes, labels)",
             r"(?:(?:attachments(?: \(\d+\))?|page history|page information|restrictions|like|be the first to like this|no labels|watch|"
             r"export to (?:pdf|word))(?:\s{2,}|\s*[·•]\s*|$)){2,}", words=20)
# An advertisement's label or the line that sends the reader past it: "Advertisement", "Continue reading below", "Anzeige"
_phrase_rule("advertisement", 86, "web furniture: an advertisement's label",
             r"advertisement|sponsored(?: content)?|(?:story )?continues? (?:reading )?below(?: the advert(?:isement)?)?|continue reading below|"
             r"anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|reklám|advertentie|mainos|annonse|annons|reklame", words=6)
# A colophon's credit, alone on its line: "Graphic design: Studio Nord", "Printed on recycled paper", "Image credits"
_phrase_rule("colophon-credit", 57, "publisher boilerplate: a colophon's credit (design, printing, images)",
             r"(?:graphic design|design and layout|layout and design|design|layout|typesetting|typeset by|cover (?:design|image|photo|illustration)|"
             r"illustrations?|infographics?|printing|printed by|print|mise en page|conception graphique|gestaltung|satz|druck|diseño|maquetación|"
             r"progetto grafico|impaginazione|projekt graficzny|skład|opmaak|vormgeving)\s*(?::|by)\s+[^.!?]{2,80}|"
             r"printed (?:on (?:recycled|fsc[- ]certified|chlorine-free) paper|in (?:[A-Z][\w-]+ ?){1,3})\.?|image credits?|photo credits?|picture credits?|"
             # a picture's credit under it: "Photograph: Lena Brandt for Atlantic Quarterly Review", "Graphic: CAA Data Desk"
             r"photograph\s*:\s*(?-i:[A-Z])[^.!?:]{2,80}|(?:graphic|illustration|chart)\s*:\s*(?:(?-i:[A-Z])[\w&'’-]*\s?){1,4}", words=12)  # "Chart: CAA Data Desk"
# A document's file name alone on a line, as a PDF viewer or a mail prints it: "Harbour_Brief_02_FINAL.pdf"
_phrase_rule("file-name", 87, "page furniture: the document's file name",
             r"[\w()\[\]]+(?:[ _.-]+[\w()\[\]]+)*\.(?:pdf|docx?|odt|rtf|pages|pptx?|html?)", words=4)  # (a name's parts and what joins them never overlap: a rule of dashes is no slow match)
# A link to the text in the language it was written in: "Versió original en català", "Original version in German"
_phrase_rule("original-version", 56, "web furniture: a link to the original version in another language",
             r"(?:(?:read (?:the|this in the) )?original version|versió original|versión original|version originale|originalversion|originalfassung|"
             r"versione originale|versão original|wersja oryginalna|oorspronkelijke versie)(?: (?:in|en|auf|em|w|na|op)(?: \w+){1,2})?", words=6)
# A journal publisher's download cover page: its buttons, counters and links ("View related articles", "Article views:
# 1,482", "To link to this article: https://doi.org/…", "ISSN: … (Print) … (Online) Journal homepage: …")
_phrase_rule("journal-cover", 86, "page furniture: a journal's download cover page (its buttons, counters and links)",
             r"submit your (?:article|paper|manuscript) to this journal|article views:\s*[\d,.]+|view related articles|view crossmark data|"
             r"citing articles:\s*\d+(?:\s+view citing articles)?|full terms (?:&|and) conditions of access and use can be found at\b.*|"
             r"to link to this article:\s*\S+|(?:issn:?\s*[\dxX]{4}-[\dxX]{4}.*)?journal homepage:\s*\S+", words=24)
# A research repository's record around the text: its counters, buttons, file rows and export formats ("Views 214",
# "Show affiliations", "1.2 MB     Preview     Download", "Export: JSON | BibTeX")
_phrase_rule("record-page", 85, "web furniture: a repository record's counters, buttons and export links",
             r"(?:citations|views|downloads|unique views|unique downloads)\s+[\d,]+|see more details(?:\.{3}|…)?|show (?:affiliations|all versions)|"
             r"[\d.,]+\s*(?:[kmg]i?b|bytes)(?:\s+(?:preview|download|md5:?\s*\S+))+|"
             r"export\s*:?\s*(?:json(?:-ld)?|csl|datacite|dublin core|bibtex|ris|marcxml|endnote|dcat|geojson)(?:\s*[|·,]\s*(?:json(?:-ld)?|csl|datacite|"
             r"dublin core|bibtex|ris|marcxml|endnote|dcat|geojson))*", words=16)
# A browser's translation bar saved with the page: "Translated from: German   Show original   Options ▾", "This page has
# been automatically translated. Rate this translation: 👍 👎"
_phrase_rule("translation-bar", 89, "web furniture: the browser's translation bar",
             r"translated from:?\s+\w+(?:\s+\w+)?\s{2,}show original\b.{0,40}|(?:this page has been (?:automatically |machine[- ])translated\.?\s*)?"
             r"(?:rate this translation\s*:?.{0,12})?|this page has been (?:automatically |machine[- ])translated\b.{0,80}|"
             # a machine translation's banner and notice: "[Translated automatically from German]  Show original", "Diese Übersetzung
             # wurde maschinell erstellt und kann Fehler enthalten.", "This translation was produced automatically and may contain errors."
             r"\[translated automatically from \w+\](?:\s+(?:originalfassung anzeigen|show original|view original)\b.{0,40})?|"
             r"translated automatically from \w+\s{2,}(?:show|view) original\b.{0,40}|"
             r"(?:this|the) translation (?:was|has been) (?:produced |generated |created )?(?:automatically|by machine)(?: and)? (?:may|might|can) contain (?:errors|mistakes|inaccuracies)\.?|"
             r"diese übersetzung wurde (?:maschinell|automatisch) erstellt(?: und kann fehler enthalten)?\.?|"
             r"cette traduction a été (?:générée|réalisée) automatiquement(?: et peut contenir des erreurs)?\.?|"
             r"esta traducción (?:se ha generado|ha sido generada) automáticamente(?: y puede contener errores)?\.?", words=24)
# A newspaper's jump lines and a scan's notice: "Continued on A18", "Continued from page 17", "Scanned from microfilm."
_phrase_rule("jump-line", 86, "page furniture: a newspaper's line sending the reader to another page",
             r"(?:continued|story continues|cont(?:inued|\.)?)\s+(?:on|from)\s+(?:page\s+|p\.\s*)?[A-Z]?\d{1,3}\.?", words=6)
_phrase_rule("scan-notice", 57, "a scan's notice (how the copy was made)",
             r"(?:scanned|digiti[sz]ed) from (?:microfilm|microfiche|the print edition|the printed (?:copy|edition)|paper)\b[^.]{0,60}\.?"
             r"(?:\s*ocr(?: text)? may contain errors\.?)?|ocr(?: text)? may contain errors\.?", words=16)
# A page's script or structured data copied with its text: "window.dataLayer = …; function gtag(){…}", a JSON-LD object
_phrase_rule("page-code", 91, "web furniture: the page's script or structured data (code, not text)",
             r"(?:window\.\w+\s*=|document\.\w+|(?:var|let|const)\s+\w+\s*=|function\s+\w*\s*\([^)]*\)\s*\{|gtag\(|<script\b|</script>).{0,2000}|"
             r"\{\s*\"@context\"\s*:\s*\"https?://schema\.org.{0,4000}\}", words=600)
LAST_EDITED_REASON = "web furniture: when the page was last edited (a date when nothing else dates the text)"
_phrase_rule("last-edited", 57, LAST_EDITED_REASON,
             r"(?:this )?page (?:was )?last (?:edited|modified|updated) on .{6,40}?(?:,? at \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\.?", words=16)
# "Posted 3 days ago", "Updated yesterday", "vor 3 Tagen": a date counted from the day the page was saved, which the text does not state
_phrase_rule("relative-date", 59, "web furniture: a date relative to the day the page was copied (no date is stated)",
             r"(?:(?:posted|published|updated|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato)\s*:?\s+)?"
             r"(?:\d{1,2}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|yesterday|today|just now|"
             r"vor\s+\d{1,2}\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|gestern|heute|"
             r"il\s+y\s+a\s+\d{1,2}\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hier|aujourd['’]hui|"
             r"hace\s+\d{1,2}\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)|ayer|hoy|"
             r"\d{1,2}\s+(?:giorni|ore|minuti|settimane|mesi)\s+fa|ieri|oggi)", words=6)
# "Posted 2 days ago · 6 min read · via Harbour Institute": a post's age, its reading time, its comments and the
# site it came from, one line of segments. Each segment is furniture itself (a "via" credit names a source only);
# an age or a reading time must be among them ("Ports · Shipping · Trade" is a kicker).
_VIA = re.compile(r"via\s+[A-ZÀ-Ý][\w'’&.-]*(?:\s+[\w'’&.-]+){0,7}")


PUBLICATION_DATES_REASON = "web furniture: the page's dates of publication and update, under the text"


def is_publication_dates(text: str) -> bool:
    """"Published: 11 May 2020 | Updated: 1 June 2020": the page's dates, each under its label, on one line; under the
    text, furniture (the metadata reads the date of publication from it when the head states none)."""
    return _short(text, 20) and 2 <= len(dated_fields(text) or []) <= 3


@WEB_FURNITURE.register("post-meta", 58, "web furniture: a post's age, reading time and source on one line")
def is_post_meta(text: str) -> bool:
    if not _short(text, 24):
        return False
    segments = [s.strip() for s in re.split(r"\s+[|·•]\s+", text.strip()) if s.strip()]
    if len(segments) < 2:
        return False
    timed = [any(WEB_FURNITURE[n].test(s) for n in ("relative-date", "reading-time")) for s in segments]
    return any(timed) and all(t or _VIA.fullmatch(s) or COMMENT_COUNT.fullmatch(s) for s, t in zip(segments, timed, strict=True))


# "Reactions: 👍 42  💬 7": a post's counts of reactions under their label, each after its icon ("87 reactions" is "reactions")
_phrase_rule("reaction-counts", 58, "web furniture: a post's counts of reactions and comments",
             r"(?:reactions|likes|réactions|reacciones|reazioni|reaktionen)\s*:\s*(?:\S{1,3}\s*\d[\d,.]*[km]?\s*){1,6}", words=12)
# A social post's header: "Feed post", the author's network degree ("· 3rd+"), the post's age ("5d • Edited")
_phrase_rule("social-post-meta", 83, "web furniture: a social post's header (age, network degree, edited)",
             r"feed post|post|\d{1,2}\s*/\s*\d{1,2}|[·•]\s*(?:1st|2nd|3rd\+?)|(?:\d{1,2}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)|just now|"
             r"\d{1,2}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)"
             r"(?:\s*[·•]\s*(?:edited|bearbeitet|modifié|editado|modificato|bewerkt|edytowano))?(?:\s*[·•])?", words=6)
# "Like   Comment   Repost   Send": a post's action buttons in a row
_SOCIAL_ACTION = (r"like|comment|repost|reshare|share|send|reply|retweet|quote|bookmark|save|react|celebrate|support|"
                  r"gefällt mir|kommentieren|teilen|senden|j['’]aime|commenter|republier|envoyer|recomendar|comentar|compartir|enviar")
_phrase_rule("social-actions", 81, "web furniture: a social post's action buttons",
             rf"(?:{_SOCIAL_ACTION})(?:(?:\s{{2,}}|\s*[|·•]\s*)(?:{_SOCIAL_ACTION})){{2,}}", words=12)
# "Most relevant ▾", "Sort by: Newest": the order of the comments under a post
_phrase_rule("comment-sort", 80, "web furniture: the order of the comments",
             r"(?:sort(?:ed)? by\s*:?\s*)?(?:most (?:relevant|recent|popular|liked)|newest(?: first)?|oldest(?: first)?|top comments|relevance)", words=6)
# "@zlindqvist_cpi", "Follow @harbour_inst on X": an account's name beside a byline
_phrase_rule("social-handle", 84, "web furniture: a social media handle",
             r"(?:(?:follow|folgen sie|suivez|segui|sigue)\s+(?:\w+\s+)?)?@[\w.]{2,30}(?:\s+(?:on|auf|sur|su|en)\s+(?:x|twitter|bluesky|mastodon|threads))?")


@WEB_FURNITURE.register("listen", 85, "web furniture: where to listen to a podcast")
def is_listen(text: str) -> bool:
    """"Listen on Spotify | Apple Podcasts | YouTube | RSS", "Subscribe on Apple Podcasts"."""
    return _short(text, 16) and bool(re.match(r"^(?:listen|subscribe|follow|hören|écouter|escuchar|ascolta)\b.{0,20}\b(?:on|in|at|auf|sur|en|su)\b", text, re.I)) and bool(
        re.search(r"spotify|apple podcasts|google podcasts|deezer|youtube|soundcloud|podcast addict|pocket casts|overcast|\brss\b", text, re.I))


@WEB_FURNITURE.register("chapter-marker", 44, "web furniture: a chapter mark of a recording (time and title)")
def is_chapter_marker(text: str) -> bool:
    """"00:00 Introduction", "14:40 Who pays for Europe's defence?": a recording's chapters, not the brief's text."""
    return (bool(re.fullmatch(r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s+[^\d\W].{1,80}", text.strip())) and _short(text, 12) and not text.rstrip().endswith(".")
            and not date_in_segments(text))  # "9:02 AM · Mar 11, 2026": a post's time and date


@WEB_FURNITURE.register("audio-player", 86, "web furniture: audio player")
def is_audio_player(text: str) -> bool:
    """"Listen to this article", "Écouter cet article", "▶ 00:00 / 07:42": a page's audio player, not the brief."""
    text = text.strip()
    if re.fullmatch(rf"[▶►⏵⏯]?\s*{_PLAYER_TIME}(?:\s*(?:/|\||of|-|–)\s*{_PLAYER_TIME})?", text):
        return True
    button = re.fullmatch(rf"\[(?P<label>[^\]]{{3,40}})\](?:\s+[▶►⏵⏯]?\s*{_PLAYER_TIME}(?:\s*(?:/|\||of|-|–)\s*{_PLAYER_TIME})?)?", text)
    if button and _LISTEN.match(button["label"].strip()):
        return True  # "[Listen to this article]  ▶ 00:00 / 08:41": the player's button and its time
    bare = re.sub(r"\s*\([^)]{0,20}\)$", "", text.lstrip("▶►⏵ "))  # "Artikel anhören (6 Min.)"
    bare = re.split(r"\s+[·|•]\s+", bare)[0] if _short(bare, 14) else bare  # "▶ Artikel anhören · 7 Min. · Automatically generated voice"
    if re.match(r"^(?:this )?audio (?:(?:is|was) )?(?:generated|produced|created) (?:automatically|by (?:ai|a computer|text-to-speech))\b|"
                r"^(?:voiced|read|narrated) by (?:an? )?(?:ai|automated|synthetic|computer-generated|artificial) (?:narrator|voice)\b|^playback speed\b", text, re.I):
        return _short(text, 14)  # "Audio generated automatically. Report an issue.", "Voiced by an AI narrator. Playback speed 1x"
    return bool(_LISTEN.match(bare)) and _short(bare, 8) and not ends_sentence(bare)


_REACTION = re.compile(
    r"\d[\d,.]*\s*[kK]?\s+(?:likes?|restacks?|reposts?|retweets?|claps?|reactions?|comments?|replies|responses|shares?|views?|"
    r"j['’]aime|commentaires?|kommentare?|comentarios?|comentários?|commenti|komentarz[ey]?|reacties|polubie\w*|partages?|"
    r"followers|following|abonnés|abonnenten|seguidores|follower|obserwujących|volgers)",
    re.I,
)


# A blogging engine's like button and its loading text: "Like this:", "Like Loading...", "Be the first to like this."
_LIKE_WIDGET = re.compile(r"like this:|(?:like )?loading(?:\.{3}|…)|be the first to like this\.?|\d+ bloggers? likes? this\.?", re.I)


# A platform's counter alone ("1.2K" claps: a count in thousands, its icon lost), and the age of a publication's last
# post on its card ("Last published 3 days ago").
_PLATFORM_COUNT = re.compile(r"\d{1,3}(?:[.,]\d)?\s?[KkMm]|last (?:published|posted) (?:\d+ \w+ ago|(?=.*\d{4}$).{6,20})", re.I)


@WEB_FURNITURE.register("reactions", 82, "web furniture: likes and shares counters")
def is_reactions(text: str) -> bool:
    """"12 Likes · 4 Restacks", "5 Likes   2 Comments   1 Share", "👏❤️ 87": counters under a post; "Like this:"."""
    if _LIKE_WIDGET.fullmatch(text.strip()) or _PLATFORM_COUNT.fullmatch(text.strip()):
        return True
    icons = re.match(r"\s*(\S+)\s*\d[\d,.]*\s*[kKmM]?\s*$", text)
    if icons and all(_is_icon(c) for c in icons.group(1)):
        return True
    parts = [p for p in re.split(r"\s*[|·•]\s*|\s{2,}|,\s+", text.strip()) if p]
    if parts and (first := re.fullmatch(r"(\S*?)\s*\d[\d,.]*\s*[kKmM]?", parts[0])) and all(_is_icon(c) for c in first.group(1)) and len(parts) >= 2:
        parts = parts[1:]  # "👍❤️ 412 · 57 comments · 39 reposts": the reactions' icons and count, then the other counters
    if not parts or not all(_REACTION.fullmatch(p) for p in parts):
        return False
    return len(parts) >= 2 or bool(re.search(r"likes?|following|restacks?|reposts?|claps?|views|j['’]aime|followers?|abonnés|abonnenten|seguidores|volgers", text, re.I))


_MAILING_FOOTER = re.compile(
    r"^(?:ricevi questa (?:e-?mail|newsletter|lettera)|vous recevez (?:cet|ce|cette) (?:e-?mail|courriel|message|bulletin|lettre|alerte|newsletter)|sie erhalten diese (?:e-?mail|nachricht|newsletter)|"
    r"recibes? este (?:correo|boletín|mensaje)|you(?:['’]re| are) (?:currently )?a (?:free|paid) subscriber|(?:you(?:['’]re| are) )?receiv(?:ing|ed) this (?:e-?mail|message|newsletter)\b|"
    r"you (?:are receiving|received) this (?:e-?mail|message|newsletter)\b|unsubscribe\b|update (?:your )?(?:subscription |e-?mail )?preferences|"
    r"manage (?:your )?(?:subscription|preferences)|forward (?:it |this (?:e-?mail|newsletter|issue|letter|post)? ?)?to a (?:friend|colleague)|subscribe (?:here|now|today)\b|"
    r"(?:was this |were you )?forwarded this (?:e-?mail|newsletter|issue)\b|(?:enjoyed|liked|like) this (?:issue|newsletter|e-?mail|post)\b|"
    r"(?:just )?(?:reply|respond) to this (?:e-?mail|newsletter|message)\b|we read every (?:one|reply|e-?mail)\b|"
    r"(?:view|open|read) (?:this (?:e-?mail|newsletter|issue) |it )?(?:in|on) (?:your |a |the )?(?:browser|web)|view (?:it )?online|web version|"
    r"subscribe to (?:the |our )?[^.]{2,60} for (?:weekly|daily|monthly|regular|free) (?:updates|analysis|briefings|insights)\.?$|"
    r"(?:having )?trouble (?:reading|viewing|seeing|displaying) this (?:e-?mail|newsletter|message)\b|"
    r"se (?:désinscrire|désabonner)|désinscription|désabonnement|abmelden|abbestellen|darse de baja|cancelar (?:la )?(?:suscripción|subscrição)|"
    r"cancella (?:l['’])?iscrizione|annulla (?:l['’])?iscrizione|gestisci (?:le )?preferenze|g[ée]rer (?:vos |mes |les )?(?:préférences|abonnements?)|inoltra(?:la)? a un amico|"
    r"transférer à un ami|weiterleiten an (?:einen )?freund|reenviar a un amigo|"
    r"(?:visualizza|vedi|apri|voir|afficher|ver|abrir|zobacz|bekijk|view|open|read)\s+(?:questa|cette|este|esta|this|diese|deze|ten)\s+(?:e-?mail|newsletter|lettera|message|mensaje|wiadomość)\s+(?:nel|dans le|en el|no|in (?:your |the )?|im|w|in de)\s*(?:browser|navigateur|navegador|przeglądarce|webbrowser)|"
    r"wypisz się|uitschrijven|afmelden|voir (?:dans le|en ligne)|version en ligne|(?:voir|lire|consulter|afficher) (?:la |cette )?version (?:en ligne|web|navigateur)|im browser (?:ansehen|anzeigen|öffnen)|"
    r"webversion|ver en el navegador|ver no navegador|visualizza nel browser|zobacz w przeglądarce|bekijk in (?:je|uw|de) browser)",
    re.I,
)


@WEB_FURNITURE.register("newsletter-footer", 76, "web furniture: mailing-list footer")
def is_newsletter_footer(text: str) -> bool:
    """"You're currently a free subscriber.", "Unsubscribe | Update preferences", "View in browser", "Forward to a friend | Follow us"."""
    parts = [p for p in re.split(r"\s+[|·•]\s+|(?<=[.!?])\s+(?=[A-Z])", text.strip()) if p]
    if not _short(text, 30) or not any(_MAILING_FOOTER.match(p) for p in parts):
        return False
    return all(_MAILING_FOOTER.match(p) or is_follow(p) or _BUTTON.fullmatch(p) for p in parts)


def _is_icon(char: str) -> bool:
    """A pictograph a page draws beside a control: "☰", "🔍", "⏱", "↑", "✕" (symbols, and the selector that colours emoji)."""
    return unicodedata.category(char) in ("So", "Sm", "Sk") or char in "\ufe0f\u200d"


def strip_icons(text: str) -> str:
    """``text`` without the icons at its ends: "☰ Menu" is "Menu", "Back to top ↑" is "Back to top"."""
    start, end = 0, len(text)
    while start < end and (_is_icon(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_is_icon(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def web_furniture(text: str) -> tuple[str, str] | None:
    """``(rule, reason)`` when ``text`` is a piece of web furniture, with or without the icons a page draws at its ends."""
    text = text.strip()
    found = WEB_FURNITURE.first(text)
    if found is None:
        bare = strip_icons(text)
        found = WEB_FURNITURE.first(bare) if bare and bare != text else None
    return (found.name, found.reason) if found else None


DOCUMENT_COMMENTS_REASON = "a comment of the document's editors (a shared document's export)"
_COMMENT_ITEM = re.compile(r"^\[(?P<mark>[a-z]{1,2})\]\S")  # "[a]Is this right?": no space after the mark
_ASSIGNED = re.compile(r"^[_*]?(?:assigned to|zugewiesen an|attribué à|asignado a|assegnato a)\s+\S.*$", re.I)


def document_comments(texts: list[str]) -> tuple[set[int], set[str]]:
    """The comments a shared document's export sets at its very end ("[a]Is this right?", "[b]+name@host check",
    "_Assigned to Name_"), lettered in order from "a": their indexes, and their marks (to be taken out of the text)."""
    found: set[int] = set()
    marks: list[str] = []
    index = len(texts) - 1
    while index >= 0:
        lines = texts[index].split("\n")
        if not all(_COMMENT_ITEM.match(line) or _ASSIGNED.match(line.strip()) for line in lines) and not _ASSIGNED.match(texts[index].strip()):
            break
        marks += [m["mark"] for line in lines if (m := _COMMENT_ITEM.match(line))]
        found.add(index)
        index -= 1
    letters = sorted(marks, key=lambda m: (len(m), m))
    if not marks or letters != [chr(ord("a") + k) for k in range(len(letters))] or len(letters) > 26:
        return set(), set()
    return found, set(marks)


_REPLYING = re.compile(r"^(?:replying to|in reply to|en réponse à|als antwort an|en respuesta a|in risposta a|w odpowiedzi do)\s+@\w", re.I)


def reply_section(texts: list[str]) -> int | None:
    """Where the replies under a thread of posts begin: the first "Replying to @handle", with the reply's header
    above it (the replier's name, handle and time: short lines). Everything from there on is other people's."""
    first = next((k for k, text in enumerate(texts) if _REPLYING.match(text.strip())), None)
    if first is None:
        return None
    start = first
    while start > 0 and _short(texts[start - 1], 4) and not ends_sentence(texts[start - 1]) and first - start < 4:
        start -= 1
    return start


def action_column(texts: list[str]) -> set[int]:
    """The indexes of a post's action buttons set one a line: three or more lines in a row, each one action word."""
    word = re.compile(rf"(?:{_SOCIAL_ACTION})", re.I)
    found: set[int] = set()
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if word.fullmatch(strip_icons(text.strip())):
            run.append(index)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def menu_run(texts: list[str], lines: list[int] | None = None) -> int:
    """How many of the first units are a site menu: four or more lines of one to three words. With the units' line
    numbers, a run of lines with no blank between them ends at the first line set apart that no item is glued under:
    "Research" / "Analysis" and then, after a blank, the title "Ports on Hold" over its subtitle."""
    def item(text: str) -> bool:
        return _short(text, 3) and not ends_sentence(text) and not re.search(r"\d", text)

    count = 0
    for k, text in enumerate(texts):
        if k >= 2 and lines and lines[k - 1] - lines[k - 2] == 1 and lines[k] - lines[k - 1] > 1 \
                and not (k + 1 < len(texts) and lines[k + 1] - lines[k] == 1 and item(texts[k + 1])):
            break  # (a menu's next block, "Programs" / "  Europe Center" / …, goes on)
        if item(text):
            count += 1
        else:
            break
    return count if count >= 4 else 0


# -- chart remnants --------------------------------------------------------

CHART_REASON = "figure remnant: axis ticks, axis labels or legend of a chart"
_TICK = re.compile(r"\s*[-−+]?\d{1,5}(?:[.,]\d{1,3})?\s*%?\s*")
_LEGEND_MARK = "■□●○▲△◆◇▪▫▬█◼◻◆★☆"
MIN_TICKS = 3  # one number alone on a line may be a figure of the text; a column of them is an axis


def _axis_row(line: str) -> bool:
    """"   PL      EE      LT": labels of an axis set apart by spaces, each a code or a number."""
    tokens = re.split(r"\s{2,}", line.strip())
    return len(tokens) >= 3 and all(re.fullmatch(r"[^\W\d_]{1,4}", t) or _TICK.fullmatch(t) for t in tokens)


def _legend(line: str) -> bool:
    """"■ 2021   ■ 2025", "● Exports  ● Imports": keys of a legend, each behind a marker."""
    text = line.strip()
    return bool(text) and text[0] in _LEGEND_MARK and len(text.split()) <= 10 and not ends_sentence(text)


def chart_remnants(lines: list[str]) -> set[int]:
    """Line numbers of the text a chart leaves in a PDF dump: a run of lines with no blank between them,
    made of axis ticks (a number alone), axis label rows and legend lines, with at least three ticks."""
    found: set[int] = set()
    run: list[int] = []
    ticks = 0
    for number, line in enumerate([*lines, ""], 1):
        tick = bool(line.strip()) and bool(_TICK.fullmatch(line))
        if line.strip() and (tick or _axis_row(line) or _legend(line)):
            run.append(number)
            ticks += tick
            continue
        if ticks >= MIN_TICKS:
            found.update(run)
        run, ticks = [], 0
    return found
