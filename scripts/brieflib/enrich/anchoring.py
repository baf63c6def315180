"""Anchoring an annotation's quote to the exact passage of a brief.

The brief's anchorable text (paragraphs and list items) is normalised —
whitespace folded, quote marks and dashes unified, lowercase — keeping a map
back to each block. Then:

1. an exact, unique match is anchored;
2. several matches are told apart by the annotation's prefix and suffix;
3. no match: a close match is re-anchored only for quotes of at least
   ``FUZZY_MIN_CHARS``, when it is unambiguous and its context agrees, with a
   warning that suggests the updated quote;
4. otherwise the annotation is an orphan, reported with the nearest passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from brieflib.model.brief import Block, Brief
from brieflib.model.text import QUOTES, plain

FUZZY_MIN_CHARS = 40  # never fuzzy-match short quotes: too many look-alikes
FUZZY_MIN_SCORE = 88.0
FUZZY_MARGIN = 6.0  # the best candidate must beat the next by this much
CONTEXT_MIN_SCORE = 70.0
CONTEXT_CHARS = 32
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-"})


def normalise(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each of its characters, the index in ``text`` it came from."""
    out, index, space = [], [], False
    for i, char in enumerate(text):
        if char.isspace():
            if not space and out:
                out.append(" ")
                index.append(i)
            space = True
            continue
        space = False
        folded = char.translate(QUOTES).translate(_DASHES).lower()
        out.append(folded if len(folded) == 1 else char)
        index.append(i)
    while out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """The folded text alone (same as ``normalise(text)[0]``, without the index map)."""
    folded = _SPACES.sub(" ", text.translate(QUOTES).translate(_DASHES)).strip()
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else normalise(text)[0]


@dataclass
class Document:
    """A brief's anchorable text: blocks joined by blank lines, folded, with offsets per block."""

    blocks: list[Block]
    plains: list[str]
    text: str
    starts: list[int]

    @classmethod
    def of(cls, brief: Brief) -> Document:
        blocks = [b for b in brief.blocks if b.kind in {"paragraph", "item"}]
        plains = [plain(b.text) for b in blocks]
        parts, starts, position = [], [], 0
        for text in plains:
            folded = fold(text)
            starts.append(position)
            parts.append(folded)
            position += len(folded) + 2
        return cls(blocks, plains, "\n\n".join(parts), starts)

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """(block index, start, end) within one block's folded text, or None if the span crosses blocks."""
        for i in range(len(self.starts) - 1, -1, -1):
            if self.starts[i] <= start:
                local = start - self.starts[i]
                if end - self.starts[i] > len(fold(self.plains[i])):
                    return None
                return i, local, end - self.starts[i]
        return None

    def occurrences(self, needle: str) -> list[int]:
        found, start = [], self.text.find(needle)
        while start != -1 and needle:
            found.append(start)
            start = self.text.find(needle, start + 1)
        return found


@dataclass
class Anchor:
    status: str  # "exact" | "context" | "fuzzy" | "orphan" | "ambiguous"
    block: Block | None = None
    occurrence: int = 0  # which occurrence of the quote within the block's folded text
    matched: str = ""  # the passage's text as the brief has it now (for "fuzzy")
    nearest: str = ""
    distance: int = 0
    candidates: list[str] | None = None


def _context_score(document: Document, start: int, end: int, prefix: str, suffix: str) -> float:
    """How well the text around [start, end) agrees with the recorded prefix and suffix (0–100)."""
    scores = []
    if prefix:
        before = document.text[max(0, start - len(prefix) - 8) : start]
        scores.append(fuzz.partial_ratio(prefix, before[-len(prefix) - 8 :]) if before else 0.0)
    if suffix:
        after = document.text[end : end + len(suffix) + 8]
        scores.append(fuzz.partial_ratio(suffix, after) if after else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _anchor_at(document: Document, start: int, length: int, status: str, matched: str = "") -> Anchor | None:
    located = document.locate(start, start + length)
    if located is None:
        return None
    index, local, _ = located
    block_text = fold(document.plains[index])
    occurrence = block_text[:local].count(block_text[local : local + length]) if status != "fuzzy" else 0
    return Anchor(status, document.blocks[index], occurrence, matched or document.plains[index])


def anchor(brief: Brief, quote: str, prefix: str = "", suffix: str = "", document: Document | None = None) -> Anchor:
    document = document or Document.of(brief)
    needle, prefix, suffix = fold(quote), fold(prefix), fold(suffix)
    hits = [h for h in document.occurrences(needle) if document.locate(h, h + len(needle))]
    if len(hits) == 1:
        return _anchor_at(document, hits[0], len(needle), "exact")
    if len(hits) > 1:
        scored = sorted(((_context_score(document, h, h + len(needle), prefix, suffix), h) for h in hits), reverse=True)
        if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
            return _anchor_at(document, scored[0][1], len(needle), "context")
        return Anchor("ambiguous", candidates=[_window(document, h, len(needle)) for h in hits])
    return _fuzzy(document, needle, prefix, suffix)


def _window(document: Document, start: int, length: int) -> str:
    return "…" + document.text[max(0, start - 30) : start + length + 30].replace("\n\n", " ¶ ") + "…"


def _fuzzy(document: Document, needle: str, prefix: str, suffix: str) -> Anchor:
    """Best close match per block; re-anchor only when long, unambiguous and in agreeing context."""
    candidates = []
    for i, text in enumerate(document.plains):
        folded = fold(text)
        alignment = fuzz.partial_ratio_alignment(needle, folded)
        if alignment is not None:
            candidates.append((alignment.score, i, alignment.dest_start, alignment.dest_end))
    if not candidates:
        return Anchor("orphan")
    candidates.sort(reverse=True)
    score, index, start, end = candidates[0]
    folded = fold(document.plains[index])
    original = _original_span(document.plains[index], start, end)
    nearest = folded[start:end]
    distance = Levenshtein.distance(needle, nearest)
    runner_up = candidates[1][0] if len(candidates) > 1 else 0.0
    context = _context_score(document, document.starts[index] + start, document.starts[index] + end, prefix, suffix)
    if (
        len(needle) >= FUZZY_MIN_CHARS
        and score >= FUZZY_MIN_SCORE
        and score - runner_up >= FUZZY_MARGIN
        and (prefix or suffix)
        and context >= CONTEXT_MIN_SCORE
    ):
        return Anchor("fuzzy", document.blocks[index], 0, original, original, distance)
    return Anchor("orphan", nearest=original, distance=distance)


def _original_span(text: str, start: int, end: int) -> str:
    folded, index = normalise(text)
    if not index:
        return ""
    return text[index[start] : index[min(end, len(index)) - 1] + 1]


def context_of(brief: Brief, quote: str) -> tuple[list[tuple[str, str]], str]:
    """For scaffolding: ``[(prefix, suffix)]`` of every occurrence of ``quote``, and the nearest passage if none."""
    document = Document.of(brief)
    needle = fold(quote)
    found = []
    for hit in document.occurrences(needle):
        located = document.locate(hit, hit + len(needle))
        if located is None:
            continue
        index, local, local_end = located
        text = document.plains[index]
        _, mapping = normalise(text)
        start, end = mapping[local], mapping[local_end - 1] + 1
        found.append((text[max(0, start - CONTEXT_CHARS) : start].lstrip(), text[end : end + CONTEXT_CHARS].rstrip()))
    nearest = "" if found else _fuzzy(document, needle, "", "").nearest
    return found, nearest
