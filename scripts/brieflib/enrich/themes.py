"""Enrichment: which themes a brief *discusses*, which it *mentions*, and the passages that show it.

The phrases are editorial data in ``sources/themes.yml``, matched on word
forms (enrich/wordforms.py). A paragraph *carries* a theme when its phrases
weigh at least ``paragraph_min``; a brief *mentions* every theme that one of
its paragraphs carries. Whether it *discusses* the theme (a primary theme) is
decided for the whole brief, from six features that scale with its length
(FEATURES: phrase weight per 100 words, the theme's share of the strongest
theme's weight, the share of words in carrying paragraphs, ...), weighed by a
logistic model fitted on the labelled corpus (``briefs eval --fit-themes``)
and kept in ``themes.yml``, above floors an editor can raise. So a 250-word
commentary can have a theme, and a single mention never makes one.
``briefs.py themes --explain`` prints the arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from brieflib.enrich.positions import position
from brieflib.enrich.taxonomy import Taxonomy, Theme
from brieflib.enrich.wordforms import phrase, stem, words
from brieflib.model.brief import Block, Brief
from brieflib.model.text import normalise_for_match, word_count

MAX_HITS_PER_TERM = 2  # per paragraph: repetition of one word is not discussion
MAX_PASSAGES = 3


@dataclass
class ParagraphScore:
    block: Block
    score: float
    hits: dict[str, int]


# The features of the brief-level decision, as --explain names them.
FEATURES = {
    "density": "log(1 + phrase weight per 100 words)",
    "share": "weight / the strongest theme's weight",
    "coverage": "share of words in carrying paragraphs",
    "carrying": "log(1 + carrying paragraphs)",
    "strongest": "1 for the brief's strongest theme",
    "length": "log(words / 600)",
}


@dataclass
class ThemeScore:
    theme: Theme
    score: float
    carrying: list[ParagraphScore]
    paragraphs: int
    coverage: float
    assigned: bool = False  # a primary theme: the brief discusses it
    reasons: list[str] = field(default_factory=list)  # why it is not primary
    features: dict[str, float] = field(default_factory=dict)
    likelihood: float = 0.0

    @property
    def mentioned(self) -> bool:
        """Not discussed, but at least one paragraph carries it."""
        return not self.assigned and bool(self.carrying)


class ThemeMatcher:
    """Every theme's phrases, found in one pass over each paragraph's words.

    Phrases are indexed by their first word: by its stem, or, for a starred
    word, by the prefix as written. Within a theme, overlapping matches count
    once, longest phrase first: "security guarantees" claims its words before
    "guarantee" can.
    """

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.by_stem: dict[str, list[tuple]] = {}
        self.by_prefix: dict[int, dict[str, list[tuple]]] = {}
        self.weights = {(t.id, term): w for t in taxonomy.themes for term, w in t.terms.items()}
        self._candidates: dict[str, tuple] = {}
        for theme in taxonomy.themes:
            for term, weight in theme.terms.items():
                compiled = phrase(term)
                if not compiled.parts:
                    continue
                entry = (len(compiled.parts), term, theme.id, weight, compiled)
                first, is_prefix = compiled.parts[0]
                if is_prefix:
                    self.by_prefix.setdefault(len(first), {}).setdefault(first, []).append(entry)
                else:
                    self.by_stem.setdefault(first, []).append(entry)

    def candidates(self, word: str) -> tuple:
        """The phrases that may start at ``word``: by its stem, then by each prefix length (cached per word)."""
        found = self._candidates.get(word)
        if found is None:
            found = list(self.by_stem.get(stem(word), ()))
            for length, prefixes in self.by_prefix.items():
                found += prefixes.get(word[:length], ())
            found = self._candidates[word] = tuple(found)
        return found

    def paragraph_hits(self, text: str) -> dict[str, tuple[float, dict[str, int]]]:
        """``{theme id: (score, {phrase: count})}`` for one paragraph."""
        raw = words(text)
        stems = [stem(w) for w in raw]
        matches = []
        for i, word in enumerate(raw):
            for entry in self.candidates(word):
                if entry[0] == 1 or entry[4].matches_at(raw, stems, i):  # a one-word phrase matches where it is a candidate
                    matches.append((entry, i))
        found: dict[str, tuple[float, dict[str, int]]] = {}
        taken: dict[str, set[int]] = {}
        counts: dict[tuple[str, str], int] = {}
        for (length, term, theme_id, _weight, _phrase), i in sorted(matches, key=lambda m: (-m[0][0], m[0][1], m[0][2], m[1])):
            span = set(range(i, i + length))
            claimed = taken.setdefault(theme_id, set())
            if span & claimed:
                continue
            claimed |= span
            counts[theme_id, term] = counts.get((theme_id, term), 0) + 1
        for (theme_id, term), count in sorted(counts.items()):
            score, hits = found.get(theme_id, (0.0, {}))
            hits[term] = count
            found[theme_id] = (score + self.weights[theme_id, term] * min(count, MAX_HITS_PER_TERM), hits)
        return found

    def score_paragraph(self, theme: Theme, text: str) -> tuple[float, dict[str, int]]:
        """Weight of one theme's phrases in a normalised paragraph, and the phrases found."""
        return self.paragraph_hits(text).get(theme.id, (0.0, {}))

    def score(self, brief: Brief) -> list[ThemeScore]:
        """Every theme's evidence in the brief, its features and the decision."""
        blocks, texts = _scored_blocks(brief)
        words = [word_count(b.text) for b in blocks]
        total_words = sum(words) or 1
        found = [self.paragraph_hits(t) for t in texts]
        results = []
        for theme in self.taxonomy.themes:
            per_paragraph = [ParagraphScore(b, *f.get(theme.id, (0.0, {}))) for b, f in zip(blocks, found, strict=True)]
            carrying = [p for p in per_paragraph if p.score >= self.taxonomy.paragraph_min]
            carrying_words = sum(w for p, w in zip(per_paragraph, words, strict=True) if p.score >= self.taxonomy.paragraph_min)
            results.append(ThemeScore(theme, sum(p.score for p in per_paragraph), carrying, len(blocks), carrying_words / total_words))
        strongest = max((s.score for s in results), default=0.0)
        for result in results:
            result.features = features(result, strongest, total_words)
            result.likelihood = likelihood(result.features, self.taxonomy.model)
            result.reasons = self._reasons(result)
            result.assigned = not result.reasons
        return results

    def _reasons(self, s: ThemeScore) -> list[str]:
        """What keeps a theme from being primary: the model's verdict, then the floors."""
        settings, theme = self.taxonomy, s.theme
        min_score = theme.min_score if theme.min_score is not None else settings.min_score
        min_paragraphs = theme.min_paragraphs if theme.min_paragraphs is not None else settings.min_paragraphs
        reasons = []
        if s.likelihood < settings.threshold:
            reasons.append(f"likelihood {s.likelihood:.2f} < {settings.threshold:g}")
        if s.score < min_score:
            reasons.append(f"score {s.score:g} < {min_score:g}")
        if len(s.carrying) < min_paragraphs:
            reasons.append(f"{len(s.carrying)} paragraphs carry it < {min_paragraphs}")
        if s.coverage < settings.min_coverage:
            reasons.append(f"coverage {s.coverage:.0%} < {settings.min_coverage:.0%}")
        return reasons


