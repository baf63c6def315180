"""The converter scored against the corpus in tests/corpus (``briefs eval``).

The floors are the figures the converter reached when they were last raised.
To update them: run ``.venv/bin/python scripts/briefs.py eval``, and when a
change improves a figure, raise the constant here to the new value (never
lower one to make a change pass). Rules are tuned on the tuning part only;
the held-apart part shows whether they generalise.
"""

from __future__ import annotations

import pytest

from brieflib.build.evaluate import BEING_STUDIED, evaluate, split_of, summarise
from brieflib.build.evaluate import NEVER_SEEN as EVAL_NEVER_SEEN
from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
# The current never-seen set (``evaluate.NEVER_SEEN``, briefs written by another hand and never tuned on) is
# scored by ``briefs eval`` in its own part and kept out of the floors: the floors gate what the rules were
# written and checked against. Each earlier never-seen set was measured first on metadata, then tuned on and
# gated here with the rest: c- 41.7%, d- 35%, e- 50%, f- 61.7%, g- 33.3%, h- 58.3%, i- 56.7%, j- 70%, k- 70%, l- 41.7%,
# m- 66.7%, n- 58.3%, o- 40%, q- 68.3%, r- 61.7%, s- 58.3%, t- 61.7%, u- 58.3%, v- 61.7%, x- 53.3%, y- 75%, z- 68.3%, za- 58.3%, zb- 58.3%, zc- 70%, zd- 66.7%, ze- 61.7%, zf- 73.3%, zg- 80%, zh- 50%, zi- 78.3%, zj- 80%, zk- 60%, zl- 75%, zm- 75%, zn- 68.3%, zo- 65%, zp- 73.3%, zq- 90%, zr- 71.7%, zs- 46.7%.
NEVER_SEEN = EVAL_NEVER_SEEN

# Accuracy floors per part: the figures of the last run, 2026-12-01, 546 briefs (the o-, r-, q-, s-, t-, u-, v-, x-, y-, z-, za- to zj-, the zk- and zl-, the zm-, zn- and zo-, the zp-, the zq-, the zr- and then the zs- set joined the
# gated parts after their study; their briefs lowered some figures by joining (r-: a title and a subtitle on
# consecutive lines read as one title, held-apart's title and metadata; zg-: a first and a last sentence its truths draw around a key-points list and an events list, and its themes and places; zh-: a report series' name that its truth does not count as the publisher, tuning's publisher; zi-: its places, held-apart's countries and regions; zj-: a command paper's chapter title that its truth takes for the paper's, tuning's title and notes; zk-: a key-points list under the title and a chapter's abstract that its truths count as front matter, the first sentence, and its places; zl-: endnotes numbered "[2a]", "[2b]", which the converter keeps in one note, tuning's notes, and an op-ed's standfirst that its truth counts as front matter; zm-, zn-, zo-: a key-points box and a summary box that their truths count as front matter or as body, places of work given only through an acronym or a second bio, a podcast's publisher named only in its credits, a report's annexes after its conclusion; affiliations, publisher, first and last sentence, headings' precision; zp-: places of work with their town, a second place of work, tuning's affiliations; zq-: a key-takeaways list after the text that its truth counts as the text's end, a bio in Lithuanian, last sentences; zr-: a foresight note's "Bottom line" box that its truth counts as the body's first section, held-apart's first sentence and headings' recall, and its themes; zs-: a rotated table's page read a letter a line and an Albanian category label, left as headings, headings' precision, and its themes), the earlier briefs score as before or better). What the gated sets still miss: bios and roles in other languages (an
# affiliation stated only in Finnish or French), multi-part documents (a committee transcript before a written
# statement), labelled abstracts that the truth counts as body or as front matter, a minister's foreword and a
# consultation's "how to respond" box before the text.
FLOORS = {
    "tuning": {"title": 0.992, "authors": 0.995, "affiliations": 0.969, "date": 0.995, "publisher": 0.995, "notes": 0.99,
               "first_sentence": 0.928, "last_sentence": 0.943, "metadata": 0.99, "headings_recall": 0.967, "headings_precision": 0.91},
    "held-apart": {"title": 0.994, "authors": 1.0, "affiliations": 0.987, "date": 1.0, "publisher": 1.0, "notes": 1.0,
                   "first_sentence": 0.911, "last_sentence": 0.943, "metadata": 0.996, "headings_recall": 0.962, "headings_precision": 0.895},
}
# Theme micro-precision/recall/F1 (primary themes against the truth files' `themes`). The issue's
# targets are F1 and precision of at least 0.80 on the held-apart part; the floors are the last run.
# The model was fitted before the c- to j- briefs existed; `briefs eval --fit-themes` would refit it.
THEME_FLOORS = {
    "tuning": {"themes_f1": 0.767, "themes_precision": 0.864, "themes_recall": 0.689},
    "held-apart": {"themes_f1": 0.751, "themes_precision": 0.854, "themes_recall": 0.67},
}
for _part, _floors in THEME_FLOORS.items():
    FLOORS[_part].update(_floors)
