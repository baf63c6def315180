"""The editorial theme taxonomy, ``sources/themes.yml``: declared, validated once."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from brieflib.ingest.sidecar import SLUG
from brieflib.model.errors import BriefError, Problem
from brieflib.model.yamlfile import list_under

THEME_KEYS = {"id", "label", "scope", "description", "terms", "min_score", "min_paragraphs"}
SETTING_KEYS = {"min_score", "min_paragraphs", "min_coverage", "paragraph_min"}


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


@dataclass(eq=False)
class Taxonomy:
    themes: list[Theme]
    min_score: float = 8.0  # total weight of the theme's phrases in the brief
    min_paragraphs: int = 2  # paragraphs that carry the theme
    min_coverage: float = 0.08  # share of the brief's words in those paragraphs
    paragraph_min: float = 3.0  # weight at which a paragraph carries the theme

    def get(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]


def load_taxonomy(path: Path) -> Taxonomy:
    """Read ``themes.yml``; raise BriefError listing every problem with its line."""
    if not path.exists():
        return Taxonomy([])
    data, items, lines, top_lines = list_under(path, "themes", "see docs/contributing.md for the format")
    problems: list[Problem] = []
    themes, seen = [], {}
    for item, line in zip(items, lines, strict=True):
        theme = _theme(item, path, line, problems)
        if theme is None:
            continue
        if theme.id in seen:
            problems.append(Problem(path, f"theme id '{theme.id}' is used twice (first on line {seen[theme.id]})", line))
        seen.setdefault(theme.id, line)
        themes.append(theme)
    settings = data.get("settings", {}) or {}
    setting_line = top_lines.get("settings")
    defaults = Taxonomy([])
    for key in settings:
        if key not in SETTING_KEYS:
            close = difflib.get_close_matches(str(key), SETTING_KEYS, n=1)
            problems.append(Problem(path, f"unknown setting '{key}'", setting_line, f"did you mean '{close[0]}'?" if close else None))
    if problems:
        raise BriefError(problems)
    return Taxonomy(
        themes,
        float(settings.get("min_score", defaults.min_score)),
        int(settings.get("min_paragraphs", defaults.min_paragraphs)),
        float(settings.get("min_coverage", defaults.min_coverage)),
        float(settings.get("paragraph_min", defaults.paragraph_min)),
    )


def _theme(item, path: Path, line: int | None, problems: list[Problem]) -> Theme | None:
    if not isinstance(item, dict):
        problems.append(Problem(path, "each theme must be a mapping with id, label and scope", line))
        return None
    for key in item:
        if key not in THEME_KEYS:
            close = difflib.get_close_matches(str(key), THEME_KEYS, n=1)
            problems.append(Problem(path, f"unknown theme key '{key}'", line, f"did you mean '{close[0]}'?" if close else None))
    theme_id, label = item.get("id"), item.get("label")
    if not isinstance(theme_id, str) or not SLUG.match(theme_id):
        problems.append(Problem(path, f"theme id {theme_id!r} must be lowercase words joined by hyphens", line))
        return None
    if not isinstance(label, str) or not label.strip():
        problems.append(Problem(path, f"theme '{theme_id}' needs a label", line))
        return None
    terms = item.get("terms") or {}
    if not isinstance(terms, dict) or not all(isinstance(v, (int, float)) for v in terms.values()):
        problems.append(Problem(path, f"theme '{theme_id}': terms must map phrases to numeric weights", line))
        terms = {}
    return Theme(
        theme_id, label.strip(), str(item.get("scope", "")), str(item.get("description", "")),
        {str(k).lower(): float(v) for k, v in terms.items()},
        item.get("min_score"), item.get("min_paragraphs"),
    )