def features(s: ThemeScore, strongest: float, words: int) -> dict[str, float]:
    """The brief-level features of one theme (FEATURES says what each is)."""
    return {
        "density": math.log1p(s.score * 100 / words),
        "share": s.score / strongest if strongest else 0.0,
        "coverage": s.coverage,
        "carrying": math.log1p(len(s.carrying)),
        "strongest": 1.0 if strongest and s.score == strongest else 0.0,
        "length": math.log(max(words, 1) / 600),
    }


def likelihood(values: dict[str, float], model: dict[str, float]) -> float:
    """The logistic model: 1 / (1 + e^-(bias + sum of weight x feature))."""
    z = model.get("bias", 0.0) + sum(model.get(name, 0.0) * value for name, value in values.items())
    return 1 / (1 + math.exp(-z))


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
    """Set the brief's primary themes (taxonomy order), their passages and weights, and the themes it mentions.

    The sidecar's list replaces the primary themes; its ``add`` forces a theme and
    its ``remove`` forbids one (neither primary nor mentioned).
    """
    sidecar_themes = brief.themes_sidecar
    scores = matcher.score(brief)
    themes = [s.theme.id for s in scores if s.assigned]
    forbidden: list[str] = []
    if isinstance(sidecar_themes, list):
        themes = list(sidecar_themes)
    elif isinstance(sidecar_themes, dict):
        forbidden = list(sidecar_themes.get("remove", []))
        themes = [t for t in themes if t not in forbidden]
        themes += [t for t in sidecar_themes.get("add", []) if t not in themes]
    order = {t: i for i, t in enumerate(matcher.taxonomy.ids)}
    brief.themes = sorted(themes, key=lambda t: order.get(t, len(order)))
    by_id = {s.theme.id: s for s in scores}
    brief.theme_passages = {t: [b.id for b in passages(by_id[t])] for t in brief.themes if t in by_id}
    brief.theme_weights = {t: round(by_id[t].likelihood, 3) for t in brief.themes if t in by_id}
    brief.theme_mentions = {
        s.theme.id: [p.block.id for p in sorted(s.carrying, key=lambda p: (-p.score, p.block.line))]
        for s in scores
        if s.carrying and s.theme.id not in brief.themes and s.theme.id not in forbidden
    }
    hits = lru_cache(maxsize=None)(matcher.paragraph_hits)  # a sentence is weighed for every theme its paragraph carries
    brief.theme_positions = {
        t: position([p.block for p in by_id[t].carrying], lambda text, t=t: hits(text).get(t, (0.0, {}))[0])
        for t in brief.themes if t in by_id and by_id[t].carrying
    }
    return scores