# Countries and regions a brief discusses (enrich/places.py, sources/regions.yml) against the truth
# files' `countries` and `regions`; the rule's settings were tuned before the c- to m- briefs joined (the k- to m-
# sets lowered some of these figures by joining; the earlier briefs score as before; the zr- set lowered tuning's regions
# precision and held-apart's countries recall by joining; held-apart's regions fell once when a poll's tables were read as
# tables with their header rows, whose words took the brief past the 500 words at which a region needs a third mention).
PLACE_FLOORS = {
    "tuning": {"countries_f1": 0.7, "countries_precision": 0.713, "countries_recall": 0.687,
               "regions_f1": 0.458, "regions_precision": 0.768, "regions_recall": 0.326},
    "held-apart": {"countries_f1": 0.667, "countries_precision": 0.663, "countries_recall": 0.671,
                   "regions_f1": 0.383, "regions_precision": 0.771, "regions_recall": 0.255},
}
for _part, _floors in PLACE_FLOORS.items():
    FLOORS[_part].update(_floors)

# Counts over the tuning and held-apart parts that must not grow. Nothing is lost, unaccounted or invented.
# Boilerplate left in the body counts since 2026-11-30 what is left as a heading too (before, only paragraphs
# were searched, and 38 strings left as headings went uncounted: share and download buttons in other languages,
# colophon credits, an e-reader's highlight labels; 67 then, 45 after the rules for those kinds, 48 when the x- set joined, 57 with the y- set, 58 with the z- set, whose one is an abstract the truth counts as front matter and the converter shows as the brief's summary, 56 with the za- set and the rules written from it, 56 with the zb- set, 59 with the zc- set: a journal's highlights and abstract the truth counts as front matter, a key-figures strip, 63 with the zd- set: a magazine's pull quotes and advertisement, a poll's fieldwork line; 66 when a chart's title became a caption again, which a y- truth counts as furniture; 70 with the ze- and zf- sets: a press pack's key-points label, an event page's format line, a German closing note on the authors, a web editor's '&nbsp;' entities; 70 with the zg-, zh- and zi- sets; 71 with the zj- set: a ministry's page header set once, in two parts; 71 with the zk- and zl- sets; 78 with the zm-, zn- and zo- sets: a running footer with its page as "1/2", a key-points label, a research-note series' own note, a podcast's producer credit, sites' addresses on a back page, a masthead's name inside an expert's heading; 81 with the zp- set: an inline advertisement's label, a memo's classification banner, a Greek footer; 84 with the zq- set: a licence line wrapped over two lines, a sources list's entry, a language field; 82 with the zr- set and the rules written from it; 80 with the zs- set and the rules written from it) in 546 briefs; three are an OCR'd scan's running
# heads, misread differently on each page ("0RESUND INSTlTUTE"); the rest is furniture of the newer sets in
# languages or places no rule reads yet.
CEILINGS = {"lost": 0, "unaccounted": 0, "invented": 0, "boilerplate_left": 80}


@pytest.fixture(scope="module")
def summary():
    """Each part's figures without the never-seen briefs, and "all" for the two parts together."""
    scores = [s for s in evaluate(CORPUS, ROOT)[0] if not s.name.startswith(NEVER_SEEN + BEING_STUDIED)]
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


def test_a_set_under_study_is_scored_apart_from_the_gated_parts_and_the_never_seen(monkeypatch):
    import brieflib.build.evaluate as evaluate_module

    assert not set(BEING_STUDIED) & set(NEVER_SEEN)
    studied = BEING_STUDIED or ("zz-",)  # none may be under study between two sets: the split is checked with a probe's prefix
    monkeypatch.setattr(evaluate_module, "BEING_STUDIED", studied)
    assert split_of(f"{studied[0]}probe.txt") == "being-studied"
    assert split_of(f"{NEVER_SEEN[0]}probe.txt") == "never-seen"


def test_a_notes_reference_is_no_part_of_the_sentence_it_follows():
    from brieflib.build.evaluate import norm

    assert norm("And say so with one voice.[3]") == norm("And say so with one voice.")
    assert norm("Article [3] of the treaty") == "article [3] of the treaty"  # a bracket after a space is the text's


