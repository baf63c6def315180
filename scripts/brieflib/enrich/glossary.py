"""The glossary: curated entries (``sources/glossary.yml``) and acronyms the briefs define.

An acronym is *defined* in a brief when it follows its expansion in
parentheses ("European Sky Shield Initiative (ESSI)") and the expansion's word
initials spell it. Curated entries win over detected expansions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from brieflib.model.brief import Brief
from brieflib.model.errors import BriefError
from brieflib.model.text import plain, sentences
from brieflib.model.validate import by_line, duplicate_ids, validate
from brieflib.model.yamlfile import read_yaml

_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z&]{1,9}s?)\)")
_SKIPPABLE = {"of", "the", "and", "for", "on", "in", "de", "to", "&", "a"}


@dataclass
class Entry:
    id: str
    term: str
    definition: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.term, *self.aliases]


def load_glossary(path: Path) -> list[Entry]:
    """Read ``glossary.yml`` (schema: model/schemas/glossary.schema.json); raise BriefError listing every problem."""
    if not path.exists():
        return []
    data, node = read_yaml(path)
    problems = validate(data, node, "glossary", path) + duplicate_ids(data, node, "entries", "entry", path)
    if problems:
        raise BriefError(by_line(problems))
    return [
        Entry(item["id"], item["term"].strip(), item["definition"].strip(), item.get("acronym"), list(item.get("aliases") or []))
        for item in data["entries"]
    ]


def expansion_for(words: list[str], acronym: str) -> str | None:
    """The shortest run of trailing ``words`` whose initials spell ``acronym`` (stop words may be skipped)."""
    letters = acronym.rstrip("s").upper() if acronym.endswith("s") and acronym[:-1].isupper() else acronym.upper()
    letters = letters.replace("&", "")
    for start in range(len(words) - 1, max(-1, len(words) - len(letters) - 4), -1):
        run = words[start:]
        if run[0].lower() in _SKIPPABLE:
            continue
        if _spells(run, letters):
            return " ".join(run)
    return None


def _spells(words: list[str], letters: str) -> bool:
    """True when the words' initials (skipping stop words) spell ``letters``; a word may give two letters."""
    if not letters:
        return all(w.lower() in _SKIPPABLE for w in words)
    if not words:
        return False
    word, rest = words[0], words[1:]
    clean = re.sub(r"[^\w]", "", word)
    if clean and clean[0].upper() == letters[0]:
        if _spells(rest, letters[1:]):
            return True
        if len(letters) > 1 and len(clean) > 1 and clean[1].upper() == letters[1] and clean[1].isupper() and _spells(rest, letters[2:]):
            return True
        if "-" in word:  # "Anti-Ship Missile" style: each hyphen part gives a letter
            parts = [p for p in word.split("-") if p]
            if len(parts) > 1 and "".join(p[0].upper() for p in parts) == letters[: len(parts)] and _spells(rest, letters[len(parts):]):
                return True
    return word.lower() in _SKIPPABLE and _spells(rest, letters)


def detect_acronyms(text: str) -> dict[str, str]:
    """``{acronym: expansion}`` for every "Expansion (ACR)" in ``text``."""
    found = {}
    for match in _ACRONYM_DEF.finditer(text):
        acronym = match.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        before = re.findall(r"[\w’'&-]+", text[max(0, match.start() - 200) : match.start()])
        expansion = expansion_for(before, acronym)
        if expansion:
            found.setdefault(acronym, expansion)
    return found


def brief_acronyms(brief: Brief) -> dict[str, tuple[str, int]]:
    """Acronyms a brief defines, with the line where each is first defined (a scan of its text: the build finds
    them when the brief is converted and caches them with it, ``Brief.acronyms``)."""
    found: dict[str, tuple[str, int]] = {}
    for block in brief.blocks:
        for acronym, expansion in detect_acronyms(plain(block.text)).items():
            found.setdefault(acronym, (expansion, block.line))
    return found


def acronyms_of(brief: Brief) -> dict[str, tuple[str, int]]:
    """The acronyms a brief defines: as found at its conversion, or found now when they were not looked for."""
    return brief.acronyms if brief.acronyms is not None else brief_acronyms(brief)