def explain(brief: Brief, scores: list[ThemeScore], taxonomy: Taxonomy | None = None) -> str:
    """Why each theme was or was not given: the features and the model's sum, the floors, the paragraphs that count."""
    lines = [f"{brief.source}: themes {', '.join(brief.themes) or '(none)'}; mentions {', '.join(brief.theme_mentions) or '(none)'}"]
    model = taxonomy.model if taxonomy else {}
    for s in sorted(scores, key=lambda s: (-s.assigned, -s.likelihood, -s.score)):
        given = s.theme.id in brief.themes
        verdict = "given" if given else "mentioned" if s.theme.id in brief.theme_mentions else "not given"
        note = "" if given == s.assigned else " (by the sidecar)"
        lines.append(
            f"\n{s.theme.id}: {verdict}{note} — likelihood {s.likelihood:.2f}, score {s.score:g}, "
            f"{len(s.carrying)} of {s.paragraphs} paragraphs carry it, coverage {s.coverage:.0%}"
            + (f"; below threshold: {'; '.join(s.reasons)}" if s.reasons else "")
        )
        if model and s.score:
            terms = " ".join(f"{model.get(k, 0):+g}×{k} {v:.2f}" for k, v in s.features.items())
            lines.append(f"  sum {model.get('bias', 0):+g} (bias) {terms}")
        for p in sorted(s.carrying, key=lambda p: -p.score)[:6]:
            terms = ", ".join(f"{t}×{n}" for t, n in sorted(p.hits.items()))
            lines.append(f"  #{p.block.id} line {p.block.line}: {p.score:g} [{terms}] “{p.block.text[:90]}…”")
    return "\n".join(lines)
