"""Words as theme phrases compare them: tokens folded to their stems.

A phrase in ``themes.yml`` matches any word form of its words: "sanction"
finds "sanctions" and "sanctioned", "guarantee" finds "guarantees" and
"guaranteed", because both sides are reduced by the Snowball English stemmer
(``snowballstemmer``, the Porter2 algorithm). A word written with a trailing
``*`` is a prefix of the word as written ("defen*" finds "defence" and
"defense"), for stems the stemmer does not join. Hyphens split words, so
"burden-sharing" and "burden sharing" are the same phrase; a possessive "'s"
is dropped ("Russia's aggression" is "Russia aggression").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from brieflib.model.text import normalise_for_match

_TOKEN = re.compile(r"%|\w+(?:\.\w+)*")
_POSSESSIVE = re.compile(r"'s\b")
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of one lowercase word."""
    return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """The lowercase words of ``text`` (numbers with dots, like 42.7, and % count as words)."""
    return _TOKEN.findall(_POSSESSIVE.sub("", normalise_for_match(text)))


@dataclass(frozen=True)
class Phrase:
    """A phrase of ``themes.yml`` as the matcher uses it: one test per word, stem or prefix."""

    text: str
    parts: tuple[tuple[str, bool], ...]  # (stem, False) or (prefix as written, True)

    def matches_at(self, raw: list[str], stems: list[str], start: int) -> bool:
        if start + len(self.parts) > len(raw):
            return False
        for offset, (form, prefix) in enumerate(self.parts):
            i = start + offset
            if not (raw[i].startswith(form) if prefix else stems[i] == form):
                return False
        return True


def phrase(text: str) -> Phrase:
    """Compile a phrase: ``sanction*`` is a prefix, any other word is compared by its stem."""
    parts = []
    for piece in re.split(r"[\s\-]+", normalise_for_match(text)):
        found = words(piece.rstrip("*"))
        for i, word in enumerate(found):
            last_starred = piece.endswith("*") and i == len(found) - 1
            parts.append((word, True) if last_starred else (stem(word), False))
    return Phrase(text, tuple(parts))
