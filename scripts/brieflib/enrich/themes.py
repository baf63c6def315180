"""Enrichment: which themes a brief *discusses*, and the passages that show it.

The rules are editorial data in ``sources/themes.yml``: phrases with weights
per theme, and thresholds. A paragraph *carries* a theme when its phrases
weigh at least ``paragraph_min``; a brief gets the theme when enough of its
paragraphs carry it (``min_paragraphs``), they make up enough of its text
(``min_coverage``) and the total weight reaches ``min_score``. A single
mention therefore never tags a brief. ``briefs.py themes --explain`` prints
the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brieflib.enrich.taxonomy import Taxonomy, Theme
from brieflib.model.brief import Block, Brief
from brieflib.model.text import normalise_for_match, word_count

MAX_HITS_PER_TERM = 2  # per paragraph: repetition of one word is not discussion
MAX_PASSAGES = 3


@dataclass
class ParagraphScore:
    block: Block
    score: float
    hits: dict[str, int]


@dataclass
class ThemeScore:
    theme: Theme
    score: float
    carrying: list[ParagraphScore]
    paragraphs: int
    coverage: float
    assigned: bool
    reasons: list[str] = field(default_factory=list)


def _needle(term: str) -> str:
    """The phrase's longest literal word: if it is absent from a paragraph, the phrase is too."""
    words = re.findall(r"[^\s*-]+", normalise_for_match(term))
    return max(words, key=len) if words else ""


def _pattern(term: str) -> str:
    """A term as a regex: words on boundaries, ``*`` for any word ending ("sanction*")."""
    words = [re.escape(w).replace(r"\*", r"\w*") for w in normalise_for_match(term).split()]
    body = r"[\s-]+".join(words)
    end = r"(?![\w])" if re.search(r"[\w*]$", term) else ""
    # No look-behind at the start: it would stop the regex engine from jumping to the
    # literal; the start boundary is checked by _starts_word instead.
    return body + end


def _starts_word(text: str, start: int, term_starts_with_word: bool) -> bool:
    if not term_starts_with_word or start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before in "_-")


class ThemeMatcher:
    """Every theme's phrases, found in one pass over each paragraph.

    Phrases are indexed by their longest word: a paragraph's words select the
    few phrases worth a regex (starred words and words with punctuation are
    checked as substrings). Within a theme, overlapping matches count once,
    longest phrase first: "security guarantees" claims its words before
    "guarantee*" can.
    """

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.by_word: dict[str, list[tuple]] = {}
        self.by_substring: dict[str, list[tuple]] = {}
        for theme in taxonomy.themes:
            for term, weight in theme.terms.items():
                entry = (len(term), term, theme.id, weight, re.compile(_pattern(term)), bool(re.match(r"\w", term)))
                needle = _needle(term)
                exact = re.fullmatch(r"\w+", needle) and not re.search(rf"{re.escape(needle)}\*", normalise_for_match(term))
                (self.by_word if exact else self.by_substring).setdefault(needle, []).append(entry)

    def paragraph_hits(self, text: str) -> dict[str, tuple[float, dict[str, int]]]:
        """``{theme id: (score, {phrase: count})}`` for one normalised paragraph."""
        candidates = []
        for word in set(re.findall(r"\w+", text)):
            candidates += self.by_word.get(word, ())
        for needle, entries in self.by_substring.items():
            if needle in text:
                candidates += entries
        found: dict[str, tuple[float, dict[str, int]]] = {}
        taken: dict[str, list[tuple[int, int]]] = {}
        for _length, term, theme_id, weight, pattern, word_start in sorted(candidates, key=lambda e: (-e[0], e[1], e[2])):
            spans = taken.setdefault(theme_id, [])
            count = 0
            for match in pattern.finditer(text):
                if not _starts_word(text, match.start(), word_start):
                    continue
                if any(match.start() < end and start < match.end() for start, end in spans):
                    continue
                spans.append(match.span())
                count += 1
            if count:
                score, hits = found.get(theme_id, (0.0, {}))
                hits[term] = count
                found[theme_id] = (score + weight * min(count, MAX_HITS_PER_TERM), hits)
        return found

    def score_paragraph(self, theme: Theme, text: str) -> tuple[float, dict[str, int]]:
        """Weight of one theme's phrases in a normalised paragraph, and the phrases found."""
        return self.paragraph_hits(text).get(theme.id, (0.0, {}))

    def score(self, brief: Brief) -> list[ThemeScore]:
        blocks, texts = _scored_blocks(brief)
        words = [word_count(b.text) for b in blocks]
        total_words = sum(words) or 1
        settings = self.taxonomy
        results = []
        found = [self.paragraph_hits(t) for t in texts]
        for theme in self.taxonomy.themes:
            per_paragraph = [ParagraphScore(b, *f.get(theme.id, (0.0, {}))) for b, f in zip(blocks, found, strict=True)]
            carrying = [p for p in per_paragraph if p.score >= settings.paragraph_min]
            score = sum(p.score for p in per_paragraph)
            carrying_words = sum(w for p, w in zip(per_paragraph, words, strict=True) if p.score >= settings.paragraph_min)
            coverage = carrying_words / total_words
            min_score = theme.min_score if theme.min_score is not None else settings.min_score
            min_paragraphs = theme.min_paragraphs if theme.min_paragraphs is not None else settings.min_paragraphs
            reasons = []
            if score < min_score:
                reasons.append(f"score {score:g} < {min_score:g}")
            if len(carrying) < min_paragraphs:
                reasons.append(f"{len(carrying)} paragraphs carry it < {min_paragraphs}")
            if coverage < settings.min_coverage:
                reasons.append(f"coverage {coverage:.0%} < {settings.min_coverage:.0%}")
            results.append(ThemeScore(theme, score, carrying, len(blocks), coverage, not reasons, reasons))
        return results


