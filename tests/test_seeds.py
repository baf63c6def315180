"""What an editor reads off each seed brief, checked field by field."""

from __future__ import annotations

import json

import frontmatter
import jsonschema
import pytest

from brieflib.ingest.convert import convert_file
from brieflib.render.markdown import render
from conftest import BRIEFS, ROOT, SEEDS


def convert(stem: str):
    return convert_file(BRIEFS / f"{stem}.txt", root=ROOT)


def headings(brief):
    return [b.text for b in brief.blocks if b.kind == "heading"]


def test_epc_brief_date_title_author_publisher_notes():
    brief = convert("accept-prepare-leverage-transatlantic-security")
    assert brief.date == "2025-10-10"
    assert brief.title.startswith("Accept, prepare, leverage: How Europeans")
    assert not brief.title_derived
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Iana Maisuradze", None)]
    assert brief.publisher == "European Policy Centre"
    assert headings(brief) == [
        "INTRODUCTION", "BACKGROUND", "STATE OF PLAY", "Accept: Understanding Trump's calculations",
        "Prepare: the EU becoming a security actor", "Leverage: Transatlantic security guarantees for Ukraine",
        "CONCLUSION",
    ]
    assert sorted(brief.footnotes) == list(range(1, 35))
    assert brief.footnotes[3] == "*Ibid.*"
    pull = [b.text for b in brief.blocks if b.kind == "pullquote"]
    assert "Europe's main message for Washington should be clear: it is stepping up on defence." in pull


def test_epc_brief_body_has_no_boilerplate_and_rejoined_paragraphs():
    markdown = render(convert("accept-prepare-leverage-transatlantic-security"))
    body = markdown.split("---\n", 2)[2]
    for boilerplate in ("The support the European Policy Centre receives", "With the strategic", "Working together for a better society"):
        assert boilerplate not in body
    assert "Europe is moving towards a new chapter of transatlantic burden-sharing" in body
    assert "The White Paper on Defence is a key element of European ambitions" in body
    assert "[^34]" in body and "[^34]: Pancevski" in body
    assert "(#)" not in body


def test_pipe_bylines_standfirst_and_numbered_headings():
    brief = convert("europe-rely-on-itself-for-security-and-defence")
    assert brief.title == "Europe's best bet is to increasingly rely on itself for its own security and defence"
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Emiliano Alessandri", "Austrian Institute of International Affairs"),
        ("Domenec Ruiz-Devesa", "Union of European Federalists"),
    ]
    assert brief.authors[1].position == "Former Member, European Parliament; President, Union of European Federalists"
    assert brief.summary == "Europe's best bet is to increasingly rely on itself for its own security and defence."
    assert headings(brief) == ["Summary", "Analysis", "1. An agenda for Europe", "Conclusions"]
    assert brief.date is None and brief.publisher is None
    body = render(brief)
    assert "A non-exhaustive agenda includes" in body
    assert "Rather, foreign relations are presented as a number of transactions" in body
    assert "\nTheme\n" not in body


def test_dateline_brief_without_title_or_byline():
    brief = convert("us-national-security-strategy-european-architecture")
    assert brief.dateline == "WASHINGTON"
    assert brief.title_derived and brief.title.startswith("US President Donald Trump’s new US National Security Strategy")
    assert brief.authors == [] and brief.date is None and brief.publisher is None
    assert headings(brief) == [
        "Momentum is building for Europe to take on a greater share of conventional deterrence",
        "Coalition and consortium approaches to security",
        "A new way of working with the United States",
    ]
    assert len([b for b in brief.blocks if b.kind == "paragraph"]) == 17


@pytest.mark.parametrize(
    "stem, name, affiliation",
    [
        ("post-war-european-security-order-collapsed", "Mark Leonard", "European Council on Foreign Relations"),  # its acronym is no part of the name
        ("us-no-longer-guarantor-of-european-security", "Janusz Bugajski", "Jamestown Foundation"),
    ],
)
def test_author_named_only_in_closing_bio(stem, name, affiliation):
    brief = convert(stem)
    assert [(a.name, a.affiliation) for a in brief.authors] == [(name, affiliation)]
    assert brief.author_bios and brief.author_bios[0].startswith(name)
    assert not any(b.text.startswith(name) for b in brief.blocks)
    assert brief.title_derived


def test_ecfr_title_case_headings():
    assert headings(convert("post-war-european-security-order-collapsed")) == [
        "A Generational Shift", "Against Russia, Without the United States", "Linking Debates",
        "Getting Competitive Again", "Working in Concert",
    ]


@pytest.mark.parametrize("source", SEEDS, ids=lambda p: p.stem)
def test_front_matter_follows_the_schema(source):
    schema = json.loads((ROOT / "docs" / "schema" / "front-matter.schema.json").read_text())
    post = frontmatter.loads(render(convert_file(source, root=ROOT)))
    jsonschema.validate(post.metadata, schema)
    assert post.metadata["source"] == f"sources/briefs/{source.name}"
    assert post.metadata["themes"] == []
    assert post.metadata["words"] > 500 and post.metadata["reading_time"] >= 3


@pytest.mark.parametrize("source", SEEDS, ids=lambda p: p.stem)
def test_every_paragraph_has_a_unique_anchor(source):
    brief = convert_file(source, root=ROOT)
    ids = [b.id for b in brief.blocks if b.kind != "heading"]
    assert all(ids) and len(ids) == len(set(ids))
