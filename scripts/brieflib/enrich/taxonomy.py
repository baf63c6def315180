"""The editorial theme taxonomy, ``sources/themes.yml``: declared, validated once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from brieflib.enrich.wordforms import phrase
from brieflib.model.errors import BriefError, Problem
from brieflib.model.validate import by_line, duplicate_ids, line_at, validate
from brieflib.model.yamlfile import read_yaml


@dataclass
class Theme:
    id: str
    label: str
    scope: str = ""
    description: str = ""
    # Phrases (case-insensitive, matched on word boundaries) and their weights.
    terms: dict[str, float] = field(default_factory=dict)
    min_score: float | None = None
    min_paragraphs: int | None = None


# The brief-level decision: a logistic model over the features in enrich/themes.py
# (FEATURES), fitted by ``briefs eval --fit-themes`` on the tuning part of the corpus
# and the seeds. These defaults are that fit; themes.yml's ``settings: model:`` may
# replace them.
DEFAULT_MODEL = {
    "bias": -5.583, "density": 1.038, "share": 1.668, "coverage": 0.324,
    "carrying": 2.519, "strongest": 1.302, "length": 1.178,
}


@dataclass(eq=False)
class Taxonomy:
    themes: list[Theme]
    min_score: float = 3.0  # floor: total weight of the theme's phrases in the brief
    min_paragraphs: int = 1  # floor: paragraphs that carry the theme
    min_coverage: float = 0.0  # floor: share of the brief's words in those paragraphs
    paragraph_min: float = 3.0  # weight at which a paragraph carries the theme (and mentions it)
    model: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_MODEL))
    threshold: float = 0.5  # likelihood from which a theme is primary

    def get(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]


def load_taxonomy(path: Path) -> Taxonomy:
    """Read ``themes.yml`` (schema: model/schemas/themes.schema.json); raise BriefError listing every problem."""
    if not path.exists():
        return Taxonomy([])
    data, node = read_yaml(path)
    problems = validate(data, node, "themes", path) + duplicate_ids(data, node, "themes", "theme", path)
    problems += wordless_phrases(data, node, path)
    if problems:
        raise BriefError(by_line(problems))
    settings = data.get("settings") or {}
    defaults = Taxonomy([])
    return Taxonomy(
        [_theme(item) for item in data["themes"]],
        float(settings.get("min_score", defaults.min_score)),
        int(settings.get("min_paragraphs", defaults.min_paragraphs)),
        float(settings.get("min_coverage", defaults.min_coverage)),
        float(settings.get("paragraph_min", defaults.paragraph_min)),
        {**defaults.model, **{k: float(v) for k, v in (settings.get("model") or {}).items() if k != "threshold"}},
        float((settings.get("model") or {}).get("threshold", defaults.threshold)),
    )


def wordless_phrases(data: object, node: object, path: Path) -> list[Problem]:
    """Phrases that have no word to match ("*", "-"): they could never find anything."""
    problems = []
    themes = data.get("themes") if isinstance(data, dict) else None
    for i, item in enumerate(themes if isinstance(themes, list) else []):
        terms = item.get("terms") if isinstance(item, dict) else None
        for term in terms if isinstance(terms, dict) else {}:
            if not phrase(str(term)).parts:
                problems.append(Problem(path, f"phrase '{term}' of theme '{item.get('id')}' has no word to match",
                                        line_at(node, "themes", i, "terms", term), "write the phrase in words, like 'sanction*'"))
    return problems


def _theme(item: dict) -> Theme:
    """One validated theme; phrases lowercased, as the matcher compares them."""
    return Theme(
        item["id"], item["label"].strip(), item.get("scope", ""), item.get("description", ""),
        {str(k).lower(): float(v) for k, v in item["terms"].items()},
        item.get("min_score"), item.get("min_paragraphs"),
    )
