"""Stage 2: text to blocks.

A brief's text is cut into *units* (paragraph candidates), whatever the
layout: blank-line separated, one paragraph per line, or hard-wrapped at a
fixed width. Units split by page breaks are rejoined. Then each unit gets a
role: the *head* (date, title, bylines, standfirst), the *body* (headings,
paragraphs, pull quotes, list items) and the *tail* (author bio, notes,
publisher boilerplate). ``metadata`` turns the head and tail into fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brieflib.ingest import patterns as P
from brieflib.model.brief import Block, Removed
from brieflib.model.text import CLOSERS, ends_sentence, normalise_for_match, word_count


@dataclass
class Unit:
    text: str
    line: int
    role: str = "paragraph"


@dataclass
class Layout:
    """The parse of one brief: roles assigned, nothing extracted yet."""

    head: list[Unit] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)
    bios: list[Unit] = field(default_factory=list)
    boilerplate: list[Unit] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


_ITEM_START = re.compile(r"^\s*(?:[-*•·]\s+|[-*•]$|\d{1,3}[.)]\s+|\[\d{1,3}\]\s+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s+)")
_BULLET = re.compile(r"^\s*[-*•·]\s+")
# Words after which a sentence cannot end: a unit ending with one continues.
_OPEN_ENDINGS = set(
    "the a an of to and or but in on at by for with from as that which whose who than into onto nor its their our".split()
)
# Prefixes that keep their hyphen when a word is split across a break ("non-" … "exhaustive").
_HYPHEN_PREFIXES = set(
    "non anti co self post pre pro ex multi inter intra cross semi quasi neo well long short full "
    "mid sub super ultra under over counter half all far high low first second third".split()
)


def parse(text: str) -> Layout:
    """Cut normalised text into units and give each a role."""
    units = split_units(text.split("\n"))
    layout = Layout()
    units = _drop_stray_markers(units, layout)
    units = rejoin_breaks(units, _vocabulary(text))
    body_start = _read_head(units, layout)
    body_end = _read_tail(units, body_start, layout)
    layout.blocks = _body_blocks(units[body_start:body_end])
    return layout


# -- units ---------------------------------------------------------------


def _groups(lines: list[str]) -> list[tuple[int, list[str]]]:
    groups, current, start = [], [], 0
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            groups.append((start, current))
            current = []
    if current:
        groups.append((start, current))
    return groups


def wrap_width(groups: list[tuple[int, list[str]]]) -> int | None:
    """The column at which the text was hard-wrapped, or None if it was not.

    Looks at lines that are followed by another line of the same block; in a
    hard-wrapped dump nearly all are close to one width (about 72).
    """
    lengths = sorted(len(line.strip()) for _, lines in groups for line in lines[:-1])
    if not lengths or (len(lengths) < 3 and lengths[0] < 40):
        return None  # too little evidence, and short lines are more likely a title block
    if lengths[int(len(lengths) * 0.9)] > 110:
        return None
    return max(length for length in lengths if length <= 110)


def _first_word(line: str) -> str:
    return line.split()[0] if line.split() else ""


def split_units(lines: list[str]) -> list[Unit]:
    """Paragraph candidates with their first line numbers."""
    groups = _groups(lines)
    width = wrap_width(groups)
    units: list[Unit] = []
    for start, group in groups:
        joined = " ".join(line.strip() for line in group)
        if len(group) > 1 and joined.startswith("**") and joined.endswith("**"):
            units.append(Unit(joined, start))  # a bold pull quote set over several lines
            continue
        current: Unit | None = None
        last_length = 0
        for offset, line in enumerate(group):
            stripped = line.strip()
            wraps = (
                current is not None
                and width is not None
                and not _ITEM_START.match(line)
                and last_length + 1 + len(_first_word(stripped)) > width - 4
            )
            if wraps:
                current.text = join_lines(current.text, stripped, set())
            else:
                current = Unit(stripped, start + offset)
                units.append(current)
            last_length = len(stripped)
    return units


def _drop_stray_markers(units: list[Unit], layout: Layout) -> list[Unit]:
    kept = []
    for unit in units:
        if re.fullmatch(r"[-*•·_=~]+", unit.text):
            layout.removed.append(Removed(unit.text, unit.line, "a list marker or rule with no text"))
        else:
            kept.append(unit)
    return kept


# -- page breaks -----------------------------------------------------------


def _vocabulary(text: str) -> set[str]:
    """Every word and hyphenated compound of the text, lowercased: evidence for dehyphenation."""
    return {w.lower() for w in re.findall(r"\w+(?:-\w+)*", text)}


def join_lines(first: str, second: str, vocabulary: set[str]) -> str:
    """Join two pieces of one paragraph, rejoining a word split by a hyphen."""
    split = re.search(r"(\w+)-$", first)
    if split and not first.endswith("--"):
        head, tail = split.group(1), _first_word(second)
        tail_word = re.match(r"\w+", tail)
        tail_word = tail_word.group() if tail_word else ""
        merged = (head + tail_word).lower()
        hyphenated = f"{head}-{tail_word}".lower()
        if head.lower() not in _HYPHEN_PREFIXES and merged in vocabulary and hyphenated not in vocabulary:
            return first[:-1] + second
        return first + second
    return f"{first} {second}"


def _continues(first: Unit, second: Unit) -> bool:
    """True when ``second`` is the rest of ``first``, cut off by a page break."""
    a, b = first.text, second.text
    if ends_sentence(a) or _ITEM_START.match(b) or a.startswith("**") or not b:
        return False
    if re.search(r"\w-$", a) or a.rstrip(CLOSERS).endswith(","):
        return True
    if b[0].islower():
        return True
    last = re.findall(r"\w+", a)
    return bool(last) and last[-1].lower() in _OPEN_ENDINGS and len(a) > 120


def rejoin_breaks(units: list[Unit], vocabulary: set[str]) -> list[Unit]:
    out: list[Unit] = []
    for unit in units:
        if out and _continues(out[-1], unit):
            out[-1] = Unit(join_lines(out[-1].text, unit.text, vocabulary), out[-1].line)
        else:
            out.append(Unit(unit.text, unit.line))
    return out


# -- head --------------------------------------------------------------------


def heading_like(text: str, max_words: int = 16) -> bool:
    """A short line that could be a title or section heading."""
    words = text.split()
    if not words or len(text) > 250 or len(words) > max_words or "\n" in text:
        return False
    if text.startswith(("**", "[", "(", "-", "*", "•")) or "](" in text:
        return False
    first = text.lstrip("0123456789.) ")[:1] or text[:1]
    if not (first.isupper() or first.isdigit() or text[:1].isdigit()):
        return False
    stripped = text.rstrip(CLOSERS)
    if stripped.endswith("?"):
        return len(words) <= 12
    return not ends_sentence(text) and not stripped.endswith(",")


def _read_head(units: list[Unit], layout: Layout) -> int:
    """Assign head roles from the top; return the index where the body starts."""
    i, seen_title = 0, False
    while i < len(units):
        unit = units[i]
        text, name = unit.text, P.label(unit.text)
        if P.parse_date(text):
            unit.role = "date"
        elif P.parse_byline(text):
            unit.role = "byline"
        elif name in P.STANDFIRST_LABELS and i + 1 < len(units):
            unit.role = "label"
            units[i + 1].role = "standfirst"
            layout.head += [unit, units[i + 1]]
            i += 2
            continue
        elif not seen_title and name in P.DOCTYPE_LABELS:
            unit.role = "doctype"
        elif seen_title and P.split_names(text):
            unit.role = "authors"
        elif not seen_title and heading_like(text, 32) and name not in P.SECTION_LABELS and not _numbered(text):
            unit.role, seen_title = "title", True
        else:
            break
        layout.head.append(unit)
        i += 1
    return i


def _numbered(text: str) -> bool:
    return bool(re.match(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S", text))


# -- tail --------------------------------------------------------------------


def _read_tail(units: list[Unit], body_start: int, layout: Layout) -> int:
    """Assign tail roles from the bottom; return the index where the body ends."""
    end = len(units)
    notes: list[tuple[int, str, str, Unit]] = []
    slogans: list[Unit] = []
    confirmed = end
    j = end - 1
    body_markers = _body_markers(units[body_start:end])
    while j >= body_start:
        unit, name = units[j], P.label(units[j].text)
        item = P.note_item(unit.text)
        if item and (item[2] != "number" or item[0] in body_markers or _notes_heading_above(units, j)):
            unit.role = "note"
            notes.append((*item, unit))
        elif name in P.NOTES_LABELS and notes:
            unit.role = "notes-heading"
        elif P.is_boilerplate(unit.text):
            unit.role = "boilerplate"
        elif name in P.BIO_LABELS and layout.bios:
            unit.role = "bio-heading"
        elif not layout.bios and P.parse_bio(unit.text) and j > body_start:
            unit.role = "bio"
            layout.bios.insert(0, unit)
        elif len(unit.text.split()) <= 8 and not ends_sentence(unit.text) and j > body_start:
            unit.role = "slogan"
            slogans.append(unit)
            j -= 1
            continue
        else:
            break
        confirmed = j
        j -= 1
    # Short closing lines count as boilerplate only when other boilerplate or
    # notes follow the body; otherwise they are the brief's own last lines.
    for unit in slogans:
        if units.index(unit) > confirmed:
            unit.role = "boilerplate"
        else:
            unit.role = "paragraph"
    for unit in units[confirmed:end]:
        if unit.role in {"boilerplate", "notes-heading", "bio-heading"}:
            layout.boilerplate.append(unit)
            reason = "publisher boilerplate" if unit.role == "boilerplate" else "label of the notes or bio"
            layout.removed.append(Removed(unit.text, unit.line, reason))
    for number, text, _style, _unit in sorted(notes, key=lambda n: n[3].line):
        layout.notes[number] = text
    return confirmed


def _body_markers(units: list[Unit]) -> set[int]:
    found = set()
    for unit in units:
        for match in re.finditer(r"(?<=[\w.,;:!?\"”’)])\[(\d{1,3})\](?!\()", unit.text):
            found.add(int(match.group(1)))
    return found


def _notes_heading_above(units: list[Unit], j: int) -> bool:
    for unit in reversed(units[:j]):
        if P.label(unit.text) in P.NOTES_LABELS:
            return True
        if not P.note_item(unit.text):
            return False
    return False


# -- body --------------------------------------------------------------------


def _body_blocks(units: list[Unit]) -> list[Block]:
    blocks: list[Block] = []
    prose = [normalise_for_match(u.text) for u in units if len(u.text.split()) > 25]
    for index, unit in enumerate(units):
        text = unit.text
        nxt = units[index + 1].text if index + 1 < len(units) else None
        prev = units[index - 1].text if index else None
        if text.startswith("**") and text.endswith("**") and len(text) > 4:
            blocks.append(Block("pullquote", text[2:-2].strip(), unit.line))
        elif _BULLET.match(text):
            blocks.append(Block("item", _BULLET.sub("", text), unit.line))
        elif _numbered(text) and (_numbered(nxt or "") or _numbered(prev or "")):
            blocks.append(Block("item", text, unit.line))  # keeps its number: an ordered list
        elif nxt is not None and _is_heading(text, prev, nxt):
            blocks.append(Block("heading", text.strip("*_ "), unit.line))
        elif _is_echo(text, prose):
            blocks.append(Block("pullquote", text, unit.line))
        else:
            blocks.append(Block("paragraph", text, unit.line))
    _set_heading_levels(blocks)
    return blocks


def _is_heading(text: str, prev: str | None, nxt: str) -> bool:
    if P.label(text) in P.SECTION_LABELS:
        return True
    if not heading_like(text) or (prev is not None and not (ends_sentence(prev) or heading_like(prev))):
        return False
    return True


def _is_echo(text: str, prose: list[str]) -> bool:
    """A short standalone sentence repeated inside a longer paragraph: a pull quote."""
    if not ends_sentence(text) or word_count(text) > 60:
        return False
    needle = normalise_for_match(text)
    return any(needle in para and needle != para for para in prose)


def _heading_style(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return "caps"
    if re.match(r"^\d{1,2}\.\d", text):
        return "subnumbered"
    return "plain"


def _set_heading_levels(blocks: list[Block]) -> None:
    """CAPS headings outrank mixed-case ones when a brief uses both (EPC layout)."""
    headings = [b for b in blocks if b.kind == "heading"]
    styles = {_heading_style(b.text) for b in headings}
    for block in headings:
        style = _heading_style(block.text)
        if "caps" in styles:
            block.level = 2 if style == "caps" else 3
        else:
            block.level = 3 if style == "subnumbered" else 2
