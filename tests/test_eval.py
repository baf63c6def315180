"""The converter scored against the corpus in tests/corpus (``briefs eval``).

The floors are the figures the converter reached when they were last raised.
To update them: run ``.venv/bin/python scripts/briefs.py eval``, and when a
change improves a figure, raise the constant here to the new value (never
lower one to make a change pass). Rules are tuned on the tuning part only;
the held-apart part shows whether they generalise.
"""

from __future__ import annotations

import pytest

from brieflib.build.evaluate import NEVER_SEEN as EVAL_NEVER_SEEN
from brieflib.build.evaluate import evaluate, split_of, summarise
from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
# Briefs written by another hand as a never-seen measure (issue 13): scored by ``briefs eval`` in
# their split like any other, never tuned on, and kept out of the floors below so that the floors
# gate what the rules were written and checked against.
NEVER_SEEN = ("c-", "d-", "e-") + EVAL_NEVER_SEEN  # c-, d-, e-: measured, now being tuned on (floors set at the end of the round)

# Accuracy floors per part (figures of the last run that raised them).
FLOORS = {
    "tuning": {"title": 1.0, "authors": 1.0, "affiliations": 1.0, "date": 1.0, "publisher": 1.0, "notes": 1.0,
               "first_sentence": 1.0, "last_sentence": 1.0, "metadata": 1.0, "headings_recall": 1.0, "headings_precision": 0.989},
    "held-apart": {"title": 1.0, "authors": 1.0, "affiliations": 1.0, "date": 1.0, "publisher": 1.0, "notes": 1.0,
                   "first_sentence": 1.0, "last_sentence": 1.0, "metadata": 1.0, "headings_recall": 1.0, "headings_precision": 1.0},
}
# Theme micro-precision/recall/F1 (primary themes against the truth files' `themes`). The issue's
# targets are F1 and precision of at least 0.80 on the held-apart part; the floors are the last run.
# The tuning part's recall and F1 fell from 0.778 and 0.817 when seven converter briefs joined it
# (issue 13, all short web or PDF copies whose primary theme the model misses); on the briefs that
# were there before, the figures are unchanged.
THEME_FLOORS = {
    "tuning": {"themes_f1": 0.809, "themes_precision": 0.869, "themes_recall": 0.757},
    "held-apart": {"themes_f1": 0.829, "themes_precision": 0.85, "themes_recall": 0.81},
}
for _part, _floors in THEME_FLOORS.items():
    FLOORS[_part].update(_floors)
# Countries and regions a brief discusses (enrich/places.py, sources/regions.yml) against the truth
# files' `countries` and `regions`; the rule's settings were tuned on the tuning part only.
# Held-apart countries recall went from 0.76 to 0.72 when notes at page bottoms left the body of
# b-duplicate-note-numbers (issue 13): a note's mention of Poland had been counted as discussion.
PLACE_FLOORS = {
    "tuning": {"countries_f1": 0.742, "countries_precision": 0.697, "countries_recall": 0.793,
               "regions_f1": 0.706, "regions_precision": 0.857, "regions_recall": 0.6},
    "held-apart": {"countries_f1": 0.632, "countries_precision": 0.562, "countries_recall": 0.72,
                   "regions_f1": 0.5, "regions_precision": 1.0, "regions_recall": 0.333},
}
for _part, _floors in PLACE_FLOORS.items():
    FLOORS[_part].update(_floors)

# Counts over the tuning and held-apart parts that must not grow.
CEILINGS = {"lost": 0, "unaccounted": 0, "invented": 0, "boilerplate_left": 0}


@pytest.fixture(scope="module")
def summary():
    """Each part's figures without the never-seen briefs, and "all" for the two parts together."""
    scores = [s for s in evaluate(CORPUS, ROOT)[0] if not s.name.startswith(NEVER_SEEN)]
    parts = {part: summarise([s for s in scores if s.split == part]) for part in ("tuning", "held-apart")}
    parts["all"] = summarise(scores)
    return parts


@pytest.mark.parametrize("part", FLOORS)
def test_accuracy_stays_above_the_floor(summary, part):
    below = {k: (summary[part][k], floor) for k, floor in FLOORS[part].items() if summary[part][k] < floor}
    assert not below, f"{part}: figure(s) below the floor (got, floor): {below}"


def test_nothing_lost_or_invented(summary):
    above = {k: (summary["all"][k], ceiling) for k, ceiling in CEILINGS.items() if summary["all"][k] > ceiling}
    assert not above, f"counts above the ceiling (got, ceiling): {above}"


def test_split_is_deterministic_and_about_thirty_percent():
    names = sorted(p.name for p in CORPUS.glob("*.txt"))
    held = [n for n in names if split_of(n) == "held-apart"]
    assert [split_of(n) for n in names] == [split_of(n) for n in names]
    assert 0.2 <= len(held) / len(names) <= 0.4


def test_eval_cli_prints_a_table_and_a_json_line(run_cli):
    import json

    result = run_cli("eval", "--corpus", CORPUS)
    assert result.returncode == 0, result.stderr
    assert "held-apart" in result.stdout.splitlines()[0]
    assert json.loads(result.stdout.splitlines()[-1])["all"]["briefs"] == len(list(CORPUS.glob("*.truth.yml")))


def test_never_seen_briefs_are_their_own_part_and_their_failures_stay_hidden(tmp_path, run_cli):
    """A corpus of one tuning brief and one never-seen brief (same text, truth with a wrong title): the
    never-seen one is scored in its own column, and its failure is printed only when asked for."""
    import json
    import shutil

    from brieflib.build.evaluate import NEVER_SEEN

    source = CORPUS / "a-authors-block.txt"
    never = f"{NEVER_SEEN[0]}probe"
    shutil.copy(source, tmp_path / "a-authors-block.txt")
    shutil.copy(source.with_name("a-authors-block.truth.yml"), tmp_path / "a-authors-block.truth.yml")
    shutil.copy(source, tmp_path / f"{never}.txt")
    truth = source.with_name("a-authors-block.truth.yml").read_text()
    (tmp_path / f"{never}.truth.yml").write_text(truth.replace("\ntitle:", "\ntitle: 'Not the title'\nold_title:", 1))
    assert split_of(f"{never}.txt") == "never-seen"
    hidden = run_cli("eval", "--corpus", tmp_path)
    assert hidden.returncode == 0, hidden.stderr
    summary = json.loads(hidden.stdout.strip().splitlines()[-1])
    assert summary["never-seen"]["briefs"] == 1 and summary["never-seen"]["title"] == 0.0
    assert f"{never} [never-seen]" not in hidden.stdout and "not the title" not in hidden.stdout.lower()
    assert "1 never-seen briefs have failures" in hidden.stdout
    shown = run_cli("eval", "--corpus", tmp_path, "--show-never-seen")
    assert f"{never} [never-seen]" in shown.stdout and "expected 'Not the title'" in shown.stdout