def test_a_line_listed_in_two_parts_is_accounted_for():
    from brieflib.build.evaluate import _covered, squash

    line, output = squash("HARBOUR INSTITUTE          A"), squash("the masthead HARBOUR INSTITUTE and a body")
    assert _covered(line, [squash("A")], output)  # the edge's letter listed, the name in the output
    assert _covered(line, [squash("A"), squash("HARBOUR INSTITUTE")], "")  # both parts listed
    assert not _covered(line, [squash("A")], squash("another text"))  # the rest found nowhere
    assert not _covered(line, [], output)


@pytest.mark.parametrize("truth_first", ["BRUSSELS (Harbour Wire) – Ministers met on Monday.", "Ministers met on Monday."])
def test_a_dateline_counts_in_the_first_sentence_or_not(truth_first):
    """The truth may write the first sentence with its dateline or without it; the converted body keeps it."""
    from pathlib import Path

    from brieflib.build.evaluate import BriefScore, score_body
    from brieflib.ingest.metadata import extract
    from brieflib.ingest.parse import parse

    layout = parse("Ports Under Pressure\n\nBRUSSELS (Harbour Wire) – Ministers met on Monday. They agreed on little.\n")
    brief = extract(layout, Path("x.txt"), "x.txt")
    score = BriefScore("x", "tuning")
    score_body(score, brief, {"first_sentence": truth_first, "last_sentence": "They agreed on little."}, "")
    assert score.right["first_sentence"], score.failures


def test_a_publishers_legal_form_is_no_part_of_its_name_when_scored():
    from brieflib.build.evaluate import _bare_name

    assert _bare_name("Berliner Forum Sicherheitspolitik e.V.") == _bare_name("Berliner Forum Sicherheitspolitik")
    assert _bare_name("The Harbour Institute Ltd") == _bare_name("Harbour Institute")
    assert _bare_name("Bertelsmann Stiftung") != _bare_name("Bertelsmann")
    assert _bare_name("Forschungsstelle für Hafenpolitik e. V. (FHP)") == _bare_name("Forschungsstelle für Hafenpolitik")
    assert _bare_name("Centre lyonnais d'études portuaires (CLEP)") == _bare_name("Centre lyonnais d'études portuaires")
    assert _bare_name("Centre lyonnais (CLEP)") != _bare_name("Centre lyonnais d'études portuaires")


def test_an_affiliation_and_the_acronym_the_text_gives_for_it_score_as_one():
    from pathlib import Path

    from brieflib.build.evaluate import BriefScore, score_fields
    from brieflib.model.brief import Author, Brief

    brief = Brief(source=Path("x.txt"), slug="x", title="T", authors=[Author("Ann Lee", "Centre d'études de sécurité européenne")])
    for truth_place, right in (("CESE", True), ("Centre d'études de sécurité européenne", True), ("CSE", False), ("Harbour Institute", False)):
        score = BriefScore("x", "tuning")
        score_fields(score, brief, {"title": "T", "authors": [{"name": "Ann Lee", "affiliation": truth_place}]})
        assert score.right["affiliations"] is right, (truth_place, score.failures)


def test_words_cut_from_inside_a_line_are_neither_invented_nor_unaccounted():
    """"Share on X (opens in a new window)  Share on LinkedIn (opens in a new window)": the screen reader's words are
    listed as cut from the line, then the row of buttons; a paragraph they were cut from reads as the source without them."""
    from pathlib import Path

    from brieflib.build.evaluate import BriefScore, score_body
    from brieflib.ingest.metadata import extract
    from brieflib.ingest.parse import parse

    body = "The ports matter, as the authority's report (external link) shows in detail for every harbour on the coast."
    source = ("Ports Under Pressure\n\nBy Ann Lee\n\nShare on X (opens in a new window)  Share on LinkedIn (opens in a new window)  Email this page\n\n"
              + body + "\n")
    brief = extract(parse(source), Path("x.txt"), "x.txt")
    score = BriefScore("x", "tuning")
    score_body(score, brief, {"first_sentence": body.replace(" (external link)", ""), "last_sentence": "on the coast."}, source)
    assert (score.invented, score.unaccounted) == (0, 0), score.failures


def test_a_notes_mark_compares_equal_however_it_is_written():
    """"fn. 1", "[a]" and a raised letter are a note's mark: the source and the converter's "[1]" squash alike."""
    from brieflib.build.evaluate import squash

    assert squash("trade. fn. 1 The buyers") == squash("trade.[1] The buyers") == squash("trade.ᵃ The buyers")
    assert squash("the fnord of it") != squash("the of it")  # a word that starts with the letters is a word


