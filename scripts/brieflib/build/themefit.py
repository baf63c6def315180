"""``briefs eval --fit-themes``: fit the brief-level theme decision on labelled briefs.

The examples are every (brief, theme) pair of the corpus's *tuning* part
(never the held-apart part) and of the seed briefs labelled in
``tests/seeds.truth.yml``; the label is whether an editor made the theme
primary. The features are enrich/themes.py's FEATURES; the model is
scikit-learn's logistic regression (lbfgs, L2, C=1), which is deterministic.
It prints a ``model:`` block to paste under ``settings:`` in
``sources/themes.yml``; nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from brieflib.build.evaluate import split_of
from brieflib.enrich.corpus import taxonomy_for
from brieflib.enrich.themes import FEATURES, ThemeMatcher
from brieflib.ingest.convert import convert_file

SEED_TRUTH = Path("tests") / "seeds.truth.yml"


def labelled(corpus: Path, root: Path) -> list[tuple[Path, Path, set[str]]]:
    """(source, root for its sidecar, primary themes) for the tuning part and the labelled seeds."""
    items = []
    for path in sorted(corpus.glob("*.txt")):
        truth_file = path.with_name(path.stem + ".truth.yml")
        if truth_file.exists() and split_of(path.name) == "tuning":
            truth = yaml.safe_load(truth_file.read_text(encoding="utf-8"))
            items.append((path, path.parent, set(truth.get("themes") or [])))
    seeds = root / SEED_TRUTH
    if seeds.exists():
        for stem, themes in sorted((yaml.safe_load(seeds.read_text(encoding="utf-8")) or {}).items()):
            items.append((root / "sources" / "briefs" / f"{stem}.txt", root, set(themes)))
    return items


def fit(corpus: Path, root: Path) -> dict[str, float]:
    """The fitted weights, rounded to three places, with ``bias`` first."""
    from sklearn.linear_model import LogisticRegression

    matcher = ThemeMatcher(taxonomy_for(root))
    rows, labels = [], []
    for path, base, themes in labelled(corpus, root):
        for score in matcher.score(convert_file(path, root=base)):
            rows.append([score.features[name] for name in FEATURES])
            labels.append(score.theme.id in themes)
    model = LogisticRegression(C=1.0, max_iter=1000).fit(rows, labels)
    weights = {"bias": round(float(model.intercept_[0]), 3)}
    weights.update({name: round(float(w), 3) for name, w in zip(FEATURES, model.coef_[0], strict=True)})
    return weights


def main(corpus: Path, root: Path) -> int:
    weights = fit(corpus, root)
    print("# paste under settings: in sources/themes.yml")
    print(yaml.safe_dump({"model": {**weights, "threshold": 0.5}}, sort_keys=False), end="")
    return 0
