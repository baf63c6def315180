"""The editorial theme taxonomy, ``sources/themes.yml``: declared, validated once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from brieflib.model.errors import BriefError
from brieflib.model.validate import by_line, duplicate_ids, validate
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
    """Read ``themes.yml`` (schema: model/schemas/themes.schema.json); raise BriefError listing every problem."""
    if not path.exists():
        return Taxonomy([])
    data, node = read_yaml(path)
    problems = validate(data, node, "themes", path) + duplicate_ids(data, node, "themes", "theme", path)
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
    )


def _theme(item: dict) -> Theme:
    """One validated theme; phrases lowercased, as the matcher compares them."""
    return Theme(
        item["id"], item["label"].strip(), item.get("scope", ""), item.get("description", ""),
        {str(k).lower(): float(v) for k, v in item["terms"].items()},
        item.get("min_score"), item.get("min_paragraphs"),
    )
