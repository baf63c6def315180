"""Countries and regions a brief discusses (enrich/places.py, sources/regions.yml) and their pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from brieflib.enrich.places import Gazetteer, assign_places, count_places, load_gazetteer
from brieflib.model.brief import Block, Brief
from brieflib.model.errors import BriefError
from conftest import ROOT, build_site, copy_project

REGIONS = ROOT / "sources" / "regions.yml"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(REGIONS)


def brief_of(*paragraphs: str) -> Brief:
    blocks = [Block("paragraph", text, i + 1, id=f"p{i + 1}") for i, text in enumerate(paragraphs)]
    return Brief(Path("x.txt"), "x", blocks=blocks, words=sum(len(p.split()) for p in paragraphs))


def mentions(gazetteer: Gazetteer, text: str) -> list[str]:
    return [p.name for p in gazetteer.mentions(text)]


def test_names_demonyms_plurals_and_possessives_count_for_their_country(gazetteer):
    text = "Russia's war, Russian forces and the Russian Federation; Ukrainians and the UK's view, British aid."
    assert mentions(gazetteer, text) == ["Russia"] * 3 + ["Ukraine", "United Kingdom", "United Kingdom"]


def test_capitals_count_so_a_pronoun_or_a_common_word_is_not_a_country(gazetteer):
    assert mentions(gazetteer, "Let us turn to the chad of the matter.") == []
    assert mentions(gazetteer, "The US and the U.S. and America") == ["United States"] * 3


def test_the_longest_name_wins_where_names_overlap(gazetteer):
    assert mentions(gazetteer, "The Western Balkans and the Black Sea Fleet") == ["Western Balkans", "Black Sea region"]
    assert mentions(gazetteer, "South Korea, North Korean missiles") == ["South Korea", "North Korea"]


def test_a_place_listed_as_a_region_is_not_also_a_country(gazetteer):
    assert mentions(gazetteer, "Greenland") == ["Greenland"]
    assert [p.kind for p in gazetteer.places if p.name == "Greenland"] == ["region"]


def test_one_mention_or_one_paragraph_is_not_discussion(gazetteer):
    brief = brief_of("Poland and Poland again, and Poland.", "Nothing else here at all.")
    assign_places(brief, gazetteer)
    assert brief.countries == []
    assert count_places(brief, gazetteer)["Poland"].mentions == 3


def test_two_paragraphs_that_name_a_place_in_a_short_brief_make_it(gazetteer):
    brief = brief_of("Estonia has raised spending.", "The Baltic states and Estonia in particular.")
    assign_places(brief, gazetteer)
    assert brief.countries == ["Estonia"]
    assert brief.regions == []  # one mention of the Baltic states


def test_a_long_brief_needs_proportionally_more_mentions(gazetteer):
    filler = " ".join(["word"] * 990)
    brief = brief_of("Finland joined.", "Finland spends.", "Finland builds.", filler)
    assert gazetteer.needed(brief.words) == 4
    assign_places(brief, gazetteer)
    assert brief.countries == []
    brief.blocks.append(Block("paragraph", "Finland again.", 9, id="p9"))
    assign_places(brief, gazetteer)
    assert brief.countries == ["Finland"]


def test_a_truth_name_may_be_any_name_of_the_place(gazetteer):
    assert gazetteer.canonical("Baltic Sea") == "Baltic Sea region"
    assert gazetteer.canonical("Türkiye") == "Turkey"


def test_regions_yml_errors_name_the_file_line_and_fix(tmp_path):
    path = tmp_path / "regions.yml"
    path.write_text("countries:\n  - {code: NO, aliases: [Norwegian]}\n  - {code: QQ}\nregions:\n  - name: Arctic\n    alias: [High North]\n",
                    encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_gazetteer(path)
    text = str(caught.value)
    assert f"{path}:2" in text and "two-letter ISO 3166 code" in text  # unquoted NO is YAML's false
    assert f"{path}:6" in text and "did you mean 'aliases'" in text
    path.write_text("countries:\n  - {code: QQ}\nregions: []\n", encoding="utf-8")
    with pytest.raises(BriefError, match=r"regions.yml:2.*'QQ' is not in ISO 3166"):
        load_gazetteer(path)


@pytest.fixture(scope="module")
def region_site(tmp_path_factory) -> Path:
    """The seed site plus two corpus briefs: one on the Black Sea, one on the Indo-Pacific."""
    root = copy_project(tmp_path_factory.mktemp("regions"))
    for stem in ("b-greek-ukrainian-names", "b-heading-then-sentence"):
        shutil.copy(ROOT / "tests" / "corpus" / f"{stem}.txt", root / "sources" / "briefs" / f"{stem}.txt")
    result = build_site(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def test_a_region_page_lists_the_briefs_that_discuss_it(region_site):
    black_sea = (region_site / "regions" / "black-sea-region" / "index.html").read_text(encoding="utf-8")
    assert "Keeping the Black Sea Open After a Ceasefire" in black_sea
    assert "Indo-Pacific</a>" not in black_sea and "Europe’s Place in the Indo-Pacific" not in black_sea
    assert "1 brief discusses this region" in black_sea
    index = (region_site / "regions" / "index.html").read_text(encoding="utf-8")
    assert 'href="black-sea-region/"' in index and 'href="indo-pacific/"' in index
    assert not (region_site / "regions" / "western-balkans").exists()  # no brief here discusses it


def test_a_brief_page_names_its_countries_and_links_its_regions(region_site):
    pages = [p for p in (region_site / "briefs").glob("*/index.html") if "<title>Keeping the Black Sea Open" in p.read_text(encoding="utf-8")]
    html = pages[0].read_text(encoding="utf-8")
    line = html[html.index('class="brief-places"'):]
    line = line[: line.index("</p>")]
    assert 'href="../../regions/black-sea-region/"' in line
    for country in ("Ukraine", "Russia", "Turkey"):
        assert country in line
    assert '<span data-pagefind-filter="region">Black Sea region</span>' in html
