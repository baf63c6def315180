"""One small input per extraction rule, so each rule's behaviour is readable."""

from __future__ import annotations

import pytest

from brieflib.ingest import patterns as P
from brieflib.ingest.parse import heading_like, join_lines, parse
from brieflib.model.text import sentences, shorten
from brieflib.render.markdown import inline


@pytest.mark.parametrize(
    "line, iso",
    [
        ("10 OCTOBER 2025", "2025-10-10"),
        ("October 10, 2025", "2025-10-10"),
        ("Published 14 January 2026", "2026-01-14"),
        ("Published: 3 Sept 2025", "2025-09-03"),
        ("Date: 2025-10-10", "2025-10-10"),
        ("March 2025", "2025-03"),
        ("Published 2025", "2025"),
        ("Tuesday, 4 March 2025", "2025-03-04"),
        ("31 February 2025", None),
        ("2025", None),
        ("In October 2025 the summit met.", None),
    ],
)
def test_parse_date(line, iso):
    assert P.parse_date(line) == iso


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iana Maisuradze", True),
        ("Domenec Ruiz-Devesa", True),
        ("Ursula von der Leyen", True),
        ("J. D. Vance", True),
        ("JANE DOE", True),
        ("A Generational Shift", False),
        ("Linking Debates", False),
        ("Working in Concert", False),
        ("Conclusions", False),
        ("European Defence Union", False),
    ],
)
def test_is_person_name(text, expected):
    assert P.is_person_name(text) is expected


def test_pipe_byline_splits_role_and_institution():
    [author] = P.parse_byline("Emiliano Alessandri | Associate Researcher, Austrian Institute of International Affairs.")
    assert author.name == "Emiliano Alessandri"
    assert author.affiliation == "Austrian Institute of International Affairs"
    assert author.position == "Associate Researcher, Austrian Institute of International Affairs"


def test_pipe_byline_former_roles_do_not_count_as_affiliation():
    [author] = P.parse_byline("Domenec Ruiz-Devesa | Former Member, European Parliament; President, Union of European Federalists.")
    assert author.affiliation == "Union of European Federalists"


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
        ("Authors: Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
        ("By the way, this is prose.", None),
    ],
)
def test_by_line(line, names):
    authors = P.parse_byline(line)
    assert (authors and [a.name for a in authors]) == names if names else authors is None


def test_by_line_with_role_at_institution():
    [author] = P.parse_byline("By Anna Kowalska, Senior Fellow at the Centre for Eastern Studies")
    assert (author.name, author.affiliation) == ("Anna Kowalska", "Centre for Eastern Studies")


@pytest.mark.parametrize(
    "bio, name, affiliation",
    [
        ("Mark Leonard is founder and director of the European Council on Foreign Relations (ECFR).", "Mark Leonard", "European Council on Foreign Relations (ECFR)"),
        ("Janusz Bugajski is a Senior Fellow at the Jamestown Foundation in Washington DC and author of two books.", "Janusz Bugajski", "Jamestown Foundation"),
        ("Jane Doe is a writer.", "Jane Doe", None),
    ],
)
def test_parse_bio(bio, name, affiliation):
    [author] = P.parse_bio(bio)
    assert (author.name, author.affiliation) == (name, affiliation)


def test_prose_is_not_a_bio():
    assert P.parse_bio("The alliance is weaker than it looks.") is None
    assert P.parse_bio("Russia is the main danger to peace in Europe.") is None


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("The support the European Policy Centre receives for its ongoing operations does not constitute an endorsement.", "European Policy Centre"),
        ("© 2025 Centre for Eastern Studies. All rights reserved.", "Centre for Eastern Studies"),
        ("Copyright 2024 by the Atlantic Council", "Atlantic Council"),
        ("Published by the Elcano Royal Institute, Madrid.", "Elcano Royal Institute"),
        ("The views expressed are the author's own and do not necessarily reflect those of the Jamestown Foundation.", "Jamestown Foundation"),
        ("The support of allies matters.", None),
    ],
)
def test_publisher_from_boilerplate(line, publisher):
    assert P.publisher_from(line) == publisher


@pytest.mark.parametrize(
    "line, item",
    [
        ("- ¹ Belkin, Paul (2025).", (1, "Belkin, Paul (2025).", "sup")),
        (" - ³⁴ Pancevski, Bojan.", (34, "Pancevski, Bojan.", "sup")),
        ("[12] Ibid.", (12, "Ibid.", "bracket")),
        ("3. See the council's decision.", (3, "See the council's decision.", "number")),
        ("Plain prose.", None),
    ],
)
def test_note_item(line, item):
    assert P.note_item(line) == item


@pytest.mark.parametrize(
    "text, place",
    [
        ("WASHINGTON—US President Donald Trump said", "WASHINGTON"),
        ("BRUSSELS – The Commission proposed", "BRUSSELS"),
        ("KYIV, Ukraine — Officials said", "KYIV, Ukraine"),
        ("NATO—the alliance—is changing", None),
        ("The war goes on", None),
    ],
)
def test_dateline(text, place):
    found = P.dateline(text)
    assert (found[0] if found else None) == place