class Glossary:
    """Curated entries plus the corpus's acronyms, with the patterns to find them in text."""

    def __init__(self, entries: list[Entry], briefs: list[Brief]):
        self.entries = sorted(entries, key=lambda e: e.term.lower())
        self.by_id = {e.id: e for e in entries}
        curated = {e.acronym: e.term for e in entries if e.acronym}
        counts: dict[str, Counter] = defaultdict(Counter)
        for brief in briefs:
            for acronym, (expansion, _line) in acronyms_of(brief).items():
                counts[acronym][expansion] += 1
        self.detected = {a: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for a, c in counts.items()}
        self.acronyms = {**self.detected, **curated}
        self.uncurated = {a: e for a, e in sorted(self.detected.items()) if a not in curated}
        self._patterns = {e.id: self._entry_pattern(e) for e in entries}
        names = sorted(self.acronyms, key=lambda a: (-len(a), a))
        # Word-boundary checks after the match: a leading look-behind would slow the scan tenfold.
        self._acronym_pattern = re.compile(r"(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
        self._needles = {e.id: [n.lower() for n in e.names() if n] + ([e.acronym.lower()] if e.acronym else []) for e in entries}

    @staticmethod
    def _entry_pattern(entry: Entry) -> re.Pattern:
        # Longest first; names of one length in their own order, not a set's, which changes from process to process
        # (the pattern is part of a brief page's cache key: build/page_cache.py).
        names = sorted({n for n in entry.names() if n}, key=lambda n: (-len(n), n))
        alternatives = [f"(?i:{re.escape(n)})" for n in names]
        if entry.acronym:
            alternatives.append(re.escape(entry.acronym))
        return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")

    def pattern(self, entry_id: str) -> re.Pattern:
        return self._patterns[entry_id]

    @property
    def acronym_scan(self) -> str:
        """What ``acronyms_in`` looks for (its pattern): in two glossaries with the same one, a text uses the same
        acronyms (their expansions may differ)."""
        return self._acronym_pattern.pattern if self._acronym_pattern is not None else ""

    def acronyms_in(self, text: str) -> dict[str, str]:
        if self._acronym_pattern is None:
            return {}
        found = set()
        for match in self._acronym_pattern.finditer(text):
            before = text[match.start() - 1] if match.start() else " "
            if not (before.isalnum() or before in "_-"):
                found.add(match.group())
        return {a: self.acronyms[a] for a in found}

    def mentions(self, brief: Brief) -> dict[str, dict]:
        """``{entry id: {"id": paragraph id, "sentence": …}}``: the first mention of each entry in a brief.

        In the order of the brief (then of the glossary). An entry none of whose names occurs
        anywhere in the brief is passed over without looking at its paragraphs one by one.
        """
        blocks = [(i, block, plain(block.text)) for i, block in enumerate(brief.blocks) if block.kind in {"paragraph", "item"}]
        lowered = [text.lower() for _, _, text in blocks]
        everything = "\n".join(lowered)
        found = []
        for order, entry in enumerate(self.entries):
            needles = [n for n in self._needles[entry.id] if n in everything]
            if not needles:
                continue
            pattern = self._patterns[entry.id]
            for (index, block, text), low in zip(blocks, lowered, strict=True):
                if any(n in low for n in needles) and pattern.search(text):
                    sentence = next((s for s in sentences(text) if pattern.search(s)), text)
                    found.append(((index, order), entry.id, {"id": block.id, "sentence": sentence}))
                    break
        return {entry_id: mention for _, entry_id, mention in sorted(found, key=lambda f: f[0])}


_PROTECTED = re.compile(r"\[[^\]]*\]\([^)]*\)|\[\^\d+\]|&\w+;|<[^>]*>|\{:[^}]*\}")


def link_first(text: str, pattern: re.Pattern, url: str) -> str:
    """Wrap the first match of ``pattern`` outside links, note refs and attribute lists in a Markdown link."""
    position = 0
    for protected in [*_PROTECTED.finditer(text), None]:
        end = protected.start() if protected else len(text)
        match = pattern.search(text, position, end)
        if match:
            return f"{text[: match.start()]}[{match.group()}]({url}){{: .glossary-link }}{text[match.end():]}"
        if protected is None:
            break
        position = protected.end()
    return text
