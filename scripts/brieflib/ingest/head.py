"""The head of a brief: masthead, series line, title, subtitle, bylines, date.

One recogniser per kind of head line, registered by name and priority in
``HEAD``. Reading from the top, the first recogniser that claims a unit (or a
few units, such as a lone "By" and the name under it) gives them a role and
records *findings*: a field value with the rule and line that gave it. The
head ends at the first unit no recogniser claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from brieflib.ingest import patterns as P
from brieflib.ingest.dates import date_in_segments, parse_date
from brieflib.ingest.registry import Registry
from brieflib.model.brief import Author


@dataclass
class Finding:
    """One field value read off the text, with its evidence."""

    field: str  # "title" | "subtitle" | "authors" | "date" | "publisher" | "standfirst"
    value: object
    rule: str
    line: int
    text: str


@dataclass
class Claim:
    role: str
    count: int = 1
    findings: list[Finding] = field(default_factory=list)


@dataclass
class HeadState:
    units: list  # parse.Unit
    i: int = 0
    title: bool = False
    authors: bool = False
    date: bool = False
    common: frozenset[str] = frozenset()

    def text(self, offset: int = 0) -> str:
        index = self.i + offset
        return self.units[index].text if index < len(self.units) else ""

    def line(self, offset: int = 0) -> int:
        return self.units[self.i + offset].line

    def find(self, name: str, value: object, rule: str, offset: int = 0) -> Finding:
        return Finding(name, value, rule, self.line(offset), self.text(offset))


HeadTest = Callable[[HeadState], Claim | None]
HEAD: Registry[HeadTest] = Registry()

_SEPARATORS = r"\s+[|·•]\s+|\s+[–—]\s+"
_DOCWORDS = (
    r"(?:policy |briefing |research |working |discussion |issue |occasional |security |expert )?"
    r"(?:brief|briefs|paper|papers|commentary|commentaries|comment|interviews?|analysis|analyses|blog|kommentar|"
    r"notes?|report|briefing|opinion|op-ed|memo|series|analyse|análisis|analisi|commento|nota|studie|insights?|explainer|"
    r"arbeitspapier|diskussionspapier|kurzanalyse|rapport|étude|informe|documento|análise|analiza|komentarz|raport|notatka)"
)
_SERIES = re.compile(rf"^(?:[\w'’.&-]+\s+){{0,3}}{_DOCWORDS}(?:\s+(?:no\.?\s*)?\d[\d/.]*)?$|^{_DOCWORDS}\s+(?:de|of|du|der|des|di)\b.*$", re.I)


def _segments(text: str) -> list[str]:
    return [s.strip() for s in re.split(_SEPARATORS, text) if s.strip()]


@HEAD.register("date-line", 100, "date line")
def date_line(state: HeadState) -> Claim | None:
    """"17 January 2026", "Publié le 4 mars 2026", "Updated: March 4, 2026"."""
    iso = parse_date(state.text())
    if not iso:
        return None
    rule = "date-updated" if re.match(r"^(?:(?:last\s+)?updated|mis à jour|aktualisiert|aggiornato|actualizado)", state.text(), re.I) else "date-line"
    return Claim("date", findings=[state.find("date", iso, rule)])


@HEAD.register("series-line", 95, "series or document-type line of the head")
def series_line(state: HeadState) -> Claim | None:
    """"Policy Brief No. 14 | March 2026", "Kommentar | Deutsche Gesellschaft …", "Commentary"."""
    if state.title or len(state.text().split()) > 14:
        return None
    segments = _segments(state.text())
    if not any(_SERIES.match(s) or P.label(s) in P.DOCTYPE_LABELS for s in segments):
        return None
    findings = [state.find("publisher", P.institution_name(s), "masthead") for s in segments if P.is_institution(s) and not _SERIES.match(s)]
    iso = date_in_segments(state.text())
    if iso:
        findings.append(state.find("date", iso, "series-line-date"))
    return Claim("doctype", findings=findings)


@HEAD.register("masthead", 90, "masthead (publisher's name)")
def masthead(state: HeadState) -> Claim | None:
    """The publisher's name alone above the title: "European Intelligence Studies Centre"."""
    if state.title or not P.is_institution(state.text()) or state.i + 1 >= len(state.units):
        return None
    return Claim("masthead", findings=[state.find("publisher", P.institution_name(state.text()), "masthead")])


@HEAD.register("section-label", 85, "section label above the title")
def section_label(state: HeadState) -> Claim | None:
    """"Interviews", "Opinioni", "Standpunkt", "Tribuna | Defensa" above the title (a site section, not the title)."""
    segments = _segments(state.text())
    if state.title or not segments or len(segments) > 3 or P.label(segments[0]) not in P.DOCTYPE_LABELS | P.KICKER_LABELS:
        return None
    if any(len(s.split()) > 4 for s in segments):
        return None
    return Claim("doctype")


@HEAD.register("standfirst", 80, "standfirst label")
def standfirst(state: HeadState) -> Claim | None:
    """"Theme" or "In brief" and the paragraph under it."""
    if P.label(state.text()) not in P.STANDFIRST_LABELS or state.i + 1 >= len(state.units):
        return None
    return Claim("label", 2, [state.find("standfirst", state.text(1), "standfirst", 1)])


_BY_WORDS = (
    r"by|written by|par|écrit par|von|verfasst von|di|scritto da|a cura di|por|escrito por|door|av|af|przez|"
    r"autor(?:es|a|as|zy)?|auteurs?|authors?|autori|autore|autorzy|verfasser(?:in)?"
)
_BY = re.compile(rf"^(?:{_BY_WORDS})\s*:?\s+(?P<rest>\S.*)$", re.I)
_LONE_BY = re.compile(rf"^(?:{_BY_WORDS})\s*:?$", re.I)
_DE_BY = re.compile(r"^de\s+(?P<rest>\S.*)$")  # Romanian, French "de Name": in lower case only ("De Gaulle's legacy" is a title)