def test_page_break_inside_sentence_is_rejoined():
    layout = parse("Title line here\n\nEurope is moving\n\ntowards a new chapter. Then more.\n\nNext paragraph.")
    assert [b.text for b in layout.blocks] == ["Europe is moving towards a new chapter. Then more.", "Next paragraph."]


def test_page_break_before_capitalised_word_after_open_ending():
    text = "A long first paragraph " + "that keeps going " * 8 + "and ends with\n\nWashington in mind.\n"
    assert [b.text for b in parse(text).blocks] == [text.replace("\n\n", " ").strip()]


def test_paragraph_ending_without_full_stop_before_capital_is_not_joined():
    layout = parse("First paragraph " * 20 + "ends with a dash–\n\nBut the next one starts anew.")
    assert len(layout.blocks) == 2


@pytest.mark.parametrize(
    "first, second, vocabulary, joined",
    [
        ("A non-", "exhaustive agenda", set(), "A non-exhaustive agenda"),
        ("the defence-", "industrial base", set(), "the defence-industrial base"),
        ("European secu-", "rity matters", {"security"}, "European security matters"),
        ("a long-", "term plan", {"longterm"}, "a long-term plan"),
    ],
)
def test_hyphen_across_a_break(first, second, vocabulary, joined):
    assert join_lines(first, second, vocabulary) == joined


def test_bold_pull_quote_over_several_lines():
    layout = parse("Intro paragraph.\n\n**Europe's message for\nWashington should be clear:\nit is stepping up.**\n\nMore text.")
    assert [(b.kind, b.text) for b in layout.blocks][1] == ("pullquote", "Europe's message for Washington should be clear: it is stepping up.")


def test_standalone_sentence_repeated_in_a_paragraph_is_a_pull_quote():
    para = "Leaders must ask Kyiv what concessions it can make. This includes sequencing the talks and more besides."
    layout = parse(f"{para}\n\nLeaders must ask Kyiv what concessions it can make.\n\nAnother paragraph.")
    long_para = para + " " + "Padding words that make this a long paragraph of prose. " * 3
    layout = parse(f"{long_para}\n\nLeaders must ask Kyiv what concessions it can make.\n\nAnother paragraph.")
    assert [b.kind for b in layout.blocks] == ["paragraph", "pullquote", "paragraph"]


def test_one_paragraph_per_line_with_short_headings():
    text = "First paragraph of the brief, long enough to be prose.\nA Heading Here\nSecond paragraph follows the heading.\n"
    layout = parse(text)
    assert [(b.kind, b.text) for b in layout.blocks] == [
        ("paragraph", "First paragraph of the brief, long enough to be prose."),
        ("heading", "A Heading Here"),
        ("paragraph", "Second paragraph follows the heading."),
    ]


def test_caps_headings_outrank_mixed_case_ones():
    layout = parse("Intro text.\n\nSTATE OF PLAY\n\nAccept: the facts\n\nBody text.\n")
    assert [(b.text, b.level) for b in layout.blocks if b.kind == "heading"] == [("STATE OF PLAY", 2), ("Accept: the facts", 3)]


def test_numbered_list_is_not_a_run_of_headings():
    layout = parse("Intro text.\n\n1. Spend more on air defence\n2. Buy European\n\nEnd text.\n")
    assert [b.kind for b in layout.blocks] == ["paragraph", "item", "item", "paragraph"]


def test_slogan_is_boilerplate_only_after_other_boilerplate():
    ends = parse("Body text here.\n\nAll rights reserved.\n\nWorking together for a better society\n")
    assert [b.text for b in ends.blocks] == ["Body text here."]
    keeps = parse("Body text here.\n\nA closing line without a stop\n")
    assert len(keeps.blocks) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("See [the report](#) for more.", "See the report for more."),
        ("See [the report](https://example.org) now.", "See [the report](https://example.org) now."),
        ("Spending rose.¹ Then fell.³⁴", "Spending rose.[^1] Then fell.[^34]"),
        ("Unknown marker.⁹", "Unknown marker.⁹"),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
    ],
)
def test_inline_markdown(text, expected):
    assert inline(text, {1: "a", 34: "b"}) == expected


def test_sentences_keep_abbreviations():
    assert sentences("The U.S. said no. Mr. Smith agreed. Europe waits.") == ["The U.S. said no.", "Mr. Smith agreed.", "Europe waits."]


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("one two three four", 12) == "one two…"


@pytest.mark.parametrize("text", ["INTRODUCTION", "1. An agenda for Europe", "What next?", "A Generational Shift"])
def test_heading_like(text):
    assert heading_like(text)


@pytest.mark.parametrize("text", ["A sentence that ends.", "the lower start", "**bold quote**", "Rather,"])
def test_not_heading_like(text):
    assert not heading_like(text)