def _scored_blocks(brief: Brief) -> tuple[list[Block], list[str]]:
    """Paragraphs and list items with their normalised text; a section heading counts with its first paragraph."""
    blocks, texts, heading = [], [], ""
    for block in brief.blocks:
        if block.kind == "heading":
            heading = block.text
        elif block.kind in {"paragraph", "item"}:
            blocks.append(block)
            texts.append(normalise_for_match(f"{heading}. {block.text}" if heading else block.text))
            heading = ""
    return blocks, texts


def passages(score: ThemeScore) -> list[Block]:
    """The one to three paragraphs that best show what the brief says on a theme, strongest first."""
    ranked = sorted(score.carrying, key=lambda p: (-p.score, p.block.line))
    if not ranked:
        return []
    best = ranked[0].score
    return [p.block for p in ranked[:MAX_PASSAGES] if p.score >= best / 2]


def assign_themes(brief: Brief, matcher: ThemeMatcher) -> list[ThemeScore]:
    """Set ``brief.themes`` (taxonomy order) and ``brief.theme_passages``; apply the sidecar's list or add/remove."""
    sidecar_themes = brief.themes_sidecar
    scores = matcher.score(brief)
    themes = [s.theme.id for s in scores if s.assigned]
    if isinstance(sidecar_themes, list):
        themes = list(sidecar_themes)
    elif isinstance(sidecar_themes, dict):
        themes = [t for t in themes if t not in sidecar_themes.get("remove", [])]
        themes += [t for t in sidecar_themes.get("add", []) if t not in themes]
    order = {t: i for i, t in enumerate(matcher.taxonomy.ids)}
    brief.themes = sorted(themes, key=lambda t: order.get(t, len(order)))
    by_id = {s.theme.id: s for s in scores}
    brief.theme_passages = {t: [b.id for b in passages(by_id[t])] for t in brief.themes if t in by_id}
    return scores


def explain(brief: Brief, scores: list[ThemeScore]) -> str:
    """Why each theme was or was not given: score, thresholds, the paragraphs that count."""
    lines = [f"{brief.source}: themes {', '.join(brief.themes) or '(none)'}"]
    for s in sorted(scores, key=lambda s: (-s.assigned, -s.score)):
        verdict = "given" if s.theme.id in brief.themes else "not given"
        note = "" if (s.theme.id in brief.themes) == s.assigned else " (by the sidecar)"
        lines.append(
            f"\n{s.theme.id}: {verdict}{note} — score {s.score:g}, {len(s.carrying)} of {s.paragraphs} paragraphs carry it, "
            f"coverage {s.coverage:.0%}" + (f"; below threshold: {'; '.join(s.reasons)}" if s.reasons else "")
        )
        for p in sorted(s.carrying, key=lambda p: -p.score)[:6]:
            terms = ", ".join(f"{t}×{n}" for t, n in sorted(p.hits.items()))
            lines.append(f"  #{p.block.id} line {p.block.line}: {p.score:g} [{terms}] “{p.block.text[:90]}…”")
    return "\n".join(lines)