def _by_rest(text: str) -> str | None:
    """The names after "By", "par", "von" …: they start with a capital ("Von der Leyen said …" is no byline)."""
    match = _BY.match(text) or _DE_BY.match(text)
    return match["rest"] if match and match["rest"].lstrip("*_").strip()[:1].isupper() else None


def authors_from(text: str, common: frozenset[str] = frozenset()) -> list[Author] | None:
    """Authors in "A, B and C", "Name, Role, Institute", "Name | Role, Institute", "Name — Role, Institute"."""
    text = text.strip().strip("*_").lstrip("-–•· ").strip().rstrip(".")
    names = P.split_names(text, common)
    if names:
        return [Author(n) for n in names]
    for separator in (r"\s+\|\s+", r"\s+[—–]\s+", r",\s+"):
        parts = re.split(separator, text, maxsplit=1)
        if len(parts) == 2 and P.is_person_name(parts[0]) and not P._common_phrase(parts[0], common):
            affiliation, position = P.describe(parts[1])
            return [Author(P.tidy_name(parts[0]), affiliation, position)]
    return None


@HEAD.register("byline", 75, "byline")
def byline(state: HeadState) -> Claim | None:
    """"By A and B", "by Name", "Written by Name, Institute", "Par Name, role", "Author: Name"."""
    rest = _by_rest(state.text().strip("*_ "))
    if rest is None:
        return None
    authors = authors_from(rest)
    if authors is None and "," in rest:  # "Autores: A B, C D" (names only, comma separated)
        names = [p.strip() for p in rest.split(",")]
        authors = [Author(P.tidy_name(n)) for n in names] if all(P.is_person_name(n) for n in names) else None
    if authors is None:
        return None
    return Claim("byline", findings=[state.find("authors", authors, "byline")])


@HEAD.register("author-lines", 70, "author lines under a lone 'By' or 'Authors:' label")
def author_lines(state: HeadState) -> Claim | None:
    """A lone "By" or "Authors:" line, then one author per line (dashed or not), maybe an institution line."""
    if not _LONE_BY.match(state.text().strip("*_ ")):
        return None
    found, count = [], 1
    while state.i + count < len(state.units):
        text = state.text(count)
        authors = authors_from(text)
        if authors:
            found.append(state.find("authors", authors, "author-lines", count))
        elif found and P.is_institution(text) and len(found[-1].value) == 1 and found[-1].value[0].affiliation is None:
            found[-1].value[0].affiliation = P.institution_name(text)
        else:
            break
        count += 1
    return Claim("byline", count, found) if found else None


@HEAD.register("author-line", 60, "author line after the title")
def author_line(state: HeadState) -> Claim | None:
    """After the title: "A and B", "Name, Role at Institute", "Name | Role, Institute", "Dr. Name" (+ institution line)."""
    if not state.title:
        return None
    authors = authors_from(state.text(), state.common)
    if not authors:
        return None
    count = 1
    if len(authors) == 1 and authors[0].affiliation is None and P.is_institution(state.text(1)) and state.i + 2 < len(state.units):
        authors[0].affiliation = P.institution_name(state.text(1))
        count = 2
    return Claim("byline", count, [state.find("authors", authors, "author-line")])


def byline_start(text: str) -> bool:
    """"By Name", "by Name and Name": a byline that opens a line."""
    rest = _by_rest(text.strip())
    return rest is not None and authors_from(rest) is not None


def head_line(text: str) -> bool:
    """A line that stands alone in a head: date, byline, author line, masthead or series line."""
    text = text.strip()
    if parse_date(text) or P.is_institution(text) or _SERIES.match(text) or _LONE_BY.match(text):
        return True
    rest = _by_rest(text)
    return bool(authors_from(rest if rest is not None else text))


def _head_material(state: HeadState, offset: int) -> bool:
    """True when the unit at ``offset`` is a byline, an author line or a date."""
    probe = HeadState(state.units, state.i + offset, True, state.authors, state.date, state.common)
    if probe.i >= len(state.units):
        return False
    return any(HEAD[name].test(probe) for name in ("date-line", "byline", "author-lines", "author-line"))


@HEAD.register("title", 50, "title")
def title(state: HeadState) -> Claim | None:
    text = state.text()
    if state.title or not P.heading_like(text, 32) or P.label(text) in P.SECTION_LABELS or P.numbered(text):
        return None
    return Claim("title", findings=[state.find("title", text, "title")])


@HEAD.register("subtitle", 45, "subtitle")
def subtitle(state: HeadState) -> Claim | None:
    """A heading-like line right under the title, when bylines or a date follow it."""
    previous = state.units[state.i - 1].role if state.i else ""
    if previous != "title" or not P.heading_like(state.text(), 24) or not _head_material(state, 1):
        return None
    return Claim("subtitle", findings=[state.find("subtitle", state.text(), "subtitle")])


def read_head(units: list, common: frozenset[str]) -> tuple[int, list[Finding]]:
    """Give head roles from the top; return where the body starts and the findings."""
    state = HeadState(units, common=common)
    findings: list[Finding] = []
    while state.i < len(units):
        claim = next((c for r in HEAD if (c := r.test(state))), None)
        if claim is None:
            break
        for offset in range(claim.count):
            units[state.i + offset].role = claim.role
        findings += claim.findings
        state.title = state.title or claim.role == "title"
        state.i += claim.count
    return state.i, findings