def test_a_town_after_an_institution_is_its_address_in_the_score():
    """Truths differ on "Harbour Institute, Kiel" and "Harbour Institute": the town is compared away, a name is not."""
    from brieflib.build.evaluate import _bare_place

    assert _bare_place("Harbour Institute, Kiel") == _bare_place("Harbour Institute") == "harbour institute"
    assert _bare_place("The Harbour Institute") == _bare_place("Harbour Institute")  # the article before the name compared away
    assert _bare_place("Harbour Institute, The Hague; North University") == "harbour institute; north university"
    assert _bare_place("North University, Faculty of Law") == "north university, faculty of law"
    assert _bare_place("Harbour Institute, King's College") == "harbour institute, king's college"


def test_a_name_or_a_post_after_an_institution_is_no_town_in_the_score():
    from brieflib.build.evaluate import _bare_place

    assert _bare_place("Harbour Institute, Bo Chan") != _bare_place("Harbour Institute")
    assert _bare_place("Harbour Institute, Senior Fellow") != _bare_place("Harbour Institute")
    assert _bare_place("Harbour Institute, Fellow") != _bare_place("Harbour Institute")


def test_a_grid_tables_cell_over_two_lines_is_neither_invented_nor_unaccounted(tmp_path):
    from brieflib.build.evaluate import score_one

    prose = "The harbours of the north matter more each year, and the ministers who run them know it well enough to act. " * 3
    text = ("Budgets for the Harbours\n\nBy Ann Lee\n\n" + prose + "\n\n+----------+----------------+--------+\n| Port     | Budget for the | Share  |\n"
            "|          | harbour guard  |        |\n+==========+================+========+\n| Gdańsk   | 12.0           | 2.1    |\n"
            "+----------+----------------+--------+\n| Riga     | 9.5            | 1.9    |\n+----------+----------------+--------+\n\n" + prose + "\n")
    (tmp_path / "x-grid.txt").write_text(text, encoding="utf-8")
    (tmp_path / "x-grid.truth.yml").write_text("title: Budgets for the Harbours\nauthors: [{name: Ann Lee, affiliation: null}]\n", encoding="utf-8")
    score = score_one(tmp_path / "x-grid.txt")
    assert (score.invented, score.unaccounted) == (0, 0), score.failures


def test_a_sentence_shown_in_the_key_points_box_is_not_lost(tmp_path):
    """Key points set apart after the text are shown in their own box on the page: a truth that counts the last one
    as the text's last sentence finds it there, not lost (the last-sentence check itself still fails)."""
    from brieflib.build.evaluate import score_one

    body = "The ports are full and the cranes are old, which the budget has not yet changed in any way that counts. " * 3
    (tmp_path / "kp.txt").write_text("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + body + "\n\nKey takeaways\n- The ports are full.\n"
                                     "- Europe should pay for cranes first.\n\nAna Ribeiro is a fellow at the Harbour Institute.\n", encoding="utf-8")
    (tmp_path / "kp.truth.yml").write_text("title: Ports Before Planes\nauthors: [{name: Ana Ribeiro, affiliation: Harbour Institute}]\n"
                                           "date: null\npublisher: null\nnotes: 0\nfirst_sentence: \"The ports are full and the cranes are old\"\n"
                                           "last_sentence: \"Europe should pay for cranes first.\"\n", encoding="utf-8")
    score = score_one(tmp_path / "kp.txt")
    assert score.lost == 0
    assert not score.right["last_sentence"]


def test_a_pull_quote_above_the_text_is_not_its_first_sentence():
    """A pull quote repeats a sentence of the text and is shown as a pull quote: the text's first sentence is the
    first of its paragraphs."""
    from pathlib import Path

    from brieflib.build.evaluate import BriefScore, score_body
    from brieflib.ingest.metadata import extract
    from brieflib.ingest.parse import parse
    from brieflib.model.brief import Block

    quote = "Ports rest on how well three harbours speak with one voice."
    prose = f"Ministers met on Monday and agreed on little. {quote} The rest follows from that, as it did before in every port."
    brief = extract(parse(f"Ports Under Pressure\n\nBy Ana Ribeiro\n\n{prose}\n"), Path("x.txt"), "x.txt")
    brief.blocks = [Block("pullquote", f"“{quote}”", 5), *brief.blocks]  # as the converter sets a quote above the text
    score = BriefScore("x", "tuning")
    score_body(score, brief, {"first_sentence": "Ministers met on Monday and agreed on little.", "last_sentence": "as it did before in every port."}, "")
    assert score.right["first_sentence"], score.failures
