"""One small input per extraction rule, so each rule's behaviour is readable."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from pathlib import Path

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
        ("Eilidh MacLeod", True),
        ("Pieter DeJong", True),
        ("Luca DiNardo", True),
        ("Istituto Adriatico di Studi Strategici", False),
        ("Centro de Estudios del Estrecho", False),
        ("von der Leyen Müller", False),
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
        ("Daniel R. Whitcombe is a senior researcher at Meridian Policy Research.", "Daniel R. Whitcombe", "Meridian Policy Research"),
        ("Dr. Ingrid Østby is a Senior Fellow in the Arctic programme at the Fjord Institute of International Affairs.", "Ingrid Østby",
         "Fjord Institute of International Affairs"),
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
        # no other use of the word in the text, but what follows the hyphen is a suffix, never a word of a compound
        ("if that partner-", "ship falters.", set(), "if that partnership falters."),
        ("the best chance of turn-", "ing ELSA into", set(), "the best chance of turning ELSA into"),
        ("their imple-", "mentation", set(), "their imple-mentation"),  # no evidence either way: the hyphen stays
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
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        # Only the converter makes links: javascript: and other schemes stay the text they are.
        ("[read](javascript:alert(1))", "\\[read\\](javascript:alert(1))"),
        ("[read](/publications/x)", "read"),
        ("Paragraph. {: onmouseover=\"alert(1)\" }", "Paragraph. \\{: onmouseover=\"alert(1)\" \\}"),
        ('--8<-- "../mkdocs.yml"', '\\--8&lt;-- "../mkdocs.yml"'),
        ("*[NATO]: Evil", "\\*\\[NATO\\]: Evil"),
        ("1990. The end", "1990\\. The end"),
        ("!!! warning", "\\!\\!\\! warning"),
        ("Wow!https://x.org and [^1]", "Wow\\![https://x.org](https://x.org) and \\[&#94;1\\]"),
        ("a | b &amp; c", "a &#124; b &amp;amp; c"),
        ("See https://example.org/a_b.", "See [https://example.org/a\\_b](https://example.org/a_b)."),
        ("*Foreign Affairs*, 2025", "*Foreign Affairs*, 2025"),
        ("x_y_ and `code`", "x\\_y\\_ and \\`code\\`"),
    ],
)
def test_inline_markdown(text, expected):
    assert inline(text, {1: "a", 34: "b"}) == expected


def test_sentences_keep_abbreviations():
    assert sentences("The U.S. said no. Mr. Smith agreed. Europe waits.") == ["The U.S. said no.", "Mr. Smith agreed.", "Europe waits."]


def test_sentences_keep_abbreviations_in_brackets():
    assert sentences("Ambassador (ret.) Ana Ruiz is a fellow. Others (e.g. Jan Nowak) disagree.") == [
        "Ambassador (ret.) Ana Ruiz is a fellow.", "Others (e.g. Jan Nowak) disagree."]


@pytest.mark.parametrize("byline, authors", [
    ("By Ambassador (ret.) Ana Ruiz (Harbour Policy Institute) and Jan Nowak (University of Tartu)",
     [("Ana Ruiz", "Harbour Policy Institute"), ("Jan Nowak", "University of Tartu")]),
    ("By Ambassador (ret.) Ana Ruiz (Harbour Policy Institute)", [("Ana Ruiz", "Harbour Policy Institute")]),
])
def test_a_retired_ranks_bracket_is_no_place_of_work(byline, authors):
    from brieflib.ingest.head import byline_authors

    assert [(a.name, a.affiliation) for a in byline_authors(byline)] == authors


@pytest.mark.parametrize("bio, affiliation", [
    ("Jana Kobzova is a senior policy fellow with ECFR's Wider Europe programme.", "ECFR"),
    ("Ana Ruiz is a senior fellow at the Atlantic Council's Eurasia Center.", "Atlantic Council"),
    ("Ana Ruiz is a PhD candidate at King's College London.", "King's College London"),
    ("Ana Ruiz is a nonresident fellow with the Europe Center at Bruegel.", "Bruegel"),
    ("Ana Ruiz is head of the Baltic programme at Chatham House in London.", "Chatham House"),
    ("Ana Ruiz is Director of Research, Carnegie Europe.", "Carnegie Europe"),
    ("Ana Ruiz works on Nordic security at Bruegel.", "Bruegel"),
    ("Ana Ruiz is a fellow at the Europe Center of the Atlantic Council.", "Atlantic Council"),
    ("Ana Ruiz is a researcher at the NATO Cooperative Cyber Defence Centre of Excellence.", "NATO Cooperative Cyber Defence Centre of Excellence"),
    ("Ana Ruiz is director of the Centre of Eastern Studies.", "Centre of Eastern Studies"),
])
def test_a_bio_names_a_place_of_work_behind_a_unit_a_possessive_or_a_comma(bio, affiliation):
    [author] = P.parse_bio(bio)
    assert (author.name, author.affiliation) == (bio.split(" is ")[0].split(" works ")[0], affiliation)


@pytest.mark.parametrize("byline, authors", [
    ("Ana Lindqvist, HPI", [("Ana Lindqvist", "HPI")]),
    ("Ana Lindqvist, MEP", [("Ana Lindqvist", None)]),
    ("By Ana Lindqvist, Chatham House", [("Ana Lindqvist", "Chatham House")]),
    ("By Ana Lindqvist and Jan Nowak, ECFR", [("Ana Lindqvist", "ECFR"), ("Jan Nowak", "ECFR")]),
    ("By Ana Lindqvist and Jan Nowak, Chatham House", [("Ana Lindqvist", "Chatham House"), ("Jan Nowak", "Chatham House")]),
    ("By Ana Lindqvist and Jan Nowak, Bruegel", [("Ana Lindqvist", None), ("Jan Nowak", None)]),  # a name or a town: the names only
])
def test_a_byline_gives_a_place_of_work_named_without_an_institutions_word(byline, authors):
    from brieflib.ingest.head import authors_from, byline_authors

    found = byline_authors(byline) or authors_from(byline)
    assert [(a.name, a.affiliation) for a in found] == authors


@pytest.mark.parametrize("line, names", [
    ("Posted by Ana Lindqvist on March 12, 2026", ["Ana Lindqvist"]),
    ("Written by Ana Lindqvist and Jan Nowak on 12.03.2026", ["Ana Lindqvist", "Jan Nowak"]),
    ("By Ana Lindqvist, March 12, 2026", ["Ana Lindqvist"]),
    ("Ana Lindqvist and Jan Nowak — 12 March 2026", ["Ana Lindqvist", "Jan Nowak"]),
    ("12 Mar 2026 — Søren Dahl", ["Søren Dahl"]),
    ("12.03.2026 | Commentary | Søren Dahl", ["Søren Dahl"]),
    ("by Ana Lindqvist — 2026-03-12 — Commentary", ["Ana Lindqvist"]),
])
def test_a_byline_and_its_date_on_one_line_in_any_order(line, names):
    from brieflib.ingest.head import byline_and_date

    authors, iso = byline_and_date(line)
    assert ([a.name for a in authors], iso) == (names, "2026-03-12")
    brief, _ = _head_fields("Keeping the Harbours Open\n\n" + line + "\n\n" + _PROSE + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Keeping the Harbours Open", names, "2026-03-12")


@pytest.mark.parametrize("line", ["Middle East | 3 May 2026", "Commentary | 9 March 2026", "Since 24 February 2022",
                                  "Ana Lindqvist — 12 March 2026 — Jan Nowak"])
def test_a_line_of_a_date_and_no_one_persons_name_is_no_byline(line):
    from brieflib.ingest.head import byline_and_date

    assert byline_and_date(line) is None


@pytest.mark.parametrize("card", [
    "Ana Lindqvist\nSenior Fellow, Harbour Policy Institute",
    "About the author\n\n[Photo: Ana Lindqvist]\n\nAna Lindqvist\nResearch Director | Harbour Policy Institute",
    "AUTHOR\n\nAna Lindqvist\nHarbour Policy Institute\n\nHer work focuses on maritime security and the Baltic.",
    "EXPERT\n[photo] Dr. Ana Lindqvist\nSenior Fellow, Democracy Programme, Harbour Policy Institute",
    "About the author\n\nAna Lindqvist\nHarbour Policy Institute\n\nFollow on X · LinkedIn",
])
@pytest.mark.parametrize("byline", ["", "By Ana Lindqvist\n\n"])
def test_the_authors_card_at_the_foot_of_a_page(card, byline):
    brief, layout = _head_fields("Keeping the Harbours Open\n\n" + byline + "12 March 2026\n\n" + _PROSE + "\n\n" + card + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Lindqvist", "Harbour Policy Institute")]
    assert body_texts(layout) == [_PROSE]


@pytest.mark.parametrize("tail", ["MEDIA ENQUIRIES\nPress office: +00 0 000 0000", "Industry    All Industries\nRegion      Europe"])
def test_a_contact_or_a_records_fields_at_the_foot_are_no_authors_card(tail):
    brief, _ = _head_fields("Keeping the Harbours Open\n\n12 March 2026\n\n" + _PROSE + "\n\n" + tail + "\n")
    assert brief.authors == []


# --- from the second review of this week's head rules -------------------------------------------------------------

@pytest.mark.parametrize("lines", [["Why Europe's Defence Industry Is", "Still Not Ready for a Long War"],
                                   ["The Case for a European Approach to", "Critical Infrastructure Protection"],
                                   ["EUROPEAN DEFENCE SPENDING", "AFTER THE HAGUE SUMMIT"]])
def test_a_title_wrapped_after_a_verb_a_preposition_or_in_capitals_is_whole(lines):
    brief, _ = _head_fields("Harbour Policy Institute\n\n" + "\n".join(lines) + "\n\nAna Lindqvist\n\nMarch 2026\n\n" + _PDF_TEXT)
    assert brief.title == " ".join(lines)


@pytest.mark.parametrize("title, subtitle", [
    ("The Shadow Fleet and the Limits of Maritime Sanctions", "Enforcement Options for Coastal States Around the\nBaltic and North Seas"),
    ("Deterrence by Reconstruction", "Why rebuilding Ukraine's energy system is a security\npolicy"),
])
def test_a_title_over_its_wrapped_subtitle_stays_apart_from_it(title, subtitle):
    brief, layout = _head_fields(f"Harbour Policy Institute\n\n{title}\n{subtitle}\n\nAna Lindqvist\n\nMarch 2026\n\n" + _PDF_TEXT)
    assert brief.title == title


@pytest.mark.parametrize("title", ["Inside Europe's Defence Agency", "Without NATO's Nuclear Planning Group"])
def test_a_preposition_before_a_possessive_opens_a_title(title):
    assert not P.is_institution(title)


@pytest.mark.parametrize("thanks", ["This publication was produced with the support of the Nordic Bridges Foundation.",
                                    "This brief was published in partnership with the Nordic Bridges Foundation."])
def test_a_funder_thanked_for_support_or_partnership_over_its_logo_is_no_publisher(thanks):
    brief, _ = _head_fields("Harbour Policy Institute\n\n" + _SIGNED_HEAD + _TWO_PARAGRAPHS + f"{thanks}\n\nNordic Bridges Foundation\n")
    assert brief.publisher == "Harbour Policy Institute"


def test_a_name_alone_under_a_paragraph_ending_on_a_note_mark_is_the_imprint():
    brief, _ = _head_fields(_SIGNED_HEAD + _TWO_PARAGRAPHS.rstrip() + "⁴\n\nHarbour Policy Institute\n")
    assert brief.publisher == "Harbour Policy Institute"


@pytest.mark.parametrize("bio, below", [
    ("Ana Ruiz is a senior fellow at the Harbour Policy Institute.", "When European leaders spoke of a geopolitical Union, few meant ports."),
    ("Mark Green is a senior fellow at the Harbour Policy Institute.", "The European Green Deal did not mention ports at all."),
    ("Ana Ruiz ist Senior Fellow am Harbour Policy Institute.", "Europe has spent four years discovering how thin its stocks were."),
])
def test_a_plain_bio_under_the_title_over_a_text_about_something_else_names_the_author(bio, below):
    brief, _ = _head_fields(f"Keeping the Harbours Open\n\n12 March 2026\n\n{bio}\n\n{below} " + _PROSE + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [(bio.split(" is ")[0].split(" ist ")[0], "Harbour Policy Institute")]


@pytest.mark.parametrize("line", ["“We cannot wait for Washington to protect our seabed”", "‘The cables are our arteries’ – Estonian defence minister"])
def test_a_pull_quote_is_no_heading(line):
    assert not P.heading_like(line, 32)


@pytest.mark.parametrize("byline, authors", [
    ("By Ana Ruiz and Jan Nowak, Senior Fellows", [("Ana Ruiz", None), ("Jan Nowak", None)]),
    ("By Ana Ruiz and Jan Nowak, Guest Authors", [("Ana Ruiz", None), ("Jan Nowak", None)]),
    ("By Ana Ruiz, FRSA", [("Ana Ruiz", None)]),
])
def test_a_post_or_an_honour_after_the_names_is_no_place_of_work(byline, authors):
    from brieflib.ingest.head import authors_from, byline_authors

    found = byline_authors(byline) or authors_from(byline) or []
    assert [(a.name, a.affiliation) for a in found] == authors


@pytest.mark.parametrize("bio", ["Ana Ruiz is a senior fellow, Brussels.", "Ana Ruiz is professor of international relations, Emerita.",
                                 "Ana Ruiz is a senior researcher, Europe and Eurasia."])
def test_a_town_a_title_or_a_region_after_the_post_is_no_place_of_work(bio):
    assert [a.affiliation for a in P.parse_bio(bio)] == [None]


def test_a_reserve_rank_ends_no_sentence():
    assert sentences("Colonel (res.) Jan Nowak is a fellow. He writes.") == ["Colonel (res.) Jan Nowak is a fellow.", "He writes."]


# a PDF's text wrapped at 78 columns: the first page's last paragraph ends a sentence on a full line, and the text goes
# on on the next page
_PAGE_INTRO = textwrap.fill("The ports of the Baltic have been at the centre of the debate for years, and they will stay there for a "
                            "while yet as the alliance plans its reinforcement of the north and the east of the continent.", 78)
_PAGE_A = ("The binding constraint is no longer the factories alone, and it has not been\n"
           "so for some time now: the firms that make shells say so, and so do the buyers.")
_PAGE_B = textwrap.fill("Explosives, propellant and the skilled workers who handle them are scarce, and the firms that make them "
                        "will not invest without orders that run for a decade or more.", 78)


def _paged(first: str, second: str) -> str:
    footer = "Harbour Policy Institute | Policy Brief 4/2026    {n}"
    return ("Keeping the Harbours Open\n\nBy Ann Lee\n\n12 March 2026\n\n" + _PAGE_INTRO + "\n\n" + first + "\n\n"
            + footer.format(n=1) + "\n\f\n" + second + "\n\n" + footer.format(n=2) + "\n\f\nThe end of it all is near, "
            "and the ports know it well enough.\n\n" + footer.format(n=3) + "\n")


def test_a_paragraph_cut_by_a_page_break_at_a_sentences_end_on_a_full_line_is_one():
    _, layout = _head_fields(_paged(_PAGE_A, _PAGE_B))
    assert " ".join(_PAGE_A.split()) + " " + " ".join(_PAGE_B.split()) in body_texts(layout)


def test_a_line_cut_after_since_goes_on_with_a_year_on_the_next_page():
    from brieflib.ingest.parse import Unit, rejoin_breaks

    units = [Unit("European governments have spent four years discovering how thin their stocks of ammunition had become.¹ "
                  "Orders placed since", 1), Unit("2022 have tripled the output of shells, but the contracts remain short.", 9)]
    assert len(rejoin_breaks(units, set())) == 1


def test_a_paragraph_whose_last_line_is_short_ends_at_the_page_break():
    short = _PAGE_A.replace("so do the buyers.", "so do\nthe buyers.")  # its last line short: the paragraph's end
    _, layout = _head_fields(_paged(short, _PAGE_B))
    assert " ".join(_PAGE_B.split()) in body_texts(layout)


@pytest.mark.parametrize("mark", [("Keller", "Gashi"), ("HK", "DG")])
def test_an_interviews_questions_under_the_askers_mark_are_turns_not_headings(mark):
    q, a = mark
    turns = "\n\n".join(f"{q}: {question}\n\n{a}: {_PROSE}" for question in ("Why should anyone still believe it?",
                                                                                "Has the war changed that?", "Where is the greatest risk?"))
    brief, _ = _head_fields("“Enlargement Has Become a Security Policy”\n\nPublished 05.02.2026\n\nHannah Keller, a research fellow at the "
                            "Vienna Balkan Policy Lab, spoke with Dritan Gashi about the Balkans.\n\n" + turns + "\n")
    assert [b.text for b in brief.blocks if b.kind == "heading"] == []


@pytest.mark.parametrize("intro", [
    "In this interview, Dritan Gashi talks to Hannah Keller (Vienna Balkan Policy Lab) about the Balkans.",
    "Hannah Keller of the Vienna Balkan Policy Lab asked Dritan Gashi what Europe should do in the Balkans.",
])
def test_an_interviews_intro_names_who_asked_whichever_way_it_puts_it(intro):
    brief, _ = _head_fields("“Enlargement Has Become a Security Policy”\n\nPublished 05.02.2026\n\n" + intro + "\n\nQ: Why?\n\nA: " + _PROSE + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Hannah Keller", "Vienna Balkan Policy Lab")]


def test_a_bio_of_a_retired_rank_names_the_place_of_work():
    found = P.parse_bios("Ambassador (ret.) Ana Ruiz is a senior fellow at the Harbour Policy Institute.", frozenset({"Ana Ruiz"}))
    assert [(a.name, a.affiliation) for a in found] == [("Ana Ruiz", "Harbour Policy Institute")]


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("one two three four", 12) == "one two…"


@pytest.mark.parametrize("text", ["INTRODUCTION", "1. An agenda for Europe", "What next?", "A Generational Shift"])
def test_heading_like(text):
    assert heading_like(text)


@pytest.mark.parametrize("text", ["A sentence that ends.", "the lower start", "**bold quote**", "Rather,"])
def test_not_heading_like(text):
    assert not heading_like(text)


# -- the recogniser registry: one small real-looking input per recogniser ------

from brieflib.ingest import dates as D  # noqa: E402
from brieflib.ingest import furniture as F  # noqa: E402
from brieflib.ingest.head import HEAD, authors_from, byline_authors, read_head  # noqa: E402
from brieflib.ingest.parse import Unit, notes_in_order  # noqa: E402


@pytest.mark.parametrize(
    "line, iso",
    [
        ("4 de marzo de 2026", "2026-03-04"),
        ("11. März 2026", "2026-03-11"),
        ("21 stycznia 2026", "2026-01-21"),
        ("11 marzo 2026", "2026-03-11"),
        ("Publié le 4 mars 2026", "2026-03-04"),
        ("Veröffentlicht am 4. März 2026", "2026-03-04"),
        ("Published 12.01.2026", "2026-01-12"),
        ("23-02-2023", "2023-02-23"),
        ("Date of publication: 4 March 2026", "2026-03-04"),
        ("Updated: March 4, 2026", "2026-03-04"),
        ("18 Feb 2026", "2026-02-18"),
        ("março de 2026", "2026-03"),
        ("In March 2025 the Bundestag amended the constitution.", None),
        ("31-02-2026", None),
    ],
)
def test_dates_in_languages_and_labels(line, iso):
    assert D.parse_date(line) == iso


def test_date_in_a_series_line():
    assert D.date_in_segments("Policy Brief No. 14 | March 2026") == "2026-03"
    assert D.date_in_segments("POLICY BRIEF | 2026-03-04 | No. 7") == "2026-03-04"
    assert D.date_in_segments("Policy Brief No. 14") is None


def head(*lines: str, text: str = ""):
    units = [Unit(line, number) for number, line in enumerate(lines, 1)]
    end, findings = read_head(units, P.common_words(text))
    return end, {f.field: f.value for f in findings}, [u.role for u in units[:end]]


def names(authors) -> list[str]:
    return [a.name for a in authors]


def test_registry_lists_head_recognisers_by_priority():
    assert HEAD.names()[:2] == ["byline-date", "date-line"] and "title" in HEAD and "subtitle" in HEAD  # a byline with its date before a date


def test_masthead_names_the_publisher_above_the_title():
    end, found, roles = head("European Intelligence Studies Centre", "Disposable Agents", "By Katrin Vogel", "Since 2022, services have found a wave of sabotage.")
    assert roles == ["masthead", "title", "byline"] and found["publisher"] == "European Intelligence Studies Centre"


def test_series_line_with_institution_and_doctype():
    _, found, roles = head("Kommentar | Deutsche Gesellschaft für Sicherheitsanalyse", "Planning for Fewer Americans", "Body text follows here.")
    assert roles[0] == "doctype" and found["publisher"] == "Deutsche Gesellschaft für Sicherheitsanalyse"


def test_title_and_subtitle_before_a_byline():
    _, found, roles = head("Shells, Not Slogans", "How Europe can scale ammunition production", "Søren Lindqvist, Senior Fellow at the Nordic Centre for Defence Economics", "17 February 2026")
    assert roles == ["title", "subtitle", "byline", "date"]
    [author] = found["authors"]
    assert author.affiliation == "Nordic Centre for Defence Economics"


def test_a_heading_after_the_title_is_not_a_subtitle_without_a_byline():
    units = [Unit(text, line) for text, line in (("Eyes in Orbit", 1), ("The commercial revolution", 3), ("Private companies now operate constellations.", 5))]
    end, _ = read_head(units, frozenset())
    assert [u.role for u in units[:end]] == ["title"] and end == 1  # blank lines between: the second line heads a section


def test_lowercase_by_line():
    _, found, _ = head("Bring a Plan to Ankara", "by Fionnuala Byrne", "Text.")
    assert names(found["authors"]) == ["Fionnuala Byrne"]


def test_lone_by_then_name_then_institution():
    _, found, roles = head("Greenland Is Not for Sale", "By", "Nils Østergaard", "Copenhagen Institute for Arctic Affairs", "17 January 2026")
    [author] = found["authors"]
    assert (author.name, author.affiliation) == ("Nils Østergaard", "Copenhagen Institute for Arctic Affairs")
    assert roles == ["title", "byline", "byline", "byline", "date"]


def test_authors_label_with_dashed_list():
    units = ("Counting What Counts", "Authors:", "- Zoë Hartmann, Institute for Northern Security Studies", "- Łukasz Nowicki, Warsaw Centre for Eastern Policy", "Updated: March 4, 2026")
    end, found, _ = head(*units)
    assert end == 5 and found["date"] == "2026-03-04"


def test_author_label_inline_in_other_languages():
    assert names(authors_from("Çağlar Yılmaz, Bosphorus Centre for Policy Studies")) == ["Çağlar Yılmaz"]
    _, found, _ = head("A Title Here", "Auteur : Pieter Janssens", "Publié le 4 mars 2026")
    assert names(found["authors"]) == ["Pieter Janssens"]


def test_pipe_and_dash_author_lines():
    [a] = authors_from("Łukasz Wiśniewski | Head of Defence Programme, Vistula Centre for Strategic Analysis")
    assert a.affiliation == "Vistula Centre for Strategic Analysis"
    [b] = authors_from("Mateus Carvalho — Fellow, Lisbon Institute for Economic Security")
    assert b.affiliation == "Lisbon Institute for Economic Security"


def test_honorific_is_not_part_of_the_name():
    _, found, _ = head("Planning for Fewer Americans", "Dr. Katharina Müller", "Deutsche Gesellschaft für Sicherheitsanalyse", "11. März 2026")
    [author] = found["authors"]
    assert (author.name, author.affiliation) == ("Katharina Müller", "Deutsche Gesellschaft für Sicherheitsanalyse")


def test_a_short_phrase_of_common_words_is_not_a_name():
    text = "The choices are hard. Each of the three capitals guards its flank."
    assert P.split_names("Hard Choices", P.common_words(text)) is None
    assert P.split_names("Three Capitals", P.common_words(text)) is None
    assert P.split_names("Pieter Janssens", P.common_words(text)) == ["Pieter Janssens"]


def test_multi_person_bio_paragraph():
    bios = P.parse_bios("About the authors: Hélène Garnier is a senior fellow at the Weimar Triangle Policy Network in Paris. Tobias Kranz is a researcher at the Institute for Central European Affairs in Leipzig.")
    assert [(a.name, a.affiliation) for a in bios] == [("Hélène Garnier", "Weimar Triangle Policy Network"), ("Tobias Kranz", "Institute for Central European Affairs")]


def test_bio_of_an_author_named_in_the_head_in_another_language():
    assert names(P.parse_bios("Dr. Katharina Müller leitet den Programmbereich in Berlin.", frozenset({"Katharina Müller"}))) == ["Katharina Müller"]


def test_disclaimer_and_copyright_name_the_publisher():
    assert P.publisher_from("The views expressed are the author's own and do not reflect those of the Halden Forum for Security.") == "Halden Forum for Security"
    assert P.publisher_from("© Stockholm Centre for Strategic Studies 2026. This brief may be quoted.") == "Stockholm Centre for Strategic Studies"
    assert P.publisher_from("Nordic Centre for Defence Economics · Policy Paper 2/2026 · Copenhagen") == "Nordic Centre for Defence Economics"


def test_dateline_but_not_an_acronym_used_again():
    assert P.dateline("BRUSSELS — European defence ministers agreed.")[0] == "BRUSSELS"
    text = "AUKUS—the pact—matters. AUKUS partners met."
    assert P.dateline("AUKUS—the pact—matters.", text) is None


@pytest.mark.parametrize(
    "line, rule",
    [
        ("We use cookies to give you the best experience on our website.", "cookie-banner"),
        ("Accept all", "cookie-banner"),
        ("You are currently viewing Rome Should Lead", "you-are-viewing"),
        ("Home > Publications > Analysis", "breadcrumb"),
        ("Share this", "share"),
        ("Diesen Artikel teilen", "share"),
        ("Download PDF", "share"),
        ("Sign up for our weekly briefing", "newsletter"),
        ("Get expert analysis every Friday, straight to your inbox.", "newsletter"),
        ("Related publications", "related"),
        ("Leggi anche: Il futuro della difesa europea", "related"),
        ("Tags: NATO, Defence, Baltic", "tags"),
        ("Mots-clés : défense, munitions, UE", "tags"),
        ("5 min read", "reading-time"),
        ("Tiempo de lectura: 6 minutos", "reading-time"),
        ("Photo: Soldiers at an exercise in Latvia", "photo-credit"),
        ("Comments are closed for this post.", "comments"),
        ("Privacy policy | Terms of use | Contact", "legal-links"),
    ],
)
def test_web_furniture(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("line", ["Hard Choices", "The share of GDP spent on defence rose.", "Europe's leverage", "Email is not secure, officials said."])
def test_web_furniture_leaves_brief_text_alone(line):
    assert F.web_furniture(line) is None


def test_site_menu_is_a_run_of_short_lines_at_the_top():
    assert F.menu_run(["Home", "Research", "Events", "About us", "Donate", "Europe Must Stop Renting Its Air Defence"]) == 5
    assert F.menu_run(["Commentary", "Hard Choices Ahead", "Jane Doe", "A long paragraph starts here and goes on."]) == 0


def test_page_numbers_and_running_footers_are_removed_and_listed():
    lines = ["Text that is cut by the", "", "1 | Centro Atlántico de Análisis", "", "page break goes on.", "", "2", "", "2 | Centro Atlántico de Análisis", "Page 3 of 3"]
    kept, removed = F.remove_page_furniture(lines, lambda line: False)
    assert [r[2] for r in removed] == ["running-header", "page-number", "running-header", "page-number"]
    assert kept[0] == "Text that is cut by the" and kept[2] == ""


def test_a_repeated_sentence_is_not_a_running_header():
    lines = ["Aa bb cc.", "", "Aa bb cc.", "", "Aa bb cc."]
    assert F.remove_page_furniture(lines, lambda line: False)[1] == []


def test_a_covers_title_that_later_pages_carry_with_their_numbers_is_no_running_header():
    lines = ["Keeping the Harbours Open", "", "By Ann Lee", "\f", "Text of the second page.", "", "Keeping the Harbours Open    2",
             "\f", "Text of the third page.", "", "Keeping the Harbours Open    3"]
    kept, removed = F.remove_page_furniture(lines, lambda line: False)
    assert kept[0] == "Keeping the Harbours Open"
    assert [r[1] for r in removed] == ["Keeping the Harbours Open    2", "Keeping the Harbours Open    3"]


def test_a_bare_line_alone_atop_three_pages_is_a_running_header():
    lines = ["Harbour Institute", "", "Text one.", "\f", "Harbour Institute", "", "Text two.", "\f", "Harbour Institute", "", "Text three."]
    assert [r[2] for r in F.remove_page_furniture(lines, lambda line: False)[1]] == ["running-header"] * 3


@pytest.mark.parametrize("header", ["Page {n} of 4 – Keeping the Harbours Open", "Page {n}: Keeping the Harbours Open",
                                    "Keeping the Harbours Open (page {n})", "EN      {n}      EN"])
def test_a_header_whose_page_number_varies_is_a_running_header_on_three_pages(header):
    lines = []
    for n in range(1, 5):
        lines += [header.format(n=n), "", f"Text of page {n} runs on here.", "\f"]
    kept, removed = F.remove_page_furniture(lines, lambda line: False)
    assert [r[1] for r in removed] == [header.format(n=n) for n in range(1, 5)]


def test_a_series_number_between_the_colophon_and_the_text_is_no_heading():
    text = ("Standing Committee on Harbour Security\n\nKeeping the Harbours Open\n\nThird Report of Session 2025–26\n\n"
            "Report, together with formal minutes relating to the report\n\nOrdered to be printed 6 January 2026\nPublished 12 January 2026 by the Standing Committee on Harbour Security\n\n"
            "Parliamentary Paper 2025–26/812\n\nBackground\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Keeping the Harbours Open" and brief.date == "2026-01-12"
    assert [b.text for b in brief.blocks if b.kind == "heading"] == ["Background"]
    assert "Parliamentary Paper 2025–26/812" in [r.text for r in brief.removed]


def test_sidebar_box_is_set_apart():
    lines = ["+------------+", "Key takeaways", "- One", "+------------+", "Body."]
    kept, removed = F.remove_page_furniture(lines, lambda line: False)
    assert kept == ["", "", "", "", "Body."] and {r[2] for r in removed} == {"sidebar-box"}


def test_duplicate_note_numbers_are_kept_and_renumbered():
    assert notes_in_order([(1, "a"), (2, "b"), (1, "c")]) == {1: "a", 2: "b", 3: "c"}
    assert notes_in_order([(1, "a"), (2, "b")]) == {1: "a", 2: "b"}


def test_every_head_line_is_listed_as_removed_with_its_reason():
    brief = parse("Commentary\n\nA Title for the Brief\n\nBy Jane Doe\n\n4 March 2026\n\nThe body starts here and it is a sentence.\n")
    reasons = {r.text: r.reason for r in brief.removed}
    assert reasons["By Jane Doe"].startswith("head: byline") and reasons["Commentary"].startswith("head: doctype")


def test_a_copyright_line_that_names_no_one_is_not_a_publisher():
    assert P.publisher_from("Published by the Halden Forum. © 2026 All rights reserved.") == "Halden Forum"
    assert P.publisher_from("© 2026 All rights reserved.") is None
    assert P.publisher_from("© 2026 Halden Forum. All rights reserved.") == "Halden Forum"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Institut für europäische Sicherheitspolitik", True),
        ("Observatório de segurança atlântica", True),
        ("Fundación para el estudio de la seguridad europea", True),
        ("Osservatorio Balcani e Sicurezza", True),
        ("Polski Instytut Spraw Międzynarodowych", True),
        ("Centre stage for Europe", False),
        ("Institute warns of new risks", False),
        ("Institute for strategic studies", False),
    ],
)
def test_institution_names_in_sentence_case(line, expected):
    """Romance and German names go on in lower case after "de", "für", "para"; English headings do not."""
    assert P.is_institution(line) is expected


@pytest.mark.parametrize("label", ["Opinioni", "Standpunkt", "Tribuna", "Opinião", "Komentarz", "Point de vue", "Analyse | Défense"])
def test_section_label_above_the_title_in_other_languages(label):
    _, found, roles = head("Observatório de segurança atlântica", label, "Lisbon Should Take the Atlantic Seriously", "Por Ana Rita Sousa e Miguel Ferreira", "17 de fevereiro de 2026", "Portugal likes to describe itself as a bridge.")
    assert roles == ["masthead", "doctype", "title", "byline", "date"]
    assert found["title"] == "Lisbon Should Take the Atlantic Seriously" and found["publisher"] == "Observatório de segurança atlântica"
    assert names(found["authors"]) == ["Ana Rita Sousa", "Miguel Ferreira"]


def test_series_line_in_other_languages():
    _, found, roles = head("Zentrum für Ostseestudien", "Arbeitspapier 4/2026", "Baltic Ports Are Europe's Military Gateway", "Henrik Lindqvist", "Body text follows here.")
    assert roles[:3] == ["masthead", "doctype", "title"] and found["publisher"] == "Zentrum für Ostseestudien"


@pytest.mark.parametrize(
    "line, name, affiliation",
    [
        ("di Giulia Fontana, Istituto Adriatico di Studi Strategici", "Giulia Fontana", "Istituto Adriatico di Studi Strategici"),
        ("por Lucía Ortega Beltrán, Centro de Estudios del Estrecho", "Lucía Ortega Beltrán", "Centro de Estudios del Estrecho"),
        ("von Dr. Katrin Oberhuber, Institut für europäische Sicherheitspolitik", "Katrin Oberhuber", "Institut für europäische Sicherheitspolitik"),
        ("przez Tomasz Wiśniewski", "Tomasz Wiśniewski", None),
        ("Authors: Fiona MacAskill", "Fiona MacAskill", None),
    ],
)
def test_byline_words_in_european_languages(line, name, affiliation):
    """The institution after the comma is the affiliation, never a second author."""
    _, found, _ = head("A Title for the Brief", line, "Body text follows here.")
    [author] = found["authors"]
    assert (author.name, author.affiliation) == (name, affiliation)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Condividi su Facebook | Condividi su LinkedIn", "share"),
        ("Compartir en X · Compartir en LinkedIn · Enviar por correo", "share"),
        ("Artikel teilen: Facebook | X | LinkedIn | E-Mail", "share"),
        ("Partager sur Facebook · Partager sur LinkedIn", "share"),
        ("Folgen Sie uns auf Mastodon und LinkedIn", "follow"),
        ("Suivez-nous sur LinkedIn", "follow"),
        ("Siga-nos nas redes sociais", "follow"),
        ("Zum Newsletter anmelden", "newsletter"),
        ("Inscrivez-vous à notre lettre d'information", "newsletter"),
        ("Leia também: A Aliança e o Atlântico Sul", "related"),
    ],
)
def test_share_follow_and_subscribe_lines_in_other_languages(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize(
    "line",
    ["The newsletter debate: why subscribe to defence?", "Follow the money: Europe's defence budgets", "Centro del Estrecho", "X", "Share prices fell sharply in Warsaw and Riga."],
)
def test_share_and_follow_rules_leave_brief_text_alone(line):
    assert F.web_furniture(line) is None


@pytest.mark.parametrize(
    "line, item",
    [("¹ Ibid.", (1, "Ibid.")), ("3 See the national laws.", (3, "See the national laws.")), ("[4] Eurostat, 2025.", (4, "Eurostat, 2025.")), ("12. Ibid.", (12, "Ibid.")), ("2024 was a hard year.", None)],
)
def test_page_note_item(line, item):
    assert P.page_note_item(line) == item


def test_notes_at_the_bottom_of_each_page_are_notes_and_the_text_rejoins():
    text = "\n".join([
        "The first page ends in the middle of a sentence that goes on after the notes, which",
        "",
        "__________",
        "1 See the first source, which is cited",
        "at some length.",
        "",
        "Nordic Centre · Policy Paper 2/2026 · 1",
        "",
        "continues on the next page.² It ends here.",
        "",
        "Anmerkungen",
        "2 The second source.",
        "",
        "Nordic Centre · Policy Paper 2/2026 · 2",
    ])
    layout = parse(text)
    assert layout.notes == {1: "See the first source, which is cited at some length.", 2: "The second source."}
    assert [b.text for b in layout.blocks] == ["The first page ends in the middle of a sentence that goes on after the notes, which continues on the next page.² It ends here."]
    assert {r.text for r in layout.removed} >= {"__________", "Anmerkungen", "1 See the first source, which is cited", "at some length."}


def test_notes_under_a_drawn_rule_with_an_authors_note_first_are_notes():
    """A rule drawn with box-drawing characters over a page's notes; the author's "*" note, wrapped onto a
    line of its own, is no numbered note; the text's marks are glued to the words they follow ("harbours.1")."""
    page = "Northern Ports Forum          Working Paper          May 2026 | No. 7"
    text = "\n".join([
        page, "", "Funding the Northern Ports", "", "Anna Berg*", "",
        "Ministers agreed in May to raise the budget for port security across the whole region to",
        "4 per cent of the transport budget by 2030, with most of it for the northern harbours.1 The",
        "rest goes to inland depots, which have waited for years for a share of the money.",
        "",
        "──────────",
        "* ORCID: 0000-0002-1111-2222. The author thanks the harbour masters who answered her",
        "questions.",
        "1 Regional Council, Decision on Port Security, 12 May 2026.",
        "",
        "Northern Ports Forum                                                             1",
        page, "",
        "Where the money goes", "",
        "The money goes first to cranes, fences and sensors that any buyer can find on the market.2",
        "Nothing in the plan funds the crews who would run them, and that is the gap to close.",
        "",
        "──────────",
        "2 Interviews with three port authorities, April 2026.",
        "",
        "Northern Ports Forum                                                             2",
    ])
    layout = parse(text)
    assert layout.notes == {1: "Regional Council, Decision on Port Security, 12 May 2026.", 2: "Interviews with three port authorities, April 2026."}
    body = [b.text for b in layout.blocks if b.kind == "paragraph"]
    assert body[0].startswith("Ministers agreed in May") and "region to 4 per cent" in body[0] and "harbours.¹ The rest goes" in body[0]
    assert not any("ORCID" in b.text or "harbour masters" in b.text for b in layout.blocks)
    assert {"* ORCID: 0000-0002-1111-2222. The author thanks the harbour masters who answered her", "questions."} <= {r.text for r in layout.removed}



def test_notes_on_the_authors_at_a_page_foot_give_their_places_of_work():
    """"* Name is a fellow at …" under the rule at the foot of the cover: the marked authors' affiliations,
    read though the notes leave the text with the page's other notes."""
    text = "\n".join([
        "Harbours in the Dark: Energy Islands Under Watch", "", "Ines Caldera* and Piotr Zaremba**", "", "April 2026", "",
        "The harbour authority was sold in a decade in which trade grew faster than anyone planned, and the money",
        "came from abroad when nobody at home would lend it.1 The buyers stayed, and so did their questions.",
        "",
        "____________________",
        "* Ines Caldera is a research fellow at the Lisbon Centre for Maritime",
        "Affairs.",
        "** Piotr Zaremba is an analyst at the Baltic Ports Observatory.",
        "1 Port authority, Annual Report 2025.",
        "",
        "Harbour Papers 2/2026                                                           1",
        "",
        "The second page goes on with a paragraph of its own that ends here, as the first one did before it.",
        "",
        "Harbour Papers 2/2026                                                           2",
    ])
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ines Caldera", "Lisbon Centre for Maritime Affairs"), ("Piotr Zaremba", "Baltic Ports Observatory")]
    assert not any("research fellow" in b.text or "Affairs." == b.text for b in layout.blocks)
    assert layout.notes == {1: "Port authority, Annual Report 2025."}

def test_a_numbered_list_under_a_rule_without_page_furniture_is_not_notes():
    layout = parse("Three steps follow.\n\n__________\n1 Fund the ports.\n2 Rehearse the plan.\n\nThe end of the brief is here.\n")
    assert layout.notes == {}


def test_prose_cut_by_a_page_break_after_a_finished_sentence_rejoins():
    from brieflib.ingest.parse import rejoin_breaks

    units = [Unit("Understanding these purposes helps. Signals aimed at", 1), Unit("Western publics should be answered in public.", 3)]
    assert [u.text for u in rejoin_breaks(units, set())] == ["Understanding these purposes helps. Signals aimed at Western publics should be answered in public."]
    heading = [Unit("The Case for", 1), Unit("Europe matters.", 3)]
    assert len(rejoin_breaks(heading, set())) == 2


def test_one_longer_line_does_not_set_the_wrap_width():
    from brieflib.ingest.parse import _groups, wrap_width

    column = ["The Baltic states and their neighbours", "have already complained to the", "International Civil Aviation", "Organization and the International", "Telecommunication Union, which have", "condemned the interference. These dip-", "lomatic steps matter for the record but"]
    wide = ["This line was printed across the page, wider than the column."]
    assert wrap_width(_groups(wide + column + [""] + column)) == 38  # the column's longest filled line, not 62


def test_a_cover_of_short_lines_and_contact_blocks_does_not_hide_the_wrap_width():
    """A working paper's cover and its authors' contact blocks are many short lines over one another; the text
    under them is wrapped all the same, and its first line is no heading."""
    cover = ["WORKING PAPER", "", "Guarding the Narrow Seas:", "Mines, Cables and", "Coastal States", "",
             "Katarzyna Ławniczak and Tiago Fonseca", ""]
    for name, school, town in (("Katarzyna Ławniczak", "Vistula School of Economics", "PL-80-001 Gdańsk"),
                               ("Tiago Fonseca", "Tagus University", "P-1000 Lisboa")):
        cover += [name, school, "Department of Economics", town, "Email:", f"{name.split()[0].lower()}@example.org", ""]
    body = [
        "Since the first cable was cut in the Gulf of Finland, the coastal states of the",
        "Baltic Sea have looked for ways to protect what lies on their seabed without",
        "stretching the law of the sea beyond what their partners would accept. This paper",
        "asks which of the tools they have tried has raised the cost of sabotage the most.",
        "",
        "Our answer is that patrols matter less than the threat of seizing the ship that",
        "dragged its anchor, and that the threat works only where a state has used it once.",
    ]
    from brieflib.ingest.parse import _groups, wrap_width

    assert wrap_width(_groups(cover + body)) == wrap_width(_groups(body))
    blocks = parse("\n".join(cover + body)).blocks
    first = next(b for b in blocks if b.text.startswith("Since the first cable"))
    assert first.kind == "paragraph" and first.text.endswith("raised the cost of sabotage the most.")


def test_a_copyright_line_under_a_full_caption_is_a_line_of_its_own():
    import textwrap

    from brieflib.ingest.parse import split_units

    caption = "Cover photo: A freight train on the new line between Belgrade and Budapest near Novi Sad, 2024."
    body = textwrap.wrap("The railway was meant to be the showcase of a partnership that brought loans and builders. " * 6, 94)
    units = split_units([caption, "© Jelena Marković / Danube Photo Agency", "", *body])
    assert [u.text for u in units][:2] == [caption, "© Jelena Marković / Danube Photo Agency"]


def test_a_sentence_opening_with_a_surname_particle_is_not_a_byline():
    """"Von der Leyen …" opens prose: the names after a byline word start with a capital."""
    from brieflib.ingest.head import byline_start

    assert not byline_start("Von der Leyen Kyiv Müller, the commission said, will decide.")
    end, found, _ = head("A Title for the Brief", "von der Leyen Müller, the commission said, will decide.", "More text.")
    assert end == 1 and "authors" not in found
    _, found, _ = head("A Title for the Brief", "von Katrin Oberhuber", "More text.")
    assert names(found["authors"]) == ["Katrin Oberhuber"]


def test_markers_follow_notes_numbered_per_page():
    from brieflib.ingest.parse import renumber_markers
    from brieflib.model.brief import Block

    blocks = [Block("paragraph", "One.¹ Two.²", 1), Block("paragraph", "Three.¹", 3)]
    renumber_markers(blocks, [1, 2, 1])
    assert [b.text for b in blocks] == ["One.¹ Two.²", "Three.³"]
    unmatched = [Block("paragraph", "One.¹ Area in km²", 1)]
    renumber_markers(unmatched, [1, 1])
    assert unmatched[0].text == "One.¹ Area in km²"


def test_a_wrapped_paragraph_that_opens_like_an_author_line_stays_whole():
    """Lines that look like "Name, role" are a head's own lines only in the head, and only short."""
    from brieflib.ingest.parse import split_units

    paragraph = [
        "Anna Müller, the minister, said on Monday that the plan",
        "would cost more than expected and take longer to build,",
        "and that the government would ask parliament for funds.",
        "Jan Kowalski, her deputy, said the first money would go",
        "to air defence along the eastern border later this year.",
    ]
    assert len(split_units(paragraph)) == 1
    opening = [
        "The government has promised to double the budget for air",
        "defence by the end of the decade, and to buy the systems",
        "in Europe wherever it can, but it has not said from where.",
        "",
        "Who pays for the defence of Europe, and who decides it?",
        "Anna Müller, the minister, thinks Berlin should decide.",
    ]
    assert [u.text for u in split_units(opening)][-1] == "Who pays for the defence of Europe, and who decides it? Anna Müller, the minister, thinks Berlin should decide."


def test_a_romanian_web_head():
    """Institution, section label, lower-case "de" byline and date, in one more language."""
    assert D.parse_date("12 februarie 2026") == "2026-02-12" and D.parse_date("Publicat la 3 martie 2026") == "2026-03-03"
    _, found, roles = head("Institutul pentru politici de securitate din Iași", "Analize", "Moldova's Border Is Europe's Border Now", "de Ana-Maria Popescu", "12 februarie 2026", "When the Union opened talks, it took on more.")
    assert roles == ["masthead", "doctype", "title", "byline", "date"]
    assert names(found["authors"]) == ["Ana-Maria Popescu"] and found["publisher"] == "Institutul pentru politici de securitate din Iași"
    assert F.web_furniture("Distribuie pe Facebook | Distribuie pe LinkedIn | Trimite pe e-mail")[0] == "share"
    assert F.web_furniture("Urmăriți-ne pe Facebook și LinkedIn")[0] == "follow"


def test_a_title_opening_with_de_is_not_a_byline():
    _, found, roles = head("De Facto Allies", "How Europe and Japan work together", "by Hiroshi Tanaka", "Body text follows here.")
    assert roles[:2] == ["title", "subtitle"] and found["title"] == "De Facto Allies"


@pytest.mark.parametrize("line", [
    "Research   Commentary   Podcasts   Events   About   Donate",
    "Accueil | Programmes | Publications | Événements | Qui sommes-nous ? | EN",
    "Strona główna  Analizy  Komentarze  Wydarzenia  O nas  EN | PL",
    "Inicio · Análisis · Publicaciones · Eventos · Contacto",
])
def test_site_menu_on_one_line(line):
    """A web page's menu copied as one row: five or more items of one to three words, set apart by wide spaces or bars."""
    assert F.web_furniture(line)[0] == "menu-row"


@pytest.mark.parametrize("line", [
    "Poland  Estonia  Latvia  Lithuania",             # four items: a list in the text as often as a menu
    "Country | 2024 | 2025 | 2026 | 2027",            # a table row: figures
    "Ukraine, Moldova, Georgia, Armenia and Azerbaijan.",
    "Deter.  Defend.  Deliver.  Decide.  Deploy.",    # sentences, not menu items
])
def test_menu_row_leaves_lists_and_table_rows_alone(line):
    assert F.web_furniture(line) is None


@pytest.mark.parametrize("line, rule", [
    ("Nota legale | Informativa sulla privacy | Contatti", "legal-links"),
    ("Impressum  ·  Datenschutz  ·  Barrierefreiheit", "legal-links"),
    ("Mentions légales · Politique de confidentialité · Plan du site", "legal-links"),
    ("Polityka prywatności | Kontakt", "legal-links"),
    ("Privacyverklaring | Disclaimer | Colofon", "legal-links"),
    ("Aviso legal | Política de privacidad | Cookies", "legal-links"),
    ("▶ 00:00 / 12:31", "audio-player"),
    ("0:00 | 4:05", "audio-player"),
    ("Listen to this commentary", "audio-player"),
    ("Écouter cet article", "audio-player"),
    ("Artikel anhören (6 Min.)", "audio-player"),
    ("Print    Download PDF", "share"),
    ("Imprimer      Télécharger le PDF", "share"),
    ("27 likes · 9 restacks", "reactions"),
    ("5 Likes   2 Comments   1 Share", "reactions"),
    ("You're a free subscriber to The Eastern Letter.", "newsletter-footer"),
    ("Unsubscribe | Update your preferences", "newsletter-footer"),
    ("Forward this email to a colleague", "newsletter-footer"),
    ("Open in browser", "newsletter-footer"),
    ("You received this message because you signed up on our website.", "newsletter-footer"),
    ("Thanks for reading The Eastern Letter! Subscribe to receive new posts.", "newsletter"),
    ("Subscreva a nossa newsletter", "newsletter"),
    ("Suscríbase a nuestro boletín", "newsletter"),
])
def test_footer_and_player_furniture_in_several_languages(line, rule):
    """Legal links, audio players, spaced print rows, reaction counters and mailing-list footers of web copies."""
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("line", [
    "Privacy is what the new rules are about.",           # a sentence that opens with one of the words
    "Contact between the two armies | 2024 | 2025",       # a table row
    "The talks lasted from 10:00 to 16:30 on both days.",  # times inside prose
    "Listen to the generals: they asked for munitions, not plans.",
    "Ten likes do not make a policy.",
])
def test_footer_furniture_leaves_prose_alone(line):
    assert F.web_furniture(line) is None


@pytest.mark.parametrize("line, publisher", [
    ("© 2026 Centrum Studiów Morskich – Wszelkie prawa zastrzeżone | Polityka prywatności | Kontakt", "Centrum Studiów Morskich"),
    ("© 2025 Fondation pour la Sécurité Maritime · Tous droits réservés · Mentions légales", "Fondation pour la Sécurité Maritime"),
    ("Copyright 2026 Instituto Atlântico | Todos os direitos reservados", "Instituto Atlântico"),
])
def test_copyright_footer_with_links_names_its_publisher(line, publisher):
    assert P.publisher_from(line) == publisher and P.is_boilerplate(line)


def test_related_links_may_be_questions():
    """A list of related titles after its label goes, even when a title asks a question."""
    layout = parse("A Title\n\nBy Ann Lee\n\n" + "Body words run on here. " * 8 + "\n\nLeia também\n- Quem paga a defesa da Europa?\n- A NATO depois de Haia\n\n© 2026 Instituto Atlântico. Todos os direitos reservados.\n")
    assert [b.text for b in layout.blocks][-1].startswith("Body words")
    assert any(r.text == "- Quem paga a defesa da Europa?" and "related" in r.reason for r in layout.removed)


_PROSE = (
    "The ministers met in the spring to agree on a plan for the harbours of the north. "
    "They found that the money was there but the will to spend it together was not."
)


def body_texts(layout) -> list[str]:
    return [b.text for b in layout.blocks]


def test_comment_section_is_furniture():
    """A web copy's comments (count, commenter, timestamp, text, Reply, the reply form) end the body."""
    text = (
        "A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " The end of the brief came here.\n\n"
        "2 Comments\n\nJ. Novak\n12 April 2026 at 9:05 pm\nA fine piece, though I doubt the ministers will listen.\nReply\n\n"
        "Maria S.\n13/04/2026 08:10\nWho pays for it all?\nAntworten\n\n"
        "Leave a Reply\nYour email address will not be published.\nComment *\nName *\nEmail *\nWebsite\nPost Comment\n\n"
        "© 2026 Harbour Institute · Contact · Privacy\n"
    )
    layout = parse(text)
    assert body_texts(layout)[-1].endswith("The end of the brief came here.")
    removed = {r.text: r.reason for r in layout.removed}
    assert "comment" in removed["Who pays for it all?"] and "comment" in removed["Post Comment"] and "comment" in removed["J. Novak"]


def test_a_shared_documents_comments_signed_with_a_colon_are_furniture():
    """A shared draft's comments at its end: "Name: their words" lines under "Comments (2)"."""
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " The end of the brief came here.\n\n"
                   "Comments (2)\nOla N.: Should we cite the port authority here?\nKarim B.: Resolved.\n")
    assert body_texts(layout)[-1].endswith("The end of the brief came here.")


def test_a_comments_heading_over_labelled_points_stays():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nComments\n\nFirst: the money is there.\n\n"
                   "Second: the will is not, and the ministers know it.\n")
    assert body_texts(layout)[-1] == "Second: the will is not, and the ministers know it."


def test_a_comments_heading_needs_comments_under_it():
    """"Comments" over prose with no commenter, timestamp or reply button is a section of the brief."""
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nComments\n\n" + _PROSE + " Still the brief.\n")
    assert body_texts(layout)[-1].endswith("Still the brief.")


def test_pull_quote_that_repeats_the_body_is_furniture():
    """A short quoted line standing alone, nearly the words of a body sentence, is a pull quote: out of the body."""
    text = "A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n«The money was there, but the will to spend it together was not.»\n\n" + _PROSE + "\n"
    layout = parse(text)
    assert not any(t.startswith("«") for t in body_texts(layout))
    assert any(r.text.startswith("«") and "pull quote" in r.reason for r in layout.removed)


def test_a_quoted_line_that_repeats_nothing_stays():
    text = "A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n“We will not pay for other people’s harbours,” said one minister.\n\n" + _PROSE + "\n"
    assert any(t.startswith("“We will not pay") for t in body_texts(parse(text)))


@pytest.mark.parametrize("closing, iso", [("Lisbon, 2 de fevereiro de 2026", "2026-02-02"), ("Warszawa, 12 stycznia 2026", "2026-01-12"), ("Brussels, 3 March 2026", "2026-03-03")])
def test_place_and_date_after_the_last_paragraph(closing, iso):
    """"Place, date" under the last paragraph is the tail, and the date when the head states none."""
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n" + closing + "\n")
    assert body_texts(layout)[-1].endswith("Last words.")
    assert [f.value for f in layout.findings if f.field == "date"] == [iso]
    dated = parse("A Title for the Harbours\n\nBy Ann Lee\n\n1 May 2026\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n" + closing + "\n")
    assert [f.value for f in dated.findings if f.field == "date"] == ["2026-05-01"]


@pytest.mark.parametrize("label_line, bio", [
    ("Über die Autorin", "Katrin Vogel leitet den Bereich Sicherheit am Ostsee-Institut in Kiel."),
    ("Over de auteur", "Jan de Wit werkt als onderzoeker bij het Noordzee Centrum."),
    ("Sobre o autor", "Tiago Ramos é investigador no Instituto do Atlântico."),
    ("About the rapporteur", "Mira Holm is a researcher at the Harbour Institute."),
])
def test_author_box_at_the_end_in_other_languages(label_line, bio):
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n" + label_line + "\n" + bio + "\n\nTags: harbours, ports\n")
    assert body_texts(layout)[-1].endswith("Last words.")
    assert [u.text for u in layout.bios] == [bio]


def test_sign_off_of_a_newsletter_is_not_body():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\nWarm regards,\nAnn\n\nUnsubscribe\n")
    assert body_texts(layout)[-1].endswith("Last words.")
    assert any(r.text.startswith("Warm regards,") and "sign-off" in r.reason for r in layout.removed)


def test_endnotes_numbered_without_a_point():
    """Under an "Endnotes" label, "1 Text", "2 Text" with hanging indents are notes, counted one by one."""
    prose = "The ministers met in the spring to agree on a plan for the harbours of the north. They found that the money was there but the will to spend it together was not, and the plan failed.¹ Nobody was surprised by that outcome at all.²\n"
    notes = "Endnotes\n\n1 Report of the harbour commission, Brussels, 5 December\n  1994.\n2 Interviews with officials in three ports, January\n  2026.\n"
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + prose + "\n" + prose + "\n" + notes)
    assert layout.notes == {1: "Report of the harbour commission, Brussels, 5 December 1994.", 2: "Interviews with officials in three ports, January 2026."}
    assert body_texts(layout)[-1].endswith("outcome at all.²")


# -- issue 13: heads of layouts the converter had not seen ---------------------------------


def _head_fields(text: str):
    from pathlib import Path

    from brieflib.ingest.metadata import extract

    layout = parse(text)
    return extract(layout, Path("x.txt"), "x.txt"), layout


_BODY = "Body words run on here and say something about the matter at hand. " * 4


@pytest.mark.parametrize("chrome", [
    "Suche",                                   # a lone search box
    "Accueil › Publications › Analyse",        # a breadcrumb the furniture rules left
    "Inicio / Opinión",                        # a breadcrumb with slashes
    "Zoeken   Menu   NL | EN",                 # a menu row
])
def test_title_is_the_heading_nearest_above_the_byline(chrome):
    """What sits above the title on a web page is chrome: listed with a reason, not the title."""
    brief, layout = _head_fields(f"Centro de Estudios Atlánticos\n{chrome}\n\nWhy Ports Matter for Deterrence\n\nBy Ana Ruiz\n12 March 2026\n\n{_BODY}\n")
    assert brief.title == "Why Ports Matter for Deterrence"
    assert [a.name for a in brief.authors] == ["Ana Ruiz"] and brief.date == "2026-03-12"
    assert any(r.text == chrome and r.reason for r in layout.removed)


def test_title_above_a_subtitle_stays_the_title_under_chrome():
    brief, _ = _head_fields(f"Search\n\nCold Steel: Arming the Northern Flank\n\nWhy Nordic stockpiles will not last a long war\n\nWritten by Eva Lund\n2 June 2026\n\n{_BODY}\n")
    assert brief.title == "Cold Steel: Arming the Northern Flank"


def test_caps_kicker_above_a_title_case_headline_is_not_the_title():
    brief, layout = _head_fields(f"NORTH AFRICA\n\nWhy the Sahel Matters for European Security\n\nLast updated 4 May 2026\n\n{_BODY}\n")
    assert brief.title == "Why the Sahel Matters for European Security"
    assert any(r.text == "NORTH AFRICA" and "chrome" in r.reason for r in layout.removed)


def test_caps_title_above_a_sentence_case_subtitle_stays_the_title():
    brief, _ = _head_fields(f"HOLDING THE LINE\n\nAir defence and the protection of European cities\n\nAnna Berg and Piotr Nowak\n\n4 May 2026\n\n{_BODY}\n")
    assert brief.title == "HOLDING THE LINE"


@pytest.mark.parametrize("line, iso", [
    ("Research Paper 7/2026                         14-05-2026", "2026-05-14"),
    ("Assessment 12/2025          Date: 2025-11-03", "2025-11-03"),
    ("Note d'analyse 4/2026        3 mars 2026", "2026-03-03"),
])
def test_head_line_of_two_fields_apart(line, iso):
    brief, layout = _head_fields(f"{line}\n\nA Harbour Too Far\n\nBy Tom Hale\n\n{_BODY}\n")
    assert brief.date == iso and brief.title == "A Harbour Too Far"


@pytest.mark.parametrize("name", [
    "Haags Centrum voor Veiligheidsstudies",
    "Nordisk Institut for Forsvarsstudier",
    "Baltic Maritime Forum (BMF)",
    "Centre pour la Sécurité Européenne",
    "Osservatorio sulla Difesa Europea",
    "Centro de Estudios del Estrecho",
])
def test_institution_names_with_connectors_and_acronyms(name):
    assert P.is_institution(name)


def test_memo_header_gives_title_date_and_author():
    brief, layout = _head_fields(
        "MEMORANDUM\n\nTO:      Ministers of the coalition\nFROM:    Jan Novák, Senior Analyst, Prague Institute for Security Studies\n"
        f"DATE:    4 May 2026\nSUBJECT: Rethinking Air Defence in Central Europe\n\n{_BODY}\n"
    )
    assert brief.title == "Rethinking Air Defence in Central Europe" and brief.date == "2026-05-04"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Jan Novák", "Prague Institute for Security Studies")]
    assert all(r.reason for r in layout.removed if r.text.startswith(("TO:", "FROM:")))


@pytest.mark.parametrize("header", [
    "From:    The Weekly Signal <news@signal.example>\nSent:    Monday, May 4, 2026 9:12 AM\nTo:      reader@example.org\nSubject: Ports Before Tanks",
    "Von:     Der Wochenbrief <post@brief.example>\nGesendet: Montag, 4. Mai 2026\nAn:      leser@example.org\nBetreff: Ports Before Tanks",
])
def test_printed_email_header_names_no_sender_as_author(header):
    brief, _ = _head_fields(f"{header}\n\nPorts Before Tanks\n\nBy Mia Holm\n\n{_BODY}\n")
    assert brief.title == "Ports Before Tanks" and brief.date == "2026-05-04"
    assert [a.name for a in brief.authors] == ["Mia Holm"]


def test_endnotes_numbered_without_a_point_in_a_hard_wrapped_dump():
    import textwrap

    prose = textwrap.fill(_PROSE + " " + _PROSE + " They met again in the autumn and failed again.¹ Nobody was surprised.²", 72)
    notes = "Endnotes\n\n1 Report of the harbour commission, Brussels, 5 December\n  1994.\n2 Interviews with officials in three ports, January\n  2026.\n"
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + prose + "\n\n" + prose + "\n\n" + notes)
    assert layout.notes == {1: "Report of the harbour commission, Brussels, 5 December 1994.", 2: "Interviews with officials in three ports, January 2026."}
    assert body_texts(layout)[-1].endswith("Nobody was surprised.²")


@pytest.mark.parametrize("line, rule", [
    ("Tagi: obrona, Bałtyk, porty", "tags"),
    ("Trefwoorden: havens, NAVO", "tags"),
    ("Stichworte: Häfen, Ostsee", "tags"),
    ("Artigos relacionados", "related"),
    ("Articoli correlati", "related"),
    ("Powiązane artykuły", "related"),
    ("Sur le même sujet", "related"),
])
def test_tags_and_related_labels_in_more_languages(line, rule):
    assert F.web_furniture(line)[0] == rule


def test_running_footer_with_its_page_number_set_apart_by_spaces():
    """"Policy Paper 2/2026 | Harbour Institute          4": the number at the right margin, after a run of spaces."""
    assert F.page_key("Policy Paper 2/2026 | Harbour Institute               4") == F.page_key("Policy Paper 2/2026 | Harbour Institute          5")
    assert F.page_key("7      Harbour Institute · Policy Paper") == F.page_key("Harbour Institute · Policy Paper")
    assert F.page_key("The fleet had 3") != F.page_key("The fleet had 4")  # a number after one space stays


def test_provenance_line_above_the_title_names_the_publisher():
    brief, _ = _head_fields(f"Evidence submitted by the Example Centre for Maritime Studies (XYZ0042)\n\nThe Quiet Seabed\n\nAuthor: Lea Brandt\n\n{_BODY}\n")
    assert brief.title == "The Quiet Seabed" and brief.publisher == "Example Centre for Maritime Studies"


@pytest.mark.parametrize("line, expected", [
    ("Prepared by: Marek Zając, Senior Analyst; Lena Voss, Analyst", [("Marek Zając", None), ("Lena Voss", None)]),
    ("Authors: Ana Lopes and Jonas Berg, Lisbon Institute for Atlantic Studies",
     [("Ana Lopes", "Lisbon Institute for Atlantic Studies"), ("Jonas Berg", "Lisbon Institute for Atlantic Studies")]),
    ("Opracowanie: Anna Kowal, Instytut Bezpieczeństwa Morskiego", [("Anna Kowal", "Instytut Bezpieczeństwa Morskiego")]),
])
def test_labelled_bylines(line, expected):
    brief, _ = _head_fields(f"A Harbour Too Far\n\n{line}\n\n{_BODY}\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == expected


def test_role_words_are_not_names_or_places_of_work():
    assert not P.is_person_name("Senior Analyst") and not P.is_person_name("Visiting Fellow")
    assert P.describe("Senior Research Fellow")[0] is None


def test_contributors_label_with_name_and_institution_lines():
    brief, _ = _head_fields(
        "SYMPOSIUM\n\nThree Views on the Northern Flank\n\nContributors:\nAnna Berg\nNordic Institute for Defence Studies\n"
        f"Piotr Nowak\nWarsaw Centre for Eastern Studies\n\n{_BODY}\n"
    )
    assert brief.title == "Three Views on the Northern Flank"
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Anna Berg", "Nordic Institute for Defence Studies"), ("Piotr Nowak", "Warsaw Centre for Eastern Studies")]


def test_table_of_contents_with_dot_leaders_is_page_furniture():
    """A contents page ("Contents" / "Inhalt" over "1. Title ....... 3") is the document's, not the brief's text."""
    lines = ["Inhalt", "", "1. Einleitung .................... 3", "2. Die Häfen . . . . . . . . . . . 5", "Über die Autoren ............... 9", "", "1. Einleitung", "", "Die Häfen sind wichtig."]
    kept, removed = F.remove_page_furniture(lines, lambda line: False)
    assert [r[0] for r in removed] == [1, 3, 4, 5] and all("contents" in r[3] for r in removed)
    assert kept[6] == "1. Einleitung"


@pytest.mark.parametrize("names, places", [
    ("Ann Lee¹, Bo Chan² and Cy Díaz¹", "¹ Example Institute for Security\n² Northern University, Faculty of Law"),
    ("Ann Lee1, Bo Chan2 and Cy Díaz1", "1 Example Institute for Security\n2 Northern University, Faculty of Law"),
])
def test_authors_with_affiliation_marks(names, places):
    brief, layout = _head_fields(f"The Price of Readiness\n\n{names}\n\n{places}\n\n{_BODY}\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Ann Lee", "Example Institute for Security"), ("Bo Chan", "Northern University, Faculty of Law"), ("Cy Díaz", "Example Institute for Security")]
    assert layout.blocks[0].text.startswith("Body words")


def test_title_wrapped_over_two_lines():
    verse = "Short lines stand here.\nThey are not wrapped.\nEach one ends.\nSo does this one."  # a dump that is not hard-wrapped
    brief, _ = _head_fields(f"Holding the Line in the North: Towards a Shared Nordic-Baltic\nAir Defence Command for the Coming Decade\n\nAnna Berg and Piotr Nowak\n\n{_BODY}\n\n{verse}\n")
    assert brief.title == "Holding the Line in the North: Towards a Shared Nordic-Baltic Air Defence Command for the Coming Decade"


def test_title_and_sentence_case_subtitle_on_next_lines_stay_apart():
    verse = "Short lines stand here.\nThey are not wrapped.\nEach one ends.\nSo does this one."  # a dump that is not hard-wrapped
    brief, _ = _head_fields(f"Holding the Line in the North After the Summit of Vilnius\nWhy air defence needs a shared command\n\nAnna Berg and Piotr Nowak\n\n{_BODY}\n\n{verse}\n")
    assert brief.title == "Holding the Line in the North After the Summit of Vilnius"


@pytest.mark.parametrize("line, rule", [
    ("Briefing Note 4/2026 · Page 1 of 3", "page-footer"),
    ("Harbour Institute | Seite 2 von 5", "page-footer"),
    ("UNCLASSIFIED", "marking"),
    ("NATO UNCLASSIFIED", "marking"),
    ("OFFICIAL-SENSITIVE", "marking"),
    ("TLP:CLEAR", "marking"),
    ("NICHT EINGESTUFT", "marking"),
])
def test_page_footers_and_protective_markings(line, rule):
    """A footer that carries its page number, and a protective marking printed on every page, even when seen once."""
    found = F.PAGE_FURNITURE.first(line, __import__("collections").Counter(), True)
    assert found is not None and found.name == rule


@pytest.mark.parametrize("line", ["Unclassified information was shared widely.", "The memo · a page of history", "OFFICIAL FIGURES FOR 2025"])
def test_page_footers_and_markings_leave_text_alone(line):
    assert F.PAGE_FURNITURE.first(line, __import__("collections").Counter(), True) is None


@pytest.mark.parametrize("line", ["Dear readers,", "Dear Friends and Colleagues,", "Liebe Leserinnen und Leser,", "Chers lecteurs,", "Queridos lectores,", "Caros leitores,", "Drodzy Czytelnicy,", "Beste lezers,"])
def test_a_letters_salutation_is_furniture(line):
    assert F.web_furniture(line)[0] == "salutation"


def test_a_salutation_is_not_joined_to_the_first_paragraph():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\nDear readers,\n\n" + _PROSE + "\n\n" + _PROSE + "\n")
    assert body_texts(layout)[0].startswith("The ministers met")


def test_numbered_section_heading_after_numbered_recommendations():
    """"1. Introduction" after recommendations "1. …" to "3. …": the numbering starts again with a short line over prose: a heading."""
    text = (
        "A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n"
        "1. Pool the money of the coastal states in one fund.\n\n2. Share the tracking data of all ships.\n\n3. Agree on inspections before the crisis.\n\n"
        "1. Introduction\n\n" + _PROSE + "\n"
    )
    kinds = [(b.kind, b.text) for b in parse(text).blocks]
    assert ("heading", "1. Introduction") in kinds and ("item", "3. Agree on inspections before the crisis.") in kinds


def test_heading_after_a_paragraph_ending_with_a_plain_note_number():
    """A PDF dump prints a note marker as a plain digit after the full stop ("doubled.2"): the paragraph has ended."""
    text = "A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + " The costs have doubled.2\n\n2. Three obstacles\n\n" + _PROSE + "\n"
    assert ("heading", "2. Three obstacles") in [(b.kind, b.text) for b in parse(text).blocks]


@pytest.mark.parametrize("line, rule", [
    ("Deel dit artikel: LinkedIn X Facebook E-mail", "share"),
    ("Partager : Facebook · X · LinkedIn · Courriel", "share"),
    ("Leestijd: 7 minuten", "reading-time"),
    ("Czas czytania: 6 minut", "reading-time"),
])
def test_share_rows_and_reading_time_in_more_languages(line, rule):
    assert F.web_furniture(line)[0] == rule


def test_italic_bio_under_the_title_names_the_author():
    brief, _ = _head_fields(f"Opinión\n\nThe Sea Is Not a Wall\n\n_Marta Ferreira is head of the Maritime Programme at the Instituto de Estudos Navais in Porto._\n\n{_BODY}\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Marta Ferreira", "Instituto de Estudos Navais")]


def test_plain_sentence_under_the_title_names_no_author():
    brief, _ = _head_fields(f"The Sea Is Not a Wall\n\nVladimir Orlov is a name the admirals in Moscow prefer to forget.\n\n{_BODY}\n")
    assert brief.authors == []


@pytest.mark.parametrize("intro, name, affiliation", [
    ("Eva Lund, a senior fellow at the Nordic Institute for Security, spoke with Pavel Horák about", "Eva Lund", "Nordic Institute for Security"),
    ("Clara Vidal, chercheuse au Centre d'études atlantiques, s'est entretenue avec Paul Morel sur", "Clara Vidal", "Centre d'études atlantiques"),
])
def test_interviewer_named_in_the_first_paragraph(intro, name, affiliation):
    brief, layout = _head_fields(f"Example Policy Lab – Conversations\n\n\u201cWe Cannot Wait for Washington\u201d\n\n{intro} the war and what comes after it in the region.\n\n{_BODY}\n")
    assert brief.title == "\u201cWe Cannot Wait for Washington\u201d" and brief.publisher == "Example Policy Lab"
    assert [(a.name, a.affiliation) for a in brief.authors] == [(name, affiliation)]
    assert layout.blocks[0].text.startswith(intro)  # the intro stays the first paragraph


def test_numbered_paragraph_with_a_hanging_indent_is_one_unit():
    """"6.   Beyond …" with its next lines indented under the text: one numbered paragraph, though no wrap width is found."""
    from brieflib.ingest.parse import split_units

    lines = ["6.   The ports are open, but the rules for ships from third", "     Countries differ from one state to the next.", "", "7.   Cooperation works.", "     - a sub-item stays apart"]
    assert [u.text for u in split_units(lines)] == [
        "6.   The ports are open, but the rules for ships from third Countries differ from one state to the next.",
        "7.   Cooperation works.",
        "- a sub-item stays apart",
    ]


@pytest.mark.parametrize("line", ["Por Ana Lopes | 2 de fevereiro de 2026", "By Ana Lopes · 2 February 2026", "Von Ana Lopes | 2. Februar 2026"])
def test_byline_with_a_date_segment(line):
    brief, _ = _head_fields(f"The Sea Is Not a Wall\n\n{line}\n\n{_BODY}\n")
    assert [(a.name, a.affiliation, a.position) for a in brief.authors] == [("Ana Lopes", None, None)] and brief.date == "2026-02-02"


def test_institution_listed_without_its_bracketed_acronym():
    assert P.institution_name("BALTIC MARITIME FORUM (BMF)") == "Baltic Maritime Forum"


@pytest.mark.parametrize("line, publisher", [
    ("Published by the Harbour Institute as part of its Northern Seas series.", "Harbour Institute"),
    ("Published by the Centre for Maritime Reform in cooperation with the Port Forum.", "Centre for Maritime Reform"),
    ("Published by the Centre for Maritime Reform, Gdańsk", "Centre for Maritime Reform"),
])
def test_published_by_line_names_only_the_publisher(line, publisher):
    assert P.publisher_from(line) == publisher


def test_a_published_by_line_between_head_and_body_is_not_a_heading():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nPublished by the Harbour Institute, Gdańsk\n\nIntroduction\n\n" + _PROSE + "\n")
    assert "Published by the Harbour Institute, Gdańsk" not in body_texts(layout)
    assert [u.text for u in layout.boilerplate] == ["Published by the Harbour Institute, Gdańsk"]


def test_a_sentence_about_copyright_or_publishing_stays_in_the_body():
    for sentence in ["Copyright law in Europe protects all such works.", "This report was published by the Commission in 2020."]:
        layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + sentence + "\n\n" + _PROSE + "\n")
        assert sentence in body_texts(layout)


def test_contributions_signed_with_a_dash():
    """A roundtable: each contribution ends with "— Name"; the next title is a heading, and the last signature is not body."""
    text = (
        "A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n— Jan Kowalski\n\nThe north must pay its share\n\n" + _PROSE + "\n– Marta Silva\n\n"
        "Published by the Harbour Institute as part of its Northern Seas series.\n"
    )
    layout = parse(text)
    assert ("heading", "The north must pay its share") in [(b.kind, b.text) for b in layout.blocks]
    assert body_texts(layout)[-1] == _PROSE
    assert any(r.text == "– Marta Silva" and "signature" in r.reason for r in layout.removed)


@pytest.mark.parametrize("line", ["The north must pay its share", "Europe's fair share", "Sharing the burden", "Why partners share intelligence"])
def test_a_heading_with_the_word_share_is_not_a_share_button(line):
    assert F.web_furniture(line) is None


@pytest.mark.parametrize("line", ["Share this article", "Share on LinkedIn", "Partager :", "Artikel teilen", "Compartir en X", "Dit artikel delen"])
def test_short_share_buttons(line):
    assert F.web_furniture(line)[0] == "share"


@pytest.mark.parametrize("line", ["Partilhar no Facebook | Partilhar no LinkedIn | Imprimir", "Compartilhar no WhatsApp", "Teilen auf Mastodon"])
def test_share_buttons_with_prepositions(line):
    assert F.web_furniture(line)[0] == "share"


def test_numbers_after_the_notes_have_ended_start_no_note():
    import textwrap

    from brieflib.ingest.parse import split_units

    wrapped = textwrap.fill(_PROSE + " more" * 11 + " 2 million people moved to the coast in those years.", 72).split("\n")
    assert wrapped[-1].startswith("2 million")
    lines = [*textwrap.fill(_PROSE * 2, 72).split("\n"), "", "Notes", "", "1 First note, wrapped at the same width as the rest of", "  the text.", "", *wrapped]
    assert [u.text for u in split_units(lines)][-1].endswith("more 2 million people moved to the coast in those years.")


@pytest.mark.parametrize("kicker", ["WESTERN BALKANS", "ENERGY SECURITY", "EASTERN NEIGHBOURHOOD", "South Caucasus", "Baltic Sea"])
def test_kicker_words_are_not_names(kicker):
    assert not P.is_person_name(kicker)
    brief, _ = _head_fields(f"Why the Sahel Matters for European Security\n\n{kicker}\n\n{_BODY}\n")
    assert brief.authors == []


@pytest.mark.parametrize("name", ["Rebecca West", "OLIVER NORTHCOTT", "Anna Baltica"])
def test_names_near_kicker_words_stay_names(name):
    assert P.is_person_name(name)


@pytest.mark.parametrize("line", ["Rapporteur: Ieva Kalniņa, Riga Institute for Baltic Studies", "Rapporteure : Ieva Kalniņa, Institut balte d'études stratégiques"])
def test_rapporteur_label_names_the_author(line):
    brief, _ = _head_fields(f"Small Navies, Long Coasts\n\n{line}\nPublished 10 March 2026\n\n{_BODY}\n")
    assert [a.name for a in brief.authors] == ["Ieva Kalniņa"] and brief.authors[0].affiliation.startswith(("Riga", "Institut"))


def test_section_label_between_subtitle_and_byline_is_passed_over():
    brief, _ = _head_fields(f"Cold Steel on the Northern Flank\n\nWhy Nordic stockpiles will not last a long war\n\nCommentary\n\nBy Eva Lund\n\n{_BODY}\n")
    assert brief.title == "Cold Steel on the Northern Flank"


def test_two_title_like_lines_above_a_subtitle_keep_the_first_as_title():
    """Nothing above the title looks like chrome: the first heading-like line stays the title."""
    brief, layout = _head_fields(f"Cold Steel on the Northern Flank\n\nArming the Nordic Armies\n\nWhy Nordic stockpiles will not last a long war\n\nBy Eva Lund\n\n{_BODY}\n")
    assert brief.title == "Cold Steel on the Northern Flank"
    assert not any("chrome" in r.reason for r in layout.removed)


@pytest.mark.parametrize("bio, known, expected", [
    ("Eva de Wit is onderzoeker bij het Leids Centrum voor Veiligheidsstudies.", frozenset(), ("Eva de Wit", "Leids Centrum voor Veiligheidsstudies")),
    ("Jonas Keller leitet die Abteilung Cyber am Institut für Sicherheitspolitik Kiel.", frozenset({"Jonas Keller"}), ("Jonas Keller", "Institut für Sicherheitspolitik Kiel")),
    ("Jonas Keller leads the cyber team at the Example Institute for Security.", frozenset({"Jonas Keller"}), ("Jonas Keller", "Example Institute for Security")),
    ("Marie Roux est chercheuse en Europe centrale depuis dix ans.", frozenset({"Marie Roux"}), ("Marie Roux", None)),
])
def test_bios_in_other_languages_name_the_place_of_work(bio, known, expected):
    assert [(a.name, a.affiliation) for a in P.parse_bios(bio, known)] == [expected]


@pytest.mark.parametrize("line", [
    "For discussion – not for citation without permission",
    "Draft: do not cite or circulate",
    "Handling: Approved for public release. Based on open sources only.",
    "Distribution unlimited",
    "Ne pas citer sans autorisation",
    "Nicht zur Zitierung freigegeben",
])
def test_distribution_statements_are_furniture(line):
    assert F.web_furniture(line)[0] == "distribution"


@pytest.mark.parametrize("line", ["Ministers asked that the report not be cited before the summit.", "For discussion at the summit", "Approved budgets rose by a third."])
def test_distribution_statements_leave_prose_alone(line):
    assert F.web_furniture(line) is None


@pytest.mark.parametrize("line, affiliation", [
    ("Par Claire Dubois, chercheuse associée à l'Institut Atlantique de Stratégie", "Institut Atlantique de Stratégie"),
    ("Door Eva de Wit, onderzoeker bij het Leids Centrum voor Veiligheidsstudies", "Leids Centrum voor Veiligheidsstudies"),
    ("Por Ana Lopes, investigadora en el Instituto de Estudios Navales", "Instituto de Estudios Navales"),
])
def test_byline_role_in_other_languages_names_the_place_of_work(line, affiliation):
    brief, _ = _head_fields(f"The Sea Is Not a Wall\n\n{line}\n\n{_BODY}\n")
    assert brief.authors[0].affiliation == affiliation


@pytest.mark.parametrize("top", [
    # a skip link, the masthead, then the menu as a column of short lines
    "Gå til indholdet\nBaltisk Forum for Sikkerhed\nForside\nUdgivelser\nArrangementer\nOm os\nSøg\n\nForside / Udgivelser",
    "Zum Inhalt springen\nStartseite\nThemen\nVeranstaltungen\nÜber uns\nKontakt\n\nThemen › Sicherheit",
    "Jump to navigation\nInstitute for Coastal Security | Institiúid Slándála\nHome   Work   People   Contact",
])
def test_skip_link_and_menu_column_above_the_title_are_chrome(top):
    brief, layout = _head_fields(f"{top}\n\nHarbours in the Dark: Energy Islands Under Watch\n\nBy Mette Kjær and Tomasz Wrona\n\n{_BODY}\n")
    assert brief.title == "Harbours in the Dark: Energy Islands Under Watch"
    assert [a.name for a in brief.authors] == ["Mette Kjær", "Tomasz Wrona"]


@pytest.mark.parametrize("line, names", [
    ("Autorka: Petra Novotná, analytička pro energetiku", ["Petra Novotná"]),
    ("Autoři: Petr Svoboda a Eva Dvořáková", ["Petr Svoboda", "Eva Dvořáková"]),
    ("Författare: Karin Ek och Olle Berg", ["Karin Ek", "Olle Berg"]),
    ("Opening remarks by Dr. Maria Lind, Director, Example Institute for Peace", ["Maria Lind"]),
    ("Discours de Mme Hélène Garnier", ["Hélène Garnier"]),
    ("Speech by Tomas Varga", ["Tomas Varga"]),
])
def test_bylines_with_feminine_plural_or_speech_labels(line, names):
    brief, _ = _head_fields(f"Harbours in the Dark: Energy Islands Under Watch\n\n{line}\n\n{_BODY}\n")
    assert [a.name for a in brief.authors] == names


@pytest.mark.parametrize("series", ["Policy Paper #7", "Working Paper n° 12", "Analiza nr 4/2026", "Speeches and Transcripts", "Keynote Speeches"])
def test_numbered_series_line_above_the_title_is_not_the_title(series):
    brief, _ = _head_fields(f"{series}\n\nHarbours in the Dark: Energy Islands Under Watch\n\nBy Mette Kjær\n\n{_BODY}\n")
    assert brief.title == "Harbours in the Dark: Energy Islands Under Watch"


_TAIL_BODY = ("Ports matter because they are where trade and power meet, and a state that runs them can slow the traffic of others. " * 3).strip()
_LAST = "Openness without a plan for the worst day is not a policy."


@pytest.mark.parametrize("rule", ["* * *", "- - -", "· · ·", "~ ~ ~"])
def test_spaced_section_rule_is_not_body(rule):
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n{rule}\n\nThis note is published by the Harbour Forum as part of its Occasional Papers.\n")
    assert layout.blocks[-1].text == _LAST
    assert rule in [r.text for r in layout.removed]


@pytest.mark.parametrize("block", [
    # a topic list, a related-reading box in the site's language, a sign-up line, then the footer
    "Temat: porty, Chiny, handel, UE\n\nCzytaj dalej\nMorze Bałtyckie po wojnie\nKable i statki cienie\n\nZapisz się",
    "Aihe: satamat, Kiina, kauppa\n\nLue myös\nItämeri sodan jälkeen\nKaapelit ja varjolaivasto\n\nTilaa uutiskirje",
])
def test_run_of_short_lines_between_last_paragraph_and_footer_is_furniture(block):
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n{block}\n\n© 2026 Harbour Forum. All rights reserved.\n")
    assert layout.blocks[-1].text == _LAST
    removed = [r.text for r in layout.removed]
    assert all(line in removed for part in block.split("\n\n") for line in part.split("\n"))


@pytest.mark.parametrize("ending", ["1. Fund radar now\n2. Buy European\n3. Share data", "Three tasks remain\nFund radar\nBuy European"])
def test_short_closing_lines_of_the_brief_stay_when_no_footer_follows(ending):
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n{ending}\n")
    assert "Buy European" in " ".join(b.text for b in layout.blocks)


def test_list_items_above_a_footer_stay_in_the_body():
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n- Fund radar now\n- Buy European\n- Share data\n\n© 2026 Harbour Forum. All rights reserved.\n")
    assert "Buy European" in " ".join(b.text for b in layout.blocks)


def test_a_most_read_box_in_mid_text_is_furniture_and_the_text_goes_on():
    """A numbered box of links set in the middle of a web copy: the titles under its label, line after line, are links,
    and the section after it is the brief's."""
    layout = parse(f"{_TAIL_BODY}\n\nMOST READ\n1. Inside the port authority's new plan\n2. Why Gdańsk is back in court\n"
                   f"3. The ferry that became a spy ship\n\nWhat comes next\n\n{_LAST}\n")
    assert body_texts(layout) == [_TAIL_BODY, "What comes next", _LAST]


def test_a_numbered_list_under_a_paragraph_is_not_a_related_box():
    layout = parse(f"{_TAIL_BODY}\n\nThree steps follow:\n1. Fund the radar\n2. Buy European\n3. Share the data\n\n{_LAST}\n")
    assert "Buy European" in " ".join(body_texts(layout))


@pytest.mark.parametrize("label", ["Related research", "Related commentary"])
def test_titles_under_any_related_label_are_furniture(label):
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n{label}\nThe Baltic after the war\nCables and the shadow fleet\n\nSign up for our newsletter\n")
    assert layout.blocks[-1].text == _LAST


@pytest.mark.parametrize("line", [
    "Οι απόψεις που εκφράζονται ανήκουν στους συγγραφείς.",
    "Les opinions exprimées dans cette note n'engagent que leurs auteurs.",
    "Las opiniones expresadas son responsabilidad exclusiva de los autores.",
    "Le opinioni espresse sono quelle degli autori.",
    "Názory vyjádřené v tomto textu jsou názory autorů.",
    "Opiniile exprimate aparțin autorului.",
    "Este documento refleja exclusivamente la opinión de sus autores.",
    "Harbour Forum, 12 Quay Street, Cork | Registered charity",
    "Harbour Forum e.V. | Amtsgericht Bremen VR 1234 | Impressum",
    # the publisher's contacts
    "Nordhavn Institute · Strandvej 12 · 2100 Copenhagen · office@nordhavn.example.dk",
    "Harbour Forum | 12 Quay Street, Cork | +353 21 496 0000",
    "HF – press@harbourforum.example.org – www.harbourforum.example.org",
])
def test_views_disclaimers_registration_and_contact_lines_are_footer(line):
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n{line}\n")
    assert layout.blocks[-1].text == _LAST


@pytest.mark.parametrize("line", [
    "Readers may write to the authors at debate@harbourforum.example.org with their objections.",
    "Radar · drones · interceptors",
    "Contact the ministry – then the parliament – then the press",
])
def test_closing_lines_without_contacts_or_with_a_sentence_stay(line):
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n{line}\n")
    assert layout.blocks[-1].text == line


@pytest.mark.parametrize("line", ["POLICY BRIEF | 2026-03-04 | No. 7", "Potomac Council | Issue Brief | 03/04/2026", "Brief · 12.01.2026 · 6 pages",
                                  "Ann Lee · ORCID 0000-0003-4521-887X · ann.lee@hips.example", "Analysen & Argumente | Nr. 412 | Februar 2026"])
def test_a_date_among_a_series_lines_parts_is_no_telephone_number(line):
    """Nor is an author's line with the e-mail address among its parts the publisher's contacts."""
    assert not F.is_contact_footer(line)


@pytest.mark.parametrize("line, name", [
    ("Danska institutet för utrikesfrågor", "Danska institutet för utrikesfrågor"),       # a definite head word after an adjective
    ("Norsk senter for sikkerhetsstudier", "Norsk senter for sikkerhetsstudier"),
    ("BSI – Brněnský spolek institucí", "Brněnský spolek institucí"),                     # an acronym of the name's initials
    ("Lubelski ośrodek studiów wschodnich (LOSW)", "Lubelski ośrodek studiów wschodnich"),
    ("Ινστιτούτο Διεθνών Σχέσεων (ΙΔΣ)", "Ινστιτούτο Διεθνών Σχέσεων"),                    # an acronym in another script
])
def test_institutions_in_sentence_case_or_with_their_acronym(line, name):
    assert P.is_institution(line) or P.acronym_institution(line)
    assert P.institution_name(P.acronym_institution(line) or line) == name


@pytest.mark.parametrize("line", [
    "Why the institute matters for defence",
    "Ukrainian centre stage in Brussels",
    "EU – Mercosur trade talks",
    "NATO – Russia council revived",
    "Strong institutet",
])
def test_sentence_case_institution_rules_leave_titles_alone(line):
    assert not (P.is_institution(line) or P.acronym_institution(line))


@pytest.mark.parametrize("line, publisher", [
    ("© 2026 Baltic Harbour Forum (BHF). All rights reserved.", "Baltic Harbour Forum"),
    ("© 2026 Instytut Spraw Morskich (ISM). Wszelkie prawa zastrzeżone.", "Instytut Spraw Morskich"),
    ("© 2026 Centre for Port Studies (Cardiff). All rights reserved.", "Centre for Port Studies (Cardiff)"),
])
def test_publisher_from_footer_drops_a_bracketed_acronym(line, publisher):
    assert P.publisher_from(line) == publisher


@pytest.mark.parametrize("imprint", [
    "© Harbour Forum, 2026. The views expressed are\nthose of the authors alone.",
    "© 2026 Forum Portowe. Wszelkie prawa zastrzeżone. Tekst można\ncytować z podaniem źródła.",
])
def test_notes_above_an_imprint_paragraph_at_the_foot_of_the_last_page_are_notes(imprint):
    text = "\n".join([
        "The brief ends with a last sentence that cites a source.³",
        "", "", "__________",
        "3   A source, with its long title that wraps",
        "    onto a second line.",
        "", imprint, "",
        "www.harbour-forum.example                                   2",
    ])
    layout = parse("Page one text that is long enough to be prose in the brief.\n\nwww.harbour-forum.example                                   1\n\n" + text)
    assert layout.notes.get(3, "").startswith("A source")
    assert layout.blocks[-1].text == "The brief ends with a last sentence that cites a source.³"


@pytest.mark.parametrize("bio, known, expected", [
    # a former post is no affiliation
    ("Lena Ortiz is a former adviser to the Ministry of Defence who writes on procurement.", frozenset(), [("Lena Ortiz", None)]),
    ("Paul Meyer war früher Referent beim Bundesamt für Wehrtechnik.", frozenset({"Paul Meyer"}), [("Paul Meyer", None)]),
    ("Tom Berg is a retired officer of the Coast Guard Service.", frozenset(), [("Tom Berg", None)]),
    # "the Centre's …" refers back to the organisation named before in the same box
    ("Ana Costa is a fellow at the Atlantic Centre for Maritime Policy. Rui Melo is head of the Centre's ports programme.", frozenset(),
     [("Ana Costa", "Atlantic Centre for Maritime Policy"), ("Rui Melo", "Atlantic Centre for Maritime Policy")]),
    ("Rui Melo heads the Centre's ports programme.", frozenset({"Rui Melo"}), [("Rui Melo", None)]),
    # … in lower case too, and a name whose connectors are articles ("per la", "de la"), wrapped or not
    ("Ana Costa is a fellow at the Atlantic Centre for Maritime Policy. Rui Melo is a researcher in the centre's ports programme.", frozenset(),
     [("Ana Costa", "Atlantic Centre for Maritime Policy"), ("Rui Melo", "Atlantic Centre for Maritime Policy")]),
    ("Rui Melo is a researcher in the centre's ports programme.", frozenset(), [("Rui Melo", None)]),
    ("Elena Ricci is a researcher at the Istituto Adriatico per la Sicurezza and a lecturer in Trieste.", frozenset(),
     [("Elena Ricci", "Istituto Adriatico per la Sicurezza")]),
    ("Luc Petit is a fellow at the Institut de la Défense Européenne, where he leads the space programme.", frozenset(),
     [("Luc Petit", "Institut de la Défense Européenne")]),
    # a name in sentence case after "vid", "ved", "på"
    ("Karin Ek är analytiker vid Svenska institutet för försvarsfrågor.", frozenset({"Karin Ek"}), [("Karin Ek", "Svenska institutet för försvarsfrågor")]),
    ("Ola Dahl er forsker ved Norsk senter for havrett, Tromsø.", frozenset({"Ola Dahl"}), [("Ola Dahl", "Norsk senter for havrett")]),
])
def test_bios_former_posts_back_references_and_sentence_case_names(bio, known, expected):
    assert [(a.name, a.affiliation) for a in P.parse_bios(bio, known)] == expected


@pytest.mark.parametrize("header", [
    "Harbours in the Dark: Energy Islands Under Watch     HF | PP 3/2026",
    "HF Policy Paper 3/2026 · Harbours in the Dark: Energy Islands Under Watch",
])
def test_page_top_line_repeating_the_title_is_a_running_header_even_once(header):
    text = "\n".join([
        "Harbours in the Dark: Energy Islands Under Watch", "",
        "The first page carries the first paragraph of the brief, which ends here.", "",
        f"\f{header}", "", "",
        "A second paragraph opens the second page and ends properly.",
    ])
    layout = parse(text)
    assert header.strip() in [r.text for r in layout.removed]
    assert all("Energy Islands" not in b.text for b in layout.blocks)


@pytest.mark.parametrize("top, publisher", [
    ("NORDIC INSTITUTE OF MARITIME LAW\nINSTITUT NORDIQUE DU DROIT MARITIME", "Nordic Institute of Maritime Law"),
    ("Baltic Centre for Energy Security\nBaltisches Zentrum für Energiesicherheit", "Baltic Centre for Energy Security"),
    ("Centre for Maritime Studies\nUniversity of Northport", None),   # a centre and its university: two names, no translation
    # a translation that shares no word with the name: the English head word over another language's
    ("Adriatic Maritime Institute\nJadranski pomorski institut", "Adriatic Maritime Institute"),
    ("Ośrodek Studiów Morskich\nCentre for Maritime Studies", "Ośrodek Studiów Morskich"),
])
def test_masthead_in_two_languages_is_one_publisher(top, publisher):
    brief, layout = _head_fields(f"{top}\n\nHarbours in the Dark: Energy Islands Under Watch\n\nBy Mette Kjær\n\n{_BODY}\n")
    assert brief.publisher == publisher
    assert brief.title == "Harbours in the Dark: Energy Islands Under Watch"
    assert not any(top.split("\n")[1] in u.text for u in layout.blocks)


def test_a_masthead_in_english_over_its_translation_names_the_publisher_of_the_english_text():
    # the © line at the foot names the institute in its own language: the same publisher, not a rival
    text = (f"Adriatic Maritime Institute\nJadranski pomorski institut\n\nHarbours in the Dark: Energy Islands Under Watch\n\n"
            f"By Mette Kjær\n\n{_BODY}\n\n© Jadranski pomorski institut 2026\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Adriatic Maritime Institute"
    # under a masthead in another language first, the name every other source gives is the publisher's
    brief, _ = _head_fields(text.replace("Adriatic Maritime Institute\nJadranski pomorski institut", "Jadranski pomorski institut\nAdriatic Maritime Institute"))
    assert brief.publisher == "Jadranski pomorski institut"


@pytest.mark.parametrize("notes", [
    "* Lea Brandt is a research fellow at the Example Institute for Arms Control.\n** Piotr Nowak is a senior analyst at the Baltic Centre for Energy Security.",
    "† Lea Brandt ist Referentin am Deutschen Forum für Sicherheitsfragen.\n‡ Piotr Nowak is a senior analyst at the Baltic Centre for Energy Security.",
])
def test_author_marks_with_notes_at_the_foot_of_the_cover(notes):
    marks = ("*", "**") if notes.startswith("*") else ("†", "‡")
    text = (f"Leaking Pipes: Why Energy Sanctions Keep Missing\n\nLea Brandt{marks[0]} and Piotr Nowak{marks[1]}\n\nMarch 2026\n\n"
            f"Abstract\n\n{_BODY}\n\n{notes}\n\n1. Introduction\n\n{_BODY}\n")
    brief, _ = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Lea Brandt", "Piotr Nowak"]
    assert brief.authors[1].affiliation == "Baltic Centre for Energy Security"
    assert brief.authors[0].affiliation == ("Example Institute for Arms Control" if marks[0] == "*" else "Deutschen Forum für Sicherheitsfragen")
    assert brief.date == "2026-03"


def test_author_marks_without_their_notes_name_the_authors_with_no_affiliation():
    brief, _ = _head_fields(f"Leaking Pipes: Why Energy Sanctions Keep Missing\n\nLea Brandt* and Piotr Nowak**\n\n{_BODY}\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Lea Brandt", None), ("Piotr Nowak", None)]


@pytest.mark.parametrize("line", [
    "Check against delivery",
    "CHECK AGAINST DELIVERY",
    "Seul le prononcé fait foi",
    "Es gilt das gesprochene Wort!",
    "Solo es válido el discurso pronunciado",
    "Det talade ordet gäller",
])
def test_delivery_caveat_of_a_speech_is_furniture(line):
    assert F.web_furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Dela: f in ✉",
    "Jaa:  𝕏  f  in",
    "Tulosta | Jaa",
    "Skriv ut · Dela",
    "Udostępnij: X f",
])
def test_share_rows_in_other_languages_or_as_icons(line):
    assert F.web_furniture(line)[0] == "share"


@pytest.mark.parametrize("line", ["Sanctions: a tool in decline", "Print and share the map", "Share of GDP: 2 %", "Delivery and checks"])
def test_share_and_delivery_rules_leave_headings_alone(line):
    assert F.web_furniture(line) is None


@pytest.mark.parametrize("head, title", [
    ("Quiet Waters, Loud Claims:\nThe New Politics of the Arctic Shelf\n\nBy Maja Lund\n\n3 March 2026",
     "Quiet Waters, Loud Claims: The New Politics of the Arctic Shelf"),
    ("Entre deux rives :\nla Méditerranée et la défense européenne\n\nPar Luc Martin\n\n12 mars 2026",
     "Entre deux rives : la Méditerranée et la défense européenne"),
])
def test_title_broken_after_its_colon_is_one_title(head, title):
    brief, _ = _head_fields(f"{head}\n\n{_BODY}\n")
    assert brief.title == title


@pytest.mark.parametrize("lines, expected", [
    ("Jan de Vries\nOnderzoeker / Researcher, Example Institute for Polar Studies", ("Jan de Vries", "Example Institute for Polar Studies")),
    ("Anna Rossi\nRicercatrice, Istituto per gli studi artici\n\nMarco Neri\nVisiting Professor, University of Northport",
     ("Anna Rossi", "Istituto per gli studi artici")),
])
def test_name_line_then_role_line_gives_the_affiliation(lines, expected):
    brief, _ = _head_fields(f"Quiet Waters: The New Politics of the Arctic Shelf\n\n{lines}\n\n3 March 2026\n\n{_BODY}\n")
    assert (brief.authors[0].name, brief.authors[0].affiliation) == expected
    assert brief.date == "2026-03-03"


@pytest.mark.parametrize("chart", [
    "Chart 2. Port calls by flag, 2024\n\n100\n75\n50\n25\n0\n   GR    IT    ES    PT\n● Exports   ● Imports",
    "Graphique 3 : Dépenses (en % du PIB)\n\n40 %\n30 %\n20 %\n10 %\n0 %\n▲ 2022   △ 2024\n      FR      DE      PL",
])
def test_axis_ticks_labels_and_legend_of_a_chart_are_not_body(chart):
    before = "The ports changed hands in a decade in which trade grew faster than anyone planned for, and the money came from abroad."
    after = "As the chart shows, the change came fast and from one direction."
    layout = parse(f"{before}\n\n{chart}\n\n{after}\n")
    texts = [b.text for b in layout.blocks]
    assert texts[0] == before and texts[-1] == after
    assert not any(t.replace("%", "").replace(" ", "").isdigit() for t in texts)
    assert not any(b.kind == "heading" for b in layout.blocks)
    removed = {r.text for r in layout.removed}
    assert {"0", "0 %"} & removed


def test_a_column_of_figures_inside_prose_is_kept():
    layout = parse("Spending rose in three steps:\n\n1.2\n\nThen the war came, and the next year it doubled.\n")
    assert "1.2" in [b.text for b in layout.blocks]


@pytest.mark.parametrize("places", ["Oslo · Bergen · Tromsø", "Brussels | Berlin | Warsaw", "Wien • Graz"])
def test_office_places_under_the_masthead_are_not_the_title(places):
    brief, layout = _head_fields(f"NORTHERN ENERGY POLICY CENTRE\n{places}\n\nHarbours in the Dark: Energy Islands Under Watch\n\nBy Mette Kjær\n\n{_BODY}\n")
    assert brief.title == "Harbours in the Dark: Energy Islands Under Watch"
    assert any(places in r.text for r in layout.removed)


@pytest.mark.parametrize("staff", ["Prepared by the research staff of the centre", "By the editorial team", "Par la rédaction", "Von der Redaktion"])
def test_staff_byline_names_no_author_and_closes_a_wrapped_title(staff):
    text = f"The Price of Readiness: Can Small Allies Afford\nTheir Own Defence Promises?\n\n{staff}\n\n{_BODY}\n"
    brief, layout = _head_fields(text)
    assert brief.title == "The Price of Readiness: Can Small Allies Afford Their Own Defence Promises?"
    assert brief.authors == []
    assert any(staff in r.text for r in layout.removed)


def _two_pages(footer: str, head_date: str = "") -> str:
    para = "The harbour authority was sold in a decade in which trade grew faster than anyone planned, and the money came from abroad."
    return "\n".join([
        "Harbours in the Dark: Energy Islands Under Watch", "", *( [head_date, ""] if head_date else [] ),
        para, "", para.replace("harbour", "port"), "", footer.format(n=1), "",
        "The second page goes on with a paragraph of its own that ends here.", "", footer.format(n=2),
    ])


@pytest.mark.parametrize("footer, iso", [
    ("Harbour Forum | Policy Paper 4/2026 | 3 March 2026 | {n}", "2026-03-03"),
    ("Hafenforum · Analyse 2/2026 · 3. März 2026                 Seite {n} von 2", "2026-03-03"),
    # a meeting's name with its date after a comma, and the panel set apart by spaces
    ("9th Harbour Security Dialogue, Gdynia, May 2026                 Panel 4", "2026-05"),
    ("Harbour Forum Papers, March 3, 2026 | {n}", "2026-03-03"),
])
def test_date_in_the_running_footer_dates_a_brief_whose_head_has_none(footer, iso):
    brief, _ = _head_fields(_two_pages(footer))
    assert brief.date == iso


def test_running_footer_date_gives_way_to_the_head_and_to_disagreement():
    brief, _ = _head_fields(_two_pages("Harbour Forum | 3 March 2026 | {n}", head_date="5 February 2026"))
    assert brief.date == "2026-02-05"
    text = _two_pages("Harbour Forum | PP 4/2026 | {n}").replace("PP 4/2026 | 1", "3 March 2026 | 1").replace("PP 4/2026 | 2", "9 April 2026 | 2")
    brief, _ = _head_fields(text)
    assert brief.date is None



@pytest.mark.parametrize("footer", [
    "NORTHERN HARBOUR INSTITUTE          POLICY PAPER          March 2026 | No. 3",
    "Northern Harbour Institute                                                   {n}",
])
def test_a_running_header_set_out_in_columns_names_its_publisher(footer):
    """An institute's name in a running header or footer, apart from the series and page by wide gaps."""
    brief, _ = _head_fields(_two_pages(footer))
    assert brief.publisher == "Northern Harbour Institute"


@pytest.mark.parametrize("first, second", [
    ("The Two Per Cent Riddle: Can the Northern Allies Still Pay", "for the Ships and Aircraft They Have Promised?"),
    ("Guns, Butter or Bonds: How Will the Southern Allies Finance", "Their New Commitments to the Atlantic Alliance?"),
])
def test_long_question_title_wrapped_over_two_lines(first, second):
    brief, _ = _head_fields(f"{first}\n{second}\n\nBy Mette Kjær\n\n{_BODY}\n")
    assert brief.title == f"{first} {second}"


@pytest.mark.parametrize("marker, notes_label", [("(1)", "Notes"), ("(1)", "Anmerkungen"), ("(1)", "")])
def test_notes_numbered_in_round_brackets(marker, notes_label):
    body = "Ports were sold in a decade of fast trade.(1) The buyers came from abroad and stayed.(2) Nobody asked.\n\nThe last paragraph ends here."
    notes = "(1) On the sales, see the port authority's annual report.\n(2) Interview with an official, May 2025."
    layout = parse(f"{body}\n\n{notes_label}\n\n{notes}\n" if notes_label else f"{body}\n\n{notes}\n")
    assert layout.notes == {1: "On the sales, see the port authority's annual report.", 2: "Interview with an official, May 2025."}
    assert layout.blocks[-1].text == "The last paragraph ends here."


def test_a_list_in_round_brackets_without_markers_or_label_stays_in_the_body():
    layout = parse("Three steps follow from this.\n\n(1) Fund the radar.\n(2) Share the data.\n")
    assert layout.notes == {}


@pytest.mark.parametrize("line", ["ISSN 1234-567X. Reproduction is authorised provided the source is acknowledged.", "ISBN 978-83-12345-67-8 · Warszawa 2026"])
def test_issn_and_isbn_lines_are_imprint(line):
    assert P.is_boilerplate(line)


@pytest.mark.parametrize("header", ["Harbours in the Dark              Kjær & Lund", "Kjær & Lund · Harbours in the Dark"])
def test_page_top_line_with_a_shortened_title_repeated_on_pages_is_a_running_header(header):
    para = "The harbour authority was sold in a decade in which trade grew faster than anyone planned, and the money came from"
    text = "\n".join([
        "Harbours in the Dark:", "Energy Islands Under Watch", "", para, "",
        "Harbour Forum | Paper 4/2026 | 1", "", header, "", "abroad. Then a second page follows with its text.", "",
        "Harbour Forum | Paper 4/2026 | 2", "", header, "", "A third page ends the brief here.", "",
        "Harbour Forum | Paper 4/2026 | 3",
    ])
    layout = parse(text)
    assert all("Kjær" not in b.text for b in layout.blocks)
    cover = parse(text.replace("Harbour Forum | Paper 4/2026 | 1", "", 1))  # the first page shows no footer
    assert all("Kjær" not in b.text for b in cover.blocks)


@pytest.mark.parametrize("line", [
    "Mit freundlicher Unterstützung der Stiftung Hafen und Meer",
    "Con il sostegno della Fondazione Porti",
    "With the generous support of the Harbour Trust",
    "Gefördert durch das Land Bremen",
    "Przy wsparciu Fundacji Portowej",
])
def test_sponsor_line_between_cover_and_body_is_boilerplate(line):
    para = "The harbour authority was sold in a decade in which trade grew faster than anyone planned, and the money came from abroad."
    layout = parse(f"Harbours in the Dark\n\nBy Mette Kjær\n\n{para}\n\n{line}\n\n{para.replace('harbour', 'port')}\n")
    assert line not in [b.text for b in layout.blocks]
    assert line in [r.text for r in layout.removed]


def test_a_sentence_about_support_stays_in_the_body():
    text = "With the support of Washington, the allies built a new port in two years."
    layout = parse(f"Harbours in the Dark\n\n{text}\n\nThe last paragraph ends here.\n")
    assert text in [b.text for b in layout.blocks]


@pytest.mark.parametrize("marker", ["(2)", "[2]"])
def test_heading_after_a_paragraph_ending_in_a_bracketed_note_marker(marker):
    layout = parse(f"Harbours in the Dark\n\nBy Mette Kjær\n\nPorts were sold in a decade of fast trade. The buyers came from abroad, paid well and stayed on for good.{marker}\n\nWhy the ports matter now\n\nThe appeal is obvious and the price was low.\n")
    assert [b.kind for b in layout.blocks] == ["paragraph", "heading", "paragraph"]


@pytest.mark.parametrize("line", [
    "Ce texte est également disponible en français.",
    "This paper is also available in German.",
    "Dieser Beitrag ist auch auf Englisch verfügbar.",
    "Also available in: Français | Deutsch | Español",
    "Cette note est publiée en anglais.",
    "Este artículo también está disponible en inglés.",
    "Read this in Polish",
])
def test_a_notice_of_other_language_versions_is_web_furniture(line):
    assert F.web_furniture(line)[0] == "language-versions"


@pytest.mark.parametrize("line", [
    "The strategy is also available in French, but only the English text binds the allies.",
    "Russian is available in most of the occupied territories' schools.",
    "French troops are available in Estonia within days.",
])
def test_sentences_about_languages_stay_in_the_body(line):
    assert F.web_furniture(line) is None


@pytest.mark.parametrize("line, iso", [
    ("2026. május 3. | Olvasási idő: 8 perc", "2026-05-03"),       # a date and a reading time in the site's language
    ("14.5.2026 · Lukuaika 7 min", "2026-05-14"),
    ("Zverejnené 3. mája 2026", "2026-05-03"),                     # a label this table does not list
    ("Avaldatud: 3. mai 2026", "2026-05-03"),
    ("Published 13.01.2026 · Updated: 14.01.2026 09:40", "2026-01-13"),     # the publication date, not the update
    ("Veröffentlicht am 4. März 2026 | Aktualisiert am 6. März 2026", "2026-03-04"),
])
def test_head_date_with_a_label_or_reading_time_in_any_language(line, iso):
    _, found, roles = head("The Narrow Corridor", line, "By Maris Tamm", "The corridor between Poland and Lithuania is narrow and exposed.")
    assert found.get("date") == iso and roles[1] == "date"


@pytest.mark.parametrize("line", [
    "Since 24 February 2022",        # a heading that starts with a preposition names an event, not the publication
    "Before 1 March 2026",
    "Middle East | 3 May 2026",      # a region beside a date is a kicker's: no date from it (a name beside one is a byline's)
    "Maris Tamm 3 May 2026",
])
def test_head_date_rule_leaves_headings_and_bylines(line):
    _, found, roles = head("The Narrow Corridor", line, "The corridor between Poland and Lithuania is narrow and exposed.")
    assert roles[1:2] != ["date"] and "date" not in found


def test_author_lines_under_a_label_in_a_language_no_table_lists():
    units = [Unit(line, number) for number, line in enumerate(("The Narrow Corridor", "Autorid:", "Maris Tamm, Estonian Centre for Defence Studies",
                                                               "Jonas Petraitis, Vilnius Institute for Eastern Policy", "", "The corridor is narrow."), 1)]
    _, findings = read_head(units, frozenset())
    authors = [a for f in findings if f.field == "authors" for a in f.value]
    assert names(authors) == ["Maris Tamm", "Jonas Petraitis"] and [u.role for u in units[1:4]] == ["byline"] * 3
    assert authors[1].affiliation == "Vilnius Institute for Eastern Policy"


def test_an_unknown_label_over_lines_that_are_not_all_authors_is_no_byline():
    _, found, roles = head("The Narrow Corridor", "Sisältö:", "Maris Tamm, Estonian Centre for Defence Studies", "Why the corridor matters", "",
                           "The corridor is narrow and exposed to pressure.")
    assert "authors" not in found


@pytest.mark.parametrize("role, affiliation", [
    ("Vanhempi tutkija", None),              # a role in sentence case, in a language whose role words no table lists
    ("Starší analytik", None),
    ("Baltic Defence College", "Baltic Defence College"),   # a proper name in title case is a place of work
    ("Instituto de Defensa Nacional", "Instituto de Defensa Nacional"),
])
def test_pipe_description_in_sentence_case_is_a_role_not_an_affiliation(role, affiliation):
    [author] = P.parse_byline(f"Aino Virtanen | {role}")
    assert author.affiliation == affiliation


@pytest.mark.parametrize("line", [
    # land acknowledgements of Australian, Canadian and New Zealand publishers
    "Acknowledgement of Country: The Harbour Policy Centre acknowledges the Traditional Custodians of the lands on which we work.",
    "We acknowledge that our office stands on the traditional, unceded territory of the Algonquin Anishinaabe people.",
    # disclaimers that name no publisher
    "This paper reflects the personal views of the authors.",
    "The analysis represents only the opinions of the author and not those of any government.",
    "This brief reflects the author's personal views, not those of any institution.",
    "This paper reflects the authors' own views alone.",
    # the colophon's credits
    "Graphic design: Atelier Nord",
    "Produced by Fjord Media. Music by Lena Haug.",
    "Cover photo: Jens Olsen / Agency",
    "Layout and typesetting: Studio Riva",
    "The full report is available at www.ncde.example/joint-buying.",
    # the publishers' addresses at the foot, with no site
    "HI – 12 Harbour Road, Gdańsk | NBF – Havnegade 7, 1058 København",
    "Harbour Institute · ul. Portowa 3, 80-001 Gdańsk",
    "NBF – Odos Limaniou 21, Piraeus",
])
def test_acknowledgements_disclaimers_and_credits_are_boilerplate(line):
    assert P.is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "We acknowledge that Europe's defence industry has grown since 2022.",
    "The report reflects the views of officials in five capitals, which differ sharply.",
    "Produced by the dozen, cheap drones have changed the front line.",
    "Design choices in the treaty matter more than its length.",
    "Section 4 – Ports, 2026",
    "NATO – The Ports of 2030",
])
def test_prose_like_boilerplate_stays_prose(line):
    assert not P.is_boilerplate(line)


@pytest.mark.parametrize("text, place, iso", [
    ("MADRID, 4 de marzo de 2026 – European governments are spending more.", "MADRID", "2026-03-04"),
    ("Vilnius, 20 January 2026 — The ministers met.", "Vilnius", "2026-01-20"),
    ("BRUSSELS, March 4, 2026 - The Commission proposed a plan.", "BRUSSELS", "2026-03-04"),
    ("WASHINGTON—US President Donald Trump said", "WASHINGTON", None),
    ("Vilnius — The ministers met.", None, None),           # a place in title case needs a date to be a dateline
    ("Europe, 2026 – a year of choices.", None, None),      # a year is no whole date
])
def test_dateline_with_the_date_of_the_story(text, place, iso):
    found = P.dateline(text)
    assert (found[0] if found else None) == place
    assert P.dateline_date(text) == iso


@pytest.mark.parametrize("line, publisher", [
    ("The Nordic Centre for Defence Economics (NCDE) is an independent think tank based in Oslo.", "Nordic Centre for Defence Economics"),
    ("About us: The Harbour Institute is a non-partisan, not-for-profit research institute founded in 2009.", "Harbour Institute"),
    ("Centro Ibérico de Estudios de Defensa is an independent research centre based in Madrid.", "Centro Ibérico de Estudios de Defensa"),
])
def test_a_publisher_describing_itself_names_itself(line, publisher):
    assert P.publisher_from(line) == publisher


def test_an_institution_described_in_prose_is_no_publisher_line():
    assert P.publisher_from("The European Defence Agency is an intergovernmental body that has long lacked a budget.") is None


def test_a_programme_of_an_institution_names_the_publisher_and_the_writer_of_its_notes():
    units = [Unit(line, number) for number, line in enumerate((
        "Harbour Talk — a podcast of the Nordic Centre for Defence Economics", "", "EPISODE 12", "Cables Under the Baltic", "",
        "May 4, 2026 · 41 min", "Show notes by Kari Lunde", "", "The cables that link the Baltic states to the Nordic grid are exposed."), 1)]
    units = [u for u in units if u.text]
    end, findings = read_head(units, frozenset())
    found = {f.field: f.value for f in findings}
    assert found["title"] == "Cables Under the Baltic" and found["date"] == "2026-05-04"
    assert found["publisher"] == "Nordic Centre for Defence Economics" and names(found["authors"]) == ["Kari Lunde"]
    assert units[end].text.startswith("The cables")


@pytest.mark.parametrize("line, publisher", [
    ("A project of the Harbour Institute", "Harbour Institute"),
    ("Eine Publikation der Stiftung Nordlicht", "Stiftung Nordlicht"),
    ("Baltic Notes · a newsletter from the Riga Centre for Security Studies", "Riga Centre for Security Studies"),
])
def test_a_publication_of_an_institution_above_the_title(line, publisher):
    _, found, roles = head(line, "Cables Under the Baltic", "By Kari Lunde", "The cables that link the Baltic states are exposed.")
    assert found.get("publisher") == publisher and roles[:2] == ["doctype", "title"]


@pytest.mark.parametrize("line", ["Menu  Search  Subscribe", "Share Print Download", "Sign In Register"])
def test_a_row_of_site_buttons_is_no_name(line):
    assert not P.is_person_name(line) and authors_from(line) is None


def test_a_series_name_repeated_in_the_byline_is_not_the_title():
    units = [Unit(line, number) for number, line in enumerate((
        "Harbour Institute | Centre for Maritime Security", "Letters from Riga", "Can the Baltic Keep Its Cables Safe?",
        "Letters from Riga by Maris Tamm and Jonas Petraitis", "Published May 4, 2026",
        "The cables that link the Baltic states to the Nordic grid are exposed to sabotage by ships at anchor."), 1)]
    end, findings = read_head(units, frozenset())
    found = {f.field: f.value for f in findings}
    assert found["title"] == "Can the Baltic Keep Its Cables Safe?" and found["date"] == "2026-05-04"
    assert names(found["authors"]) == ["Maris Tamm", "Jonas Petraitis"] and end == 5


def test_an_author_box_under_the_byline_gives_the_roles_and_adds_no_one():
    brief, _ = _head_fields("Can the Baltic Keep Its Cables Safe?\n\nBy Maris Tamm and Jonas Petraitis\n\nMaris Tamm\n"
                            "Senior Fellow, Harbour Institute for Maritime Security\n\nJonas Petraitis\nAnalyst, Vilnius Institute for Eastern Policy\n\n"
                            f"Remote Visualization\n\n{_BODY}\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Maris Tamm", "Harbour Institute for Maritime Security"), ("Jonas Petraitis", "Vilnius Institute for Eastern Policy")]


@pytest.mark.parametrize("text", [
    "Critical Questions is produced by the Center for Strategic and Allied Studies, a private institution.",
    "Harbour Talk is a podcast of the Nordic Centre for Defence Economics.",
])
def test_a_series_described_at_the_end_is_no_bio(text):
    assert P.parse_bio(text) is None


def test_a_standfirst_between_the_title_and_the_date_is_the_briefs_own_summary():
    units = [Unit(line, number) for number, line in enumerate((
        "THE HARBOUR REVIEW", "Defence · Analysis", "The Baltic's cables are a European problem",
        "Governments have spent years on the question. The answer is still missing.",
        "Published 13.01.2026 · Updated: 14.01.2026 09:40",
        "When ministers met in Riga last summer they agreed to protect the cables that link the Baltic states to the grid."), 1)]
    end, findings = read_head(units, frozenset())
    found = {f.field: f.value for f in findings}
    assert found["title"] == "The Baltic's cables are a European problem" and found["date"] == "2026-01-13"
    assert found["standfirst"].startswith("Governments have spent years") and end == 5


@pytest.mark.parametrize("line, iso", [
    ("March 12, 2026 04:15 PM Age: 3 days", "2026-03-12"),
    ("12 March 2026 Reading time: 4 min", "2026-03-12"),
])
def test_head_date_followed_by_a_labelled_field(line, iso):
    _, found, roles = head("The Narrow Corridor", line, "By Maris Tamm", "The corridor between Poland and Lithuania is narrow and exposed.")
    assert found.get("date") == iso and roles[1] == "date"


def test_a_line_of_labelled_fields_is_a_series_line():
    _, found, roles = head("The Narrow Corridor", "Publication: Baltic Security Monitor Volume: 23 Issue: 45", "12 March 2026", "By: Maris Tamm",
                           "The corridor between Poland and Lithuania is narrow and exposed.")
    assert roles[:4] == ["title", "doctype", "date", "byline"] and found["date"] == "2026-03-12"


def test_a_headline_that_opens_with_a_date_is_no_date_line():
    _, found, roles = head("24 February 2022 changed everything", "By Maris Tamm", "The corridor between Poland and Lithuania is narrow and exposed.")
    assert roles[:1] != ["date"] and "date" not in found


@pytest.mark.parametrize("line, iso", [("ARI 23/2026 - 4/3/2026", "2026-03-04"), ("CBP 10582 | 12 May 2026", "2026-05-12")])
def test_a_series_acronym_and_number_with_the_date(line, iso):
    _, found, roles = head("Kicker", line, "Europe's Ammunition Gap", "By Maris Tamm", "The corridor between Poland and Lithuania is narrow and exposed.")
    assert roles[1] == "doctype" and found["date"] == iso and found["title"] == "Europe's Ammunition Gap"


@pytest.mark.parametrize("title", ["NATO 2030", "EU 27"])
def test_a_name_with_a_number_stays_a_title(title):
    _, found, _ = head(title, "By Maris Tamm", "The corridor between Poland and Lithuania is narrow and exposed.")
    assert found["title"] == title


def test_a_series_code_and_a_doi_under_the_title_are_series_lines():
    _, found, roles = head("Scaling Europe's Munitions Base", "Fiona Gallagher, Mateusz Zieliński, Anneliese Brandt", "Document Number: RR-A2741-3",
                           "Published: 2026-04-07", "DOI: 10.99999/RRA2741-3", "European output of artillery ammunition has roughly tripled since 2022.")
    assert roles == ["title", "byline", "doctype", "date", "doctype"] and found["date"] == "2026-04-07"


def test_a_copyright_line_with_the_sites_address():
    assert P.publisher_from("© 2026 Meridian Analytic Corporation www.meridian.example/t/RRA2741-3") == "Meridian Analytic Corporation"


@pytest.mark.parametrize("acronym, name, same", [
    ("OASC", "Osservatorio Adriatico per la Sicurezza e la Cooperazione", True),
    ("CIED", "Centro Ibérico de Estudios de Defensa", True),
    ("NCDE", "Nordic Centre for Defence Economics", True),
    ("ECFR", "Nordic Centre for Defence Economics", False),
])
def test_an_acronym_of_the_publishers_name(acronym, name, same):
    assert P.is_acronym_of(acronym, name) is same


def test_a_role_line_ending_with_the_city_gives_the_institution():
    assert P.describe("Senior Researcher, Centre for Regional Integration Studies, Novi Sad")[0] == "Centre for Regional Integration Studies"


def test_a_byline_and_a_date_joined_into_one_paragraph():
    _, found, roles = head("The Narrow Corridor", "Auteur : Hélène Marchetti-Wong mars 2026", "The corridor between Poland and Lithuania is narrow and exposed.")
    assert names(found["authors"]) == ["Hélène Marchetti-Wong"] and found["date"] == "2026-03"


def test_a_department_under_the_masthead_is_not_a_second_publisher():
    _, found, roles = head("INSTITUT DES HAUTES ÉTUDES DE SÉCURITÉ INTERNATIONALE", "Centre Asie", "The Narrow Corridor", "By Maris Tamm",
                           "The corridor between Poland and Lithuania is narrow and exposed.")
    assert found["publisher"] == "Institut des Hautes Études de Sécurité Internationale" and roles[:3] == ["masthead", "masthead", "title"]


def test_a_newsletters_header_above_a_rule_is_not_the_essays_head():
    layout = parse("THE HARBOUR LETTER\n\nA fortnightly letter from the Nordic Centre for Defence Economics\n\n"
                   "Hello, and welcome back. This issue carries a single essay, on cables under the sea.\n\n"
                   "--------------------------------\n\nThe Baltic's cables are a European problem\n\nBy Kari Lunde\n\n"
                   "Every day, ships at anchor drag across the cables that link the Baltic states to the Nordic grid.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "The Baltic's cables are a European problem" and names(found["authors"]) == ["Kari Lunde"]
    assert layout.blocks[0].text.startswith("Every day")


def test_a_title_with_two_colons_is_no_line_of_fields():
    _, found, roles = head("Leverage: Security guarantees for Ukraine: what Europe can offer", "By Maris Tamm",
                           "The corridor between Poland and Lithuania is narrow and exposed.")
    assert found["title"] == "Leverage: Security guarantees for Ukraine: what Europe can offer" and roles[0] == "title"


@pytest.mark.parametrize("line", [
    # licences and reproduction notices
    "Reproduction is authorised provided the source is acknowledged.",
    "This work is licensed under a Creative Commons Attribution 4.0 International License.",
    "Licensed under CC BY 4.0 / image cropped.",
    # contacts for feedback and the press
    "Feedback: research-enquiries@harbour.example",
    "Media enquiries: press@harbour.example",
    # trademarks, republication notices, advice disclaimers
    "HARBOUR® is a registered trademark.",
    "This essay was originally published in Revista Atlântica and is republished here with permission.",
    "It is a general briefing only and should not be relied on as a substitute for specific advice.",
    # a series described by who makes it
    "Harbour Questions is produced by the Nordic Centre for Defence Economics, an independent institute.",
    # "all rights reserved" in more languages
    "Visos teisės saugomos.",                 # a footer line that names no one
    "Minden jog fenntartva.",
    "Všechna práva vyhrazena.",
    "Copyright © 2026",                      # a copyright line that names no one
    "(c) 2025–2026",
    "a.lunde@harbour.example.eu",       # an address alone on a line: a contact
    "* Corresponding author. E-mail: a.lunde@harbour.example.eu",
])
def test_more_boilerplate_classes(line):
    assert P.is_boilerplate(line)


@pytest.mark.parametrize("line, rule", [
    ("[Image: A radar station on the coast of Gotland at dawn.]", "image-placeholder"),
    ("Ministers meet in Paris on Tuesday. Photo: Claire Mourand / Eurofoto", "photo-credit"),
    ("A tanker at anchor off Gotland (Photo by Jonas Weller / Meridian)", "photo-credit"),
    ("Forwarded this email? Subscribe here.", "newsletter-footer"),
    ("Enjoyed this issue? Forward it to a colleague.", "newsletter-footer"),
    ("Transcript available on request.", "transcript-note"),
    ("Enjoyed this issue? Forward it to a colleague. Reply to this email to send us your comments.", "newsletter-footer"),
    ("← Previous post: Why the price cap still matters          Next post: Frozen assets after the ruling →", "post-navigation"),
    ("Article précédent : Les câbles de la Baltique", "post-navigation"),
    ("Speaker notes:", "speaker-notes-label"),
    ("Filed under: Poland, Baltic states, NATO", "tags"),
    ("Categories: Defence, Europe", "tags"),
    ("Del artiklen: Facebook | LinkedIn | E-mail | Print", "share"),
    ("Jaa: Facebook  X  LinkedIn  Sähköposti", "share"),
])
def test_more_web_furniture(line, rule):
    found = F.web_furniture(line)
    assert found is not None and found[0] == rule


@pytest.mark.parametrize("line", [
    "The photo of the burning tanker went around the world within hours, and ministers reacted the same day.",
    "Photo opportunities at summits matter less than the money agreed there.",
])
def test_prose_about_photos_is_no_furniture(line):
    assert F.web_furniture(line) is None


def test_a_short_paragraph_that_repeats_no_sentence_stays():
    text = "A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nThe stocks are empty.\n\n" + _PROSE + "\n"
    assert "The stocks are empty." in body_texts(parse(text))


def test_a_research_service_with_its_number_and_byline_set_apart():
    _, found, roles = head("RESEARCH BRIEFING", "Commons Research Service", "Number CBP 10582                         By Eleanor Whitcombe",
                           "10 February 2026", "UK–EU security and defence cooperation after the 2025 partnership",
                           "Contributing authors: Tomasz Wójcik, Priya Raman", "In May 2025 the United Kingdom and the European Union agreed a partnership.")
    assert found["publisher"] == "Commons Research Service" and found["title"] == "UK–EU security and defence cooperation after the 2025 partnership"
    assert found["date"] == "2026-02-10" and roles[2] == "doctype"


def test_an_issue_line_dates_a_newsletter_and_contributing_authors_are_authors():
    _, found, roles = head("Issue 38 · Thursday, 5 February 2026", "The Baltic's cables are a European problem", "By Kari Lunde",
                           "Contributing authors: Tomasz Wójcik, Priya Raman", "Every day ships at anchor drag across the cables of the Baltic.")
    assert found["date"] == "2026-02-05" and roles[0] == "doctype" and roles[3] == "byline"


def test_a_title_wrapped_after_its_colon_into_a_question():
    _, found, roles = head("The Nuclear Question: Can Europe Extend", "Its Own Umbrella?", "Margaux Lefèvre",
                           "For seventy years the security of non-nuclear European states has rested on a promise.")
    assert found["title"] == "The Nuclear Question: Can Europe Extend Its Own Umbrella?" and "subtitle" not in found


@pytest.mark.parametrize("line", ["pag. 3", "Slide 4 of 12", "Folie 2 / 9", "Diapositive 5", "S. 4"])
def test_page_and_slide_numbers_in_more_languages(line):
    assert F.is_page_number(line, Counter())


def test_a_blog_posted_by_its_author_in_categories():
    _, found, roles = head("THE HARBOUR DESK", "A blog of the Nordic Centre for Defence Economics", "Cables Under the Baltic Need Guards",
                           "Posted by Kari Lunde in Maritime security, Sanctions", "Every few months ships at anchor drag across the cables of the Baltic.")
    assert found["title"] == "Cables Under the Baltic Need Guards" and names(found["authors"]) == ["Kari Lunde"]
    assert found["publisher"] == "Nordic Centre for Defence Economics"


def test_a_block_of_aligned_fields_gives_the_submission_date():
    _, found, roles = head("Nordic Centre for Defence Economics (NCDE)", "RESPONSE TO A PUBLIC CONSULTATION",
                           "Initiative:          Simplifying defence procurement", "Feedback period:     17 June 2025 – 15 July 2025",
                           "Submitted:           14 July 2025", "Transparency Register: 583920174512-66",
                           "Simplify the Rules, Not the Scrutiny", "The Centre welcomes the initiative to simplify the rules of defence procurement.")
    assert found["title"] == "Simplify the Rules, Not the Scrutiny" and found["date"] == "2025-07-14"


def test_a_memo_under_its_masthead_and_office_addresses():
    _, found, roles = head("HARBOUR POLICY CENTRE", "12 Carlisle Row, London SE1 7QP  ·  Rue Belliard 41, 1040 Brussels", "POLICY MEMO",
                           "TO:       Ministers of the coalition", "FROM:     Kari Lunde and Maris Tamm, Harbour Policy Centre",
                           "DATE:     November 4, 2025", "RE:       Guarding the cables of the Baltic",
                           "The cables that link the Baltic states to the Nordic grid are exposed to sabotage by ships at anchor.")
    assert found["title"] == "Guarding the cables of the Baltic" and found["date"] == "2025-11-04"
    assert names(found["authors"]) == ["Kari Lunde", "Maris Tamm"]


@pytest.mark.parametrize("line, iso", [("Nr. 12 | März 2026", "2026-03"), ("Policy Brief n. 4/2026 — 23 febbraio 2026", "2026-02-23")])
def test_series_numbers_in_other_languages(line, iso):
    _, found, roles = head(line, "Europe's Nuclear Question", "By Maris Tamm", "The corridor between Poland and Lithuania is narrow and exposed.")
    assert found["title"] == "Europe's Nuclear Question" and found["date"] == iso and roles[0] == "doctype"


def test_names_with_their_institutions_in_brackets():
    found = authors_from("Ana Rodríguez Llamas (OPEE) y Marko Petrović (Balkan Policy Lab, Belgrado)")
    assert [(a.name, a.affiliation) for a in found] == [("Ana Rodríguez Llamas", "OPEE"), ("Marko Petrović", "Balkan Policy Lab")]


def test_names_with_affiliation_marks():
    assert names(authors_from("Dimitrios Papadakis* and Chiara Bellandi**")) == ["Dimitrios Papadakis", "Chiara Bellandi"]


@pytest.mark.parametrize("line", ["FSE-Kurzanalyse", "Briefing to the Joint Parliamentary Committee on Defence", "Testimony before the Foreign Affairs Committee"])
def test_more_document_type_lines(line):
    _, found, roles = head("Harbour Institute for Maritime Security", line, "The Narrow Corridor", "By Maris Tamm",
                           "The corridor between Poland and Lithuania is narrow and exposed.")
    assert roles[1] == "doctype" and found["title"] == "The Narrow Corridor"


def test_a_label_over_the_author_and_a_role_line_with_the_institution():
    _, found, roles = head("The High North Is No Longer an Exception", "Forfatter", "Ingrid Haugland Sæther",
                           "Seniorforsker, Norsk Institutt for Nordområdestudier", "Publisert 3. mars 2026",
                           "For decades Norway treated the Arctic as a region of low tension, and that has changed.")
    [author] = found["authors"]
    assert author.affiliation == "Norsk Institutt for Nordområdestudier" and found["date"] == "2026-03-03"


def test_the_stated_publication_date_wins_over_an_event_date_and_an_update():
    units = [Unit(line, number) for number, line in enumerate((
        "BALTIC DEFENCE DIALOGUE CENTRE", "EVENT REPORT", "Holding the Line: Hybrid Threats in the Baltic Region", "Closed expert roundtable",
        "Vilnius, 27 January 2026", "Held under the Chatham House Rule", "Rapporteur: Ieva Kazlauskaitė", "Published: 9 February 2026",
        "Oppdatert 12. februar 2026", "On 27 January 2026 the centre convened some thirty officials and researchers in Vilnius."), 1)]
    layout_findings = read_head(units, frozenset())[1]
    from brieflib.ingest.metadata import _date
    from brieflib.ingest.parse import Layout
    from brieflib.model.brief import Brief
    assert _date(Brief(source=None, slug="x"), layout_findings, Layout(text="", lines=[])) == "2026-02-09"
    assert [u.role for u in units[5:6]] != ["paragraph"]


def test_a_briefing_line_under_the_title_and_subtitle():
    _, found, roles = head("PAYING FOR DEFENCE", "Can Europe's laggards reach 3.5%?", "Briefing to the Joint Parliamentary Committee on Defence",
                           "Aurélien Dufresne-Moreau", "Senior Economist, Observatoire Européen des Finances Publiques", "21-10-2025",
                           "The new NATO target is affordable for most allies, but not without hard choices.")
    [author] = found["authors"]
    assert author.affiliation == "Observatoire Européen des Finances Publiques" and found["date"] == "2025-10-21"


@pytest.mark.parametrize("label", ["Abstract", "BLUF", "Executive Summary", "Key judgement", "Résumé", "Zusammenfassung"])
def test_a_run_in_summary_label_becomes_the_heading_of_its_paragraph(label):
    layout = parse(f"A Title for the Harbours\n\nBy Ann Lee\n\n{label}: {_PROSE}\n\n{_PROSE}\n")
    assert [(b.kind, b.text) for b in layout.blocks[:2]] == [("heading", label), ("paragraph", _PROSE)]


def test_a_sentence_with_a_colon_keeps_its_words():
    layout = parse(f"A Title for the Harbours\n\nBy Ann Lee\n\nThe conclusion: {_PROSE}\n")
    assert layout.blocks[0].text.startswith("The conclusion: ")


@pytest.mark.parametrize("line", ["Inicio  |  Publicaciones  |  Opinión / Op-eds  |  English", "Home | Research | Explainers | About"])
def test_a_menu_of_four_items_that_starts_at_home_or_offers_a_language(line):
    assert F.web_furniture(line) == ("menu-row", "web furniture: site menu")


def test_four_items_without_a_home_or_a_language_are_a_list():
    assert F.web_furniture("Ships | Cables | Pipelines | Ports") is None


@pytest.mark.parametrize("line", ["EXPLAINERS", "OP-EDS", "ANALYSES"])
def test_a_section_word_in_capitals_above_the_title_is_a_kicker(line):
    _, found, roles = head("Centre for Aegean and Black Sea Studies", line, "What would security guarantees for Ukraine actually mean?",
                           "A short guide to the options on the table", "As talks over a ceasefire move from rumour to draft texts, the phrase matters.")
    assert found["title"] == "What would security guarantees for Ukraine actually mean?"


def test_a_box_drawn_rule_ends_a_newsletters_header():
    layout = parse("THE HARBOUR LETTER\n\nIssue 47 · 5 May 2026\n\nDear readers, this issue carries two essays on the cables under the sea.\n\n"
                   "═══════════════════════\n\nThe Baltic's cables are a European problem\n\nBy Kari Lunde\n\n"
                   "Every day, ships at anchor drag across the cables that link the Baltic states to the Nordic grid.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "The Baltic's cables are a European problem" and found["date"] == "2026-05-05"


def test_authors_marked_with_letters_and_their_affiliation_lines():
    _, found, roles = head("Scaling Ammunition Production in Europe", "Marta Lindqvistᵃ,*, Giorgos Antoniouᵇ and Paweł Zieleniewskiᵃ",
                           "ᵃ Uppsala Centre for Defence Economics", "ᵇ Hellenic Foundation for Strategic Industry",
                           "European production of artillery ammunition has roughly tripled since early 2022, but it falls short.")
    assert [(a.name, a.affiliation) for a in found["authors"]] == [
        ("Marta Lindqvist", "Uppsala Centre for Defence Economics"), ("Giorgos Antoniou", "Hellenic Foundation for Strategic Industry"),
        ("Paweł Zieleniewski", "Uppsala Centre for Defence Economics")]


def test_a_long_greeting_above_the_rule_does_not_end_the_head():
    greeting = "Dear readers, this issue comes a week after the leaders' meeting in Paris, and both essays look at what it left unresolved. As always, we welcome your replies and your criticism, which we read with care and answer when we can."
    layout = parse("THE HARBOUR LETTER\n\nIssue 47 · 5 May 2026\n\n" + greeting + "\n\n═══════════════════════\n\n"
                   "The Baltic's cables are a European problem\n\nBy Kari Lunde\n\n"
                   "Every day, ships at anchor drag across the cables that link the Baltic states to the Nordic grid.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "The Baltic's cables are a European problem" and names(found["authors"]) == ["Kari Lunde"]


def test_a_byline_under_the_last_paragraph_names_the_authors():
    layout = parse("A Title for the Harbours\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\nWritten by Ann Lee and Bo Chan.\n\n"
                   "Related explainers: What is the peace facility? | How do frozen assets work?\n")
    found = [f for f in layout.findings if f.field == "authors"]
    assert [a.name for f in found for a in f.value] == ["Ann Lee", "Bo Chan"] and body_texts(layout)[-1].endswith("Last words.")


def test_a_date_in_an_ascii_box_on_the_cover():
    layout = parse("        +----------------------------------+\n        | No. 31 / 2026 · 17 April 2026    |\n"
                   "        +----------------------------------+\n\nHARBOUR INSTITUTE\n\nSharing the Burden\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["date"] == "2026-04-17" and found["title"] == "Sharing the Burden"


@pytest.mark.parametrize("name, institution", [
    ("Nordisk Forsvarsforum", True), ("Friedensforschungsinstitut Nord", True), ("Baltisches Sicherheitszentrum", True), ("Ingrid Forsberg", False),
])
def test_institutions_named_by_a_compound_word(name, institution):
    assert P.is_institution(name) is institution


def test_a_programme_is_no_place_of_work():
    _, found, _ = head("Sharing the Burden", "Oleksandr Kovalenko", "Senior Researcher, Nuclear Policy Programme",
                       "The corridor between Poland and Lithuania is narrow and exposed.")
    [author] = found["authors"]
    assert author.affiliation is None and author.position == "Senior Researcher, Nuclear Policy Programme"


def test_a_cyrillic_author_label():
    _, found, _ = head("Information Resilience on the Black Sea Coast", "Автор: Milena Petrova", "Дата: 17.03.2026",
                       "Bulgaria and Romania sit on the front line of a contest that rarely makes headlines.")
    assert names(found["authors"]) == ["Milena Petrova"] and found["date"] == "2026-03-17"


@pytest.mark.parametrize("line", [
    "Die Kurzanalyse gibt die Auffassung der Autorin wieder.",
    "Der Beitrag gibt ausschließlich die persönliche Meinung des Autors wieder.",
    "Les opinions exprimées dans ce texte n'engagent que leur auteur.",
    "Ce texte n'engage que ses auteurs.",
    "Las opiniones son responsabilidad exclusiva de los autores.",
])
def test_disclaimers_in_other_languages(line):
    assert P.is_boilerplate(line)


def test_an_institution_with_a_dash_in_its_name():
    assert P.describe("Senior Fellow at the Rhine–Vistula Institute")[0] == "Rhine–Vistula Institute"


def test_a_bio_naming_a_centre_of_an_institute_gives_the_institute():
    bio = "Hélène Marchetti-Wong est chercheuse au Centre Asie de l'Institut des hautes études de sécurité internationale (IHESI), où elle travaille."
    [author] = P.parse_bios(bio, frozenset({"Hélène Marchetti-Wong"}))
    assert author.affiliation == "Institut des hautes études de sécurité internationale"


def test_comments_signed_with_a_dash_at_the_very_end():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\nWarsaw, March 2026\n\n"
                   "4 comments\nMarek K. — Good piece, but Kaliningrad still matters more than you allow.\n")
    assert body_texts(layout)[-1].endswith("Last words.")
    assert {f.value for f in layout.findings if f.field == "date"} == {"2026-03"}


def test_a_conference_paper_under_the_conference_panel_and_dates():
    _, found, roles = head("7th Lisbon Conference on European Security and Defence Economics", "Panel 3B: Industrial Capacity and Readiness",
                           "Lisbon, 14–15 May 2026", "Scaling Ammunition Production in Europe: Bottlenecks and Contracts",
                           "Marta Lindqvistᵃ,*, Giorgos Antoniouᵇ and Paweł Zieleniewskiᵃ", "ᵃ Uppsala Centre for Defence Economics",
                           "ᵇ Hellenic Foundation for Strategic Industry",
                           "European production of artillery ammunition has roughly tripled since early 2022, but it falls short.")
    assert found["title"] == "Scaling Ammunition Production in Europe: Bottlenecks and Contracts"
    assert names(found["authors"]) == ["Marta Lindqvist", "Giorgos Antoniou", "Paweł Zieleniewski"]


def test_a_version_date_followed_by_a_caveat():
    _, found, roles = head("Scaling Ammunition Production in Europe", "By Marta Lindqvist",
                           "This version: 2 June 2026. Draft — please do not cite without permission.",
                           "European production of artillery ammunition has roughly tripled since early 2022, but it falls short.")
    assert found["date"] == "2026-06-02" and roles[2] == "date"


@pytest.mark.parametrize("label", ["Læs også", "Läs också", "Les også", "Lue myös", "Přečtěte si také"])
def test_read_also_labels_in_more_languages(label):
    assert F.web_furniture(label)[0] == "related"


@pytest.mark.parametrize("line, publisher", [
    ("Udgivet af Nordisk Forsvarsforum · Tilmeld dig vores nyhedsbrev · Cookiepolitik", "Nordisk Forsvarsforum"),
    ("Herausgegeben von der Stiftung Nordlicht", "Stiftung Nordlicht"),
])
def test_published_by_in_other_languages(line, publisher):
    assert P.publisher_from(line) == publisher


@pytest.mark.parametrize("bio, name, affiliation", [
    ("*Ana Mendonça is director of the defence programme at Centro Atlántico de Análisis in Madrid.*", "Ana Mendonça", "Centro Atlántico de Análisis"),
    ("Rui Melo is a fellow at the Atlantic Centre for Maritime Policy. Clara Weiss directs the Centre's Ukraine programme.", "Clara Weiss",
     "Atlantic Centre for Maritime Policy"),
])
def test_bios_in_italics_and_back_references_without_a_preposition(bio, name, affiliation):
    found = {a.name: a.affiliation for a in P.parse_bios(bio, frozenset({name}))}
    assert found[name] == affiliation


@pytest.mark.parametrize("line, authors", [
    ("Ana Lindqvist is a senior fellow at the Harbour Policy Institute.", [("Ana Lindqvist", "Harbour Policy Institute")]),
    ("*Ana Lindqvist is a senior fellow at the Harbour Policy Institute.*", [("Ana Lindqvist", "Harbour Policy Institute")]),
    # a plain sentence about someone's office opens the text: no author
    ("Mark Rutte is the Secretary General of the North Atlantic Treaty Organization.", []),
    # the sentence opens a paragraph of the text
    ("Ana Lindqvist is a senior fellow at the Harbour Policy Institute. She has warned for years that the stocks are thin.", []),
    # an obituary's subject; an interview's, introduced above the questions
    ("Ana Lindqvist was a senior fellow at the Harbour Policy Institute for twenty years.", []),
    ("Ana Lindqvist is a senior fellow at the Harbour Policy Institute.\n\nWe spoke to her about the ports.", []),
    ("Ana Lindqvist is a senior fellow at the Harbour Policy Institute.\n\nLindqvist has written on the ports for a decade.", []),
])
def test_a_bio_sentence_alone_under_the_title_names_the_author_only_when_it_gives_a_researchers_post(line, authors):
    brief, _ = _head_fields("Keeping the Harbours Open\n\n12 March 2026\n\n" + line + "\n\n" + _PROSE + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == authors


def test_key_points_under_a_label_below_the_byline_are_items_of_the_text_not_a_standfirst():
    text = ("Keeping the Harbours Open\n\nBy Ann Lee\n\n12 March 2026\n\nIn brief\n\n• The ports are exposed.\n"
            "• The navies are small.\n• The money is short.\n\nThe gap\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert [(b.kind, b.text) for b in brief.blocks][:4] == [("heading", "In brief"), ("item", "The ports are exposed."),
                                                            ("item", "The navies are small."), ("item", "The money is short.")]
    assert brief.summary != "• The ports are exposed."


def test_numbered_recommendations_over_labelled_endnotes_are_items_not_notes():
    text = ("Keeping the Harbours Open\n\nBy Ann Lee\n\n12 March 2026\n\n" + _PROSE + "[1]\n\n" + _PROSE + "[2]\n\n"
            "Recommendations\n\n1. Sign contracts for ten years.\n2. Share the risk of new plants.\n\n"
            "Endnotes\n\n[1] European Defence Agency, Defence Data 2024.\n[2] Interview, Oslo, January 2026.\n")
    brief, _ = _head_fields(text)
    assert [(b.kind, b.text) for b in brief.blocks][-3:] == [("heading", "Recommendations"), ("item", "1. Sign contracts for ten years."),
                                                             ("item", "2. Share the risk of new plants.")]


def test_a_bio_sentence_under_a_byline_is_the_texts_subject_not_a_second_author():
    brief, _ = _head_fields("Book review: The Return of the Ports\n\nBy Ana Lindqvist\n\n12 March 2026\n\nJan Nowak is a professor of "
                            "maritime history at the University of Gdańsk.\n\n" + _PROSE + "\n")
    assert [a.name for a in brief.authors] == ["Ana Lindqvist"]
    assert "Jan Nowak is a professor of maritime history at the University of Gdańsk." in [b.text for b in brief.blocks]


@pytest.mark.parametrize("line, publisher", [("Centre for Policy Research | Maritime Security", "Centre for Policy Research"),
                                             ("Institute for Economic Research | Trade and Ports", "Institute for Economic Research"),
                                             ("Harbour Institute Analys | Säkerhetspolitik", "Harbour Institute")])
def test_a_names_last_word_over_the_title_is_no_kicker_cut_off_it(line, publisher):
    brief, _ = _head_fields(line + "\n\nKeeping the Harbours Open\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _PROSE + "\n")
    assert (brief.title, brief.publisher) == ("Keeping the Harbours Open", publisher)


@pytest.mark.parametrize("text, heading", [("‘We cannot wait for Washington’: Nordic ministers on the next budget", True),
                                           ("“Deterrence” in the Baltic", True),
                                           ("“The target was a victory for unity. It was also a bill", False)])
def test_a_heading_may_open_on_a_quotation_but_a_quoted_sentence_is_none(text, heading):
    assert P.heading_like(text, 32) is heading


@pytest.mark.parametrize("line", ["Ana Lindqvist · 12 March 2026", "12 March 2026 | Ana Lindqvist"])
def test_a_name_and_a_date_on_one_line_under_the_title_give_both(line):
    brief, _ = _head_fields("Keeping the Harbours Open\n\nThe alliance's northern flank needs ships, not speeches.\n\n" + line + "\n\n" + _PROSE + "\n")
    assert ([(a.name, a.position) for a in brief.authors], brief.date) == ([("Ana Lindqvist", None)], "2026-03-12")


@pytest.mark.parametrize("first, site, publisher", [("Europe and the Arctic – HPI", "HPI", None),
                                                   ("The 2% target is dead – long live the 3.5% target - Harbour Policy Institute",
                                                    "Harbour Policy Institute", "Harbour Policy Institute"),
                                                   ("Is the Baltic Still a NATO Lake? | Harbour Policy Institute", "Harbour Policy Institute",
                                                    "Harbour Policy Institute")])
def test_a_saved_pages_browser_title_over_the_site_and_the_heading(first, site, publisher):
    title = re.split(r" [–|-] (?=[^–|-]+$)", first)[0]
    brief, _ = _head_fields(f"{first}\n\n{site}\n\n{title}\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _PROSE + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date, brief.publisher) == (title, ["Ana Lindqvist"], "2026-03-12", publisher)


def test_a_podcasts_host_and_guests_are_not_its_authors():
    units = [Unit(line, number) for number, line in enumerate((
        "Harbour Talk — a podcast of the Nordic Centre for Defence Economics", "EPISODE 12", "Cables Under the Baltic",
        "May 4, 2026 · 41 min", "Host: Ingrid Solberg", "Guests: Marcus Delaney, Georgetown Centre for Alliance Studies; Kari Lunde, NCDE",
        "Show notes by Tomás Ferreira", "The cables that link the Baltic states to the Nordic grid are exposed to ships at anchor."), 1)]
    end, findings = read_head(units, frozenset())
    assert [a.name for f in findings if f.field == "authors" for a in f.value] == ["Tomás Ferreira"] and end == 7


@pytest.mark.parametrize("line, rule", [
    ("Listen on Spotify | Apple Podcasts | YouTube | RSS", "listen"),
    ("00:00 Introduction", "chapter-marker"),
    ("14:40 Who pays for Europe's defence?", "chapter-marker"),
])
def test_a_podcasts_players_and_chapter_marks(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("line", [
    "Acknowledgements: We thank the panel discussants and two colleagues for their comments.",
    "This op-ed first appeared in Diário do Atlântico.",
    "Author contributions: AB drafted the text and CD ran the survey; both authors approved the final version.",
    "Authors' contributions: all three authors wrote the paper.",
    "CRediT authorship contribution statement: Lena Varga: conceptualisation, writing.",
    "Our Standards: The Harbour Wire Trust Principles.",
])
def test_acknowledgements_and_first_appearances_are_boilerplate(line):
    assert P.is_boilerplate(line)


@pytest.mark.parametrize("line, rule", [
    ("Forward this letter to a colleague · Unsubscribe · Update your preferences", "newsletter-footer"),
    ("Време за четене: 5 мин.", "reading-time"),
    ("Olvasási idő: 6 perc", "reading-time"),
    ("Menu | Search | Subscribe", "control-row"),
    ("3/2/26, 10:12 AM                 Guarding the Harbours – Harbour Institute…", "print-margins"),  # a browser's print margins
    ("2 of 4                                     https://harbour.example/analysis/guarding", "print-margins"),
    ("8–10 minutes read", "reading-time"),  # a reader view's estimate, a range
    ("12-15 min read", "reading-time"),
])
def test_footers_and_reading_times_in_more_languages(line, rule):
    assert F.web_furniture(line)[0] == rule


def test_markdown_style_heading_marks_in_a_text_dump():
    layout = parse("STRATEGIC NOTES — the blog of the Mediterranean Centre for Strategic Studies\n\n"
                   "Posted 5 marzo 2026 in Intelligence, European security | 3 comments\n\n# Europe Needs an Intelligence Culture\n\n"
                   "By Marco Bellini\n\n" + _PROSE + "\n\n## What is actually missing\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Europe Needs an Intelligence Culture" and found["date"] == "2026-03-05"
    assert ("heading", "What is actually missing") in [(b.kind, b.text) for b in layout.blocks]


def test_a_hashtag_stays_text():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n#NATO and #EU trended for a week. " + _PROSE + "\n")
    assert layout.blocks[0].text.startswith("#NATO and #EU")


def test_a_pages_meta_tags_copied_into_the_text():
    units = [Unit(line, number) for number, line in enumerate((
        "<!-- exported from CMS: node 48213 -->", "og:type: article", "og:site_name: Nordic Centre for Deterrence Studies",
        "og:title: After the Umbrella: A Nordic Nuclear Debate | NCDS", "article:published_time: 2026-03-04T09:00:00Z",
        "article:modified_time: 2026-03-06T14:22:10Z", "article:author: Søren Vestergaard", "article:tag: nuclear deterrence; NATO",
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"After the Umbrella"}', "Commentary",
        "After the Umbrella: A Nordic Nuclear Debate", "Søren Vestergaard, Senior Fellow at the Nordic Centre for Deterrence Studies",
        "4 March 2026", "For most of the past three decades, the Nordic capitals treated nuclear deterrence as a subject for Washington."), 1)]
    end, findings = read_head(units, frozenset())
    by_field = {}
    for f in findings:
        by_field.setdefault(f.field, []).append(f.value)
    assert by_field["title"][0] == "After the Umbrella: A Nordic Nuclear Debate" and set(by_field["date"]) == {"2026-03-04"}
    assert by_field["publisher"][0] == "Nordic Centre for Deterrence Studies" and end == 13


def test_a_cms_records_fields_with_machine_keys_above_its_body():
    """A content system's export: its own keys ("post_id", "slug", "hero_image", "published_at"), the fields an editor
    reads among them, then "body:" over the text."""
    layout = parse("post_id: 9921\nkind: commentary\ntitle: Guarding the Harbours of the North\nslug: guarding-the-harbours\n"
                   "author: Ann Lee; Paul Brenner\npublisher: Harbour Institute for Port Security\n"
                   "published_at: 2026-02-03T08:00:00+01:00\nupdated_at: 2026-02-05T10:12:00+01:00\ntags: ports, deterrence\nhero_image: /img/port.jpg\nbody:\n\n"
                   + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-03"
    assert [a.name for a in found["authors"]] == ["Ann Lee", "Paul Brenner"] and found["publisher"] == "Harbour Institute for Port Security"
    assert body_texts(layout) == [_PROSE]


def test_lines_of_labelled_values_in_prose_are_no_record():
    text = "Guarding the Harbours of the North\n\nCosts: rising\nRisks: growing\nTime_left: short\n\n" + _PROSE + "\n"
    layout = parse(text)
    assert [f.value for f in layout.findings if f.field == "title"] == ["Guarding the Harbours of the North"]
    assert "Time_left: short" in " ".join(body_texts(layout))


def test_a_text_shared_from_a_phone_app_with_emoji_labels_and_bullets():
    """Shared from a news app: the sharer's note pointing down at it, emoji before the title, the author and the date,
    emoji bullets, and the app's and the phone's lines at the end."""
    layout = parse("Worth reading before Friday's meeting 👇\n\n🗞 Guarding the Harbours of the North\n\n✍️ Ann Lee\n📅 3 February 2026\n⏱ 4 min\n\n"
                   + _PROSE + "\n\n✅ Fund the radar chain along the coast before the next budget round.\n"
                   "✅ Buy the interceptors together, so that no harbour waits for another.\n\n" + _LAST + "\n\n"
                   "👉 More stories like this in the app\n📲 Shared via HarbourNews app. Get HarbourNews for iOS and Android\n\nSent from my iPhone\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-03"
    assert [a.name for a in found["authors"]] == ["Ann Lee"]
    assert [(b.kind, b.text) for b in layout.blocks] == [
        ("paragraph", _PROSE), ("item", "Fund the radar chain along the coast before the next budget round."),
        ("item", "Buy the interceptors together, so that no harbour waits for another."), ("paragraph", _LAST)]


def test_an_emoji_inside_or_at_the_end_of_a_sentence_stays():
    layout = parse("Guarding the Harbours of the North\n\n" + _PROSE + " The harbour masters were pleased 👍 and said so.\n\n"
                   "Ministers agreed to meet again in June ⚓\n")
    assert [b.text for b in layout.blocks] == [_PROSE + " The harbour masters were pleased 👍 and said so.", "Ministers agreed to meet again in June ⚓"]


@pytest.mark.parametrize("role", ["President of the Harbour Institute for Port Security", "Executive Vice-President, Harbour Institute for Port Security",
                                  "Founder and Chair, Harbour Institute for Port Security"])
def test_the_head_of_the_house_under_a_speakers_byline(role):
    layout = parse(f"Guarding the Harbours of the North\n\nKeynote address by Ann Lee\n{role}\n\n{_PROSE}\n")
    authors = [a for f in layout.findings if f.field == "authors" for a in f.value]
    assert [(a.name, a.affiliation) for a in authors] == [("Ann Lee", "Harbour Institute for Port Security")]
    assert body_texts(layout) == [_PROSE]


def test_a_title_about_a_president_is_no_role():
    assert not P.role_only("The President and the Alliance") and not P.role_only("President Macron's Gamble")


@pytest.mark.parametrize("line", ["[Applause]", "[Sustained applause]", "(Laughter.)", "[Beifall]", "(Applaudissements)", "[Aplausos]", "[Laughter and applause]"])
def test_the_audiences_reactions_in_a_speechs_transcript_are_furniture(line):
    layout = parse(f"{_TAIL_BODY}\n\n{line}\n\n{_LAST}\n\n{line}\n")
    assert body_texts(layout) == [_TAIL_BODY, _LAST]


@pytest.mark.parametrize("close", ["Thank you.", "Thank you very much.", "Thank you for your attention.", "Questions?", "Vielen Dank.", "Merci de votre attention."])
def test_a_speakers_thanks_after_the_last_paragraph_close_the_speech(close):
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n{close}\n")
    assert body_texts(layout) == [_TAIL_BODY, _LAST]
    assert any(r.text == close and "speaker" in r.reason for r in layout.removed)


def test_thanks_in_a_sentence_that_goes_on_stay():
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\nThank you for reading this far; the next brief takes up the ports of the south.\n")
    assert body_texts(layout)[-1].startswith("Thank you for reading this far")


@pytest.mark.parametrize("credits, names", [
    ("(Reporting by Ann Lee and Paul Brenner; Additional reporting by Jan Novak in Gdańsk; Editing by Mark Weir)", ["Ann Lee", "Paul Brenner"]),
    ("Reporting by Ann Lee; Writing by Paul Brenner; Editing by Mark Weir", ["Ann Lee", "Paul Brenner"]),
    ("(Writing by Ann Lee; editing by Mark Weir)", ["Ann Lee"]),
])
def test_a_news_agencys_credits_under_the_story_name_its_reporters(credits, names):
    layout = parse(f"Ports Under Pressure\n\n{_TAIL_BODY}\n\n{_LAST}\n\n{credits}\n\n© 2026 Harbour Wire. All rights reserved.\n")
    assert [a.name for f in layout.findings if f.field == "authors" for a in f.value] == names
    assert body_texts(layout) == [_TAIL_BODY, _LAST]


def test_a_bracketed_aside_in_the_text_stays():
    layout = parse(f"{_TAIL_BODY}\n\n[The minister's answer was not recorded.]\n\n{_LAST}\n")
    assert "[The minister's answer was not recorded.]" in body_texts(layout)


def test_a_french_notes_head_with_its_labels_over_an_english_text():
    """"Auteur : Name, chercheuse au Cercle …", "Date de publication : …", "Thématiques : …", "Télécharger le PDF (312 Ko)",
    and "Pour citer cette note : …" at the end."""
    layout = parse("CERCLE BORDELAIS D'ÉTUDES MARITIMES\n\nGuarding the Harbours of the North\n\n"
                   "Auteur : Anne Lefèvre, chercheuse au Cercle bordelais d'études maritimes\nDate de publication : 3 février 2026\n"
                   "Thématiques : Ports, Défense\nTélécharger le PDF (312 Ko)\n\n" + _PROSE + "\n\n"
                   "Pour citer cette note : Anne Lefèvre, « Guarding the Harbours of the North », Cercle bordelais d'études maritimes, février 2026.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["date"] == "2026-02-03" and [(a.name, a.affiliation) for a in found["authors"]] == [("Anne Lefèvre", "Cercle bordelais d'études maritimes")]
    assert body_texts(layout) == [_PROSE]


@pytest.mark.parametrize("name", ["Cercle lyonnais d'études internationales", "Observatoire franco-britannique de défense", "Centro atlántico de estudios estratégicos"])
def test_a_romance_institutions_adjectives_after_its_head_word(name):
    assert P.is_institution(name)


@pytest.mark.parametrize("line", ["Centre stage for the alliance", "Institut national", "Centre right parties gain"])
def test_a_head_word_and_lower_case_words_without_a_joiner_are_no_institution(line):
    assert not P.is_institution(line)


def test_a_parliament_research_services_paper_with_german_fields_over_an_english_text():
    layout = parse("Parlamentarischer Forschungsdienst\n\nSachstand\n\nGuarding the Harbours of the North\n\n"
                   "Aktenzeichen: PF 3 - 2000 - 011/26\nAbschluss der Arbeit: 3. Februar 2026\nFachbereich: PF 3: Verkehr, Häfen\n\n"
                   "Der Forschungsdienst unterstützt die Abgeordneten bei ihrer Arbeit. Seine Arbeiten geben nicht die Auffassung des "
                   "Parlaments oder seiner Verwaltung wieder.\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-03"
    assert found["publisher"] == "Parlamentarischer Forschungsdienst" and body_texts(layout) == [_PROSE]


def test_a_sentence_about_a_service_in_german_prose_stays():
    assert not P.is_institution("Der Dienst ist wichtig")
    assert not P.is_boilerplate("Die Regierung gibt nicht auf und verhandelt weiter mit dem Parlament.")


@pytest.mark.parametrize("byline", ["By Ann Lee, with Paul Brenner", "By Ann Lee with Paul Brenner", "Par Ann Lee, avec Paul Brenner"])
def test_a_contributing_author_after_with_is_an_author(byline):
    layout = parse(f"Guarding the Harbours of the North\n\n{byline}\n3 March 2026\n\n{_PROSE}\n")
    assert [a.name for f in layout.findings if f.field == "authors" for a in f.value] == ["Ann Lee", "Paul Brenner"]


def test_with_an_institution_after_a_byline_is_no_author():
    layout = parse(f"Guarding the Harbours of the North\n\nBy Ann Lee, with the Harbour Institute for Port Security\n3 March 2026\n\n{_PROSE}\n")
    assert [a.name for f in layout.findings if f.field == "authors" for a in f.value] == ["Ann Lee"]


@pytest.mark.parametrize("entry", [
    'Brandt, Lena, and Ole Sørensen. 2024. "Ports and Power." Journal of Maritime Security.',
    "Novák, Jan. 2025. Harbours at War. Prague: Example Press.",
])
def test_a_chicago_author_date_reference_entry(entry):
    assert P.reference_entry(entry)


@pytest.mark.parametrize("line", ["Brandt, the minister. 2024. A year of change.", "Gdańsk, Poland. 2025. The port grew again."])
def test_a_place_or_a_sentence_with_a_year_is_no_reference(line):
    assert not P.reference_entry(line)


def test_note_numbers_glued_to_the_words_they_follow_in_a_pdf_dump():
    """A PDF set with superscript note numbers loses the raise in its text dump: "…the Gulf.1" and, at the end,
    "1 Customs data …". Numbered 1, 2, 3 in reading order and listed at the end in that order, they are notes."""
    text = ("Guarding the Harbours of the North\n\nShipments began to travel through the Gulf.1 Ports saw the change first.\n\n"
            "Prices rose in every harbour by the spring,2 and the ministers took note.\n\n"
            "The ministers will have to decide what the ports are for.3\n\n"
            "1 Customs data, compiled by the authors.\n2 Port authority figures.\n3 See the ministers' statement of May.\n")
    layout = parse(text)
    assert sorted(layout.notes) == [1, 2, 3] and layout.notes[1] == "Customs data, compiled by the authors."
    assert body_texts(layout)[-1] == "The ministers will have to decide what the ports are for.³"


def test_endnotes_numbered_in_roman_numerals_glued_to_the_words_they_follow():
    text = ("Guarding the Harbours of the North\n\nShipments began to travel through the Gulf.i Ports saw the change first.\n\n"
            "Prices rose in every harbour by the spring,ii and the ministers took note.\n\n"
            "The ministers will have to decide what the ports are for.iii\n\nEndnotes\n\n"
            "i   Customs data, compiled by the authors.\nii   Port authority figures.\niii   See the ministers' statement of May.\n")
    layout = parse(text)
    assert layout.notes == {1: "Customs data, compiled by the authors.", 2: "Port authority figures.", 3: "See the ministers' statement of May."}
    assert body_texts(layout)[-1] == "The ministers will have to decide what the ports are for.³"


def test_notes_keyed_by_letters_in_brackets():
    layout = parse(f"Guarding the Harbours of the North\n\nBy Ann Lee\n\n{_PROSE}[a]\n\n{_LAST}[b]\n\nNotes\n\n[a] Port authority figures, 2025.\n"
                   "[b] Interviews in Gdańsk, 2025.\n")
    assert layout.notes == {1: "Port authority figures, 2025.", 2: "Interviews in Gdańsk, 2025."}
    assert body_texts(layout) == [f"{_PROSE}[1]", f"{_LAST}[2]"]


def test_letters_in_brackets_without_their_notes_stay():
    layout = parse(f"Guarding the Harbours of the North\n\nBy Ann Lee\n\nOptions [a] and [b] are listed below.\n\n[a] Fund the radar.\n[b] Buy together.\n\n{_LAST}\n")
    assert "Options [a] and [b] are listed below." in body_texts(layout)


def test_numbers_after_words_that_are_no_notes_stay():
    text = ("Guarding the Harbours of the North\n\nThe fleet has grown to 12 ships and the Type 31 frigate.2 We count 3 of them.\n\n"
            "Ministers met in Room 4 on Level 2 of the building.\n")
    assert "frigate.2 We count 3" in " ".join(body_texts(parse(text)))


def test_authors_marked_with_plain_letters_and_their_affiliations_at_the_foot_of_the_page():
    """A LaTeX paper's dump: "Ann Lee a,∗ , Paul Brenner b" under the title, and at the foot of the first page
    "a Harbour Institute for Port Security, Kiel, Germany", "b …", "∗ Corresponding author. Email: …"."""
    text = ("Guarding the Harbours of the North\n\n      Ann Lee a,∗ , Paul Brenner b\n\n                Abstract\n\n" + _PROSE + "\n\n"
            "1 Introduction\n\n" + _PROSE + "\n\na Harbour Institute for Port Security, Kiel, Germany\nb Baltic Ports Observatory, Gdańsk, Poland\n"
            "∗ Corresponding author. Email: a.lee@example.org\n\n2 Evidence\n\n" + _LAST + "\n")
    layout = parse(text)
    authors = [a for f in layout.findings if f.field == "authors" for a in f.value]
    assert [(a.name, a.affiliation) for a in authors] == [("Ann Lee", "Harbour Institute for Port Security"), ("Paul Brenner", "Baltic Ports Observatory")]
    assert not any("Kiel" in t or "Corresponding" in t for t in body_texts(layout))


def test_a_list_item_opening_with_a_letter_stays():
    layout = parse(f"Guarding the Harbours of the North\n\nBy Ann Lee\n\n{_PROSE}\n\na Harbour Institute for Port Security report found the same.\n")
    assert "a Harbour Institute for Port Security report found the same." in body_texts(layout)


def test_a_title_wrapped_after_a_long_preposition_left_in_lower_case():
    layout = parse("      Guarding the Harbours: Shipping Routes through\n            Baltic and North Sea Ports\n\n      Ann Lee and Paul Brenner\n\n"
                   + _PROSE + "\n")
    assert [f.value for f in layout.findings if f.field == "title"] == ["Guarding the Harbours: Shipping Routes through Baltic and North Sea Ports"]


def test_the_date_in_a_series_line_above_the_title_among_the_sites_chrome():
    layout = parse("HARBOUR INSTITUTE\nKiel | Gdańsk | Tallinn\n\nPORT WATCH No. 4/2026 | 3 February 2026\n\nGuarding the Harbours of the North\n\n"
                   "Ann Lee, Senior Fellow at the Harbour Institute\n\n" + _PROSE + "\n")
    assert [f.value for f in layout.findings if f.field == "date"] == ["2026-02-03"]


def test_a_run_in_label_that_spells_itself_out_in_brackets():
    layout = parse(f"Guarding the Harbours of the North\n\nBy Ann Lee\n\nBLUF (Bottom line up front): {_PROSE}\n\n{_LAST}\n")
    assert [(b.kind, b.text) for b in layout.blocks][:2] == [("heading", "BLUF (Bottom line up front)"), ("paragraph", _PROSE)]


def test_a_cover_with_a_wrapped_subtitle_and_stacked_names_with_their_posts_and_fields():
    layout = parse("HARBOUR INSTITUTE\n\n\nGuarding Together,\nBuilding Apart\nWhy the ports of the north have not yet\npooled their defences\n\n\n"
                   "Ann Lee\nProgramme Director, Maritime Security\n\nPaul Brenner\nResearch Fellow\n\n\nKiel, 3 February 2026\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["subtitle"] == "Why the ports of the north have not yet pooled their defences" and found["date"] == "2026-02-03"
    assert [(a.name, a.affiliation) for f in layout.findings if f.field == "authors" for a in f.value] == [("Ann Lee", None), ("Paul Brenner", None)]


@pytest.mark.parametrize("line, affiliation", [("Senior Fellow, Chatham House", "Chatham House"), ("Research Fellow, Defence Economics", None),
                                               ("Senior Researcher, Foreign Policy and Security", None),
                                               ("Senior Fellow, Ukraine and Eastern Europe", None), ("Fellow, Central Europe Institute", "Central Europe Institute")])
def test_a_post_then_a_field_names_no_place_of_work(line, affiliation):
    assert P.describe(line)[0] == affiliation


def test_the_publishers_board_listed_after_the_text_is_furniture():
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\nBoard of Trustees\n\nChair         Ann Lee, Ambassador (ret.)\nVice-Chair    Paul Brenner, Professor, Kiel\n"
                   "Members       Jan Novák, Prague\n              Ola Nordmann, Oslo\n\nPublished by the Harbour Institute.\n")
    assert body_texts(layout) == [_TAIL_BODY, _LAST]


def test_a_section_on_the_board_of_a_company_stays():
    layout = parse(f"{_TAIL_BODY}\n\nThe board\n\nThe board of the port authority met twice and agreed on nothing at all.\n\n{_LAST}\n")
    assert "The board of the port authority met twice and agreed on nothing at all." in body_texts(layout)


def test_a_closing_credit_names_the_writer_and_a_footer_on_every_page_dates_the_text():
    footer = "© Harbour Institute · Port Note 2/2026 · 03.02.2026 · {}/2"
    layout = parse(f"PORT NOTE\n\nGuarding the Harbours of the North\n\n{_TAIL_BODY}\n\n{footer.format(1)}\n\f{_PROSE}\n\n{_LAST}\n\n"
                   f"— Written by Ann Lee (independent analyst, Kiel) for the Harbour Institute\n\n{footer.format(2)}\n")
    found = {f.field: f.value for f in layout.findings}
    assert [(a.name, a.affiliation) for a in found["authors"]] == [("Ann Lee", None)] and found["date"] == "2026-02-03"
    assert body_texts(layout)[-1] == _LAST


def test_a_wiki_pages_export():
    """A wiki page saved as text: its skip links and tagline, "== Heading ==" marks, "1. ^ …" references, where it was
    retrieved from, its categories, when it was last edited (the only date), its licence and who publishes it."""
    layout = parse("Main page\nRecent changes\nRandom page\nHelp\n\nJump to navigation Jump to search\n\nHarbour defence in the Baltic\n\n"
                   "From PortWiki, the maritime knowledge base\n\n" + _PROSE + "[1]\n\n== Background ==\n\n" + _LAST + "[2]\n\n== References ==\n\n"
                   "1. ^ Port authority figures, 2025.\n2. ^ Interviews in Gdańsk, 2025.\n\nRetrieved from \"https://portwiki.example/index.php?oldid=12\"\n\n"
                   "Categories: Ports | Baltic\n\nThis page was last edited on 3 February 2026, at 14:37.\n"
                   "Content is available under Creative Commons Attribution-ShareAlike 4.0 unless otherwise noted.\n"
                   "PortWiki is edited and published by the Harbour Institute for Port Security, Kiel.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Harbour defence in the Baltic" and found["date"] == "2026-02-03"
    assert layout.notes == {1: "Port authority figures, 2025.", 2: "Interviews in Gdańsk, 2025."}
    assert [b.text for b in layout.blocks] == [_PROSE + "[1]", "Background", _LAST + "[2]"]
    assert P.publisher_from("PortWiki is edited and published by the Harbour Institute for Port Security, Kiel.") == "Harbour Institute for Port Security"


@pytest.mark.parametrize("line", ["From Paris, the long road to a European army", "Content matters more than the licence"])
def test_lines_like_a_wikis_furniture_that_are_text_stay(line):
    assert F.web_furniture(line) is None


def test_a_contact_box_after_the_text_is_boilerplate():
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\n---\nContact:\nPress enquiries: Ola Nordmann, Communications Officer, press@harbour.example, +47 600 1234\n"
                   "Author enquiries: ann.lee@harbour.example\n\nPublished by the Harbour Institute.\n")
    assert body_texts(layout) == [_TAIL_BODY, _LAST]


@pytest.mark.parametrize("text, iso", [("04.III.2026", "2026-03-04"), ("4 XII 2025", "2025-12-04"), ("17.IX.2026", "2026-09-17")])
def test_a_month_in_roman_numerals(text, iso):
    assert D.parse_date(text) == iso


def test_a_cover_in_pdf_layout_with_the_date_beside_the_title_and_a_page_about_the_paper():
    layout = parse("    HARBOUR INSTITUTE                                     PORT PAPER 2\n\n\n"
                   "    GUARDING THE HARBOURS OF THE NORTH                          03.II.2026\n    Three futures for the Baltic ports\n\n\n"
                   "    Ann Lee\n    Paul Brenner\n\n\n                     Foresight for a sea at peace\n\n    About this paper\n\n"
                   "    Port papers do not predict. They describe futures against which plans can be tested.\n\n"
                   "    Ann Lee is head of the ports programme at the Harbour Institute. Paul Brenner is a senior analyst at the Baltic Ports Observatory.\n\n"
                   "    Introduction\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "GUARDING THE HARBOURS OF THE NORTH" and found["date"] == "2026-02-03"
    assert [b.text for b in layout.blocks] == ["Introduction", _PROSE]
    assert [(a.name, a.affiliation) for u in layout.bios for a in P.parse_bios(u.text)] == [("Ann Lee", "Harbour Institute"), ("Paul Brenner", "Baltic Ports Observatory")]


@pytest.mark.parametrize("head, title", [
    # what a reply answers
    ("Ports Need Guns, Too\n\nBy Ann Lee\n3 March 2026\n\n"
     "In reply to \"Europe Should Sell Its Ports\" by Paul Brenner (The Harbour Review, 2 February 2026)", "Ports Need Guns, Too"),
    # a review essay under a journal's masthead, with the record of the book it reviews
    ("THE HARBOUR QUARTERLY                                  Vol. 7, No. 2 · Summer 2026\n\nREVIEW ESSAY\n\n"
     "Ports of Call: Trade and Power in the Baltic. By Paul Brenner. Gdańsk: Amber Coast Press, 2025. 212 pp. €30.00. ISBN 978-0-0000-0000-0.\n\n"
     "The Harbour Is the Front Line\n\nAnn Lee", "The Harbour Is the Front Line"),
])
def test_another_texts_title_and_author_in_the_head_name_neither_title_nor_author(head, title):
    layout = parse(f"{head}\n\n{_PROSE}\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == title and [a.name for a in found["authors"]] == ["Ann Lee"]
    assert body_texts(layout) == [_PROSE]


def test_a_sentence_that_replies_to_a_quoted_claim_stays():
    assert not P.is_notice("In reply to \"who pays?\", the ministers said nothing, which was itself an answer.")


def test_a_sentence_naming_a_book_and_its_publisher_stays():
    assert not P.is_notice("Ports of Call. By any measure, Brenner's book is the best. Gdańsk: a city that trades, 2025. It argues well.")


def test_a_copy_whose_first_page_is_lost_takes_its_title_from_the_running_header():
    header = "Guarding the Harbours                                     Port Paper 03/2026"
    text = (f"{header}\n\n2. The threat has changed\n\n{_TAIL_BODY}\n\n                 2\n\f{header}\n\n{_PROSE}\n\n                 3\n\f{header}\n\n"
            f"{_LAST}\n\n                 4\n\nPublished by the Harbour Institute for Port Security\nul. Portowa 00, 00-000 Gdańsk\n")
    layout = parse(text)
    assert [f.value for f in layout.findings if f.field == "title"] == ["Guarding the Harbours"]
    assert P.publisher_from(next(u.text for u in layout.boilerplate if u.text.startswith("Published"))) == "Harbour Institute for Port Security"


def test_a_running_header_that_names_the_publisher_or_authors_is_no_title():
    header = "Ann Lee and Paul Brenner                                     Port Paper 03/2026"
    text = f"{header}\n\n{_TAIL_BODY}\n\n                 2\n\f{header}\n\n{_PROSE}\n\n                 3\n\f{header}\n\n{_LAST}\n"
    assert not [f for f in parse(text).findings if f.field == "title"]


def test_a_box_of_key_points_after_the_text_and_a_fellow_from_an_institute():
    layout = parse(f"Guarding the Harbours of the North\n\nBy Ann Lee and Paul Brenner\n\n{_TAIL_BODY}\n\n{_LAST}\n\nAbout the authors\n"
                   "Ann Lee is Director of the Ports Programme at the Harbour Institute for Port Security.\n"
                   "Paul Brenner is a visiting fellow from the Baltic Ports Observatory.\n\nTopics: Ports · Baltic\n\n"
                   "In brief\n• The ports are exposed.\n• The money is there.\n• The will to spend it is not.\n\n"
                   "© 2026 Harbour Institute for Port Security.\n")
    assert body_texts(layout) == [_TAIL_BODY, _LAST]
    assert [(a.name, a.affiliation) for u in layout.bios for a in P.parse_bios(u.text)] == [
        ("Ann Lee", "Harbour Institute for Port Security"), ("Paul Brenner", "Baltic Ports Observatory")]


def test_a_diplomat_from_a_country_names_no_affiliation():
    assert P.parse_bios("Ann Lee is a diplomat from Poland.")[0].affiliation is None


def test_a_debate_in_parts_each_signed_with_its_writers_bio_under_it():
    layout = parse(f"Should the Harbours Be Armed?\n\nBy Ann Lee and Paul Brenner\n\nYes\n\n{_TAIL_BODY}\n\n— Ann Lee\n\n"
                   "Ann Lee is a senior fellow at the Harbour Institute for Port Security in Kiel.\n\nNo\n\n"
                   f"{_PROSE}\n\n— Paul Brenner\n\nPaul Brenner is director of the Baltic Ports Observatory in Gdańsk.\n")
    assert body_texts(layout) == ["Yes", _TAIL_BODY, "No", _PROSE]
    assert [(a.name, a.affiliation) for u in layout.bios for a in P.parse_bios(u.text)] == [
        ("Ann Lee", "Harbour Institute for Port Security"), ("Paul Brenner", "Baltic Ports Observatory")]


def test_a_collections_parts_with_their_writers_in_italics_and_its_contributors_page():
    layout = parse("HARBOUR INSTITUTE\n\nPORTS OUTLOOK 2026\nTwo questions for the year ahead\n\nEdited by Jan Novák\n\n"
                   f"1. Will the ports pay for their own defence?\n_Ann Lee_\n\n{_TAIL_BODY}\n\n2. Can the north share its radars?\n_Paul Brenner_\n\n"
                   f"{_LAST}\n\nCONTRIBUTORS\nAnn Lee is a senior fellow at the Harbour Institute.\nPaul Brenner is director of the Baltic Ports Observatory.\n\n"
                   "© Harbour Institute, Kiel, 12 de enero de 2026.\n")
    assert body_texts(layout) == ["1. Will the ports pay for their own defence?", _TAIL_BODY, "2. Can the north share its radars?", _LAST]
    assert [f.value for f in layout.findings if f.field == "date"] == ["2026-01-12"]
    assert [a.name for u in layout.bios for a in P.parse_bios(u.text)] == ["Ann Lee", "Paul Brenner"]


def test_an_italic_line_under_a_heading_that_is_no_name_stays():
    layout = parse(f"Guarding the Harbours\n\nBy Ann Lee\n\nWhat the ministers said\n_In their own words_\n\n{_PROSE}\n")
    assert "_In their own words_" in body_texts(layout)


def _channel(long_text: str) -> str:
    return ("Harbour Notes | Ann Lee\nTelegram channel · 12 400 subscribers\nExported messages\n\n"
            "[02.02.26 21:40]\nTomorrow: a long read on the harbours.\n👁 8.4K\n\n"
            "[02.02.26 22:05]\nForwarded from Port Watch:\nStorm warning for the Gdańsk roads.\n👁 9.9K\n\n"
            f"[03.02.26 09:14]\n📌 Long read: Guarding the Harbours of the North\n\n{long_text}\n\n— Ann Lee, port analyst\n👁 31.2K  🔁 1 204\n\n"
            "[03.02.26 12:02]\nThanks for your messages on the long read.\n👁 2.7K\n")


def test_a_channels_export_keeps_its_one_long_message_as_the_text():
    long_text = "\n\n".join([_PROSE] * 4)
    layout = parse(_channel(long_text))
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-03"
    assert [a.name for a in found["authors"]] == ["Ann Lee"] and body_texts(layout) == [_PROSE] * 4


def test_a_channels_export_of_short_messages_keeps_them_all():
    layout = parse(_channel(_PROSE))
    assert "Storm warning for the Gdańsk roads." in " ".join(body_texts(layout))


def test_a_blog_on_a_publishing_engine_with_its_tagline_search_box_and_credit():
    layout = parse("Harbour Institute for Port Security – Blog\nPorts, shipping and security around the Baltic\n\nHome   About   Archive   Contact\n\n"
                   "Search for:\n\nGuarding the Harbours of the North\n\nPosted on February 3, 2026 by Ann Lee\n\n"
                   f"{_TAIL_BODY}\n\n{_LAST}\n\nLeave a comment\n\nProudly powered by WordPress | Theme: Twenty Twenty-Four\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-03"
    assert [a.name for a in found["authors"]] == ["Ann Lee"] and body_texts(layout) == [_TAIL_BODY, _LAST]


def test_a_subtitle_under_a_title_is_no_sites_tagline():
    layout = parse("Harbour Institute for Port Security\n\nGuarding the Harbours of the North\nWhy the ports need radars\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert [f.value for f in layout.findings if f.field == "title"] == ["Guarding the Harbours of the North"]


def test_names_in_capitals_joined_by_and_in_capitals():
    assert [a.name for a in authors_from("MARTA WIŚNIEWSKA AND TOMÁŠ HORÁK")] == ["Marta Wiśniewska", "Tomáš Horák"]
    assert authors_from("THE PORTS AND THE NAVY") is None


def test_a_hard_wrapped_bio_cut_on_a_word_that_cannot_end_it_is_one_paragraph():
    body = ("The ministers met in the spring to agree on a plan for the harbours of the north, and they found that\n"
            "the money was there but the will to spend it together was not, which is the problem this brief takes up.\n")
    layout = parse(f"Guarding the Harbours of the North\n\nANN LEE AND PAUL BRENNER\n\n{body * 3}\n"
                   "Ann Lee is head of the ports programme at the Harbour Institute for Port Security in\n"
                   "Kiel. Paul Brenner is an associate fellow at the Baltic Ports Observatory.\n")
    assert [(a.name, a.affiliation) for u in layout.bios for a in P.parse_bios(u.text)] == [
        ("Ann Lee", "Harbour Institute for Port Security"), ("Paul Brenner", "Baltic Ports Observatory")]


def test_a_house_series_named_for_its_kind_with_volume_and_number():
    layout = parse("POLICY BRIEFS\nVolume 7, Brief 3 – May 2026\n\nGuarding the Harbours of the North\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-05"


def test_a_plural_that_is_no_series_stays_a_title():
    assert not P.is_doctype("Open Letters to Moscow") and P.is_doctype("Strategic Comments")


def test_a_title_and_its_subtitle_on_one_line_set_apart_by_a_dash():
    layout = parse("HARBOUR INSTITUTE\n\nGuarding the Harbours — Why the North Needs Radars Before It Needs Ships\n\n"
                   "Analysis by Ann Lee, Senior Analyst for Baltic Affairs\nJanuary 19, 2026 | Updated: January 21, 2026\n\n" + _PROSE + "\n\n"
                   "This article was updated on 21 January to correct a figure.\n\nPrint | Download PDF | Cite this\n")
    found = {f.field: f.value for f in layout.findings}
    assert (found["title"], found["subtitle"]) == ("Guarding the Harbours", "Why the North Needs Radars Before It Needs Ships")
    assert [(a.name, a.affiliation) for a in found["authors"]] == [("Ann Lee", None)] and body_texts(layout) == [_PROSE]


def test_a_dash_inside_a_title_that_goes_on_in_lower_case_stays_one_title():
    layout = parse("Guarding the Harbours — and why the north needs radars first\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert [f.value for f in layout.findings if f.field == "title"] == ["Guarding the Harbours — and why the north needs radars first"]


def test_a_series_line_that_names_its_writer():
    layout = parse("HARBOUR INSTITUTE\n\nPORT ANALYSIS | 03/02/2026 | Łukasz Nowak\n\nGuarding the Harbours of the North\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert [a.name for a in found["authors"]] == ["Łukasz Nowak"] and found["date"] == "2026-02-03"


# Prose that this session's recognisers took for furniture or metadata, found by a review with fresh eyes: each stays.
_P1 = "The first paragraph of this brief argues that Europe must act now on defence procurement. It is a sentence of ordinary prose that goes on for a while."
_P2 = "The second paragraph adds more detail on the argument, and it explains why the timing matters for the Union and its members."
_REVIEW_HEAD = "Europe and the Gulf\n\nBy Ann Lee\n12 March 2026\n\n"


def test_a_german_sentence_that_a_letter_does_not_reflect_the_cabinets_view_stays():
    text = ("Die Zukunft der Bundeswehr\n\nVon Anna Schmidt\n12. März 2026\n\nDie Koalition streitet. Der Brief des Ministers spiegelt nicht "
            "die Meinung des Kabinetts wieder, und der Kanzler hat sich bisher nicht festgelegt.\n")
    assert any("spiegelt nicht" in t for t in body_texts(parse(text)))


@pytest.mark.parametrize("line", ["Germany 5 · France 3 · Poland 4 · Italy 2", "Phase 1 – Phase 2 – Phase 3", "UNSCR 1325 · UNSCR 2250 · UNSCR 2467"])
def test_a_row_of_figures_is_no_address(line):
    assert not F.is_contact_footer(line)


def test_a_briefs_own_closing_summary_with_bullets_stays():
    layout = parse(f"{_REVIEW_HEAD}{_P1}\n\n{_P2}\n\nSummary\n- The brigade needs funding before the summer, or it will not be ready by 2027.\n"
                   "- The air defence gap is the most urgent of all, and only joint buying closes it in time.\n")
    assert "The air defence gap is the most urgent of all, and only joint buying closes it in time." in body_texts(layout)


def test_run_in_labels_under_a_discussion_heading_are_no_comments():
    layout = parse(f"{_REVIEW_HEAD}{_P1}\n\nDiscussion\nShort Term Options: Europe can buy off the shelf from allies now.\n"
                   "Long Term Options: Europe can build its own production lines by 2030.\n")
    assert any("Short Term Options" in t for t in body_texts(layout))


def test_a_title_about_military_service_is_no_institution():
    assert not P.is_institution("Wehrdienst für alle") and not P.is_institution("Zivilgesellschaft unter Druck")


def test_with_an_institution_in_a_byline_is_no_second_author():
    layout = parse(f"Europe and the Gulf\n\nBy Ann Lee, with Chatham House\n12 March 2026\n\n{_P1}\n")
    assert [a.name for f in layout.findings if f.field == "authors" for a in f.value] == ["Ann Lee"]


def test_a_lettered_list_of_institutions_in_the_text_stays():
    layout = parse(f"{_REVIEW_HEAD}{_P1}\n\nThree bodies matter most:\na European Defence Agency\nb Organisation for Joint Armament Cooperation\n"
                   "c NATO Support and Procurement Agency\n\n{_P2}\n")
    assert "European Defence Agency" in " ".join(body_texts(layout)) and "NATO Support and Procurement Agency" in " ".join(body_texts(layout))


def test_an_italic_phrase_under_a_heading_that_names_no_writer_stays():
    layout = parse(f"{_REVIEW_HEAD}{_P1}\n\n1. The old order\n_Pax Americana_\n\n{_P2}\n\n2. The new order\n_Marshall Plan_\n\n{_P1}\n")
    assert "_Pax Americana_" in body_texts(layout) and "_Marshall Plan_" in body_texts(layout)


def test_dingbat_numerals_and_a_warning_sign_keep_their_place():
    layout = parse(f"{_REVIEW_HEAD}{_P1}\n\n❶ Europe must fund the brigade before the summer.\n❷ Europe must buy air defence together.\n"
                   f"❸ Europe must plan for the day after.\n\n{_P2}\n\n⚠ This is a warning line about the costs.\n")
    assert not any(r.text in {"❶", "⚠"} for r in layout.removed)


def test_a_closing_sentence_about_reporting_stays():
    layout = parse(f"{_REVIEW_HEAD}{_P1}\n\n{_P2}\n\nReporting by member states remains patchy and late.\n")
    assert body_texts(layout)[-1] == "Reporting by member states remains patchy and late."


def test_a_board_in_the_middle_of_the_text_stays():
    layout = parse(f"{_REVIEW_HEAD}{_P2}\n\nBoard\n\nChair         Kerstin Aberg\nTreasurer     Peter Vestergaard\n\n{_P2}\n")
    assert any("Kerstin Aberg" in t for t in body_texts(layout))


def test_a_range_of_minutes_in_the_text_is_no_reading_time():
    assert F.web_furniture("10-15 minutes") is None and F.web_furniture("8–10 min read")[0] == "reading-time"


def test_a_reader_views_estimate_above_the_title_is_chrome_and_a_kicker_that_may_be_the_titles_stays():
    layout = parse("https://harbour.example/analysis/guarding\nharbour.example\n8–10 minutes\n\nGuarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert [f.value for f in layout.findings if f.field == "title"] == ["Guarding the Harbours of the North"]
    layout = parse("Analysis: Europe must rearm now\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert [f.value for f in layout.findings if f.field == "title"] == ["Analysis: Europe must rearm now"]


def test_a_closing_line_questions_without_its_question_mark_stays():
    layout = parse(f"{_TAIL_BODY}\n\n{_LAST}\n\nQuestions\n")
    assert not any(r.text == "Questions" and "speaker" in r.reason for r in layout.removed)


def test_a_politician_and_an_analyst_in_one_byline():
    found = authors_from("MEP Anna Kowalska (EPP) and Dr Paul Brenner, Harbour Institute for Port Security")
    assert [(a.name, a.affiliation) for a in found] == [("Anna Kowalska", None), ("Paul Brenner", "Harbour Institute for Port Security")]
    assert [(a.name, a.affiliation) for a in authors_from("Ann Lee and Paul Brenner, Harbour Institute")] == [
        ("Ann Lee", "Harbour Institute"), ("Paul Brenner", "Harbour Institute")]


@pytest.mark.parametrize("line", ["2 of 4 ministers agreed, and https://harbour.example has the minutes.", "On 3/2/26, 10:12 AM the ships sailed."])
def test_a_page_count_or_a_time_in_a_sentence_is_no_print_margin(line):
    assert F.web_furniture(line) is None


def test_a_typed_note_scanned_and_read_by_ocr():
    """A faxed, typed note: the scan's specks ("|", "~"), its series beside its handling marking, a date with a year of
    two digits, "PAGE 2", "PAGE 3 (END)" and the typist's reference."""
    layout = parse("|\n    Harbour Institute for Port Security                          ~\n\n"
                   "    PORT NOTE NO. 4/26                      RESTRICTED DISTRIBUTION\n                                                 3.2.26\n  |\n"
                   "    GUARDING THE HARBOURS OF THE NORTH\n\n    Prepared by: Ann Lee, Research Director\n\n"
                   f"    {_TAIL_BODY}\n\n                         PAGE 2\n|\n    {_LAST}\n\n                         PAGE 3 (END)\n\n    AH/kl\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "GUARDING THE HARBOURS OF THE NORTH" and found["date"] == "2026-02-03"
    assert body_texts(layout) == [_TAIL_BODY, _LAST]


@pytest.mark.parametrize("text", ["4/3/26", "Section 4.3.26", "31.2.26"])
def test_a_short_year_only_with_points_and_a_real_day(text):
    assert D.parse_date(text) is None


def test_an_iso_timestamp_is_a_date():
    assert D.parse_date("2026-03-04T09:00:00Z") == "2026-03-04" and D.parse_date("2026-03-04T09:00:00+01:00") == "2026-03-04"


def test_an_italic_standfirst_then_the_interviewer():
    _, found, roles = head('"A ceasefire without guarantees is only an intermission"',
                           "*Iryna Melnychuk served as Ukraine's deputy minister for European integration and now advises parliament. She spoke to us in Kyiv.*",
                           "Interview by Clara Whitmore", "February 17, 2026 · 9 min read",
                           "**The talks have been described as close to a framework agreement. Is that how it looks from Kyiv?**")
    assert names(found["authors"]) == ["Clara Whitmore"] and found["date"] == "2026-02-17"


def test_a_social_handle_under_the_byline():
    layout = parse("The Security Pact Needs a Second Act\n\nZoë Lindqvist | Senior Fellow, Channel Policy Institute\n@zlindqvist_cpi\n"
                   "Published 27 March 2026\n\n" + _PROSE + "\n")
    assert {f.field: f.value for f in layout.findings}["date"] == "2026-03-27"


@pytest.mark.parametrize("role", ["Lead author, Director of Security Studies", "Co-author, Visiting Fellow"])
def test_roles_are_no_places_of_work(role):
    assert P.describe(role)[0] is None


def test_a_signature_in_capitals_names_the_author_when_the_head_names_none():
    layout = parse("A Title for the Harbours\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n"
                   "— DIMITRIOS PAPADAKIS, senior fellow at the Aegean Institute for Democratic Resilience\n\nMore opinion\n")
    found = [a for f in layout.findings if f.field == "authors" for a in f.value]
    assert [(a.name, a.affiliation) for a in found] == [("Dimitrios Papadakis", "Aegean Institute for Democratic Resilience")]


def test_a_research_service_briefing_with_its_unit_code_and_language():
    layout = parse("BRIEFING\nSecurity and Defence Research Unit\nIPSA Research Service\nPE 781.246 – January 2026\nEN\n\n"
                   "Sanctions on Russia in their fourth year:\neffects, erosion and enforcement\n\nSUMMARY\n\n" + _PROSE + "\n\n"
                   "Author: Helena Marques, Members' Research Service\nEditor: Jonas Ahlberg\nDate: 23-01-2026\n\n"
                   "Economic effects to date\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Sanctions on Russia in their fourth year: effects, erosion and enforcement"
    assert found["publisher"] == "IPSA Research Service"
    assert [a.name for a in found["authors"]] == ["Helena Marques"] and "2026-01-23" in {f.value for f in layout.findings if f.field == "date"}
    assert not any("Editor" in b.text for b in layout.blocks)


def test_a_disclaimer_before_the_first_paragraph_is_not_the_body():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\nThe views expressed in this paper are those of the authors and do not "
                   "necessarily reflect those of the institute. Reproduction is authorised provided the source is acknowledged.\n\n"
                   + _PROSE + "\n\nThe views expressed at the summit differed, and the ministers said so in public.\n")
    texts = body_texts(layout)
    assert texts[0] == _PROSE and texts[-1].startswith("The views expressed at the summit")


@pytest.mark.parametrize("line, rule", [
    ("Audio generated automatically. Report an issue.", "audio-player"),
])
def test_an_audio_players_notice(line, rule):
    assert F.web_furniture(line)[0] == rule


def test_an_italic_republication_notice_is_boilerplate():
    assert P.is_boilerplate("_This op-ed first appeared in Diário do Atlântico. It is republished here with permission._")


def test_a_box_with_a_left_border_only():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n║ RECOMMENDATIONS\n║ Make enforcement the priority of the next package.\n\n" + _PROSE + "\n")
    assert "RECOMMENDATIONS" in [b.text for b in layout.blocks] and not any("║" in b.text for b in layout.blocks)


@pytest.mark.parametrize("line, rule", [
    ("☰ Menu", "site-control"),
    ("≡  Menü", "site-control"),
    ("🔍 Search", "site-control"),
    ("Back to top ↑", "site-control"),
    ("↑ Nach oben", "site-control"),
    ("Retour en haut de page", "site-control"),
    ("✕ Close", "site-control"),
    ("⏱ 7 min read", "reading-time"),
    ("🕒 Lesezeit: 4 Minuten", "reading-time"),
    ("[Author photo]", "image-placeholder"),
    ("[Portrait of the author]", "image-placeholder"),
    ("Share  ✉  𝕏  in", "share"),
    ("Teilen   f   𝕏   ✉", "share"),
])
def test_a_mobile_pages_controls_with_their_icons(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("line", ["Search and rescue", "Close air support matters.", "The top of the agenda", "⚠ Menus of options are not a strategy."])
def test_words_of_a_control_in_a_sentence_are_text(line):
    assert F.web_furniture(line) is None


def test_a_mobile_page_with_an_author_card_before_the_text():
    layout = parse("☰ Menu                          NSI\nNordic Security Institute\n🔍 Search\n\nCommentary › Baltic Sea\n\n"
                   "Cables Under the Baltic Need a Guard\n\nWhy the littoral states should pool their seabed surveillance\n\n"
                   "[Author photo]\nAbout the author\nKaisa Mäkelä\nResearch Fellow, Maritime Programme, Nordic Security Institute\n\n"
                   "Published 03.03.2026 · Updated 05.03.2026\n⏱ 5 min read\n\n" + _PROSE + "\n\nBack to top ↑\n\n© 2026 Nordic Security Institute\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Cables Under the Baltic Need a Guard"
    assert [(a.name, a.affiliation) for a in found["authors"]] == [("Kaisa Mäkelä", "Nordic Security Institute")]
    assert found["date"] == "2026-03-03"
    assert body_texts(layout) == [_PROSE]


@pytest.mark.parametrize("toolbar", [
    "The Wayback Machine - https://web.archive.org/web/20260402101500/https://example.org/analysis/ports/\n37 captures\n"
    "12 Feb 2026 - 30 Sep 2026\nMAR\tAPR\tMAY\nPrevious capture\t02\tNext capture\n2025\t2026\t2027\nAbout this capture\n",
    "archive.today webpage capture\nSaved from\thttps://example.org/analysis/ports/\nsearch\t\n2 Apr 2026 10:15:00 UTC\n"
    "All snapshots from host example.org\nWebpage\tScreenshot\nshare\tdownload .zip\treport bug or abuse\n",
])
def test_a_web_archives_toolbar_above_a_saved_page(toolbar):
    layout = parse(toolbar + "\nHarbour Institute\n\nEurope's Ports Are Its Weakest Flank\n\nBy Marta Quintela\n2 April 2026\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Europe's Ports Are Its Weakest Flank" and found["date"] == "2026-04-02"
    assert [a.name for a in found["authors"]] == ["Marta Quintela"] and body_texts(layout) == [_PROSE]
    assert {r.reason for r in layout.removed if "capture" in r.text} == {F.ARCHIVE_REASON}


def test_a_post_without_a_place_of_work_under_the_name_then_the_date():
    layout = parse("Harbour Institute\n\nThe Ports Are the Flank\n\nIlona Várkonyi\nVisiting Fellow\n14 febbraio 2026\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert [(a.name, a.affiliation, a.position) for a in found["authors"]] == [("Ilona Várkonyi", None, "Visiting Fellow")]
    assert found["date"] == "2026-02-14" and body_texts(layout) == [_PROSE]


_BIO_ONE = "Marit Holm is Head of the Energy Security Programme at the Baltic Institute of Maritime Affairs."
_BIO_TWO = "Tomasz Wróbel is a Research Fellow at the Baltic Institute of Maritime Affairs, where he works on ports."


@pytest.mark.parametrize("logo_first", [False, True])
def test_a_cover_with_the_publishers_acronym_then_an_authors_page(logo_first):
    masthead = ["BALTIC INSTITUTE OF MARITIME AFFAIRS", "BIMA"]
    cover = "\n".join(reversed(masthead) if logo_first else masthead)
    layout = parse(cover + "\n\n\nHarbours on the Front Line\n\nWhy Port Security Needs a Baltic Budget\n\n\nPOLICY PAPER | May 2026\n\n"
                   "About the authors\n\n" + _BIO_ONE + "\n\n" + _BIO_TWO + "\n\nIntroduction\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Harbours on the Front Line" and found["date"] == "2026-05"
    assert found["publisher"] == "Baltic Institute of Maritime Affairs"
    assert [u.text for u in layout.bios] == [_BIO_ONE, _BIO_TWO]
    assert [(b.kind, b.text) for b in layout.blocks] == [("heading", "Introduction"), ("paragraph", _PROSE)]


def test_the_authors_thanks_are_boilerplate_a_speakers_are_not():
    assert P.is_boilerplate("The authors thank the officials who agreed to be interviewed on condition of anonymity.")
    assert P.is_boilerplate("The author is grateful to colleagues at the institute for their comments on a draft.")
    assert not P.is_boilerplate("I would like to thank the minister for inviting me to speak today.")
    assert not P.is_boilerplate("The authorities thank nobody for the delay.")


def test_a_box_framed_by_box_drawing_rules_keeps_its_text_without_the_frame():
    wrapped = textwrap.fill(_PROSE + " " + _PROSE, 66)  # a hard-wrapped dump: the frame's lines touch the box's text
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n━━━━━━━━━━━━━━━━━━━━\nKEY POINTS\n\n" + wrapped + "\n"
                   "━━━━━━━━━━━━━━━━━━━━\n\n" + wrapped + "\n")
    texts = [b.text for b in layout.blocks]
    assert texts == ["KEY POINTS", _PROSE + " " + _PROSE, _PROSE + " " + _PROSE]


def test_a_table_of_contents_with_page_numbers_set_apart_by_spaces():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\nTABLE OF CONTENTS\nSummary                              1\n"
                   "Where the money goes                 2\nRecommendations                      4\n\nSummary\n\n" + _PROSE + "\n\n"
                   "Where the money goes\n\n" + _PROSE + "\n")
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["Summary", "Where the money goes"]
    assert {r.reason for r in layout.removed if "Recommendations" in r.text} == {"page furniture: table of contents"}


def test_a_bio_naming_an_initiative_housed_by_an_institution_gives_the_institution():
    bio = "Ana Ruiz is a senior fellow with the Baltic Resilience Initiative at the Harbour Institute for Security. She led a ministry unit."
    assert [(a.name, a.affiliation) for a in P.parse_bios(bio)] == [("Ana Ruiz", "Harbour Institute for Security")]


def test_a_section_name_beside_the_posting_date_beats_the_events_date():
    layout = parse("Harbour Institute\nSpeeches | Posted 9 February 2026\n\nOur Ports, Our Flank\n\nRemarks by Lena Brandt, Minister of Defence\n"
                   "Northern Ports Conference, Gdańsk, 6 February 2026\n\n" + _PROSE + "\n")
    dates = [f for f in layout.findings if f.field == "date"]
    assert [(f.value, f.rule) for f in dates] == [("2026-02-09", "date-published"), ("2026-02-06", "date-line")]


def test_an_end_mark_framed_by_dashes_is_no_word_broken_at_a_page_end():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n-ENDS-\n\nNotes to editors: the institute is an independent think tank.\n")
    assert body_texts(layout) == [_PROSE] and not any("ENDS" in b.text for b in layout.blocks)


def test_a_publisher_named_with_the_series_it_published_in():
    assert P.publisher_from("Published by the Harbour Institute in its Policy & Debate series. All rights reserved.") == "Harbour Institute"


@pytest.mark.parametrize("line", ["REMARKS AS PREPARED – CHECK AGAINST DELIVERY", "Check against delivery", "(Speech as prepared for delivery)",
                                  "Es gilt das gesprochene Wort!", "Seul le prononcé fait foi"])
def test_a_speechs_caveat_on_its_text(line):
    assert F.web_furniture(line.rstrip("!"))[0] == "distribution"


def test_delivery_in_a_sentence_is_text():
    assert F.web_furniture("Check against delivery schedules before the ministers meet.") is None


def test_a_heading_under_numbered_facts_that_end_with_their_sources():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n1. Ports handle most of the alliance's fuel. [Port statistics, 2025]\n\n"
                   "2. The Baltic states are building a joint defence line along their borders, with bunkers and minefields planned "
                   "over several years. [Baltic Defence Line joint declaration, 2024]\n\nWhat the figures mean\n\n" + _PROSE + "\n")
    assert [(b.kind, b.text) for b in layout.blocks][-2:] == [("heading", "What the figures mean"), ("paragraph", _PROSE)]


def test_a_german_back_matter_notes_bios_and_imprint():
    layout = parse("Harbour Security\n\nvon Anna Vogel und Paul Brenner\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n"
                   "Anmerkungen\n1 See the port statistics, 2025.\n2 Interviews in Rostock, May 2025.\n\n"
                   "Über die Autoren\nAnna Vogel leitet das Programm Maritime Sicherheit der Stiftung für Hafenpolitik in Kiel.\n"
                   "Paul Brenner ist Referent bei der Stiftung für Hafenpolitik.\n\n"
                   "Impressum\nHerausgeberin: Stiftung für Hafenpolitik e. V., Hafenstraße 3, 24103 Kiel\n"
                   "Die in diesem Papier vertretenen Ansichten sind die der Autorin und des Autors.\n")
    assert body_texts(layout)[-1].endswith("Last words.") and len(layout.notes) == 2
    found = {a.name: a.affiliation for a in P.parse_bios(layout.bios[0].text) + P.parse_bios(layout.bios[1].text)}
    assert found == {"Anna Vogel": "Stiftung für Hafenpolitik", "Paul Brenner": "Stiftung für Hafenpolitik"}
    assert P.publisher_from("Herausgeberin: Stiftung für Hafenpolitik e. V., Hafenstraße 3, 24103 Kiel") == "Stiftung für Hafenpolitik"


@pytest.mark.parametrize("line, rule", [
    ("Feed post", "social-post-meta"),
    ("· 3rd+", "social-post-meta"),
    ("5d • Edited • 🌍", "social-post-meta"),
    ("2h", "social-post-meta"),
    ("1 mo · Edited", "social-post-meta"),
    ("+ Follow", "follow"),
    ("#NATO #Baltic #ports", "tags"),
    ("👏❤️ 87", "reactions"),
    ("Like   Comment   Repost   Send", "social-actions"),
    ("Most recent ▾", "comment-sort"),
    ("Sort by: Newest", "comment-sort"),
])
def test_a_social_posts_chrome(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("line", ["2nd", "Edited volumes matter.", "#1 priority: the ports", "Send the ships north.", "Most recent figures show a rise."])
def test_words_a_social_post_uses_are_text_elsewhere(line):
    assert F.web_furniture(line) is None


def test_a_social_post_exported_as_text():
    post = ("Feed post\n\nKaisa Mäkelä\n · 3rd+\nSenior Fellow | Nordic Security Institute\n5d • Edited • 🌍\n\n+ Follow\n\n" + _PROSE + "\n\n"
            + _PROSE.replace("spring", "autumn") + "\n\n#NATO #Baltic #ports\n\n👏❤️ 87\n12 comments · 4 reposts\n\nLike\nComment\nRepost\nSend\n\n"
            "Most recent ▾\n")
    layout = parse(post)
    found = {f.field: f.value for f in layout.findings}
    assert "title" not in found
    assert [(a.name, a.affiliation) for a in found["authors"]] == [("Kaisa Mäkelä", "Nordic Security Institute")]
    assert body_texts(layout) == [_PROSE, _PROSE.replace("spring", "autumn")]


def test_a_shared_documents_export_with_its_editors_comments():
    layout = parse("DRAFT v2 – not for circulation\n\nA Title for the Harbours\n\nBy Ann Lee\n\n"
                   "The ministers met in the spring.[a] They found the money.[1]\n\n" + _PROSE + "[b]\n\n"
                   "[1] Port statistics, 2025.\n\n[a]Which ministers? Name them.\n[b]+ann.lee@example.org please check this figure.\n"
                   "_Assigned to Ann Lee_\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "A Title for the Harbours"
    assert body_texts(layout) == ["The ministers met in the spring. They found the money.[1]", _PROSE]
    assert layout.notes == {1: "Port statistics, 2025."}
    assert {r.reason for r in layout.removed if "Name them" in r.text or "Assigned" in r.text} == {F.DOCUMENT_COMMENTS_REASON}


def test_a_subtitle_in_sentence_case_touching_a_title_case_title():
    layout = parse("Guarding the Harbours of the North\nWhy the ports need a common air defence plan\n\n" + _PROSE + "\n\nThe Money\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["subtitle"] == "Why the ports need a common air defence plan"


@pytest.mark.parametrize("separator", ["---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:",
                                       "---------- Weitergeleitete Nachricht ----------"])
def test_a_forwarded_email_keeps_only_the_brief(separator):
    layout = parse("Ann, see the part on ports before the meeting.\n\nMarek\n\n" + separator + "\nFrom: Harbour Institute <news@harbour.example>\n"
                   "Date: Tue, 10 Mar 2026 at 09:00\nSubject: Brief 3/2026 – Guarding the harbours\nTo: <ann@example.org>\n\n\n"
                   "Guarding the Harbours\n\nBy Ilona Várkonyi\n4 March 2026\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours" and found["date"] == "2026-03-04"
    assert [a.name for a in found["authors"]] == ["Ilona Várkonyi"] and body_texts(layout) == [_PROSE]
    assert {r.reason for r in layout.removed if "Marek" in r.text or "Subject" in r.text} == {F.FORWARD_NOTE_REASON, F.FORWARD_HEADER_REASON}


def test_a_post_on_a_blogging_platform_with_its_publication_and_author_card():
    post = ("Sign in\n\nGet started\n\nThe Harbour Letters\nHome\nAbout\n\nGuarding the Harbours of the North\n"
            "Why the ports need one plan for air defence, not eight\n\nIlona Várkonyi\nFollow\nPublished in The Harbour Letters\n"
            "6 min read\n·\nMar 2, 2026\n\n230\n\nListen\n\nShare\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n"
            "Written by Ilona Várkonyi\n87 Followers\n\nAnalyst of Baltic ports and their defence. Views my own.\n\nMore from Ilona Várkonyi\n")
    layout = parse(post)
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-03-02"
    assert found["publisher"] == "The Harbour Letters" and [a.name for a in found["authors"]] == ["Ilona Várkonyi"]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]
    assert [u.text for u in layout.bios] == ["Analyst of Baltic ports and their defence. Views my own."]


def test_a_page_tops_header_with_its_page_number_after_a_form_feed():
    wrapped = textwrap.fill(_PROSE + " " + _PROSE, 66).split("\n")
    text = ("A Title for the Harbours\n\nBy Ann Vogel and Paul Brenner\n\n" + "\n".join(wrapped[:2]) + "\n\f2     A. VOGEL AND P. BRENNER\n\n"
            + "\n".join(wrapped[2:]) + "\n")
    layout = parse(text)
    assert body_texts(layout) == [_PROSE + " " + _PROSE]
    assert [(r.line, r.text) for r in layout.removed if "VOGEL" in r.text] == [(7, "2     A. VOGEL AND P. BRENNER")]


def test_a_form_feed_opening_a_line_is_kept_and_adds_no_line():
    from brieflib.ingest.read import repair_controls
    assert repair_controls("end of page\n\fHeader   2\ntext\fmore", "x.txt", page_breaks=True) == "end of page\n\fHeader   2\ntext\nmore"
    assert repair_controls("end of page\n\fHeader", "x.txt") == "end of page\n\nHeader"
    # a form feed on a line of its own is a page break still when the lines' trailing spaces go
    from brieflib.ingest.read import normalise
    assert normalise("end of page\n\f   \nHeader  ") == "end of page\n\f\nHeader"


def test_a_paragraph_under_a_second_essays_byline_is_no_bio():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nThe Second Essay\n\nBy Paul Brenner\n\n"
                   "A year later the ports are better defended than critics expected and worse than the plan promised.\n")
    assert body_texts(layout)[-1].startswith("A year later") and not layout.bios


@pytest.mark.parametrize("role, place", [
    ("Centro Studi Adriatici, Trieste, Italy", "Centro Studi Adriatici"),
    ("Collegium Pomeranum, Gdańsk", "Collegium Pomeranum"),
    ("Senior Fellow, Harbour Institute", "Harbour Institute"),
])
def test_an_institution_with_its_city_and_country(role, place):
    assert P.describe(role)[0] == place


_ARTICLE_HEAD = ("Baltic Journal of Maritime Security\nAUTHOR ACCEPTED MANUSCRIPT – This article has been peer reviewed but has not yet been\n"
                 "copy-edited or typeset.\n\nORIGINAL ARTICLE\n\nGuarding the Harbours of the North\n\n"
                 "Ilona Várkonyi, Centro Studi Adriatici, Trieste, Italy\nPaul Brenner, Harbour Institute, Kiel, Germany\n\n"
                 "Received 2 October 2025; accepted 12 January 2026; published online 3\nFebruary 2026\n\n"
                 "CONTACT Ilona Várkonyi i.varkonyi@csa.example\n\n"
                 "© 2026 The Author(s). Published by Northgate Academic Press on behalf of the Baltic Maritime Society.\n\n")
_ARTICLE_TAIL = ("\n\nDisclosure statement\n\nNo potential conflict of interest was reported by the author(s).\n\n"
                 "Funding\n\nThis work was supported by the Harbour Research Fund under grant HRF-2025-4.\n\n"
                 "References\n\nBrenner, P. and Lee, A. (2024) 'Ports at War', Journal of Harbour Studies, 12(2), pp. 1–20.\n"
                 "European Commission (2023) Port Security Strategy. Brussels.\n"
                 "Várkonyi, I. (2025) Harbours and Deterrence. Kiel: Northgate.\n")


def test_a_journal_articles_head_and_back_matter():
    last = "In the end the ports were defended, and the plan held. Last words."
    layout = parse(_ARTICLE_HEAD + "1. Introduction\n\n" + _PROSE + "\n\n2. Conclusion\n\n" + last + _ARTICLE_TAIL)
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-03"
    authors = [(a.name, a.affiliation) for f in layout.findings if f.field == "authors" for a in f.value]
    assert authors == [("Ilona Várkonyi", "Centro Studi Adriatici"), ("Paul Brenner", "Harbour Institute")]
    assert [b.text for b in layout.blocks] == ["1. Introduction", _PROSE, "2. Conclusion", last]
    assert not layout.notes


def test_a_copyright_held_by_the_authors_names_the_publisher_after_it():
    assert P.publisher_from("© 2026 The Author(s). Published by Northgate Academic Press on behalf of the Society.") == "Northgate Academic Press"


def test_keywords_under_their_own_label():
    assert F.web_furniture("KEYWORDS ports; deterrence; Baltic Sea; air defence")[0] == "tags"
    assert F.web_furniture("Keywords matter, and so do ports, in every plan.") is None


def test_keywords_label_over_its_list():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\nKEYWORDS\n\nports; deterrence; Baltic Sea; air defence\n\n" + _PROSE + "\n")
    assert body_texts(layout) == [_PROSE]


def test_a_colophon_line_with_its_editors_and_typesetter():
    assert P.is_boilerplate("Harbour Institute · Editors: Ann Lee (Managing Editor), Paul Brenner · Typesetting: Jan Nowak")
    assert P.is_boilerplate("Editors: Ann Lee, Paul Brenner")
    assert not P.is_boilerplate("Editors of the national papers were unimpressed · and said so")


def test_a_bulletin_with_its_number_date_and_copyright_on_one_line_and_italic_roles():
    layout = parse("HARBOUR INSTITUTE OF MARITIME AFFAIRS\n\nBULLETIN\nNo. 12 (1840), 3 February 2026 © HIMA\n\n"
                   "Guarding the Harbours of the North\n\nAnn Lee\n_Analyst, Baltic Programme_\n\nPaul Brenner\n_Head, Ports Programme_\n\n"
                   + _PROSE + "\n\nAnn Lee and Paul Brenner work in the research office of the Harbour Institute of Maritime Affairs.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-03"
    authors = [(a.name, a.affiliation) for f in layout.findings if f.field == "authors" for a in f.value]
    assert authors == [("Ann Lee", None), ("Paul Brenner", None)]
    assert body_texts(layout) == [_PROSE]
    assert [(a.name, a.affiliation) for a in P.parse_bios(layout.bios[0].text)] == [
        ("Ann Lee", "Harbour Institute of Maritime Affairs"), ("Paul Brenner", "Harbour Institute of Maritime Affairs")]


@pytest.mark.parametrize("line, rule", [
    ("Posted 3 days ago", "relative-date"),
    ("Aktualisiert vor 2 Stunden", "relative-date"),
    ("il y a 5 jours", "relative-date"),
    ("Share on LinkedIn Share on Bluesky Email", "share"),
    ("Search ____________________ Go", "site-control"),
])
def test_a_text_browsers_dump_furniture(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("line", ["Three days ago the ministers met.", "Today the ports matter more.", "Share of GDP on defence by country"])
def test_relative_words_in_a_sentence_are_text(line):
    assert F.web_furniture(line) is None


def test_a_text_browsers_dump_with_link_numbers_and_its_list_of_addresses():
    text = ("   [1]Skip to main content\n   [2]Harbour Institute\n\nGuarding the Harbours of the North\n\n   By [3]Ann Lee and [4]Paul Brenner\n"
            "   4 March 2026\n\n   " + _PROSE + " See the [5]port plan.[6]\n\n[6] Port statistics, 2025.\n\nReferences\n\n"
            "   1. https://harbour.example/#main\n   2. https://harbour.example/\n   3. https://harbour.example/ann-lee\n"
            "   4. https://harbour.example/paul-brenner\n   5. https://harbour.example/plan\n")
    layout = parse(text)
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and [a.name for a in found["authors"]] == ["Ann Lee", "Paul Brenner"]
    assert body_texts(layout) == [_PROSE + " See the port plan.[6]"]
    assert {r.reason for r in layout.removed if "https://" in r.text} == {F.LINK_LIST_REASON}


def test_a_repository_record_with_surname_first_authors():
    layout = parse("Harbour Institute (HI)\nPublications repository · Record 2026/014\n\nAuthors: Lee, Ann; Brenner, Paul; Nowak, Jan\n"
                   "Date: 04-03-2026\nSeries: HI Policy Paper, No. 2/2026\nLanguage: English\nLicence: CC BY 4.0\nDownload PDF (380 KB)\n\n"
                   "Guarding the Harbours of the North\n\nLEE Ann, BRENNER Paul, NOWAK Jan\n\nSummary\n\n" + _PROSE + "\n\n"
                   "Suggested citation: Lee, A., Brenner, P. and Nowak, J. (2026). Guarding the Harbours. HI Policy Paper 2/2026.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-03-04"
    names = [[a.name for a in f.value] for f in layout.findings if f.field == "authors"]
    assert names and all(n == ["Ann Lee", "Paul Brenner", "Jan Nowak"] for n in names)
    assert [b.text for b in layout.blocks] == ["Summary", _PROSE]


def test_a_table_in_a_text_dump_is_a_table():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nCountry    2024    2025\nPoland    4.1    4.5\n"
                   "Latvia    3.2    3.4\nEstonia    3.4    3.6\nSource: national budgets.\n\n" + _PROSE + "\n")
    tables = [b for b in layout.blocks if b.kind == "table"]
    assert [t.rows for t in tables] == [[["Country", "2024", "2025"], ["Poland", "4.1", "4.5"], ["Latvia", "3.2", "3.4"], ["Estonia", "3.4", "3.6"]]]
    assert "Source: national budgets." in [b.text for b in layout.blocks]


def test_a_brief_in_two_parts_with_its_head_repeated_where_the_second_begins():
    head = ("HARBOUR INSTITUTE\nResearch | Briefs | About\n\nGuarding the Harbours of the North\nWhy the ports need one plan for air defence\n"
            "Part {n} of 2{cont}\n\nBy Ann Lee, Paul Brenner and Jan Nowak-Lis\nGdańsk, 4 March 2026\n\n")
    text = (head.format(n=1, cont="") + _PROSE + "\n\nContinues in Part 2 →\n\n────────────\n\n" + head.format(n=2, cont=" (continued)")
            + "← Back to Part 1\n\nThe second part goes on with the money, which the ministers found hard to share.\n")
    layout = parse(text)
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-03-04"
    assert [a.name for a in found["authors"]] == ["Ann Lee", "Paul Brenner", "Jan Nowak-Lis"]
    assert body_texts(layout) == [_PROSE, "The second part goes on with the money, which the ministers found hard to share."]


def test_a_web_clippers_header_above_the_saved_page():
    layout = parse("Clipped from: https://harbour.example/analysis/ports\nSaved: 21 Mar 2026, 20:10\nTags: ports, to-read\n"
                   "My note: good on the money; compare with the Danish plan.\n\n────────────\n\nHarbour Institute\n\n"
                   "Guarding the Harbours of the North\n\nAnn Lee\n4. März 2026\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-03-04"
    assert body_texts(layout) == [_PROSE] and {r.reason for r in layout.removed if "Saved" in r.text} == {F.CLIPPING_REASON}


def test_a_turkish_labelled_page():
    layout = parse("HARBOUR INSTITUTE\nAna Sayfa | Hakkımızda | Analizler | Yayınlar | İletişim\n\nAnaliz\n\nGuarding the Harbours of the North\n\n"
                   "Yazar: Elif Aydın\nYayın tarihi: 4 Mart 2026\nOkuma süresi: 6 dk\n\n" + _PROSE + "\n\nYazar hakkında\n\n"
                   "Elif Aydın is a senior researcher at the Harbour Institute.\n\nEtiketler: limanlar, NATO\n\nPaylaş: X | LinkedIn | E-posta\n\n"
                   "Benzer yazılar\nLimanlar ve caydırıcılık\n\nYorumlar (0)\nYorum yapmak için giriş yapın.\n")
    found = {f.field: f.value for f in layout.findings}
    assert [a.name for a in found["authors"]] == ["Elif Aydın"] and found["date"] == "2026-03-04"
    assert body_texts(layout) == [_PROSE]


def test_a_correction_appended_to_the_text_is_boilerplate():
    assert P.is_boilerplate("Correction, 5 March 2026: An earlier version of this article gave the wrong year. It has been fixed.")
    assert P.is_boilerplate("Clarification: the figures refer to 2025.")
    assert not P.is_boilerplate("Correction of the course is overdue: the ministers know it.")


def test_a_thread_of_posts_exported_as_text():
    post = ("Post\n\nKaisa Mäkelä\n@kmakela_nsi\nSenior Fellow, Nordic Security Institute. Baltic Sea, ports, deterrence. Views mine.\n\n"
            + _PROSE + " 🧵\n\n1/3\n\n8:15 AM · Mar 2, 2026\n·\n12.4K Views\n\n14\n212\n\nKaisa Mäkelä\n@kmakela_nsi\n·\nMar 2\n\n"
            "The second post says who pays for the radars.\n\n2/3\n\n3\n41\n\nPaul Brenner\n@pbrenner\n·\nMar 2\nReplying to @kmakela_nsi\n\n"
            "Good thread, but the ports need money first.\n\n2\n\nShow more replies\n\nDiscover more\n")
    layout = parse(post)
    found = {f.field: f.value for f in layout.findings}
    assert "title" not in found and found["date"] == "2026-03-02"
    assert [(a.name, a.affiliation) for a in found["authors"]] == [("Kaisa Mäkelä", "Nordic Security Institute")]
    assert body_texts(layout) == [_PROSE + " 🧵", "The second post says who pays for the radars."]


def test_a_cover_table_exported_from_a_word_processor():
    text = ("POLICY BRIEF\n\nTitle\tGuarding the Harbours of the North\nSubtitle\tWhy the ports need one plan\n"
            "Authors\tAnn Lee, Senior Analyst, Harbour Institute\n\tPaul Brenner, Associate Fellow, Université de Lorraine\n"
            "Date\t04-03-2026\nSeries\tHI Brief 2/2026\nStatus\tFINAL – cleared for release\nWord count\t1,040\n\nSummary\n" + _PROSE + "\n")
    layout = parse(text.replace("\t", "    "))  # as a text dump is read: a tab is four spaces
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["subtitle"] == "Why the ports need one plan"
    assert found["date"] == "2026-03-04"
    authors = [(a.name, a.affiliation) for f in layout.findings if f.field == "authors" for a in f.value]
    assert authors == [("Ann Lee", "Harbour Institute"), ("Paul Brenner", "Université de Lorraine")]
    assert [b.text for b in layout.blocks] == ["Summary", _PROSE]


def test_a_footer_with_the_publishers_address_and_site():
    assert P.is_boilerplate("HI — Hafenstraße 3, 24103 Kiel · www.harbour.example")
    assert not P.is_boilerplate("The ports — from Kiel to Gdańsk — need money.")


def test_an_author_box_above_the_title_of_a_blog_post():
    layout = parse("HI — Harbour Institute\nBlog   Research   Podcasts   People   About\n\nBlog / Baltic Security\n\n[avatar]\n"
                   "Written by Ann Lee, Senior Fellow • 5 March 2026\nUpdated 7 March 2026 • 5 min read\n\nGuarding the Harbours of the North\n\n"
                   + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North"
    assert {f.rule: f.value for f in layout.findings if f.field == "date"} == {"byline-date": "2026-03-05", "date-updated": "2026-03-07"}
    assert [a.name for a in found["authors"]] == ["Ann Lee"] and body_texts(layout) == [_PROSE]


def test_a_series_number_written_n_point_o_beside_a_place_and_date():
    layout = parse("HARBOUR INSTITUTE\nHI Policy Brief n.º 4/2026 — Lisboa, 23 de janeiro de 2026\n\nGuarding the Harbours of the North\n\n"
                   "Authors:\nAnn Lee, Senior Researcher, Harbour Institute\n\n" + _PROSE + "\n\n"
                   "Os textos publicados pelo HI são da exclusiva responsabilidade dos seus autores.\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-01-23"
    assert body_texts(layout) == [_PROSE]


@pytest.mark.parametrize("line, furniture", [("Blog / Baltic Security", True), ("Home / Research / Briefs", True), ("EU / NATO", False),
                                              ("Ports / and / harbours", False), ("Chargée de recherche / Research Fellow, GESE", False)])
def test_a_breadcrumb_set_with_slashes(line, furniture):
    assert (F.web_furniture(line) is not None) == furniture


def test_authors_with_their_orcid_and_email_and_the_publisher_named_in_full_elsewhere():
    layout = parse("HIPS · Note de recherche n° 3 · Publié le 4 mars 2026\n\nGuarding the Harbours of the North\n==================================\n\n"
                   "Ann Lee · ORCID 0000-0003-4521-887X · ann.lee@hips.example\nPaul Brenner · ORCID 0000-0001-7730-2215 · pb@example.org\n\n"
                   "Auteur correspondant : Ann Lee\n\n" + _PROSE + "\n\nAnn Lee is a research fellow at the Harbour Institute for Port Security "
                   "(HIPS), Kiel.\n\n© HIPS 2026 — Harbour Institute for Port Security.\n")
    authors = [a.name for f in layout.findings if f.field == "authors" for a in f.value]
    assert authors == ["Ann Lee", "Paul Brenner"] and body_texts(layout) == [_PROSE]
    from brieflib.ingest.metadata import extract
    brief = extract(layout, Path("x.txt"), "x.txt")
    assert brief.publisher == "Harbour Institute for Port Security"


def test_an_acronym_of_a_french_name_with_elisions():
    assert P.is_acronym_of("CERPE", "Centre d'études des risques politiques et économiques")
    assert P.institution_phrase("Centre d'études des risques politiques et économiques (CERPE), Paris.") == "Centre d'études des risques politiques et économiques"


def test_authors_in_a_row_of_photo_cards_with_columns_under_them():
    layout = parse("Harbour Institute for Security\n\nCommentary\n\nGuarding the Harbours of the North\n\n"
                   "The ministers signed the plan. Now they need to decide what it is for.\n\n"
                   "Ann Lee  ·  Paul Brenner\nSenior Fellow, Ports Programme            Research Director\n"
                   "Harbour Institute for Security            Centre d'études maritimes\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North"
    assert [(a.name, a.affiliation) for a in found["authors"]] == [("Ann Lee", "Harbour Institute for Security"), ("Paul Brenner", "Centre d'études maritimes")]
    assert body_texts(layout) == [_PROSE]


def test_a_programme_named_over_the_title_is_not_the_publisher():
    _, found, roles = head("Europe in the World Programme", "Guarding the Harbours of the North", "By Ann Lee", "Text of the brief follows here.")
    assert roles[0] == "masthead" and "publisher" not in found


def test_a_page_top_set_apart_by_a_rule_and_a_masthead_in_two_languages():
    wrapped = textwrap.fill(_PROSE + " " + _PROSE, 66).split("\n")
    text = ("CENTRUM STUDIÓW BAŁTYCKICH\nCENTRE FOR BALTIC STUDIES\n\nGuarding the Harbours of the North\n\nBy Ann Lee\n\n"
            + "\n".join(wrapped[:2]) + "\n\fPage 2\nA. Lee\n________________________________________\n" + "\n".join(wrapped[2:])
            + "\n\nPublished by the Centre for Baltic Studies, ul. Portowa 1, 00-001 Gdańsk\n")
    layout = parse(text)
    assert body_texts(layout) == [_PROSE + " " + _PROSE]
    from brieflib.ingest.metadata import extract
    assert extract(layout, Path("x.txt"), "x.txt").publisher == "Centre for Baltic Studies"


def test_an_agency_analysis_with_its_directorate_reference_and_page_furniture():
    wrapped = textwrap.fill(_PROSE + " It was costly.(1) " + _PROSE, 80).split("\n")
    page = "__________________________\n(1) Council Regulation (EU) No 833/2014, as amended.\n\nEN                 {n}                 EN\n\n"
    header = "HIA/AN/2026/014                                    PUBLIC\n\n"
    text = ("PUBLIC\n\nHARBOUR INSPECTION AGENCY\nDirectorate C – Ports and Sanctions Monitoring\n\n                         Gdańsk, 12.3.2026\n"
            "                         HIA/AN/2026/014\n                         EN\n\nANALYSIS\n\nGuarding the Harbours of the North\n\n"
            "Prepared by: Unit C.2 – Port Flows\nRequested by: Working Party on Ports\nStatus: Final\n\n1. PURPOSE\n\n"
            + "\n".join(wrapped[:3]) + "\n\n" + page.format(n=1) + header + "\n".join(wrapped[3:]) + "\n\n"
            "This document was prepared by the Harbour Inspection Agency for the information of the Council.\n\n"
            + page.format(n=2).split("\n\n", 1)[1] + header)
    layout = parse(text)
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and "authors" not in found
    assert [b.text for b in layout.blocks] == ["1. PURPOSE", _PROSE + " It was costly.[1] " + _PROSE]  # "(1)": the note's reference
    assert layout.notes == {1: "Council Regulation (EU) No 833/2014, as amended."}


@pytest.mark.parametrize("line, rule", [("[QR code]", "image-placeholder"), ("Scan to read online", "scan-code"),
                                         ("This memo is issued for public release. Page 1 of 1", "distribution")])
def test_a_printed_codes_caption_and_a_release_statement(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("text", [
    "Cite this report: Lee, A. (2026). Guarding the Harbours. Harbour Institute.",
    "Comment citer cette publication : Ann Lee, « Guarding the Harbours », 2026.",
    "harbour.example.eu/pb-01-2026",
])
def test_citation_labels_and_a_bare_address_are_boilerplate(text):
    assert P.is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Les opinions exprimées dans ce texte n'engagent que leur auteur.",
    "It is a general briefing only and should not be relied on as a substitute for specific advice.",
    "The views in this briefing should not be taken to represent an official position of the Assembly.",
])
def test_disclaimers_in_other_words_are_disclaimers(text):
    assert P.is_disclaimer(text)


def test_a_latvian_labelled_page():
    layout = parse("Baltijas Ostu pētījumu institūts\nSākums   Par mums   Pētījumi   Publikācijas   Kontakti        LV | EN\nMeklēt…\n\n"
                   "Sākums / Publikācijas / Analīze\n\nGuarding the Harbours of the North\n\nPublicēts: 2026. gada 12. februārī\n"
                   "Autors: Mārtiņš Ozols, vadošais pētnieks, Baltijas Ostu pētījumu institūts\nLasīšanas laiks: 6 min\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-02-12"
    assert [(a.name, a.affiliation) for a in found["authors"]] == [("Mārtiņš Ozols", "Baltijas Ostu pētījumu institūts")]
    assert found["publisher"] == "Baltijas Ostu pētījumu institūts" and body_texts(layout) == [_PROSE]


def test_a_memo_header_with_a_classification_and_fields_on_two_lines():
    layout = parse("HARBOUR INSTITUTE\nPolicy Memo No. 3/2026\n\nCLASSIFICATION:  UNCLASSIFIED\n\nTO:        Minister for Ports\n"
                   "FROM:      Ann Lee, Director of Research, Harbour Institute\n           Paul Brenner, Visiting Fellow, Harbour Institute\n"
                   "CC:        Political Director;\n           Head, Ports Unit\nDATE:      17 February 2026\nSUBJECT:   Guarding the harbours of the north\n\n"
                   + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the harbours of the north" and found["date"] == "2026-02-17"
    authors = [(a.name, a.affiliation) for f in layout.findings if f.field == "authors" for a in f.value]
    assert authors == [("Ann Lee", "Harbour Institute"), ("Paul Brenner", "Harbour Institute")] and body_texts(layout) == [_PROSE]


def test_a_blog_posts_posted_on_date_by_name_line():
    _, found, roles = head("Can the Harbours Hold?", "Posted on 04-03-2026 by Łukasz Nowak", "Text of the post follows here, at some length.")
    assert names(found["authors"]) == ["Łukasz Nowak"] and found["date"] == "2026-03-04" and roles == ["title", "byline"]


def test_a_newsletter_essay_signed_at_its_foot_takes_its_title_from_under_the_last_rule():
    layout = parse("Visualizza questa email nel browser\n\n==========\nTHE HARBOUR LETTER\nLettera settimanale · Numero 12 · 26 marzo 2026\n==========\n\n"
                   "IN QUESTO NUMERO: The Long Read · Agenda\n\n----------\nTHE LONG READ\n----------\n\nGuarding the Harbours of the North\n"
                   "What the ports need from the alliance\n\n" + _PROSE + "\n\n— Ann Lee, Contributing Editor\n\n"
                   "Ricevi questa email perché sei iscritto a The Harbour Letter, pubblicata dal Circolo dei Porti, Roma.\n"
                   "Annulla l'iscrizione · Gestisci le preferenze · Inoltra a un amico\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["title"] == "Guarding the Harbours of the North" and found["date"] == "2026-03-26"
    assert body_texts(layout) == [_PROSE]
    assert P.publisher_from("Ricevi questa email perché sei iscritto a The Harbour Letter, pubblicata dal Circolo dei Porti, Roma.") == "Circolo dei Porti"


def test_a_working_paper_cover_then_its_first_page_with_the_head_set_again():
    # a repository's cover page (series, title, authors with institutes, imprint, download notice, a stamp at the
    # page foot), then the paper's own first page: the title again, the authors with note markers, a version date
    stamp = "                Electronic copy available at: https://papers.example/abstract=4242"
    text = ("Harbour Institute\nResearch Paper Series\n\nPaper No. 26-07\n\n\nGuarding the Harbours of the North:\nAir Defence for the Ports\n\n\n"
            "Ann Lee\nHarbour Institute\n\nJan Nowak-Lis\nUniversity of the Coast\n\n\n"
            "Published by the Harbour Institute, Research Paper Series.\n\n"
            "This paper can be downloaded without charge from the\nHarbour Papers Electronic Library:\nhttps://papers.example/abstract=4242\n\n"
            f"{stamp}\n\fGuarding the Harbours of the North:\nAir Defence for the Ports\n\nAnn Lee* and Jan Nowak-Lis†\n\n"
            "This version: 9 February 2026\n\n" + _PROSE + f"\n\n______________________\n* Fellow, Harbour Institute.\n"
            f"† Professor, University of the Coast.\n\n{stamp}\n\fThe second page goes on with the money, which the ministers found hard to share.\n"
            f"\n{stamp}\n\fThe third page ends the argument with a plan that the ministers could share.\n\n{stamp}\n")
    brief, layout = _head_fields(text)
    assert brief.date == "2026-02-09" and brief.publisher == "Harbour Institute"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Jan Nowak-Lis", "University of the Coast")]
    assert body_texts(layout) == [_PROSE, "The second page goes on with the money, which the ministers found hard to share.",
                                  "The third page ends the argument with a plan that the ministers could share."]


@pytest.mark.parametrize("statement, affiliation", [
    ("University of the Coast", "University of the Coast"),              # "of the" inside an institution's name
    ("Institute of the Northern Seas, Tromsø", "Institute of the Northern Seas"),
    ("Director of the Centre for Harbour Studies", "Centre for Harbour Studies"),  # a role's "of the"
])
def test_of_the_inside_an_institutions_name_is_not_a_roles_of(statement, affiliation):
    assert P.describe(statement)[0] == affiliation


def test_a_pages_sidebar_set_after_the_first_paragraph():
    # a saved page whose sidebar (authors with their roles, topics) was linearised under the opening paragraph,
    # and whose newsletter box has a line of its own under the sign-up
    second = "The second paragraph goes on with the money, which the ministers found hard to share."
    text = ("Harbour Institute\n\nGuarding the Harbours of the North\n\n4 March 2026\n\n" + _PROSE + "\n\n"
            "Authors\nAnn Lee\nSenior Fellow, Harbour Institute\nJan Nowak-Lis\nProfessor, University of the Coast\n\n"
            "Topics\nPorts\nAir defence\nProgramme\nNorthern Security\n\n" + second + "\n\n"
            "Subscribe to our newsletter\nOur analyses in your mailbox every Friday.\n\n© 2026 Harbour Institute\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Jan Nowak-Lis", "University of the Coast")]
    assert body_texts(layout) == [_PROSE, second]
    assert {r.reason for r in layout.removed if r.text in {"Ports", "Northern Security"}} == {"web furniture: tags or keywords"}


def test_a_label_over_short_lines_in_the_text_is_no_sidebar_when_they_are_prose():
    text = ("Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n\nTopics\nWe covered three topics, and each of them matters.\n\n"
            "Authors\nof the plan were the ministers themselves, who wrote it in a week.\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert body_texts(layout)[1:] == ["Topics", "We covered three topics, and each of them matters.",
                                      "Authors of the plan were the ministers themselves, who wrote it in a week."]


def test_a_newsletter_essay_signed_at_its_foot_with_notes_an_events_list_and_a_wrapped_mailing_footer():
    rule = "-" * 60
    text = ("The Harbour Letter · Issue 12 · 4 March 2026\n\nGuarding the Harbours of the North\n\n" + _PROSE + " (1)\n\n"
            "The second paragraph goes on with the money, which the ministers found hard to share. (2)\n\n"
            "— Ann Lee, Contributing Editor\n\nNotes\n(1) On the harbours, see the ministers' plan of 2025.\n"
            "(2) The figures are the\n    ministries' own.\n\n"
            f"{rule}\nUPCOMING EVENTS\n12 March 2026 — Webinar: ports and air defence\n19 March 2026 — Launch of the annual report\n{rule}\n\n"
            "You are receiving this email because you subscribed to The Harbour Letter, published by the\n"
            "Harbour Institute, Gdańsk.\nUnsubscribe · Manage preferences · Forward to a friend\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"] and brief.publisher == "Harbour Institute"
    assert layout.notes == {1: "On the harbours, see the ministers' plan of 2025.", 2: "The figures are the ministries' own."}
    # the markers in brackets become the notes' references; an enumeration in brackets stays as it is
    assert body_texts(layout) == [_PROSE + "[1]", "The second paragraph goes on with the money, which the ministers found hard to share.[2]"]
    enumeration = _PROSE.replace("They found", "They found two things: (1) that") + " (1)"
    brief, layout = _head_fields(text.replace(_PROSE + " (1)", enumeration))
    assert body_texts(layout)[0] == enumeration.removesuffix(" (1)") + "[1]"


@pytest.mark.parametrize("role", ["Contributing Editor", "Columnist", "Correspondent"])
def test_a_writers_post_on_a_paper_is_no_place_of_work(role):
    assert P.role_only(role) and P.describe(role)[0] is None


def test_a_dump_wrapped_at_seventy_with_its_notes_and_footer_wrapped_wider():
    # the body wrapped at 70 columns; the notes and the footer at 84: the body's width is the one many lines fill,
    # and a rule under a label never runs into it
    body = textwrap.fill(" ".join([_PROSE] * 6), 70).split("\n")
    notes = ["(1) " + textwrap.fill("On the harbours, see the ministers' plan of 2025, and the annual reports of the port "
                                    "authorities of the Baltic coast.", 84, subsequent_indent="    ")]
    rule = "-" * 62
    text = ("Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + "\n".join(body) + " (1)\n\nNotes\n" + "\n".join(notes) + "\n\n"
            f"{rule}\nAGENDA\n{rule}\n\n" + textwrap.fill("You are receiving this email because you subscribed to the Harbour Letter of "
                                                          "the Harbour Institute, Gdańsk.", 84) + "\n")
    layout = parse(text)
    assert body_texts(layout) == [" ".join([_PROSE] * 6) + "[1]"]


def test_an_event_summary_with_its_programme_set_as_a_table():
    # an event's name and year above the title, and its programme (times, sessions, speakers) before the summary
    text = ("HARBOUR SECURITY DAYS 2026\n\nGuarding the Harbours of the North\n\n"
            "Programme\n\nTime          Session                              Speakers\n"
            "------------  -----------------------------------  ------------------------\n"
            "09:00-09:30   Arrival and coffee\n09:30-11:00   Session I: Ports under watch         Ann Lee; Jan Nowak-Lis;\n"
            "              and the coast guard                  Bo Chan\n11.00–11.15   Break\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Guarding the Harbours of the North"
    assert body_texts(layout) == [_PROSE]
    assert {r.reason for r in layout.removed if "Arrival" in r.text or "Bo Chan" in r.text} == {F.PROGRAMME_REASON}


def test_a_timetable_in_the_text_without_a_programme_label_stays():
    text = "Guarding the Harbours of the North\n\n" + _PROSE + "\n\n09:00 The ferry leaves.\n10:30 The ferry arrives.\n"
    _, layout = _head_fields(text)
    assert "09:00 The ferry leaves." in " ".join(body_texts(layout))


def test_an_event_summarys_head_under_its_title():
    text = ("Guarding the Harbours of the North\nAir defence for the ports after the ceasefire\n\nEVENT REPORT\n\n"
            "Closed roundtable, Gdańsk, Thursday 5 February 2026\nHosted by the Harbour Institute\nPublished 24.02.2026\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Guarding the Harbours of the North", "2026-02-24")
    assert [f.value for f in layout.findings if f.field == "subtitle"] == ["Air defence for the ports after the ceasefire"]
    assert body_texts(layout) == [_PROSE]
    # without its publication date, the event's date is the only one stated: it dates the report
    brief, layout = _head_fields(text.replace("Published 24.02.2026\n", ""))
    assert brief.date == "2026-02-05" and body_texts(layout) == [_PROSE]


def test_a_committees_summary_of_an_evidence_session():
    text = ("STANDING COMMITTEE ON HARBOURS AND COASTAL DEFENCE\nInquiry: Ports under Watch\n\nGuarding the Harbours of the North\n"
            "Summary of the oral evidence session of 14 January 2026\n\nSummary published: 21 January 2026\n\n"
            "This summary has been prepared by the Committee secretariat for Members and the public. It is not a verbatim record.\n\n"
            "Members present: Chair; Ms Ann Lee;\nMr Bo Chan\n\nWitnesses\n  Panel 1 (10.00–11.00)\n  - Dr Jan Nowak-Lis, Director,\n    Harbour Institute\n"
            "  - Ms Eva Holm, Harbour Master, Port of Gdynia\n  Panel 2 (11.15–12.00)\n  - Mr Ivo Tamm, Director, Baltic Ports Council\n\n" + _PROSE + "\n\nCommittee staff: Ola Berg (Clerk); Ivo Ruus (Specialist)\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours of the North", "2026-01-21", "Standing Committee on Harbours and Coastal Defence")
    assert brief.authors == [] and body_texts(layout) == [_PROSE]


def test_the_body_of_an_institution_that_published_is_named_in_full():
    text = ("STANDING COMMITTEE ON HARBOURS AND COASTAL DEFENCE\n\nGuarding the Harbours of the North\n\n" + _PROSE + "\n\n"
            "Published by the Secretariat of the Standing Committee on Harbours and Coastal Defence.\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Secretariat of the Standing Committee on Harbours and Coastal Defence"


def test_a_brief_written_in_markdown_with_badges_emphasised_labels_and_footnotes():
    # a repository's README: image badges, "**Authors:**" and "_Date:_" in emphasis, a status line, "[^n]" footnotes
    text = ("[![Licence: CC BY](https://img.example/badge/licence.svg)](https://licences.example/by) [![PDF](https://img.example/pdf.svg)](./brief.pdf)\n\n"
            "# Guarding the Harbours of the North\n\n**Authors:** Ann Lee, Jan Nowak-Lis\n_Date:_ 2026-03-04\n"
            "_Status:_ final · _Version:_ v1.2 · [Changelog](CHANGES.md)\n\n---\n\n"
            f"{_PROSE}[^1]\n\nThe second paragraph goes on with the money.[^2]\n\n---\n\n"
            "[^1]: On the harbours, see the ministers' plan of 2025.\n[^2]: The ministries' own figures.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Guarding the Harbours of the North", "2026-03-04")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Jan Nowak-Lis"]
    assert layout.notes == {1: "On the harbours, see the ministers' plan of 2025.", 2: "The ministries' own figures."}
    assert body_texts(layout) == [_PROSE + "[1]", "The second paragraph goes on with the money.[2]"]


def test_a_caret_in_brackets_inside_prose_is_no_footnote_without_its_definition():
    text = f"Guarding the Harbours of the North\n\nBy Ann Lee\n\n{_PROSE} The regex [^1] matched nothing.\n"
    _, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE + " The regex [^1] matched nothing."]


def test_a_bio_in_a_language_that_declines_names_the_publisher_as_the_place_of_work():
    text = ("Jadranski centar za pomorske studije\n\nGuarding the Harbours of the North\n\nAutor: Ana Horvat\nObjavljeno: 4. ožujka 2026.\n\n"
            + _PROSE + "\n\nO autorici\nAna Horvat je znanstvena suradnica Jadranskog centra za pomorske studije u Zagrebu.\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Jadranski centar za pomorske studije" and brief.date == "2026-03-04"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Horvat", "Jadranski centar za pomorske studije")]
    # a bio that names another institution gives it no such affiliation
    brief, _ = _head_fields(text.replace("Jadranskog centra za pomorske studije", "Sveučilišta u Zagrebu"))
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Horvat", None)]


def test_a_web_commentary_with_programme_lines_under_the_names():
    text = ("Harbour Endowment for Peace\n\nGuarding the Harbours of the North\n\nAnn Lee — Senior Fellow, Baltic Program\n\n"
            "Published March 4, 2026\n\n" + _PROSE + "\n\nAnn Lee is a senior fellow in the Baltic Program at the Harbour Endowment for Peace.\n\n"
            "The views are those of the author and do not necessarily reflect the views of Harbour, its staff or its trustees.\n\n"
            "More Work from Harbour\nPorts and Power\nThe Quiet Coast\n\n© 2026 All Rights Reserved\n")
    brief, layout = _head_fields(text)
    assert brief.publisher == "Harbour Endowment for Peace"  # "the views of Harbour": its short name, not a second publisher
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Endowment for Peace")]  # not "Baltic Program"
    assert body_texts(layout) == [_PROSE]


def test_an_item_of_a_news_feed_with_the_channels_fields_above_it():
    text = ("channel.title: Harbour Notes – Harbour Institute\nchannel.link: https://harbour.example/notes\n"
            "channel.copyright: © 2026 Harbour Institute\nchannel.language: en\n\n--- item 1 of 12 ---\n"
            "Title: Guarding the Harbours of the North\nLink: https://harbour.example/notes/guarding\nguid (isPermaLink=false): hn-2026-03\n"
            "pubDate: Wed, 04 Mar 2026 09:00:00 +0000\ndc:creator: Ann Lee\ncategory: Ports\ndescription:\n" + _PROSE + "\n\n"
            "The post Guarding the Harbours of the North appeared first on Harbour Notes.\n"
            "enclosure: https://harbour.example/media/port.jpg (image/jpeg, 18423 bytes)\n--- item 2 of 12 ---\n"
            "Title: The Quiet Coast\npubDate: Mon, 02 Mar 2026 08:30:00 +0000\ndc:creator: Bo Chan\ndescription:\nAnother text begins here.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours of the North", "2026-03-04", "Harbour Institute")
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert body_texts(layout) == [_PROSE]
    assert {r.reason for r in layout.removed if r.text in {"Title: The Quiet Coast", "Another text begins here."}} == {F.FEED_ITEM_REASON}


def test_a_podcast_transcripts_head_and_its_notices():
    text = ("HARBOUR TALK — the podcast of the Harbour Institute\nEpisode 12 transcript\n\nGuarding the Harbours of the North\n\n"
            "Recorded: 26 February 2026 | Released: 4 March 2026 | Duration: 38:05\n\n"
            "This transcript was generated automatically and lightly edited. Please check against the audio before quoting.\n\n"
            + _PROSE + "\n\n[END OF TRANSCRIPT]\n")
    brief, layout = _head_fields(text)
    assert brief.date == "2026-03-04"  # released, not recorded
    assert body_texts(layout) == [_PROSE]


def test_a_task_forces_statement_signed_by_its_members():
    text = ("HARBOUR POLICY COUNCIL\nTask Force on Ports and Coastal Defence\n\nSTATEMENT\n\nGdańsk, 4 March 2026\n\n"
            "Guarding the Harbours of the North\n\n" + _PROSE + "\n\n"
            "Note: The members of the Task Force on Ports and Coastal Defence have agreed on this statement. They endorse its general "
            "thrust but not every formulation; they participate in their personal capacity.\n\n"
            "TASK FORCE MEMBERS\n\nCo-chairs\nAnn Lee, Senior Adviser, Harbour Policy Council\nSir Paul Brenner, former Ambassador to NATO\n\n"
            "Members\nJan Nowak-Lis, Director, Baltic Ports Institute\n\nTask Force staff: Eva Holm, project director (not a signatory)\n\n"
            "Affiliations are listed for identification purposes only.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours of the North", "2026-03-04", "Harbour Policy Council")
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Ann Lee", "Harbour Policy Council"), ("Paul Brenner", None), ("Jan Nowak-Lis", "Baltic Ports Institute")]
    assert body_texts(layout) == [_PROSE]


def test_a_joint_paper_of_two_institutes_with_their_logos():
    text = ("[logo] HARBOUR INSTITUTE\n[logo] BALTIC PORTS CENTRE\n\nA joint paper by the Harbour Institute and the Baltic Ports Centre\n\n"
            "Gdańsk / Tallinn, 12 février 2026\n\nGUARDING THE HARBOURS OF THE NORTH\nAir defence for the ports after the ceasefire\n\n"
            "Ann Lee (Harbour Institute)\nJaan Tamm (Baltic Ports Centre)\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("GUARDING THE HARBOURS OF THE NORTH", "2026-02-12")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Jaan Tamm", "Baltic Ports Centre")]
    assert brief.publisher == "Harbour Institute"  # the first of the two that publish it jointly
    assert body_texts(layout) == [_PROSE] and "[logo]" in {r.text for r in layout.removed}


def test_numbered_paragraphs_under_headings_are_one_numbered_list():
    # a parliament's or an agency's note numbers its paragraphs through the text, across its headings
    text = ("Guarding the Harbours of the North\n\nBy Ann Lee\n\nPurpose\n\n1. " + _PROSE + "\n\nBackground\n\n2. " + _PROSE
            + "\n\n3. " + _PROSE + "\n")
    _, layout = _head_fields(text)
    assert [b.kind for b in layout.blocks] == ["heading", "item", "heading", "item", "item"]


def test_a_committees_note_with_its_fields_in_a_right_hand_column():
    pad = " " * 40
    text = ("STANDING COMMITTEE ON HARBOURS AND COASTAL DEFENCE\nCommittee Secretariat\n\n"
            f"NOTE No. 4/2026{pad}Ref.: HCD/SEC/N/2026/004\n{pad}         Date of issue: 10/02/2026\n"
            f"{pad}         For the meeting of: 17/02/2026\n{pad}         Original: English\n\nRapporteur: Ann Lee, MP\n\n"
            "Guarding the Harbours of the North\n\nNote for members of the Committee, prepared under the authority of the Rapporteur. "
            "This document does not commit the Committee.\n\n" + _PROSE + "\n\n_____________________\n"
            "Committee Secretariat — Standing Committee on Harbours and Coastal Defence\nContact: hcd.secretariat@parliament.example\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours of the North", "2026-02-10", "Standing Committee on Harbours and Coastal Defence")
    assert body_texts(layout) == [_PROSE]


def test_a_covers_words_set_one_letter_a_line_down_its_edge():
    # a cover whose spine or edge reads "POLICY PAPER N° 7" top to bottom, one letter a line, beside the cover's text
    letters = list("POLICY") + [""] + list("PAPER") + ["", "N°", "7"]
    cover = ["HARBOUR INSTITUTE", "", "      GUARDING THE HARBOURS OF THE NORTH", "", "      Air Defence for the Ports", *[""] * 10]
    lines = [f"{c:<60}{letter}".rstrip() for c, letter in zip(cover, letters, strict=True)]
    text = "\n".join(lines) + "\n\n\fGuarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n"
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"] and body_texts(layout) == [_PROSE]
    assert {r.reason for r in layout.removed if r.text in {"P", "N°"}} == {F.VERTICAL_REASON}
    assert "HARBOUR INSTITUTE" in {r.text for r in layout.removed}  # the cover's line beside its letter, read without it
    # the space between two words may fall beside a line of the cover: the second word, shorter than the run's
    # minimum, is still part of the column
    cover = ["HARBOUR INSTITUTE", "", "      GUARDING THE HARBOURS", "", "      OF THE NORTH", "", "      Air Defence for the Ports", *[""] * 8]
    lines = [f"{c:<60}{letter}".rstrip() for c, letter in zip(cover, letters, strict=True)]
    _, layout = _head_fields("\n".join(lines) + "\n\n\fGuarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert [r.text for r in layout.removed if r.reason == F.VERTICAL_REASON] == [x for x in letters if x]
    # a table's column of figures is no such column
    table = "\n".join(f"{name:<20}{n}" for name, n in zip(["Poland", "Latvia", "Estonia", "Lithuania", "Finland", "Sweden", "Norway"], "4567898", strict=True))
    _, layout = _head_fields("Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + table + "\n")
    assert not [r for r in layout.removed if r.reason == F.VERTICAL_REASON]


def test_a_notice_ending_in_a_semicolon_takes_no_paragraph_with_it():
    second = "The second paragraph goes on with the money, which the ministers found hard to share."
    text = ("Guarding the Harbours of the North\n\nBy Ann Lee\n\nMembers present: Chair; Ms Ann Lee; Mr Bo Chan;\n\n" + _PROSE + "\n\n" + second + "\n")
    _, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE, second]


def test_an_attendance_record_is_a_list_of_names_not_a_paragraph_joined_to_it():
    assert P.is_boilerplate("Members present: Chair; Ms Ann Lee; Mr Bo Chan")
    assert not P.is_boilerplate("Members present: Chair; Ms Ann Lee; Mr Bo Chan, " + _PROSE)


@pytest.mark.parametrize("credit", [
    "Edited by Maria Estévez",
    "Translated from the Polish by Thomas Reid",
    "Translation: Thomas Reid",
    "Series editor: Maria Estévez",
    "Foreword by Maria Estévez",
    "Übersetzung aus dem Polnischen: Thomas Reid",
    "Traduit de l'anglais par Thomas Reid",
])
def test_an_editors_or_translators_credit_in_the_head_names_no_author(credit):
    text = f"Harbours in the Dark: Energy Islands Under Watch\n\nMette Kjær\nJonas Berg\n\n{credit}\n\n{_BODY}\n"
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Mette Kjær", "Jonas Berg"]
    assert body_texts(layout)[0].startswith(_BODY[:40])
    assert credit in [r.text for r in layout.removed]


@pytest.mark.parametrize("original", [
    "[Oryginał: „Porty w ciemności”]",
    "[Original title: Häfen im Dunkeln]",
    "Titre original : Les ports dans le noir",
    "(Originally published in Polish as „Porty w ciemności”)",
])
def test_the_original_title_of_a_translation_is_no_subtitle_and_no_text(original):
    text = f"Harbours in the Dark\n{original}\n\nMette Kjær\n\n{_BODY}\n"
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors]) == ("Harbours in the Dark", ["Mette Kjær"])
    assert body_texts(layout)[0].startswith(_BODY[:40])


@pytest.mark.parametrize("page_break", ["\f", "\f\n", "\f   \n"])  # the form feed opening the page's first line, or on a line of its own
def test_a_title_page_after_the_cover_gives_the_byline_the_cover_lacks(page_break):
    # the cover: masthead, title in capitals and a subtitle; the next page: the masthead, series, title and
    # subtitle in one line, the authors one a line, the editor, the imprint
    text = ("HARBOUR INSTITUTE\n\n\n      GUARDING THE HARBOURS OF THE NORTH\n\n      Air Defence for the Ports\n      of the Baltic Sea\n\n\n"
            f"{page_break}HARBOUR INSTITUTE\nOccasional Paper No. 12\n\nGuarding the Harbours of the North: Air Defence for the Ports of the Baltic Sea\n\n"
            "Mette Kjær\nJonas Berg\n\nEdited by Ann Lee\n\nFirst published by the Harbour Institute, Gdańsk. All rights reserved.\n\n"
            f"Summary\n\n{_PROSE}\n")
    from brieflib.ingest.read import normalise, repair_controls
    brief, layout = _head_fields(normalise(repair_controls(text, "x.txt", page_breaks=True)))
    assert [a.name for a in brief.authors] == ["Mette Kjær", "Jonas Berg"]
    assert (brief.title, brief.publisher) == ("Guarding the Harbours of the North", "Harbour Institute")
    assert body_texts(layout) == ["Summary", _PROSE]


@pytest.mark.parametrize("number", ["ISBN 978-9949-0-0000-0 (PDF)", "ISSN 2535-1234 (online)", "ISBN: 978-83-12345-67-8"])
def test_a_serial_number_alone_under_the_imprint_is_no_heading(number):
    text = ("Guarding the Harbours of the North\n\nBy Ann Lee\n\nFirst published by the Harbour Institute, Gdańsk. All rights reserved.\n\n"
            f"{number}\n\nSummary\n\n{_PROSE}\n")
    _, layout = _head_fields(text)
    assert body_texts(layout) == ["Summary", _PROSE]
    assert number in {r.text for r in layout.removed}


@pytest.mark.parametrize("entries", [
    ["  1. Why the ports matter", "  2. What the allies can offer"],
    ["- Why the ports matter", "- What the allies can offer"],
    ["Why the ports matter", "What the allies can offer"],
])
def test_a_pages_contents_with_no_page_numbers_is_furniture_when_its_entries_head_the_sections(entries):
    headings = [e.strip().lstrip("-").strip() for e in entries]
    text = ("Guarding the Harbours of the North\n\nBy Ann Lee\n\nContents\n" + "\n".join(entries) + "\n\n"
            + "\n\n".join(f"{h}\n\n{_PROSE}" for h in headings) + "\n")
    _, layout = _head_fields(text)
    assert body_texts(layout) == [headings[0], _PROSE, headings[1], _PROSE]
    # a list under a "Contents" heading that no section repeats is the text's own
    text = "Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n\nContents\n- the ports\n- the money\n\n" + _PROSE + " More.\n"
    _, layout = _head_fields(text)
    assert "the ports" in " ".join(body_texts(layout))


def test_a_drafts_line_numbers_in_the_margin_are_furniture():
    wrapped = textwrap.fill(_PROSE + " " + _PROSE, 60).split("\n")
    head = ["Harbour Institute", "", "Guarding the Harbours of the North", "", "By Ann Lee", "", "1. Purpose", ""]
    numbered = [f"{n:>3}  {line}".rstrip() for n, line in enumerate(head + wrapped + ["", "2. The ports", ""] + wrapped, 1)]
    brief, layout = _head_fields("\n".join(numbered) + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == ("Guarding the Harbours of the North", ["Ann Lee"])
    assert body_texts(layout) == ["1. Purpose", _PROSE + " " + _PROSE, "2. The ports", _PROSE + " " + _PROSE]
    # numbered paragraphs are no line numbers: the lines under each number carry none
    text = "Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + "\n\n".join(f"{n}  " + "\n".join(wrapped) for n in range(1, 13)) + "\n"
    _, layout = _head_fields(text)
    assert body_texts(layout)[0].startswith("1  ")


def test_a_consultation_drafts_head_dates_it_by_its_version_not_by_the_deadline_for_comments():
    text = ("Harbour Institute\n\nGuarding the Harbours of the North\nAir Defence for the Ports\n\nDraft position paper\n"
            "Consultation version of 04-03-2026\nComments to the Secretariat by 31-03-2026\n\n" + _PROSE + "\n\n[End of draft]\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours of the North", "2026-03-04", "Harbour Institute")
    assert body_texts(layout) == [_PROSE]


def test_an_international_organisations_document_symbol_and_fields_head_its_paper():
    text = ("                                        HI.SEC/12/26   4 March 2026\n\n"
            "                                        Distribution: General\n                                        Original: English\n\n"
            "Harbour Institute\nConflict Prevention Secretariat\n\nCirculated at the request of the Chairmanship for discussion in the Ports Committee\n\n"
            "FOOD-FOR-THOUGHT PAPER\n\nGuarding the Harbours of the North\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours of the North", "2026-03-04", "Harbour Institute")
    assert body_texts(layout) == [_PROSE]


def test_a_document_symbol_alone_atop_each_page_is_a_running_header():
    wrapped = textwrap.fill(" ".join([_PROSE] * 3), 66).split("\n")
    pages = [wrapped[:3], wrapped[3:6], wrapped[6:]]
    text = ("Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + "\n".join(pages[0]) + "\n"
            + "".join(f"\f                    HI.SEC/12/26\n                    Page {k + 2} of 3\n\n" + "\n".join(page) + "\n" for k, page in enumerate(pages[1:])))
    _, layout = _head_fields(text)
    assert body_texts(layout) == [" ".join([_PROSE] * 3)]


def test_a_research_services_insight_with_its_number_update_date_and_author_information_at_the_end():
    text = ("Harbour Research Bureau\nInforming the ports debate since 1972\n\nHRB INSIGHT\nIN12417\n\nUpdated March 4, 2026\n\n"
            "Guarding the Harbours of the North\n\n" + _PROSE + " More ports.1\n\n" + _PROSE + "\n\nFootnotes\n\n"
            "1 Harbour Research Bureau, Port Statistics (2014-2025), press release,\n  November 2025.\n\n"
            "Author Information\n\nAnn M. Lee\nAnalyst in Port Security\n\n\nDisclaimer\n\n"
            "This document was prepared by the Harbour Research Bureau (HRB). HRB serves the committees.\n\n"
            "HRB Web | IN12417 · VERSION 3 · UPDATED\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours of the North", "2026-03-04", "Harbour Research Bureau")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann M. Lee", None)]
    assert len(body_texts(layout)) == 2 and body_texts(layout)[1] == _PROSE
    assert len(layout.notes) == 1


def test_a_version_history_above_the_title_dates_the_text_by_its_first_publication():
    table = ("VERSION HISTORY\n+---------+------------------+-----------------------------+\n"
             "| Version | Date             | Changes                     |\n+---------+------------------+-----------------------------+\n"
             "| v1.0    | 12 January 2026  | First publication           |\n| v1.1    | 19 January 2026  | Corrected figure 2;         |\n"
             "|         |                  | clarified note 3            |\n+---------+------------------+-----------------------------+\n\n")
    text = ("HARBOUR INSTITUTE\nPolicy Update\n\n" + table + "CORRIGENDUM (v1.1): An earlier version of figure 2 overstated the number of\n"
            "transits. The figure has been corrected.\n\nGuarding the Harbours of the North\n\nAnn Lee, Research Fellow at the Harbour Institute\n\n"
            + _PROSE + "\n\n[chart not reproduced in text version]\n\n" + _PROSE + " Again.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, [a.name for a in brief.authors]) == ("Guarding the Harbours of the North", "2026-01-12", ["Ann Lee"])
    assert body_texts(layout) == [_PROSE, _PROSE + " Again."]


def test_a_mailing_list_archives_page_and_the_senders_signature():
    nav = ("    Previous message (by thread): [Ports-list] CfP: Conference on harbours\n"
           "    Next message (by thread): [Ports-list] Re: New brief\n    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n")
    text = ("[Ports-list] New brief: Guarding the Harbours of the North\n\nAnn Lee alee at harbour.example.org\nTue Feb 17 09:14:02 CET 2026\n\n"
            + nav + "\nDear colleagues,\n\napologies for cross-posting. Please find the brief below.\n\nBest,\nAnn\n\n-----------\n\nGUARDING THE HARBOURS OF THE NORTH\nAir defence for the ports of the Baltic\n\n"
            "Harbour Institute -- Policy Brief 7/2026\nby Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Again.\n\n"
            "--\nAnn Lee\nResearch Fellow, Ports Programme\nHarbour Institute\nhttps://harbour.example.org\n\n"
            "-------------- next part --------------\nAn HTML attachment was scrubbed...\n"
            "URL: <http://lists.example.net/pipermail/ports/attachments/20260217/5f3a2c1d/attachment.html>\n\n\n"
            + nav + "\nMore information about the Ports-list mailing list\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("GUARDING THE HARBOURS OF THE NORTH", "2026-02-17")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Again."]


def test_a_covers_letter_spaced_capitals_read_as_words():
    text = ("          H A R B O U R   I N S T I T U T E\n\n\n          G U A R D I N G   T H E   H A R B O U R S\n\n"
            "          Air defence for the ports of the Baltic\n\n\n            Ann Lee   ·   Jonas Berg\n\n              14.04.2026\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("GUARDING THE HARBOURS", "2026-04-14", "Harbour Institute")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Jonas Berg"]
    assert body_texts(layout) == [_PROSE]
    # letters a table sets apart are no such words
    _, layout = _head_fields("Guarding the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nA B C D E\n1 2 3 4 5\n")
    assert "A B C D E" in body_texts(layout)


def test_names_over_a_series_line_under_a_subtitle_leave_the_capitals_above_them_the_title():
    text = ("HARBOUR INSTITUTE\n\n\nGUARDING THE HARBOURS\n\nAir defence for the ports of the Baltic\n\n\n"
            "Ann Lee   ·   Jonas Berg\n\nPolicy Paper No. 14\n\n14.04.2026\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, [a.name for a in brief.authors]) == ("GUARDING THE HARBOURS", "2026-04-14", ["Ann Lee", "Jonas Berg"])
    assert body_texts(layout) == [_PROSE]


def test_an_e_readers_copy_page_contents_and_location_lines_are_furniture():
    text = ("Guarding the Harbours\nAir Defence for the Ports of the Baltic\n\nAnn Lee and Jonas Berg\n\nLocation 1 of 1204 · 0%\n\n"
            "Copyright © 2026 by the Harbour Institute\n\nAll rights reserved. No part of this publication may be reproduced without\n"
            "the prior written permission of the publisher.\n\nFirst published in May 2026 by the Harbour Institute,\nGdańsk.\n\n"
            "ISBN 978-9-00000-142-7 (EPUB)\nISBN 978-9-00000-141-0 (print)\n\nCover image: Pixabay / public domain\n\n"
            "Contents\n\nChapter 1. Why Ports Matter\nChapter 2. What Allies Offer\n\nLocation 38 of 1204 · 3%\n\n"
            "Chapter 1. Why Ports Matter\n\n" + _PROSE + "\n\nLocation 402 of 1204 · 33%\n\nChapter 2. What Allies Offer\n\n" + _PROSE + " Again.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours", "2026-05", "Harbour Institute")
    assert body_texts(layout) == ["Chapter 1. Why Ports Matter", _PROSE, "Chapter 2. What Allies Offer", _PROSE + " Again."]


def test_a_bio_naming_the_publisher_by_its_kind_alone_gives_the_publisher():
    text = ("Harbour Institute\n\nGuarding the Harbours\n\nBy Ann Lee and Jonas Berg\n\n" + _PROSE + "\n\nAbout the authors\n\n"
            "Ann Lee is a senior fellow at the Harbour Institute.\n\nJonas Berg is director of the Institute's maritime programme.\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Jonas Berg", "Harbour Institute")]


@pytest.mark.parametrize("role, affiliation", [
    ("Investigadora asociada, Instituto Atlântico de Relações Internacionais (Lisboa)", "Instituto Atlântico de Relações Internacionais"),
    ("Senior Fellow, Harbour Institute (Gdańsk)", "Harbour Institute"),
    ("Senior Fellow, Harbour Institute (HI)", "Harbour Institute (HI)"),   # its acronym is part of its name
])
def test_the_place_in_brackets_after_an_institution_is_no_part_of_its_name(role, affiliation):
    assert P.describe(role)[0] == affiliation


@pytest.mark.parametrize("label", ["L'autrice", "L’autrice", "Le autrici", "Die Autorin"])
def test_a_bio_under_a_feminine_or_plural_label_is_a_bio(label):
    text = ("Guarding the Harbours\n\nBy Ann Lee\n\n" + _PROSE + f"\n\n{label}\n\nAnn Lee is a research fellow at the Harbour Institute.\n")
    brief, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE]
    assert brief.authors[0].affiliation == "Harbour Institute"


def test_a_scanning_units_note_is_a_notice():
    assert P.is_notice("Scanned by the Library Digitisation Unit — image quality may vary")
    assert P.is_notice("Digitised by the Harbour Library, 2026.")
    assert not P.is_notice("Scanned by radar every few seconds, the strait is the best watched stretch of water in Europe.")


@pytest.mark.parametrize("line, publisher", [
    ("© Øresund Institute for Strategic Studies 2026. Reproduction is permitted provided the source is acknowledged.", "Øresund Institute for Strategic Studies"),
    ("© 2026 Łódź Centre for Eastern Studies", "Łódź Centre for Eastern Studies"),
])
def test_a_copyright_line_names_a_publisher_whose_name_begins_with_a_letter_beyond_ascii(line, publisher):
    assert P.publisher_from(line) == publisher


# Prose and titles the new head and notice rules must leave alone (found by a review with the rules' own shapes)
@pytest.mark.parametrize("sentence", [
    "Published in 2024 by the European Commission, the strategy sets out how the ports should be defended.",
    "Scanned by radar every few seconds, the strait is the best watched stretch of water in Europe.",
    "Digitised by 2030, the registry will let customs officers see every cargo before it lands.",
    "Issued by the Council in March, the guidance asks the ports to report every incident.",
])
def test_an_opening_sentence_shaped_like_a_notice_stays_the_text(sentence):
    _, layout = _head_fields("Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + sentence + "\n\n" + _PROSE + "\n")
    assert body_texts(layout) == [sentence, _PROSE]


@pytest.mark.parametrize("title", [
    "Scanned by Satellites: How Russia Watches the Baltic",
    "Rethinking European Air Defence",
    "Ending the War in Ukraine",
    "The Ukraine Update",
    "A Ceasefire Monitor",
    "Sanctions Update -- What Changed in March 2026",
])
def test_a_title_shaped_like_a_motto_a_notice_or_a_series_stays_the_title(title):
    brief, _ = _head_fields(f"Harbour Institute\n{title}\n\nBy Ann Lee\n\n14 March 2026\n\n" + _PROSE + "\n")
    assert brief.title == title


@pytest.mark.parametrize("heading", ["EU – 27", "NATO – Article 5, Eastern Flank", "UN Security Council – Resolution 2231, Iran"])
def test_a_first_heading_shaped_like_a_footer_stays_a_heading(heading):
    _, layout = _head_fields("Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + heading + "\n\n" + _PROSE + "\n")
    assert body_texts(layout) == [heading, _PROSE]


def test_a_table_of_years_or_a_numbered_list_keeps_its_numbers():
    years = "\n".join(f"{year}   {n * 3}.{n} per cent of GDP" for n, year in enumerate(range(2010, 2026), 1))
    numbered = "\n".join(f"{n}   Point number {n} of the plan" for n in range(1, 13))
    _, layout = _head_fields("Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + years + "\n\n" + numbered + "\n")
    text = " ".join(" ".join(body_texts(layout)).split())
    assert "2010 3.1 per cent" in text and "2025 48.16 per cent" in text and "12 Point number 12" in text


def test_a_version_history_newest_first_dates_the_text_by_its_first_publication():
    table = ("Version history\n| v2.1.0 | 2 March 2026    | Figures updated since publication |\n"
             "| v1.1   | 19 January 2026 | Corrected figure 2                 |\n| v1.0   | 12 January 2026 | First publication                  |\n\n")
    brief, _ = _head_fields("Harbour Institute\n\n" + table + "Guarding the Harbours of the North\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert brief.date == "2026-01-12"


def test_letters_a_table_sets_apart_in_a_long_row_stay_letters():
    _, layout = _head_fields("Guarding the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nA B C D E F G\n1 2 3 4 5 6 7\n")
    assert "A B C D E F G" in "\n".join(body_texts(layout))


def test_a_placeholder_on_the_line_under_a_figures_caption_is_furniture():
    prose = textwrap.fill(" ".join([_PROSE] * 3), 78)  # a hard-wrapped text: the caption is as long as a wrapped line
    text = ("Guarding the Harbours\n\nBy Ann Lee\n\n" + prose + "\n\nFigure 2: Monthly shadow-fleet port calls, Danish straits, July–December 2025\n"
            "[chart not reproduced in text version]\n\n" + prose + "\n")
    _, layout = _head_fields(text)
    assert "[chart not reproduced in text version]" not in " ".join(body_texts(layout))
    assert "[chart not reproduced in text version]" in [r.text for r in layout.removed]


def test_a_magazine_byline_of_text_and_photo_names_the_writer_alone():
    text = ("HARBOUR MAGAZINE\nHarbour Institute for Maritime Studies\n\nMenu | Magazine | Data | About\n\nPORTS · LONG READ\n\n"
            "Guarding the Harbours\nThe ports have become NATO's workshop. Can they keep the lights on?\n\n"
            "Text: Ann Lee / Photo: Jonas Berg\n\nPublished 11.06.2026 · Updated 12.06.2026 · 8 min read\n\n"
            "Photo: Jonas Berg\nDockers unload shell casings at a quay near Gdynia.\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Guarding the Harbours", "2026-06-11", "Harbour Institute for Maritime Studies")
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert body_texts(layout) == [_PROSE]


def test_a_standfirst_that_asks_a_question_sits_between_the_title_and_the_byline():
    text = ("HARBOUR MAGAZINE\nHarbour Institute for Maritime Studies\n\nPORTS AND SHIPPING · LONG READ\n\n"
            "Holding the Quays, Not the Line\nThe ports have become the alliance's workshop. Can they keep the lights on?\n\n"
            "Text: Ann Lee / Photo: Jonas Berg\n\nPublished 11.06.2026 · 8 min read\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, [a.name for a in brief.authors]) == ("Holding the Quays, Not the Line", "2026-06-11", ["Ann Lee"])
    assert body_texts(layout) == [_PROSE]


def test_a_disclaimer_naming_the_publisher_by_its_kind_ends_the_name_before_the_verb():
    line = "The Harbour Council is a research organisation. This brief is published by the Council and reflects the views of the authors alone."
    assert P.publisher_from(line) == "Council"
    # a list's "(c)" is no copyright sign
    assert P.publisher_from("Options (c) and (d) would require political decisions and should be weighed against the Union's aims.") is None


@pytest.mark.parametrize("dateline, iso", [("Washington, March 4", "2026-03-04"), ("Brussels, 3 April", "2026-04-03"), ("Washington", "2026-04-03")])
def test_a_slash_date_that_reads_both_ways_is_read_as_the_dateline_names_it(dateline, iso):
    text = (f"Harbour Council | Issue Brief | 03/04/2026\n\nGuarding the Harbours\n\nBy Ann Lee\n\n{dateline}\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.date == iso


@pytest.mark.parametrize("unit", ["the Ports Programme", "the Maritime Security Research Division", "the Global Issues Section"])
def test_a_bio_naming_only_a_programme_places_the_author_at_the_publisher(unit):
    text = ("Harbour Institute\n\nGuarding the Harbours\n\nBy Ann Lee and Jonas Berg\n\n" + _PROSE + "\n\nAbout the authors\n\n"
            f"Ann Lee is a senior fellow at the Harbour Institute.\nJonas Berg is a fellow in {unit}.\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Jonas Berg", "Harbour Institute")]


@pytest.mark.parametrize("role", ["Senior Research Fellow, Russia and Eurasia Programme", "Director, Wider Europe Programme",
                                  "Fellow, Economic Security Program"])
def test_a_post_in_a_programme_is_a_post(role):
    assert P.role_only(role)
    assert not P.role_only("Director, United Nations Development Programme")  # a programme that is an organisation
    assert P.describe(f"{role}, Harbour Democracy Monitor")[0] == "Harbour Democracy Monitor"  # the house named after its programme


def test_an_unsigned_undated_page_has_its_title_over_its_standfirst():
    """A site's menu, a series and its issue line, the title, a standfirst and the text, with no byline or date
    in the head: the title is the line over the standfirst, not a menu item."""
    text = ("HIA\nHarbour Institute of International Affairs\nResearch\nPublications\nEvents\nMembership\nAbout\n\n"
            "Strategic Notes\nVolume 12 | Note 4\n\nThe Baltic test of the Alliance\n\n"
            "Moscow's pressure on the Baltic states has exposed how thin the allied presence on the coast still is.\n\n"
            + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "The Baltic test of the Alliance" and brief.authors == [] and brief.date is None
    # the date only in how to cite it, the label on a line of its own over the citation
    cited = text + ("\nCite as:\n'The Baltic test of the Alliance', Strategic Notes, vol. 12, note 4, Harbour Institute of International "
                    "Affairs, 27 February 2026.\n\n© 2026 Harbour Institute of International Affairs. All rights reserved.\n")
    brief, _ = _head_fields(cited)
    assert brief.date == "2026-02-27"


def test_a_post_after_the_houses_acronym_places_the_author_there():
    """"HIA Senior Research Fellow" under a name in a stack of author cards: the post at the house the acronym names,
    which the page's masthead spells out; the next card and the date under the stack are read."""
    assert P.describe("HIA Senior Research Fellow")[0] == "HIA"
    assert P.describe("PhD Researcher")[0] is None and P.describe("MEP Assistant")[0] is None  # degrees and posts, no houses
    text = ("HIA\nHarbour Institute of Athens\n\nThe Title of the Comment Is Here\n\n"
            "A standfirst sentence that says what the comment argues in brief.\n\nGiulia Marchetti\nHIA Senior Research Fellow\n\n"
            "Dušan Vuković\nAssociate Professor, Balkan University of European Studies\n\n4 March 2026\n\n" + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Giulia Marchetti", "Harbour Institute of Athens"),
                                                                ("Dušan Vuković", "Balkan University of European Studies")]
    assert brief.date == "2026-03-04"


def test_a_series_number_and_date_over_the_title_and_name_bar_post_lines_under_it():
    """"ARI 31/2026" / "19/3/2026" over the title, "Name | Post, House | @handle" lines under it: the date and the
    series stand over the title, which is not the site's logo at the top (its letters in another order than the name's,
    as a house abroad has them)."""
    text = ("Skip to content\nIHAG\nHarbour Institute for Global Affairs\nES | EN\nTopics\nRegions\nPublications\nActivities\nExperts\n"
            "About us\nSearch\n\nARI 31/2026\n19/3/2026\n\nSpain and the southern flank: the case for another kind of burden-sharing\n\n"
            "Lucía Ferrán | Senior Analyst, Harbour Institute for Global Affairs | @lferran_ihag\n"
            "Tomás Rey | Research Fellow, Harbour Institute for Global Affairs\n\n"
            "Original version in Spanish: España y el flanco sur: otro reparto de cargas\n\n" + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Spain and the southern flank: the case for another kind of burden-sharing" and brief.date == "2026-03-19"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Lucía Ferrán", "Harbour Institute for Global Affairs"),
                                                                ("Tomás Rey", "Harbour Institute for Global Affairs")]


_SPANISH = ("La cumbre de los aliados en La Haya acordó elevar el gasto en defensa, y el Gobierno se desmarcó del objetivo "
            "con una carta que los demás aliados leyeron como una excepción para el país y no como una propuesta para todos. ")


@pytest.mark.parametrize("body, title", [(_SPANISH * 2, "España ante el objetivo del 5%: cumplir sin parecerlo"),
                                         (_PROSE + " " + _PROSE, "Spain and the 5% target: complying without appearing to")])
def test_a_title_in_two_languages_under_the_series_and_date_is_the_one_in_the_texts_language(body, title):
    """A series' number and the date over a title given in Spanish and in English, one line each, and the author's
    card under them: the title is the line in the language of the text, not the menu's last item."""
    text = ("IHEE Instituto Hispano de Estudios Estratégicos\nInicio\nAnálisis\nPublicaciones\nExpertos\nSobre nosotros\n\n"
            "ARI 41/2026\n12 de marzo de 2026\n\nEspaña ante el objetivo del 5%: cumplir sin parecerlo\n"
            "Spain and the 5% target: complying without appearing to\n\nÁlvaro Muñoz\nInvestigador principal, Programa de Seguridad\n\n"
            + body + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == title and brief.date == "2026-03-12" and [a.name for a in brief.authors] == ["Álvaro Muñoz"]


@pytest.mark.parametrize("logo, first, second", [("NCSA", "NORDIC CENTRE FOR", "SECURITY ANALYSIS"),
                                                  ("DFSE", "Danube Forum for", "South-East European Studies")])
def test_a_logo_over_the_houses_name_broken_after_its_joining_word(logo, first, second):
    """A cover's logo letters over the house's name set on two lines: the publisher, not the title."""
    text = (f"{logo}\n{first}\n{second}\n\n\n\nINTERVIEW | 17.02.2026\n\n\nRussia Is Rebuilding for the Next War\n\n"
            "An interview with Aino Järvinen on the build-up along the border\n\n" + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Russia Is Rebuilding for the Next War" and brief.publisher == P.institution_name(f"{first} {second}")
    assert brief.date == "2026-02-17"


def test_a_web_pages_author_card_between_its_standfirst_and_its_date():
    """Section and topic labels, the title, a standfirst of two sentences, the author's card (name, post in a
    programme), then the dates: the title is the line over the standfirst, the card's name the author."""
    text = ("Harbour Institute of International Affairs\nTopics\nEvents\nAbout us\n\nExpert comment\nSanctions\n\n"
            "Europe should board the tankers it has already listed\n\n"
            "Coastal states have the legal tools to inspect uninsured tankers. What they lack is the will to use them.\n\n"
            "Mirela Dascălu\nSenior Research Fellow, Russia and Eurasia Programme\n\nPublished 9 March 2026\nUpdated 10 March 2026\n\n"
            + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Europe should board the tankers it has already listed"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Mirela Dascălu", None)] and brief.date == "2026-03-09"


@pytest.mark.parametrize("role", ["Chercheuse associée", "Investigadora principal", "Wissenschaftliche Mitarbeiterin", "Starszy analityk", "Chargée de recherche",
                                  "Programmleiter Demokratie und Resilienz", "Projektmitarbeiterin"])
def test_a_post_in_another_language_is_a_role(role):
    assert P.role_only(role)
    assert P.describe(role) == (None, role)


def test_names_with_role_lines_stacked_on_a_cover_are_the_authors():
    text = ("                 HARBOUR INSTITUTE\n\n                 Note de recherche n° 7\n                       juillet 2026\n\n\n"
            "        Guarding the Harbours\n        French and British navies and the defence of the ports\n\n\n"
            "        Élodie Charpentier\n        Chercheuse associée\n\n        Thomas Whitfield\n        Senior Fellow, Quay Defence Group\n\n\n\n"
            + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Élodie Charpentier", None), ("Thomas Whitfield", "Quay Defence Group")]
    assert (brief.title, brief.date) == ("Guarding the Harbours", "2026-07")
    assert body_texts(layout) == [_PROSE]


@pytest.mark.parametrize("line", ["▰▱▱▱▱▱▱▱▱▱ 0 %", "▰▰▰▰▰▰▱▱▱▱ 60 %", "■■■□□□□ 42%", "▶ Artikel anhören · 7 Min.",
                                  "Listen to this article · 7 min · Automatically generated voice", "▶ Écouter l'article · 5 min"])
def test_a_reading_progress_bar_and_a_listen_button_are_furniture(line):
    text = "Harbour Forum\n\nGuarding the Harbours\n\nBy Ann Lee\n\n" + line + "\n\n" + _PROSE + "\n\n" + line + "\n\n" + _PROSE + " Again.\n"
    _, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE, _PROSE + " Again."]


def test_a_translators_credit_at_the_end_is_no_part_of_the_text():
    text = "Guarding the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nTranslated from the German by Clara Weiss.\n"
    _, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE]


def test_a_drafts_status_above_the_title_is_a_notice():
    text = ("WORKING DRAFT – comments welcome – please do not cite without permission\n\nGuarding the Harbours\n\n"
            "Ann Lee* and Jonas Berg†\n\n* Harbour Institute\n† Quay Defence Group\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Guarding the Harbours"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Jonas Berg", "Quay Defence Group")]
    assert body_texts(layout) == [_PROSE]


def test_a_byline_with_the_writers_post_and_a_paywall_notice():
    text = ("The Harbour Ledger\n\nGuarding the Harbours\n\nBy Ann Lee, Diplomatic Correspondent\n\n" + _PROSE
            + "\n\nYou have read 3 of 4 free articles this month.\n\n" + _PROSE + " Again.\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert body_texts(layout) == [_PROSE, _PROSE + " Again."]


def test_a_slovene_post_before_the_institution():
    assert P.describe("Višja raziskovalka, Center za evropsko varnostno politiko")[0] == "Center za evropsko varnostno politiko"


def test_a_letter_signed_by_several_under_its_close():
    letter = ("HARBOUR INSTITUTE\n\nOpen Letters – No. 3\n\nKiel, 4 March 2026\n\nKeep the Harbours Open to Allies\n\nDear Minister,\n\n"
              + _PROSE + "\n\n" + _PROSE + " Last words of the letter.\n\n"
              "With our thanks and good wishes for your term,\n\nAnn Lee\nDirector, Harbour Institute\n\nPaul Brenner\n"
              "Former Ambassador of Denmark to NATO\n\nZoë Müller\n\n"
              "The Open Letters series is published by the Harbour Institute. Signatories write in a personal capacity.\n")
    layout = parse(letter)
    authors = [(a.name, a.affiliation) for f in layout.findings if f.field == "authors" for a in f.value]
    assert authors == [("Ann Lee", "Harbour Institute"), ("Paul Brenner", None), ("Zoë Müller", None)]
    assert body_texts(layout)[-2:] == [_PROSE, _PROSE + " Last words of the letter."]


def test_a_close_is_told_from_a_last_paragraph_and_a_signer_from_a_heading():
    # no close above them: the short lines are the text's own
    layout = parse("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nWhat comes next\n\n" + _PROSE + "\n")
    assert [(b.kind, b.text) for b in layout.blocks] == [("paragraph", _PROSE), ("heading", "What comes next"), ("paragraph", _PROSE)]
    assert P.is_boilerplate("Signatories write in a personal capacity.")
    assert not P.is_boilerplate("The ministers spoke in a personal capacity at the meeting, and said little.")
    assert P.publisher_from("The Open Letters series is published by the Harbour Institute.") == "Harbour Institute"
    assert P.describe("Former Ambassador of Denmark to NATO")[0] is None


def test_a_masthead_with_the_sites_menu_on_its_line():
    layout = parse("HARBOUR INSTITUTE FOR NORTHERN AFFAIRS          Research   Events   Experts   About   Donate\n\nCOMMENTARY\n\n"
                   "Keep the Harbours Open to Allies\n\nMarch 4, 2026\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + "\n")
    found = {f.field: f.value for f in layout.findings}
    assert found["publisher"] == "Harbour Institute for Northern Affairs"


def test_a_short_line_in_bold_over_a_paragraph_is_a_heading():
    layout = parse("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n**Summary**\n" + _PROSE + "\n\n"
                   "**The ministers found the money but not the will to spend it together.**\n\n" + _PROSE + "\n")
    assert [(b.kind, b.text) for b in layout.blocks] == [
        ("heading", "Summary"), ("paragraph", _PROSE),
        ("pullquote", "The ministers found the money but not the will to spend it together."), ("paragraph", _PROSE)]


@pytest.mark.parametrize("line", ["Partilhar   Comentários (14)", "Share   Comments (3)", "Teilen | Kommentare (2) | Drucken",
                                  "Compartir:  Facebook  X  LinkedIn  WhatsApp  Copiar enlace", "Partager : LinkedIn | Copier le lien"])
def test_a_row_of_share_and_comment_buttons(line):
    assert F.web_furniture(line)[0] == "share"


@pytest.mark.parametrize("label", ["Mais lidas", "Most popular", "Les plus lus", "Meistgelesen", "Lo más leído", "Najczęściej czytane"])
def test_a_most_read_box_at_the_foot_of_a_news_page(label):
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n"
            "Ann Lee is a senior fellow at the Harbour Institute. The opinions expressed are those of the author and do not "
            "necessarily reflect the editorial position of Gazeta Portuária.\n\nPartilhar   Comentários (14)\n\n"
            f"{label}\n1. Dockers strike for a second week\n2. The islands and the northern gap\n")
    brief, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]
    assert brief.publisher == "Gazeta Portuária"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute")]


_STAMP = "This content downloaded from 198.51.100.4 on Tue, 03 Mar 2026 10:01:05 +00:00\nAll use subject to https://about.shelf.example/terms\n"


def test_a_digital_archives_cover_sheet_and_its_stamp_on_every_page():
    text = ("Report Title: Guarding the Harbours of the North\nReport Author(s): Ann Lee and Paul Brenner\n"
            "Published by: Harbour Institute (2026)\nStable URL: https://www.shelf.example/stable/r123\n\n"
            "Shelf is a not-for-profit service that helps scholars find and use a wide range of content in a trusted digital archive. "
            "For more information about Shelf, please contact help@shelf.example.\n\n"
            "Your use of the Shelf archive indicates your acceptance of the Terms & Conditions of Use, available at\nhttps://about.shelf.example/terms\n\n"
            "This content is licensed under a Creative Commons Attribution 4.0 International License (CC BY 4.0).\n\n" + _STAMP + "\f"
            "HARBOUR INSTITUTE\nPolicy Paper 3\n\nGuarding the Harbours of the North\n\nAnn Lee\nPaul Brenner\n\n4 March 2026\n\n" + _STAMP + "\f"
            "Introduction\n\n" + _PROSE + "\n\n" + _PROSE + "\n\n" + _STAMP)
    brief, layout = _head_fields(text)
    assert brief.title == "Guarding the Harbours of the North"
    assert [a.name for a in brief.authors] == ["Ann Lee", "Paul Brenner"]
    assert (brief.date, brief.publisher) == ("2026-03-04", "Harbour Institute")
    assert [(b.kind, b.text) for b in layout.blocks] == [("heading", "Introduction"), ("paragraph", _PROSE), ("paragraph", _PROSE)]


@pytest.mark.parametrize("line", [
    "This content downloaded from 198.51.100.4 on Tue, 03 Mar 2026 10:01:05 +00:00",
    "This article was downloaded by: [University of the North] On: 03 March 2026, At: 10:01",
    "All use subject to https://about.shelf.example/terms",
])
def test_a_repositorys_download_stamp_is_page_furniture(line):
    assert F.PAGE_FURNITURE.first(line, Counter(), True).name == "download-stamp"


def test_a_repositorys_terms_of_use_on_its_cover_sheet_are_furniture():
    line = "Your use of the Shelf archive indicates your acceptance of the Terms & Conditions of Use, available at https://about.shelf.example/terms"
    assert F.web_furniture(line)[0] == "archive-terms"


@pytest.mark.parametrize("line", [
    "This content was downloaded from Russian servers by the attackers before the outage.",
    "All use of force is subject to the approval of parliament.",
])
def test_sentences_about_downloads_and_use_are_text(line):
    assert F.web_furniture(line) is None and F.PAGE_FURNITURE.first(line, Counter({line: 3}), True) is None


@pytest.mark.parametrize("bio, affiliation", [
    ("Søren Berg is a senior researcher at the Øresund Centre for Defence Studies in Copenhagen and a visiting fellow at the Centre.",
     "Øresund Centre for Defence Studies"),
    ("Ewa Nowak is a lecturer at Łódź University of Technology.", "Łódź University of Technology"),
    ("Jean Roy is a research fellow with the École de guerre économique.", "École de guerre économique"),
])
def test_a_bio_names_an_institution_whose_name_begins_with_a_letter_beyond_ascii(bio, affiliation):
    assert [a.affiliation for a in P.parse_bios(bio)] == [affiliation]


def test_the_authors_in_a_table_under_the_last_paragraph():
    text = ("Keep the Harbours Open to Allies\n\n4 March 2026\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\nAbout the authors\n\n"
            "Name | Position | Institution\nAnn Lee | Senior Analyst, Ports Programme | Harbour Institute\n"
            "Zoë Müller | Associate Fellow |\nPaul Brenner | Research Fellow | Centre for Northern Studies\n\n"
            "© 2026 Harbour Institute · Privacy\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Ann Lee", "Harbour Institute"), ("Zoë Müller", None), ("Paul Brenner", "Centre for Northern Studies")]
    assert brief.publisher == "Harbour Institute"
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_a_table_of_figures_at_the_end_is_no_table_of_authors():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n"
            "Country | Spending | Share\nPoland | 4.1 | High\nEstonia | 3.4 | High\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert "Poland" in " ".join(b.text for b in layout.blocks)


def test_a_box_of_recommendations_set_before_the_masthead_and_title():
    text = ("KEY RECOMMENDATIONS\n\n1. Spend the money on ships the ports can berth.\n\n2. Plan the spending over ten years.\n\n"
            "3. Buy radars together.\n\nHarbour Institute for Northern Affairs\nPOLICY BRIEF No. 7 | March 2026\n\n"
            "Keep the Harbours Open to Allies\n\nAnn Lee\nSenior Fellow, Harbour Institute for Northern Affairs\n\n"
            + _PROSE + "\n\nWhat comes next\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open to Allies", "2026-03", "Harbour Institute for Northern Affairs")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute for Northern Affairs")]
    assert body_texts(layout) == [_PROSE, "What comes next", _PROSE]
    assert (brief.key_points_label, brief.key_points) == ("KEY RECOMMENDATIONS", [
        "Spend the money on ships the ports can berth.", "Plan the spending over ten years.", "Buy radars together."])


def test_a_summary_of_points_that_opens_a_text_with_no_head_stays_its_text():
    text = "Summary\n\n- The ports are exposed.\n\n- The money is there.\n\n- The will to spend it is not.\n\nWhat comes next\n\n" + _PROSE + "\n"
    brief, layout = _head_fields(text)
    assert body_texts(layout)[:2] == ["Summary", "The ports are exposed."]


@pytest.mark.parametrize("line", [
    "Jump to: 1. Background · 2. Drawing the line · 3. Who guarantees it? · 4. Outlook",
    "On this page: Background | Options | Outlook",
    "In this article: Background · The options · What next",
    "Sur cette page : Contexte · Options · Perspectives",
])
def test_a_line_of_links_to_the_sections_of_the_page(line):
    assert F.web_furniture(line)[0] == "section-links"


def test_a_sentence_that_begins_like_a_line_of_section_links_is_text():
    assert F.web_furniture("In this article: we argue that the ports need money, not plans.") is None


def test_margin_notes_set_under_the_paragraphs_that_cite_them():
    text = (_PROSE + " The money went elsewhere.¹\n\n    ¹ The figures are from the ministries' own reports, which\n    cover the years to 2025.\n\n"
            "What comes next\n\n" + _PROSE + " The radars came late.² And the ships later.\n\n    ² Three of the five radars were delivered in 2026.\n\n"
            "The ships will need crews, and the crews will need training that nobody has yet paid for.\n")
    layout = parse(text)
    assert layout.notes == {1: "The figures are from the ministries' own reports, which cover the years to 2025.",
                            2: "Three of the five radars were delivered in 2026."}
    assert [b.kind for b in layout.blocks] == ["paragraph", "heading", "paragraph", "paragraph"]


def test_an_indented_line_that_opens_with_a_superscript_but_cites_nothing_above_stays_text():
    layout = parse(_PROSE + "\n\n    ² Three of the five radars were delivered in 2026.\n\n" + _PROSE + "\n")
    assert layout.notes == {}


def test_notes_marked_with_an_asterisk_and_daggers():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + " The money went elsewhere.*\n\n"
            "The radars came late† and the ships later.‡ Nobody asked why.\n\nNotes\n\n* The ministries' own reports.\n\n"
            "† Three of the five radars.\n\n‡ The navy's annual review, 2025.\n\n"
            "Harbour Papers are published by the Harbour Institute. The opinions expressed are those of the authors.\n")
    brief, layout = _head_fields(text)
    assert layout.notes == {1: "The ministries' own reports.", 2: "Three of the five radars.", 3: "The navy's annual review, 2025."}
    assert body_texts(layout) == [_PROSE + " The money went elsewhere.[1]", "The radars came late[2] and the ships later.[3] Nobody asked why."]
    assert brief.publisher == "Harbour Institute"


def test_an_asterisk_list_under_a_label_with_no_markers_in_the_text_is_a_list():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nWhat to do\n\n* Buy radars together.\n\n* Plan for ten years.\n")
    layout = parse(text)
    assert layout.notes == {} and [b.kind for b in layout.blocks] == ["paragraph", "heading", "item", "item"]


def test_a_programme_named_in_the_series_line_is_not_the_publisher():
    text = ("HARBOUR INSTITUTE FOR NORTHERN AFFAIRS\nHarbour Papers · Baltic Ports Programme\n\nKeep the Harbours Open to Allies\n\n"
            "By Ann Lee\n\nKiel, 4 March 2026\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Harbour Institute for Northern Affairs"


def test_a_translation_under_its_original_title_in_another_script_with_the_translators_note():
    text = ("Гавані відкриті для союзників\n\nKeep the Harbours Open to Allies\n\n"
            "[Translator's note: This essay first appeared in Ukrainian on 2026-03-04. It has been translated by Olena Koval and shortened.]\n\n"
            "Ann Lee\n\n" + _PROSE + "\n\nWhat comes next\n\n" + _PROSE + " Last words.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2026-03-04")
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert body_texts(layout) == [_PROSE, "What comes next", _PROSE + " Last words."]


def test_a_title_in_another_script_over_a_latin_line_of_text_stays_the_title():
    brief, _ = _head_fields("Гавані відкриті для союзників\n\nОлена Коваль\n\n" + _PROSE + "\n")
    assert brief.title == "Гавані відкриті для союзників"


def test_a_web_page_with_its_labels_in_icelandic():
    text = ("Rannsóknasetur um hafnir\nHarbour Institute for Northern Affairs\nForsíða  |  Greiningar  |  Viðburðir  |  Um okkur  |  English\n\n"
            "Keep the Harbours Open to Allies\n\nHöfundur: Ann Lee, Senior Fellow at the Harbour Institute for Northern Affairs\n"
            "Birt: 4. mars 2026\nUppfært: 6. mars 2026\nLestími: 6 mín.\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n"
            "Efnisorð: Hafnir · NATO · Ratsjár\nDeila:  Facebook  X  LinkedIn  Tölvupóstur\n\n"
            "Ann Lee er sérfræðingur við Rannsóknasetur um hafnir. She writes on ports.\n\n"
            "© 2026 Rannsóknasetur um hafnir — Harbour Institute for Northern Affairs\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open to Allies", "2026-03-04", "Harbour Institute for Northern Affairs")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute for Northern Affairs")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_a_parliaments_written_question_and_the_ministers_answer():
    text = ("WRITTEN QUESTIONS\n\nQuestion No. 118/IX\nSubject: Radars for the northern harbours\n\nQuestion\nAsked by: Jan Novak (Liberal Group)\n"
            "Addressed to: Minister of Defence\nDate asked: 03-02-2026\n\nWill the Minister say when the radars will be delivered?\n\n"
            "Answer\nAnswer from: Ministry of Defence\nAnswered by: Ann Lee, Minister of Defence\nDate answered: 17-02-2026\n\n"
            + _PROSE + "\n\n" + _PROSE + " Last words.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Radars for the northern harbours", "2026-02-17")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Ministry of Defence")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]
    assert any(r.text == "Will the Minister say when the radars will be delivered?" for r in layout.removed)


def test_a_text_with_a_section_called_answer_is_no_written_question():
    text = "Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nAnswer\n\n" + _PROSE + " Last words.\n"
    brief, layout = _head_fields(text)
    assert brief.title == "Keep the Harbours Open to Allies" and body_texts(layout) == [_PROSE, "Answer", _PROSE + " Last words."]


def test_a_watermark_word_printed_on_every_page():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n                DRAFT\n\n"
            "2. What comes next\n                DRAFT\n\n" + _PROSE + " More words.\n\n                DRAFT\n")
    layout = parse(text)
    assert body_texts(layout) == [_PROSE, "2. What comes next", _PROSE + " More words."]


def test_a_word_in_capitals_once_is_no_watermark():
    assert F.PAGE_FURNITURE.first("DRAFT", Counter({"draft": 1}), False) is None


@pytest.mark.parametrize("line", [
    "Megosztás  Nyomtatás  PDF letöltése", "Atsisiųsti PDF", "Kopier lenke", "Del artikkelen:", "Partilhar  |  Imprimir  |  Guardar PDF",
    "印刷する", "Gift this article", "Kopioi linkki", "Stáhnout PDF",
])
def test_share_print_and_download_buttons_in_more_languages(line):
    assert F.web_furniture(line)[0] == "share"


@pytest.mark.parametrize("line, rule", [
    ("Prenumeruokite naujienlaiškį", "newsletter"), ("Iratkozzon fel hírlevelünkre", "newsletter"),
    ("Související články", "related"), ("Kapcsolódó elemzések", "related"), ("Preberi tudi: Koper and the new silk roads", "related"),
    ("Continue reading below", "advertisement"), ("Advertisement", "advertisement"), ("Anzeige", "advertisement"),
    ("Graphic design: Studio Nord", "colophon-credit"), ("Design and layout: Studio Nord, Malmö", "colophon-credit"),
    ("Printed on recycled paper", "colophon-credit"), ("Image credits", "colophon-credit"),
])
def test_sign_ups_related_links_advertising_and_colophon_credits_in_more_forms(line, rule):
    assert F.web_furniture(line)[0] == rule


@pytest.mark.parametrize("line", [
    "Design: the ministers want a layered defence, not a wall.", "Printed matter reached the front late.",
    "Advertisement of the plan came too late to matter.", "Del artículo 5 al artículo 42",
])
def test_sentences_that_open_like_those_buttons_and_credits_are_text(line):
    assert F.web_furniture(line) is None


def test_an_e_readers_notebook_export():
    text = ("Notebook export\nKeep the Harbours Open to Allies\nAnn Lee\nFree Kindle instant preview: https://a.co/d/x1\n"
            "3 Highlights | 1 Note\n\nIntroduction\nHighlight (yellow) | Location 38\n" + _PROSE + "\nHighlight (blue) | Location 44\n"
            "The radars came late.\nNote | Location 44\ncheck the figure for 2025\n\nWhat comes next\nHighlight (yellow) | Page 12\n"
            "The ships will need crews.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors]) == ("Keep the Harbours Open to Allies", ["Ann Lee"])
    assert [(b.kind, b.text) for b in layout.blocks] == [
        ("heading", "Introduction"), ("paragraph", _PROSE), ("paragraph", "The radars came late."),
        ("heading", "What comes next"), ("paragraph", "The ships will need crews.")]


# -- negatives from a review of the rules above, each a text the rules once misread --------------------------


def test_a_title_in_greek_over_a_series_line_stays_the_title():
    brief, _ = _head_fields("Η Ελλάδα και οι λιμάνια του βορρά\n\nPolicy Paper No. 142/2026\n\nΓιώργος Παπαδόπουλος\n\n"
                            "Η κυβέρνηση πρέπει να επενδύσει στα λιμάνια και στα ραντάρ πριν από το τέλος του χρόνου, "
                            "γιατί οι σύμμαχοι περιμένουν σαφείς αποφάσεις και χρήματα.\n")
    assert brief.title == "Η Ελλάδα και οι λιμάνια του βορρά"


def test_fields_of_a_question_quoted_in_the_text_are_no_written_question():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n4 March 2026\n\n" + _PROSE + "\n\nThe question, as the parliament records it:\n\n"
            "Asked by: Jan Novak (Liberal Group)\n\nAnswered by: Eva Berg, Minister of Defence\n\n" + _PROSE + " Last words.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Keep the Harbours Open to Allies", ["Ann Lee"], "2026-03-04")
    assert body_texts(layout)[0] == _PROSE


def test_affiliation_lines_under_a_centred_byline_are_no_margin_notes():
    text = ("                 Keep the Harbours Open to Allies\n\n                 Ann Lee¹ and Paul Brenner²\n\n"
            "          ¹ Harbour Institute for Northern Affairs, Kiel\n          ² Centre for Northern Studies, Tromsø\n\n" + _PROSE + "\n")
    layout = parse(text)
    assert layout.notes == {}


def test_a_table_of_people_interviewed_is_no_table_of_authors():
    text = ("Keep the Harbours Open to Allies\n\n4 March 2026\n\n" + _PROSE + "\n\nAnnex: People interviewed for this brief\n\n"
            "Name | Position | Institution\nJan Novak | Harbour Master | Port of Gdynia\nMari Tamm | Deputy Director | Maritime Administration\n")
    brief, _ = _head_fields(text)
    assert brief.authors == []


def test_thanks_to_people_listed_under_the_text_are_no_signed_close():
    text = ("Keep the Harbours Open to Allies\n\n4 March 2026\n\n" + _PROSE + "\n\nWith our thanks to the experts who spoke to us for this brief,\n\n"
            "Jan Novak\nHarbour Master, Port of Gdynia\n\nMari Tamm\nDeputy Director, Maritime Administration\n")
    brief, layout = _head_fields(text)
    assert brief.authors == [] and "Jan Novak" in " ".join(body_texts(layout))


def test_a_publisher_whose_name_ends_in_programme_in_a_series_line():
    brief, _ = _head_fields("Policy Brief No. 12 · United Nations Development Programme\n\nKeep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert brief.publisher == "United Nations Development Programme"


def test_a_sentence_about_who_publishes_a_journal_stays_text():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nThe Journal of Northern Studies is published by the "
            "Harbour Academy of Sciences, and its articles on the ports are read closely in the ministry.\n")
    brief, layout = _head_fields(text)
    assert brief.publisher is None and len(body_texts(layout)) == 2


@pytest.mark.parametrize("text", [
    "Most popular measures among respondents",
    "This file was downloaded from the ministry's servers on 14 February, two days before the leak was reported.",
    "The Web Archive is a non-profit digital library that preserved copies of the deleted posts, and its copies were cited in court.",
    "Your use of emergency powers to bypass parliament constitutes acceptance of a precedent that others will exploit.",
])
def test_sentences_and_headings_that_open_like_furniture_are_text(text):
    assert F.web_furniture(text) is None and F.PAGE_FURNITURE.first(text, Counter({F.page_key(text): 1}), True) is None


def test_a_list_of_survey_results_under_most_popular_stays_text():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nMost popular:\n\n1. Joint purchases of air defence (64%)\n\n"
            "2. More money for the ports (51%)\n\n" + _PROSE + " Last words.\n")
    layout = parse(text)
    assert "1. Joint purchases of air defence (64%)" in body_texts(layout)


def test_an_editors_note_on_another_parts_date_keeps_the_date_and_the_note():
    text = ("Keep the Harbours Open to Allies, Part II\n\nBy Ann Lee\n\n18 March 2026\n\n"
            "[Editor's note: This is the second part of a two-part series. Part one first appeared on 4 March 2026.]\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert brief.date == "2026-03-18" and body_texts(layout)[0].startswith("[Editor's note:")


def test_a_dagger_beside_numbered_notes_comes_after_them_and_an_asterisk_closing_emphasis_is_no_marker():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + " Admiral Jan Kowalski† did not live to see it.[1] "
            "The plan was *“deterrence by denial”* but the money was not there.[2]\n\nNotes\n\n[1] The navy's review, 2025.\n\n"
            "[2] The ministry's plan.\n\n† Died in January 2026.\n")
    layout = parse(text)
    assert layout.notes == {1: "The navy's review, 2025.", 2: "The ministry's plan.", 3: "Died in January 2026."}
    assert body_texts(layout) == [_PROSE + " Admiral Jan Kowalski[3] did not live to see it.[1] "
                                  "The plan was *“deterrence by denial”* but the money was not there.[2]"]


def test_asterisk_bullets_under_notes_are_no_symbol_notes():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + " The money went elsewhere.*\n\nNotes\n\n"
            "* The ministries' reports.\n\n* The navy's review.\n\n* The plan.\n")
    assert parse(text).notes == {}


def test_a_box_label_in_capitals_twice_is_no_watermark():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\nCONCEPT\n\n" + _PROSE + "\n\nCONCEPT\n\n" + _PROSE + " More.\n")
    assert [b.text for b in parse(text).blocks].count("CONCEPT") == 2


def test_passages_copied_from_an_e_book_with_the_readers_source_block_under_each():
    block = "\n\nExcerpt From\nKeep the Harbours Open to Allies\nAnn Lee and Paul Brenner\nThis material may be protected by copyright.\n\n"
    text = "“" + _PROSE + "”" + block + "“The radars came late, and the ships later.”" + block
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors]) == ("Keep the Harbours Open to Allies", ["Ann Lee", "Paul Brenner"])
    assert body_texts(layout) == [_PROSE, "The radars came late, and the ships later."]


def test_a_quotation_in_its_own_paragraph_keeps_its_marks():
    layout = parse("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n“We will not wait for Washington.”\n\n" + _PROSE + " More.\n")
    assert "“We will not wait for Washington.”" in body_texts(layout)


def test_a_suggested_citation_dates_the_text_and_names_its_publisher_when_nothing_else_does():
    text = ("Harbour_Brief_02_FINAL.pdf\n\nPOLICY BRIEF 02\n\nKeep the Harbours Open to Allies\n\nAnn Lee\nResearch Fellow\n\n"
            + _PROSE + "\n\n" + _PROSE + " Last words.\n\nCite as: Lee, A., \"Keep the Harbours Open to Allies\", Policy Brief 02, "
            "Kiel: Harbour Institute for Northern Affairs, 27 January 2026.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open to Allies", "2026-01-27", "Harbour Institute for Northern Affairs")
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_a_suggested_citation_of_another_work_in_the_text_dates_nothing():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n4 March 2026\n\n" + _PROSE + "\n\nCite as: Lee, A., \"Ports\", "
            "Kiel: Harbour Institute for Northern Affairs, 27 January 2026.\n")
    brief, _ = _head_fields(text)
    assert (brief.date, brief.publisher) == ("2026-03-04", None)


@pytest.mark.parametrize("line", ["Harbour_Brief_02_FINAL.pdf", "EPB-2026-03-final.docx", "harbours_v3 (1).pdf"])
def test_a_file_name_alone_on_a_line_is_furniture(line):
    assert F.web_furniture(line)[0] == "file-name"


def test_an_english_edition_with_its_labels_in_catalan():
    text = ("HINA · Harbour Institute for Northern Affairs\nInici › Publicacions › Anàlisi          CA | ES | EN\n\nANÀLISI\n\n"
            "Keep the Harbours Open to Allies\n\nAutoria: Núria Vidal, investigadora principal, Harbour Institute for Northern Affairs\n"
            "Data de publicació: 19 de febrer de 2026\nParaules clau: ports, radars, defensa\nTraducció: Daniel Hughes\n"
            "Versió original en català\n\nComparteix: Facebook · X · LinkedIn · Correu\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n"
            "Llegiu també\n› La defensa dels ports\n› The radars of the north\n\n© Harbour Institute for Northern Affairs (HINA), 2026\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open to Allies", "2026-02-19", "Harbour Institute for Northern Affairs")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Núria Vidal", "Harbour Institute for Northern Affairs")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_a_journal_articles_download_cover_page():
    text = ("Journal of Northern Studies\n\nISSN: 1234-5678 (Print) 1234-5679 (Online) Journal homepage: www.jns.example/jns\n\n"
            "Keep the Harbours Open to Allies\n\nAnn Lee & Paul Brenner\n\nTo cite this article: Ann Lee & Paul Brenner (2026) Keep the "
            "Harbours Open to Allies,\nJournal of Northern Studies, 4:1, 1-12, DOI: 10.5555/jns.2026.1\n\n"
            "To link to this article: https://doi.org/10.5555/jns.2026.1\n\nPublished online: 04 Mar 2026.\n\n"
            "Submit your article to this journal\n\nArticle views: 1,482\n\nView related articles\n\nView Crossmark data\n\n"
            "Full Terms & Conditions of access and use can be found at\nhttps://www.jns.example/terms\n\f"
            "JOURNAL OF NORTHERN STUDIES\n2026, VOL. 4, NO. 1, 1–12\n\nKeep the Harbours Open to Allies\n\nAnn Lee and Paul Brenner\n\n"
            + _PROSE + "\n\n" + _PROSE + " Last words.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2026-03-04")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Paul Brenner"]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


@pytest.mark.parametrize("line", ["View related articles", "Article views: 1,482", "View Crossmark data", "Submit your article to this journal",
                                  "Citing articles: 3 View citing articles"])
def test_the_buttons_of_a_journals_download_cover_page(line):
    assert F.web_furniture(line)[0] == "journal-cover"


def test_a_news_byline_with_where_each_reporter_writes_from_and_times_before_the_dates():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee in Kyiv and Paul van den Berg in Brussels\n\n"
            "Published 09:12 CET, 2 March 2026\nUpdated 14:05 CET, 3 March 2026\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", None), ("Paul van den Berg", None)]
    assert brief.date == "2026-03-02" and body_texts(layout) == [_PROSE]


def test_a_box_set_in_the_middle_of_a_sentence_by_the_pages_layout():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\nThe ministers met in the spring to agree on a plan for the harbours\n"
            "of the north. They found that the money was there but the will to\n\nABOUT THE PROJECT\nThis paper is part of a project on ports\n"
            "supported by the Harbour Foundation.\n\nspend it together was not, and the ports waited another year for\n"
            "their radars.\n\nCONTACT\nAnn Lee\nann.lee@harbour.example\n+49 431 000 000\n\n" + _PROSE + "\n")
    layout = parse(text)
    assert body_texts(layout) == ["The ministers met in the spring to agree on a plan for the harbours of the north. They found that the money "
                                  "was there but the will to spend it together was not, and the ports waited another year for their radars.", _PROSE]
    assert any(r.text == "ABOUT THE PROJECT" and "sidebar" in r.reason for r in layout.removed)


def test_a_wrapped_first_paragraph_whose_line_holds_a_sentence_and_breaks_before_a_name():
    text = ("Keep the Harbours Open to Allies\n\nAnn Lee & Paul Brenner\n\nWhy now\n\n"
            "Europe's ports are guarded by many small groups of allies. The Joint\n"
            "Expeditionary Force, led by the United Kingdom and bringing together the Nordic\n"
            "and Baltic states, has become a standing framework for exercises in the north.\n\n"
            "The ministers met in the spring to agree on a plan for the harbours of the\n"
            "north. They found that the money was there but the will to spend it together\n"
            "was not, and the ports waited another year for the radars they had asked for.\n")
    layout = parse(text)
    assert body_texts(layout)[:2] == ["Why now", "Europe's ports are guarded by many small groups of allies. The Joint Expeditionary Force, led by the "
                                      "United Kingdom and bringing together the Nordic and Baltic states, has become a standing framework for exercises in the north."]


def test_a_series_line_with_its_year_in_brackets_is_no_title():
    brief, _ = _head_fields("HARBOUR INSTITUTE\n\nPOLICY PAPER No. 5 (2026)\n\nKeep the Harbours Open to Allies\nWhy the ports need one plan\n\n"
                            "Ann Lee\nHead of the Ports Programme, Harbour Institute\n\nKiel, 4 March 2026\n\n" + _PROSE + "\n")
    assert brief.title == "Keep the Harbours Open to Allies"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute")]


def test_a_box_of_points_drawn_with_box_drawing_characters():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n┌────────────────────────────────────────┐\n│ IN BRIEF                               │\n"
            "│ • The ports are exposed.               │\n│ • The money is there.                  │\n└────────────────────────────────────────┘\n\n"
            "What changed?\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert body_texts(layout) == ["What changed?", _PROSE]
    assert (brief.key_points_label, brief.key_points) == ("IN BRIEF", ["The ports are exposed.", "The money is there."])


def test_a_research_repositorys_record_page():
    text = ("Open research repository\nSearch records...     Communities     My dashboard     Log in     Sign up\n\n"
            "Published November 12, 2025 | Version v1\nReport   Open\n\nKeep the Harbours Open to Allies\n\nCreators\nLee, Ann 1\nMüller, Zoë 2\n"
            "Show affiliations\n1. Harbour Institute for Northern Affairs\n2. Centre for Northern Studies\n\nDescription\n\n"
            + _PROSE + "\n\n" + _PROSE + " Last words.\n\nFiles\nHarbour_Brief_11.pdf\n1.2 MB     Preview     Download\n\n"
            "Additional details\nResource type: Report\nPublisher: Harbour Institute for Northern Affairs\nLanguage: English\n"
            "Keywords: ports, radars\n\nCitations 0\nViews 214\nDownloads 97\nSee more details...\n\nVersions\nVersion v1 10.5281/repo.1448201   Nov 12, 2025\n\n"
            "Export: JSON | JSON-LD | CSL | DataCite | Dublin Core | BibTeX\n\nRights\nLicense (for files): Creative Commons Attribution 4.0 International\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open to Allies", "2025-11-12", "Harbour Institute for Northern Affairs")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute for Northern Affairs"), ("Zoë Müller", "Centre for Northern Studies")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_names_with_their_posts_under_an_authors_label_are_not_read_surname_first():
    brief, _ = _head_fields("Keep the Harbours Open to Allies\n\nAuthors:\nJan Kowalski, Senior Fellow\nAnn Lee, Harbour Institute\n\n" + _PROSE + "\n")
    assert [a.name for a in brief.authors] == ["Jan Kowalski", "Ann Lee"]


def test_a_drawn_box_of_the_texts_own_recommendations_stays_the_text():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n╔══════════════════════════════════════╗\n║ RECOMMENDATIONS\n║\n"
            "║ 1. Buy radars together.\n║ 2. Plan for ten years.\n╚══════════════════════════════════════╝\n\n" + _PROSE + "\n")
    layout = parse(text)
    assert "Buy radars together." in " ".join(body_texts(layout))


def test_a_page_saved_after_the_browser_translated_it():
    text = ("Translated from: German     Show original     Options ▾\nThis page has been automatically translated. Rate this translation: 👍 👎\n\n"
            "Harbour Institute for Northern Affairs\nHome   Topics   Publications   Events   About us   DE | EN\n\n"
            "Keep the Harbours Open to Allies\n\nFrom Dr. Ann Lee and Paul Brenner\n\nPublished: 10.03.2026   Reading time: 7 minutes\n\n"
            "Listen to article ▶\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2026-03-10")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Paul Brenner"]
    assert body_texts(layout) == [_PROSE]


def test_a_title_that_opens_with_from_is_no_byline():
    brief, _ = _head_fields("From Tallinn to Tbilisi\n\nBy Ann Lee\n\n4 March 2026\n\n" + _PROSE + "\n")
    assert brief.title == "From Tallinn to Tbilisi" and [a.name for a in brief.authors] == ["Ann Lee"]


def test_a_document_published_to_the_web_from_an_online_office_suite():
    text = ("Published using Google Docs\nReport abuse\nLearn more\nHarbour options paper (DRAFT v3)\nUpdated automatically every 5 minutes\n\n"
            "Keep the Harbours Open to Allies\n\nWorking draft – not for citation\n\nPurpose\n\n" + _PROSE + "\n\n"
            "Published by Google Drive–Report abuse\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.publisher) == ("Keep the Harbours Open to Allies", None)
    assert body_texts(layout) == ["Purpose", _PROSE]


def test_a_non_paper_submitted_by_governments():
    text = ("NON-PAPER\n\nNon-paper by Estonia, Latvia and Lithuania\n\nDistribution: Members of the Committee\n04-03-2026\n\n"
            "Keep the Harbours Open to Allies\n\n1.  " + _PROSE + "\n\n2.  " + _PROSE + " More.\n\n"
            "NON-PAPER – NOT AN OFFICIAL EU DOCUMENT                              1/1\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.authors, brief.publisher) == ("Keep the Harbours Open to Allies", "2026-03-04", [], None)
    assert len(body_texts(layout)) == 2


def test_bios_with_each_authors_e_mail_under_them():
    text = ("Keep the Harbours Open to Allies\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\nAuthors\n\n"
            "Ann Lee is a senior fellow at the Harbour Institute.\nann.lee@harbour.example\n\n"
            "Paul Brenner is an analyst at the Centre for Northern Studies.\np.brenner@north.example\n\n"
            "Views expressed are those of the authors alone.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Paul Brenner", "Centre for Northern Studies")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_headings_set_in_small_caps_with_the_first_letter_apart():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\nP ART  I  —  W HERE  W E  S TAND\n\n" + _PROSE + "\n\nT HE   M ONEY\n\n"
            + _PROSE + " More.\n")
    layout = parse(text)
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["PART I — WHERE WE STAND", "THE MONEY"]


def test_a_line_of_capitals_with_single_letters_in_it_is_left_alone():
    layout = parse("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nA  NORTHERN  FLANK\n\n" + _PROSE + " More.\n")
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["A  NORTHERN  FLANK"]


def test_notes_keyed_by_superscript_letters():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + " The money went elsewhere.ᵃ\n\n"
            "The radars came late.ᵇ Nobody asked why.\n\nNotes\n\nᵃ The ministries' own reports.\nᵇ The navy's review, 2025.\n")
    layout = parse(text)
    assert layout.notes == {1: "The ministries' own reports.", 2: "The navy's review, 2025."}
    assert body_texts(layout) == [_PROSE + " The money went elsewhere.[1]", "The radars came late.[2] Nobody asked why."]


def test_a_short_question_in_capitals_over_a_subtitle_is_the_title_not_a_kicker():
    brief, _ = _head_fields("HARBOUR INSTITUTE\nLONG READ · N. 7\n\nWHO GUARDS THE HARBOURS?\nFinancing a Navy That Can Stand on Its Own\n\n"
                            "Ann Lee and Paul Brenner\n\nKiel, 4 March 2026\n\n" + _PROSE + "\n")
    assert brief.title == "WHO GUARDS THE HARBOURS?"


def test_a_word_processors_file_converted_to_text_with_its_cover_table_and_document_history():
    text = ("  ----------------- ------------------------------------\n  **Series**        Policy Paper 2/2026\n\n"
            "  **Title**         Keep the Harbours Open to Allies\n\n  **Authors**       Ann Lee, Paul Brenner\n\n"
            "  **Date**          4 marca 2026\n\n  **Status**        Final -- for publication\n  ----------------- ------------------------------------\n\n"
            "Keep the Harbours Open to Allies\n================================\n\n" + _PROSE + "\n\nThe radars came late. Last words.\n\n"
            "  ------------------------------------\n  **Document history**\n  ------------------------------------\n\n"
            "  ------ ------------ ------ ---------------\n  0.1    12.02.2026   AL     First draft\n\n"
            "  1.0    04.03.2026   AL     Final version\n  ------------------------------------\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2026-03-04")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Paul Brenner"]
    assert body_texts(layout) == [_PROSE, "The radars came late. Last words."]


def test_an_interviews_credit_under_the_text_with_a_note_on_how_it_was_edited():
    text = ("Keep the Harbours Open to Allies\n\nFebruary 26, 2026\n\nQ1. Were the ports sold too cheaply?\n\nA1. " + _PROSE + "\n\n"
            "Q2. What now?\n\nA2. " + _PROSE + " Last words.\n\nInterview by Ann Lee, Research Fellow, Harbour Institute. The interview was "
            "conducted in English on 17 February 2026 and has been edited for length and clarity.\n\n"
            "Next in the series: Q&A with Admiral Jan Holm on the northern lanes\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute")]
    assert brief.date == "2026-02-26" and body_texts(layout)[-1] == "A2. " + _PROSE + " Last words."


def test_a_newspaper_column_scanned_with_its_folio_a_drop_cap_and_jump_lines():
    text = ("THE HARBOUR HERALD    SATURDAY, JANUARY 10, 2026    OPINION    A17\n\nCOMMENT\n\nKeep the Harbours Open to Allies\n\n"
            "T he ministers met in the spring to agree on a plan for\nthe harbours of the north. They found the money.\n\n"
            "Continued on A18\n\nThe radars came late, and the ships came later, and the\nharbours waited for both of them.\n\n"
            "Continued from A17\n\n*Ann Lee is director of the ports programme at the\nHarbour Institute in Kiel.*\n\n"
            "Scanned from microfilm. OCR text may contain errors.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open to Allies", "2026-01-10", "Harbour Herald")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute")]
    assert body_texts(layout) == ["The ministers met in the spring to agree on a plan for the harbours of the north. They found the money.",
                                  "The radars came late, and the ships came later, and the harbours waited for both of them."]


def test_an_academic_blog_posts_citation_block_and_its_publishers_line():
    text = ("HARBOUR FORUM\nA blog on ports and security\n\nHome | Symposia | Authors | Submit | About\n\nKeep the Harbours Open to Allies\n\n"
            "Ann Lee, Paul Brenner\n21 January 2026\nDOI: 10.59704/hf.2026.014\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n"
            "Ann Lee is an assistant professor of law at the University of Kiel. Paul Brenner is a fellow at the Centre for Northern Studies.\n\n"
            "Cite this post\nLee, A., & Brenner, P. (2026, January 21). Keep the harbours open to allies. Harbour Forum. https://doi.org/10.59704/hf.2026.014\n\n"
            "Licence: CC BY-SA 4.0\n\nComments are closed.\n\n« Previous post: Ports and Power\nNext post: The Quiet Coast »\n\n"
            "Harbour Forum is published by the Harbour Institute for Northern Affairs. ISSN 2988-4417.\n")
    brief, layout = _head_fields(text)
    assert brief.publisher == "Harbour Institute for Northern Affairs"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "University of Kiel"), ("Paul Brenner", "Centre for Northern Studies")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_a_box_of_key_takeaways_between_the_last_paragraph_and_the_bio():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\nKEY TAKEAWAYS\n"
            "• The ports are exposed.\n• The money is there.\n\nAbout the author\nAnn Lee is a fellow at the Harbour Institute.\n")
    brief, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]
    assert brief.key_points == ["The ports are exposed.", "The money is there."]


def test_a_closing_list_of_points_under_its_own_heading_stays_the_text():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nWhat to do\n• Buy radars together.\n• Plan for ten years.\n\n"
            "About the author\nAnn Lee is a fellow at the Harbour Institute.\n")
    layout = parse(text)
    assert body_texts(layout)[-2:] == ["Buy radars together.", "Plan for ten years."]


def test_a_web_page_with_its_labels_in_slovak_and_a_boxed_advertisement():
    text = ("Keep the Harbours Open to Allies\n\nAutor: Ann Lee\nPublikované: 4. marca 2026\n\n" + _PROSE + "\n\n"
            "┌─────────────────────────────────────────┐\n Reklama\n Hypotéka s úrokom od 3,1 % ročne.\n Zistite viac →\n"
            "└─────────────────────────────────────────┘\n\n" + _PROSE + " Last words.\n\nPreložil: Martin Novák\n\nČítajte aj\n"
            "Energetika: Koľko nás stojí plyn?\nProtesty v Bratislave\n\nKomentáre (214)  Pridať komentár\n\n"
            "© 2026 Dunajský kuriér, a. s. Všetky práva vyhradené.\n")
    brief, layout = _head_fields(text)
    assert (brief.date, [a.name for a in brief.authors]) == ("2026-03-04", ["Ann Lee"])
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_a_pull_quote_in_a_drawn_box_is_set_apart():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n    ┌──────────────────────────────────────┐\n"
            "    │  “THE MONEY WAS THERE BUT THE WILL   │\n    │   TO SPEND IT TOGETHER WAS NOT.”     │\n    └──────────────────────────────────────┘\n\n"
            "The radars came late.\n")
    layout = parse(text)
    assert body_texts(layout) == [_PROSE, "The radars came late."]


# -- negatives from the second review ------------------------------------------------------------------------


def test_a_paragraph_that_opens_with_a_or_i_keeps_its_first_words():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\nA broad coalition of northern states now backs the plan.\n\n"
            "A long-term budget is needed. Ministers should look abroad and work along the coast.\n\nI t is late.\n")
    assert body_texts(parse(text))[:2] == ["A broad coalition of northern states now backs the plan.",
                                           "A long-term budget is needed. Ministers should look abroad and work along the coast."]


def test_a_history_section_of_prose_and_dated_rows_in_the_body_is_the_text():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nRevision history\n\nThe strategy was revised twice, "
            "each time after a crisis, and each time the ports were left out.\n\nStrategy 2019    12.03.2019    adopted\n\n"
            "Strategy 2023    04.05.2023    revised\n\n" + _PROSE + " More.\n")
    brief, layout = _head_fields(text)
    assert brief.date is None and "The strategy was revised twice" in " ".join(body_texts(layout))


def test_a_sub_heading_in_capitals_over_its_paragraph_is_no_box():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nRecommendations\n\nFOR GOVERNMENTS\nGovernments should do three things\n"
            "in the coming year:\n\na) buy radars together;\n\nb) plan for ten years.\n")
    assert "FOR GOVERNMENTS" in body_texts(parse(text))


def test_a_table_of_scores_at_the_margin_is_no_page_footer():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nTable 1. Compliance with the port rules\n\n"
            "Estonia                 4/5\nLatvia                  3/5\nLithuania               5/5\n\n" + _PROSE + " More.\n")
    assert "Latvia" in " ".join(body_texts(parse(text)))


def test_a_sentence_opening_not_an_official_document_stays_text():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nNot an official EU document, the non-paper "
            "circulated by the Baltic states nonetheless shaped the debate in Brussels.\n")
    assert body_texts(parse(text))[-1].startswith("Not an official EU document")


def test_a_title_opening_contribution_of_is_the_title():
    brief, _ = _head_fields("Contribution of Women to Peace Processes in the Western Balkans\n\nBy Ann Lee\n\n4 March 2026\n\n" + _PROSE + "\n")
    assert brief.title == "Contribution of Women to Peace Processes in the Western Balkans"


def test_a_suggested_citation_of_a_title_with_a_subtitle_names_no_false_publisher():
    text = ("Keep the Harbours Open: Why Ports Matter\n\nAnn Lee\n\n" + _PROSE + "\n\n" + _PROSE + " More.\n\nSuggested citation: Lee, A. "
            "(2026). Keep the Harbours Open: Why Ports Matter. Policy Brief 2.\n\n© 2026 Harbour Institute for Northern Affairs\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Harbour Institute for Northern Affairs"


def test_a_series_masthead_with_a_newspaper_word_beside_its_date_is_no_newspaper():
    text = ("ENERGY SECURITY MONITOR    April 2026    No. 4\n\nKeep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n"
            "© 2026 Harbour Institute for Northern Affairs\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Harbour Institute for Northern Affairs"


def test_a_short_question_in_capitals_over_a_title_is_still_a_kicker():
    brief, _ = _head_fields("HARBOUR INSTITUTE\n\nWHAT NEXT?\nKeep the Harbours Open to Allies\n\nBy Ann Lee\n\n4 March 2026\n\n" + _PROSE + "\n")
    assert brief.title == "Keep the Harbours Open to Allies"


def test_a_role_in_a_field_after_a_name_in_a_byline_is_no_place_of_reporting():
    assert H_by_rest("By Ann Lee, Lecturer in Politics, and Paul Brenner") == "Ann Lee, Lecturer in Politics, and Paul Brenner"
    assert H_by_rest("By Ann Lee in Kyiv and Paul Brenner in Brussels") == "Ann Lee and Paul Brenner"
    assert all(a.affiliation != "and Paul Brenner" for a in authors_from("Ann Lee, Lecturer in Politics, and Paul Brenner"))


def H_by_rest(text):
    from brieflib.ingest.head import _by_rest
    return _by_rest(text)


def test_a_static_site_generators_source_with_its_front_matter_and_shortcodes():
    text = ("---\ntitle: \"Keep the Harbours Open to Allies\"\nsubtitle: \"Why the ports need one plan\"\ndate: 2025-11-18T08:00:00+01:00\n"
            "lastmod: 2026-01-09T11:42:17+01:00\ndraft: false\nauthors: [\"Zoë Brandt\", \"Ann Lee\"]\ntags: [\"ports\"]\n---\n\n"
            "{{< lead >}}\n" + _PROSE + "\n{{< /lead >}}\n\n## What comes next\n\nThe radars came late.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2025-11-18")
    assert [a.name for a in brief.authors] == ["Zoë Brandt", "Ann Lee"]
    assert body_texts(layout) == [_PROSE, "What comes next", "The radars came late."]


@pytest.mark.parametrize("text", [
    "---\n\n" + "The ministers met in the spring.\n\n---\n\nThey found the money.\n",   # rules between sections, no fields
    "---\ntitle: [unclosed\n---\n\nThe ministers met in the spring.\n",               # not YAML: left as the text
])
def test_rules_or_broken_fields_between_dashes_are_no_front_matter(text):
    layout = parse(text)
    assert "The ministers met in the spring." in " ".join(body_texts(layout))


def test_a_pages_script_and_structured_data_copied_above_its_text():
    text = ("window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());\n"
            '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Keep the Harbours","datePublished":"2026-02-03"}\n'
            "Harbour Institute for Northern Affairs\nMenu\nResearch Commentary Events Podcast About\nSearch\n\nKeep the Harbours Open to Allies\n\nBy Ann Lee and Paul Brenner\n"
            "First published: 3 February 2026 · Updated: 5 February 2026\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2026-02-03")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Paul Brenner"]
    assert body_texts(layout) == [_PROSE]


def test_a_sentence_about_a_function_is_no_script():
    assert F.web_furniture("The function of the ports is to keep the allies supplied.") is None
    assert F.web_furniture("Research Events Shape Policy") is None  # a title of section words, no menu of them


def test_a_byline_of_two_names_each_with_its_post_joined_by_a_comma_and():
    assert [(a.name, a.position) for a in authors_from("Ann Lee, Programme Director, and Paul Brenner, Research Associate")] == [
        ("Ann Lee", "Programme Director"), ("Paul Brenner", "Research Associate")]
    assert [a.name for a in authors_from("Ann Lee, Paul Brenner, and Zoë Müller")] == ["Ann Lee", "Paul Brenner", "Zoë Müller"]


def test_a_mail_saved_as_a_raw_message_with_its_headers_parts_and_encoding():
    text = ("Return-Path: <briefs@harbour.example>\nReceived: from mta.harbour.example (mta.harbour.example [192.0.2.41])\n"
            "\tby mx.example.net; Tue, 10 Feb 2026 07:30:14 +0100\nMIME-Version: 1.0\nDate: Tue, 10 Feb 2026 07:30:12 +0100\n"
            "From: Harbour Institute <briefs@harbour.example>\nSubject: =?UTF-8?Q?Keep_the_harbours_open?=\n"
            'Content-Type: multipart/alternative; boundary="----=_Part_1"\n\n------=_Part_1\nContent-Type: text/plain; charset=UTF-8\n'
            "Content-Transfer-Encoding: quoted-printable\n\nKeep the Harbours Open to Allies\n\nAnn Lee | Research Fellow, Harbour Institute\n"
            "Published 9 February 2026\n\nThe ministers=E2=80=99 plan for the harbours was late. They found the money but the will was not there=\n"
            " and the ports waited.\n\n------=_Part_1\nContent-Type: text/html; charset=UTF-8\n\n<html><body><p>Read the full brief</p></body></html>\n\n"
            "------=_Part_1--\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2026-02-09")
    assert body_texts(layout) == ["The ministers’ plan for the harbours was late. They found the money but the will was not there and the ports waited."]


def test_a_memos_fields_at_the_top_are_no_raw_mail_headers():
    text = "To: The Minister\nFrom: Ann Lee, Harbour Institute\nDate: 4 March 2026\nSubject: Keep the Harbours Open to Allies\n\n" + _PROSE + "\n"
    brief, layout = _head_fields(text)
    assert brief.date == "2026-03-04" and not any("raw mail" in r.reason for r in layout.removed)


def test_a_cables_subject_among_its_fields_is_the_title():
    text = ("DTG:     141230Z APR 26\nFM:      HARBOUR DELEGATION, KIEL\nTO:      MINISTRY OF DEFENCE\nDATE:    14 APRIL 2026\n\n"
            "SUBJECT: KEEP THE HARBOURS OPEN: ALLIED VIEWS AHEAD OF\n         THE JUNE MINISTERIAL\n\nREF:     A) KIEL 0412\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date) == ("KEEP THE HARBOURS OPEN: ALLIED VIEWS AHEAD OF THE JUNE MINISTERIAL", "2026-04-14")



def test_a_cables_paragraph_markings_and_end_marks_are_no_text():
    """"1. (C) SUMMARY: …" and "(U)" open each numbered paragraph of a cable; "END SUMMARY." and "ENDS." close parts
    of it. The markings are listed, the text under them kept."""
    text = ("FM:      HARBOUR DELEGATION, KIEL\nTO:      MINISTRY OF DEFENCE\nDATE:    14 APRIL 2026\n\n"
            "SUBJECT: KEEP THE HARBOURS OPEN\n\n"
            "1. (C) SUMMARY: The allies want the harbours kept open to their ships all year round. They disagree on\n"
            "who pays for the dredging. END SUMMARY.\n\n"
            "2. (U) Ministers meet in June to review the plans adopted in 2023 for the northern harbours.\n\n"
            "3. (S//NF) The delegation will report further after the meeting of the port directors.\n\nENDS.\n")
    brief, layout = _head_fields(text)
    texts = body_texts(layout)
    assert texts[0].startswith("1. The allies want the harbours kept open") and texts[0].endswith("who pays for the dredging.")
    assert texts[-1].endswith("after the meeting of the port directors.")
    assert not any(m in " ".join(texts) for m in ("(C)", "(U)", "(S//NF)", "SUMMARY", "ENDS"))
    assert {"(C)", "(U)", "(S//NF)", "SUMMARY:", "END SUMMARY."} <= {r.text for r in layout.removed}


def test_a_letter_in_brackets_opening_a_numbered_paragraph_of_prose_is_text():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n"
            "1. (A) first option: keep the harbours open all year round and share the cost of dredging among allies.\n\n"
            "2. (B) second option: close the smaller harbours in winter and put the money into the larger ones.\n")
    _, layout = _head_fields(text)
    assert any("(A) first option" in t for t in body_texts(layout))


_HARBOUR_TEXT = ("Introduction\n\nThe harbours of the north were sold in a decade in which trade grew faster than anyone had planned for. "
                 "The buyers came from abroad and stayed, and the ministers who sold them now ask who controls the quays.\n\n"
                 "The money\n\nThe ministers found the money for new cranes and fences, but nobody has yet said who will pay the crews "
                 "that would run them, and the harbours wait for an answer.\n")


@pytest.mark.parametrize("first, second", [("Résumé", "Abstract"), ("Abstract", "Zusammenfassung")])
def test_an_abstract_and_its_translation_before_the_text_are_its_summary(first, second):
    """A paper's abstract and the same abstract in another language, on its title page: the text's own is the
    brief's summary, the translation is listed; neither is the text, which starts under them."""
    own = ("The harbours of the north were sold to buyers from abroad. This paper asks who controls the quays now, "
           "and proposes that ministers pay the crews that would run them.")
    other = {"Résumé": "Les ports du nord ont été vendus à des acheteurs étrangers. Cette note demande qui contrôle les quais "
                       "aujourd'hui et propose que les ministres paient les équipages.",
             "Zusammenfassung": "Die Häfen des Nordens wurden an Käufer aus dem Ausland verkauft. Dieses Papier fragt, wer die Kais "
                                "heute kontrolliert, und schlägt vor, dass die Minister die Besatzungen bezahlen."}
    sections = {name: other.get(name, own) for name in (first, second)}
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n4 March 2026\n\n"
            + "".join(f"{name}\n\n{sections[name]}\n\n" for name in (first, second)) + _HARBOUR_TEXT)
    brief, layout = _head_fields(text)
    assert brief.summary == own and not brief.summary_derived
    assert body_texts(layout)[0] == "Introduction" and body_texts(layout)[1].startswith("The harbours of the north were sold in a decade")
    translated = next(t for t in sections.values() if t != own)
    assert translated in {r.text for r in layout.removed} and own in {r.text for r in layout.removed}


def test_one_abstract_over_the_text_stays_the_text():
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\nAbstract\n\nThe harbours of the north were sold to buyers from abroad, and this paper asks who controls them.\n\n" + _HARBOUR_TEXT
    brief, layout = _head_fields(text)
    assert "Abstract" in body_texts(layout) and brief.summary_derived


def test_glosses_set_in_the_margin_leave_the_paragraphs_they_cut():
    """Short glosses under a label in capitals ("IN SHORT", "KEY TERM"), which a dump of a page sets among the
    lines of the text beside them, even in mid-sentence: listed, and the paragraph they cut is whole again."""
    text = "\n".join([
        "Keep the Harbours Open", "", "By Ann Lee", "",
        "The harbours of the north were sold in a decade in which trade grew faster than",
        "anyone had planned for, and the buyers who came from abroad have stayed on the",
        "IN SHORT",
        "Foreign owners",
        "now run half",
        "the quays.",
        "quays ever since. The ministers who sold them now ask who controls the cranes and",
        "the fences, and who would pay the crews that run them in a crisis at sea.",
        "",
        "The money for the crews is the harder question. Ministers have found the money for",
        "KEY TERM",
        "Host nation:",
        "the state that",
        "receives allied",
        "forces.",
        "cranes and fences, but no host nation has yet said who pays for the crews, and the",
        "harbours wait for an answer while the ships of their allies queue offshore.",
        "IN SHORT",
        "Nobody pays",
        "the crews yet.",
        "",
    ])
    _, layout = _head_fields(text)
    assert body_texts(layout) == [
        "The harbours of the north were sold in a decade in which trade grew faster than anyone had planned for, and the buyers who came "
        "from abroad have stayed on the quays ever since. The ministers who sold them now ask who controls the cranes and the fences, "
        "and who would pay the crews that run them in a crisis at sea.",
        "The money for the crews is the harder question. Ministers have found the money for cranes and fences, but no host nation has yet "
        "said who pays for the crews, and the harbours wait for an answer while the ships of their allies queue offshore.",
    ]
    assert {"IN SHORT", "KEY TERM", "Host nation:", "the crews yet."} <= {r.text for r in layout.removed}


def test_a_label_in_capitals_over_short_lines_at_the_end_is_no_gloss():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nCONTACT\nAnn Lee\nHarbour Institute\nann.lee@example.org\n")
    _, layout = _head_fields(text)
    assert not any("margin" in r.reason for r in layout.removed)


def test_a_pdf_readers_structure_tags_before_each_block_are_no_text():
    """A copy of a PDF reader's tags view: "H1 " over the title, "H2 " over headings, "P " and "LI " before each
    block. The tags are listed; the title, headings, paragraphs and items are read as they would be without them."""
    text = ("H1 Keep the Harbours Open to Allies\n\nP The harbours of the north were sold in a decade in which trade grew "
            "faster than anyone had planned for. The buyers stayed.\n\nFigure: A map of the northern harbours and their rail links.\n\n"
            "H2 The money\n\nP Ministers found the money for cranes "
            "and fences, but not for the crews who would run them.\n\nLI • Fund the crews.\nLI • Rehearse the plan.\n\n"
            "P Nobody has yet said who pays, and the harbours wait for an answer while the allies' ships queue offshore.\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Keep the Harbours Open to Allies"
    assert [(b.kind, b.text) for b in layout.blocks] == [
        ("paragraph", "The harbours of the north were sold in a decade in which trade grew faster than anyone had planned for. The buyers stayed."),
        ("heading", "The money"),
        ("paragraph", "Ministers found the money for cranes and fences, but not for the crews who would run them."),
        ("item", "Fund the crews."), ("item", "Rehearse the plan."),
        ("paragraph", "Nobody has yet said who pays, and the harbours wait for an answer while the allies' ships queue offshore."),
    ]
    assert [r.text for r in layout.removed if "tags view" in r.reason] == ["H1", "P", "Figure: A map of the northern harbours and their rail links.",
                                                                           "H2", "P", "LI", "LI", "P"]


def test_a_paragraph_opening_with_a_letter_and_a_space_is_text():
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nP and Q are the two ports that matter most here, "
                             "and both were sold in the same year to the same buyer.\n")
    assert any(b.text.startswith("P and Q are") for b in layout.blocks)


def test_notes_marked_fn_in_the_text_and_in_their_list():
    from brieflib.ingest.parse import FN_MARK_REASON

    """" fn. 1" after a sentence and "fn. 1 …" in the notes list: the text's marks are note marks, the list its notes."""
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\nThe harbours of the north were sold in a decade of fast trade. fn. 1 The buyers "
            "came from abroad and stayed on the quays, and nobody asked who they were. fn. 2\n\nThe ministers now ask who controls "
            "the cranes, and who would pay the crews that run them in a crisis at sea.\n\nFootnotes\n\n"
            "fn. 1 Port authority, Annual Report 2025.\nfn. 2 Interview with an official, May 2025.\n")
    _, layout = _head_fields(text)
    assert layout.notes == {1: "Port authority, Annual Report 2025.", 2: "Interview with an official, May 2025."}
    assert body_texts(layout)[0] == ("The harbours of the north were sold in a decade of fast trade.[1] The buyers came from abroad and stayed on "
                                     "the quays, and nobody asked who they were.[2]")  # a note's reference, as "[1]" is in a text
    assert [r.text for r in layout.removed if r.reason == FN_MARK_REASON] == ["fn."] * 4


def test_fn_in_prose_without_a_notes_list_is_text():
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\nThe variable fn. 1 in the model counts the ships in port, and "
                             "the second counts the cranes that stand idle at the quays.\n")
    assert "fn. 1 in the model" in body_texts(layout)[0]


@pytest.mark.parametrize("imprint, iso", [
    ("Harbour Yearbook 2026 · Northern Harbour Institute · Kiel, January 2026", "2026-01"),
    ("Northern Harbour Institute | Kiel, 4 March 2026", "2026-03-04"),
])
def test_an_imprint_line_of_segments_under_the_text_dates_it_and_is_no_heading(imprint, iso):
    """A page's imprint once at its foot, over its © line, in segments: the volume, the institute, the place and date."""
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + imprint + "\n© Northern Harbour Institute 2026.\n\n"
            + _PROSE.replace("harbour", "port") + "\n")
    brief, layout = _head_fields(text)
    assert brief.date == iso and brief.publisher == "Northern Harbour Institute"
    assert imprint not in body_texts(layout)


def test_a_heading_of_segments_with_a_date_but_no_institute_stays():
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nTimeline · The ports · 2026\n\n" + _PROSE.replace("harbour", "port") + "\n"
    brief, layout = _head_fields(text)
    assert brief.date is None and "Timeline · The ports · 2026" in body_texts(layout)


def test_a_page_printed_from_a_wiki():
    """A wiki's page: its properties under a label (author, date published), its contents under "On this page",
    markers of its readers' inline comments inside paragraphs, and its tools' row at the foot."""
    text = ("Hub / Harbours / Briefs 2026\n\nKeep the Harbours Open to Allies\n\n"
            "Created by Ann Lee, last updated by Bo Chan on Mar 03, 2026  •  4 minute read\n\n"
            "Page properties\nStatus          PUBLISHED\nAuthor          Ann Lee, Senior Fellow\nPublished       2026-02-27\nLabels          ports  allies\n\n"
            "On this page\n  Summary\n  The money\n\nSummary\n\nThe harbours of the north were sold in a decade of fast trade. "
            "[💬 2 inline comments] The buyers came from abroad and stayed on the quays.\n\nThe money\n\n"
            "Ministers found the money for cranes and fences, but nobody has said who pays the crews who would run them. [💬 1 inline comment]\n\n"
            "Attachments (1)   Page history   Restrictions\nLike   Be the first to like this\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, [a.name for a in brief.authors]) == ("Keep the Harbours Open to Allies", "2026-02-27", ["Ann Lee"])
    assert brief.authors[0].position is None  # the page's last editor and its reading time are no post of hers
    assert body_texts(layout) == ["Summary", "The harbours of the north were sold in a decade of fast trade. The buyers came from abroad and stayed on the quays.",
                                  "The money", "Ministers found the money for cranes and fences, but nobody has said who pays the crews who would run them."]
    assert {"[💬 2 inline comments]", "[💬 1 inline comment]", "On this page", "Page properties"} <= {r.text for r in layout.removed}


def test_a_paragraph_that_speaks_of_page_history_and_likes_is_text():
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nLike the page history of a wiki, the harbours' records show every change.\n")
    assert "Like the page history of a wiki, the harbours' records show every change." in body_texts(layout)


def test_a_word_processors_draft_with_tracked_changes_and_reviewers_comments():
    """A draft's header ("Institute – DRAFT v2 – 04-03-2026 – not for circulation") dates it and is no title; text
    a tracked change deleted, the comments' anchors and the reviewers' comments are no text."""
    text = ("Northern Harbour Institute – DRAFT v2 – 04-03-2026 – not for circulation\n\nKeep the Harbours Open to Allies\n\n"
            "Ann Lee (Northern Harbour Institute)\n\n"
            "The harbours of the north were sold in a decade of fast trade. [deleted: Nobody noticed.] The buyers stayed on the quays.[AL1]\n\n"
            "Comment [AL1]: Ann Lee: Should we name the buyers? Check with the port authority first.\n\n"
            "Ministers found the money for cranes and fences, but nobody has said who pays the crews who would run them.[BC2]\n\n"
            "Comment [BC2]: Bo Chan: rephrase?\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open to Allies", "2026-03-04", None)
    assert body_texts(layout) == ["The harbours of the north were sold in a decade of fast trade. The buyers stayed on the quays.",
                                  "Ministers found the money for cranes and fences, but nobody has said who pays the crews who would run them."]
    assert {"[deleted: Nobody noticed.]", "[AL1]", "[BC2]", "Comment [BC2]: Bo Chan: rephrase?"} <= {r.text for r in layout.removed}


def test_a_bracketed_word_in_prose_is_no_tracked_change():
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nThe minister said the plan was [deleted] from the budget, "
                             "and the harbours [AL1] code names the first of them.\n")
    assert any("[deleted] from the budget" in t and "[AL1] code" in t for t in body_texts(layout))


def test_a_preprint_servers_abstract_page_above_the_paper():
    """A copy of a preprint server's page (breadcrumb, title, names, abstract, "Comments:", "Subjects:", "Cite as:",
    the submission history) above the paper itself: the page is listed, the first version's date dates the paper,
    and the paper's own head gives its title, authors and their affiliations."""
    abstract = ("Harbours in the north were sold to buyers from abroad in a decade of fast trade. This paper asks who controls "
                "their quays now and proposes that ministers fund the crews.")
    text = ("HarbRxiv  >  ports  >  harbrxiv:2603.00412\nSearch...   Help | Advanced Search\n\n"
            "Keep the Harbours Open to Allies\n\nAnn Lee, Bo Chan\n\n    " + abstract + "\n\n"
            "Comments: 12 pages, 1 figure\nSubjects: Maritime Security (ports.MS)\nCite as: harbrxiv:2603.00412 [ports.MS]\n\n"
            "Submission history\nFrom: Ann Lee [view email]\n[v1] Tue, 3 Mar 2026 10:12:00 UTC (210 KB)\n[v2] Fri, 6 Mar 2026 09:00:00 UTC (212 KB)\n\n"
            "Access Paper:  View PDF   TeX Source\nBookmark   BibTeX citation\n\n" + "-" * 60 + "\n\n"
            "Keep the Harbours Open to Allies\n\nAnn Lee¹, Bo Chan¹ ²\n\n1 Northern Harbour Institute, Kiel\n2 Department of Politics, University of Gdańsk\n\n"
            "Abstract\n\n" + abstract + "\n\n1 Introduction\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open to Allies", "2026-03-03")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Northern Harbour Institute, Kiel"),
                                                               ("Bo Chan", "Northern Harbour Institute, Kiel; University of Gdańsk")]
    texts = body_texts(layout)
    assert texts[:2] == ["Abstract", abstract] and texts.count(abstract) == 1
    assert not any(word in t for t in texts for word in ("Subjects", "Cite as", "[v1]", "Bookmark", "Access Paper"))


def test_the_authors_thanks_under_their_label_after_the_text_are_no_text():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nAcknowledgements\n\nWe thank the harbour masters of Kiel and Gdańsk "
            "for comments on an earlier draft, and two reviewers for their suggestions. Any errors are our own.\n")
    _, layout = _head_fields(text)
    assert body_texts(layout)[-1].endswith(_PROSE.split(". ")[-1]) and not any("We thank" in t for t in body_texts(layout))


def test_thanks_in_the_argument_are_text():
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nWe thank the allies for their ships, but thanks will not pay the crews.\n"
    _, layout = _head_fields(text)
    assert body_texts(layout)[-1] == "We thank the allies for their ships, but thanks will not pay the crews."


def test_a_masthead_in_capitals_wrapped_over_two_lines():
    text = "NORTHERN HARBOUR INSTITUTE\nFOR MARITIME AFFAIRS\n\nKeep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n"
    brief, _ = _head_fields(text)
    assert (brief.publisher, brief.title) == ("Northern Harbour Institute for Maritime Affairs", "Keep the Harbours Open")


def test_a_masthead_with_its_town_names_the_publisher_without_it():
    brief, _ = _head_fields("Northern Harbour Institute, Kiel\n\nKeep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert brief.publisher == "Northern Harbour Institute"


def test_a_masthead_over_a_kicker_in_capitals_keeps_its_name():
    text = "NORTHERN HARBOUR INSTITUTE\nANALYSIS\n\nKeep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n"
    brief, _ = _head_fields(text)
    assert brief.publisher == "Northern Harbour Institute"


@pytest.mark.parametrize("line, expected", [
    ("Lange Voorhout 1, The Hague | www.harbour-institute.example", True),
    ("Havnegade 12, 1058 Copenhagen · www.harbour-institute.example", True),
    ("Article 5, The Treaty | www.harbour-institute.example/treaty", False),
    ("UN Security Council – Resolution 2231, Iran", False),
])
def test_an_address_without_a_street_word_beside_a_web_address_is_boilerplate(line, expected):
    assert P.is_boilerplate(line) is expected


def test_a_publications_name_over_its_menu_is_its_masthead_when_its_copyright_names_it():
    """"THE HARBOUR LEDGER" over the site's menu is no title when "© 2026 The Harbour Ledger" at the foot names it."""
    text = ("THE HARBOUR LEDGER\nAnalysis   Data   Podcasts   About   Subscribe\n\nANALYSIS / PORTS\n\nKeep the Harbours Open to Allies\n\n"
            + _PROSE + "\n\n© 2026 The Harbour Ledger. All rights reserved.\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.publisher) == ("Keep the Harbours Open to Allies", "Harbour Ledger")


def test_a_title_in_capitals_that_the_copyright_does_not_name_stays_the_title():
    text = "KEEP THE HARBOURS OPEN\n\n" + _PROSE + "\n\n© 2026 The Harbour Ledger. All rights reserved.\n"
    brief, _ = _head_fields(text)
    assert brief.title == "KEEP THE HARBOURS OPEN"


def test_a_newsletter_whose_contents_list_its_items_gives_the_first_item():
    """A newsletter sent as plain text: "IN THIS ISSUE" lists its items, each under a rule with its number; the first is
    the text (its heading the title, in the case the list gives it; its byline the authors), the others are listed."""
    rule = "=================================================="
    text = ("From: Harbour Briefing <briefing@harbour.example>\nSubject: Harbour Briefing #12 | Ports in danger\nDate: Thu, 05 Mar 2026 08:00:12 +0000\n\n"
            "Having trouble reading this e-mail? View it in your browser:\nhttps://harbour.example/briefing/12\n\n" + rule + "\nHARBOUR BRIEFING  |  No. 12  |  5 March 2026\nNorthern Harbour Institute, Kiel\n" + rule + "\n\n"
            "IN THIS ISSUE\n  1. Keep the Harbours Open: Why Allies Need the Ports\n  2. Events\n\n"
            + rule + "\n1. KEEP THE HARBOURS OPEN: WHY ALLIES NEED THE PORTS\nBy Ann Lee and Bo Chan\n" + rule + "\n\n" + _PROSE + "\n\n"
            + rule + "\n2. EVENTS\n" + rule + "\n\n* 12 March 2026, Kiel: launch of the harbour report.\n* 26 March 2026, online: a roundtable on ports.\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Keep the Harbours Open: Why Allies Need the Ports"
    assert [a.name for a in brief.authors] == ["Ann Lee", "Bo Chan"] and brief.date == "2026-03-05"
    assert body_texts(layout) == [_PROSE]
    assert {"2. EVENTS", "* 26 March 2026, online: a roundtable on ports.", "IN THIS ISSUE"} <= {r.text for r in layout.removed}


_FRENCH = ["Les ports du nord ont été vendus pendant une décennie de commerce rapide. Les acheteurs sont venus de l'étranger et sont restés sur les quais.",
           "Les ministres ont trouvé l'argent pour les grues et les clôtures, mais personne n'a dit qui paierait les équipages.",
           "Les alliés attendent une réponse, et leurs navires font la queue au large pendant que les ports restent fermés."]
_ENGLISH = ["The ports of the north were sold in a decade of fast trade. The buyers came from abroad and stayed on the quays.",
            "The ministers found the money for cranes and fences, but nobody has said who would pay for the crews.",
            "The allies are waiting for an answer, and their ships queue offshore while the ports stay closed."]


def test_a_bilingual_edition_gives_its_english_text_and_lists_the_other():
    """Each line of the head and each paragraph given twice, in French and then in English: the English title, byline,
    post and paragraphs; the French paragraphs are listed as the same text in the other language."""
    body = "\n\n".join(f"{fr}\n\n{en}" for fr, en in zip(_FRENCH, _ENGLISH, strict=True))
    text = ("Opinion · Tribune\n\nDes ports ouverts aux alliés\nHarbours Open to Allies\n\nPar / By Ann Lee\n"
            "Directrice, Institut des ports du Nord / Director, Northern Harbour Institute\n\n4 mars 2026 | 4 March 2026\n\n" + body + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Harbours Open to Allies", "2026-03-04") and "subtitle" not in brief.evidence
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Northern Harbour Institute")]
    assert body_texts(layout) == _ENGLISH
    assert set(_FRENCH) <= {r.text for r in layout.removed}


@pytest.mark.parametrize("line, publisher", [
    ("© Le Courrier du Léman SA, Genève", "Le Courrier du Léman"),
    ("© 2026 Harbour Media AG. All rights reserved.", "Harbour Media"),
    ("© 2026 SA Harbour Institute", "SA Harbour Institute"),
])
def test_a_companys_legal_form_after_its_name_is_no_part_of_it(line, publisher):
    assert P.publisher_from(line) == publisher


def test_an_english_title_with_a_hyphenated_word_over_its_subtitle_is_no_bilingual_pair():
    brief, _ = _head_fields("De-risking Without Illusions\nEurope's Economic Security Toolbox and China\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert brief.title == "De-risking Without Illusions"


def test_a_quotation_in_french_inside_an_english_text_stays():
    text = ("Harbours Open to Allies\n\nBy Ann Lee\n\n" + _ENGLISH[0] + "\n\n" + _FRENCH[0] + "\n\n" + _ENGLISH[1] + "\n\n" + _ENGLISH[2] + "\n")
    _, layout = _head_fields(text)
    assert _FRENCH[0] in body_texts(layout)

# Misreadings a review of the rules above found (2026-11-30), each a text the rule must leave as it is.
def test_thanks_that_go_on_to_argue_are_the_text():
    last = ("We are grateful to the harbour councils for their feedback on the first draft of the rules, which showed that the "
            "ministry's own traffic figures are years out of date. The ministry should count the ships again before the fund opens.")
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + last + "\n")
    assert body_texts(layout)[-1] == last


def test_a_line_of_segments_with_a_place_and_date_inside_the_text_is_no_imprint():
    events = "Harbour resilience roundtable · Baltic Ports Institute · Riga, March 2024"
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + events + "\n\n" + _PROSE.replace("harbour", "port") + "\n"
    brief, layout = _head_fields(text)
    assert events in body_texts(layout) and brief.date is None and brief.publisher is None


def test_a_label_over_short_lines_twice_without_cutting_a_sentence_is_no_gloss():
    """A table's source under "SOURCE", twice, in a text set in a narrow column: the text's own."""
    para = ("The ports of the north handle more cargo than they did ten years ago, and most of it\n"
            "comes from abroad on ships that the ports do not own and cannot inspect in full.")
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + para + "\nSOURCE\nPort statistics,\nEurostat (2026).\n\n" + para + "\nSOURCE\nPort statistics,\nEurostat (2026).\n")
    _, layout = _head_fields(text)
    assert not any("margin" in r.reason for r in layout.removed)


def test_a_tags_view_keeps_a_wrapped_line_that_opens_with_a_tags_name():
    text = ("H1 Keep the Harbours Open\n\nP The harbours of the north were sold in a decade in which trade grew faster than\n"
            "Part of the problem is money, and the rest is time that the ministers did not take.\n\n"
            "H2 The money\n\nP Ministers found the money for cranes and fences.\n\nP Nobody has yet said who pays the crews.\n")
    _, layout = _head_fields(text)
    assert any("faster than Part of the problem is money" in t for t in body_texts(layout))


def test_a_reviewers_comment_ends_with_its_own_line():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nComment [AL1]: Bo Chan: source for this?\n"
            "The railways that serve the ports run on two gauges, and the trains must stop at the border.\n"
            "Governments should fund the railways before the ports.\n")
    _, layout = _head_fields(text)
    assert any(t.startswith("The railways that serve the ports run on two gauges") for t in body_texts(layout))


def test_a_version_list_under_a_title_is_no_preprint_page():
    text = ("Keep the Harbours Open\nAnn Lee, Northern Harbour Institute\n[v1] 3 February 2026: first draft for the workshop\n"
            "[v2] 17 February 2026: comments from the workshop added\n[v3] 2 March 2026: figures updated\n[v4] 9 March 2026: published\n\n"
            + _PROSE + "\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Keep the Harbours Open"


def test_letters_in_brackets_that_score_a_list_are_no_cables_markings():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n1. (C) Does any ministry own the chain from quay to depot?\n"
            "2. (C) Are the railway gauges compatible at the border?\n3. (B) Is there a budget line for the crews?\n4. (A) Do the ports have cranes?\n")
    _, layout = _head_fields(text)
    assert any("(C) Does any ministry own the chain" in t for t in body_texts(layout))


def test_a_word_of_the_text_ending_in_a_stop_is_no_end_mark():
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + "\n\n".join([_PROSE] * 3) + "\n\nWould the allies pay?\n\nFine.\n\nThe allies agree.\n"
    _, layout = _head_fields(text)
    assert body_texts(layout)[-1] == "The allies agree."


def test_a_ranked_list_framed_by_drawn_rules_is_no_notes():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n──────────\n1 Gdańsk, 52 million tonnes\n2 Klaipėda, 40 million tonnes\n"
            "3 Riga, 21 million tonnes\n──────────\n\nNorthern Harbour Institute                                   1\n\n" + _PROSE + "\n\n"
            "Northern Harbour Institute                                   2\n")
    _, layout = _head_fields(text)
    assert layout.notes == {}


def test_a_running_header_beside_the_authors_name_names_no_publisher():
    page = "Ann Lee          European Defence Agency          {n}"
    brief, _ = _head_fields(_two_pages(page))
    assert brief.publisher is None


def test_a_summary_and_key_judgements_in_english_are_no_abstract_and_translation():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\nSummary\n\nThe harbours of the north are exposed to sabotage, and the allies have not yet agreed who guards them.\n\n"
            "Key judgements\n\nRussia is likely to probe the northern harbours with sabotage long before any open attack on them.\n\n"
            "The money\n\nNo ministry has paid for guards at the quays, and none has promised to do so this year.\n")
    _, layout = _head_fields(text)
    assert "Russia is likely to probe the northern harbours with sabotage long before any open attack on them." in body_texts(layout)



def test_a_committees_summary_record():
    """A parliamentary committee's record: the assembly and its committee over a document symbol and a labelled date,
    the record's kind and the meeting under it, who was present (no authors), the items, and a footer with its page."""
    text = ("NORTHERN PARLIAMENTARY ASSEMBLY\nCommittee on Harbours and Shipping\n\n"
            "NPA/HS (2026) PV 02                                   Original: English\n"
            "Document date: 5 February 2026                       Restricted until approval\n\n\nSUMMARY RECORD\n\n"
            "of the meeting held in Kiel on Thursday 22 January 2026\n\n\nPresent:\nMr Ole Hansen (Chair, Denmark)\nMs Ana Ruiz (Spain)\n\n"
            "Also present: Dr Bo Chan, Director, Harbour Council (Item 2)\n\nApologies: Mr Jan Novak (Czechia)\n\nSecretariat: Ms Claire Dufour\n\n\n"
            "Item 1: Adoption of the draft agenda\n\nThe Chair opened the meeting at 09.35. The draft agenda was adopted without amendment.\n\n"
            "Item 2: Ports in a crisis\n\n" + _PROSE + "\n\nItem 3: Date of the next meeting\n\nThe next meeting will be held in Kiel on 19 February 2026.\n\n\n"
            "NPA/HS (2026) PV 02 — page 2 of 2\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher, brief.authors) == ("SUMMARY RECORD", "2026-02-05", "Northern Parliamentary Assembly", [])
    texts = body_texts(layout)
    assert texts[1] == "The Chair opened the meeting at 09.35. The draft agenda was adopted without amendment."
    assert texts[-1] == "The next meeting will be held in Kiel on 19 February 2026."
    assert not any(t.startswith(("Also present", "Apologies", "Secretariat", "Mr Ole Hansen")) for t in texts)


def test_a_paragraph_that_opens_with_present_is_text():
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nPresent: the ministers of five states, none of whom had a plan.\n"
    _, layout = _head_fields(text)
    assert body_texts(layout)[-1] == "Present: the ministers of five states, none of whom had a plan."

def test_a_web_page_with_its_labels_in_serbian():
    text = ("Keep the Harbours Open to Allies\n\nAutori: Ana Petrović i Paul Brenner\nObjavljeno: 12. februar 2026.\n\n" + _PROSE + "\n\n"
            + _PROSE + " Last words.\n\nO autorima\nAna Petrović is a research fellow at the Centar za regionalnu bezbednost in Belgrade. "
            "Paul Brenner is a senior researcher at the Harbour Institute.\n\nPodeli: Facebook | X | LinkedIn | E-mail | Štampaj\n"
            "Tagovi: Zapadni Balkan, proširenje EU, Srbija\n\nSrodni tekstovi\n› Bosna posle izbora\n› The ports of the north\n\n"
            "Prijavite se na naš bilten\nVaša e-mail adresa   [ Prijavi se ]\n\nCentar za regionalnu bezbednost · Kneza Miloša 21 · 11000 Beograd\n"
            "© 2026 Centar za regionalnu bezbednost. Sva prava zadržana. | Politika privatnosti | Kolačići\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Petrović", "Centar za regionalnu bezbednost"), ("Paul Brenner", "Harbour Institute")]
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


@pytest.mark.parametrize("line, rule", [("Srodni tekstovi", "related"), ("Prijavite se na naš bilten", "newsletter"),
                                        ("Tagovi: Zapadni Balkan, proširenje EU, Srbija", "tags")])
def test_serbian_labels_of_a_web_page(line, rule):
    assert F.web_furniture(line)[0] == rule


def test_a_bio_names_a_slavic_institution_whose_name_goes_on_in_lower_case():
    assert [a.affiliation for a in P.parse_bios("Ana Petrović is a research fellow at the Centar za regionalnu bezbednost in Belgrade.")] == [
        "Centar za regionalnu bezbednost"]
    assert P.label("O autorima") in P.BIO_LABELS


def test_a_bio_wrapped_after_an_open_word_before_the_institutions_next_word():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee and Paul Brenner\n\n" + _PROSE + "\n\nAbout the authors\n\n"
            "Ann Lee is a research fellow at the Aegean Centre for\nStrategic Studies in Athens, where she works on ports.\n")
    brief, _ = _head_fields(text)
    assert brief.authors[0].affiliation == "Aegean Centre for Strategic Studies"


def test_a_heading_that_ends_on_an_open_word_stays_apart_from_the_line_under_it():
    layout = parse("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\nWhat the ports are asking for\nRadars come first.\n")
    assert body_texts(layout)[-2:] == ["What the ports are asking for", "Radars come first."]


@pytest.mark.parametrize("label", ["More commentary", "More analysis", "More on this topic", "More like this"])
def test_a_more_label_over_related_links(label):
    assert F.web_furniture(label)[0] == "related"


def test_a_sentence_opening_more_analysis_stays_text():
    assert F.web_furniture("More analysis of the ports is needed before the ministers decide.") is None


def test_a_newsletters_other_items_after_its_main_one():
    text = ("Keep the Harbours Open to Allies\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + _PROSE + " Last words.\n\n━━━━━━━━━━━━━━━━━━━━\n\n"
            "ALSO THIS WEEK\n\nThe radars of the north\nOur correspondent looks at what the new radars mean for the ports.\nRead more →\n\n"
            "Event: Ports and power\nOnline panel, 26 March 2026, 14:00 CET.\nRegister →\n\n━━━━━━━━━━━━━━━━━━━━\n\n"
            "Forward to a friend | Update your preferences | Unsubscribe\n")
    layout = parse(text)
    assert body_texts(layout) == [_PROSE, _PROSE + " Last words."]


def test_an_org_mode_source_gives_its_header_headings_and_notes():
    text = ("#+TITLE: Keep the Harbours Open\n#+SUBTITLE: Why allies need the northern ports\n#+AUTHOR: Ann Lee\n#+DATE: <2026-03-04 Wed>\n"
            "#+OPTIONS: toc:nil\n\n* The ports\n  :PROPERTIES:\n  :CUSTOM_ID: ports\n  :END:\n"
            "The harbours of the north were sold in a decade of fast trade.[fn:1] The buyers came from abroad, as [[https://example.org/report][the report]] shows.\n\n"
            "# TODO check the figures\n** The money\nMinisters found the money for cranes and fences, but not for the crews who would run them.\n\n"
            "* Footnotes\n\n[fn:1] Port authority, Annual Report 2025.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Keep the Harbours Open", ["Ann Lee"], "2026-03-04")
    assert body_texts(layout) == ["The ports", "The harbours of the north were sold in a decade of fast trade.[1] The buyers came from abroad, as the report shows.",
                                  "The money", "Ministers found the money for cranes and fences, but not for the crews who would run them."]
    assert layout.notes == {1: "Port authority, Annual Report 2025."}
    assert "# TODO check the figures" in {r.text for r in layout.removed}


def test_an_asciidoc_source_gives_its_header_headings_and_inline_notes():
    text = ("= Keep the Harbours Open\nAnn Lee <ann@harbour.example>\nv1.2, 4 March 2026: published\n:toc: left\n:lang: en\n\n"
            "[.lead]\nThe harbours of the north were sold in a decade of fast trade.footnote:[Port authority, Annual Report 2025.] The buyers stayed.\n\n"
            "== The money\n\nimage::cranes.png[Cranes at the quay]\n\nMinisters found the money for cranes and fences, but not for the crews who would run them.\n\n"
            "[NOTE]\n====\nFigures are rounded.\n====\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Keep the Harbours Open", ["Ann Lee"], "2026-03-04")
    assert body_texts(layout) == ["The harbours of the north were sold in a decade of fast trade.[1] The buyers stayed.", "The money",
                                  "Ministers found the money for cranes and fences, but not for the crews who would run them.", "Figures are rounded."]
    assert layout.notes == {1: "Port authority, Annual Report 2025."}


def test_a_videos_captions_are_read_as_paragraphs():
    """SubRip cues: their numbers, timings and sound cues go; the text runs on across cues, and a paragraph ends
    where a sentence ends before a pause."""
    text = ("1\n00:00:00,000 --> 00:00:01,500\n[MUSIC]\n\n2\n00:00:01,600 --> 00:00:05,000\nThe harbours of the north\nwere sold to buyers from abroad.\n\n"
            "3\n00:00:05,100 --> 00:00:08,000\nThe buyers stayed on the quays.\n\n4\n00:00:11,000 --> 00:00:14,000\nNow the ministers ask\n\n"
            "5\n00:00:14,100 --> 00:00:17,000\nwho would pay the crews.\n")
    brief, layout = _head_fields(text)
    assert brief.title_derived
    assert body_texts(layout) == ["The harbours of the north were sold to buyers from abroad. The buyers stayed on the quays.",
                                  "Now the ministers ask who would pay the crews."]
    assert {"[MUSIC]", "00:00:01,600 --> 00:00:05,000", "2"} <= {r.text for r in layout.removed}


def test_a_government_portals_page():
    """A government's publishing portal: its cookie banner, the department the paper is "From:", "Published" and
    "Last updated", and at the foot whether the page was useful, related topics, its updates and its licence."""
    text = ("Skip to main content\n\nCookies on this government service\nWe use some essential cookies to make this service work.\n"
            "[Accept analytics cookies] [Reject analytics cookies] [View cookies]\n\nHome > Transport > Ports\n\nPolicy paper\n\n"
            "Keep the harbours open: priorities for 2026\n\nFrom: Department for Ports and Shipping\nPublished 23 October 2025\n"
            "Last updated 5 November 2025 — See all updates\n\n" + _PROSE + "\n\n" + _PROSE.replace("harbour", "port") + "\n\n"
            "Is this page useful?  [Yes]  [No]\nReport a problem with this page\n\nExplore the topic\nPorts\nShipping\n\n"
            "Updates to this page\nPublished 23 October 2025\nLast updated 5 November 2025\n5 November 2025: Corrected a figure.\n\n"
            "All content is available under the Open Government Licence v3.0, except where otherwise stated\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the harbours open: priorities for 2026", "2025-10-23", "Department for Ports and Shipping")
    assert body_texts(layout) == [_PROSE, _PROSE.replace("harbour", "port")]


@pytest.mark.parametrize("byline", [
    "By Ann Lee (she/her), @annlee.bsky.social, and Bo Chan (he/him), @bochan",
    "By Ann Lee (they/them) and Bo Chan @bochan",
])
def test_a_byline_with_pronouns_and_handles_names_the_people(byline):
    text = f"Keep the Harbours Open\nWhy the allies need the northern ports\n\n{byline}\nJanuary 27, 2026 · 7 min read\n\n[Share on X] [Share on Bluesky] [Copy link]\n\n{_PROSE}\n"
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee", "Bo Chan"] and brief.title == "Keep the Harbours Open"
    assert body_texts(layout) == [_PROSE]


def test_an_organisations_meetings_coverage():
    """A press release of an organisation's meeting: its section under the masthead, a code and date, the meeting,
    a notice ("Not an official record") and a headline; the © line's links name no publisher."""
    text = ("Northern Harbour Council\nMeetings Coverage and Press Releases\nHome > Media > Meetings Coverage\n\nNHC/PR/2026/014 | 9 February 2026\n\n"
            "Committee on Ports, 47th Meeting (AM)\n\nFor information media • Not an official record\n\n"
            "Harbours Must Stay Open to Allied Ships, Committee Told, as Members Weigh Common Rules\n\n" + _PROSE + "\n\n"
            "For information media • Not an official record\n© Northern Harbour Council | Contact the Press Office | Subscribe to updates\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Harbours Must Stay Open to Allied Ships, Committee Told, as Members Weigh Common Rules",
                                                         "2026-02-09", "Northern Harbour Council")


def test_written_evidence_names_its_authors_in_its_title_and_is_dated_under_its_text():
    """"Written evidence submitted by Dr Ann Lee and Bo Chan, Harbour Institute (HBR0047)": the title, and the authors
    with their institute; "January 2026" alone under the last paragraph dates it."""
    title = "Written evidence submitted by Dr Ann Lee and Bo Chan, Northern Harbour Institute (HBR0047)"
    body = ["1. Summary", "1.1 " + _PROSE, "1.2 " + _PROSE.replace("harbour", "port")]
    text = "Committees > Ports Committee > Inquiries > Written evidence\n\n" + title + "\n\n" + "\n\n".join(body) + "\n\nJanuary 2026\n"
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == (title, "2026-01")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Northern Harbour Institute"), ("Bo Chan", "Northern Harbour Institute")]
    assert not any("January 2026" in t for t in body_texts(layout))


def test_a_title_about_evidence_submitted_by_a_state_names_no_author():
    title = "Evidence submitted by Russia to the tribunal is incomplete"
    brief, _ = _head_fields(title + "\n\n" + _PROSE + "\n")
    assert brief.title == title and brief.authors == []


def test_a_brief_in_rich_text_format_is_read_as_its_text(tmp_path):
    """RTF: the font and colour tables and the information group are no text; "\\'f8" and "\\u8217?" are letters;
    each note is numbered where it stands and listed under "Notes"; a paragraph is a paragraph."""
    from brieflib.ingest.read import read_source

    path = tmp_path / "brief.rtf"
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times;}}{\\colortbl;\\red0\\green0\\blue0;}"
                    "{\\info{\\title Draft}{\\author Someone}}\n\\pard\\plain{\\b Keep the Harbours Open}\\par\nS\\'f8ren Kj\\'e6rgaard\\par\n"
                    "The harbours\\u8217?s owners came from abroad.{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} Port authority, 2025.} "
                    "They stayed.\\par\n{\\*\\generator Some Writer 1.0;}}", encoding="ascii")
    assert read_source(path) == ("Keep the Harbours Open\n\nSøren Kjærgaard\n\nThe harbours’s owners came from abroad.[1] They stayed.\n\n"
                                 "Notes\n\n1 Port authority, 2025.\n")


def test_a_faxed_brief_without_its_cover_sheet_and_transmission_lines():
    """A fax: the machine's line at the top of every page (date, time, sender, "S.02/03") and a cover sheet (TELEFAX,
    whom to, from whom, the date it was sent, a greeting, a confidentiality notice) before the brief itself."""
    fax = "MAR-05-2026 09:{m}    HARBOUR INSTITUTE KIEL     +49 431 555 0100        S.0{n}/03"
    text = "\n".join([
        fax.format(m="14", n=1), "", "", "                              T E L E F A X", "", "",
        "An:         Büro Ann Lee, Brüssel", "Fax:        +32 2 555 0199", "Von:        Harbour Institute, Kiel", "Datum:      5. März 2026",
        "Seiten:     3 (inkl. Deckblatt)", "Betreff:    Policy Note 2/2026", "", "Sehr geehrte Frau Lee,", "",
        "anbei wie besprochen unsere aktuelle Policy Note.", "", "Mit freundlichen Grüßen", "J. Albrecht", "",
        "Diese Übermittlung ist vertraulich.", "", "",
        fax.format(m="15", n=2), "", "HARBOUR INSTITUTE  |  POLICY NOTE 2/2026  -  4 March 2026", "",
        "Keep the Harbours Open", "", "By Bo Chan and Ines Caldera", "", _PROSE, "",
        fax.format(m="16", n=3), "", _PROSE.replace("harbour", "port"), "",
    ])
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, [a.name for a in brief.authors]) == ("Keep the Harbours Open", "2026-03-04", ["Bo Chan", "Ines Caldera"])
    assert body_texts(layout) == [_PROSE, _PROSE.replace("harbour", "port")]


def test_a_syndicated_column_names_its_author_not_its_distributor():
    """"Distributed by Meridian Features" under the byline is the syndicate's credit; the editor's note on a correction
    and the agency's end mark ("-0-") under the text are no text."""
    text = ("(Syndicated) — ANALYSIS —\nSLUG: PORTS-OPED   WORDS: 690   FOR RELEASE: IMMEDIATE\n\nKeep the Harbours Open\n\n"
            "By Ann Lee\nDistributed by Meridian Features Syndicate\nMarch 9, 2026\n\n" + _PROSE + "\n\n" + _PROSE.replace("harbour", "port") + "\n\n"
            "EDITOR'S NOTE: An earlier version of this column misstated a year. The error has been corrected in this version.\n\n"
            "© 2026 Meridian Features Syndicate\n-0-\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"] and brief.date == "2026-03-09"
    assert body_texts(layout)[-1] == _PROSE.replace("harbour", "port")


def test_a_columns_name_over_its_title_and_a_dateline_without_a_year():
    text = ("Columns › Letters from Europe\n9 March 2026\n\nLETTER FROM KIEL\n\nThe City That Counts the Ships\n\nAnn Lee\n\n"
            "KIEL, March 6 — On the ferry to the naval base, a harbour pilot told me that he counts the ships that leave. " + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.dateline) == ("The City That Counts the Ships", "KIEL, March 6")
    assert body_texts(layout)[0].startswith("KIEL, March 6 — On the ferry")


def test_a_letter_from_a_place_alone_is_the_title():
    brief, _ = _head_fields("Letter from Kiel\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert brief.title == "Letter from Kiel"


def test_a_reports_executive_summary_published_apart():
    text = ("NORTHERN HARBOUR INSTITUTE\nReport | Published 12.01.2026\n\nEXECUTIVE SUMMARY\n\nKeep the Harbours Open\n"
            "Why the allies need the northern ports\n\nBy Ann Lee and Bo Chan\n\nThis is a summary of the full report, available at\n"
            "www.harbour.example/reports/ports. Figures and sources are given in the full report.\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors]) == ("Keep the Harbours Open", ["Ann Lee", "Bo Chan"])
    assert body_texts(layout) == [_PROSE]


# Misreadings a second review found in the rules above (2026-11-30): each a text that must come out as it is written.
def test_a_sentence_that_opens_with_present_and_a_name_is_text():
    sentence = "Present: Dr Okafor, who chaired the session, opened by warning that the ports' debt had doubled since 2020. Several members agreed."
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + sentence + "\n")
    assert sentence in body_texts(layout)


def test_a_fax_whose_brief_starts_on_its_cover_page_keeps_the_brief():
    text = ("TELEFAX\n\nTo:      Ministry of Transport\nFrom:    Harbour Institute\nDate:    4 March 2026\nPages:   2\nSubject: Ports\n\n"
            "Keep the Harbours Open\n\n" + _PROSE + "\n\nMAR-04-2026 09:15    HARBOUR INSTITUTE    +49 431 555 0100    S.02/02\n\n"
            + _PROSE.replace("harbour", "port") + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Keep the Harbours Open" and _PROSE in body_texts(layout)


def test_a_title_shaped_like_a_numbered_session_is_the_title():
    brief, _ = _head_fields("Harbour Policy Institute\nHuman Rights Council, 61st Session\nAna Ruiz\n4 March 2026\n\n" + _PROSE + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == ("Human Rights Council, 61st Session", ["Ana Ruiz"])


def test_written_evidence_by_two_people_of_two_institutes():
    title = "Written evidence submitted by Dr Ana Ruiz, Harbour Institute, and Professor Ben Ode, Nordic Centre for Ports (PSE0051)"
    body = "\n\n".join(["1. Summary", "1.1 " + _PROSE, "1.2 " + _PROSE.replace("harbour", "port")])
    brief, _ = _head_fields(title + "\n\n" + body + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ruiz", "Harbour Institute"), ("Ben Ode", "Nordic Centre for Ports")]


def test_notes_that_end_with_a_page_after_a_dash_are_notes():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\nThe ports' debt doubled.[1] Nobody noticed.[2] " + _PROSE + "\n\nNotes\n\n"
            "[1] Ministry of Transport, Annual Port Report 2025 – p. 14\n[2] Ibid. – p. 22\n")
    _, layout = _head_fields(text)
    assert layout.notes == {1: "Ministry of Transport, Annual Port Report 2025 – p. 14", 2: "Ibid. – p. 22"}


def test_a_timetable_of_months_at_the_end_of_the_text_stays():
    table = "Timetable\n\nGuarantee scheme approved by parliament\nSeptember 2025\n\nFirst refinancing round closes\nNovember 2025\n"
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n4 March 2026\n\n" + _PROSE + "\n\n" + table)
    assert "November 2025" in " ".join(body_texts(layout))


def test_a_figures_alternative_text_wrapped_over_two_lines_is_listed_whole():
    text = ("H1 Keep the Harbours Open\n\nP The harbours of the north were sold in a decade of fast trade.\n\n"
            "Figure: Bar chart comparing the debt of the ports of Gdansk, Klaipeda and Riga\nbetween 2019 and 2025, in millions of euros.\n\n"
            "H2 The money\n\nP Ministers found the money for cranes.\n\nP Nobody has yet said who pays the crews.\n")
    _, layout = _head_fields(text)
    assert not any("between 2019 and 2025" in t for t in body_texts(layout))


def test_an_org_files_blocks_and_captions():
    text = ("#+TITLE: Keep the Harbours Open\n#+AUTHOR: Ann Lee\n\n* The ports\n#+BEGIN_QUOTE\nThe quays are the allies' doors.\n#+END_QUOTE\n"
            "#+CAPTION: Port debt, 2019-2025\n" + _PROSE + "\n")
    _, layout = _head_fields(text)
    texts = " ".join(body_texts(layout))
    assert "BEGIN_QUOTE" not in texts and "END_QUOTE" not in texts and "The quays are the allies' doors." in texts and "Port debt, 2019-2025" in texts


def test_an_asciidoc_files_comment_blocks_links_and_block_titles():
    text = ("= Keep the Harbours Open\nAnn Lee\n:toc:\n\n////\nReviewer: check the Riga figure. Do not publish yet.\n////\n\n"
            "See https://ports.example/report[the ministry's own report] and <<costs,the section on costs>>.\n\n.Port debt\n" + _PROSE + "\n")
    _, layout = _head_fields(text)
    texts = " ".join(body_texts(layout))
    assert "Reviewer" not in texts and "See the ministry's own report and the section on costs." in texts and ".Port debt" not in texts


def test_a_caption_that_opens_a_bracket_is_text():
    text = ("1\n00:00:01,000 --> 00:00:04,000\nThe ports carry most of the trade\n\n2\n00:00:04,100 --> 00:00:07,000\n(and that is the part\n\n"
            "3\n00:00:07,100 --> 00:00:10,000\nthe ministry ignores) of the north.\n")
    _, layout = _head_fields(text)
    assert "(and that is the part the ministry ignores)" in " ".join(body_texts(layout))


def test_rtf_tables_unicode_counts_and_characters_beyond_the_basic_plane():
    from brieflib.ingest.rtf import rtf_text

    source = ("{\\rtf1\\ansi\\ansicpg0{\\headerf Harbour Institute - Confidential}\\uc0 The port\\u8217 s debt\\par\n"
              "\\uc2 Ships\\u8212\\'97\\'97 cranes\\par\n\\trowd Port\\cell 2019\\cell\\row Riga\\cell 120\\cell\\row\n"
              "\\pard\\uc1 Emoji \\u-10179?\\u-8542? here\\par}")
    assert rtf_text(source) == "The port’s debt\n\nShips— cranes\n\nPort\t2019\nRiga\t120\n\nEmoji 🚢 here\n"


def test_a_title_in_capitals_that_opens_with_of_under_a_masthead_is_the_title():
    brief, _ = _head_fields("HARBOUR POLICY INSTITUTE\nOF PORTS AND POWER\n\nAna Ruiz\n\n4 March 2026\n\n" + _PROSE + "\n")
    assert (brief.publisher, brief.title, [a.name for a in brief.authors]) == ("Harbour Policy Institute", "OF PORTS AND POWER", ["Ana Ruiz"])


def test_figures_and_lists_without_english_words_in_an_english_text_are_no_translation():
    figures = "Key figures: Gdansk debt EUR 1.2bn (2025); Klaipeda EUR 0.8bn; Riga EUR 0.6bn; combined utilisation 61%, down nine points since 2021."
    asks = "Recommendations: joint dredging fund; pooled procurement; harmonised tariffs; EU guarantee covering refinancing costs until 2030."
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + "\n\n".join([_PROSE, figures, _PROSE.replace("harbour", "port"), asks, _PROSE]) + "\n"
    _, layout = _head_fields(text)
    assert figures in body_texts(layout) and asks in body_texts(layout)


@pytest.mark.parametrize("notice", [
    "Diese Übersetzung wurde maschinell erstellt und kann Fehler enthalten.",
    "This translation was produced automatically and may contain errors.",
    "[Translated automatically from German]  Show original",
])
def test_a_machine_translations_notice_is_no_text(notice):
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nAnn Lee is a fellow at the Northern Harbour Institute.\n\n" + notice + "\n"
    brief, layout = _head_fields(text)
    assert body_texts(layout) == [_PROSE] and brief.authors[0].affiliation == "Northern Harbour Institute"


def test_a_journal_articles_first_page_from_its_publisher():
    """The journal's citation line and masthead, "Research brief", a question title in sentence case after its main
    title, authors marked with letters, the letters' affiliations under a blank line, the authors' addresses and the
    article's history on one line (the date it was published online is the date)."""
    text = ("Journal of Ports and Power 14 (2026) 100238\n\nContents lists available at ScienceScope\nJournal of Ports and Power\njournal homepage: www.pp.example.org\n\n"
            "Research brief\n\nKeeping the harbours open: Can Europe's navies guard the northern ports?\n\n"
            "Ann Lee a,*, Bo Chan b\n\na Northern Harbour Institute, Kiel, Germany\nb Baltic Ports Observatory, Riga, the Republic of Latvia\n\n"
            "* Corresponding author.\nE-mail addresses: a.lee@harbour.example (A. Lee), b.chan@ports.example (B. Chan).\n\n"
            "Article history: Received 12-11-2025; Accepted 20-01-2026; Published online 17-02-2026\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keeping the harbours open: Can Europe's navies guard the northern ports?", "2026-02-17")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Northern Harbour Institute"), ("Bo Chan", "Baltic Ports Observatory")]
    assert body_texts(layout) == [_PROSE]


def test_a_funded_projects_deliverable():
    """A project's name, acronym and grant over "Deliverable D3.2" and its title; its table of properties (work package,
    authors with their institutes, dissemination level, the date it was submitted); the funder's disclaimer."""
    text = ("[EU emblem] Funded by\nthe European Union\n\nHARBOURS-SEC\nSecuring Europe's Northern Harbours\nGrant Agreement No. 101187654 — HORIZON-CL3\n\n"
            "Deliverable D3.2\n\nKeep the Harbours Open: Gaps and Options\n\nWork package            WP3 – Ports\nLead beneficiary        Northern Harbour Institute\n"
            "Authors                 Ann Lee (Northern Harbour Institute)\n                        Bo Chan (Baltic Ports Observatory)\n"
            "Internal reviewers      Cy Diaz\nDissemination level     PU – Public\nContractual due date    31/01/2026 (M24)\nActual submission date  2026-02-27\n\n"
            "Funded by the European Union. Views and opinions expressed are however those of the author(s) only. Neither the European Union nor "
            "the granting authority can be held responsible for them.\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Keep the Harbours Open: Gaps and Options", "2026-02-27")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Northern Harbour Institute"), ("Bo Chan", "Baltic Ports Observatory")]
    assert body_texts(layout) == [_PROSE]


def test_several_names_over_their_one_institution():
    text = ("Keep the Harbours Open: How the Northern Ports Expose the Limits\nof Allied Planning\n\nAnn Lee, Bo Chan\n"
            "Northern Harbour Institute, Kiel, Germany\n\n18 lutego 2026\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Northern Harbour Institute"), ("Bo Chan", "Northern Harbour Institute")]
    assert brief.date == "2026-02-18"


def test_two_names_over_a_line_of_prose_keep_no_affiliation():
    brief, _ = _head_fields("Keep the Harbours Open\n\nAnn Lee, Bo Chan\nThe Institute has long warned that the ports are exposed.\n\n" + _PROSE + "\n")
    assert all(a.affiliation is None for a in brief.authors)


def test_contributors_with_roles_under_the_text_name_its_authors():
    text = ("Keep the Harbours Open\n\nMarch 2026\n\n" + _PROSE + "\n\nContributors\nAnn Lee — Lead author\nBo Chan — Co-author\n"
            "Cy Diaz — Research assistance\nDee Ross — Editor\n\nPublished by the Northern Harbour Institute, Kiel.\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee", "Bo Chan"] and body_texts(layout) == [_PROSE]


def test_an_explainers_folding_sections_and_its_logo_beside_its_name():
    text = ("Skip to main content\nNHI  Northern Harbour Institute\nResearch   Explainers   Events   About   Search\n\nEXPLAINER\n\n"
            "Keep the harbours open: what is on the table?\n\nPublished 3 February 2026\n\nExpand all sections  |  Collapse all\n\n"
            "Who pays? +\n\n" + _PROSE + "\nShow less\n\n© 2026 Northern Harbour Institute. Privacy | Cookies | Contact\n")
    brief, layout = _head_fields(text)
    assert (brief.publisher, brief.date) == ("Northern Harbour Institute", "2026-02-03")
    assert not any(t in ("Show less", "Expand all sections  |  Collapse all") for t in body_texts(layout))


def test_a_translation_published_in_english_after_its_original():
    text = ("Keep the Harbours Open: Why the North Needs Its Ports\n\nTereza Nováková\n\nPublished in English: 2026-02-17\n"
            "First published in Czech as \"Udržte přístavy otevřené\" on 3 February 2026.\nTranslated from the Czech by Martin Kessler. Edited by Ann Lee.\n\n"
            + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.date, [a.name for a in brief.authors]) == ("2026-02-17", ["Tereza Nováková"]) and body_texts(layout) == [_PROSE]


def test_an_institutes_acronym_in_brackets_after_its_name_in_a_bio_is_no_part_of_it():
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nAnn Lee is head of the ports programme at the Northern Harbour Institute (NHI) in Kiel.\n"
    brief, _ = _head_fields(text)
    assert brief.authors[0].affiliation == "Northern Harbour Institute"


def test_a_logos_place_and_a_motto_beside_the_masthead():
    text = "[LOGO] NORTHERN HARBOUR NETWORK — keeping Europe's ports open\n\nBRIEFING NOTE\nPublished 12.01.2026\n\nKeep the Harbours Open\n\n" + _PROSE + "\n"
    brief, _ = _head_fields(text)
    assert (brief.publisher, brief.title, brief.date) == ("Northern Harbour Network", "Keep the Harbours Open", "2026-01-12")


def test_a_printed_intranet_page():
    text = ("Printed from: https://intranet.ports.internal/briefings/open-harbours  on 30/10/2026 09:14 by user amorgan\n\nClassification: OFFICIAL\n\n"
            "Department for Ports and Shipping | Intranet\nHome > Policy > Briefings\n\nYou are logged in as: A. Morgan (Ports)   [Log out]\n\n"
            "Keep the Harbours Open\nInternal briefing for staff working on ports\n\nPrepared by: Ann Lee, Ports Team\nPage owner: Ports Directorate\n"
            "Published: 15 September 2026\nLast reviewed: 2 October 2026\nNext review due: 2 April 2027\n\n"
            "This page is for internal use. Do not forward outside the department without the page owner's approval.\n\n" + _PROSE + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open", "2026-09-15", "Department for Ports and Shipping")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Ports Team")]
    assert body_texts(layout) == [_PROSE]


def test_a_members_speech_in_a_parliaments_official_report():
    """The report's columns, times and stage notes go; the member's label names the author; the Chair's words and
    the next turns go; the member's own later turn stays, without its label."""
    text = ("HOUSE OF ASSEMBLY\nOFFICIAL REPORT OF DEBATES\n(Uncorrected)\n\nWednesday 21 January 2026\n\nColumn 412\n\nKEEP THE HARBOURS OPEN\n\n"
            "Motion for debate\n\n2.47 pm\n\nMs Ann Lee (Kiel North): I beg to move, That this House supports the harbours plan.\n\n" + _PROSE + "\n\n"
            "[Interruption.]\n\nThe Speaker: Order. The hon. Lady must be heard.\n\nMs Lee: I am grateful, Mr Speaker.\n\nColumn 413\n\n"
            + _PROSE.replace("harbour", "port") + " I commend the motion to the House.\n\n2.59 pm\n\nMr Bo Chan (Riga South): I shall oppose it.\n\n"
            "© Parliamentary copyright House of Assembly 2026.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher, [a.name for a in brief.authors]) == (
        "KEEP THE HARBOURS OPEN", "2026-01-21", "House of Assembly", ["Ann Lee"])
    assert body_texts(layout) == ["I beg to move, That this House supports the harbours plan.", _PROSE, "I am grateful, Mr Speaker.",
                                  _PROSE.replace("harbour", "port") + " I commend the motion to the House."]


# Misreadings a third review found in the rules above (2026-11-30).
def test_a_byline_of_several_names_as_the_last_line_is_read():
    brief, _ = _head_fields("Keep the Harbours Open in the Baltic Sea Region\n\nBy Ann Lee and Bo Chan\n")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Bo Chan"]


@pytest.mark.parametrize("below", ["Harbour Institute, Vistula Centre for Economic Security", "Harbour Institute and Vistula Centre for Economic Security"])
def test_two_institutions_under_two_names_give_neither_to_both(below):
    brief, _ = _head_fields(f"Keep the Harbours Open\n\nAnn Lee, Bo Chan\n{below}\n\n{_PROSE}\n")
    assert all(a.affiliation is None for a in brief.authors)


def test_an_institute_and_a_date_under_the_names_give_the_date():
    brief, _ = _head_fields("Keep the Harbours Open\n\nBy Ann Lee and Bo Chan\nHarbour Institute, Kiel, 12 March 2026\n\n" + _PROSE + "\n")
    assert brief.date == "2026-03-12"


@pytest.mark.parametrize("head", [
    "Keep the Harbours Open in the Baltic Sea Region\nDeliverable D3.2\nAnn Lee, Bo Chan\nHarbour Institute\nFebruary 2026",
    "Deliverable D3.2: Keep the Harbours Open in the Baltic Sea Region\n\nAnn Lee, Bo Chan\nHarbour Institute\nFebruary 2026",
])
def test_a_deliverables_number_beside_its_title_keeps_the_title_and_authors(head):
    brief, _ = _head_fields(head + "\n\n" + _PROSE + "\n")
    assert brief.title == "Keep the Harbours Open in the Baltic Sea Region" and [a.name for a in brief.authors] == ["Ann Lee", "Bo Chan"]


def test_contributors_with_posts_are_bios_and_co_authors_join_the_byline():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nContributors\nBo Chan — Co-author\nCy Dee — Research assistance\n"
            "Ann Lee — Senior Fellow, Harbour Institute\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Bo Chan", None)]


@pytest.mark.parametrize("sentence", [
    "The text was generated automatically in under a minute and contained no errors that the editors could find.",
    "Translated automatically from Russian by the bot network, the post reached a million readers within a day.",
])
def test_prose_about_automatic_translation_is_text(sentence):
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + sentence + "\n")
    assert sentence in body_texts(layout)


def test_a_footer_names_a_college_whose_name_has_an_abbreviation():
    assert P.publisher_from("© 2026 St. Antony's College | Privacy | Cookies") == "St. Antony's College"


def test_a_text_that_opens_with_its_first_section_in_roman_numerals_states_no_title():
    brief, layout = _head_fields("I. The question Europe avoided\n\n" + _PROSE + "\n\nII. The answer\n\n" + _PROSE.replace("harbour", "port") + "\n")
    assert brief.title_derived and body_texts(layout)[0] == "I. The question Europe avoided"


def test_a_banks_research_note():
    """A research desk's note: the firm and its unit over the note's kind, its date and the time of its market data, whom
    it is for, its title, its analysts one a line with their telephone and address under each, the note on disclosures."""
    text = ("NORTHERN HARBOUR BANK | GLOBAL RESEARCH\nPorts Risk Desk — Thematic Note\n\nDate of publication: 20-05-2026\n"
            "Market data as of: 19-05-2026, 17:30 CET\n\nFor professional investors only. Not for distribution in the United States.\n\n"
            "Keep the Harbours Open: Pricing a Port Closure\n\nAnalysts\nAnn Lee, Strategist, Northern Harbour Bank AG\n"
            "  +41 44 555 20 10 | ann.lee@harbour.example\nBo Chan, Analyst, Northern Harbour Bank AG\n  +41 44 555 20 14 | bo.chan@harbour.example\n\n"
            "Please see the analyst certification and important disclosures at the end of this report.\n\n" + _PROSE + "\n\n"
            "© 2026 Northern Harbour Bank AG. All rights reserved.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open: Pricing a Port Closure", "2026-05-20", "Northern Harbour Bank")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Northern Harbour Bank AG"), ("Bo Chan", "Northern Harbour Bank AG")]
    assert body_texts(layout) == [_PROSE]


def test_numbered_theses_with_german_labels_and_their_signatories():
    """German labels over an English text: its language as a field, "Autorinnen und Autoren:" over the authors, and
    "Herausgegeben vom …" in the imprint; the signatories who endorse it are no authors."""
    text = ("Forum für Hafenpolitik\nPOLICY LAB HAFENSICHERHEIT\n\nReihe: Policy Lab Thesen | Nr. 3/2026\nVeröffentlicht: 4. März 2026\nSprache: Englisch\n\n"
            "Seven Theses on the Northern Harbours\n\nAutorinnen und Autoren:\nAnn Lee, Northern Harbour Institute\nBo Chan, Forum für Hafenpolitik\n\n"
            "Thesis 1: The ports are the allies' doors.\n" + _PROSE + "\n\nUnterzeichnende / Endorsed by (in a personal capacity):\n"
            "- Cy Diaz, Baltic Ports Observatory\n- Dee Ross, Harbour Council\n\nImpressum: Herausgegeben vom Forum für Hafenpolitik e.V., Berlin.\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Seven Theses on the Northern Harbours", "2026-03-04", "Forum für Hafenpolitik")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Bo Chan"]


@pytest.mark.parametrize("line", [
    "Harbour Quarterly Review is published four times a year by the Northern Harbour Institute. © 2026. All rights reserved.",
    "Harbour Monthly is published monthly by the Northern Harbour Institute.",
])
def test_a_magazine_says_how_often_its_publisher_brings_it_out(line):
    assert P.publisher_from(line) == "Northern Harbour Institute"


def test_paragraph_numbers_in_the_right_margin_are_listed():
    paragraphs = [textwrap.fill(_PROSE + " " + extra, 70) for extra in ("One.", "Two.", "Three.")]
    text = "\n\n".join(p.rsplit("\n", 1)[0] + "\n" + p.rsplit("\n", 1)[1].ljust(70) + f"      [{k}]" for k, p in enumerate(paragraphs, 1))
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + text + "\n")
    assert [t.split()[-1] for t in body_texts(layout)] == ["One.", "Two.", "Three."] and not layout.notes


def test_a_notes_mark_right_after_a_word_is_no_margin_number():
    text = "Keep the Harbours Open\n\nBy Ann Lee\n\nThe ports were sold [1] and the buyers stayed [2] and nobody asked [3].\n\nNotes\n\n[1] One.\n[2] Two.\n[3] Three.\n"
    _, layout = _head_fields(text)
    assert layout.notes == {1: "One.", 2: "Two.", 3: "Three."}


@pytest.mark.parametrize("line", ["Graphic: Harbour Data Desk", "Chart: Harbour Institute", "More Visual Stories"])
def test_a_web_storys_credits_and_links_are_no_text(line):
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + line + "\n\n" + _PROSE.replace("harbour", "port") + "\n")
    assert line not in body_texts(layout)


def test_a_page_in_two_columns_side_by_side_is_read_column_by_column():
    from brieflib.ingest.columns import unweave_columns

    left = textwrap.wrap("The harbours of the north were sold in a decade of fast trade, and the buyers who came from abroad stayed on the "
                         "quays long after the ministers who sold them had left office and forgotten the terms. " * 2, 40)
    right = textwrap.wrap("The ministers now ask who controls the cranes and the fences, and who would pay the crews that run them in a "
                          "crisis at sea, when the allies' ships queue offshore and wait for an answer. " * 2, 40)[:-1]  # one line shorter
    page = "\n".join(f"{a:<44}{b}" for a, b in zip(left, right + [""] * (len(left) - len(right)), strict=False))
    assert unweave_columns(page).rstrip("\n") == "\n".join(left) + "\n\n" + "\n".join(right)


def test_a_table_of_short_cells_is_no_two_columns():
    from brieflib.ingest.columns import unweave_columns

    table = "\n".join(f"{port:<44}{figure}" for port, figure in [("Gdansk", "52 million tonnes"), ("Klaipeda", "40 million tonnes"),
                                                                ("Riga", "21 million tonnes"), ("Tallinn", "18 million tonnes")] * 3)
    assert unweave_columns(table) == table


# Misreadings a fourth review found in the rules above (2026-11-30).
def test_a_table_of_recommendations_and_their_rationales_keeps_its_rows():
    from brieflib.ingest.columns import unweave_columns

    rows = [("Raise the harbour fee to EUR 100 a ship", "Gives the ports a clear signal to invest"), ("Fund the crews from the fee", "Keeps the cranes in use all year"),
            ("Share the costs among the allies", "Spreads the burden of the dredging"), ("Train the pilots in every port", "Shortens the queue offshore in a crisis")] * 2
    table = "\n".join(f"{a:<52}{b}" for a, b in rows) + "\n\nSource: own compilation.\n\nThe text goes on after the table."
    assert unweave_columns(table) == table


def test_code_with_comments_aligned_at_the_right_stays():
    from brieflib.ingest.columns import unweave_columns

    code = "\n".join(f"{line:<46}# {comment}" for line, comment in [("df = read_table('ports.csv')", "load the raw port file"),
                                                                    ("df = df[df.year >= 2020]", "keep the recent years only"),
                                                                    ("df['fee'] = df.fee * 1.1", "add the planned rise to it")] * 3)
    assert unweave_columns(code) == code


def test_a_centred_title_over_two_columns_stays_whole():
    from brieflib.ingest.columns import unweave_columns

    left = textwrap.wrap("The harbours of the north were sold in a decade of fast trade, and the buyers who came from abroad stayed on the "
                         "quays long after the ministers who sold them had left office and forgotten the terms. " * 2, 40)
    right = textwrap.wrap("The ministers now ask who controls the cranes and the fences, and who would pay the crews that run them in a "
                          "crisis at sea, when the allies' ships queue offshore and wait for an answer. " * 2, 40)[:-1]
    title = "          Keep the Harbours Open: How Europe Should Guard the Northern Ports"
    page = title + "\n\n" + "\n".join(f"{a:<44}{b}" for a, b in zip(left, right + [""], strict=False))
    assert unweave_columns(page).split("\n")[0] == title


def test_a_brief_that_quotes_two_members_from_hansard_keeps_its_analysis():
    text = ("Keep the Harbours Open\n\nBy Ann Lee\n\nHansard records a short but sharp exchange on 14 May 2026.\n\n"
            "Mr Tom Harris (Kent North): The review leaves the ports without crews.\n\nMs Sara Khan (Leeds West): The review is a start.\n\n" + _PROSE + "\n")
    _, layout = _head_fields(text)
    assert body_texts(layout)[-1] == _PROSE


def test_a_subtitle_about_prices_is_no_market_data_line():
    brief, _ = _head_fields("Fuel Duty and the Cost of Living\nPrices at the pump: why fuel duty is back on the agenda\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert brief.evidence.get("subtitle", "").endswith("Prices at the pump: why fuel duty is back on the agenda")


@pytest.mark.parametrize("line", ["Chart: Defence Spending in NATO Europe, 2014 to 2025", "Graphic: How the New Asylum Procedure Works at the Border"])
def test_a_charts_title_is_no_credit(line):
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + line + "\n\n" + _PROSE.replace("harbour", "port") + "\n")
    assert line in body_texts(layout)


def test_a_tables_column_of_sources_is_no_margin_numbers():
    table = "\n".join(f"{c:<15}{v:<19}[{k}]" for k, (c, v) in enumerate([("Germany", "2.1%"), ("France", "2.3%"), ("Italy", "2.0%"), ("Spain", "2.6%")], 1))
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nCountry        Inflation 2025     Source\n" + table + "\n")
    assert not any("right margin" in r.reason for r in layout.removed)


def test_a_sentence_for_institutional_investors_is_text():
    sentence = "For institutional investors, the new rules mean higher capital charges on loans to the ports."
    _, layout = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + sentence + "\n\n" + _PROSE + "\n")
    assert body_texts(layout)[0] == sentence


def test_an_index_published_annually_by_an_institute_names_no_publisher():
    brief, _ = _head_fields("Keep the Harbours Open\n\nBy Ann Lee\n\n" + _PROSE + "\n\nThe Global Ports Index is published annually by the Institute for Harbour Studies.\n")
    assert brief.publisher is None


# --- layouts from the ze- set's study, each in our own words -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Posted 2 days ago · 6 min read · via Harbour Institute",
    "Published 5 hours ago | 4 min read",
    "12 comments · 3 min read",
])
def test_a_posts_age_reading_time_and_source_on_one_line_are_furniture(line):
    assert F.web_furniture(line)[0] == "post-meta"


@pytest.mark.parametrize("line", ["Ports · Shipping · Trade", "Posted by Ann Lee · 4 min read", "Two days ago · the ministers met in Riga"])
def test_a_line_of_segments_that_are_not_all_a_posts_meta_is_not_post_meta(line):
    found = F.web_furniture(line)
    assert found is None or found[0] != "post-meta"


def test_an_aggregators_name_and_tagline_above_the_title_are_chrome():
    brief, _ = _head_fields("HarbourWire — selected commentary from the ports\nHome | Ports | Trade | Newsletter\n"
                            "Posted 2 days ago · 6 min read · via Harbour Institute\n\nOne Port, Two Fleets\n\nBy Ann Lee and Paul Brenner\n\n" + _PROSE + "\n")
    assert brief.title == "One Port, Two Fleets"
    assert [a.name for a in brief.authors] == ["Ann Lee", "Paul Brenner"]


def test_a_line_saying_where_and_when_a_text_was_first_published_dates_it_and_names_its_publisher():
    brief, layout = _head_fields("One Port, Two Fleets\n\nBy Ann Lee\nOriginally published at the Harbour Institute on March 4, 2026.\n\n" + _PROSE + "\n")
    assert (brief.date, brief.publisher) == ("2026-03-04", "Harbour Institute")
    assert body_texts(layout) == [_PROSE]


def test_a_title_of_two_counted_pairs_under_chrome_is_no_list_of_names():
    brief, _ = _head_fields("Harbour Digest\nHome | Ports | Trade\n\nOne Port, Two Fleets\n\nBy Ann Lee\n\n" + _PROSE + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == ("One Port, Two Fleets", ["Ann Lee"])


def test_a_programme_brief_prepared_by_label_over_name_and_post_lines_names_the_authors():
    brief, _ = _head_fields("HARBOUR INSTITUTE\nPublished 12.01.2026\n\nPorts Programme\n\nProgramme brief prepared by:\n"
                            "Ann Lee | Head of Programme, Harbour Institute\nPaul Brenner | Research Fellow, Harbour Institute\n\n" + _PROSE + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Paul Brenner", "Harbour Institute")]


@pytest.mark.parametrize("label", ["Director's foreword", "Foreword", "Preface by the Chair"])
def test_a_forewords_heading_is_no_title(label):
    brief, layout = _head_fields(f"HARBOUR INSTITUTE\nPublished 12.01.2026\n\n{label}\n\n" + _PROSE + "\n")
    assert brief.title != label


def test_a_conference_papers_header_of_name_place_days_and_panel_is_no_title():
    brief, _ = _head_fields("Baltic Maritime Studies Association — 9th Annual Conference\nGdańsk, 11–13 May 2026\nPanel 2A: Ports Under Pressure\n\n"
                            "DRAFT — please do not cite without the authors' permission\nThis version: 2 May 2026\n\n"
                            "Harbours in Wartime: What the Baltic Ports Must Prepare For\n\nAnn Lee (University of Gdańsk)\nPaul Brenner (Harbour Institute)\n\n"
                            + _PROSE + "\n")
    assert brief.title == "Harbours in Wartime: What the Baltic Ports Must Prepare For"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "University of Gdańsk"), ("Paul Brenner", "Harbour Institute")]
    assert brief.date == "2026-05-02"


def test_a_title_ending_in_a_conferences_name_is_still_the_title():
    brief, _ = _head_fields("What Europe Heard at the Munich Security Conference\n\nBy Ann Lee\n16 February 2026\n\n" + _PROSE + "\n")
    assert brief.title == "What Europe Heard at the Munich Security Conference"


def _tables(text: str) -> list[list[list[str]]]:
    return [b.rows for b in parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + text + "\n\n" + _PROSE + "\n").blocks if b.kind == "table"]


def test_a_markdown_pipe_table_is_a_table_without_its_pipes_or_rule():
    assert _tables("| Port | Cargo handled in 2025 (million tonnes) | Change |\n|------|------|:---:|\n| Gdańsk | 81.0 | +3% |\n"
                   "| Klaipėda |  | n/a |") == [[["Port", "Cargo handled in 2025 (million tonnes)", "Change"], ["Gdańsk", "81.0", "+3%"], ["Klaipėda", "", "n/a"]]]


def test_a_grid_table_with_cells_over_two_lines_is_one_row_a_line_of_cells():
    grid = ("+----------+----------------+--------+\n| Port     | Budget for the | Share  |\n|          | harbour guard  |        |\n"
            "+==========+================+========+\n| Gdańsk   | 12.0           | 2.1    |\n+----------+----------------+--------+\n"
            "| Riga     | 9.5            | 1.9    |\n+----------+----------------+--------+")
    assert _tables(grid) == [[["Port", "Budget for the harbour guard", "Share"], ["Gdańsk", "12.0", "2.1"], ["Riga", "9.5", "1.9"]]]


def test_a_database_shells_table_ruled_only_round_its_header_keeps_a_row_a_line():
    grid = ("+-------------------+----------------------------------------------+\n| Capital           | Riga                                         |\n"
            "| Population        | approx. 1.9 million                          |\n| NATO relationship | Member since 2004; host of a forward brigade|\n"
            "+-------------------+----------------------------------------------+")
    assert _tables(grid) == [[["Capital", "Riga"], ["Population", "approx. 1.9 million"], ["NATO relationship", "Member since 2004; host of a forward brigade"]]]


def test_a_boxed_line_and_a_sentence_with_bars_are_no_table():
    assert _tables("| No. 31 / 2026 · 17 April 2026 |") == []
    assert _tables("The options | the costs | the risks were all discussed.") == []


@pytest.mark.parametrize("line", ["Cerca   |   EN   IT", "Search | EN | FR | DE", "EN   FR", "English | Français"])
def test_a_search_box_beside_a_language_switcher_is_a_control_row(line):
    assert F.web_furniture(line)[0] == "control-row"


@pytest.mark.parametrize("line", ["EU | UK | US", "Search the archive of the ministry"])
def test_country_abbreviations_or_a_sentence_are_no_control_row(line):
    found = F.web_furniture(line)
    assert found is None or found[0] != "control-row"


def test_an_italian_sites_profile_with_its_labels_names_the_author_under_autrice():
    brief, _ = _head_fields("Osservatorio Baltico per la Sicurezza\nHome › Pubblicazioni › Profili Paese › Lettonia\nCerca   |   EN   IT\n\n"
                            "PROFILO PAESE\n\nLatvia: A Harbour on the Flank\nRiga between Brussels and the Baltic Sea\n\n"
                            "Autrice: Anna Rossi, ricercatrice, Osservatorio Baltico per la Sicurezza\nPubblicato il 17 aprile 2026 · Aggiornato il 20 aprile 2026\n\n"
                            + _PROSE + "\n")
    assert brief.title == "Latvia: A Harbour on the Flank"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Anna Rossi", "Osservatorio Baltico per la Sicurezza")]
    assert brief.date == "2026-04-17"


def test_a_newsletters_title_under_its_mail_header_name_and_issue_is_the_heading_the_text_sets():
    brief, layout = _head_fields("From: Harbour Weekly <weekly@harbour.example>\nTo: reader@example.org\nDate: Tue, 10 Feb 2026 07:30:00 +0100\n"
                                 "Subject: Harbour Weekly #12 — Why the ports still matter\n\nHARBOUR WEEKLY\nIssue 12\n\n"
                                 "Why the Ports Still Matter\n\nBy Ann Lee, Senior Analyst, Harbour Institute\n\n" + _PROSE + "\n")
    assert brief.title == "Why the Ports Still Matter"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute")]
    assert body_texts(layout) == [_PROSE]


def test_a_memo_whose_body_repeats_no_part_of_its_subject_keeps_the_subject_as_title():
    brief, _ = _head_fields("TO: Ministers\nFROM: Ann Lee, Harbour Institute\nDATE: 10 February 2026\nSUBJECT: Ports — the case for one plan\n\n" + _PROSE + "\n")
    assert brief.title == "Ports — the case for one plan"


@pytest.mark.parametrize("line", ["*** EMBARGOED UNTIL 00:01 CET, TUESDAY 3 MARCH 2026 ***", "Embargoed until 10:00 CET, 3 March 2026",
                                  "Embargo: 3 March 2026, 00:01 GMT"])
def test_a_press_releases_embargo_dates_it_and_is_left_out(line):
    brief, layout = _head_fields(f"{line}\nNOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME\n\nHarbour Institute\n\nOne Plan for the Harbours\n\n"
                                 "Authors:\nAnn Lee\nDirector, Ports Programme\nPaul Brenner\nAssociate Fellow\nJan Nowak\nResearch Analyst\n\n" + _PROSE + "\n")
    assert brief.date == "2026-03-03"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", None), ("Paul Brenner", None), ("Jan Nowak", None)]
    assert body_texts(layout) == [_PROSE]


def test_the_source_line_under_a_typed_table_is_no_heading():
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n| Port | Ships |\n|---|---|\n| Gdańsk | 12 |\n| Riga | 9 |\n\n"
                   "Source: port authorities, 2025\n\n" + _PROSE + "\n")
    assert "Source: port authorities, 2025" not in [b.text for b in layout.blocks if b.kind == "heading"]


def test_a_document_viewers_page_over_the_papers_cover_reads_the_cover():
    brief, layout = _head_fields("Skip to main content\nPaperStack\nSearch publications\nSign in   Upload\nOne Plan for the Harbours\n"
                                 "Harbour Institute · 6 pages\nDownload PDF   Embed   Share   Like   Save\nZoom in  Zoom out  Fullscreen\nPage 1 of 6\n"
                                 "HARBOUR INSTITUTE\nPOLICY BRIEF | MARCH 2026\nOne Plan for the Harbours\nWhy the Baltic ports need a common defence\n"
                                 "Authors: Ann Lee, Senior Researcher, and Paul Brenner, Visiting Fellow\nPage 2 of 6\n" + _PROSE + "\n")
    assert (brief.title, brief.date, brief.publisher) == ("One Plan for the Harbours", "2026-03", "Harbour Institute")
    assert [a.name for a in brief.authors] == ["Ann Lee", "Paul Brenner"]
    assert body_texts(layout) == [_PROSE]


@pytest.mark.parametrize("line", ["Zoom in  Zoom out  Fullscreen", "Search publications"])
def test_a_document_viewers_controls_are_furniture(line):
    assert F.web_furniture(line) is not None


@pytest.mark.parametrize("line", ["Harbour Institute · 6 pages", "PDF · 1.2 MB · 12 pages"])
def test_a_document_viewers_line_on_the_file_is_furniture(line):
    assert F.web_furniture(line)[0] == "file-facts"


def test_a_line_naming_pages_in_a_sentence_is_text():
    assert F.web_furniture("The report runs to 6 pages · and says little.") is None


def test_a_page_opening_on_a_sections_heading_set_as_the_later_ones_states_no_title():
    text = ("Ports by design\n\n" + _PROSE + "\n\nWhat the winter showed\n\n" + _PROSE.replace("harbour", "port") + "\n\nA common fund\n\n"
            + _PROSE.replace("harbour", "quay") + "\n\nWhat ministers should do\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert brief.title_derived and "Ports by design" in [b.text for b in layout.blocks if b.kind == "heading"]


def test_a_title_over_a_byline_or_in_title_case_stays_the_title_when_sections_are_in_sentence_case():
    sections = "\n\nWhat the winter showed\n\n" + _PROSE + "\n\nA common fund\n\n" + _PROSE + "\n"
    assert _head_fields("Ports by design\n\nBy Ann Lee\n\n" + _PROSE + sections)[0].title == "Ports by design"
    assert _head_fields("Ports by Design\n\n" + _PROSE + sections)[0].title == "Ports by Design"


@pytest.mark.parametrize("line", ["Stampa questa pagina", "Argomenti correlati: Porti, Baltico, Energia", "You might also like: Ports · Ships · Quays",
                                  "Reactions: 👍 42  💬 7"])
def test_more_of_a_pages_furniture_in_other_words(line):
    assert F.web_furniture(line) is not None


@pytest.mark.parametrize("line", ["HarbourWire aggregates and links to original analysis. Rights remain with the original publisher.",
                                  "Programme team: Ann Lee, Paul Brenner, Jan Nowak (research assistant)"])
def test_an_aggregators_notice_and_a_programme_teams_credit_are_boilerplate(line):
    assert P.is_boilerplate(line)


@pytest.mark.parametrize("line", ["Reactions to the plan were mixed.", "The programme team met in Riga to agree the plan.",
                                  "Rights remain with the member states, which the treaty leaves untouched."])
def test_sentences_with_those_words_stay_text(line):
    assert F.web_furniture(line) is None and not P.is_boilerplate(line)


_JATS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
<article article-type="research-article" xml:lang="en">
<front>
<journal-meta>
<journal-title-group><journal-title>Harbour Studies Quarterly</journal-title></journal-title-group>
<publisher><publisher-name>Harbour Institute</publisher-name></publisher>
</journal-meta>
<article-meta>
<title-group><article-title>Keep the Harbours Open</article-title></title-group>
<contrib-group>
<contrib contrib-type="author"><name><surname>Lee</surname><given-names>Ann</given-names></name><xref ref-type="aff" rid="a1">1</xref></contrib>
<contrib contrib-type="editor"><name><surname>Kowal</surname><given-names>Jan</given-names></name></contrib>
</contrib-group>
<aff id="a1"><label>1</label>University of Gdańsk</aff>
<pub-date pub-type="epub"><day>04</day><month>03</month><year>2026</year></pub-date>
<history><date date-type="received"><day>05</day><month>12</month><year>2025</year></date></history>
</article-meta>
</front>
<body>
<p>The harbours of the north were sold in a decade of fast trade &amp; cheap money.<xref ref-type="fn" rid="f1">1</xref></p>
<sec><title>The money</title>
<p>Ministers found the money for cranes and fences,
but not for the crews who would run them.</p>
</sec>
</body>
<back><fn-group><fn id="f1"><label>1</label><p>Port authority, Annual Report 2025.</p></fn></fn-group></back>
</article>
"""


def test_a_jats_articles_xml_gives_its_fields_sections_and_notes():
    brief, layout = _head_fields(_JATS)
    assert (brief.title, brief.date, brief.publisher) == ("Keep the Harbours Open", "2026-03-04", "Harbour Institute")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "University of Gdańsk")]
    assert body_texts(layout) == ["The harbours of the north were sold in a decade of fast trade & cheap money.[1]", "The money",
                                  "Ministers found the money for cranes and fences, but not for the crews who would run them."]
    assert layout.notes == {1: "Port authority, Annual Report 2025."}
    assert '<?xml version="1.0" encoding="UTF-8"?>' in {r.text for r in layout.removed}


def test_xml_that_is_no_jats_article_and_an_entity_bomb_are_left_as_text():
    assert _head_fields("<note><to>Ann</to></note>\n\n" + _PROSE + "\n")[0].title != "Keep the Harbours Open"
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE article [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<article><front><article-meta><title-group><article-title>&c;</article-title>'
            '</title-group></article-meta></front><body><p>' + _PROSE + '</p></body></article>\n')
    brief, _ = _head_fields(bomb)
    assert "aaaa" not in (brief.title or "")


def test_a_content_systems_record_exported_as_label_and_value_gives_every_field():
    brief, layout = _head_fields("Record ID\t20931\nWorkflow state\tpublished\nContent type\tPolicy brief\nTitle\tOne Plan for the Harbours\n"
                                 "Authors\tAnn Lee; Paul Brenner\nAffiliations\tAnn Lee (Harbour Institute); Paul Brenner (University of Gdańsk)\n"
                                 "Publisher\tHarbour Institute\nPublication date\t04-03-2026\nModified\t11-03-2026\nBody\t\n" + _BODY + "\n\n" + _PROSE + "\n")
    assert (brief.title, brief.date, brief.publisher) == ("One Plan for the Harbours", "2026-03-04", "Harbour Institute")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "Harbour Institute"), ("Paul Brenner", "University of Gdańsk")]
    assert body_texts(layout) == [_BODY.strip(), _PROSE]


def test_a_debates_two_sides_each_under_its_heading_and_writer_name_both_writers():
    text = ("THE HARBOUR DEBATE\nPublished by the Harbour Institute\nFebruary 2026\n\nShould the Ports Share One Fund?\n\n"
            "The case for\nAnn Lee, Senior Fellow at the University of Gdańsk\n\n" + _BODY + "\n\nThe case against\n"
            "Paul Brenner, Associate Professor, University of Tartu\n\n" + _BODY.replace("Body", "Other") + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Should the Ports Share One Fund?", "2026-02", "Harbour Institute")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "University of Gdańsk"), ("Paul Brenner", "University of Tartu")]
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["The case for", "The case against"]
    assert not any("Ann Lee" in b.text or "Paul Brenner" in b.text for b in layout.blocks)


def test_one_heading_over_a_name_line_is_no_debate():
    text = "A Plan for the Ports\n\nBy Ann Lee\n\nThe view from Riga\nPaul Brenner, Mayor of Riga\n\n" + _BODY + "\n"
    brief, _ = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"]


def test_a_monitors_name_under_the_masthead_and_a_date_with_its_update_in_portuguese_head_the_title():
    brief, _ = _head_fields("HARBOUR INSTITUTE\nBaltic Ports Monitor\n\nPublicado: 16 de março de 2026 | Atualizado: 18 de março de 2026\n\n"
                            "Cranes Without Crews: Where the Port Plan Stands\n\n" + _BODY + "\n")
    assert (brief.title, brief.date) == ("Cranes Without Crews: Where the Port Plan Stands", "2026-03-16")


@pytest.mark.parametrize("line, iso", [("Veröffentlicht: 4. März 2026 · Aktualisiert: 6. März 2026", "2026-03-04"),
                                       ("Publicado: 16 de março de 2026 | Atualizado: 18 de março de 2026", "2026-03-16"),
                                       ("Published 12 March 2026 | Last modified 09.04.2026", "2026-03-12"),
                                       ("Date: 2026-03-12 | Last changed 2026-04-09", "2026-03-12"),
                                       ("Publié le 12 mars 2026 · modifié le 9 avril 2026", "2026-03-12"),
                                       ("Veröffentlicht am 12.03.2026 | Zuletzt geändert am 09.04.2026", "2026-03-12")])
def test_a_publication_date_beside_its_labelled_update_is_the_date(line, iso):
    assert D.date_with_furniture(line) == iso


def test_a_book_reviews_record_of_the_book_is_no_text_and_its_disclaimer_no_bio():
    text = ("HARBOUR REVIEW\nPublished by the Harbour Institute\nBook reviews · 3 February 2026\n\nCranes and Crews\n\nAnn Lee\n\n"
            "Paul Brenner, The Quay at Dawn: Ports, Power and the Baltic. Gdańsk: Northern Press, 2025. xii + 280 pp. €24.00 (paperback), "
            "ISBN 978-83-0000-000-0.\n\n" + _BODY + "\n\n" + _PROSE + "\n\nAnn Lee is a research fellow at the University of Gdańsk.\n\n"
            "Reviews in the Harbour Review reflect the views of the reviewer only.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lee", "University of Gdańsk")]
    assert body_texts(layout) == [_BODY.strip(), _PROSE]


@pytest.mark.parametrize("line", ["The book runs to 280 pages and costs less than a dinner in Gdańsk.", "The ISBN system began in 1970."])
def test_pages_and_prices_in_a_sentence_are_no_books_record(line):
    brief, layout = _head_fields("Cranes and Crews\n\nBy Ann Lee\n\n" + line + " " + _PROSE + "\n")
    assert body_texts(layout)[0].startswith(line)


@pytest.mark.parametrize("line", ["Watch the recording", "Download audio (MP3)", "The brief in full", "Full text:"])
def test_an_events_and_a_press_packs_buttons_and_labels_are_furniture(line):
    assert F.web_furniture(line) is not None


@pytest.mark.parametrize("line", ["Transcript auto-generated and lightly edited for clarity.",
                                  "About this series: The Harbour Debate publishes opposing views on the ports.",
                                  "Baltic Ports Monitor is updated as talks progress."])
def test_a_transcripts_note_and_a_series_note_on_itself_are_boilerplate(line):
    assert P.is_boilerplate(line)


@pytest.mark.parametrize("line", ["The full text of the treaty was never published.", "About this series of talks, the ministers said little.",
                                  "The register is updated as ships arrive, which takes weeks in winter and makes the figures late."])
def test_sentences_about_full_texts_and_updates_stay_text(line):
    assert F.web_furniture(line) is None and not P.is_boilerplate(line)


def test_key_points_for_journalists_label_a_box_of_key_points():
    assert P.KEY_POINTS_LABEL.fullmatch("Key points for journalists")


# --- misreadings a fifth fresh-eyes review found in the rules above, each in our own words -------------------------

@pytest.mark.parametrize("title", ["The Quiet Observer", "Port Strike Tracker", "Observer at the Baltic Council: Why the Ports Still Wait"])
def test_a_title_naming_a_periodical_word_stays_the_title(title):
    brief, _ = _head_fields(f"{title}\n\nBy Ann Lee, Research Fellow, Harbour Institute\n4 February 2026\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == (title, ["Ann Lee"])
    assert brief.publisher != "By Ann Lee, Research Fellow, Harbour Institute"


@pytest.mark.parametrize("head", ["Seven Questions Ahead of the Annual Meeting", "After the 12th Summit",
                                  "Four Lessons from the Gdańsk Ports Forum\nGdańsk, 29–30 September 2025"])
def test_a_title_ending_in_a_meeting_over_its_byline_stays_the_title(head):
    brief, _ = _head_fields(f"{head}\n\nBy Ann Lee, Director, Harbour Institute\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == (head.split("\n")[0], ["Ann Lee"])


@pytest.mark.parametrize("under", ["Executive summary", "Key findings"])
def test_a_title_in_capitals_over_the_fields_and_a_section_label_stays_the_title(under):
    brief, _ = _head_fields(f"THE NEW HARBOUR GAMBIT\nPublished by the Harbour Institute\nFebruary 2026\n\n{under}\n\n" + _BODY + "\n")
    assert brief.title == "THE NEW HARBOUR GAMBIT"


def test_a_first_line_in_sentence_case_that_says_something_is_the_title():
    text = ("Europe's harbour debt is not paid off\n\n" + _BODY + "\n\nWhat the figures show\n\n" + _PROSE + "\n\nOptions for 2027\n\n" + _BODY + "\n")
    assert _head_fields(text)[0].title == "Europe's harbour debt is not paid off"


def test_a_title_of_a_word_and_a_phrase_after_a_dash_is_no_sites_banner():
    brief, _ = _head_fields("Sabotage — the new normal in the harbours\nHow Europe Should Answer Attacks on Its Ports\n\nBy Ann Lee\n\n" + _BODY + "\n")
    assert brief.title == "Sabotage — the new normal in the harbours"


def test_a_subject_ending_in_a_section_label_keeps_the_subject_as_title():
    brief, layout = _head_fields("From: Ann Lee <ann@harbour.example>\nTo: Paul Brenner <paul@harbour.example>\nDate: 4 March 2026\n"
                                 "Subject: Council conclusions on the ports - summary\n\nSummary\n\n" + _BODY + "\n\nNext steps\n\n" + _PROSE + "\n")
    assert brief.title == "Council conclusions on the ports - summary"
    assert "Summary" in [b.text for b in layout.blocks if b.kind == "heading"]


@pytest.mark.parametrize("subject, heading", [("Decision required: renewal of the harbour charter", "Decision required"),
                                               ("Spending review: where the power lies", "Number 10 and the Treasury")])
def test_a_memos_first_heading_sharing_words_with_its_subject_stays_a_heading(subject, heading):
    brief, layout = _head_fields(f"TO: Ministers\nFROM: Ann Lee, Harbour Institute\nDATE: 4 March 2026\nSUBJECT: {subject}\n\n{heading}\n\n" + _BODY + "\n")
    assert heading in [b.text for b in layout.blocks if b.kind == "heading"]


def test_a_paragraph_saying_rights_remain_with_the_authors_stays_text():
    text = ("Under the 2019 directive, in practice the rights remain with the authors only on paper, because the ports' lawyers "
            "keep every licence. The ministers have not changed that.")
    brief, layout = _head_fields("A Plan for the Ports\n\nBy Ann Lee\n\n" + _BODY + "\n\n" + text + "\n")
    assert text in body_texts(layout)


def test_a_first_sentence_with_pages_and_euros_is_no_books_record():
    text = "The 312 pages of the draft budget allocate €4.2 billion to the harbours in 2027, more than ever before."
    brief, layout = _head_fields("A Plan for the Ports\n\nBy Ann Lee\n4 March 2026\n\n" + text + " " + _PROSE + "\n")
    assert body_texts(layout)[0].startswith(text)


@pytest.mark.parametrize("heading", ["Sources: mines, refiners and magnet makers", "Note: on the data used in this brief"])
def test_a_heading_opening_with_a_sources_or_notes_label_stays_a_heading(heading):
    layout = parse("A Plan for the Ports\n\nBy Ann Lee\n\n" + _BODY + "\n\n" + heading + "\n\n" + _PROSE + "\n")
    assert heading in [b.text for b in layout.blocks if b.kind == "heading"]


def test_people_quoted_under_headings_in_a_signed_report_are_no_authors():
    text = ("A Plan for the Ports\n\nBy Ann Lee\n\n" + _BODY + "\n\nThe mayor's view\nJan Nowak, Mayor of Gdynia\n\n" + _BODY + "\n\n"
            "The governor's view\nEva Tamm, Governor of Ida-Viru County\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ann Lee"]
    assert "Jan Nowak, Mayor of Gdynia" in [b.text for b in layout.blocks]


def test_who_prepared_the_maps_is_no_author():
    brief, _ = _head_fields("A Plan for the Ports\n\nBy Ann Lee\n\nMaps and graphics prepared by:\nTom Lind\n\n" + _BODY + "\n")
    assert [a.name for a in brief.authors] == ["Ann Lee"]


def test_an_author_with_a_rank_is_read():
    brief, _ = _head_fields("A Plan for the Ports\n\nBy First Lieutenant Ann Lee, Harbour Defence School\n\n" + _BODY + "\n")
    assert [a.affiliation for a in brief.authors] == ["Harbour Defence School"]


def test_a_pipe_tables_rows_with_a_blank_first_cell_stay_rows():
    assert _tables("| Country | Year | Share |\n|---|---|---|\n| Poland | 2025 | 4.1 |\n|  | 2026 | 4.7 |") == [
        [["Country", "Year", "Share"], ["Poland", "2025", "4.1"], ["", "2026", "4.7"]]]


def test_a_glossary_with_languages_for_its_column_heads_is_no_language_switcher():
    assert F.web_furniture("English          French                 German") is None


def test_a_jats_articles_lists_tables_and_author_notes_are_read_once_in_their_place():
    text = _JATS.replace("<p>Ministers found", "<p>Three ports matter:<list><list-item><p>Gdańsk</p></list-item><list-item><p>Riga</p></list-item></list></p>\n"
                         "<table-wrap><caption><title>Ships by year</title></caption><table><tr><th>Year</th><th>Ships</th></tr>\n"
                         "<tr><td>2024</td><td>7</td></tr>\n<tr><td>2025</td><td>9</td></tr></table></table-wrap>\n<p>Ministers found")
    text = text.replace("<aff id=\"a1\">", "<author-notes><fn id=\"c1\"><p>The author declares no competing interests.</p></fn></author-notes>\n<aff id=\"a1\">")
    brief, layout = _head_fields(text)
    texts = [b.text for b in layout.blocks]
    assert texts.count("Three ports matter: Gdańsk Riga") == 1 and "Gdańsk" not in texts
    assert [b.rows for b in layout.blocks if b.kind == "table"] == [[["Year", "Ships"], ["2024", "7"], ["2025", "9"]]]
    assert layout.notes == {1: "Port authority, Annual Report 2025."}


def test_a_byline_above_a_lost_title_is_never_the_publishers_masthead():
    brief, _ = _head_fields("SUMMARY RECORD\n\nBy Ann Lee, Research Fellow, Harbour Institute\n\n" + _BODY + "\n")
    assert brief.publisher != "By Ann Lee, Research Fellow, Harbour Institute"


def test_notes_gathered_under_each_section_are_the_notes():
    text = ("A Plan for the Ports\n\nBy Ann Lee\n\n1. The money\n\nThe ports were sold cheaply.1 The buyers came from abroad and stayed.2\n\n"
            "Notes to section 1\n1 Port authority, Annual Report 2025.\n2 Customs records, 2024.\n\n2. The crews\n\n"
            "The crews were never hired.3 " + _PROSE + "\n\nNotes to section 2\n3 Labour ministry, 2026.\n")
    layout = parse(text)
    assert layout.notes == {1: "Port authority, Annual Report 2025.", 2: "Customs records, 2024.", 3: "Labour ministry, 2026."}
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["1. The money", "2. The crews"]


# --- layouts from the zg- set's study, each in our own words -------------------------------------------------------

def test_an_asian_institutes_commentary_with_the_surname_first_in_capitals_and_a_dotted_date():
    brief, _ = _head_fields("Harbour Institute for Maritime Strategy\nHIMS Commentary No.14 (English Edition)\n2026.02.19\n\n"
                            "Ports in the Pacific: From Visits to Commitments\n\nTANAKA Hiroshi (Senior Research Fellow, Harbour Institute for Maritime Strategy)\n\n"
                            + _BODY + "\n")
    assert (brief.title, brief.date) == ("Ports in the Pacific: From Visits to Commitments", "2026-02-19")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Hiroshi Tanaka", "Harbour Institute for Maritime Strategy")]


def test_an_about_us_label_over_the_publishers_statement_goes_with_it():
    text = ("The Harbour Letter\n\nPorts Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nWhat to expect\n\n- 4 May: ministers meet\n- June: summit\n\n"
            "About us\nThe Harbour Letter is published by the Lisbon Maritime Forum, an independent research institute.\n\n"
            "Contact: letter@example.org | Unsubscribe\n")
    layout = parse(text)
    texts = [b.text for b in layout.blocks]
    assert "About us" not in texts and texts[-1] == "June: summit"
    assert "About us" in [r.text for r in layout.removed]


def test_a_closing_bio_that_writes_the_authors_surname_first_in_capitals_is_the_bio():
    brief, _ = _head_fields("Harbour Institute for Maritime Strategy\nHIMS Commentary No.14 (English Edition)\n2026.02.19\n\n"
                            "Ports in the Pacific: From Visits to Commitments\n\nTANAKA Hiroshi (Senior Research Fellow, Harbour Institute for Maritime Strategy)\n\n"
                            + _BODY + "\n\nThe last word of the argument is here.\n\n"
                            "TANAKA Hiroshi is a Senior Research Fellow at the Harbour Institute for Maritime Strategy. His research focuses on ports.\n")
    assert brief.blocks[-1].text == "The last word of the argument is here."


def test_an_organisations_document_page_with_its_fields_under_the_title_and_its_secretariats_notice():
    brief, _ = _head_fields("Northern Commission on Maritime Safety\nHome / Documents / Notes\n\nLanguages: English | Français\n\n"
                            "Lights Out at Sea: Monitoring Cable Routes\n\nDocument code: NCMS/N/2026/03\nDate of issue: 12-02-2026\n"
                            "Type: Technical note\nPrepared by: Monitoring Unit\nPermalink: https://ncms.example.org/documents/n-2026-03\n\n"
                            "Overview\n\n" + _BODY + "\n\nThe last word of the argument is here.\n\n---\n"
                            "This technical note is issued under the responsibility of the Secretariat and does not necessarily represent "
                            "the views of the member states of the Northern Commission on Maritime Safety.\n")
    assert (brief.title, brief.date, brief.authors) == ("Lights Out at Sea: Monitoring Cable Routes", "2026-02-12", [])
    assert [b.text for b in brief.blocks if b.kind == "heading"] == ["Overview"]
    assert brief.blocks[-1].text == "The last word of the argument is here."


def test_a_sites_copyright_line_right_under_its_newsletter_sign_up_still_names_the_publisher():
    brief, _ = _head_fields("Skip to main content\n\nPorts Before Planes\n\nBy Ana Ribeiro\nPublished: Feb 17, 2026\n\n" + _BODY + "\n\n"
                            "Topics: Ports · Defence\n\nSubscribe to our newsletter\n© 2026 Lisbon Maritime Forum · Privacy · Cookies · Contact\n")
    assert brief.publisher == "Lisbon Maritime Forum"


def test_a_word_processors_contents_with_tabs_before_the_page_numbers_is_no_part_of_the_text():
    text = ("Ports Before Planes\n\nAna Ribeiro, Lisbon Maritime Forum\n\n2026-04-02\n\n\nTable of Contents\n\n"
            "1\tIntroduction\t1\n2\tThe ports\t2\n2.1\tCranes\t2\n3\tWhat to do\t3\n\n\n"
            "1 Introduction\n\n" + _BODY + "\n\n2 The ports\n\n" + _BODY + "\n\n2.1 Cranes\n\n" + _BODY + "\n\n3 What to do\n\n" + _BODY + "\n")
    layout = parse(text)
    assert [b.text for b in layout.blocks if b.kind != "paragraph"] == ["1 Introduction", "2 The ports", "2.1 Cranes", "3 What to do"]


def test_a_suggested_citation_that_names_this_text_names_its_authors_surname_first():
    title = "Ports Before Planes: Can the South Pay?"
    brief, _ = _head_fields("LMF Policy Brief 3/2026\n\n" + title + "\n\n" + _BODY + "\n\nThe last word of the argument is here.\n\n"
                            f'Suggested citation: Ribeiro, Ana and Kowalczyk, Adam (2026), "{title}", LMF Policy Brief 3/2026, '
                            "Lisbon: Lisbon Maritime Forum, 6 May 2026.\n")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Adam Kowalczyk"]
    assert (brief.date, brief.publisher) == ("2026-05-06", "Lisbon Maritime Forum")


def test_a_suggested_citation_of_another_text_or_with_initials_only_names_no_author():
    cited = ('Suggested citation: Ribeiro, Ana (2025), "Cranes and Ports", LMF Policy Brief 9/2025.\n', 'Suggested citation: Ribeiro, A. and Kowalczyk, A. '
             '(2026), "Ports Before Planes", LMF Policy Brief 3/2026.\n')
    for line in cited:
        brief, _ = _head_fields("LMF Policy Brief 3/2026\n\nPorts Before Planes\n\n" + _BODY + "\n\nThe last word of the argument is here.\n\n" + line)
        assert brief.authors == []


def test_an_abstract_in_a_drawn_box_after_the_text_is_the_summary_and_no_part_of_the_body():
    box = ("┌──────────────────────────────────────────┐\n│ Abstract                                 │\n"
           "│ This brief asks whether the south can    │\n│ pay for its ports and proposes a path.   │\n"
           "│                                          │\n│ Keywords: ports; budgets                 │\n"
           "└──────────────────────────────────────────┘\n")
    brief, _ = _head_fields("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nThe last word of the argument is here.\n\n" + box)
    assert brief.summary == "This brief asks whether the south can pay for its ports and proposes a path."
    assert not brief.summary_derived and brief.blocks[-1].text == "The last word of the argument is here."


def test_a_back_pages_address_and_contacts_a_line_each_are_no_part_of_the_text():
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nThe last word of the argument is here.\n\n\n\n"
                   "Gdańsk Maritime Forum\nul. Długa 17, 80-831 Gdańsk\ntel. +48 58 000 00 00\noffice@gmf.example.pl\n\n"
                   "Disclaimer: The views expressed are those of the author and do not necessarily reflect the views of the Gdańsk Maritime Forum.\n")
    assert layout.blocks[-1].text == "The last word of the argument is here."


def test_a_round_up_of_answers_each_under_a_quoted_headline_and_its_writers_line():
    answer = "They argue the point at length, with figures and with cases from the last decade of practice. " * 3
    text = ("HARBOUR NETWORK\n\nONE QUESTION, TWO ANSWERS\n\nShould Europe Guard Its Own Ports?\n\n4 March 2026\n\n" + _BODY + "\n\n"
            "“Only if the money follows”\n\nAna Ribeiro | Senior Fellow, Lisbon Maritime Forum\n\n" + answer + "\n\n"
            "“Not before the rules change”\n\nJan Novak | Director, Prague Ports Centre\n\n" + answer + "\n\n"
            "One Question, Two Answers is a monthly series of the Harbour Network. The views expressed are those of the contributors.\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Forum"), ("Jan Novak", "Prague Ports Centre")]
    assert [b.text for b in brief.blocks if b.kind == "heading"] == ["“Only if the money follows”", "“Not before the rules change”"]
    assert brief.blocks[-1].text == answer.strip() and brief.publisher == "Harbour Network"


# --- layouts from the zh- set's study, each in our own words -------------------------------------------------------

def test_the_authors_photos_named_by_their_alternative_text_are_no_subtitle():
    brief, layout = _head_fields("LMF — Lisbon Maritime Forum\n\nAnalysis\n\nPorts Before Planes\n\nPhoto of Ana Ribeiro\nPhoto of Jan Novak\n"
                                 "Ana Ribeiro, Jan Novak\n12 febbraio 2026\n6 min read\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == ("Ports Before Planes", ["Ana Ribeiro", "Jan Novak"])
    assert not [f for f in layout.findings if f.field == "subtitle"]


def test_an_english_page_of_a_site_labelled_in_chinese():
    text = ("港口研究所 | Harbour Studies Institute\n中文 | English\n搜尋\n\nPorts Before Planes\n\n作者：Chen Wei-ling、Jan Novak\n"
            "發布日期：2026年2月17日\n分類：港口、安全\n閱讀時間：約5分鐘\n\n分享 Facebook Line X 列印\n\n" + _BODY + "\n\n"
            "The last word of the argument is here.\n\n作者簡介\nChen Wei-ling is a research fellow at the Harbour Studies Institute in Kaohsiung. "
            "Jan Novak is an analyst at the Prague Ports Centre.\n\n相關文章\n» Cranes and cables\n» The quiet harbour\n\n"
            "本文僅代表作者個人觀點，不代表港口研究所立場。\n© 2026 港口研究所 Harbour Studies Institute. 版權所有。\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Ports Before Planes", "2026-02-17", "Harbour Studies Institute")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Chen Wei-ling", "Harbour Studies Institute"), ("Jan Novak", "Prague Ports Centre")]
    assert brief.blocks[0].text.startswith("Body words") and brief.blocks[-1].text == "The last word of the argument is here."


def test_a_brief_pasted_as_one_message_of_a_workspace_chat_is_the_text_and_the_chat_goes():
    text = ("#briefs-final\nChannel export · 4 messages\n\nJan Novak  9:58 AM\nfinal text below, flag typos before noon\n2 replies\n\n"
            "Bo Chan  10:04 AM\nwill read on the train\n\nJan Novak  10:42 AM\nPorts Before Planes\nAna Ribeiro and Jan Novak\n"
            "Lisbon Maritime Forum\nPolicy Brief 6/2026 – 11 February 2026\n\n" + _BODY + "\n\n*The cranes*\n" + _BODY * 2 + "\n\n*The cables*\n" + _BODY + "\n\n"
            "The last word of the argument is here.\n👍 3  ✅ 1\n\nBo Chan  11:15 AM\nship it 🚢\n")
    layout = parse(text)
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["The cranes", "The cables"]
    assert layout.blocks[-1].text == "The last word of the argument is here."
    assert {"will read on the train", "ship it 🚢", "👍 3  ✅ 1", "2 replies"} <= {r.text for r in layout.removed}


def test_a_report_excerpts_head_with_orcid_brackets_one_institution_under_the_names_and_its_history_line():
    brief, _ = _head_fields("HARBOUR STUDIES\nReport No. 9 (2026)\n\nPorts Before Planes\n\nAna Ribeiro [ORCID: 0000-0002-1111-2222]\n"
                            "Jan Novak [ORCID: 0000-0001-3333-444X]\n\nNordic Harbour Network, Bergen\n\n"
                            "Correspondence to: ana.ribeiro@example.org\n\nReceived 2 December 2025 · Accepted 8 January 2026 · Published 20 January 2026\n\n"
                            "This is an excerpt (Chapter 2) of the full report.\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Nordic Harbour Network"), ("Jan Novak", "Nordic Harbour Network")]
    assert brief.date == "2026-01-20" and brief.blocks[0].text.startswith("Body words")


def test_a_french_newspapers_tribune_with_a_chain_of_posts_a_time_and_an_update_in_its_date_line():
    brief, _ = _head_fields("LE COURRIER DU PORT\nInternational  |  Europe  |  Défense  |  Économie  |  Idées\nSe connecter    S'abonner\n\nIDÉES › TRIBUNE\n\n« Ports before planes »\n\n"
                            "Par Ana Ribeiro, ancienne ministre, chercheuse associée au Centre d'études maritimes de Brest\n\n"
                            "Publié le 4 mars 2026 à 10h15, mis à jour le 5 mars 2026 à 08h02\nArticle réservé aux abonnés\n\n" + _BODY + "\n\n"
                            "© Le Courrier du Port 2026 – Tous droits réservés.\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Centre d'études maritimes de Brest")]
    assert brief.date == "2026-03-04" and brief.blocks[0].text.startswith("Body words")


def test_an_authors_card_that_a_pdfs_reading_order_set_after_the_first_paragraph_is_the_byline():
    brief, _ = _head_fields("HARBOUR BRIEF\n\nPorts Before Planes\nWhy the south must pay first\n\n" + _BODY + "\n\n"
                            "Ana Ribeiro\nSenior Researcher\nLisbon Maritime Forum\n23 February 2026\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Forum")]
    assert brief.date == "2026-02-23" and [b.text for b in brief.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_polish_institutes_komentarz_with_its_name_over_its_translation_and_a_series_footer():
    brief, _ = _head_fields("INSTYTUT BADAŃ MORSKICH\nMaritime Research Institute\n\nKOMENTARZ\nNr 12/2026\n17.02.2026 r.\n\nAutor: Ana Ribeiro\n\n"
                            "Ports Before Planes\n\n" + _BODY + "\n\nThe last word of the argument is here.\n\n"
                            "IBM Komentarz 12/2026 | www.ibm.example.pl\nOpinie wyrażone w publikacji są opiniami autorki.\n")
    assert (brief.publisher, brief.date, [a.name for a in brief.authors]) == ("Instytut Badań Morskich", "2026-02-17", ["Ana Ribeiro"])
    assert brief.blocks[-1].text == "The last word of the argument is here."


def test_a_lead_author_label_over_the_name_and_post_then_contributors():
    brief, _ = _head_fields("ISSUE BRIEF\n\nPorts Before Planes\n\nMarch 4, 2026\n\nLead author\nAna Ribeiro\nSenior Fellow, Lisbon Maritime Forum\n\n"
                            "Contributors\nJan Novak\nProfessor of Politics, University of Bergen\n\nIntroduction\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Forum"), ("Jan Novak", "University of Bergen")]
    assert [b.text for b in brief.blocks if b.kind == "heading"] == ["Introduction"]


def test_a_topic_label_in_capitals_over_a_headline_in_sentence_case_is_the_sites_section():
    brief, _ = _head_fields("DEFENCE INDUSTRY\n\nWho pays for the ports? Lisbon, Gdańsk and the\nfuture of Europe's harbours at war\n\n"
                            "By Ana Ribeiro and Jan Novak\n\n4. März 2026\n\n" + _BODY + "\n")
    assert brief.title == "Who pays for the ports? Lisbon, Gdańsk and the future of Europe's harbours at war"
    brief, _ = _head_fields("THE NEW HARBOURS\n\nWhy Lisbon and Gdańsk matter\n\nBy Ana Ribeiro\n\n4 March 2026\n\n" + _BODY + "\n")
    assert brief.title == "THE NEW HARBOURS"  # a title in capitals over its subtitle names no topic of a site's


def test_a_newsletters_in_this_edition_list_and_its_closing_note_set_narrower():
    body = "The first paragraph of the outlook runs on in one long line, as a web page's text is copied, and says what matters. " * 2
    layout = parse("HARBOUR OUTLOOK\n\nPorts Before Planes\n\nAna Ribeiro\n\nIN THIS EDITION\n  > Why the ports matter\n  > What to do\n\n"
                   + body + "\n\nWHY THE PORTS MATTER\n\n" + body + "\n\nWHAT TO DO\n\n" + body + "\n\n"
                   "Harbour Outlook is published quarterly by the Lisbon Centre for Maritime\nStudies in Europe. Next edition: Q2 2026.\n")
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["WHY THE PORTS MATTER", "WHAT TO DO"]
    assert layout.blocks[0].text == body.strip() and layout.blocks[-1].text == body.strip()


def test_a_projects_page_under_its_project_label_and_with_its_funders_note():
    brief, _ = _head_fields("Skip to main content\nLisbon Maritime Forum\nHome  ›  Projects  ›  Safe Harbours  ›  FAQ\n\n"
                            "SAFE HARBOURS: A RESEARCH PROJECT\n\nFrequently asked questions: ports and war\n\nFirst published: 12.01.2026\n\n"
                            + _BODY + "\n\nThe last word of the argument is here.\n\nFunding\nThis project is funded by the Tagus Foundation. "
                            "The Foundation had no role in the research.\n\n© 2026 Lisbon Maritime Forum · Privacy · Contact\n")
    assert (brief.title, brief.publisher) == ("Frequently asked questions: ports and war", "Lisbon Maritime Forum")
    assert brief.blocks[-1].text == "The last word of the argument is here."


def test_a_podcast_episodes_page_with_the_brief_it_discusses_set_under_it():
    text = ("THE HARBOUR HOUR\nA podcast of the Lisbon Maritime Forum\n\nEpisode 12: Cranes and cables\nReleased 9 March 2026 · 40 min\n\n"
            "Guests\n- Ana Ribeiro, Senior Fellow, Lisbon Maritime Forum\n- Host: Bo Chan\n\nEpisode summary\nAna discusses her new brief on the ports.\n\n"
            "Read the brief discussed in this episode:\n--------------------------------\n\nPorts Before Planes\n\nBy Ana Ribeiro\nMarch 4, 2026\n\n"
            + _BODY + "\n\nThe last word of the argument is here.\n\nMore episodes\nEpisode 11: Who guards the cables?\nEpisode 10: The quiet harbour\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date, [a.name for a in brief.authors]) == ("Ports Before Planes", "2026-03-04", ["Ana Ribeiro"])
    assert brief.publisher == "Lisbon Maritime Forum"
    assert [b.text for b in brief.blocks] == [_BODY.strip(), "The last word of the argument is here."]


# --- layouts from the zi- set's study, each in our own words -------------------------------------------------------

def test_a_byline_with_handles_in_brackets_and_expertise_lines_then_the_date():
    brief, _ = _head_fields("LMF — Lisbon Maritime Forum\n\nANALYSIS\n\nPorts Before Planes\n\nWhy the south must pay first, and how.\n\n"
                            "Ana Ribeiro (@ana_ports) and Jan Novak (@jnovak)\nExpertise: Ports · Logistics\nExpertise: Cables · Shipping\n\n"
                            "12 mars 2026\n8 min read\n\n" + _BODY + "\n\nAna Ribeiro is a fellow at LMF. Jan Novak is head of the Ports programme at LMF.\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Forum"), ("Jan Novak", "Lisbon Maritime Forum")]
    assert brief.date == "2026-03-12" and brief.blocks[0].text == _BODY.strip()


def test_a_spanish_working_papers_authors_each_over_a_post_that_ends_in_an_acronym():
    brief, _ = _head_fields("INSTITUTO MARÍTIMO DE LISBOA\nDocumento de trabajo 7/2026\n\nFecha: 4/3/2026\n\nPorts Before Planes\n\nAutores:\nAna Ribeiro\n"
                            "Investigadora principal, Programa Puertos, IML\nJan Novak\nInvestigador asociado, Universidad de Bergen\n\n"
                            "Idioma original: inglés\n\n1. Introduction\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Instituto Marítimo de Lisboa"), ("Jan Novak", "Universidad de Bergen")]
    assert brief.date == "2026-03-04" and [b.text for b in brief.blocks if b.kind == "heading"] == ["1. Introduction"]


def test_an_events_date_over_the_publication_date_dates_nothing():
    brief, _ = _head_fields("COMMENTO\n\nPorts Before Planes\n\nAutrice: Ana Ribeiro\n\nData dell'evento: 12 febbraio 2026\n"
                            "Pubblicato il 20 febbraio 2026\n\n" + _BODY + "\n")
    assert brief.date == "2026-02-20" and brief.blocks[0].text == _BODY.strip()
    brief, _ = _head_fields("REPORT\n\nPorts Before Planes\n\nBy Ana Ribeiro\n\nEvent date: 12 February 2026\n\n" + _BODY + "\n")
    assert brief.date is None  # the meeting's day is not the report's


def test_a_professional_networks_article_ends_with_its_reactions_and_more_articles_by_the_writer():
    layout = parse("Ports Before Planes\n\nAna Ribeiro\nSenior Fellow at Lisbon Maritime Forum | Ports | Logistics\n\nPublished on January 21, 2026\n\n"
                   + _BODY + "\n\nThe last word of the argument is here.\n\nLike   Comment   Repost   Send\n👍❤️ 412 · 57 comments · 39 reposts\n\n"
                   "More articles by Ana Ribeiro\n  Why cranes matter more than ships\n  The quiet harbour: a note on logistics\n")
    assert layout.blocks[-1].text == "The last word of the argument is here."


def test_a_newsletters_other_items_listed_one_a_bullet_after_the_essay():
    layout = parse("View this email in your browser\n\nTHE HARBOUR LETTER\nIssue 42 — 27 January 2026\n\n----------\n\nFROM THE EDITOR\n\n"
                   "Dear readers,\n\nWelcome back. This issue is about one question we are often asked, and we answer it at length below.\n\n"
                   "— M.K.\n\n----------\n\nTHIS WEEK'S ANALYSIS\n\nPorts Before Planes\n\nby Ana Ribeiro\n\n" + _BODY + "\n\n"
                   "The last word of the argument is here.\n\nAna Ribeiro is a fellow at the Lisbon Maritime Forum.\n\n----------\n\nALSO THIS WEEK\n• Podcast: Cranes explained (28 min)\n"
                   "• Event: Lisbon Port Talks, 19 February\n• Reading list: Five books on Lisbon at thirty\n\n----------\n"
                   "You are receiving this email because you subscribed to The Harbour Letter.\nUnsubscribe\n")
    assert layout.blocks[-1].text == "The last word of the argument is here."


def test_a_cover_with_the_authors_left_and_the_series_right_on_the_same_lines():
    from brieflib.ingest.columns import unweave_columns

    cover = ("HARBOUR INSTITUTE\n\n\nPORTS BEFORE PLANES\n\n\nAna Ribeiro                              POLICY PAPER\n"
             "Jan Novak                                No. 14 / 2026\nBo Chan                                  Lisbon, 17 February 2026\n\n\n\n\n")
    text = unweave_columns(cover + "1. Introduction\n\n" + _BODY + "\n\nAbout the authors\n\nAna Ribeiro is head of the Ports Programme at the "
                           "Harbour Institute.\nJan Novak is a fellow at the institute and a former official of the Port Authority.\n"
                           "Bo Chan is an independent analyst based in Lisbon.\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute"), ("Jan Novak", "Harbour Institute"), ("Bo Chan", None)]
    assert brief.date == "2026-02-17" and brief.blocks[0].text == "1. Introduction"


def test_a_numbered_sections_heading_over_its_own_list_numbered_from_one():
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n\n4. The money\n\n" + _BODY + "\n\n5. Recommendations\n\n"
                   "  1. Governments should sign framework contracts of seven years.\n  2. The EU should pool its orders for shells.\n")
    assert [(b.kind, b.text) for b in layout.blocks if b.kind != "paragraph"] == [
        ("heading", "4. The money"), ("heading", "5. Recommendations"),
        ("item", "1. Governments should sign framework contracts of seven years."), ("item", "2. The EU should pool its orders for shells.")]


def test_a_masthead_after_its_logos_letters_and_a_notice_that_names_who_prepared_the_paper():
    brief, _ = _head_fields("LMF Lisbon Maritime Forum\n\nPorts Before Planes\n\nVon Ana Ribeiro\nStand: 23.01.2026\n\n" + _BODY + "\n\n"
                            "© 2026 Lisbon Maritime Forum e.V. · Impressum · Datenschutz\n")
    assert brief.publisher == "Lisbon Maritime Forum"
    brief, _ = _head_fields("HARBOUR LIBRARY AND RESEARCH SERVICE\n\nBriefing Paper\n\nPorts Before Planes\n\n" + _BODY + "\n\n"
                            "This Briefing Paper has been prepared by the Harbour Library and Research Service for Members of Parliament and their "
                            "staff. It does not represent the views of the Parliament or of any Member.\n")
    assert brief.publisher == "Harbour Library and Research Service"


def test_a_publisher_named_in_one_authors_bio_is_not_the_place_of_work_of_the_next():
    brief, _ = _head_fields("Ports Before Planes\n\nAna Ribeiro and Jan Novak\n\n" + _BODY + "\n\nAbout the authors\n\n"
                            "Ana Ribeiro is a research fellow at the Lisbon Maritime Forum. Jan Novak is an independent consultant on\n"
                            "port logistics.\n\nPublished by the Lisbon Maritime Forum, Lisbon.\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Forum"), ("Jan Novak", None)]


def test_a_heading_under_a_paragraph_that_ends_with_a_raised_letter_note_mark():
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n\nThe ports\n\nThe ports were full.ᵃ " + _BODY + "The cranes were idle.ᵇ\n\nThe money\n\n" + _BODY + "\n\n"
                   "Notes\n\nᵃ Port authority, 2025.\nᵇ Customs records, 2024.\n")
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["The ports", "The money"]


def test_a_sentence_that_opens_with_a_capital_beyond_ascii_is_a_sentence_of_its_own():
    from brieflib.model.text import sentences

    assert sentences("Ana Ribeiro is a fellow at the Forum. Łukasz Nowak is an analyst. Øystein Berg writes.") == [
        "Ana Ribeiro is a fellow at the Forum.", "Łukasz Nowak is an analyst.", "Øystein Berg writes."]
    brief, _ = _head_fields("Ports Before Planes\n\nAna Ribeiro and Łukasz Nowak\n\n" + _BODY + "\n\nAbout the authors\n\n"
                            "Ana Ribeiro is a research fellow at the Nordic-Baltic Maritime Forum. Łukasz Nowak is an independent analyst\n"
                            "based in Gdańsk.\n\nPublished by the Nordic-Baltic Maritime Forum.\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Nordic-Baltic Maritime Forum"), ("Łukasz Nowak", None)]


# --- layouts from the zj- set's study, each in our own words -------------------------------------------------------

def test_a_network_blog_named_by_its_tagline_and_signed_in_its_posted_by_footer():
    brief, _ = _head_fields("PORTNET\nThe blog of the Lisbon Maritime Forum\n\nHome   About   Members   Blog   Contact\n\nPorts Before Planes\n\n"
                            + _BODY + "\n\nThe last word of the argument is here.\n\n"
                            "Posted by Ana Ribeiro on 14/02/2026 in Ports | Tags: cranes, cables | Permalink\n\nComments are closed.\n")
    assert (brief.title, brief.publisher, brief.date) == ("Ports Before Planes", "Lisbon Maritime Forum", "2026-02-14")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"] and brief.blocks[-1].text == "The last word of the argument is here."


def test_a_byline_of_names_surname_first_set_apart_by_slashes():
    brief, _ = _head_fields("Policy Update\n\nPorts Before Planes\n\nRibeiro, Ana / Novak, Jan / Nyström, Jakob\nMarch 4, 2026 · 7 min read\n\n" + _BODY + "\n")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Novak", "Jakob Nyström"] and brief.date == "2026-03-04"


def test_an_english_page_of_a_site_labelled_in_ukrainian():
    brief, layout = _head_fields("Ports Before Planes\n\nАвтори: Ana Ribeiro, Jan Novak\nОпубліковано: 10 березня 2026\n\n" + _BODY
                                 + " The cranes stood idle.[1]\n\nThe last word of the argument is here.\n\nПримітки\n1. Port authority, 2025.\n\n"
                                 "Про авторів\nAna Ribeiro is head of programme at the Lisbon Maritime Forum. Jan Novak is an analyst at the Forum.\n\n"
                                 "Теги: порти, санкції\n© 2026 Lisbon Maritime Forum. Усі права захищено.\n")
    assert brief.date == "2026-03-10" and brief.footnotes == {1: "Port authority, 2025."}
    assert brief.blocks[-1].text == "The last word of the argument is here."
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Forum"), ("Jan Novak", "Lisbon Maritime Forum")]


def test_a_ministrys_translated_extract_under_its_states_name_notices_and_publishing_line():
    brief, _ = _head_fields("RÉPUBLIQUE FRANÇAISE\nDirection générale des affaires maritimes et portuaires\n\n"
                            "Unofficial English translation – Traduction non officielle\nIn case of discrepancy, the French original prevails.\n\n"
                            "Publié le 9 mars 2026\nDocument publié par la Direction générale des affaires maritimes et portuaires (DGAMP)\n\n"
                            "Ports before planes\n\nII.1 The ports\n\n" + _BODY + "\n")
    assert (brief.title, brief.date) == ("Ports before planes", "2026-03-09")
    assert brief.publisher == "Direction générale des affaires maritimes et portuaires" and brief.blocks[0].text == "II.1 The ports"


def test_a_joint_publication_of_three_institutes_with_notes_numbered_in_bracketed_roman_numerals():
    brief, _ = _head_fields("A joint publication of the Lisbon Maritime Forum, the Nordic Ports Institute and the Instytut Portów Bałtyckich\n\n"
                            "HARBOUR PROJECT | Report 3 | 18-02-2026\n\nPorts Before Planes\nWhy the south must pay first\n\nAuthors:\n"
                            "- Ana Ribeiro, Lisbon Maritime Forum\n- Jan Novak, Nordic Ports Institute\n\n"
                            "This report is part of the Harbour Project, funded by the partner institutes.\n\nIntroduction\n\n"
                            + _BODY + "The cranes stood idle.[i] The cables were cut.[ii]\n\nEndnotes\n[i] Port authority, 2025.\n[ii] Customs records, 2024.\n")
    assert (brief.title, brief.publisher, brief.date) == ("Ports Before Planes", "Lisbon Maritime Forum", "2026-02-18")
    assert brief.footnotes == {1: "Port authority, 2025.", 2: "Customs records, 2024."} and brief.blocks[0].text == "Introduction"


def test_an_interview_with_one_person_and_no_interviewer_named_is_hers():
    brief, _ = _head_fields("Entrevistas\n\n“Ports Come Before Planes”\n\nInterview with Ana Ribeiro, Senior Fellow, Lisbon Maritime Forum\n"
                            "12 de marzo de 2026\n\n" + _BODY + "\n\nIs the money there?\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Forum")] and brief.date == "2026-03-12"


def test_a_publication_page_with_its_tabs_set_one_after_the_other():
    text = ("Lisbon Maritime Forum\nPublications > Research Briefs\n\nPorts Before Planes: Who Pays for the South?\n\n"
            "Overview    Full text    Authors    Downloads    Cite\n\nOVERVIEW\nPublication type: Research Brief\nSeries: LMF Research Brief 2026/02\n"
            "Published: 29 January 2026\nLast updated: 3 February 2026\nProgramme: Ports\nPublisher: Lisbon Maritime Forum\nTopics: Ports; Cranes\n\n"
            "FULL TEXT\n" + _BODY + "The cranes stood idle.¹\n\nThe last word of the argument is here.\n\nNotes\n1. Port authority, 2025. ↩\n\n"
            "AUTHORS\nAna Ribeiro | Senior Fellow, Lisbon Maritime Forum\nAna Ribeiro leads the Forum's work on ports.\n\n"
            "DOWNLOADS\nResearch Brief 2026/02 (PDF, 480 KB)\nSummary in Portuguese (PDF, 120 KB)\n\n"
            "CITE\nRibeiro, A. (2026). Ports Before Planes: Who Pays for the South? LMF Research Brief 2026/02.\nCopy citation\n")
    brief, _ = _head_fields(text)
    assert (brief.date, brief.footnotes) == ("2026-01-29", {1: "Port authority, 2025."})
    assert brief.blocks[-1].text == "The last word of the argument is here."


def test_headings_numbered_with_a_section_sign_and_a_notice_on_what_the_paper_draws_on():
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n3 februari 2026\n\nDit alert is gebaseerd op een besloten expertbijeenkomst op 28 januari 2026.\n\n"
                   "§ 1 What the ports need\n\n" + _BODY + "\n\n§ 2 Who pays\n\n" + _BODY + "\n")
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["§ 1 What the ports need", "§ 2 Who pays"]
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n\nThis brief is based on a closed roundtable held in Lisbon in January 2026.\n\n" + _BODY + "\n")
    assert layout.blocks[0].text == _BODY.strip()


def test_a_box_of_key_facts_set_between_two_paragraphs_and_a_government_papers_imprint():
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nKEY FACTS\n5%      of trade passes the strait\n4+      ports above capacity\n"
                   "Source: port authorities\n\n" + _BODY + "\n\nThe last word of the argument is here.\n\nCP 1187\n\n"
                   "This publication is available at www.example.gov/official-documents\n\nE03412987 03/26\n\n"
                   "Printed on paper containing 40% recycled fibre content minimum\n")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip(), "The last word of the argument is here."]


# --- the sixth fresh-eyes review of these rules: what each must not take ----------------------------------------------

def _review_text(name: str) -> str:
    return {
        "programme": ("Harbour Security Dialogue 2026: conference report\n\nAna Ribeiro\n20 February 2026\n\n" + _BODY + "\n\nProgramme\n\n"
                      "Registration  08:30\nOpening remarks  09:00\nSession one  09:30\nCoffee break  11:00\nSession two  11:30\n\n" + _BODY * 3 + "\n"),
        "interview": ("Lisbon Maritime Forum\n\nInterview with Bo Chan, Minister of Ports of Portugal\n\nAna Ribeiro\n12 March 2026\n\n" + _BODY + "\n"),
        "parts": ("Lisbon Maritime Forum\n\nCranes or cables? Three questions on the ports\n\nAna Ribeiro\n12 March 2026\n\n" + _BODY + "\n\n"
                  "Read their analysis below:\n\nQuestion one: what is on the table?\nJan Novak\n11 March 2026\n\n" + _BODY + "\n"),
        "profiles": ("Who decides on the ports? Five people to watch\n\nLisbon Maritime Forum, 14 January 2026\n\n" + _BODY + "\n\n"
                     "Bo Chan\nMinister of Ports, Government of Portugal\nLisbon\n\n" + _BODY + "\n"),
        "quotes": ("Lisbon Maritime Forum\n\nAfter the summit: what the ministers said\n\nAna Ribeiro\n18 February 2026\n\n" + _BODY + "\n\n"
                   "“We will not be blackmailed”\nBo Chan, Minister of Ports of Portugal\n\n" + _BODY * 2 + "\n\n“The ports must pay for themselves”\n"
                   "Jan Novak, Minister of Transport of Czechia\n\n" + _BODY * 2 + "\n"),
        "places": "Lisbon Maritime Forum\n\nA Franco-German pillar for the ports?\n\nBerlin, Germany / Paris, France\n12 March 2026\n\n" + _BODY + "\n",
    }[name]


def test_a_programmes_timetable_is_no_workspace_chat():
    brief, _ = _head_fields(_review_text("programme"))
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Harbour Security Dialogue 2026: conference report", ["Ana Ribeiro"], "2026-02-20")


def test_an_interview_line_with_its_interviewer_named_under_it_leaves_the_interviewer_the_author():
    brief, _ = _head_fields(_review_text("interview"))
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]


def test_a_pointer_to_parts_under_a_page_with_its_own_byline_keeps_the_pages_head():
    brief, _ = _head_fields(_review_text("parts"))
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Cranes or cables? Three questions on the ports", ["Ana Ribeiro"], "2026-03-12")


def test_a_person_profiled_under_the_first_paragraph_is_no_displaced_byline():
    brief, _ = _head_fields(_review_text("profiles"))
    assert brief.authors == [] and "Bo Chan" in [b.text for b in brief.blocks]


def test_quoted_politicians_under_a_bylined_briefs_headings_are_no_authors():
    brief, _ = _head_fields(_review_text("quotes"))
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]


def test_places_set_apart_by_a_slash_are_no_names_surname_first():
    brief, _ = _head_fields(_review_text("places"))
    assert brief.authors == []


@pytest.mark.parametrize("prose", [
    "Yet the Council's conclusions do not necessarily reflect the positions of member states on enlargement, as the veto showed again.",
    "The Weimar Triangle is a trilateral format of France, Germany and Poland. Created in 1991, it was meant to reconcile the three.",
    "The initiative was supported by Germany, France and Poland, but opposed by Hungary, which vetoed its funding twice.",
    "The programme is financed by national contributions from the three capitals, and by nothing else.",
    "The Fragile States Index is compiled annually by the Fund for Peace. It ranks 179 countries on twelve indicators of pressure.",
    "This paper is based on interviews with 40 officials in Berlin, Paris and Warsaw conducted between January and March 2026.",
    "Bo Chan leads the largest party in the coalition, the Civic Harbour party, and has staked his reputation on the ports.",
])
def test_prose_that_only_resembles_a_notice_stays_the_texts_last_paragraph(prose):
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + prose + "\n")
    assert layout.blocks[-1].text == prose


def test_a_freelancers_bio_that_says_its_is_at_no_institution():
    brief, _ = _head_fields("Lisbon Maritime Forum\n\nPorts under pressure\n\nJan Novak\n12 March 2026\n\n" + _BODY + "\n\nAbout the author\n\n"
                            "Jan Novak is a freelance journalist based in Gdańsk who has covered the Baltic Sea region and its maritime economy for years.\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Jan Novak", None)]


def test_a_table_of_names_and_figures_keeps_each_row_whole():
    from brieflib.ingest.columns import unweave_columns

    table = "Ana Ribeiro             50.89%\nJan Novak               49.11%\n"
    assert table in unweave_columns("Results\n\n" + table + "\n" + _BODY + "\n")


def test_a_title_in_capitals_over_a_short_subtitle_and_a_states_name_over_a_subtitle_stay_the_title():
    for title, subtitle in (("EUROPEAN DEFENCE INDUSTRY", "Why fragmented procurement still costs Europe billions"), ("REPUBLIC OF MOLDOVA", "Between Brussels and Moscow: the next step")):
        brief, _ = _head_fields(f"{title}\n{subtitle}\n\nJan Novak\n4 February 2026\n\n" + _BODY + "\n")
        assert brief.title == title


def test_a_section_break_early_in_the_text_is_no_end_mark():
    layout = parse("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY * 3 + "\n\n" + _BODY * 3 + "\n\n###\n\nScenario one: a frozen conflict.\n\n"
                   "Investors stay away.\n\nScenario two: an armistice.\n\nInsurance returns.\n")
    assert layout.blocks[-1].text == "Insurance returns."


def test_a_publishing_line_in_french_names_the_paper_without_the_day_or_the_section():
    from brieflib.ingest import patterns as P

    assert P.publisher_from("Publié par Le Courrier du Port le 4 mars 2026 dans sa rubrique Idées.") == "Le Courrier du Port"
    assert P.publisher_from("Document publié par la Direction générale des ports (DGP)") == "Direction générale des ports"


# --- layouts from the zk- set's study, each in our own words -------------------------------------------------------

def test_a_pages_screen_reader_text_is_no_part_of_the_text():
    brief, layout = _head_fields("Skip to main content\nOpens in a new window\nHome | Research | Commentary | About\n\nCommentary\n\nPorts Before Planes\n\n"
                                 "By Ana Ribeiro\n\n23 January 2026\n\nShare on X (opens in a new window)  Share on LinkedIn (opens in a new window)  Email this page\n\n"
                                 "The ports matter, as the authority's report (external link) shows. " + _BODY + "\n")
    assert (brief.title, brief.date) == ("Ports Before Planes", "2026-01-23")
    assert layout.blocks[0].text == "The ports matter, as the authority's report shows. " + _BODY.strip()


def test_a_summary_page_for_policymakers_before_the_papers_title_page():
    brief, _ = _head_fields("SUMMARY FOR POLICYMAKERS\n\nThe Port Gap: Closing It Before 2028\n\n• Ports are full.\n• Cranes are old.\n• Governments should pool orders.\n\n"
                            "Full analysis overleaf.\n\n--------------------\n\nLisbon Maritime Forum\nAnalysis Paper 3 | 2026\n\nPORTS BEFORE PLANES\n"
                            "Why the south must pay first\n\nAna Ribeiro\nResearch Director\n\n12.03.2026\n\nIntroduction\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date, brief.publisher) == (
        "PORTS BEFORE PLANES", ["Ana Ribeiro"], "2026-03-12", "Lisbon Maritime Forum")


def test_a_long_rule_of_dashes_is_no_file_name():
    """A rule of 62 dashes took minutes to read (the name's parts and what joined them overlapped); a file's name is read."""
    from brieflib.ingest.furniture import WEB_FURNITURE

    assert not WEB_FURNITURE["file-name"].test("-" * 62)
    assert WEB_FURNITURE["file-name"].test("Harbour_Brief-02 FINAL.pdf")


# --- layouts from the zl- set's study, each in our own words -------------------------------------------------------

def test_a_box_divided_into_panels_ends_at_its_last_rule_not_at_its_first_divider():
    """A claim panel over a verdict panel in one typed box: the rule between them is a divider, and the text after
    the box is the text (it was once taken as a second box, running to the next box's top)."""
    text = ("Did the ports close?\n\nUpdated: 21 January 2026\n\n+--------------------------+\n| CLAIM: the ports closed. |\n"
            "+--------------------------+\n| VERDICT: FALSE           |\n+--------------------------+\n\n" + _BODY + "\n\nWhat was said\n\n" + _BODY
            + "\n\n+--------------------------+\n| Write to us via the form. |\n+--------------------------+\n")
    brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks] == [_BODY.strip(), "What was said", _BODY.strip()]
    assert all(r.reason == F.SIDEBAR_REASON for r in layout.removed if "CLAIM" in r.text or "VERDICT" in r.text or "form" in r.text)


def test_a_fact_checking_desks_label_is_no_title():
    brief, _ = _head_fields("FACT CHECK\n\nDid the ports close in March?\n\nUpdated: 21 January 2026\n\n" + _BODY + "\n")
    assert (brief.title, brief.date) == ("Did the ports close in March?", "2026-01-21")


def test_who_answers_for_a_funded_projects_texts_is_a_notice():
    assert P.is_notice("The Harbour Check is funded by a grant from the Sea Trust. Editorial responsibility lies solely with the Port Institute.")
    assert P.is_notice("Editorial responsibility rests with the Port Institute.")
    assert not P.is_notice("The fund is financed by member states. Editorial responsibility for the reports lies with a board that never meets, "
                               "and that, we argue, is the problem.")


@pytest.mark.parametrize("line, iso", [
    ("Posted: Tue 03 Mar 2026 14:05 CET", "2026-03-03"),
    ("Wed. 4 March 2026", "2026-03-04"),
    ("Sat, 7 Mar 2026 09:00:00 +0000", "2026-03-07"),
    ("Mar 4, 2026", "2026-03-04"),  # "Mar" is the month here, not a weekday
])
def test_a_date_after_a_short_weekday(line, iso):
    assert D.parse_date(line) == iso


def test_a_post_of_an_organisation_named_for_a_programme_keeps_its_place_of_work():
    """"Programme" ends the names of organisations too: the post's place of work stays."""
    assert [(a.name, a.affiliation) for a in authors_from("Cindy Marsh, Executive Director of the World Food Programme")] == [
        ("Cindy Marsh", "World Food Programme")]


def test_an_authors_box_after_the_first_heading_with_a_blank_between_its_authors():
    """A page's "Written by" box, linearised under the first section heading: each author's lines, a blank between
    them, and the institute's line under a post even where it repeats the masthead."""
    brief, layout = _head_fields("Skip to main content\nHarbour Forum\nResearch   Events   Experts   About\n\nCommentary\n\n"
                                 "The Port Gap Is a Crane Problem, Not a Ship Problem\n\nIntroduction\n\nWritten by\nAna Ribeiro\nSenior Fellow, Ports Programme\n"
                                 "Harbour Forum\n\nJan Nowak\nAssociate Fellow, Harbour Forum\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Forum"), ("Jan Nowak", "Harbour Forum")]
    assert [b.text for b in layout.blocks] == ["Introduction", _BODY.strip()]


def test_a_closing_dashed_line_that_says_who_the_writer_is_names_the_author():
    brief, layout = _head_fields("OPINION\n\nPorts before planes: the south must pay first\n\n" + _BODY + "\n\n" + _BODY + "\n\n"
                                 "— Ana Ribeiro is director of the Ports programme at the Harbour Institute in Lisbon.\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute")]
    assert all("Ribeiro" not in b.text for b in layout.blocks)


def test_a_bold_standfirst_under_the_title_set_again_is_the_summary():
    brief, layout = _head_fields("Ports Before Planes | Harbour Forum\n\nHarbour Forum\n\nPorts Before Planes\n\nAna Ribeiro\n12 February 2026\n\n"
                                 "# Ports Before Planes\n\n**Lisbon wants cranes, Madrid offers ships. The ports will decide.**\n\n" + _BODY + "\n")
    assert brief.summary == "Lisbon wants cranes, Madrid offers ships. The ports will decide."
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_editors_listed_one_a_line_under_their_label_are_no_authors():
    brief, layout = _head_fields("HARBOUR OBSERVATORY\n\nOccasional Paper Series · No. 3\n\nCranes and Queues\nWhy Europe's Ports Cannot Load a Brigade in a Week\n\n"
                                 "Editors:\nMaria Costa\nJan Nowak\n\nContributors:\nAna Ribeiro, Lisbon Maritime Forum\nPiet de Vries, Delta Institute\n\n"
                                 "4 marzo 2026\n\nIntroduction\n\n" + _BODY + "\n")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Piet de Vries"]
    assert (brief.title, brief.date) == ("Cranes and Queues", "2026-03-04")
    assert [b.text for b in layout.blocks] == ["Introduction", _BODY.strip()]


def test_a_print_views_label_beside_the_sites_name_is_no_title():
    brief, layout = _head_fields("https://harbour.example/print/ports        Printed 02.03.2026 10:47\n\nHARBOUR INSTITUTE — Printer-friendly version\n\n"
                                 "Ports Before Planes: The South Must Pay First\n\nAna Ribeiro, Fellow, Harbour Institute\nPublished 12.01.2026\n\n" + _BODY + "\n\n"
                                 "About the author: Ana Ribeiro leads the Institute's work on ports.\n"
                                 "Harbour Institute, Lisbon and Porto. Registered charity no. 1190000.\n")
    assert (brief.title, brief.publisher, brief.date) == ("Ports Before Planes: The South Must Pay First", "Harbour Institute", "2026-01-12")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_registration_number_in_an_imprint_is_a_notice_and_a_number_in_prose_is_not():
    assert P.is_notice("Registered charity number 1123456")
    assert P.is_notice("The Harbour Institute is a company limited by guarantee, registered in England and Wales, number 0123456.")
    assert not P.is_notice("The company number 10 on the list is not a figure we trust.")


def test_a_chapter_given_on_its_own_is_titled_by_the_chapter():
    brief, layout = _head_fields("PORTS OUTLOOK 2026                                    PUBLIC VERSION\n\nChapter 3\nCranes and Queues in the Southern Ports\n\n"
                                 + _BODY + "\n")
    assert brief.title == "Cranes and Queues in the Southern Ports"
    assert [b.text for b in layout.blocks] == [_BODY.strip()]
    assert any(r.text.startswith("PORTS OUTLOOK 2026") and "chapter" in r.reason for r in layout.removed)


def test_a_chapter_label_in_the_text_is_a_heading_as_before():
    """Under a title, "Chapter 2" and its title are the text's sections, not a second title."""
    brief, layout = _head_fields("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nChapter 2\nThe money\n\n" + _BODY + "\n")
    assert brief.title == "Ports Before Planes"


def test_a_note_apps_table_of_properties_and_the_readers_note_are_no_part_of_the_text():
    text = ("# Ports before planes\n\n| Property | Value |\n|---|---|\n| Created | 2026-02-09 08:41 |\n| Tags | #ports #reading-list |\n"
            "| Source URL | https://harbour.example/ports |\n| Status | To read again |\n\n---\n\nPorts before planes: why the south must pay first\n\n"
            "Ana Ribeiro, Research Fellow, Harbour Institute\n10 February 2026\n\n" + _BODY + "\n\n---\nMy notes: compare with the crane data; ask J. about it.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Ports before planes: why the south must pay first", "2026-02-10")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute")]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_typed_table_of_fields_in_the_text_stays_a_table():
    """A table whose rows are the text's own (a country's fast facts), not a note's properties, stays."""
    text = "Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n| Port | Cranes |\n|---|---|\n| Lisbon | 12 |\n| Porto | 9 |\n\n" + _BODY + "\n"
    _brief, layout = _head_fields(text)
    assert [b.kind for b in layout.blocks] == ["paragraph", "table", "paragraph"]


def test_a_series_list_of_its_parts_and_the_pager_are_no_part_of_the_text():
    text = ("Centro Marítimo de Análisis\nSeries: Europe's Ports Under Stress\n\nPart 3 of 5\n\nIn this series:\n1. Cranes and Queues\n2. Fuel Before Flags\n"
            "3. Ports Before Planes (you are here)\n4. Who Pays for the Quays\n\nPorts Before Planes\n\nAna Ribeiro\n\n4 de marzo de 2026\n\n" + _BODY + "\n\n"
            "Next in the series: Who Pays for the Quays →\n← Previous: Fuel Before Flags\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date, brief.publisher) == (
        "Ports Before Planes", ["Ana Ribeiro"], "2026-03-04", "Centro Marítimo de Análisis")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


@pytest.mark.parametrize("line, pager", [
    ("« Previous  1  2  3  Next »", True),
    ("1 2 3 Next ›", True),
    ("← Previous: Fuel Before Flags", True),
    ("Next: the ports must be paid for first.", False),  # a sentence
    ("Next steps", False),
    ("2 3 4", False),
])
def test_a_paged_articles_pager(line, pager):
    found = F.web_furniture(line)
    assert (found[0] if found else None) == ("post-navigation" if pager else None)


def test_who_publishes_a_site_named_beside_it_above_the_title():
    brief, _ = _head_fields("Harbour Review Online | Published by the Harbour Institute\n\nPorts Before Planes: What Lisbon Now Expects\n"
                            "By Ana Ribeiro and Jan Nowak\n4 de março de 2026\n\n" + _BODY + "\n")
    assert (brief.title, brief.publisher) == ("Ports Before Planes: What Lisbon Now Expects", "Harbour Institute")


def test_a_chapter_under_the_volume_it_appeared_in():
    text = ("In: Maria Costa and Piet de Vries (eds.), Ports After the War: Proceedings of the Harbour Conference 2025, Lisbon: Harbour Institute, 2026, pp. 45–62.\n"
            "First published online: 28 April 2026\n\nChapter 4\n\nCranes and Queues in a Divided Alliance\n\nAna Ribeiro\n\n4.1 Introduction\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date, brief.publisher) == (
        "Cranes and Queues in a Divided Alliance", ["Ana Ribeiro"], "2026-04-28", "Harbour Institute")
    assert [b.text for b in layout.blocks] == ["4.1 Introduction", _BODY.strip()]


def test_a_chapters_title_wrapped_onto_two_lines_under_its_label():
    brief, _ = _head_fields("PORTS OUTLOOK 2026\n\nCHAPTER 4\n\nThe Port Question: Can Europe Load\nIts Own Brigades?\n\nAna Ribeiro\n\n" + _BODY + "\n")
    assert brief.title == "The Port Question: Can Europe Load Its Own Brigades?"


def test_a_note_apps_callouts_comments_and_wiki_links():
    text = ("---\ntags: [ports]\ncreated: 2026-05-11\n---\n\n# Ports Before Planes\n\n> [!info] Briefing\n> Prepared by [[Ana Ribeiro]] for the [[Harbour Forum]] reading group.\n\n"
            "## The scenario\n\n" + _BODY.strip() + " See [[Cranes notes|the crane notes]].\n\n%% TODO: add a chart %%\n\n%%\nA comment over\ntwo lines\n%%\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]
    assert [b.text for b in layout.blocks] == ["The scenario", _BODY.strip() + " See the crane notes.", _BODY.strip()]
    assert {r.text for r in layout.removed} >= {"[!info]", "%% TODO: add a chart %%", "A comment over", "Cranes notes"}


def test_wiki_links_stay_as_written_in_a_text_with_no_callout_or_comment():
    _brief, layout = _head_fields("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY.strip() + " See [[Cranes]].\n")
    assert layout.blocks[0].text.endswith("See [[Cranes]].")


def test_whom_a_paper_was_prepared_for_is_no_part_of_its_authors_names():
    assert [a.name for a in byline_authors("Prepared by Ana Ribeiro and Jan Nowak for the Harbour Forum reading group.")] == ["Ana Ribeiro", "Jan Nowak"]


def test_a_pdf_viewers_document_properties_above_the_text_are_no_part_of_it():
    text = ("Document Properties\n  File:        ports_v7_FINAL(2).pdf\n  Title:       Microsoft Word - ports_v7_tracked.docx\n  Author:      admin\n"
            "  Subject:\n  Producer:    Acrobat PDFMaker for Word\n\n--------------------------------\n\nBRIEFING PAPER\n\nPorts Before Planes: Why the South Must Pay First\n\n"
            + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Ports Before Planes: Why the South Must Pay First"
    assert brief.authors == []
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_an_explainers_lead_box_its_closing_terms_and_its_feedback_question():
    text = ("EXPLAINER\n\nWhat is a port guarantee, and who would give one?\n\nLast updated: 9 March 2026\n\nWHY IT MATTERS\n"
            "Ports decide whether a ceasefire holds. Their design decides the rest.\n\n" + _BODY + "\n\nWhat to watch\n\n" + _BODY + "\n\nKEY TERMS\n"
            "Backstop: Support from a third party that makes a guarantee credible.\nSnap-back: A clause restoring sanctions automatically.\n\n"
            "Explore our ports hub\nWas this explainer useful? Yes / No\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("What is a port guarantee, and who would give one?", "2026-03-09")
    assert brief.summary == "Ports decide whether a ceasefire holds. Their design decides the rest."
    assert [b.text for b in layout.blocks] == [_BODY.strip(), "What to watch", _BODY.strip()]


def test_why_it_matters_as_the_texts_own_section_stays_a_heading():
    _brief, layout = _head_fields("Did the ports close?\n\nUpdated: 21 January 2026\n\n" + _BODY + "\n\nWhy it matters\n\n" + _BODY + "\n")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), "Why it matters", _BODY.strip()]


def test_a_list_of_abbreviations_in_the_first_half_is_the_texts_own():
    _brief, layout = _head_fields("Ports Before Planes\n\nBy Ana Ribeiro\n\nAbbreviations\nACI – Anti-Coercion Instrument\nG7 – Group of Seven\n\n"
                                  + _BODY + "\n\n" + _BODY + "\n\n" + _BODY + "\n")
    assert "Abbreviations" in [b.text for b in layout.blocks]


def test_a_byline_with_the_posts_age_and_reading_time_names_its_author_and_dates_nothing():
    brief, layout = _head_fields("ANALYSIS · PORTS\n\nPorts Before Planes Is Running Out of Room\n\nAna Ribeiro · 3 days ago · 5 min read\n\n" + _BODY + "\n")
    assert ([a.name for a in brief.authors], brief.date) == (["Ana Ribeiro"], None)
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_copyright_line_under_a_box_of_links_names_the_publisher():
    brief, layout = _head_fields("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nMore from Analysis\nCranes and queues\nFuel before flags\n"
                                 "Get the app\n© Harbour Institute for Strategic Affairs\n")
    assert brief.publisher == "Harbour Institute for Strategic Affairs"
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_nordic_page_its_masthead_over_a_kicker_its_disclaimer_and_share_line():
    text = ("Skärgård Institute for Port Studies\nAnalys | Hamnpolitik\n\nPorts Before Planes: A Region, Not Five Countries\n\n"
            "Publicerad: 2 februari 2026\nFörfattare: Astrid Nyberg, Mikko Järvinen\n\n" + _BODY + "\n\n"
            "Ansvarsfriskrivning: Denna analys uttrycker författarnas egna åsikter och återspeglar inte nödvändigtvis institutets ståndpunkter.\n\n"
            "Dela artikeln\n")
    brief, layout = _head_fields(text)
    assert (brief.publisher, brief.date, [a.name for a in brief.authors]) == (
        "Skärgård Institute for Port Studies", "2026-02-02", ["Astrid Nyberg", "Mikko Järvinen"])
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_an_institutions_name_beside_a_topic_above_the_title_is_no_publisher():
    """"European Commission | Trade" over a title is the topic's tag; the © line names who publishes."""
    brief, _ = _head_fields("Skip to main content\nHarbour Institute\nHome   Research   About\n\nEuropean Commission | Trade\n\n"
                            "Ports Before Planes: The Case for a Compact\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n© 2026 Harbour Institute\n")
    assert brief.publisher == "Harbour Institute"


def test_notes_set_as_paragraphs_under_the_paragraphs_they_annotate():
    text = ("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nNote 1: The port authority says so.\n\nThe money\n\n" + _BODY
            + "\n\nNote 2: See the budget for 2026.\n")
    _brief, layout = _head_fields(text)
    assert layout.notes == {1: "The port authority says so.", 2: "See the budget for 2026."}
    assert [b.text for b in layout.blocks] == [_BODY.strip() + "[1]", "The money", _BODY.strip() + "[2]"]


def test_a_paragraph_that_opens_with_note_in_a_text_with_its_own_notes_stays():
    text = "Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY.strip() + "[1]\n\nNote 2: the ports are full.\n\nNotes\n\n1. The port authority says so.\n"
    _brief, layout = _head_fields(text)
    assert "Note 2: the ports are full." in [b.text for b in layout.blocks]


# --- layouts from the zm- set's study, each in our own words -------------------------------------------------------

def test_a_title_in_capitals_over_three_lines_and_authors_set_apart_by_bullets():
    brief, layout = _head_fields("HARBOUR INSTITUTE\nPolicy Brief 1/2026\n\nTHE PORT GAP PROBLEM:\nLOADING BRIGADES\nIN EUROPE'S HARBOURS\n\n"
                                 "Ana Ribeiro • Jan Nowak • Søren Holm\n\nJanuary 2026\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == (
        "THE PORT GAP PROBLEM: LOADING BRIGADES IN EUROPE'S HARBOURS", ["Ana Ribeiro", "Jan Nowak", "Søren Holm"], "2026-01")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_lines_in_capitals_with_no_byline_or_date_under_them_are_not_joined_into_a_title():
    brief, _ = _head_fields("PORTS BEFORE PLANES\nWHY THE SOUTH PAYS\n\n" + _BODY + "\n")
    assert brief.title != "PORTS BEFORE PLANES WHY THE SOUTH PAYS"


def test_a_head_of_fields_in_two_columns_and_a_contact_line_after_the_notes():
    text = ("HOUSE OF PORTS                                                  INSIGHT\nHarbour Research Service                                  No. 14 / 2026\n\n"
            "Port guarantees: the options on the table\n\n"
            "Author(s):    Ana Ribeiro,              Date:          23-02-2026\n              Jan Nowak                 Pages:         4\n"
            "Subject:      Ports; defence            Reference:     HRS-IN-2026-014\n\nSUMMARY\nThe ports need cranes.\n\nBackground\n\n"
            + _BODY.strip() + "[1]\n\nNOTES\n[1] The port authority, 2025.\n\nContact: Ana Ribeiro and Jan Nowak, Harbour Research Service, House of Ports.\n"
            "This Insight has been prepared by the Harbour Research Service to support the work of Members.\n")
    brief, layout = _head_fields(text)
    assert ([(a.name, a.affiliation) for a in brief.authors], brief.date, brief.publisher) == (
        [("Ana Ribeiro", "Harbour Research Service, House of Ports"), ("Jan Nowak", "Harbour Research Service, House of Ports")],
        "2026-02-23", "Harbour Research Service")
    assert layout.notes == {1: "The port authority, 2025."}
    assert layout.blocks[-1].text == _BODY.strip() + "[1]"


def test_experts_under_headings_of_their_name_and_institute_are_the_authors():
    text = ("HARBOUR COUNCIL\nExpert Reaction\n\nExpert reaction: What the port deal means\n\nPublished: 21 January 2026 | Updated: 22 January 2026\n"
            "Update: this page was updated to add the reaction from Athens.\n\n" + _BODY + "\n\nAna Ribeiro, Lisbon Maritime Institute\n\n" + _BODY
            + "\n\nNikos Pappas, Athens Institute for Port Studies\n\n" + _BODY + "\n\nThe Harbour Council is an independent forum. Experts speak in a personal capacity.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Maritime Institute"), ("Nikos Pappas", "Athens Institute for Port Studies")]
    assert brief.date == "2026-01-21"
    assert [b.text for b in layout.blocks] == [_BODY.strip(), "Ana Ribeiro, Lisbon Maritime Institute", _BODY.strip(),
                                               "Nikos Pappas, Athens Institute for Port Studies", _BODY.strip()]


def test_one_heading_that_names_a_person_and_a_place_names_no_author():
    brief, _ = _head_fields("Ports Before Planes\n\n" + _BODY + "\n\nJean Monnet, Founding Father of Europe\n\n" + _BODY + "\n")
    assert brief.authors == []


@pytest.mark.parametrize("series", ["NOTE STRATÉGIQUE N° 4/2026 — VERSION ANGLAISE", "Documento de trabajo 12/2026 | English version"])
def test_a_series_named_noun_first_and_its_edition_is_no_title(series):
    brief, _ = _head_fields(f"Institut des Ports\n\n{series}\n\nTowards a European Port Community?\n\nAuteurs : Camille Dufresne\n"
                            "Date de publication : 3 février 2026\n\n" + _BODY + "\n")
    assert (brief.title, brief.date) == ("Towards a European Port Community?", "2026-02-03")


# --- the seventh fresh-eyes review of these rules: what each must not take -----------------------------------------

_REVIEW_HEAD = "Harbour Institute\n\nPorts Before Planes\n\nBy Ana Ribeiro\n\n12 March 2026\n\n"


def test_a_section_of_terms_the_text_goes_on_after_is_kept():
    text = (_REVIEW_HEAD + _BODY + "\n\n" + _BODY + "\n\nKey terms\n\nDuration: the ceasefire runs for 120 days and may be extended.\n\n"
            "Inspections: each side may inspect the other's ports twice a month.\n\nWhy Lisbon hesitates\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert "Inspections: each side may inspect the other's ports twice a month." in [b.text for b in layout.blocks]


def test_a_bio_under_a_closing_list_of_abbreviations_still_names_the_author():
    text = ("Harbour Institute\n\nPorts Before Planes\n\n" + _BODY + "\n\n" + _BODY + "\n\nAbbreviations\nEEZ – exclusive economic zone\n"
            "NATO – North Atlantic Treaty Organization\n\nAbout the author: Ana Ribeiro is a senior fellow at the Harbour Institute, where she leads its work on ports.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute")]
    assert "Abbreviations" not in [b.text for b in layout.blocks]


@pytest.mark.parametrize("prose", [
    "The cargo was bought by a firm with no assets and no staff, Gatik Shipping Ltd, company number 14567890.",
    "Of the forty owners we traced, most were shell companies; the rest were partnerships, registered in England and Wales.",
    "Editorial control rests with the government in four of the five countries studied here, whatever their media laws say.",
    "Opinionsmätningarna återspeglar inte nödvändigtvis hur väljarna kommer att rösta i september.",
    "I den senaste intervjun uttrycker ministern sina egna åsikter om hamnarna.",
])
def test_prose_that_shares_words_with_a_notice_is_no_notice(prose):
    assert not P.is_notice(prose)
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\n" + prose + "\n")
    assert layout.blocks[-1].text == prose


def test_a_series_list_with_prose_right_under_it_ends_at_its_last_entry():
    text = (_REVIEW_HEAD + "This is the second paper of the series.\n\nIn this series:\n1. Fuel Before Flags\n2. Ports Before Planes (this paper)\n"
            "3. Buying Together\nThe SAFE instrument agreed in 2025 lends up to 150 billion euros to governments that buy\n"
            "together, and the ports are among the first to ask for it.\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert any(b.text.startswith("The SAFE instrument agreed in 2025") for b in layout.blocks)
    assert not any("Fuel Before Flags" in b.text for b in layout.blocks)


def test_double_percent_signs_after_figures_are_no_note_apps_comment():
    line = "Defence spending rose from 2.4%% of GDP in 2022 to 4.1%% in 2024, the fastest rise in the alliance."
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\n" + line + "\n")
    assert layout.blocks[-1].text == line


@pytest.mark.parametrize("answer", [
    "— Mark Rutte est un ami et un homme d'expérience, mais il ne décide pas seul.",
    "— Mark Rutte is the secretary general of an alliance that decides by consensus, and he knows it.",
])
def test_a_line_of_dialogue_after_a_dash_is_no_bio(answer):
    brief, layout = _head_fields("Entretien : « Les ports d'abord »\n\nPar Ana Ribeiro\n\n" + _BODY + "\n\n" + answer + "\n")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]
    assert layout.blocks[-1].text == answer


def test_a_report_in_parts_keeps_its_own_title():
    text = ("European Ports in 2030\n\nPart I\nThe Strategic Context\n\n" + _BODY + "\n\nPart II\nThe Money\n\n" + _BODY + "\n\nPart III\nThe Cranes\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "European Ports in 2030"


def test_points_of_an_essay_titled_as_notes_are_its_text():
    text = ("Harbour Institute\n\nThree Notes on Deterrence in the Ports\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nNote 1: Deterrence by denial requires cranes.\n\n"
            + _BODY + "\n\nNote 2: Deterrence by punishment requires ships.\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert layout.notes == {}
    assert "Note 1: Deterrence by denial requires cranes." in [b.text for b in layout.blocks]


def test_a_bold_paragraph_under_the_title_repeated_on_a_later_page_stays():
    text = (_REVIEW_HEAD + _BODY + "\n\nPorts Before Planes\n\n**Poland's case is different: its ports are new.**\n\n"
            "The second page's text goes on here, about the cranes and the money they need.\n")
    brief, layout = _head_fields(text)
    assert any("Poland's case is different: its ports are new." in b.text for b in layout.blocks)
    assert not (brief.summary or "").startswith("Poland")


@pytest.mark.parametrize("heading", ["Next: a five per cent target, split between ports and cranes", "Personal note: I served in the navy in 1998."])
def test_a_heading_or_a_writers_own_note_that_opens_with_a_label_is_the_text(heading):
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\n" + heading + "\n\n" + _BODY + "\n")
    assert heading in [b.text for b in layout.blocks]


def test_an_authors_line_under_a_lone_editors_label_is_no_editor():
    brief, _ = _head_fields("Harbour Institute\n\nPorts Before Planes\n\nEditor:\nJane Doe\nAna Ribeiro, Senior Fellow, Harbour Institute\n\n12 March 2026\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute")]


def test_why_it_matters_in_a_text_headed_in_capitals_is_its_first_section():
    text = (_REVIEW_HEAD + "WHY IT MATTERS\nThe Arctic Council was paused in 2022.\n\n" + _BODY + "\n\nWHAT COMES NEXT\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks][:2] == ["WHY IT MATTERS", "The Arctic Council was paused in 2022."]


def test_a_post_in_a_research_programme_of_an_unnamed_institution_is_no_place_of_work():
    assert [(a.name, a.affiliation) for a in authors_from("Inés Ortega, Head of the Geoeconomics Programme")] == [("Inés Ortega", None)]
    assert [(a.name, a.affiliation) for a in authors_from("Inés Ortega, Head of the Geoeconomics Programme, Harbour Institute")] == [
        ("Inés Ortega", "Harbour Institute")]


def test_a_pages_fields_each_label_over_its_value():
    text = ("Harbour Institute\n\nExplainer\n\nPorts: Can Europe Stockpile Its Way to Security?\n\nType\n    Explainer\nPublished\n    27 de janeiro de 2026\n"
            "Programme\n    Economic Security\nReading time\n    6 minutes\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Ports: Can Europe Stockpile Its Way to Security?", "2026-01-27")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_two_short_headings_each_over_a_line_are_no_fields():
    _brief, layout = _head_fields(_REVIEW_HEAD + "Background\nThe ports are full.\nTopics\nCranes and money.\n\n" + _BODY + "\n")
    assert "Background" in " ".join(b.text for b in layout.blocks)


@pytest.mark.parametrize("line, furniture", [
    ("“Ports don’t manufacture anger. They rent it.” Tweet this", True),
    ("\"A few thousand euros can buy a narrative.\" — Click to tweet", True),
    ("“Ports don’t manufacture anger,” she said, “they rent it.”", False),
])
def test_a_quote_set_to_be_shared(line, furniture):
    found = F.web_furniture(line)
    assert (found is not None and found[0] == "tweetable-quote") is furniture


def test_a_back_page_of_recent_publications_and_the_publishers_address():
    text = (_REVIEW_HEAD + _BODY + "\n\nAna Ribeiro is head of the ports programme at the Harbour Institute.\n\nRECENT PUBLICATIONS\n\n"
            "Border Cranes: One Year On                      Policy Brief No. 6, 19 lutego 2026\n"
            "Baltic Ports and NATO Logistics                 Policy Brief No. 5, 28 stycznia 2026\n\n"
            "Harbour Institute\nul. Nowy Świat 00, 00-000 Warszawa\nwww.harbour.example  |  office@harbour.example\n© Harbour Institute 2026\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute")]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_sentence_about_recent_publications_is_the_text():
    line = "Recent publications show that the ports are full."
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\n" + line + "\nThe cranes are old and the queues are long.\n")
    assert any(line in b.text for b in layout.blocks)


def test_a_bio_in_the_same_division_and_the_closing_notices_of_a_translated_comment():
    text = ("HARBOUR Comment\nNO. 12 MARCH 2026\n\nPorts after Certainty\nLisbon's Options\nAna Ribeiro and Jan Nowak\n\n" + _BODY + "\n\nNotes\n\n"
            "1 See the port authority's report.\n\nDr Ana Ribeiro is a Researcher in the Ports Division at the Harbour Institute for Maritime Policy. "
            "Jan Nowak is a Visiting Fellow in the same Division.\n\n© Harbour Institute for Maritime Policy, 2026\nAll rights reserved\n"
            "This Comment reflects the authors' views.\nEnglish version of HARBOUR-Aktuell 9/2026\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute for Maritime Policy"),
                                                                ("Jan Nowak", "Harbour Institute for Maritime Policy")]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_notes_tooltip_under_its_paragraph_and_a_bio_in_italian():
    text = (_REVIEW_HEAD.replace("By Ana Ribeiro", "Di Giulia Moretti") + _BODY.strip() + " [1]\n    ↳ 1. The port authority says so.\n\n" + _BODY + "\n\nNotes\n"
            "1. The port authority says so.\n\nGiulia Moretti è ricercatrice presso il Centro Studi Portuali Adriatici.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Giulia Moretti", "Centro Studi Portuali Adriatici")]
    assert not any("↳" in b.text for b in layout.blocks)
    assert layout.notes == {1: "The port authority says so."}


# --- layouts from the zn- set's study, each in our own words -------------------------------------------------------

def test_a_framed_summary_box_under_the_byline_is_the_summary_shown_above_the_text(tmp_path):
    from brieflib.ingest.convert import convert_file

    path = tmp_path / "summary-box.txt"
    path.write_text("Harbour Institute\n\nPorts and Cranes: Measuring Europe's Exposure\n\nAna Ribeiro and Jan Nowak\n\n+------------------------------------+\n"
                    "| SUMMARY                            |\n|                                    |\n| European debates treat the ports   |\n"
                    "| as one problem. This note splits   |\n| it in three.                       |\n+------------------------------------+\n\n1. Introduction\n\n"
                    + _BODY + "\n", encoding="utf-8")
    brief = convert_file(path)
    assert brief.summary == "European debates treat the ports as one problem. This note splits it in three."
    assert not brief.summary_derived


def test_an_italian_interview_page_its_interviewer_its_date_and_its_transcript_note():
    text = ("IMSI – Istituto Marittimo per la Sicurezza Internazionale\n\nINTERVISTA\n\n\"Ports are a conversation, not a monologue\"\n\nPubblicato l'11 marzo 2026\n"
            "Intervista a cura di Matteo Ferrante\nTempo di lettura: 8 minuti\n\n" + _BODY + "\n\nMODERATOR: Are the ports full?\n\nDR NOWAK: " + _BODY + "\n\n"
            "Trascrizione rivista per brevità e chiarezza. Le opinioni espresse sono quelle dell'intervistata.\n")
    brief, layout = _head_fields(text)
    assert ([a.name for a in brief.authors], brief.date) == (["Matteo Ferrante"], "2026-03-11")
    assert layout.blocks[-1].text.startswith("DR NOWAK:")


def test_an_italian_acronym_leaves_out_the_article_joined_to_a_preposition():
    assert P.is_acronym_of("IMSP", "Istituto Mediterraneo per la Sicurezza dei Porti")
    assert not P.is_acronym_of("IMDP", "Istituto Mediterraneo per la Sicurezza dei Porti")


def test_a_newsletters_name_over_its_issue_line_is_no_title_and_its_essay_is_signed_at_the_foot():
    text = ("View this email in your browser\n\nTHE PORT LEDGER\nIssue 47 · 28.01.2026\n\nDear readers,\n\nThe Ports Have Run Out of Road\n\n" + _BODY + "\n\n"
            "Until next week,\n— Ana\n\nAna Ribeiro is a senior fellow at the Harbour Policy Lab and editor of The Port Ledger.\n\nWHAT WE'RE READING\n"
            "· A long report on the northern ports\n· Why the cranes are late\n\nThe Port Ledger is published every Wednesday by the Harbour Policy Lab, Zagreb.\n"
            "Forward this to a friend | Unsubscribe | Manage preferences\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("The Ports Have Run Out of Road", "2026-01-28", "Harbour Policy Lab")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Policy Lab")]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_monitors_header_fields_date_time_group_and_who_prepared_and_issued_it():
    text = ("UNCLASSIFIED // PUBLIC RELEASE\n\nHARBOUR OPEN-SOURCE MONITOR (HOSM)\nWEEKLY ASSESSMENT 09/26\n\n"
            "DTG:            041200Z MAR 26\nINFO CUT-OFF:   031800Z MAR 26\nISSUED BY:      Harbour Open-Source Monitor (HOSM), Gdynia\n"
            "PREPARED BY:    Ana Ribeiro and Jan Nowak (ports desk, HOSM)\nREF:            HOSM/WA/2026/09\n\nSUBJECT: Cranes opposite the southern ports (week 9)\n\n"
            "1. KEY JUDGEMENTS\n\n" + _BODY + "\n\nESTIMATIVE LANGUAGE: remote chance < likely < almost certain.\n"
            "This assessment is based exclusively on open sources. It does not represent the views of any government.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Cranes opposite the southern ports (week 9)", "2026-03-04")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Open-Source Monitor"), ("Jan Nowak", "Harbour Open-Source Monitor")]
    assert layout.blocks[-1].text == _BODY.strip()


@pytest.mark.parametrize("line, iso", [("041200Z MAR 26", "2026-03-04"), ("DTG: 311759Z DEC 25", "2025-12-31"), ("1200Z", None)])
def test_a_date_time_group(line, iso):
    assert D.parse_date(line) == iso


def test_a_committee_reports_title_page_and_its_formal_minutes():
    running = "21                    Port cooperation after the Partnership"
    text = ("Standing Committee on Ports and Harbours\n\nPort cooperation after the Partnership\n\nSixth Report of Session 2025–26\n\n"
            "Report, together with formal minutes relating to the report\n\nOrdered to be printed 6 January 2026\n"
            "Published 12 January 2026 by the Standing Committee on Ports and Harbours\n\nParliamentary Paper 2025–26/812\n\n"
            "12. " + _BODY + "\n\n" + running + "\n\n13. " + _BODY + "\n\n" + running.replace("21", "22") + "\nFormal minutes\n\nWednesday 17 December 2025\n\n"
            "Members present:\nAna Ribeiro, in the Chair\nJan Nowak\n\nParagraphs 1 to 20 read and agreed to.\nResolved, That the Report be the Sixth Report.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == (
        "Port cooperation after the Partnership", "2026-01-12", "Standing Committee on Ports and Harbours")
    assert brief.authors == []
    assert layout.blocks[-1].text.startswith("13. Body words")


def test_an_eu_briefings_place_and_roman_month_date_and_its_authors_institution_in_brackets():
    text = ("EUROPEAN OBSERVATORY ON PORT POLICY\nBRIEFING · EOPP/BR/2026-04                                        Brussels, 19.II.2026\n\n"
            "Chasing Ghost Cranes\nEnforcing the port rules\n\nAuthors: RIBEIRO Ana; NOWAK Jan\n(European Observatory on Port Policy)\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert brief.date == "2026-02-19"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "European Observatory on Port Policy"),
                                                                ("Jan Nowak", "European Observatory on Port Policy")]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_the_drafters_a_note_names_among_a_statements_signatories_are_its_authors():
    text = ("HARBOUR INSTITUTE | PORT FORUM\n\nJOINT STATEMENT\n\nA Standing Coalition for Europe's Ports\n\nParis, le 24 février 2026\n\n" + _BODY + "\n\n"
            + _BODY.replace("Body", "Prose") + "\n\nSignatories\n\n- Ana Ribeiro, Director, Harbour Institute\n- Jan Nowak, Senior Fellow, Port Forum\n"
            "- Aino Kallio, Fellow, Port Forum\n\nThis statement was drafted by Ana Ribeiro and Jan Nowak on behalf of the participating institutes. "
            "Signatories sign in a personal capacity; institutional affiliations are given for identification only.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute"), ("Jan Nowak", "Port Forum")]
    assert layout.blocks[-1].text.startswith("Prose words")


def test_every_signatory_is_an_author_when_no_note_names_the_drafters():
    text = ("An Open Letter on the Ports\n\n" + _BODY + "\n\n" + _BODY.replace("Body", "Prose") + "\n\nSignatories\n\n- Ana Ribeiro, Director, Harbour Institute\n"
            "- Jan Nowak, Senior Fellow, Port Forum\n")
    brief, _ = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak"]


def test_a_blogs_comments_under_their_count_and_a_longreads_player_and_contents():
    text = ("THE PORT COMMONS REVIEW\n\nLONGREAD · PORTS\n\nThe Ports Nobody Planned to Lose\n\nBy Ana Ribeiro\nPublished March 6, 2026\n\n"
            "▶ Listen to this article\n00:00 / 16:42\nVoiced by an AI narrator. Playback speed 1x\n\nIn this longread\n1. An inheritance\n2. A new bargain\n\n"
            "1. An inheritance\n\n" + _BODY + "\n\n2. A new bargain\n\n" + _BODY.replace("Body", "Prose") + "\n\n"
            "3 thoughts on \"The Ports Nobody Planned to Lose\"\n\nMarek T. says:\n18 February 2026 at 09:14\nGood piece.\nReply\n\n"
            "Leave a Reply\nYour email address will not be published. Required fields are marked *\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("The Ports Nobody Planned to Lose", "2026-03-06")
    assert [b.text for b in layout.blocks] == ["1. An inheritance", _BODY.strip(), "2. A new bargain", _BODY.replace("Body", "Prose").strip()]


# --- layouts from the zo- set's study, each in our own words -------------------------------------------------------

def test_a_past_post_under_the_authors_name_gives_no_place_of_work_and_the_head_reads_on():
    brief, layout = _head_fields("Harbour Forum\nCommentary\n\nA Coalition Is Not a Port\n\nAna Ribeiro\nFormer Ambassador of Portugal to NATO\n\n"
                                 "March 6, 2026 · Updated March 9, 2026\n\n" + _BODY + "\n")
    assert ([(a.name, a.affiliation) for a in brief.authors], brief.date) == ([("Ana Ribeiro", None)], "2026-03-06")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_an_op_eds_title_of_two_sentences_and_its_first_appearance_dating_it():
    text = ("THE PORT LEDGER\nWorld | Europe | Opinion | Subscribe\n\nOPINION / PORTS\n\nEurope Keeps Waiting for the Old Ports. They Are Not Coming Back.\n\n"
            "Governments still treat the queues as a passing mood. That is the most expensive mistake they could make.\n\nBY ANA RIBEIRO\nContributor\n\n"
            + _BODY + "\n\nFirst published in the Lisbon Evening Review on 12 February 2026.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == (
        "Europe Keeps Waiting for the Old Ports. They Are Not Coming Back.", ["Ana Ribeiro"], "2026-02-12")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


# --- the eighth fresh-eyes review: what the zm- and zn- rules must not take ------------------------------------------

@pytest.mark.parametrize("second", ["No. 14 — March 2026", "No. 3/2026", "Edition 2026"])
def test_a_reports_title_over_its_number_is_no_newsletters_name(second):
    brief, _ = _head_fields(f"Europe's Port Gap\n{second}\n\nAna Ribeiro\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == ("Europe's Port Gap", ["Ana Ribeiro"])


def test_an_analysis_that_quotes_a_committees_formal_minutes_keeps_its_conclusions():
    text = (_REVIEW_HEAD + _BODY + "\n\n" + _BODY.replace("Body", "Prose") + "\n\nFormal minutes\n\nThe minutes of 17 December record the vote.\n"
            "\"Members present: the Chair and eight members\"\n\"Question put, That the report be read a second time\"\n\"Resolved, That the report be agreed\"\n\n"
            "What the minutes show is a committee split on party lines, and a chair who would not let the split show in the report itself, "
            "which is why the recommendations read as they do and why the government could ignore them.\n")
    _brief, layout = _head_fields(text)
    assert layout.blocks[-1].text.startswith("What the minutes show")


@pytest.mark.parametrize("prose", [
    "The text was edited for clarity by the Council's lawyers before the summit, and three articles were moved into a protocol.",
    "This analysis is based on open-source satellite imagery, AIS data and shipping records from 2025.",
    "An updated version of the Strategic Compass is due before the end of 2027.",
])
def test_prose_that_begins_as_an_editorial_note_is_the_text(prose):
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\n" + prose + "\n")
    assert layout.blocks[-1].text == prose


def test_a_wrapped_line_that_ends_in_a_quote_and_the_word_tweet_is_the_text():
    text = (_REVIEW_HEAD + "On 3 March the prime minister posted a message on social media, in the\n\"Ports first, Brussels second\" tweet\n"
            "that his spokesman later deleted.\n\nThe veto is a pattern. " + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert any('"Ports first, Brussels second" tweet' in b.text for b in layout.blocks)


@pytest.mark.parametrize("entries", [
    "The 2023 review found fourteen gaps in the screening of containers\nThe 2024 audit recommended a single register\n",
    "• 2023 review: fourteen gaps in container screening\n• 2024 audit: a single register of operators\n",
])
def test_a_section_on_previous_reports_is_the_text(entries):
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\nPrevious reports\n" + entries + "\nThis brief asks why. " + _BODY + "\n")
    assert "Previous reports" in [b.text for b in layout.blocks]


def test_arrowed_recommendations_that_come_back_as_headings_are_no_tooltips():
    text = (_REVIEW_HEAD + "Key recommendations\n→ 1. Fund a single register of port operators\n→ 2. Screen all containers\n\n" + _BODY
            + "\n\n1. Fund a single register of port operators\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert any("→ 1. Fund a single register" in b.text for b in layout.blocks)


@pytest.mark.parametrize("second", [
    "Jan Nowak is an independent consultant; until 2019 he worked at the same institute.",
    "Jan Nowak is a retired naval officer who served in the same division as the late Admiral Smith.",
])
def test_a_bio_that_names_the_same_place_only_in_the_past_gives_no_place_of_work(second):
    assert [(a.name, a.affiliation) for a in P.parse_bios("Ana Ribeiro is a Senior Fellow at the Harbour Institute. " + second)] == [
        ("Ana Ribeiro", "Harbour Institute"), ("Jan Nowak", None)]


def test_a_book_reviews_record_of_the_book_names_no_publisher():
    text = ("Book review: The Long War\nTitle:         The Long War: Ports and the West\nWritten by:    Lawrence Harbour\n"
            "Published by:  Oxford University Press, Oxford\nReviewed by:   Ana Ribeiro\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.publisher) == ("Book review: The Long War", None)


def test_a_summary_box_inside_the_text_is_no_summary_of_the_brief(tmp_path):
    from brieflib.ingest.convert import convert_file

    path = tmp_path / "case-box.txt"
    path.write_text("Ports Before Planes\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n+--------------------------------------+\n| Summary                              |\n"
                    "| Case T-212/22: the Court found that  |\n| the listing was unlawful.            |\n+--------------------------------------+\n\n" + _BODY + "\n",
                    encoding="utf-8")
    assert convert_file(path).summary.startswith("Body words run on here")


def test_on_our_radar_over_a_newsletters_events_is_its_heading():
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\nOn our radar\nThe port authority's gas supply deal expires\nThe Romanian election\n")
    assert "On our radar" in [b.text for b in layout.blocks]


def test_a_newsletters_essay_under_its_label_after_the_greeting_and_contents():
    text = ("View this email in your browser\n\nPORTS UNBOUND\nThe weekly newsletter on European ports\nIssue 112 — 2026-02-03\n\nIn today's edition\n"
            "  1. Essay: Cranes Are a Budget Line\n  2. Diary: the week's port meetings\n\nGood morning. This week we return to the cranes.\n\n"
            "--------------------------------\n\n1. ESSAY\n\nCranes Are a Budget Line, Not a Slogan\n\n" + _BODY + "\n\n– The Editors\n\n"
            "--------------------------------\n\n2. DIARY\nMon 9 Feb: port ministers, Gdynia\nThu 12 Feb: harbour masters, Antwerp\n\n"
            "--------------------------------\nPorts Unbound is published every Tuesday by the Harbour Forum.\nUnsubscribe | Forward to a friend\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher, brief.authors) == ("Cranes Are a Budget Line, Not a Slogan", "2026-02-03", "Harbour Forum", [])
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_an_extract_of_a_reviews_second_report_is_titled_by_the_report_and_dated():
    text = ("EXTRACT — Chapters I to III only. The full report, including annexes, is available from the Secretariat.\n\n"
            "INDEPENDENT REVIEW OF EUROPEAN PORT READINESS\nSecond Report of the Review Panel\n\nFrom Orders to Cranes: Closing Europe's Port Gap\n\n"
            "04-03-2026\n\nPublished by the European Port Observatory, Brussels\n\nI. CONTEXT\n\n1.1 " + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("From Orders to Cranes: Closing Europe's Port Gap", "2026-03-04", "European Port Observatory")


def test_a_monitors_numbered_issue_over_its_title_and_the_publisher_its_acronym_stands_for():
    text = ("LCPE Port Monitor 1/2026\n\nCounting What Counts: Europe's Port Budgets After The Hague\n\nWhy the 3.5 per cent target will be met on paper before it is met in capability\n\nAuthors:\n"
            "- Ana Ribeiro, Lisbon Centre for Port Economics\n- Jan Nowak, Stockholm School of Public Finance\n\nPublished 12.01.2026\n\nOverview\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Counting What Counts: Europe's Port Budgets After The Hague", "2026-01-12",
                                                         "Lisbon Centre for Port Economics")


def test_a_monitor_with_no_number_is_a_title():
    brief, _ = _head_fields("A Ceasefire Monitor\n\nBy Ana Ribeiro\n\n" + _BODY + "\n")
    assert brief.title == "A Ceasefire Monitor"


def test_an_event_summarys_fields_and_its_rapporteur_after_the_text():
    text = ("Harbour Forum › Events › Past events\n\nEVENT SUMMARY\n\nBeyond the Reset: Making Port Cooperation Work\n\n"
            "Date of event: Wednesday 18 February 2026, 14:00–17:30 GMT\nVenue: Carlton Hall, London\nFormat: Closed roundtable (Chatham House Rule)\n"
            "Published: 2 March 2026\n\nIntroduction\n\n" + _BODY + "\n\nRapporteur: Ciarán Ó Briain, Research Assistant, Harbour Forum\n\n"
            "This summary reflects the rapporteur's understanding of the discussion and does not represent an agreed text.\n\n© 2026 Harbour Forum.\n")
    brief, layout = _head_fields(text)
    assert (brief.date, [(a.name, a.affiliation) for a in brief.authors]) == ("2026-03-02", [("Ciarán Ó Briain", "Harbour Forum")])
    assert [b.text for b in layout.blocks] == ["Introduction", _BODY.strip()]


@pytest.mark.parametrize("series, publisher", [
    ("HYBRID PORTS PROGRAMME · BRIEFING PAPER 11", None),
    ("Policy Brief No. 12 · United Nations Development Programme", "United Nations Development Programme"),
])
def test_a_research_programme_over_a_paper_is_no_publisher_and_a_programme_named_organisation_is(series, publisher):
    brief, _ = _head_fields(f"{series}\n\nSeeing Together: Why Europe's Ports Lag Behind\n\nAna Ribeiro, Senior Fellow at the Harbour Institute, Vilnius\n\n" + _BODY + "\n")
    assert brief.publisher == publisher


def test_a_german_imprint_its_publishers_acronym_and_its_views_disclaimer():
    text = ("FHP Kurzanalyse | Nr. 4/2026 | English version\n\nFar Away, Close to Home: What a Port Crisis Would Mean\n\nAutorin: Katrin Müller\n"
            "Stand: 12.03.2026\n\n" + _BODY + "\n\nDie Autorin\nKatrin Müller ist Senior Fellow im Programm Häfen der Forschungsstelle für Hafenpolitik.\n\n"
            "Impressum\nHerausgeber: Forschungsstelle für Hafenpolitik e. V. (FHP)\nFriedrichstraße 118, 10117 Berlin\n"
            "Die Kurzanalyse gibt ausschließlich die persönliche Auffassung der Autorin wieder.\n© FHP 2026. Alle Rechte vorbehalten.\n")
    brief, layout = _head_fields(text)
    assert (brief.date, brief.publisher) == ("2026-03-12", "Forschungsstelle für Hafenpolitik")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Katrin Müller", "Forschungsstelle für Hafenpolitik")]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


@pytest.mark.parametrize("line, furniture", [("[Outro music]", True), ("(Music fades out)", True), ("[Music of the spheres is a poem]", False)])
def test_a_transcripts_note_of_its_music(line, furniture):
    assert (F.web_furniture(line) is not None) is furniture


def test_a_translations_note_under_the_byline_with_no_translator():
    brief, layout = _head_fields("Ports Far Away\n\nAutorin: Katrin Müller\nStand: 12.03.2026\nÜbersetzung aus dem Deutschen\n\n" + _BODY + "\n")
    assert ([a.name for a in brief.authors], brief.date) == (["Katrin Müller"], "2026-03-12")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


# --- layouts from the zp- set's study, each in our own words -------------------------------------------------------

def test_a_title_and_its_publisher_on_one_line():
    brief, _ = _head_fields("Closing the Port Loophole – Centro Atlántico de Análisis Portuario\nWhy the cap needs enforcement at sea\n\n"
                            "Rafael Ortega and Ingrid Solheim\n\n" + _BODY + "\n")
    assert (brief.title, brief.publisher) == ("Closing the Port Loophole", "Centro Atlántico de Análisis Portuario")


def test_a_title_with_a_dash_and_its_subtitle_is_no_publisher():
    brief, _ = _head_fields("Rare Ports as Leverage — What the Export Controls Mean for European Defence\n\nBy Ana Ribeiro\n\n" + _BODY + "\n")
    assert brief.publisher is None


def test_a_magazines_name_and_whose_magazine_it_is():
    text = ("Skip to main content\nThe Harbour Strategy Review — the online magazine of the Centre for European Port Policy\nMagazine | Podcasts | Subscribe\n\n"
            "Magazine / Europe\n\nAfter the ceasefire: who guarantees the ports?\n\nReassurance will only deter if the ports agree what they are willing to fund.\n\n"
            "By Ana Ribeiro, Jan Nowak and Tomasz Wrona\n04/03/2026\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.publisher, brief.date) == ("After the ceasefire: who guarantees the ports?", "Centre for European Port Policy", "2026-03-04")


def test_a_memorandums_writer_in_its_from_field():
    text = ("                    HARBOUR POLICY INITIATIVE\n\nMEMORANDUM FOR:   The incoming Secretary of State\n"
            "FROM:             Ana Ribeiro, Director, Ports Project, Harbour Policy Initiative\n"
            "SUBJECT:          Keeping Europe in the port: burden-shifting without abandonment\nDATE:             February 12, 2026\n\nPURPOSE\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date) == ("Keeping Europe in the port: burden-shifting without abandonment", "2026-02-12")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Policy Initiative")]


def test_a_read_later_apps_export_with_colour_marks_notes_and_toolbar():
    text = ("Saved from https://harbour.example/analysis/ports\nSaved on 2026-03-20 09:14 · Reading list: Ports · 6 highlights\n\n"
            "A Fast Lane to Nowhere? Ports after 2025\n\nWritten by Zoë Marinković · Harbour Policy Centre\nPublished March 3, 2026 · 7 min\n\n"
            "[yellow] The ports are full. [/yellow] " + _BODY.strip() + "\n\nNote: key argument for Thursday's seminar\n\n" + _BODY.replace("Body", "Prose") + "\n\n"
            "Open original · Share highlights · Export to Notion\n")
    brief, layout = _head_fields(text)
    assert ([(a.name, a.affiliation) for a in brief.authors], brief.date) == ([("Zoë Marinković", "Harbour Policy Centre")], "2026-03-03")
    assert [b.text for b in layout.blocks] == ["The ports are full. " + _BODY.strip(), _BODY.replace("Body", "Prose").strip()]


def test_a_note_in_a_text_with_no_colour_marks_is_the_text():
    _brief, layout = _head_fields(_REVIEW_HEAD + _BODY + "\n\nNote: the figures exclude Kaliningrad.\n\n" + _BODY.replace("Body", "Prose") + "\n")
    assert "Note: the figures exclude Kaliningrad." in [b.text for b in layout.blocks]


def test_a_dutch_chapter_head_with_its_authors_one_a_line_under_the_label():
    text = ("Strategische Monitor 2026\nHoofdstuk 3\n\nEurope's Port Gap: Can Industry Deliver by 2030?\n\n"
            "Auteurs:    Pieter van der Berg, senior onderzoeker\n            Fatima El Amrani, onderzoeker\nDatum:      4 maart 2026\n"
            "Uitgever:   Noordzee Instituut voor Havens, Den Haag\nReeks:      Strategische Monitor 2026, hoofdstuk 3 van 6\n\n3.1 Introduction\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert ([a.name for a in brief.authors], brief.date) == (["Pieter van der Berg", "Fatima El Amrani"], "2026-03-04")
    assert [b.text for b in layout.blocks] == ["3.1 Introduction", _BODY.strip()]


def test_a_last_updated_line_at_the_foot_under_an_author_box_dates_the_text_and_is_no_bio():
    text = ("COMMENTARY\n\nPorts Need an Intelligence Pact\n\n" + _BODY + "\n\nAbout the author\nSøren Kjærgaard is a senior researcher at the Copenhagen "
            "Centre for Port Studies.\n\nTags: Ports · Intelligence\nLast updated: 17.02.2026, 14:05\n")
    brief, layout = _head_fields(text)
    assert brief.date == "2026-02-17"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Søren Kjærgaard", "Copenhagen Centre for Port Studies")]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


# --- the ninth fresh-eyes review: what the zo- and zp- rules must not take -------------------------------------------

def test_a_newsletter_essays_own_numbered_section_and_its_writers_bio_stay():
    text = ("PORTS UNBOUND\nIssue 112 — 2026-02-03\n\nGood morning.\n\n1. ANALYSIS\n\nThe Port Fund Nobody Wants to Spend\n\n" + _BODY + "\n\n"
            "2. WHAT BRUSSELS SHOULD DO\n\n" + _BODY.replace("Body", "Prose") + "\n\nAna Ribeiro is the editor of Ports Unbound.\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]
    assert "2. WHAT BRUSSELS SHOULD DO" in [b.text for b in layout.blocks]


@pytest.mark.parametrize("title", ["Annual Report of the European Port Board", "European Port Industry Barometer 2026", "The Sanctions Tracker 2026"])
def test_a_title_that_names_a_report_or_a_tracker_of_a_year_is_the_title(title):
    brief, _ = _head_fields(f"{title}\n\nAna Ribeiro\n12 March 2026\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == (title, ["Ana Ribeiro"])


@pytest.mark.parametrize("title", ["Europe's Ports – A Council of War", "After the Election | What Next for the Assembly"])
def test_a_titles_second_half_that_reads_like_a_body_is_no_publisher(title):
    brief, _ = _head_fields(f"{title}\n\nAna Ribeiro\n12 March 2026\n\n" + _BODY + "\n")
    assert (brief.title, brief.publisher) == (title, None)


def test_a_byline_under_a_committees_numbered_report_is_no_title():
    brief, _ = _head_fields("THE FUTURE OF EUROPEAN PORT PROCUREMENT\nSecond Report of the Ports Committee\nAna Ribeiro, Chair\n12 March 2026\n\n" + _BODY + "\n")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]
    assert brief.title != "Ana Ribeiro, Chair"


def test_a_data_sources_last_updated_stamp_dates_nothing():
    brief, layout = _head_fields("Ports Before Planes\n\nAna Ribeiro\n\n" + _BODY + "\n\nData source: SIPRI Military Expenditure Database.\nLast updated: 24 April 2019\n")
    assert brief.date is None


def test_an_authors_note_in_a_text_with_one_colour_mark_and_no_app_header_stays():
    text = (_REVIEW_HEAD + "[yellow] The ports are full. [/yellow] " + _BODY.strip() + "\n\nNote: All figures are in constant 2025 euros and exclude pensions.\n\n"
            + _BODY.replace("Body", "Prose") + "\n")
    _brief, layout = _head_fields(text)
    assert "Note: All figures are in constant 2025 euros and exclude pensions." in [b.text for b in layout.blocks]


def test_a_name_under_a_bare_labelled_byline_is_no_second_author():
    brief, _ = _head_fields("Ports Before Planes\n\nAuthor:   Ana Ribeiro\nJean Monnet\n\n" + _BODY + "\n")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]


# --- layouts from the zq- set's study, each in our own words -------------------------------------------------------

def test_a_masthead_in_capitals_broken_after_its_joining_word():
    brief, _ = _head_fields("                 AEGEAN CENTRE FOR\n                 PORT POLICY\n\n          POLICY BRIEF\n\n             No. 17\n\n"
                            "           March 2026\n\nKeeping the Ports Open: Enlargement and the Harbours\n\nAna Ribeiro and Jan Nowak\n\nSummary\n\n" + _BODY + "\n")
    assert (brief.publisher, brief.title, brief.date) == ("Aegean Centre for Port Policy", "Keeping the Ports Open: Enlargement and the Harbours", "2026-03")


def test_authors_cards_read_a_column_at_a_time():
    text = ("Skip to main content\nHarbour Centre for Port Statecraft\nResearch  Events  Experts  About  Search\n\nCommentary\n"
            "Port Fatigue Is a Choice, Not a Law of Nature\n\nEurope can still raise the cost of the blockade, but only if it stops treating enforcement as an afterthought\n\n"
            "Ingrid Solberg\nTomasz Wróblewski\nSenior Fellow\nResearch Analyst\nHarbour Centre for Port Statecraft\nHarbour Centre for Port Statecraft\n\n"
            "12 February 2026\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ingrid Solberg", "Harbour Centre for Port Statecraft"),
                                                                ("Tomasz Wróblewski", "Harbour Centre for Port Statecraft")]
    assert brief.date == "2026-02-12"
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


# --- the tenth fresh-eyes review: what the zq- rules must not take ----------------------------------------------------

@pytest.mark.parametrize("first, second", [("THE ROLE OF", "THE EUROPEAN PARLIAMENT"), ("A NEW MANDATE FOR", "THE EUROPEAN PORT AGENCY")])
def test_a_title_in_capitals_broken_after_its_joining_word_is_no_masthead(first, second):
    brief, _ = _head_fields(f"HARBOUR CENTRE FOR PORT REFORM\nPOLICY BRIEF\n\n{first}\n{second}\n\nAna Ribeiro\nMarch 2026\n\n" + _BODY + "\n")
    assert (brief.publisher, [a.name for a in brief.authors]) == ("Harbour Centre for Port Reform", ["Ana Ribeiro"])


def test_an_editor_in_a_colophon_is_no_publisher():
    brief, _ = _head_fields(_REVIEW_HEAD.replace("Harbour Institute\n\n", "") + _BODY + "\n\nEditor: Maria Novak, Senior Fellow\n")
    assert brief.publisher is None


@pytest.mark.parametrize("prose", [
    "Este documento forma parte del programa de trabajo de la Comisión Europea para 2026, presentado el 21 de octubre, y fija cincuenta iniciativas.",
    "Ce texte fait partie du projet de loi de programmation militaire présenté par le gouvernement en conseil des ministres.",
    "Dieser Text ist Teil des Programms der neuen Bundesregierung: Der Koalitionsvertrag sieht vor, die Häfen zu stärken.",
])
def test_prose_that_says_a_text_is_part_of_a_programme_is_no_notice(prose):
    assert not P.is_notice(prose)


# --- layouts from the zr- set's study, each in our own words -------------------------------------------------------

@pytest.mark.parametrize("banner", [
    "Wir verwenden Cookies\nWir nutzen Cookies, um unsere Website zu verbessern. Sie können Ihre Einwilligung jederzeit widerrufen.\n"
    "Alle akzeptieren\nNur notwendige Cookies\nEinstellungen anpassen",
    "Nous utilisons des cookies\nCe site utilise des cookies pour mesurer son audience. Vous pouvez retirer votre consentement à tout moment.\n"
    "Tout accepter\nTout refuser\nPersonnaliser",
    "Utilizamos cookies propias y de terceros para mejorar nuestro sitio web.\nAceptar todas\nRechazar\nConfigurar",
    "Używamy plików cookie, aby ulepszyć naszą stronę. Możesz wycofać zgodę w każdej chwili.\nAkceptuj wszystkie\nOdrzuć",
])
def test_a_cookie_dialog_in_another_language_above_the_page_is_furniture(banner):
    """The consent dialog a saved page opens with, in the site's language: its title, its sentence and its buttons
    are listed as a cookie banner, and the head is read under it."""
    text = banner + "\n\nKommentar\n\nPorts Are Not Losing the Blockade. They Are Not Fighting It.\n\nAna Ribeiro\n12. Februar 2026\n\n" + _BODY + "\n"
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Ports Are Not Losing the Blockade. They Are Not Fighting It.", "2026-02-12")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]
    assert {r.reason for r in layout.removed if r.line <= banner.count("\n") + 1} == {"web furniture: cookie banner"}


def test_a_paragraph_on_cookies_as_a_policy_matter_is_prose():
    prose = ("Regulators in Brussels want to end the cookie banner as we know it. A browser setting would give or refuse consent once, "
             "and websites would have to respect it, which publishers fear will cut their advertising revenue.")
    _brief, layout = _head_fields("The End of the Cookie Banner\n\nBy Ana Ribeiro\n\n" + prose + "\n\n" + _BODY + "\n")
    assert prose in [b.text for b in layout.blocks]


def test_an_op_ed_title_of_two_sentences_over_a_name_and_a_date():
    brief, _ = _head_fields("Analysis\n\nEurope Keeps Waiting for the Old Ports. They Are Not Coming Back.\n\nAna Ribeiro\n4 March 2026\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == (
        "Europe Keeps Waiting for the Old Ports. They Are Not Coming Back.", ["Ana Ribeiro"], "2026-03-04")


def test_a_cover_s_labelled_fields_in_romanian():
    """"Autori:", "Data publicării:", "Limba:" one under another on a cover: the authors, the date, and the language,
    which is no title."""
    text = ("CENTRUL PENTRU POLITICA PORTURILOR\nHarbour Centre for Port Policy\nPolicy Brief nr. 7 / 2026\n\n"
            "Autori: Ana Ribeiro, Jan Nowak\nData publicării: 4 martie 2026\nLimba: engleză\n\n"
            "Keeping the Ports Open\nThe harbours of the southern flank and their defence\n\nSummary\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Keeping the Ports Open", ["Ana Ribeiro", "Jan Nowak"], "2026-03-04")
    assert _BODY.strip() in [b.text for b in layout.blocks]


def test_head_lines_of_one_length_over_paragraphs_one_a_line_are_not_wrapped():
    """A cover's short lines, close in length, over a text whose paragraphs are one long line each: the text is not
    wrapped at a column, so the title and the subtitle under it are two lines."""
    text = ("HARBOUR CENTRE FOR PORT POLICY STUDIES\nHarbour Centre for Port Policy\nPolicy Brief nr. 7 / 2026\n\n"
            "Authors: Ana Ribeiro, Jan Nowak\nPublished: 4 March 2026\n\n"
            "Keeping the Ports Open on the Black Sea\nRomania, Moldova and the southern edge of the eastern flank\n\n"
            + "\n\n".join([_BODY.strip()] * 4) + "\n\n© Harbour Centre for Port Policy, 2026\nwww.harbour.example | Str. Portului 12\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Keeping the Ports Open on the Black Sea"
    assert "Romania, Moldova and the southern edge of the eastern flank" not in [b.text for b in layout.blocks]


def test_a_title_in_title_case_wrapped_over_two_lines_is_one_title():
    body = textwrap.fill(_BODY.strip(), 70)
    brief, _ = _head_fields("Keeping the Ports Open on the Black Sea, the Danube\nDelta and the Harbours of the Southern Flank\n\n"
                            "By Ana Ribeiro\n\n" + body + "\n\n" + body + "\n")
    assert brief.title == "Keeping the Ports Open on the Black Sea, the Danube Delta and the Harbours of the Southern Flank"


def test_a_simple_table_its_columns_set_by_a_rule_of_dashes_keeps_its_header():
    """A table set in columns of spaces with a rule of dashes under its header (pandoc's simple table, a database
    shell's output), in a text of paragraphs one a line: the header is the table's, not a heading; the rule is listed."""
    table = ("Port             Cargo 2026 (Mt)    Plan to 2030      Grade\n"
             "---------------  -----------------  ----------------  -----\n"
             "Gdańsk           81.0               Already above     A\n"
             "Klaipėda         48.5               Partial           C\n"
             "Source: port authorities; authors' assessment.")
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + table + "\n\n" + _PROSE + "\n")
    assert [b.rows for b in layout.blocks if b.kind == "table"] == [[
        ["Port", "Cargo 2026 (Mt)", "Plan to 2030", "Grade"], ["Gdańsk", "81.0", "Already above", "A"], ["Klaipėda", "48.5", "Partial", "C"]]]
    assert "Source: port authorities; authors' assessment." in [b.text for b in layout.blocks]
    assert not [b for b in layout.blocks if b.kind == "heading"]


def test_a_line_between_a_heading_and_the_table_under_it_is_the_tables_caption():
    table = "Port             Cargo 2026 (Mt)    Grade\n---------------  -----------------  -----\nGdańsk           81.0               A\nKlaipėda         48.5               C"
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nThe ports compared\n\nTable 2. Cargo handled in 2026 (million tonnes)\n\n"
                   + table + "\n\n" + _PROSE + "\n")
    assert [(b.kind, b.text) for b in layout.blocks if b.text.startswith(("The ports", "Table 2"))] == [
        ("heading", "The ports compared"), ("paragraph", "Table 2. Cargo handled in 2026 (million tonnes)")]


def test_a_conference_reports_fields_above_its_title():
    """A meeting's fields one a line above the report's title ("Event:", "Format:", "Participants:"), labels no table
    lists: the page's fields, not the title; "Report by" names the rapporteur; the foot's "Published … by" dates it."""
    text = ("HARBOUR SECURITY ROUNDTABLE 2026 | CONFERENCE REPORT\n\nEvent: 3–4 March 2026, Gdańsk\nFormat: closed-door, Chatham House Rule\n"
            "Participants: 40 officials and experts from 12 countries\n\nSmall Ports, Big Commitments: The Baltic Harbours After the Talks\n\n"
            "Report by Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + "\n\nPublished 12.03.2026 by the Harbour Institute of Strategic Studies | Portowa 9, Gdańsk\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors]) == ("Small Ports, Big Commitments: The Baltic Harbours After the Talks", ["Ana Ribeiro"])
    assert (brief.date, brief.publisher) == ("2026-03-12", "Harbour Institute of Strategic Studies")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_two_lines_of_a_title_and_subtitle_with_colons_are_no_fields():
    brief, _ = _head_fields("Ukraine: The Long War at Sea\nPorts: How the Harbours Held\n\nBy Ana Ribeiro\n\n" + _BODY + "\n")
    assert brief.title == "Ukraine: The Long War at Sea"


def test_a_short_closing_paragraph_whose_second_sentence_is_a_notice():
    notice = ("The Harbour Roundtable is held every spring. This report reflects the rapporteur's summary of the discussion and does not "
              "represent the views of any participant or government.")
    _brief, layout = _head_fields("Ports After the Talks\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + "\n\n" + notice + "\n")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]
    assert notice in [u.text for u in layout.boilerplate]


def test_a_banner_of_markings_and_the_documents_number_is_no_title():
    page = "HARBOUR FORESIGHT NOTE\nHFN-2026-011 // UNCLASSIFIED // FOR PUBLIC RELEASE\n\n"
    text = (page + "Sabotage at the Ports: Indicators to Watch\n\nBottom line\n\n" + _BODY + "\n\n" + _BODY
            + "\n\nHFN-2026-011 // UNCLASSIFIED // FOR PUBLIC RELEASE            Page 1 of 2\n\f" + page + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Sabotage at the Ports: Indicators to Watch"
    assert not any("UNCLASSIFIED" in b.text for b in layout.blocks)


def test_the_pages_address_without_its_scheme_at_the_foot_is_no_text():
    _brief, layout = _head_fields("Ports After the Talks\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + "\n\nharbour.example/en/analysis/ports-after-the-talks\n")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_working_group_report_is_by_its_chair():
    """"Prepared by the Working Group on …, chaired by Name (Institute)": the group has no single author; its chair
    signs. Its members' list at the foot and its note on consensus are not the text."""
    text = ("HARBOUR POLICY FORUM\n\nWorking Group Report\n\nA Charter for the Harbours\nBuilding a permanent framework for port security\n\n"
            "Prepared by the Working Group on Port Security after the War, chaired by Ana Ribeiro (Instituto do Porto)\n\nNovember 2025\n\n"
            "The case for a charter\n\n" + _BODY + "\n\n" + _BODY + "\n\nMembers of the working group\n- Ana Ribeiro (chair), Instituto do Porto\n"
            "- Sir John Harbour, former Director of Policy, Ministry of Transport\n- Dr Jan Nowak, University of Gdańsk\n- Fiona Lee, Harbour Policy Forum (rapporteur)\n\n"
            "This report is the product of four meetings held in Lisbon and Gdańsk in 2025. It reflects the broad consensus of the working group; "
            "not every member endorses every recommendation.\n\nPublished by the Harbour Policy Forum, Lisbon.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Instituto do Porto")]
    assert (brief.date, brief.publisher) == ("2025-11", "Harbour Policy Forum")
    assert [b.text for b in layout.blocks] == ["The case for a charter", _BODY.strip(), _BODY.strip()]


def test_a_browsers_title_line_over_the_sites_name_and_the_heading_that_repeats_it():
    """A saved page opens with the browser's title ("Title | Site"), then the site's name, its menu, the title again as
    the page's heading, a subtitle in italics, the names and the date: the head is read through to the date."""
    text = ("Ports Beyond Fatigue: A New Deal for the Harbours | Harbour Policy Observatory\n\nHarbour Policy Observatory\n"
            "About | Research | Commentary | Events | Contact\n\nPorts Beyond Fatigue: A New Deal for the Harbours\n\n"
            "*Why the growth plan needs a harbour chapter*\n\nAna Ribeiro and Jan Nowak\nMarch 4, 2026\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.publisher, brief.date) == ("Ports Beyond Fatigue: A New Deal for the Harbours", "Harbour Policy Observatory", "2026-03-04")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak"]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_pull_quote_in_quotation_marks_above_the_text_it_repeats():
    quote = "Harbours no longer rest on a single guarantor. They rest on how well three ports can speak with one voice."
    prose = ("For seventy years the ports were an American responsibility. This brief argues otherwise. " + quote + " The rest follows from that. ") * 2
    _brief, layout = _head_fields("Ports and the Bomb\n\nBy Ana Ribeiro\n\n“" + quote + "”\n\n" + prose.strip() + "\n\n" + _BODY + "\n")
    assert [(b.kind, b.text) for b in layout.blocks][0] == ("pullquote", "“" + quote + "”")


def test_a_closing_published_by_line_ending_in_its_place_and_month_dates_the_text():
    brief, _ = _head_fields("Ports and the Bomb\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + "\n\n"
                            "Published by the Harbour Institute for Security Policy, Athens, March 2026.\nThe views expressed are those of the author.\n")
    assert (brief.date, brief.publisher) == ("2026-03", "Harbour Institute for Security Policy")


@pytest.mark.parametrize("label", ["References and notes", "Notes and sources", "Notes et références", "Sources / Notes"])
def test_a_label_that_names_two_kinds_of_note_is_a_notes_label(label):
    layout = parse("Ports and the Bomb\n\nBy Ana Ribeiro\n\n" + _BODY + "[1]\n\n" + _BODY + "[2]\n\n" + label + "\n\n"
                   "[1] Harbour Review 12, no. 2 (2023): 45–67.\n\n[2] Port Declaration, 10 July 2024, para. 16.\n")
    assert (len(layout.notes), [b.text for b in layout.blocks]) == (2, [_BODY + "[1]", _BODY + "[2]"])


def test_a_box_of_related_experts_set_in_the_text_is_a_sidebar():
    box = "Related experts\nAna Ribeiro — Director, Harbour Economics Programme\nJan Nowak — Fellow, Port Security\nFiona Lee — Associate Fellow"
    _brief, layout = _head_fields("Ports and the Bomb\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + box + "\n\nWhat comes next?\n\n" + _BODY + "\n")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), "What comes next?", _BODY.strip()]


def test_a_first_section_above_a_head_that_every_page_repeats_is_the_text():
    """A note whose masthead and marking open every page: the prose between the first page's head and the second
    page's is the text's first section, not a cover's notices."""
    page = "HARBOUR FORESIGHT NOTE\nHFN-2026-011 // UNCLASSIFIED // FOR PUBLIC RELEASE\n\n"
    section = ("Since 2023, harbour authorities have disrupted dozens of plots involving arson and surveillance of the quays. "
               "Operatives are recruited online and paid small sums for tasks they may not understand.")
    text = (page + "Sabotage at the Ports: Indicators to Watch\n\nAssessment\n\n" + section + "\n\n"
            + "HFN-2026-011 // UNCLASSIFIED // FOR PUBLIC RELEASE            Page 1 of 2\n\f" + page + "Indicators\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks][:2] == ["Assessment", section]


@pytest.mark.parametrize("above", [
    "Vous lisez 1 article gratuit sur 3.\nAbonnez-vous pour 1 € le premier mois.",          # a paywall's teaser
    "Dieser Artikel ist Teil unseres Dossiers Häfen.\nAlle Beiträge im Überblick.",          # a dossier's note
    "You have 2 free articles left this month.\nAlready a subscriber? Log in.",             # a metering notice
])
def test_short_lines_no_rule_reads_above_a_title_with_its_byline_and_date(above):
    """The reading stops above the title on lines no rule knows: the title is the heading-like line over the byline and
    date further down, and the lines above it are listed with the head, not taken for the title or kept as text."""
    brief, layout = _head_fields(above + "\n\nPorts Are Losing the Blockade\n\nBy Ana Ribeiro\n4 March 2026\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Ports Are Losing the Blockade", ["Ana Ribeiro"], "2026-03-04")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_heading_over_a_dated_line_in_the_text_is_no_late_title():
    """Prose before the cluster: the text has begun, and a dated line in it anchors no title."""
    text = ("A Note on Ports\n\n" + _BODY + "\n\nThe meeting\n\n12 March 2026\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "A Note on Ports"


# --- layouts from the zs- set's study, each in our own words -------------------------------------------------------

@pytest.mark.parametrize("head, names, date", [
    # a Korean site: its name in both scripts, menus and labels in Korean, the names family name first in capitals
    ("항만안보포럼 HARBOUR SECURITY FORUM\n홈   연구   간행물\n홈 > 간행물 > 이슈 브리프\n\n이슈 브리프\n\nPorts After the Tank Deal\n\n"
     "저자 : KIM Min-jun, LEE Ji-woo\n발행일 : 2026/03/04\n조회수 : 2,048\n\n인쇄  |  공유", ["Min-jun Kim", "Ji-woo Lee"], "2026-03-04"),
    # a Georgian site: the date with a Georgian month name
    ("ქარ | ENG\nმთავარი   კვლევები   ბლოგი\nHarbour Centre for Black Sea Studies\n\nკვლევები › დოკუმენტი\n\nPorts After the Tank Deal\n\n"
     "ავტორი: Nino Kapanadze\nთარიღი: 18 თებერვალი, 2026\nნახვები: 1 204", ["Nino Kapanadze"], "2026-02-18"),
    # an Arabic site: the date in Arabic-Indic digits
    ("العربية | English\nالرئيسية   الأبحاث   اتصل بنا\nGulf Harbour Centre for Strategy\n\nتحليلات\n\nPorts After the Tank Deal\n\n"
     "الكاتب: Layla Al-Khatib\nتاريخ النشر: ٤ مارس ٢٠٢٦\nوقت القراءة: ٦ دقائق", ["Layla Al-Khatib"], "2026-03-04"),
    # an Albanian site: its skip link, name and menu, then the labelled byline and date
    ("Kalo te përmbajtja kryesore\nSQ | EN\nInstituti i Portit për Politikë të Jashtme\nBallina   Botime   Kontakt\n\nPorts After the Tank Deal\n\n"
     "Autori: Blerta Hoxha\nData e publikimit: 12 mars 2026", ["Blerta Hoxha"], "2026-03-12"),
])
def test_an_english_text_on_a_site_whose_interface_is_in_another_language(head, names, date):
    brief, layout = _head_fields(head + "\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Ports After the Tank Deal", names, date)
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_line_in_another_script_inside_an_english_text_stays():
    text = "Ports After the Tank Deal\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nСлава Україні!\n\n" + _BODY + "\n"
    _brief, layout = _head_fields(text)
    assert "Слава Україні!" in [b.text for b in layout.blocks]


# --- the eleventh fresh-eyes review: what the zr- rules must not take ------------------------------------------------

@pytest.mark.parametrize("title, second", [
    ("Harbour security: why the ports matter", "Port policy: what the Union can do next"),
    ("Hafensicherheit: warum es auf die Häfen ankommt", "Analyse: was die Union jetzt tun kann"),
    ("Sicurezza portuale: perché i porti contano", "Analisi: cosa può fare l'Unione"),
])
def test_a_title_and_subtitle_in_sentence_case_with_colons_are_no_fields(title, second):
    brief, _ = _head_fields(f"{title}\n{second}\n\nAna Ribeiro\n4 March 2026\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == (title, ["Ana Ribeiro"])


def test_a_title_with_a_colon_over_a_published_line_is_the_title():
    brief, _ = _head_fields("Hybrid threats: what the ports can do\nPublished: 4 March 2026\n\nAna Ribeiro\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Hybrid threats: what the ports can do", ["Ana Ribeiro"], "2026-03-04")


@pytest.mark.parametrize("closing", [
    "Europe has run out of excuses and must now choose. The views expressed are the author's own.",
    "The ports cannot wait for another winter. This commentary was first published in the Harbour Times on 2 March 2026.",
])
def test_a_closing_argument_with_a_notice_run_into_it_stays(closing):
    _brief, layout = _head_fields("Keeping the Ports Open\n\nBy Ana Ribeiro\n4 March 2026\n\n" + _BODY + "\n\n" + closing + "\n")
    assert closing.split(". ")[0] in " ".join(b.text for b in layout.blocks)


def test_an_opening_sentence_on_a_commission_led_by_someone_is_no_byline():
    first = ("By 2025 the European Commission, led by Ursula Brandt, had tabled three proposals on port security, and the member states "
             "had rejected every one of them in the Council after months of talks.")
    brief, layout = _head_fields("Keeping the Ports Open\n\n" + first + "\n\n" + _BODY + "\n")
    assert brief.authors == [] and first in [b.text for b in layout.blocks]


def test_a_report_by_a_task_force_co_chaired_by_two_is_by_both():
    brief, _ = _head_fields("Keeping the Ports Open\n\nPrepared by the Task Force on Port Security, co-chaired by Ana Ribeiro (Instituto do Porto) "
                            "and Jan Nowak (University of Gdańsk)\n\nNovember 2025\n\n" + _BODY + "\n")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Instituto do Porto"), ("Jan Nowak", "University of Gdańsk")]


def test_a_working_papers_series_note_on_its_cover_is_still_the_covers():
    page = "HARBOUR INSTITUTE\nResearch Paper No. 12\n\nPorts in a Long War\n\nAna Ribeiro\n\n"
    cover = ("Published by the Harbour Institute, Research Paper Series.\n\nThe Harbour Institute Research Paper Series circulates work in progress "
             "by the institute's fellows and visiting scholars so that they may receive comments before the papers are submitted to journals.\n\n")
    text = page + cover + "\f" + page + _BODY + "\n\n" + _BODY + "\n"
    _brief, layout = _head_fields(text)
    assert not any("Research Paper Series" in b.text for b in layout.blocks)


def test_a_blog_posts_published_by_line_names_its_author_not_its_publisher():
    brief, _ = _head_fields("Keeping the Ports Open\n\nBy Ana Ribeiro\n4 March 2026\n\n" + _BODY + "\n\nPublished 4 March 2026 by Ana Ribeiro\n\n© 2026 Harbour Institute\n")
    assert brief.publisher == "Harbour Institute"


def test_a_cookie_dialog_with_no_blank_line_before_the_head_takes_only_its_buttons():
    text = ("Nous utilisons des cookies\nCe site utilise des cookies pour mesurer son audience. Vous pouvez retirer votre consentement à tout moment.\n"
            "Tout accepter\nTout refuser\nInstitut des Ports\nLes ports en guerre\nMarie Dubois\n5 mars 2026\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Les ports en guerre", ["Marie Dubois"], "2026-03-05")


@pytest.mark.parametrize("opening", ["Diese Website verwendet Cookies", "Notre site utilise des cookies", "Esta web utiliza cookies"])
def test_more_openings_of_cookie_dialogs(opening):
    assert F.is_cookie_banner(opening)


def test_a_numbered_sub_heading_over_a_table_stays_a_heading():
    table = "Port             Ships    Incidents 2025\n---------------  -------  --------------\nGdańsk           4        12\nKlaipėda         3        9"
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n3. Findings\n\n3.1 Incidents by port\n\n" + table + "\n\n" + _PROSE + "\n")
    assert ("heading", "3.1 Incidents by port") in [(b.kind, b.text) for b in layout.blocks]


def test_a_short_source_line_under_a_simple_table_is_no_row():
    table = "Port             Ships    Incidents 2025\n---------------  -------  --------------\nGdańsk           4        12\nKlaipėda         3        9\nSource: ENISA."
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\n" + table + "\n\n" + _PROSE + "\n")
    assert [len(b.rows) for b in layout.blocks if b.kind == "table"] == [3]
    assert "Source: ENISA." in [b.text for b in layout.blocks]


@pytest.mark.parametrize("label", ["Related experts:", "Our Experts:"])
def test_a_box_of_experts_under_a_label_with_a_colon(label):
    box = f"{label}\nAna Ribeiro — Director, Harbour Economics Programme\nJan Nowak — Fellow, Port Security"
    _brief, layout = _head_fields("Ports and the Bomb\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + box + "\n\nWhat comes next?\n\n" + _BODY + "\n")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), "What comes next?", _BODY.strip()]


def test_the_foot_of_a_site_whose_interface_is_in_another_script():
    """Under an English text: its author's bio, then the site's tags, related links and rights in its own script, with a
    linked title in English among them. The bio is read; the rest is the site's."""
    foot = ("Nino Kapanadze is a senior analyst at the Harbour Centre for Black Sea Studies.\n\nტეგები: #ნავსადგური #უსაფრთხოება\n\n"
            "მსგავსი პუბლიკაციები\nArmenia's Harbours: Opportunity or Risk?\nნავსადგურები ომის შემდეგ\n\n© 2026 ნავსადგურების კვლევის ცენტრი\n"
            "ყველა უფლება დაცულია.\n")
    brief, layout = _head_fields("Ports After the Tank Deal\n\nBy Nino Kapanadze\n\n" + _BODY + "\n\n" + _BODY + "\n\n" + foot)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Nino Kapanadze", "Harbour Centre for Black Sea Studies")]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


@pytest.mark.parametrize("stamp", ["[{d}, 09:{m}:15] {who}: ", "{d}, 09:{m} - {who}: "])
def test_a_phones_chat_export_with_the_brief_pasted_as_one_message(stamp):
    """A group chat exported from a phone, each message after its stamp and sender on one line: the one long message is
    the text, its first line the title; the others, the app's notices and the senders are the chat's."""
    def line(minute, who, text):
        return stamp.format(d="04/03/2026", m=minute, who=who) + text
    text = "\n".join([
        "[03/03/2026, 21:40:18] Harbour Reading Group: \u200eMessages and calls are end-to-end encrypted.",
        line("01", "Ana Ribeiro", "Morning all, anyone have the new piece on the harbours?"),
        "\u200e" + line("02", "Jan Nowak", "Sharing the full text, copied from the PDF:"),
        line("03", "Jan Nowak", "Ports Under Pressure: Protecting the Harbours After the Blockade"),
        "By Fiona Lee, Harbour Institute for Maritime Security", "Published 2 March 2026", "",
        _BODY, "", _BODY, "", _BODY, "", _BODY, "",
        line("09", "Ana Ribeiro", "Thanks! The legal section is the key bit."),
        line("10", "Jan Nowak", "👍"),
    ]) + "\n"
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == (
        "Ports Under Pressure: Protecting the Harbours After the Blockade", ["Fiona Lee"], "2026-03-02")
    assert [b.text for b in layout.blocks] == [_BODY.strip()] * 4


def test_a_reference_managers_item_above_the_page_it_saved():
    """A reference manager's item pane copied above the page it saved: its fields give the title, the publisher and
    the date; its tags, the reader's notes, its attachments and the saved page's own head are the item's."""
    text = ("Info\nItem Type: Report\nTitle: Ports Under Pressure: The Harbours After the Blockade\nAuthor: Ribeiro, Ana\nReport Number: 7/2026\n"
            "Place: Lisbon\nInstitution: Harbour Institute for European Ports\nDate: 26.02.2026    y m d\nLanguage: en\n"
            "URL: https://harbour.example/en/ports-under-pressure\nAccessed: 3/9/2026, 10:41:07 AM\nLibrary Catalog: harbour.example\n"
            "Date Added: 3/9/2026, 10:41:07 AM\n\nTags:\nports; blockade\n\nNotes:\nCompare with the ministry's figures before citing.\n\n"
            "Attachments:\nSnapshot\n\n— Snapshot —\n\nHarbour Institute for European Ports\nPublications · Briefs · No. 7/2026\n\n"
            "Ports Under Pressure: The Harbours After the Blockade\n\nAna Ribeiro\n26 February 2026\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.publisher, brief.date) == ("Ports Under Pressure: The Harbours After the Blockade", "Harbour Institute for European Ports", "2026-02-26")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


def test_a_note_released_under_a_freedom_of_information_act_with_redactions():
    """A commissioned note disclosed on request: the release's stamp on each page, the addressee, the redacted names
    and the grounds in brackets are not the text; the note's own fields give its date; its authors are redacted, so
    none is read."""
    stamp = "Released under the Open Government Act (Woo) — Request WOO-2026-0042 — Decision of 3 March 2026 — Document 4 of 9 — Partially disclosed"
    text = (stamp + "\n\n                                                  [5.1.2e]\nHarbour Institute for Security Studies\n"
            "Commissioned note for the Ministry of Ports\nDirectorate of Port Policy, attn. ████████████ [5.1.2e]\n\n"
            "Classification: UNCLASSIFIED (after review)\nDate: 14 January 2026\nReference: HISS/CN/2026-003\n"
            "Authors: ████████████ [5.1.2e], ██████████ [5.1.2e]\n\nPorts for Europe: Options for a Dutch Contribution\n\nPurpose of this note\n\n"
            + _BODY + "\n\n██████████████████████████████\n████████████████████ [5.1.2i]\n\nPage 1-3 of document 4                    WOO-2026-0042 / 004\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher, brief.authors) == ("Ports for Europe: Options for a Dutch Contribution", "2026-01-14",
                                                                          "Harbour Institute for Security Studies", [])
    assert [b.text for b in layout.blocks] == ["Purpose of this note", _BODY.strip()]


@pytest.mark.parametrize("line", ["Released under the Freedom of Information Act 2000", "[5.1.2e]", "████████ [10.2 g]"])
def test_lines_of_a_release_are_page_furniture(line):
    assert F.PAGE_FURNITURE["release-stamp"].test(line, Counter())


def test_a_sentence_on_a_law_released_under_it_is_prose():
    assert not F.PAGE_FURNITURE["release-stamp"].test("Released under the new law, the files showed how the ministry had planned the ports.", Counter())


def test_a_pdfs_fake_bold_printed_each_character_twice():
    """A masthead, a title and the headings set in fake bold, each character twice: read once; a word with a letter
    alone is left as it is, and so is a footer's layout."""
    text = ("HHAARRBBOOUURR  PPOOLLIICCYY  IINNSSTTIITTUUTTEE\n\nPolicy Brief | 25 February 2026\n\n\nCClloossiinngg  tthhee  PPoorrttss\n\n"
            "Denmark, the harbours and the limits of inspection\n\n\nAna Ribeiro\n\n" + _BODY + "\n\nAA  NNoorrddiicc--BBaallttiicc  ppoorrtt  rreeggiimmee\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.publisher) == ("Closing the Ports", "Harbour Policy Institute")
    assert "A Nordic-Baltic port regime" in [b.text for b in layout.blocks if b.kind == "heading"]


@pytest.mark.parametrize("line", ["The keeper of the Mississippi door", "HIPM  Policy Brief  |  Closing the Ports     1", "Committee 1100 met",
                                  "Investigadora principal, Programa Asia-Pacífico, IIEE", "The IISS and the EEAS"])
def test_lines_without_fake_bold_are_left_as_they_are(line):
    from brieflib.model.text import undouble
    assert undouble(line) == line


@pytest.mark.parametrize("acronym, name", [("ØMPI", "Øresund Maritime Policy Institute"), ("ŁIS", "Łódź Institute of Security")])
def test_an_acronym_whose_initial_unicode_does_not_decompose(acronym, name):
    assert P.is_acronym_of(acronym, name)


def test_the_next_article_a_page_loads_under_the_text_is_not_the_text():
    """A page that scrolls on: under the text, "Up next" over the next article's kicker, title, author, date and opening,
    then its loader. None of it is the text, and the text's last paragraph stays its last."""
    text = ("Harbour Review\n\nPORTS\n\nAfter the Blockade: The Harbours' Winter Lessons\n\nAna Ribeiro\nMar 6, 2026 · 7 min read\n\n"
            "[Listen to this article]  ▶ 00:00 / 08:41\n\n" + _BODY + "\n\n" + _BODY + "\n\n" + _BODY + " The end of the text.\n\n"
            "Up next\n\nARCTIC\n\nThe Northern Ports Are Not a Bargaining Chip\n\nJan Nowak\nMar 5, 2026 · 5 min read\n\n"
            "The northern ports rest on a treaty signed long ago, and for most of the past century they have been quiet.\n\nLoading…\n\n"
            "© 2026 Harbour Review Ltd. All rights reserved.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("After the Blockade: The Harbours' Winter Lessons", ["Ana Ribeiro"], "2026-03-06")
    assert [b.text for b in layout.blocks][-1].endswith("The end of the text.") and len(layout.blocks) == 3


def test_a_paragraph_that_says_continue_reading_is_prose():
    text = "Ports\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + "\n\nContinue reading\n\nThe Ports Act\n\n" + _BODY + "\n"
    _brief, layout = _head_fields(text)
    assert "The Ports Act" in [b.text for b in layout.blocks]


def test_a_citation_record_exported_under_the_page_is_the_pages():
    ris = ("Export citation: RIS | BibTeX | EndNote XML\n\nTY  - RPRT\nAU  - Ribeiro, Ana\nTI  - Ports Under Pressure\nPY  - 2026\n"
           "DA  - 2026/01/29\nPB  - Harbour Institute\nUR  - https://harbour.example/pp-2026-04\nKW  - ports\nER  - \n")
    bib = "@techreport{ribeiro2026ports,\n  author = {Ribeiro, Ana},\n  title = {Ports Under Pressure},\n  year = {2026}\n}\n"
    for record in (ris, bib):
        _brief, layout = _head_fields("Ports Under Pressure\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + " The end.\n\n" + record)
        assert [b.text for b in layout.blocks][-1].endswith("The end.")


def test_a_brief_in_a_course_reader_with_its_licence_stamp_on_each_page():
    stamp = "------------------------------------------------------------\nLicensed copy – Harbour University – course use only          Reader p. {}\n------------------------------------------------------------\n"
    text = ("HARBOUR UNIVERSITY\nCourse Reader, Spring 2026\n\nReading 5.2 (required)\n\n" + stamp.format(61)
            + "HARBOUR INSTITUTE FOR PORT POLICY\nPolicy Brief 02/2026\n\nTurning Frozen Ports into a Lifeline\n\nAna Ribeiro and Jan Nowak\n\n16 January 2026\n\n"
            + _BODY + "\n" + stamp.format(62) + _BODY + " The end.\n\nAna Ribeiro is director of the Harbour Institute for Port Policy. "
            "Jan Nowak is a fellow at the Harbour Institute for Port Policy.\n© Harbour Institute for Port Policy, 2026.\n\n"
            "Reading questions (coordinator)\n1. Is the distinction convincing? Why or why not?\n2. Compare the authors' view with Reading 5.1.\n" + stamp.format(63))
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute for Port Policy"), ("Jan Nowak", "Harbour Institute for Port Policy")]
    assert [b.text for b in layout.blocks][-1].endswith("The end.")
    assert not any("Licensed copy" in b.text or "Reading questions" in b.text for b in layout.blocks)


def test_a_bio_in_albanian_names_the_publisher_in_another_case():
    text = ("Instituti i Portit për Politikë të Jashtme\n\nPorts After the Tank Deal\n\nAutori: Blerta Hoxha\n\n" + _BODY + "\n\n"
            "Blerta Hoxha është studiuese e lartë në Institutin e Portit për Politikë të Jashtme, ku merret me sigurinë rajonale.\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Blerta Hoxha", "Instituti i Portit për Politikë të Jashtme")]


# --- the twelfth fresh-eyes review: what the zs- rules must not take ------------------------------------------------

_THREE = [_BODY.replace("Body", w) for w in ("First", "Second", "Third")]


def test_a_card_for_another_article_set_between_the_paragraphs_leaves_the_text_whole():
    text = ("Ports After the Blockade\n\nBy Ana Ribeiro\n4 March 2026\n\n" + _THREE[0] + "\n\n" + _THREE[1] + "\n\nUp next\n\n"
            "Red Sea Cover: What Shipowners Learned\n\n12 February 2026\n\nWhat it would cost\n\n" + _THREE[2]
            + "\n\nMember states should agree the facility before the summer, when the next harvest reaches the terminals.\n")
    _brief, layout = _head_fields(text)
    texts = [b.text for b in layout.blocks]
    assert _THREE[2].strip() in texts and texts[-1].startswith("Member states should agree")


def test_a_paragraph_that_opens_with_a_release_under_an_act_is_prose():
    prose = ("Released under the Freedom of Information Act after a two-year appeal, the ministry's internal memo shows that officials "
             "were warned about the cameras' flaw in 2023 and chose to defer the upgrade.")
    _brief, layout = _head_fields("What the Ministry Knew\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + prose + "\n")
    assert prose in [b.text for b in layout.blocks]


def test_a_timeline_of_stamped_lines_in_a_brief_is_no_chat():
    text = ("Cutting the Cables: The November Incidents\n\nBy Ana Ribeiro\n4 March 2026\n\nTimeline (all times local):\n"
            "17/11/2024, 10:00 - the freighter leaves port\n18/11/2024, 02:15 - the first cable loses signal\n"
            "18/11/2024, 04:40 - the second cable is reported damaged\n\n" + "\n\n".join(_THREE * 2) + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Cutting the Cables: The November Incidents", ["Ana Ribeiro"], "2026-03-04")


def test_a_discussion_papers_own_questions_are_the_text():
    text = ("Insuring the Corridor: A Discussion Paper\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nQuestions for discussion\n\n"
            "1. Should the facility cover war risk only?\n2. Which member states would underwrite the first loss?\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert any(b.text.startswith("1. Should the facility") for b in layout.blocks)


@pytest.mark.parametrize("closing", ["兵者，國之大事，死生之地，存亡之道，不可不察也。", "Олена Коваль: «Без страхування немає коридору»."])
def test_a_closing_quotation_in_another_script_is_the_text(closing):
    text = "Ports After the Blockade\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + " As the strategists put it:\n\n" + closing + "\n\n© 2026 Harbour Institute\n"
    _brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks][-1] == closing


def test_an_abstract_in_japanese_at_the_foot_is_the_texts():
    abstract = "ウクライナの穀物回廊は三度目の冬を越えたが、航海を引き受ける保険市場が回廊の最も弱い環となっている。欧州連合は新たな資金なしにこの穴を埋めることができる。"
    text = "Ports After the Blockade\n\nBy Kenji Sato\n\n" + _BODY + "\n\n要旨\n\n" + abstract + "\n\n© 2026 Tokyo Harbour Institute\n"
    _brief, layout = _head_fields(text)
    assert abstract in [b.text for b in layout.blocks]


def test_an_epigraph_in_another_script_under_the_byline_stays():
    text = "Ports and the Sea Power\n\nBy Wei Lin\n4 March 2026\n\n“海洋强国”\n— a slogan of the party congress\n\n" + _BODY + "\n"
    _brief, layout = _head_fields(text)
    assert "“海洋强国”" in " ".join(b.text for b in layout.blocks)


@pytest.mark.parametrize("title", ["Divided Attention: Europe's Ports Between Two Crises", "Paying Attention: The Harbours"])
def test_a_title_with_attention_in_it_is_no_addressee(title):
    brief, _ = _head_fields(title + "\n\nBy Ana Ribeiro\n4 March 2026\n\n" + _BODY + "\n")
    assert brief.title == title


@pytest.mark.parametrize("fields", ["Event date: 3 March 2026\nVenue: Harbour Hall, Gdańsk\nFormat: closed-door roundtable",
                                    "Format: closed-door, Chatham House Rule\nParticipants: officials, insurers and shipowners\nVenue: Harbour Hall, Gdańsk"])
def test_a_meetings_fields_above_the_reports_title(fields):
    brief, _ = _head_fields(fields + "\n\nInsuring the Corridor: Roundtable Report\n\n" + _BODY + "\n")
    assert brief.title == "Insuring the Corridor: Roundtable Report"


def test_a_chat_export_in_the_american_order_dates_the_text_month_first():
    def line(minute, who, text):
        return f"[3/14/26, 9:{minute}:15 AM] {who}: {text}"
    text = "\n".join([line("01", "Ana Ribeiro", "Morning all, sharing the draft brief below."), line("02", "Ana Ribeiro", "Ports Under Pressure"),
                      "", *(_THREE * 2), "", line("09", "Jan Nowak", "Thanks!"), line("10", "Jan Nowak", "👍")]) + "\n"
    brief, _ = _head_fields(text)
    assert brief.date == "2026-03-14"


def test_unnumbered_notes_that_cite_pages_are_no_running_header():
    notes = "Notes\n\nHarbour Association, War Risk Bulletin (London, 2025), p. 4.\n\nIbid., p. 9\n\nIbid., p. 12\n\nIbid., p. 17\n"
    text = "Ports After the Blockade\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\n" + _BODY + "\n\n" + notes
    _brief, layout = _head_fields(text)
    assert not any(r.text.startswith("Ibid.") and "running" in r.reason for r in layout.removed)


def test_a_cookie_dialogs_button_of_three_words():
    text = ("We use cookies to improve our website.\nAccept all\nReject all\nManage my preferences\n\nPorts After the Blockade\n\nBy Ana Ribeiro\n\n"
            + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert "Manage my preferences" not in " ".join(b.text for b in layout.blocks)


def test_a_caption_with_no_label_between_a_heading_and_its_table():
    table = "Port             2024    2025\n---------------  ------  ------\nGdańsk           4.1     5.2\nKlaipėda         3.3     3.9"
    layout = parse("A Title for the Harbours\n\nBy Ann Lee\n\n" + _PROSE + "\n\nThe premium shock\n\nWar-risk premiums by port, 2024–2025\n\n" + table + "\n\n" + _PROSE + "\n")
    assert ("paragraph", "War-risk premiums by port, 2024–2025") in [(b.kind, b.text) for b in layout.blocks]


def test_fake_bold_figures_on_a_fake_bold_line_are_read_once():
    brief, _ = _head_fields("PPoolliiccyy  BBrriieeff  NNoo..  1144\n\nIInnssuurriinngg  tthhee  CCoorrrriiddoorr\n\n44  MMaarrcchh  22002266\n\n" + _BODY + "\n")
    assert (brief.title, brief.date) == ("Insuring the Corridor", "2026-03-04")


@pytest.mark.parametrize("record", ["@techreport{ribeiro2026,\n  author = {Ribeiro, Ana},\n  year = {2026}}", "Cite this brief: APA | MLA | BibTeX | RIS"])
def test_more_forms_of_a_citation_export(record):
    _brief, layout = _head_fields("Ports\n\nBy Ana Ribeiro\n\n" + _BODY + " The end.\n\n" + record + "\n")
    assert [b.text for b in layout.blocks][-1].endswith("The end.")


@pytest.mark.parametrize("stated, iso", [("٤ آذار ٢٠٢٦", "2026-03-04"), ("الأربعاء، ٤ مارس ٢٠٢٦", "2026-03-04"), ("4 მარტი, 2026 წ.", "2026-03-04"),
                                         ("12 تشرين الثاني 2025", "2025-11-12")])
def test_more_arabic_and_georgian_dates(stated, iso):
    assert D.parse_date(stated) == iso


def test_a_bio_in_albanian_names_the_publisher_in_the_genitive():
    text = ("Qendra e Studimeve Detare\n\nPorts After the Tank Deal\n\nAutori: Blerta Hoxha\n\n" + _BODY + "\n\n"
            "Blerta Hoxha është drejtore e Qendrës së Studimeve Detare.\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Blerta Hoxha", "Qendra e Studimeve Detare")]


# --- layouts from the zt- set's study, each in our own words -------------------------------------------------------

def test_a_repositorys_cover_sheet_above_the_paper():
    cover = ("See discussions, stats, and author profiles for this publication at: https://repository.example/publication/1234\n\n"
             "Ports in the Black Sea\n\nTechnical Report · March 2026\nDOI: 10.0000/rep.1234\n\nCITATIONS                READS\n0                        187\n\n"
             "2 authors:\n\n      Ana Ribeiro                      Jan Nowak\n      Harbour Institute                Harbour Institute\n"
             "      14 PUBLICATIONS   39 CITATIONS   27 PUBLICATIONS   102 CITATIONS\n\n      SEE PROFILE                      SEE PROFILE\n\n"
             "All content following this page was uploaded by Ana Ribeiro on 06 March 2026.\n\nThe user has requested enhancement of the downloaded file.\n\n")
    brief, layout = _head_fields(cover + "HARBOUR INSTITUTE\n\nPorts in the Black Sea\n\nAna Ribeiro and Jan Nowak\n\nLisbon, 2 March 2026\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Ports in the Black Sea", ["Ana Ribeiro", "Jan Nowak"], "2026-03-02")
    assert [b.text for b in layout.blocks] == [_BODY.strip()]


@pytest.mark.parametrize("head, date", [
    # an Armenian site: its own colon after the label
    ("ԿԵՆՏՐՈՆ\nHarbour Policy Centre\n\nԳլխավոր / Հրապարակումներ\n\nPorts After the Tank Deal\n\nՀեղինակ՝ Anahit Sargsyan\n"
     "Հրապարակման ամսաթիվ՝ 05.03.2026\nԹեմա՝ Անվտանգություն", "2026-03-05"),
    # a Maltese site: its cookie line, its series "Nota ta' Politika Nru", "Awtur:" and "Data tal-pubblikazzjoni:"
    ("Dan is-sit juża l-cookies biex itejjeb l-esperjenza tiegħek.\n\nMT | EN\n\nHarbour Policy Centre\n\nNOTA TA' POLITIKA Nru 9/2026\n\n"
     "Ports After the Tank Deal\n\nAwtur: Anahit Sargsyan\nData tal-pubblikazzjoni: 5 ta' Marzu 2026", "2026-03-05"),
])
def test_labels_of_an_armenian_and_a_maltese_site(head, date):
    brief, _ = _head_fields(head + "\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Ports After the Tank Deal", ["Anahit Sargsyan"], date)


def test_a_japanese_foundations_brief_in_english():
    """Its name in kanji over its name in English, the date in the era calendar with the year in brackets, the names
    family name first in capitals one a line over their posts, a page footer with the page between dashes."""
    text = ("公益財団法人 港湾安全保障研究所\nHarbour Security Institute (HSI)\n\nHSI Policy Brief\nNo. 31\n\n令和8年（2026年）3月4日\n\n\n"
            "Partners Across Two Harbours:\nJapan, NATO and the Ports\n\n\nSATŌ Kenji\nSenior Fellow\n\nMORI Haruka\nResearch Fellow\n\n\n"
            + _BODY + "\n\nHSI Policy Brief No. 31                                    — 2 —\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Partners Across Two Harbours: Japan, NATO and the Ports", "2026-03-04", "Harbour Security Institute")
    assert [a.name for a in brief.authors] == ["Kenji Satō", "Haruka Mori"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


@pytest.mark.parametrize("stated, iso", [("令和8年（2026年）3月4日", "2026-03-04"), ("令和8年3月4日", "2026-03-04"), ("平成31年4月30日", "2019-04-30")])
def test_dates_in_the_japanese_era_calendar(stated, iso):
    assert D.parse_date(stated) == iso


def test_a_pdf_readers_summary_of_comments_printed_after_the_paper():
    summary = ("Summary of Comments on HF_PP5_2026_final_v3.pdf\nThis page contains no comments\n\nPage: 2\n"
               "Number: 1      Author: mkrause      Subject: Sticky Note      Date: 10.03.2026, 16:20:07\nUse for the Thursday briefing.\n"
               "Number: 2      Author: Ewa Z.      Subject: Highlight      Date: 11.03.2026, 09:03:44\n180,000 soldiers\n")
    text = ("FORUM FÜR HAFENPOLITIK NORD\nNorthern Forum for Port Policy\n\nPolicy Paper 5 | 2 March 2026\n\nAfter the Special Fund: Paying for Ports\n\n"
            "Jörg Brückner and Aleksandra Nowak\n\n" + _BODY + "\n\n" + _BODY + " The end.\n\n" + summary)
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("After the Special Fund: Paying for Ports", "2026-03-02", "Forum für Hafenpolitik Nord")
    assert [b.text for b in layout.blocks][-1].endswith("The end.")


def test_a_news_databases_record_of_an_article():
    """A database's print of an article: its running header with its own ©, the record's fields under the headline
    (length, date, source, code, language), the source's copyright line, which names the publisher."""
    text = ("News Database                                               Page 1 of 2  © 2026 Factiva, Inc. All rights reserved.\n\n"
            "Analysis\nPorts Cannot Buy Their Way Out of the Gap\nAna Ribeiro, Jan Nowak\n614 words\n9 March 2026\nHarbour Strategic Review\nHSREV\nEnglish\n"
            "Copyright 2026 Harbour Institute for Security Studies. All Rights Reserved.\n\n" + _BODY + "\n\n" + _BODY + "\n\n"
            "© 2026 Factiva, Inc. All rights reserved.\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Ports Cannot Buy Their Way Out of the Gap", "2026-03-09", "Harbour Institute for Security Studies")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_an_accounts_line_in_its_own_script_dates_the_text():
    text = ("Ports After the Tank Deal\n\n原创 周文静 港口战略对话 2026年03月06日 18:30 北京\n\n听全文\n约 9 分钟\n\n"
            "Ports After the Tank Deal\nWhat Beijing should expect from the harbours in 2026\n\nZHOU Wenjing\nResearch Fellow, Harbour Centre\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert brief.date == "2026-03-06"


def test_an_interface_line_that_says_when_the_text_was_updated_dates_nothing():
    brief, _ = _head_fields("Ports After the Tank Deal\n\n更新 2026年03月09日 10:00\n\nBy Ana Ribeiro\n\n" + _BODY + "\n")
    assert brief.date is None


# --- the thirteenth fresh-eyes review: what the zt- rules must not take ------------------------------------------------

def test_summaries_of_comments_after_each_page_leave_the_pages_between():
    block = ("Summary of Comments on HP_PP5_final.pdf\nPage: {n}\nNumber: 1      Author: mkrause      Subject: Sticky Note      Date: 10.03.2026, 16:20:07\n"
             "Use for the Thursday briefing.\n")
    text = ("Ports After the Fund\n\nBy Ana Ribeiro\n\n" + _THREE[0] + "\n\n" + block.format(n=1) + "\n" + _THREE[1] + "\n\n" + block.format(n=2) + "\n" + _THREE[2] + "\n")
    _brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks] == [t.strip() for t in _THREE]


def test_a_section_on_a_consultations_comments_is_the_text():
    text = ("Ports After the Fund\n\nBy Ana Ribeiro\n\n" + _BODY + "\n\nSummary of comments on the draft Ports Security Act\n\n"
            "The ministry received forty-one submissions on the draft. Most asked for a longer transition period.\n\n" + _BODY + " The end.\n")
    _brief, layout = _head_fields(text)
    assert "Summary of comments on the draft Ports Security Act" in [b.text for b in layout.blocks]


@pytest.mark.parametrize("label, entry", [("Zusammenfassung der Kommentare zu HP.pdf", "Seite: 1\nNummer: 1      Verfasser: mkrause      Betreff: Notiz      Datum: 10.03.2026"),
                                          ("Résumé des commentaires sur HP.pdf", "Page : 1\nNuméro : 1      Auteur : mkrause      Objet : Note      Date : 10.03.2026")])
def test_a_summary_of_comments_in_german_or_french(label, entry):
    text = "Ports After the Fund\n\nBy Ana Ribeiro\n\n" + _BODY + " The end.\n\n" + label + "\n" + entry + "\nUse for the briefing.\n"
    _brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks][-1].endswith("The end.")


@pytest.mark.parametrize("head", ["Word count: 850\n9 March 2026\n\nThe Price of a Crane\n\nBy Ana Ribeiro",
                                  "Commentary\n1,240 words\n9 March 2026\nThe Price of a Crane\nAna Ribeiro"])
def test_a_word_count_over_a_date_leaves_the_title_and_the_byline(head):
    brief, _ = _head_fields("HARBOUR INSTITUTE FOR SECURITY STUDIES\n\n" + head + "\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("The Price of a Crane", ["Ana Ribeiro"], "2026-03-09")


def test_key_points_under_a_word_count_and_a_date_stay():
    text = ("Ports Cannot Buy Their Way Out\n\nAna Ribeiro\nWord count: 1,240\n9 March 2026\n\n• Quays repaired, cranes neglected\n"
            "• Insurance premiums doubled\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks][:2] == ["Quays repaired, cranes neglected", "Insurance premiums doubled"]


def test_maltese_names_joined_by_their_article_and_authors_joined_by_u():
    brief, _ = _head_fields("Istitut għall-Politika Marittima\n\nPorts After the Tank Deal\n\nAwturi: Maria Borg u Karl Vella\n\n" + _BODY + "\n")
    assert ([a.name for a in brief.authors], brief.publisher) == (["Maria Borg", "Karl Vella"], "Istitut għall-Politika Marittima")
    assert P.is_institution("Università ta' Malta")


@pytest.mark.parametrize("stated", ["令和8（2026）年3月4日", "2026年（令和8年）3月4日"])
def test_more_ways_of_writing_a_date_in_the_era_calendar(stated):
    assert D.parse_date(stated) == "2026-03-04"


@pytest.mark.parametrize("line", ["— 2 —                                    HSI Policy Brief No. 31", "HSI Policy Brief No. 31                    ― 2 ―",
                                  "HSI Policy Brief No. 31                    － 2 －"])
def test_more_forms_of_a_footer_with_its_page_between_dashes(line):
    assert F.PAGE_FURNITURE["page-footer"].test(line, Counter())


def test_a_note_apps_page_with_a_text_pasted_into_it():
    """The note's own title, day and time, the reader's notes under "My notes:", then the pasted text's head with its kind,
    date and byline in segments, and the paste's source at the foot."""
    text = ("Ports loan – Harbour paper (for Thu. meeting)\nWednesday, 11 March 2026\n14:07\n\nMy notes:\n- read before Thursday\n"
            "- key q: does the loan survive a peace deal?\n\nCommentary\nFrozen Ports, Fluid Politics: Making the Loan Hold\n"
            "Commentary | 9 March 2026 | by Ana Ribeiro and Jan Nowak\n\n" + _BODY + "\n\n" + _BODY + "\n\n"
            "Pasted from <https://harbour.example/en/commentary/frozen-ports>\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Frozen Ports, Fluid Politics: Making the Loan Hold", ["Ana Ribeiro", "Jan Nowak"], "2026-03-09")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_title_a_dated_line_and_a_time_without_a_paste_are_no_notes_page():
    lines = ["Ports After the Fund", "Wednesday, 11 March 2026", "14:07", "", "By Ana Ribeiro", "", _BODY]
    assert F.note_page(lines) == (lines, [])


def test_a_forum_post_that_pastes_a_brief_under_a_rule():
    """A forum's post: its site lines, the poster, the post's own title and the poster's note, then a rule, then the
    brief's head in Markdown (a bold title, an italic line of names, institute and date)."""
    text = ("Skip to main content\nforum  r/harbours   Search in r/harbours\nLog In   Get App\n\nr/harbours • 2 days ago\nharbour_watcher_77\n\n"
            "Port production is finally up, but a new brief argues it still won't be enough [Analysis]\n\nAnalysis\n\n"
            "Paywalled on their site for non-members so pasting the full text below.\n\n---\n\n"
            "**Cranes Without Strategy: Why the Port Surge Is Slowing**\n\n*Ana Ribeiro and Jan Nowak | Harbour Defence Observatory | 24 February 2026*\n\n"
            + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date) == ("Cranes Without Strategy: Why the Port Surge Is Slowing", "2026-02-24")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Defence Observatory"), ("Jan Nowak", "Harbour Defence Observatory")]


# --- the fourteenth fresh-eyes review: what the last zt- rules must not take --------------------------------------------

@pytest.mark.parametrize("label", ["My notes:", "Notes to self:"])
def test_an_authors_own_list_under_a_notes_label_in_the_text_stays(label):
    text = ("Field Notes from the Border\n\nBy Ana Ribeiro\n\n" + _BODY + " I reproduce them here:\n\n" + label + "\n- the quays are empty at night\n"
            "- the cranes are older than the guards\n\n" + _BODY + "\n")
    _brief, layout = _head_fields(text)
    assert any(b.text == "the quays are empty at night" or "the quays are empty at night" in b.text for b in layout.blocks)


@pytest.mark.parametrize("line", ["*Why the allies must pool their patrols before the next winter*", "*Ana Ribeiro is a senior fellow at the Harbour Resilience Institute*"])
def test_a_line_in_italics_under_the_title_keeps_its_reading(line):
    brief, _ = _head_fields("Holding the Northern Sea Lanes\n\n" + line + "\n\nBy Ana Ribeiro\n4 March 2026\n\n" + _BODY + "\n")
    assert brief.title == "Holding the Northern Sea Lanes" and [a.name for a in brief.authors] == ["Ana Ribeiro"]


def test_a_byline_in_segments_skips_its_update():
    brief, _ = _head_fields("Holding the Northern Sea Lanes\n\nAna Ribeiro and Jan Nowak | Last updated: 6 March 2026 | 4 March 2026\n\n" + _BODY + "\n")
    assert brief.date == "2026-03-04"


def test_a_bold_line_on_top_is_no_title_over_the_real_one():
    brief, _ = _head_fields("**Maritime Security in Northern Europe**\n\nHolding the Northern Sea Lanes\n\nBy Ana Ribeiro\n4 March 2026\n\n" + _BODY + "\n")
    assert brief.title == "Holding the Northern Sea Lanes"


def test_a_note_page_whose_pasted_text_has_no_title_of_its_own_keeps_the_notes():
    text = ("Who Pays for Harbour Defence?\nTuesday, 10 March 2026\n16:42\n\nPublished 6 March 2026\nBy Ana Ribeiro, Harbour Forum\n\n"
            + _BODY + "\n\nPasted from <https://harbour.example/analysis/who-pays>\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date) == ("Who Pays for Harbour Defence?", "2026-03-06")


def test_a_pasted_from_line_among_the_sources_makes_no_note_page():
    lines = ["Shelters Before Sirens", "Monday, 2 March 2026", "09:30", "", "By Ana Ribeiro", "", _BODY, "", "Sources", "Pasted from <https://harbour.example/a>",
             "Ministry of Ports, Annual Report 2025."]
    assert F.note_page(lines) == (lines, [])


# --- layouts from the zu- set's study, each in our own words -------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("© Harbour Policy Forum AISBL, Rue du Port 00, 1000 Brussels", "Harbour Policy Forum"),
    ("© 2026 Harbour Policy Forum a.i.s.b.l. All rights reserved.", "Harbour Policy Forum"),
    ("© 2026 Satamapolitiikan seura ry", "Satamapolitiikan seura"),
    ("© 2026 Harbour Institute z.ú., Praha", "Harbour Institute"),
    ("© 2026 Fundacja Portowa sp. z o.o.", "Fundacja Portowa"),
    ("© 2026 Harbour Analytics LLC. All rights reserved.", "Harbour Analytics"),
    ("© 2026 Istituto Portuale ONLUS", "Istituto Portuale"),
])
def test_a_legal_form_after_the_publishers_name_is_not_part_of_it(line, name):
    assert P.publisher_from(line) == name


@pytest.mark.parametrize("written, name", [
    ("Colonel (GS) Matthias Krüger", "Matthias Krüger"),
    ("Lieutenant Commander Ayşe Yıldırım", "Ayşe Yıldırım"),
    ("Brigadier General (ret.) Pierre-Alain Rousseau", "Pierre-Alain Rousseau"),
    ("Lt Col Jana Nováková", "Jana Nováková"),
    ("Rear Admiral Søren Holm", "Søren Holm"),
    ("Air Vice-Marshal Eilidh MacLeod", "Eilidh MacLeod"),
    ("Maj. Gen. (Retd) Tomasz Wróbel", "Tomasz Wróbel"),
])
def test_a_military_rank_before_a_name_is_no_part_of_it(written, name):
    assert P.is_person_name(written)
    assert P.tidy_name(written) == name


@pytest.mark.parametrize("heading", ["Major Powers Return", "General Principles", "Captain Planet Strategy Review"])
def test_a_heading_that_opens_with_a_ranks_word_is_no_name(heading):
    assert not P.split_names(heading, frozenset({"powers", "return", "principles", "planet", "strategy", "review"}))


def test_a_staff_colleges_paper_with_ranks_and_a_colophon():
    """Authors stacked under the title with their ranks, the colophon on the inside cover: its series, address, editor
    and the whole date the cover gives by month only."""
    text = ("HARBOUR STAFF COLLEGE\nResearch Division\n\nRESEARCH PAPER\nNo. 12 – March 2026\n\n\nPorts Are the Deterrent\n"
            "Moving forces across the harbours after the summit\n\nColonel (GS) Jörg Brückner\nLieutenant Commander Ana Ribeiro\nDr Jan Nowak\n\n\n"
            "ISSN 2000-0000\nResearch Paper\nHarbour Staff College – Research Division\nVia del Porto 00 – 00100 Rome – Italy\n"
            "www.harbourcollege.example.int\n\nEditor: Brigadier General (ret.) Pierre Martin\nPublished 17 March 2026\n\n"
            "Printed and bound by Tipografia Esempio S.r.l., Rome\n\n\nIntroduction\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("Ports Are the Deterrent", "2026-03-17", "Harbour Staff College")
    assert [a.name for a in brief.authors] == ["Jörg Brückner", "Ana Ribeiro", "Jan Nowak"]
    assert [(b.kind, b.text) for b in layout.blocks] == [("heading", "Introduction"), ("paragraph", _BODY.strip()), ("paragraph", _BODY.strip())]


def test_a_contact_box_under_the_date_names_no_author():
    """A page's box of who to call, ruled off under the date: the press officer and the expert are no authors, and
    the box is not the text. The byline credits a programme, so the text has no author."""
    text = ("HARBOUR POLICY FORUM\n\nANALYSIS\n\nPorts Without Illusions\n\nBy the Maritime Europe programme\n\n18 February 2026\n\n"
            "----------------------------------------\nMEDIA ENQUIRIES\nAna Ribeiro\nHead of Communications\npress@harbour.example.eu\n+32 2 000 00 00\n\n"
            "EXPERT CONTACT\nDr Jan Nowak\nDirector, Maritime Europe programme\nAvailable for interviews in English and Polish\n"
            "----------------------------------------\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.authors) == ("Ports Without Illusions", "2026-02-18", [])
    assert not any(f.field == "subtitle" for f in layout.findings)
    assert [(b.kind, b.text) for b in layout.blocks] == [("paragraph", _BODY.strip()), ("paragraph", _BODY.strip())]


def test_a_page_whose_labels_are_given_in_two_languages():
    """A Welsh public body's page: the skip link, the labels and the kicker in Welsh and English, set apart by a slash;
    the date's month in Welsh."""
    text = ("Neidio i'r prif gynnwys / Skip to main content\nCymraeg | English\nCANOLFAN POLISI HARBWR\nHARBOUR POLICY CENTRE\n"
            "Hafan   Amdanom ni   Ymchwil   Cysylltu\nChwilio / Search\n\nHafan > Ymchwil > Papurau polisi\n\nPapur polisi / Policy paper\n\n"
            "Ports After the Reset: What the Pact Means for the Harbours\n\nAwdur / Author: Dr Ana Ribeiro\n"
            "Dyddiad cyhoeddi / Published: 3 Mawrth 2026\nCategori: Diogelwch\nIaith / Language: Saesneg yn unig / English only\n"
            "Lawrlwytho PDF (412 KB)\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == (
        "Ports After the Reset: What the Pact Means for the Harbours", ["Ana Ribeiro"], "2026-03-03")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


@pytest.mark.parametrize("line, iso", [("Dyddiad cyhoeddi / Published: 3 Mawrth 2026", "2026-03-03"),
                                       ("Published / Cyhoeddwyd: 3 March 2026", "2026-03-03"),
                                       ("Date / Datum: 12.03.2026", "2026-03-12")])
def test_a_date_under_a_label_in_two_languages(line, iso):
    assert D.parse_date(line) == iso


def test_a_title_with_a_slash_is_not_a_label_in_two_languages():
    brief, _ = _head_fields("Guns / Butter: Paying for Defence\n\nBy Ana Ribeiro\n\n3 March 2026\n\n" + _BODY + "\n")
    assert brief.title == "Guns / Butter: Paying for Defence"


def test_a_guest_post_with_its_authors_note_after_the_text():
    """The byline marks the name with a star; the note it keys follows the text ("* Name is a researcher at …",
    then the site's notice), then the site's call for contributions. Share buttons in brackets under the date."""
    text = ("HARBOUR POLICY HUB\n\nGUEST CONTRIBUTION\n\nPorts Have Run Out of Road\n\nby Ana Ribeiro*\n\nPublished: 5 February 2026 · 6 min read\n\n"
            "[Share] [Tweet] [Email] [Print]\n\n" + _BODY + "\n\n" + _BODY.strip() + " The end.\n\n"
            "* Ana Ribeiro is a researcher at the Lisbon Institute for Maritime Studies. Guest contributions reflect the views of their "
            "authors only and not those of the Harbour Policy Hub.\n\n"
            "Want to write for us? The Harbour Policy Hub welcomes guest contributions of 800–1,200 words from researchers across Europe. "
            "Read our guidelines →\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Lisbon Institute for Maritime Studies")]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip() + " The end."]


@pytest.mark.parametrize("line", ["[Share] [Tweet] [Email] [Print]", "[Facebook] [LinkedIn] [Copy link]"])
def test_share_buttons_in_brackets(line):
    from brieflib.ingest.furniture import is_share

    assert is_share(line)


@pytest.mark.parametrize("text", [
    "Want to write for us? The Harbour Hub welcomes guest contributions of 800–1,200 words. Read our guidelines →",
    "Write for us: we welcome submissions from early-career researchers. See our guidelines for contributors.",
    "Interested in contributing? We accept pitches from researchers across Europe.",
])
def test_a_sites_call_for_contributions_is_boilerplate(text):
    assert P.is_boilerplate(text)


def test_a_paragraph_on_writing_for_a_newspaper_is_no_call_for_contributions():
    assert not P.is_boilerplate("Ministers who want to write for the public should explain what they want from the ports, and why.")


def test_a_page_in_cyrillic_around_an_english_text_and_its_notice():
    """A Macedonian site: its labels in Cyrillic over the English text, the two authors' bio in one sentence after it,
    then the site's disclaimer in Macedonian (a sentence, longer than a label) and a download link."""
    text = ("Институт за пристаништа – Скопје\nHarbour Institute Skopje\n\nПочетна » Публикации » Анализи\n\n"
            "Ports at the Threshold\n\nАвтори: Ana Ribeiro, Jan Nowak\nДатум: 04.03.2026\n\nПреземи PDF\n\n" + _BODY + "\n\n" + _BODY.strip() + " The end.\n\n"
            "Ana Ribeiro is a senior researcher and Jan Nowak a research fellow at the Harbour Institute Skopje.\n\n"
            "Ставовите изнесени во оваа анализа се ставови на авторите и не ги одразуваат ставовите на Институтот.\n\n"
            "© 2026 Институт за пристаништа – Скопје. Сите права задржани.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Institute Skopje"), ("Jan Nowak", "Harbour Institute Skopje")]
    assert brief.date == "2026-03-04"
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip() + " The end."]


def test_a_closing_quotation_in_cyrillic_stays_in_the_text():
    text = ("Ports at the Threshold\n\nАвтори: Ana Ribeiro\nДатум: 04.03.2026\n\n" + _BODY + "\n\n"
            "«Ставовите изнесени во оваа анализа се ставови на авторите и не ги одразуваат ставовите на Институтот.»\n")
    _, layout = _head_fields(text)
    assert layout.blocks[-1].text.startswith("«")


def _quoted(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def test_a_brief_quoted_in_a_mail_reply_with_comments_between():
    """A reply that quotes a colleague's mail, which pastes the brief: the reply, its signature and both mails'
    headers go; the comments set between the quoted lines are the reader's, listed; the brief is read unquoted."""
    brief_text = ("HARBOUR FORUM | Briefing\n\nPorts Without the Law\n\nAna Ribeiro and Jan Nowak\nPublished 6 March 2026\n\n"
                  + _BODY + "\n\n" + _BODY.strip() + " The end.")
    text = ("From: Mikko Heinonen <mikko@ministry.example.fi>\nSent: Tuesday, 10 March 2026 11:02\nTo: Hanna Virtanen <hanna@ministry.example.fi>\n"
            "Subject: RE: Ports paper\n\nHanna,\n\nThanks, useful. My comments inline below (marked MH).\n\nBr,\nMikko\n\n"
            "-----Original Message-----\nFrom: Hanna Virtanen <hanna@ministry.example.fi>\nSent: Monday, 9 March 2026 16:47\nSubject: Ports paper\n\n"
            + _quoted(brief_text.split("\n\n" + _BODY.strip() + " The end.")[0]) + "\n\nMH: Agree with the framing, but the costs are weak.\n\n"
            + _quoted(_BODY.strip() + " The end.") + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Ports Without the Law", ["Ana Ribeiro", "Jan Nowak"], "2026-03-06")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip() + " The end."]
    assert any(r.text.startswith("MH: Agree") for r in layout.removed)


def test_a_text_with_a_quoted_passage_keeps_it():
    """A quotation set as a Markdown block quote inside a text is the text's, and there is no mail around it."""
    text = "Ports Without the Law\n\nBy Ana Ribeiro\n\n3 March 2026\n\n" + _BODY + "\n\n" + _quoted(_BODY.strip()) + "\n\n" + _BODY + "\n"
    _, layout = _head_fields(text)
    assert len(layout.blocks) == 3 and not any(r.text.startswith(">") for r in layout.removed)


# --- layouts from the zw- and zx- sets' study, each in our own words -------------------------------------------------

def test_a_link_to_the_authors_page_under_the_byline():
    text = ("Harbour Institute\n\nPorts Programme\n\nClosing the Gap in the Harbours\n\nBy Ana Ribeiro\nAuthor page\n12 March 2026\n\n"
            "Share on X   Share on LinkedIn   Print\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Closing the Gap in the Harbours", ["Ana Ribeiro"], "2026-03-12")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


@pytest.mark.parametrize("line", ["Author page", "View profile", "View full profile", "Follow the author", "Read full bio"])
def test_links_to_an_authors_page(line):
    from brieflib.ingest.furniture import WEB_FURNITURE

    assert any(r.test(line) for r in WEB_FURNITURE)


_COUNCIL_PAGE = ("Harbour Strategy Council\nMenu  Search  Donate\n\nPrograms\n  Europe Center\n  Ports Futures Initiative\n"
                 "  Defense Industrial Base Project\nInsights\nEvents\nAbout\n\nPORTS FUTURES INITIATIVE\n\nA Harbour Umbrella? What Lisbon Can Offer\n\n"
                 "By Ana Ribeiro\nNonresident Senior Fellow, Ports Futures Initiative, Harbour Strategy Council; Associate Professor of International "
                 "Security, University of the Coast\n\nFebruary 26, 2026\n\nTweet  Share  Email  Print\n\n" + _BODY + "\n\n" + _BODY + "\n\n"
                 "© 2026 Harbour Strategy Council. All rights reserved.\n")


def test_a_byline_whose_role_line_names_two_places_of_work():
    brief, layout = _head_fields(_COUNCIL_PAGE)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Strategy Council; University of the Coast")]
    assert brief.date == "2026-02-26"
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_programmes_name_in_capitals_over_the_title_is_not_the_publisher():
    brief, _ = _head_fields(_COUNCIL_PAGE)
    assert brief.publisher == "Harbour Strategy Council"


def test_a_series_line_in_commas_with_its_date_and_pages():
    text = ("Harbour Institute for International Affairs\nDeutsch | English\n\nHome > Publications > HIIA Comment\n\n"
            "HIIA Comment 2026/C 14, 05.03.2026, 4 Pages\ndoi:10.00000/hiia-comment-2026-14\n\nClosing the Back Door: Sanctions in the Harbours\n\n"
            "Dr. Ana Ribeiro, Jan Nowak\n\nDownload PDF (Comment 2026/C 14, 289 KB)\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Closing the Back Door: Sanctions in the Harbours", "2026-03-05")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_an_initiative_that_publishes_alone_stays_the_publisher():
    text = "PORTS THREAT INITIATIVE\n\nA Harbour Umbrella? What Lisbon Can Offer\n\nBy Ana Ribeiro\n\nFebruary 26, 2026\n\n" + _BODY + "\n"
    brief, _ = _head_fields(text)
    assert brief.publisher == "Ports Threat Initiative"


# --- the fifteenth fresh-eyes review: what the zu- rules must not take ----------------------------------------------

_FIFTEENTH_HEAD = "Harbour Policy Forum\nPolicy Brief 04/2026\n\nPorts Without Illusions: Why Resilience Needs Public Money\n\nBy Ana Ribeiro\n18 February 2026\n\n"


@pytest.mark.parametrize("group", [
    "Key facts\nPort throughput fell by 12 per cent in 2025\nRail delays doubled on the main corridor\nFull data: www.harbourdata.example.eu",
    "Sources used\nEurostat maritime transport statistics\nhttps://ec.europa.eu/eurostat",
    "Timeline of the reform\nCommission proposal, 12 January 2026\nPublished 3 February 2026 by the Commission\nCouncil vote expected in June",
    "Printed by hand, the first port charters ran to a single page",
    "Introduction\nPrinted by the Commission in 2019, the port strategy is now out of date",
])
def test_short_lines_under_the_head_that_are_no_colophon_stay(group):
    brief, layout = _head_fields(_FIFTEENTH_HEAD + group + "\n\n" + _BODY + "\n\n" + _BODY + "\n")
    kept = " ".join(b.text for b in layout.blocks)
    assert all(line.strip() in kept for line in group.split("\n"))
    assert (brief.date, brief.publisher) == ("2026-02-18", "Harbour Policy Forum")


def test_a_revised_editions_first_date_in_its_colophon_does_not_date_it():
    text = ("HARBOUR STAFF COLLEGE\n\nRESEARCH PAPER\nNo. 12 – March 2026\n\nPorts Are the Deterrent\n\nAna Ribeiro\n\n"
            "ISSN 2000-0000\nResearch Paper\nHarbour Staff College\nwww.harbourcollege.example.int\n\n"
            "First published 12 January 2024\nRevised edition March 2026\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert brief.date == "2026-03"


@pytest.mark.parametrize("last", [
    "The Commission welcomes contributions from member states to the resilience fund, but it has not said how they would count.",
    "We welcome contributions from port operators as well as governments: a fund that only taxpayers finance will be too small.",
    "The fund accepts contributions from any member state, and the smaller coastal states have every reason to join early.",
])
def test_a_closing_paragraph_on_contributions_to_a_fund_is_the_text(last):
    _, layout = _head_fields(_FIFTEENTH_HEAD + _BODY + "\n\n" + last + "\n")
    assert layout.blocks[-1].text == last


@pytest.mark.parametrize("note", [
    "* Ursula von der Leyen is best placed to champion the fund at the European Council.",
    "* Jan Nowak is a former director of the Port of Gdansk Authority and now an adviser to the European Commission.",
])
def test_a_starred_line_that_names_no_author_of_the_text_stays(note):
    _, layout = _head_fields(_FIFTEENTH_HEAD + _BODY + "\n\n" + _BODY + "\n\n" + note + "\n")
    assert layout.blocks[-1].text.endswith(note[2:])


@pytest.mark.parametrize("lead", ["Note: this text updates our brief of May 2024", "In brief: ports need a public resilience fund",
                                  "Bottom line: fund spare cranes before the next crisis", "Update: the Council adopted the fund on 3 March"])
def test_a_lead_in_under_the_date_is_no_page_field(lead):
    _, layout = _head_fields(_FIFTEENTH_HEAD.rstrip("\n") + "\n" + lead + "\n\n" + _BODY + "\n")
    assert layout.blocks[0].text == lead


def test_a_co_author_under_the_byline_is_no_page_field():
    text = "Ports Without Illusions\n\nBy Ana Ribeiro\nWith: Jan Nowak\n18 February 2026\n\n" + _BODY + "\n"
    _, layout = _head_fields(text)
    assert not any(r.text == "With: Jan Nowak" and "field of the page" in r.reason for r in layout.removed)


def test_more_information_over_short_lines_with_no_contact_is_no_contact_box():
    group = "More information\nThe fund would be set up by 2027\nIt would cost EUR 200 million a year\nPorts would apply for grants each spring"
    _, layout = _head_fields(_FIFTEENTH_HEAD + group + "\n\n" + _BODY + "\n")
    kept = " ".join(b.text for b in layout.blocks)
    assert "It would cost EUR 200 million a year" in kept


@pytest.mark.parametrize("line, name", [
    ("© 2026 Center for Limited Government. All rights reserved.", "Center for Limited Government"),
    ("© 2026 CHC – Canadian Harbour Council", "Canadian Harbour Council"),
])
def test_a_legal_forms_word_inside_a_name_stays(line, name):
    brief, _ = _head_fields("Ports Without Illusions\n\nBy Ana Ribeiro\n\n18 February 2026\n\n" + _BODY + "\n\n" + line + "\n")
    assert brief.publisher == name


@pytest.mark.parametrize("written, name", [("Maj Britt Theorin", "Maj Britt Theorin"), ("Maj. Gen. Tomasz Wróbel", "Tomasz Wróbel"),
                                           ("Lt Gen Tomasz Wróbel", "Tomasz Wróbel")])
def test_a_given_name_like_a_short_rank_stays(written, name):
    assert P.tidy_name(written) == name


def test_a_quotation_in_cyrillic_that_ends_the_text_stays():
    text = ("Порт Одеса\nHarbour Institute Odesa\n\nPorts at the Threshold\n\nАвтор: Ana Ribeiro\nДата: 04.03.2026\n\n" + _BODY + "\n\n"
            "The mayor's words are worth quoting, in the original Ukrainian.\n\n"
            "Одеса — це порт, а порт — це Україна, тому його захист є справою всієї держави і кожного з нас.\n")
    _, layout = _head_fields(text)
    assert layout.blocks[-1].text.startswith("Одеса")


def test_a_photo_credit_in_two_labels_is_no_byline():
    text = "Ports Without Illusions\n\nBy Ana Ribeiro\n18 February 2026\nPhoto / Author: Jan Nowak\n\n" + _BODY + "\n"
    brief, _ = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]


def test_a_byline_naming_a_person_of_a_programme_is_no_staff_byline():
    from brieflib.ingest.head import HEAD, HeadState
    from brieflib.ingest.parse import Unit

    assert HEAD["staff-byline"].test(HeadState([Unit("By Ana Ribeiro of the Europe Programme", 1)])) is None
    assert HEAD["staff-byline"].test(HeadState([Unit("By the Europe in the World programme", 1)])) is not None


def test_a_row_of_facets_over_the_title_and_an_authors_list_after_the_text():
    """A site's facets in one row over the title (its date among them), the authors under a label; after the text a
    suggested citation, the authors again one a line with their posts, and the charity line of the site's footer."""
    text = ("Harbour Centre for Security Studies\nOpen menu\nOur work  |  People  |  Events\nSearch publications...\n\n"
            "Publication type: Policy Brief  |  Date: 2026-03-12  |  Programme: Europe in the World  |  Reading time: 8 minutes\n\n"
            "A Harbour Pact Worth the Name\n\nAuthors: Ana Ribeiro, Jan Nowak\n\n" + _BODY + "\n\n" + _BODY.strip() + " The end.\n\n"
            "Cite this publication: Ribeiro, A. and Nowak, J. (2026), 'A Harbour Pact Worth the Name', HCSS Policy Brief, Dublin.\n\n"
            "Authors\nAna Ribeiro – Research Fellow, Europe in the World Programme, Harbour Centre for Security Studies\n"
            "Jan Nowak – Associate Fellow, Harbour Centre for Security Studies\n\n"
            "Harbour Centre for Security Studies (HCSS) is a registered charity, CHY 00000.\nTerms  |  Privacy  |  Cookie policy\n© 2026 HCSS\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("A Harbour Pact Worth the Name", "2026-03-12")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Centre for Security Studies"),
                                                                 ("Jan Nowak", "Harbour Centre for Security Studies")]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip() + " The end."]


@pytest.mark.parametrize("line", ["Harbour Strategy Council is a nonpartisan 501(c)(3) organization.",
                                  "The Harbour Institute is a registered charity, no. 1000000, and a company limited by guarantee.",
                                  "Registered charity number 1000000"])
def test_a_sites_legal_status_is_boilerplate(line):
    assert P.is_boilerplate(line)


def test_a_sentence_on_a_charitys_status_in_the_text_is_no_boilerplate():
    assert not P.is_boilerplate("Many of the port's operators are registered charities, which limits what the state can ask of them in a crisis.")


def test_a_monitors_name_over_its_volume_and_issue_is_no_title():
    """A bulletin's name and its volume and issue over the item's title; the date with its time and the age of the post."""
    text = ("Harbour Foundation for Eurasian Studies\nPrograms ▾   Analysis ▾   Monitor   Events   Support Us   Search\n\n"
            "Black Sea Ports Monitor\nVolume: 23 Issue: 38\n\nGeorgia's Ports Drift Towards Beijing\n\nBy: Nino Kharadze\n"
            "March 12, 2026 05:42 PM · 3 days ago\n\nPrint   Email   Share\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Georgia's Ports Drift Towards Beijing", ["Nino Kharadze"], "2026-03-12")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


@pytest.mark.parametrize("line", ["March 12, 2026 05:42 PM · 3 days ago", "12 March 2026 (2 weeks ago)", "12.03.2026 – 5 hours ago"])
def test_a_date_with_the_age_of_the_post(line):
    assert D.parse_date(line) == "2026-03-12"


def test_a_path_from_the_home_page_with_slashes_and_long_sections():
    from brieflib.ingest.furniture import is_breadcrumb

    assert is_breadcrumb("Home / Research / Commentary / Democracy & Rule of Law")
    assert not is_breadcrumb("Home / Away: Why Ports Matter")


def test_a_page_under_a_skip_link_its_masthead_and_a_path_with_slashes():
    text = ("Skip navigation\nHEDEM — Harbour European Democracy Monitor\nHome / Research / Commentary / Democracy & Rule of Law\n\n"
            "Commentary\nMar 12, 2026\n\nAfter the Election: Can the Ports Be Freed?\n\n" + _BODY + "\n\n" + _BODY + "\n\n"
            "© 2026 HEDEM — Harbour European Democracy Monitor | Imprint | Privacy\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date, brief.publisher) == ("After the Election: Can the Ports Be Freed?", "2026-03-12", "Harbour European Democracy Monitor")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_title_that_opens_with_an_acronym_is_no_logo():
    brief, _ = _head_fields("NATO — New Approaches To Ports\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _BODY + "\n")
    assert brief.title == "NATO — New Approaches To Ports"


@pytest.mark.parametrize("title", ["Germany's Defence Budget After the Special Fund", "Europe's Ports Before the Recovery Fund",
                                   "Ukraine Amid the Reconstruction Fund"])
def test_a_title_that_ends_in_an_institutions_word_is_no_institution(title):
    assert not P.is_institution(title)


@pytest.mark.parametrize("name", ["King's College London", "Queen's University Belfast", "International Monetary Fund", "Centre for European Reform",
                                  "Reporters Without Borders Foundation"])
def test_institutions_with_a_possessive_or_a_fund_stay_institutions(name):
    assert P.is_institution(name)


def test_a_paper_whose_title_ends_in_fund_under_its_series_line():
    text = ("HFS Analysis\n\n\n\nGermany's Port Budget After the Special Fund\nHow to Keep Spending at Three and a Half Per Cent\n\nDr. Ana Ribeiro\n\n\n\n"
            + _BODY + "\n\n" + _BODY + "\n\n\n\nHarbour Forum for Security Policy | Analysis 5 | 12.03.2026 | Page 1\n" + _BODY + "\n\n\n\n"
            "Harbour Forum for Security Policy | Analysis 5 | 12.03.2026 | Page 2\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.publisher) == ("Germany's Port Budget After the Special Fund", "Harbour Forum for Security Policy")


def test_a_disclaimer_that_names_the_funder_and_the_publisher_names_neither():
    line = ("This policy brief was produced within a project supported by the Stiftung Morgenland. Its contents are the sole responsibility "
            "of the authors and do not necessarily reflect the views of the Stiftung Morgenland or of the Harbour Policy Network.")
    assert P.publisher_from(line) is None


@pytest.mark.parametrize("logo", ["[Logo: Harbour Institute of International Affairs]", "[Harbour Institute of International Affairs logo]"])
def test_a_logos_alternative_text_on_the_cover_names_the_publisher(logo):
    text = logo + "\n\n\n\nSTRATEGIC FILE\nNo. 7 (41)\n\n\n\nClosing the Ports Gap\n\n\n\nAna Ribeiro\n\n\n\n" + _BODY + "\n\n" + _BODY + "\n"
    brief, layout = _head_fields(text)
    assert (brief.title, brief.publisher) == ("Closing the Ports Gap", "Harbour Institute of International Affairs")
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_two_logos_on_the_cover_name_no_publisher():
    text = ("[Logo: Harbour Institute of International Affairs]   [Logo: Stiftung Morgenland]\n\nClosing the Ports Gap\n\nAna Ribeiro\n\n"
            + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert brief.publisher is None


def test_a_date_and_a_byline_in_two_columns_under_a_wrapped_title():
    text = ("[Harbour Forum logo]                                          ISSUE BRIEF\n\n\n\nHolding the Line at Sea:\nA Port Security Strategy for\n"
            "Romania and Its Allies\n\n14 MAY 2026                                               By Ana Ribeiro and Jan Nowak\n\n\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Holding the Line at Sea: A Port Security Strategy for Romania and Its Allies", "2026-05-14")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak"]
    assert brief.publisher == "Harbour Forum"


def test_a_sites_menu_set_one_item_a_line_over_a_title_in_sentence_case():
    text = ("Skip to main content\nHarbour Forum on Global Affairs\nSearch\nMenu\nPublications\nPodcasts\nEvents\nExperts\nProgrammes\nAbout\nSupport us\n"
            "EN | DE | FR | PL\n\nWe use cookies to understand how you use our website and to improve your experience. You can accept all cookies "
            "or manage your preferences. Read our cookie policy.\nAccept all   Manage preferences\n\nPolicy brief\n\nStuck in the harbour: How to make port reform credible in the Western Balkans\n\n"
            "The EU's renewed enthusiasm for ports has not yet reached Belgrade, Podgorica or Tirana. A staged model with real rewards at each stage, "
            "and a clear date for the first of them, would restore the credibility the process has lost\n\n"
            "Ana Ribeiro, Jan Nowak\n19 March 2026\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Stuck in the harbour: How to make port reform credible in the Western Balkans", "2026-03-19")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_list_of_short_items_in_the_text_is_no_menu():
    items = "Estonia\nLatvia\nLithuania\nPoland\nFinland"
    _, layout = _head_fields("Ports Without Illusions\n\nBy Ana Ribeiro\n\n3 March 2026\n\n" + _BODY + "\n\nThe frontline states:\n" + items + "\n\n" + _BODY + "\n")
    kept = " ".join(b.text for b in layout.blocks)
    assert all(item in kept for item in items.split("\n"))


def test_a_blog_post_with_author_cards_and_its_date_under_a_label():
    text = ("Harbour Economic Policy Forum\nResearch   Publications   Events   Podcast   Datasets   People   About\nSearch\n\nBlog post\n\n"
            "Europe's port problem is a crane problem\n\nChina's latest export licences show that the real choke point is not mining but the cranes\n\n"
            "[Photo of Ana Ribeiro]\nAna Ribeiro\nSenior fellow\n\n[Photo of Jan Nowak]\nJan Nowak\nResearch analyst\n\n"
            "Publishing date\n09 March 2026\n\nTopics\nEconomic security · Global economy & trade · China\n\nDownload as PDF   Share   Cite\n\n"
            + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Europe's port problem is a crane problem", "2026-03-09")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_series_and_its_date_over_a_title_in_two_sentences_and_its_byline():
    """A section's label over the date (a label of three words in Title Case, "The Long Quay", may be the title itself:
    see the sixteenth review's tests), the title in two sentences, the byline."""
    text = ("Harbour Commons\nPrograms & Centers   Expertise   Blogs & Series   Events   Support   About\nSearch\n\nCommentary\n\nMarch 12, 2026\n\n"
            "Türkiye holds the key to the ports. NATO should start acting like it.\n\nBy Ana Ribeiro\n\n"
            "[Image: Frigates sail in formation off the coast.]\nFrigates sail in formation off the coast. Photo via Harbour Images.\n\n"
            "Share   𝕏   in   ✉   🔗\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Türkiye holds the key to the ports. NATO should start acting like it.", "2026-03-12")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_label_and_date_over_a_title_in_sentence_case_and_a_bare_name():
    text = ("Centre for a Harbour Europe\nHome | Publications | Events | Podcasts | Multimedia | Press | About | Contact\nSearch CHE\n\n"
            "Publications > Insights\n\nInsight\n23 March 2026\n\nBuying together, building apart: Britain and the ports' money\n\nAna Ribeiro\n\n"
            "Print   Download PDF   Email   Share\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Buying together, building apart: Britain and the ports' money", "2026-03-23")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_an_institution_for_a_cause_and_a_title_with_an_article():
    assert P.is_institution("Center for a New Harbour Security")
    assert not P.is_institution("Europe Needs an Intelligence Culture, Not Another Agency")


def test_a_bulletins_long_line_of_editors_over_the_title():
    text = ("HARBOUR INSTITUTE OF INTERNATIONAL AFFAIRS\n\nBULLETIN\nNo. 42 (2931), 17 March 2026 © HIIA\n\n"
            "Editors: Sławomir Jędrzejczak (HIIA Director) • Wojciech Kołodziej (Chief Editor) • Patrycja Zięba (Managing Editor) • Jakub Grześkowiak "
            "• Magdalena Szkudlarek • Daniel Wąsowicz\n\nClosing the Gate: Poland, Lithuania and the Port Transit Question\n\nAna Ribeiro\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == (
        "Closing the Gate: Poland, Lithuania and the Port Transit Question", ["Ana Ribeiro"], "2026-03-17")


def test_a_perspective_with_its_series_line_and_authors_over_the_title():
    text = ("[Harbour logo]\nH A R B O U R\nPOLICY RESEARCH\n\nPERSPECTIVE\nExpert insights on a timely policy issue\n\n"
            "ANA RIBEIRO, JAN NOWAK, LUKÁŠ NOVÁK\n\nWho Fills the Port?\nPlanning for a Smaller Presence in the Harbours\n\nPE-A3412-2 | MARCH 2026\n\n"
            + _BODY + "\n\n" + _BODY + "\n")
    brief, layout = _head_fields(text)
    assert (brief.title, brief.date) == ("Who Fills the Port?", "2026-03")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Jan Nowak", "Lukáš Novák"]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


@pytest.mark.parametrize("head", ["EUROPE'S PORT GAME\nEight pictures of the continent's crane gap", "PORTS BEFORE PLANES\nWhy the south must pay first"])
def test_a_title_in_capitals_over_its_subtitle_in_sentence_case_is_no_series_line(head):
    brief, _ = _head_fields(head + "\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _BODY + "\n")
    assert brief.title == head.split("\n")[0]


def test_a_cover_set_in_a_narrow_column_breaks_its_title_and_byline():
    text = ("Research\nPaper\nEurope Programme\nMarch 2026\n\nDeterrence by\nreconstruction\nWhy rebuilding Ukraine's\nports is a security\npolicy\n\n"
            "Ana Ribeiro and\nFionnuala Ó Briain\n\n" + _BODY + "\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date) == ("Deterrence by reconstruction", "2026-03")
    assert [a.name for a in brief.authors] == ["Ana Ribeiro", "Fionnuala Ó Briain"]


def test_a_heading_that_ends_on_a_little_word_over_a_capitalised_line_stays_apart():
    brief, layout = _head_fields("Ports and Planes\n\nBy Ana Ribeiro\n\nWhat the ports are asking for\nCranes Come First\n\n" + _BODY + "\n")
    assert brief.title == "Ports and Planes"
    assert [b.text for b in layout.blocks][:2] == ["What the ports are asking for", "Cranes Come First"]


# --- the sixteenth fresh-eyes review: what the zv-/zw-/zx- rules must not take ------------------------------------

_P1 = ("Ships have vanished from the registers of three Baltic ports this winter, and nobody in the ministries can say where they went. "
       "The owners answer no letters and the insurers have stopped asking.")
_P2 = ("The Commission has promised a register of its own, but the member states have not agreed who would keep it, who would pay for it, "
       "or what a port should do when a ship it cannot trace asks for a berth.")


@pytest.mark.parametrize("title", ["The Case for a European Ports Fund", "A Council for a Common Harbour", "An Agency for a Safer Sea"])
def test_a_title_for_a_cause_is_no_institution(title):
    assert not P.is_institution(title)
    brief, _ = _head_fields(title + "\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _P1 + "\n\n" + _P2 + "\n")
    assert (brief.title, brief.publisher) == (title, None)


@pytest.mark.parametrize("masthead", ["Lloyd's Harbour Foundation", "Ukraine's Institute for Port Studies", "Centre for Security Beyond Borders"])
def test_a_masthead_with_a_possessive_or_a_preposition_stays_a_masthead(masthead):
    brief, _ = _head_fields(masthead + "\n\nShips That Vanish\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _P1 + "\n\n" + _P2 + "\n")
    assert brief.title == "Ships That Vanish"


@pytest.mark.parametrize("last", [
    "The Gulf Shipping Trust is a registered charity in England and Wales, yet it has moved money to ports under sanctions for a decade.",
    "Its owner is a nonprofit corporation registered in Delaware, and it answers to no one in Europe.",
])
def test_a_closing_paragraph_on_a_charitys_status_is_the_text(last):
    _, layout = _head_fields("Ships That Vanish\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _P1 + "\n\n" + last + "\n")
    assert layout.blocks[-1].text == last


@pytest.mark.parametrize("text", ["The tanker switched off its transponder near Gotland. Images via commercial satellite providers show it loading at the terminal.",
                                  "We relied on open sources throughout (photos via Telegram channels, cross-checked against shipping data)"])
def test_a_sentence_that_says_where_pictures_came_from_is_no_caption(text):
    from brieflib.ingest.furniture import is_photo_credit

    assert not is_photo_credit(text)


def test_people_named_in_capitals_above_a_title_with_its_byline_are_no_authors():
    text = ("Harbour Institute\n\nCOMMENTARY\n\nEMMANUEL MACRON, FRIEDRICH MERZ, KEIR STARMER\n\nEurope Has a New Directorate\n\nBy Ana Ribeiro\n\n"
            "12 March 2026\n\n" + _P1 + "\n\n" + _P2 + "\n")
    brief, _ = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]


def test_authors_in_capitals_joined_by_and_above_the_title():
    brief, _ = _head_fields("ANA RIBEIRO AND JAN NOWAK\n\nThe Limits of a Partnership\n\nMarch 2026\n\n" + _P1 + "\n\n" + _P2 + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == ("The Limits of a Partnership", ["Ana Ribeiro", "Jan Nowak"])


@pytest.mark.parametrize("middle", ["Europe has lost track of four hundred tankers in its own waters.",
                                    "Europe has lost track of its tankers. It should find them."])
def test_a_standfirst_between_the_date_and_the_byline_is_no_title(middle):
    brief, _ = _head_fields("Harbour Institute\n\nShips That Vanish\n\nMarch 12, 2026\n\n" + middle + "\n\nBy Ana Ribeiro\n\n" + _P1 + "\n\n" + _P2 + "\n")
    assert brief.title == "Ships That Vanish"


def test_a_one_word_title_in_capitals_over_its_subtitle_is_no_series():
    brief, _ = _head_fields("Harbour Institute\n\nUKRAINE\nWhy the war is not over\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _P1 + "\n\n" + _P2 + "\n")
    assert brief.title in {"UKRAINE", "Why the war is not over"}
    assert not brief.title_derived


def test_a_title_in_capitals_under_a_spaced_logo_stays_the_title():
    brief, _ = _head_fields("H A R B O U R\nSHIPS THAT VANISH\n\nAna Ribeiro\n\nMarch 2026\n\n" + _P1 + "\n\n" + _P2 + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == ("SHIPS THAT VANISH", ["Ana Ribeiro"])


def test_a_funders_logo_is_no_publisher_and_a_masthead_beats_a_logo():
    text = ("[Logo: Stiftung Morgenland]\n\n\n\nPOLICY BRIEF\n\n\n\nClosing the Ports Gap\n\n\n\nAna Ribeiro\n\nMarch 2026\n\n" + _P1 + "\n\n" + _P2
            + "\n\nThis brief was produced with the support of the Stiftung Morgenland.\n")
    assert _head_fields(text)[0].publisher is None
    text = "[Logo: Stiftung Morgenland]\n\n\n\nHarbour Institute\n\nPOLICY BRIEF\n\nClosing the Ports Gap\n\nAna Ribeiro\n\nMarch 2026\n\n" + _P1 + "\n"
    assert _head_fields(text)[0].publisher == "Harbour Institute"


def test_an_authors_label_over_people_a_review_discusses_names_no_author():
    text = ("Two Books on the Shadow Fleet\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _P1 + "\n\n" + _P2 + "\n\nThe authors\n"
            "Mark Holloway – a historian of the Baltic trade\nElisabeth Brandt – a columnist who has written on grey-zone aggression\n")
    brief, _ = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Ana Ribeiro"]


@pytest.mark.parametrize("line", ["The views expressed do not necessarily reflect the views of the Harbour Institute or of its funders.",
                                  "This paper does not reflect the views of the Harbour Institute or of any government."])
def test_a_disclaimer_naming_one_body_and_others_unnamed_names_the_body(line):
    assert P.publisher_from(line) == "Harbour Institute"


def test_a_word_of_one_letter_repeated_is_no_fake_bold():
    """Found by the property test of hard-wrapped paragraphs: "aaaaaaaaaa" read as a doubled "aaaaa" shortened the
    line, and the wrapped paragraph fell apart."""
    from brieflib.model.text import undouble

    assert undouble("Aaaaaaaa aaaaaaaaaa aa aa aaaa aaaaaa. Aaaaa") == "Aaaaaaaa aaaaaaaaaa aa aa aaaa aaaaaa. Aaaaa"
    assert undouble("CClloossiinngg  tthhee  SSttrraaiittss") == "Closing the Straits"


def test_a_first_paragraph_with_a_year_in_it_is_no_colophon():
    """Found by the property test of hard-wrapped paragraphs: "… Aa aa aa 2026 aa." read as a postal code and a town."""
    first = "Aa aa aa aa. Aa aa aa aa aaaaaaa. Aa aa aa 2026 aa."
    _, layout = _head_fields(first + "\n\n" + _BODY + "\n\n" + _BODY + "\n")
    assert not any("colophon" in r.reason for r in layout.removed)
    assert layout.blocks[0].text == first


def test_a_bio_naming_the_institute_by_its_short_name_and_a_handle_after_a_bar():
    text = ("Kessel Harbour Policy Forum\n\nPorts and Magnets\n\nAna Ribeiro | Senior Analyst, Instituto Ibérico de Estudios Portuarios | @aribeiro_iiep\n\n"
            "12 March 2026\n\n" + _BODY + "\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Instituto Ibérico de Estudios Portuarios")]
    text = ("Kessel Harbour Policy Forum\n\nPorts and Magnets\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _BODY + "\n\nSource: Kessel, based on port data.\n\n"
            + _BODY + "\n\nRibeiro, A. (2026) 'Ports and Magnets', Kessel Blog, 12 March.\n\n"
            "Ana Ribeiro is a Senior Fellow at Kessel, where she works on trade and ports.\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Kessel Harbour Policy Forum")]


# --- the seventeenth fresh-eyes review: what the last rules must not take -------------------------------------------

@pytest.mark.parametrize("head, title, author", [
    ("Harbour Policy Institute\n\nA Europe worth fighting for\nby Ana Ribeiro\n12 March 2026", "A Europe worth fighting for", "Ana Ribeiro"),
    ("Commentary\nThe deal Europe is counting on\nby Ana Ribeiro, Harbour Policy Institute\n12 March 2026", "The deal Europe is counting on", "Ana Ribeiro"),
])
def test_a_title_ending_on_a_little_word_over_its_byline_in_lower_case(head, title, author):
    brief, _ = _head_fields(head + "\n\n" + _BODY + "\n\n" + _BODY + "\n")
    assert (brief.title, [a.name for a in brief.authors]) == (title, [author])


def test_a_title_ending_on_a_little_word_over_its_date_in_lower_case():
    brief, _ = _head_fields("Harbour Policy Institute\n\nWhat the EU is for\nupdated 12 March 2026\nAna Ribeiro\n\n" + _BODY + "\n")
    assert brief.title == "What the EU is for"


@pytest.mark.parametrize("line", ["© Harbour Institute. All rights reserved.", "Editor: Dr. Ana Ribeiro", "Printed by Kessel Druck Co. Ltd.",
                                  "12 Dock Street, Tallinn 10111, Estonia. Tel. +372 600 0000", "12 Dock Street, Tallinn 10111."])
def test_colophon_lines_with_abbreviations_or_a_full_stop(line):
    from brieflib.ingest.parse import _colophon_kind

    assert _colophon_kind(line) == "strong"


def test_a_university_town_beside_a_publisher_that_opens_with_it_stays_the_town():
    text = ("Oxford Policy Group\n\nPorts and Magnets\n\nBy Ana Ribeiro\n\n12 March 2026\n\n" + _BODY + "\n\n"
            "Ana Ribeiro is a Professor of Politics at Oxford.\n")
    brief, _ = _head_fields(text)
    assert [a.affiliation for a in brief.authors] == ["Oxford"]


@pytest.mark.parametrize("doubled, read", [("BBaasseell  IIIIII  aanndd  tthhee  BBaannkkss", "Basel III and the Banks"),
                                           ("€€110000  000000  ffoorr  tthhee  ppoorrttss", "€100 000 for the ports")])
def test_a_roman_numeral_or_zeros_in_fake_bold(doubled, read):
    from brieflib.model.text import undouble

    assert undouble(doubled) == read


def test_the_publishers_address_under_its_closing_notice_after_the_authors_bio():
    text = ("HARBOUR COUNCIL ON EURASIAN AFFAIRS\n\nMarch 12, 2026\n\nPORTS AS LEVERAGE\n\n" + _BODY + "\n\n" + _BODY + "\n\nABOUT THE AUTHOR\n\n"
            "Ana Ribeiro is a senior fellow at the Harbour Council on Eurasian Affairs, where she directs the Port Statecraft Initiative.\n\n\n\n"
            "The Harbour Council on Eurasian Affairs is a nonpartisan, nonprofit\nresearch organization. The Council does not take institutional positions;\n"
            "the views expressed in this memo are solely those of the author.\n1120 Harbour Avenue NW, Suite 000, Washington, DC 20005\n"
            "© 2026 Harbour Council on Eurasian Affairs. All rights reserved.\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Ribeiro", "Harbour Council on Eurasian Affairs")]
    assert [b.text for b in layout.blocks] == [_BODY.strip(), _BODY.strip()]


def test_a_posted_by_line_with_a_year_is_no_address():
    from brieflib.ingest.parse import _address_line

    assert not _address_line("Posted by Ana Ribeiro on 14/02/2026 in Hybrid threats | Tags: elections | Permalink")
    assert _address_line("1120 Harbour Avenue NW, Suite 000, Washington, DC 20005")


# --- general readings of the head, found by the property tests of think tanks' web pages and closing bios ---------


def test_a_menu_copied_one_item_a_paragraph_gives_no_title():
    text = ("Nordic Centre for Defence Economics\n\nResearch\n\nPublications\n\nEvents\n\nExperts\n\nAbout us\n\nPorts Without Illusions in the Baltic\n\n"
            "12 March 2026\n\nAna Lindqvist\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("Ports Without Illusions in the Baltic", ["Ana Lindqvist"], "2026-03-12")


def test_a_trail_of_glued_lines_over_a_title_set_apart_is_no_menu():
    text = ("Research\nBaltic Sea\nAnalysis\n\nPorts on Hold\nWhy the freeze in the Baltic ports is a problem for the alliance\n\nBy Ann Lee\n\n"
            "12 March 2026\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Ports on Hold"


@pytest.mark.parametrize("label", ["Blog post", "Research", "Article", "Publications"])
def test_a_pages_kind_over_the_title_is_no_title(label):
    brief, _ = _head_fields(f"{label}\n\nPorts Without Illusions in the Baltic\n\n12 March 2026\n\nAnn Lee\n\n" + _PROSE + "\n")
    assert brief.title == "Ports Without Illusions in the Baltic"


def test_a_name_over_its_post_under_the_title_is_the_byline_not_a_title():
    text = "The Baltic's undersea cables are a European problem\n\nAnn Lee\nSenior Research Fellow\n\n12 March 2026\n\n" + _PROSE + "\n"
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("The Baltic's undersea cables are a European problem", ["Ann Lee"], "2026-03-12")


def test_a_standfirst_over_the_authors_card_under_the_title_behind_a_menu():
    text = ("INSTITUTE FOR NORTHERN SECURITY STUDIES\n\nResearch\n\nPublications\n\nEvents\n\nExperts\n\nAbout us\n\nAnalysis\n\n"
            "The Baltic's undersea cables are a European problem\n\nA new study of procurement data shows how little joint buying has happened "
            "since 2022.\n\nAna Lindqvist\nSenior Research Fellow\n\n12 March 2026\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("The Baltic's undersea cables are a European problem", ["Ana Lindqvist"], "2026-03-12")


def test_a_title_in_capitals_glued_to_its_subtitle_over_authors_cards():
    """(Guards the two rules above: the cards are passed over upwards, and the title in capitals over its subtitle is
    then no kicker.)"""
    text = ("Harbour Institute for Defence Economics\n\nKEEPING THE HARBOURS\nEuropean Ports and the Logistics of Reinforcement\n\nAnn Lee\nResearch Director\n\n"
            "Jan Nowak\nAnalyst\n\n12.03.2026\n\n" + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors]) == ("KEEPING THE HARBOURS", ["Ann Lee", "Jan Nowak"])


# --- general readings of a PDF's first page, found by the property test of PDF covers -----------------------------

_PDF_TEXT = ("The ports of the Baltic have been at the centre of the debate for years, and they will stay there\nfor a while yet as the "
             "alliance plans its reinforcement of the north and the east.\n\nHarbour Policy Institute | Policy Brief 4/2026    2\n\f\n"
             "The binding constraint is no longer the ships alone but the cranes, the rails and the people.\n")


@pytest.mark.parametrize("title", ["After the Special Fund", "Beyond the Commission", "WHY THE COUNCIL FAILED"])
def test_a_titles_first_word_is_never_an_institutions(title):
    assert not P.is_institution(title)


@pytest.mark.parametrize("name", ["WHO Regional Office for Europe", "WHO Collaborating Centre for Urban Health", "IS Academy Foundation",
                                  "Beyond Borders Institute", "Towards Sustainability Institute"])
def test_a_names_acronym_or_preposition_is_no_titles_first_word(name):
    assert P.is_institution(name)


def test_a_title_over_its_subtitle_under_the_masthead_is_no_second_masthead():
    brief, _ = _head_fields("Harbour Policy Institute\n\nAfter the Special Fund\nHow Germany Pays for Its Army\n\nBy Ann Lee\n\n12 March 2026\n\n" + _PDF_TEXT)
    assert (brief.title, brief.publisher) == ("After the Special Fund", "Harbour Policy Institute")


def test_a_title_in_capitals_over_its_date_and_byline_under_a_series_line():
    brief, _ = _head_fields("Centre for Baltic Maritime Studies\n\nPolicy Paper No. 4\n\nKEEPING THE HARBOURS OPEN\n\n12.03.2026\n\nBy Ana Lindqvist\n\n" + _PDF_TEXT)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == ("KEEPING THE HARBOURS OPEN", ["Ana Lindqvist"], "2026-03-12")


def test_a_title_broken_after_a_word_no_title_ends_on():
    brief, _ = _head_fields("Harbour Policy Institute\n\nWhy Europe's Harbour Gap Will\nOutlast the War in Ukraine\n\n12 March 2026\n\nBy Ann Lee\n\n" + _PDF_TEXT)
    assert brief.title == "Why Europe's Harbour Gap Will Outlast the War in Ukraine"


@pytest.mark.parametrize("title, subtitle", [("What Europe Should Do", "Five Steps Before the Next Commission"),
                                             ("What Are Allies For", "Deterrence and Reassurance on the Eastern Flank"),
                                             ("Where the Union Is", "A Stocktaking of Its Ports")])
def test_a_title_that_ends_on_a_verb_or_preposition_over_its_subtitle_is_not_one_wrapped_title(title, subtitle):
    brief, layout = _head_fields(f"Harbour Policy Institute\n\n{title}\n{subtitle}\n\nAna Lindqvist\n\nMarch 2026\n\n" + _PDF_TEXT)
    assert (brief.title, [f.value for f in layout.findings if f.field == "subtitle"]) == (title, [subtitle])


@pytest.mark.parametrize("subtitle", ["", "What the next Commission can do about them\n"])
@pytest.mark.parametrize("topic", ["SECURITY AND DEFENCE", "MARITIME SECURITY", "EU-CHINA RELATIONS"])
def test_a_topic_in_capitals_glued_over_a_title_in_capitals_is_no_part_of_it(topic, subtitle):
    brief, _ = _head_fields(f"Harbour Policy Institute\n\n{topic}\nTHE BALTIC'S UNDERSEA CABLES\nARE A EUROPEAN PROBLEM\n{subtitle}\n"
                            "By Ann Lee\n\n12 March 2026\n\n" + _PDF_TEXT)
    assert brief.title == "THE BALTIC'S UNDERSEA CABLES ARE A EUROPEAN PROBLEM"


@pytest.mark.parametrize("lines", [
    ["Sanctions enforcement after the", "20th package"],
    ["Is the Baltic Still a NATO", "Lake?"],
    ["Why the EU's defence industrial strategy needs a", "customs union for arms, not just more money from", "Brussels and the capitals"],
    ["‘We cannot wait for", "Washington’: Nordic", "ministers on the next", "defence budget"],
    ["Five Lessons From Europe's", "First Year of Joint Ammunition", "Buying"],
    ["Deterrence on a Budget: How", "Small Navies Can Still Guard the", "Sea Lanes"],
    ["THE 2% TARGET IS DEAD – LONG LIVE THE 3.5% TARGET"],
])
@pytest.mark.parametrize("masthead", ["HPI", "Harbour Policy Institute"])
def test_a_title_hard_wrapped_on_a_cover_is_read_whole(lines, masthead):
    brief, _ = _head_fields(f"{masthead}\n\n" + "\n".join(lines) + "\n\nAna Lindqvist\n\nMarch 2026\n\n" + _PDF_TEXT)
    assert (brief.title, [a.name for a in brief.authors], brief.date) == (" ".join(lines), ["Ana Lindqvist"], "2026-03")


@pytest.mark.parametrize("title, subtitle", [("The EU–UK Security and Defence Partnership: One Year On",
                                              "Internal policy briefing for staff working on European security"),
                                             ("Europe and the Arctic", "Sea Lanes and Cables")])
def test_a_title_over_a_subtitle_it_could_have_held_is_no_wrapped_title(title, subtitle):
    brief, layout = _head_fields(f"Harbour Policy Institute\n\n{title}\n{subtitle}\n\nAna Lindqvist\n\nMarch 2026\n\n" + _PDF_TEXT)
    assert (brief.title, [f.value for f in layout.findings if f.field == "subtitle"]) == (title, [subtitle])


def test_more_words_from_a_wrapped_line_are_no_related_links_label():
    assert F.web_furniture("more money from Brussels and the capitals") is None
    assert F.web_furniture("More from Harbour Policy Institute")[0] == "related"


def test_a_title_in_capitals_over_two_lines_with_its_subtitle_under_them():
    brief, layout = _head_fields("Harbour Policy Institute\n\nTHE BALTIC'S UNDERSEA CABLES\nARE A EUROPEAN PROBLEM\nWhat the next Commission can do about them\n\n"
                                 "By Ann Lee\n\n12 March 2026\n\n" + _PDF_TEXT)
    assert brief.title == "THE BALTIC'S UNDERSEA CABLES ARE A EUROPEAN PROBLEM"
    assert [f.value for f in layout.findings if f.field == "subtitle"] == ["What the next Commission can do about them"]


def test_a_publisher_named_on_every_page_outweighs_a_legal_name_given_once():
    """The footer of every page names the institute, the imprint's © line its legal name once: the institute, with the
    evidence saying how often each was named. (Named once each, two names still conflict and stay empty.)"""
    page = ("The ports of the Baltic have been at the centre of the debate for years, and they will stay there for a while yet as "
            "the alliance plans its reinforcement of the north and the east of the continent.\n\n")
    text = ("Keeping the Harbours Open\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + page + "2   Harbour Institute\n\f\n" + page
            + "3   Harbour Institute\n\f\n" + page + "4   Harbour Institute\n\f\nCopyright © The Royal Society of Harbours, 2026\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Harbour Institute"
    assert brief.evidence["publisher"].startswith("most named (3 of 4)")
    brief, _ = _head_fields("Harbour Institute\n\nKeeping the Harbours Open\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + page
                            + "Copyright © The Royal Society of Harbours, 2026\n")
    assert brief.publisher is None


@pytest.mark.parametrize("head, foot, publisher", [
    ("Published in The Northern Flank Review", "© 2026 Northern Flank Review. All rights reserved.", "Northern Flank Review"),
    ("Published in Northern Flank Review", "© 2026 The Northern Flank Review. All rights reserved.", "Northern Flank Review"),
])
def test_a_name_given_with_and_without_its_article_is_one_publisher(head, foot, publisher):
    brief, _ = _head_fields(f"Keeping the Harbours Open\n\nAna Lindqvist\n\n{head}\n\n12 March 2026\n\n" + _PROSE + f"\n\n{foot}\n")
    assert brief.publisher == publisher


# --- who publishes, found by the property test of pages that name their publisher beside a funder ------------------

_TWO_PARAGRAPHS = ("European governments have spent four years discovering how thin their stocks of ammunition had become. Orders "
                   "placed since 2022 have tripled the output of shells.\n\nThe binding constraint is no longer the factories alone. "
                   "Explosives, propellant and the skilled workers who handle them are scarce, and the firms will not invest.\n\n")
_SIGNED_HEAD = "Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n12 March 2026\n\n"


def test_the_publishers_name_at_the_head_of_its_contacts_line():
    brief, _ = _head_fields(_SIGNED_HEAD + _TWO_PARAGRAPHS + "Harbour Policy Institute · www.harbour.example.eu · info@harbour.example.eu\n")
    assert brief.publisher == "Harbour Policy Institute"


@pytest.mark.parametrize("imprint", ["Lisbon Forum for Atlantic Security\nRua das Janelas Verdes 00, 1200-000 Lisboa\nwww.lfas.example.pt",
                                     "LISBON FORUM FOR ATLANTIC SECURITY"])
def test_an_organisations_name_alone_at_the_end_is_the_publishers_imprint(imprint):
    brief, layout = _head_fields(_SIGNED_HEAD + _TWO_PARAGRAPHS + "The author thanks the Nordic Bridges Foundation for its support.\n\n" + imprint + "\n")
    assert (brief.publisher or "").lower() == "lisbon forum for atlantic security"
    assert not any("Lisbon Forum" in b.text or "LISBON" in b.text for b in layout.blocks)


@pytest.mark.parametrize("thanks, logo", [("This paper was funded by the Nordic Bridges Foundation.", "Nordic Bridges Foundation"),
                                         ("This publication has been produced with the financial support of the European Union. Its contents "
                                          "are the sole responsibility of the author.", "European Commission")])
def test_the_funder_thanked_above_a_name_at_the_end_is_no_publisher(thanks, logo):
    brief, layout = _head_fields("Harbour Institute\n\n" + _SIGNED_HEAD + _TWO_PARAGRAPHS + f"{thanks}\n\n{logo}\n")
    assert brief.publisher == "Harbour Institute"
    assert logo not in [b.text for b in layout.blocks]


def test_a_name_announced_by_the_last_sentence_is_the_texts():
    brief, layout = _head_fields(_SIGNED_HEAD + _TWO_PARAGRAPHS + "The responsibility lies with one institution above all others:\n\n"
                                 "European Commission\n")
    assert brief.publisher is None and "European Commission" in [b.text for b in layout.blocks]


def test_about_the_institute_over_its_description_names_the_publisher():
    assert not P.is_institution("About the Centre for Baltic Maritime Studies")
    brief, _ = _head_fields(_SIGNED_HEAD + _TWO_PARAGRAPHS + "About the Centre for Baltic Maritime Studies\nThe Centre for Baltic Maritime "
                            "Studies is an independent think tank based in Lisbon. It works on European security and defence.\n")
    assert brief.publisher == "Centre for Baltic Maritime Studies"


@pytest.mark.parametrize("bio, known, expected", [
    # one sentence for two people, the verb and the place said once: "A is a P1 and B a P2 at X"
    ("Ana Ruiz is a senior fellow and Tomás Gil an associate fellow at the Harbour Policy Institute, Lisbon.", frozenset(),
     [("Ana Ruiz", "Harbour Policy Institute"), ("Tomás Gil", "Harbour Policy Institute")]),
    ("Ana Ruiz is a senior fellow and Tomás Gil a researcher at the Harbour Policy Institute.", frozenset({"Ana Ruiz", "Tomás Gil"}),
     [("Ana Ruiz", "Harbour Policy Institute"), ("Tomás Gil", "Harbour Policy Institute")]),
    # the names written surname first in capitals, as the head gave them the other way round
    ("SATO Kenji is a Senior Fellow and MORI Haruka a Research Fellow at the Pacific–Europe Security Institute.",
     frozenset({"Kenji Sato", "Haruka Mori"}),
     [("Kenji Sato", "Pacific–Europe Security Institute"), ("Haruka Mori", "Pacific–Europe Security Institute")]),
    # the second person with a place of their own keeps it; a clause about something else names no one
    ("Ana Ruiz is a senior fellow at the Harbour Policy Institute and Tomás Gil a professor at the University of Porto.", frozenset(),
     [("Ana Ruiz", "Harbour Policy Institute"), ("Tomás Gil", "University of Porto")]),
    ("Ana Ruiz is a senior fellow and Lisbon a city she knows well at the Harbour Policy Institute.", frozenset(),
     [("Ana Ruiz", "Harbour Policy Institute")]),
])
def test_a_bio_of_two_people_with_the_verb_said_once_names_both(bio, known, expected):
    assert [(a.name, a.affiliation) for a in P.parse_bios(bio, known)] == expected


@pytest.mark.parametrize("beside", ["March 2026", "Policy Comment", "www.harbour.example.org"])
def test_a_line_that_recurs_in_each_pages_footer_beside_its_running_footer_is_furniture(beside):
    footer = ["", "Harbour Comment 14", beside, "", "{page}", ""]
    filler = ["Ports are where the alliance meets the sea, and where its plans meet the", "limits of what harbour authorities can do.", ""] * 7
    text = "\n".join(["Guarding the Harbours", "", "By Ann Lee", "", *filler,
                      "The first page carries the opening paragraph of the brief, and it ends in the middle of a",
                      *[f.format(page=2) for f in footer],
                      "sentence that runs on to the next page, where the paragraph goes on for a while and then ends.", "", *filler,
                      "A second paragraph follows on the same page and is cut by the next break as it goes",
                      *[f.format(page=3) for f in footer],
                      "on to the third page, where it ends.", ""])
    layout = parse(text)
    assert [r.text for r in layout.removed].count(beside) == 2
    texts = [b.text for b in layout.blocks if b.kind != "heading"]
    assert "The first page carries the opening paragraph of the brief, and it ends in the middle of a sentence that runs on to the next " \
           "page, where the paragraph goes on for a while and then ends." in texts
    assert texts[-1] == "A second paragraph follows on the same page and is cut by the next break as it goes on to the third page, where it ends."


def test_a_line_that_recurs_beside_a_footer_within_a_page_is_no_furniture():
    text = "\n".join(["Guarding the Harbours", "", "By Ann Lee", "",
                      "Helen Ashworth", "Mar 11", "Replying to @okovalenko", "", "A first reply that ends here.", "",
                      "Mykola Bondar", "Mar 11", "Replying to @okovalenko", "", "A second reply that ends here.", "",
                      "Olena Koval", "Mar 11", "", "A third reply that ends here.", ""])
    assert not [r for r in parse(text).removed if "beside it on every page" in r.reason]


@pytest.mark.parametrize("tail", ["share-twitter share-linkedin share-facebook share-mail print", "Share Facebook LinkedIn Email"])
def test_share_buttons_run_on_after_a_byline_are_cut_from_it(tail):
    text = (f"Mines, drones, and Montreux: What a Black Sea ceasefire would demand of NATO\n\nJanuary 22, 2026\n\n"
            f"By Selin Aydoğan, Radu Mihăilescu, and Oksana Hrytsenko {tail}\n\n" + _TWO_PARAGRAPHS)
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Selin Aydoğan", "Radu Mihăilescu", "Oksana Hrytsenko"]
    assert tail in [r.text for r in layout.removed]


def test_a_row_of_share_buttons_copied_as_their_class_names_is_furniture_not_the_bylines_end():
    assert F.is_share("share-twitter share-linkedin share-facebook share-mail print")
    assert not F.is_share("share-based payments")
    text = ("Mines, drones, and Montreux: What a Black Sea ceasefire would demand of NATO\n\nJanuary 22, 2026\n\n"
            "By Selin Aydoğan, Radu Mihăilescu, and Oksana Hrytsenko\n\nshare-twitter share-linkedin share-mail print\n\n" + _TWO_PARAGRAPHS)
    brief, _ = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Selin Aydoğan", "Radu Mihăilescu", "Oksana Hrytsenko"]


@pytest.mark.parametrize("foot, iso", [
    ("Published: May 11, 2020 | Updated: June 1, 2020", "2020-05-11"),
    ("Updated: 1 June 2020 · Published: 11 May 2020", "2020-05-11"),
    ("Bibliographic data\nPublication type: Memo\nDate: 05.03.2026\nPublisher: Harbour Policy Institute", "2026-03-05"),
    ("Date de publication : 27 janvier 2026 | Mis à jour : 2 février 2026", "2026-01-27"),
])
def test_the_date_a_page_states_only_at_its_foot_dates_it(foot, iso):
    long = _TWO_PARAGRAPHS.replace("scarce, and", "scarce in every country that makes them, from Poland to Portugal, and").replace(
        "tripled the output of shells.", "tripled the output of shells in the plants of Germany, France, Poland and the Czech Republic alone.")
    brief, layout = _head_fields("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n" + long + foot + "\n\n© 2026 Harbour Policy Institute\n")
    assert brief.date == iso
    assert [b.text for b in layout.blocks][-1].startswith("The binding constraint")


def test_a_date_in_the_foots_fields_gives_way_to_the_heads():
    brief, _ = _head_fields("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS
                            + "Published: May 11, 2020 | Updated: June 1, 2020\n")
    assert brief.date == "2026-03-12"


@pytest.mark.parametrize("about, description", [
    ("ABOUT ENSP", "The European Network for Strategic Policy (ENSP) is a pan-European think-tank that conducts research on European foreign "
                   "and security policy."),
    ("About the Harbour Institute", "Founded in 1998, the Harbour Institute works on maritime security across Europe. Its staff of "
                                    "twenty researchers is based in Kiel and Gdańsk, and it publishes a policy brief every month."),
    ("ABOUT THE INSTITUTE", "Since 1998 we have worked on maritime security across Europe.\n\nOur staff of twenty researchers is based "
                            "in Kiel and Gdańsk."),
])
def test_the_publishers_about_section_under_the_bios_is_no_part_of_the_text(about, description):
    text = ("Keeping the Harbours Open to Allies\n\nAna Lindqvist & Jonas Berg\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS
            + "ABOUT THE AUTHORS\n\nAna Lindqvist is a senior fellow at the Harbour Institute.\n\nJonas Berg is a research fellow at the "
            f"Harbour Institute.\n\n{about}\n\n{description}\n\n© Harbour Institute 2026\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Lindqvist", "Harbour Institute"), ("Jonas Berg", "Harbour Institute")]
    assert [b.text for b in layout.blocks][-1].startswith("The binding constraint")


@pytest.mark.parametrize("notice", ["© LFAS May 2026. ISBN: 978-1-917999-21-6",
                                    "LFAS does not take collective positions. LFAS publications only represent the views of their authors.",
                                    "© LFAS 2026"])
def test_the_publishers_acronym_at_the_foot_is_the_house_the_bios_name_in_full(notice):
    text = ("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS
            + "ABOUT THE AUTHOR\n\nAna Lindqvist is a senior fellow at the Lisbon Forum for Atlantic Security. Before joining LFAS she "
            f"worked on NATO's eastern flank.\n\n{notice}\n")
    brief, _ = _head_fields(text)
    assert brief.publisher == "Lisbon Forum for Atlantic Security"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Lindqvist", "Lisbon Forum for Atlantic Security")]


def test_an_acronym_at_the_foot_that_the_bios_do_not_spell_out_stays_as_it_is():
    text = ("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS
            + "Ana Lindqvist is a senior fellow at the Harbour Institute.\n\n© LFAS May 2026\n")
    assert _head_fields(text)[0].publisher == "LFAS"


@pytest.mark.parametrize("description", [
    "We are an independent, non-partisan research institute. Our work is funded by foundations and governments.",
    "We are a Lisbon-based think tank working on Atlantic security since 1998.",
])
def test_the_house_describing_itself_in_the_first_person_is_its_notice(description):
    assert P.is_boilerplate(description)
    assert not P.is_boilerplate("We are an alliance of democracies, and we should act like one.")


def test_a_board_listed_in_columns_on_the_back_page_is_the_publishers_not_the_text():
    board = ("Board of Directors\n\n"
             "CHAIRMAN                          EXECUTIVE VICE CHAIRS              DIRECTORS\n"
             "*Harold T. Benning                *Gerald P. Oyelaran                Eleanor Abernathy\n"
             "                                  *Susan M. Lindqvist                Joaquín Barrios\n"
             "PRESIDENT AND CEO                 VICE CHAIRS                        Charlotte Bevin\n"
             "*Ruth A. Delacroix                *Anita Brennan-Cole                Tobias Hartmann\n\n"
             "*Executive Committee Members\n\nList as of April 1, 2026\n\n"
             "The Lodestar Council on Atlantic Affairs is a nonpartisan organization that brings together leaders from North America "
             "and Europe to strengthen the Atlantic community.\n\n© 2026 The Lodestar Council on Atlantic Affairs. All rights reserved.\n")
    text = ("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS
            + "About the Author\n\nAna Lindqvist is a senior fellow at the Lodestar Council on Atlantic Affairs.\n\n" + board)
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Lindqvist", "Lodestar Council on Atlantic Affairs")]
    assert [b.text for b in layout.blocks][-1].startswith("The binding constraint")
    assert brief.date == "2026-03-12"


@pytest.mark.parametrize("masthead", ["CEPO\nCentre for European\nPolicy Options", "Centre for European\nPolicy Options",
                                      "Institute of International\nand Strategic Affairs"])
def test_a_masthead_broken_over_two_lines_is_one_name_over_the_cover(masthead):
    text = (f"{masthead}\n\n\n\nPOLICY BRIEF\n\n4 March 2026\n\n\n\nBuying Together, Building\nTogether: How to Make Joint\nDefence Procurement Work"
            "\n\n\n\nKatarzyna Wąsowska\nSenior Policy Analyst\n\n" + _TWO_PARAGRAPHS)
    brief, _ = _head_fields(text)
    assert brief.title == "Buying Together, Building Together: How to Make Joint Defence Procurement Work"
    assert brief.publisher == " ".join(masthead.split("\n")[-2:])
    assert [a.name for a in brief.authors] == ["Katarzyna Wąsowska"]


@pytest.mark.parametrize("label", ["ACKNOWLEDGEMENTS / DISCLAIMER", "Acknowledgements", "Funding and disclaimer"])
def test_the_thanks_on_the_authors_page_before_the_text_are_no_part_of_it(label):
    text = ("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n12 March 2026\n\nABOUT THE AUTHOR\n\n"
            "Ana Lindqvist is a senior fellow at the Harbour Institute.\n\n"
            f"{label}\n\nThe author would like to thank the participants of the expert workshop held in Brussels in January 2026 for "
            "their comments. This support does not imply any endorsement of the contents of this publication.\n\nIntroduction\n\n" + _TWO_PARAGRAPHS)
    brief, layout = _head_fields(text)
    assert [b.text for b in layout.blocks][:2] == ["Introduction", _TWO_PARAGRAPHS.split("\n\n")[0]]
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ana Lindqvist", "Harbour Institute")]


def test_a_series_name_over_its_issue_number_and_date_is_no_title():
    text = ("THE OSPREY FOUNDATION\nResearch and Analysis on Eurasian Security Since 1998\n\nEURASIA STRATEGIC SNAPSHOT\nNo. 12 | April 21, 2026\n\n\n"
            "THE BLACK SEA AFTER THE FLEET\nTürkiye, Romania and the Contest for Maritime Security\n\n"
            "Vüsal Məmmədov, Non-Resident Fellow, The Osprey Foundation\n\n\n" + _TWO_PARAGRAPHS)
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date) == ("THE BLACK SEA AFTER THE FLEET", "2026-04-21")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Vüsal Məmmədov", "The Osprey Foundation")]


@pytest.mark.parametrize("name", ["Vüsal Məmmədov", "Nguyễn Thị Lan", "Ərtoğrul Əliyev"])
def test_names_in_every_latin_alphabet_are_names(name):
    assert P.is_person_name(name)


def test_a_note_that_the_paper_is_part_of_a_named_project_is_the_publishers():
    assert P.is_boilerplate("This brief is part of the project 'Northern Sovereignties' (2024–2027), funded by the Nordlys Foundation.")
    assert P.is_boilerplate("This paper is part of the Arctic Futures project.")


def test_the_authors_box_drawn_at_the_end_gives_the_author_and_its_frame_is_no_text():
    text = ("Svalbard and the end of Arctic exceptionalism\n\n17.02.2026\n\n" + _TWO_PARAGRAPHS +
            "   ┌──────────────────────────────────────────────────────────────────┐\n   About the author\n"
            "   Sigrid Ødegård is a Senior Research Fellow at the Vestland Institute\n   for Security Studies, where she heads the research group on\n"
            "   Arctic security.\n   └──────────────────────────────────────────────────────────────────┘\n\n"
            "VISS Policy Brief is a series of short analyses. The views expressed are those of the author.\n\n"
            "This brief is part of the project 'Northern Sovereignties' (2024–2027), funded by the Nordlys Foundation.\n\n"
            "© Vestland Institute for Security Studies 2026\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Sigrid Ødegård", "Vestland Institute for Security Studies")]
    assert not any("─" in b.text for b in layout.blocks)
    assert [b.text for b in layout.blocks][-1].startswith("The binding constraint")


# -- misreadings a review found in the rules above: ordinary text they must leave alone ---------------------------------

def test_a_sentence_about_an_organisation_in_the_text_is_no_self_description():
    last = "Frontex is a Warsaw-based organization whose mandate has grown every year since 2016. It now needs a budget to match its tasks."
    brief, layout = _head_fields(_SIGNED_HEAD + _TWO_PARAGRAPHS + last + "\n")
    assert layout.blocks[-1].text == last and brief.publisher is None
    assert not P.is_boilerplate("The OSCE is an international organization that brings together 57 states.")


def test_a_section_about_the_data_in_capitals_is_the_texts():
    text = _SIGNED_HEAD + _TWO_PARAGRAPHS + ("ABOUT THE DATA\n\nThe survey was fielded in January 2026 among 4,000 respondents in eight "
                                             "countries, weighted by age and region.\n\nNOTES\n\n1. Harbour Survey 2026.\n")
    _, layout = _head_fields(text)
    assert "ABOUT THE DATA" in [b.text for b in layout.blocks]


def test_a_funding_section_of_the_text_under_the_authors_page_stays_the_texts():
    text = ("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n12 March 2026\n\nABOUT THE AUTHOR\n\n"
            "Ana Lindqvist is a senior fellow at the Harbour Institute.\n\nFunding\n\nThe European Defence Fund has eight billion euros "
            "for seven years, and most of it is already committed to projects chosen before the war.\n\n" + _TWO_PARAGRAPHS)
    _, layout = _head_fields(text)
    assert "Funding" in [b.text for b in layout.blocks]


@pytest.mark.parametrize("line", ["Why Europe and Twitter Share", "What the Commission and X share"])
def test_a_title_ending_in_a_networks_name_keeps_its_words(line):
    brief, _ = _head_fields(f"{line}\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS)
    assert brief.title == line


@pytest.mark.parametrize("foot", ["Read next\n\nThe Baltic's cables are a European problem\n\nPublished: 3 May 2021",
                                  "Upcoming event\n\nHarbour security conference\n\nDate: 14 June 2026"])
def test_a_date_in_a_box_of_other_items_under_the_text_is_no_date_of_the_text(foot):
    long = _TWO_PARAGRAPHS.replace("scarce, and", "scarce in every country that makes them, from Poland to Portugal, and").replace(
        "tripled the output of shells.", "tripled the output of shells in the plants of Germany, France, Poland and the Czech Republic alone.")
    brief, _ = _head_fields("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n" + long + foot + "\n\n© 2026 Harbour Institute\n")
    assert brief.date is None


def test_a_title_broken_over_two_lines_is_no_masthead():
    brief, _ = _head_fields("POLICY BRIEF\n\nThe Future of the European\nDefence Agency\n\nAna Lindqvist\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS)
    assert brief.publisher is None and brief.title.startswith("The Future of the European")


def test_a_division_of_another_organisation_is_no_place_at_the_publisher():
    text = ("Harbour Institute\n\nGuarding the Harbours\n\nBy Ann Lee and Jonas Berg\n\n" + _PROSE + "\n\nAbout the authors\n\n"
            "Ann Lee is a senior fellow at the Harbour Institute.\nJonas Berg is a researcher in the Asia Division of Human Rights Watch.\n")
    brief, _ = _head_fields(text)
    assert dict((a.name, a.affiliation) for a in brief.authors)["Jonas Berg"] != "Harbour Institute"


def test_a_title_in_capitals_over_its_subtitle_is_the_title():
    brief, _ = _head_fields("DETERRENCE DEFICIT\n\nHow Europe can close the gap before the next decade begins\n\nBy Ana Lindqvist\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS)
    assert brief.title == "DETERRENCE DEFICIT"


def test_a_post_in_a_programme_written_in_sentence_case_names_no_place_of_work():
    assert P.describe("Policy Fellow, Wider Europe programme")[0] == "Wider Europe programme"
    brief, _ = _head_fields("Harbour Institute\n\nKeeping the Harbours Open to Allies\n\nAino Kärkkäinen | Policy Fellow, Wider Europe programme\n\n"
                            "12 March 2026\n\n" + _TWO_PARAGRAPHS)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Aino Kärkkäinen", None)]


@pytest.mark.parametrize("switch", ["English | Русский | Deutsch", "Eesti · English · Русский", "Français / English", "Українська | English"])
def test_a_row_of_language_names_is_the_sites_language_switch(switch):
    assert F.web_furniture(switch)
    brief, _ = _head_fields(f"Ashcombe Endowment\n\n{switch}\n\nThe Kremlin Sends the Bill\n\nBy Anastasia Levchuk\n\n8 October 2025\n\n" + _TWO_PARAGRAPHS)
    assert brief.title == "The Kremlin Sends the Bill"


def test_two_languages_named_in_a_sentence_are_no_language_switch():
    assert not F.is_language_codes("English and Deutsch")
    assert F.web_furniture("English or German?") is None


@pytest.mark.parametrize("series", ["Ashcombe Dispatch", "Baltic Digest", "Harbour Monitor", "Ukraine Alert", "Europe Insight"])
def test_a_blogs_or_a_series_name_is_no_persons(series):
    assert not P.is_person_name(series)


@pytest.mark.parametrize("imprint, iso", [
    ("Published 12 March 2026 by the Marylebone Institute for International Affairs.", "2026-03-12"),
    ("Published 12 April 2026 by the Marylebone Institute for International Affairs.", "2026-03"),  # another month: the cover's stands
])
def test_the_imprint_gives_the_day_of_the_month_the_cover_states(imprint, iso):
    text = ("MARYLEBONE INSTITUTE\n\nSinking the Shadow Fleet\n\nBy Ieva Kalniņa\n\nMarch 2026\n\n" + _TWO_PARAGRAPHS + imprint + "\n")
    assert _head_fields(text)[0].date == iso


def test_a_pointer_to_the_publishers_website_under_the_text_is_its_notice():
    assert P.is_boilerplate("For more information on this topic and others, visit our website: www.acep.example.eu")
    assert P.is_boilerplate("Visit our website for more analysis.")
    assert not P.is_boilerplate("Ministers should visit the site of the new plant before they sign the contract, and they should do so soon.")


def test_authors_under_their_label_each_with_a_post_in_another_language_and_the_date_under_them():
    text = ("Comentario\n\nEspaña y el flanco sur tras La Haya\n\nAutores\nLucía Fernández-Arroyo\n"
            "Investigadora principal del Instituto Ibérico de Estudios Estratégicos\nÍñigo Salaberria Otxoa\n"
            "Profesor titular de Relaciones Internacionales, Universidad Atlántica de Bilbao\n\n12 de marzo de 2026\n\n" + _TWO_PARAGRAPHS)
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Lucía Fernández-Arroyo", "Instituto Ibérico de Estudios Estratégicos"),
                                                               ("Íñigo Salaberria Otxoa", "Universidad Atlántica de Bilbao")]
    assert brief.date == "2026-03-12"


@pytest.mark.parametrize("bio, place", [("Investigadora principal del Instituto Ibérico de Estudios Estratégicos", "Instituto Ibérico de Estudios Estratégicos"),
                                        ("ricercatrice senior della Fondazione per la Sicurezza Europea", "Fondazione per la Sicurezza Europea")])
def test_a_post_joined_to_its_house_by_of_the_in_another_language_names_the_house(bio, place):
    assert P.bio_institution(bio) == place


def test_a_bio_that_goes_on_to_a_second_post_after_the_houses_name_keeps_the_name_whole():
    found = P.parse_bios("Goran Petrović es investigador asociado del Observatorio Ibérico de Seguridad y Defensa y profesor en la "
                         "Universidad de Belgrado.", frozenset())
    assert [(a.name, a.affiliation) for a in found] == [("Goran Petrović", "Observatorio Ibérico de Seguridad y Defensa")]
    assert P.institution_phrase("Centre d'études des risques politiques et économiques") == "Centre d'études des risques politiques et économiques"


def test_a_charitys_number_in_brackets_is_its_legal_notice():
    assert P.is_boilerplate("Whitehall Institute for Security Studies is a registered charity (No. 000000)")


def test_a_post_in_a_field_names_no_place_of_work():
    assert P.describe("Research Fellow, Defence Industries and Society")[0] is None


@pytest.mark.parametrize("item", ["L'Institut", "The Institute", "Das Institut"])
def test_a_menus_item_naming_only_the_kind_of_house_names_no_publisher(item):
    text = ("IEES - Institut d'études européennes et stratégiques\nRecherche\nPublications\n" + item + "\nRechercher\n\n"
            "Le Groenland, angle mort de la défense européenne\n\nPar Hélène Kjærgaard\n\n27 janvier 2026\n\n" + _TWO_PARAGRAPHS)
    assert _head_fields(text)[0].publisher == "Institut d'études européennes et stratégiques"


@pytest.mark.parametrize("title", ["Europe's Weakest Institution", "A European Institution for Defence Procurement", "An Institution Worth Saving",
                                   "Institution Building in Ukraine", "The Missing Institution"])
def test_a_title_about_an_institution_is_no_organisations_name(title):
    assert not P.is_institution(title)
    brief, _ = _head_fields(f"Policy Brief\n\n{title}\n\nOlena Kravets and Jan Nowak\n\nMarch 2026\n\n" + _TWO_PARAGRAPHS)
    assert (brief.title, [a.name for a in brief.authors]) == (title, ["Olena Kravets", "Jan Nowak"])


@pytest.mark.parametrize("text, title, publisher, date, author", [
    ("Skip to main content\nThe Calloway Institution\nTopics   Regions   Experts   About Us\nSearch   Donate\n\nCommentary\n\n"
     "Baltic air policing needs a permanent home\n\nIngrid Sæther and Tomasz Wrona\n\nMarch 3, 2026\n\n" + _TWO_PARAGRAPHS
     + "The Calloway Institution · 1775 Massachusetts Ave NW, Washington, DC 20036 · © 2026 The Calloway Institution\n",
     "Baltic air policing needs a permanent home", "Calloway Institution", "2026-03-03", ["Ingrid Sæther", "Tomasz Wrona"]),
    ("Skip to content\nMarlow Policy Research\nResearch   Topics   Experts   About\n\nCommentary (The Northern Review)\nMarch 5, 2026\n\n"
     "Europe Can Build Drones. It Still Cannot Build Enough Engines.\n\nKarin Håkansson\n\n" + _TWO_PARAGRAPHS
     + "Marlow Policy Research is a nonprofit research organization. © 2026 Marlow Policy Research. Privacy Policy | Terms\n",
     "Europe Can Build Drones. It Still Cannot Build Enough Engines.", "Marlow Policy Research", "2026-03-05", ["Karin Håkansson"]),
])
def test_a_site_named_at_its_foot_heads_the_page_in_whatever_case(text, title, publisher, date, author):
    brief, _ = _head_fields(text)
    assert (brief.title, brief.publisher, brief.date) == (title, publisher, date)
    assert [a.name for a in brief.authors] == author


def test_a_running_footer_that_opens_with_the_title_or_a_contacts_name_names_no_site():
    from brieflib.ingest.head import _footer_owner

    assert _footer_owner("Guarding Europe's Northern Flank | Baltic Centre for Naval Studies | ul. Długa 5, 80-827 Gdańsk | 3") is None
    assert _footer_owner("Marta Nowak | Senior Fellow | ul. Foksal 11, 00-372 Warszawa | m.nowak@example.pl") is None
    text = ("Baltic Centre for Naval Studies\n\nGuarding Europe's Northern Flank\n\nMarta Nowak\n\n12 March 2026\n\n" + _TWO_PARAGRAPHS
            + "Guarding Europe's Northern Flank | Baltic Centre for Naval Studies | ul. Długa 5, 80-827 Gdańsk | 3\n")
    brief, _ = _head_fields(text)
    assert (brief.title, [a.name for a in brief.authors]) == ("Guarding Europe's Northern Flank", ["Marta Nowak"])


@pytest.mark.parametrize("link", ["Skip to page content", "Skip to main page content", "Jump to primary content", "Skip to footer"])
def test_every_wording_of_the_skip_link_is_furniture(link):
    text = f"{link}\n\nWhy Moldova's grid matters to NATO\n\nBy Elena Rusu\n\n4 March 2026\n\n" + _TWO_PARAGRAPHS
    brief, _ = _head_fields(text)
    assert brief.title == "Why Moldova's grid matters to NATO"


@pytest.mark.parametrize("kicker", ["Commentary (Defense Courier)", "Op-ed (Le Monde)", "Expert comment (The Baltic Times)"])
def test_a_kind_of_piece_with_the_outlet_it_first_appeared_in_is_a_doctype(kicker):
    assert P.is_doctype(kicker)
    assert not P.is_doctype("Deterrence (and its discontents)")
    assert not P.is_doctype("Open Letter (to the Leaders of the European Council)") and not P.is_doctype("Memo (to the Next High Representative)")


@pytest.mark.parametrize("line", ["Est. 5min", "Estimated read: 6 minutes", "~ 4 min read", "≈ 7 min"])
def test_an_estimated_reading_time_is_furniture(line):
    from brieflib.ingest.furniture import is_reading_time

    assert is_reading_time(line)
    assert not is_reading_time("About 5 million people fled.")


def test_a_newspapers_name_that_opens_its_footer_is_its_masthead():
    text = ("The Danube Courier\nPolitics · Defence · Energy · Opinion\nSign in   Subscribe\n\nHome > Opinion > Defence\n\n"
            "Mutual defence or mutual hope? The EU clause after Varna\n\nOpinion\nEst. 4min\nApr 2, 2026 08:10\n\n"
            "By Teodora Ilieva | Sofia Centre for Security Studies\n\n" + _TWO_PARAGRAPHS
            + "The Danube Courier · Courier Media SRL · Strada Lipscani 12, 030031 Bucharest · Terms · Privacy\n")
    brief, _ = _head_fields(text)
    assert (brief.title, brief.publisher, brief.date) == ("Mutual defence or mutual hope? The EU clause after Varna", "Danube Courier", "2026-04-02")
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Teodora Ilieva", "Sofia Centre for Security Studies")]


@pytest.mark.parametrize("switch", ["Suomeksi | På svenska | In English", "En français · Auf Deutsch · In English", "Po polsku | In English"])
def test_a_language_switch_written_as_in_each_language_is_furniture(switch):
    from brieflib.ingest.furniture import is_language_names

    assert is_language_names(switch)
    assert not is_language_names("In English | In practice")


def test_the_heading_under_a_breadcrumb_is_the_title_when_the_page_states_its_byline_at_the_foot():
    text = ("Baltic Sea Research Institute\nHome  Research  Publications  Events  About\n\nPublications › Briefings\n\n"
            "Estonia's ports are calm. That is not the same as secure.\n\n" + _TWO_PARAGRAPHS)
    assert _head_fields(text)[0].title == "Estonia's ports are calm. That is not the same as secure."
    assert _head_fields("Estonia's ports are calm. That is not the same as secure.\n\n" + _TWO_PARAGRAPHS)[0].title_derived  # no breadcrumb: no title stated


def test_a_publications_record_under_the_text_gives_its_authors_and_date():
    text = ("Keeping the Harbours Open to Allies\n\n" + _TWO_PARAGRAPHS + "Publication details\nPublication type: Briefing\n"
            "Series: HPI Briefing 4/2026\nAuthor(s): Maren Lindqvist, Olli Saarinen\nDate: 9.4.2026\nPages: 8\n\n"
            "Harbour Policy Institute · Satamakatu 12 A, 00160 Helsinki · Accessibility statement · Data protection\n")
    brief, layout = _head_fields(text)
    assert [a.name for a in brief.authors] == ["Maren Lindqvist", "Olli Saarinen"]
    assert (brief.date, brief.publisher) == ("2026-04-09", "Harbour Policy Institute")
    assert not any("Series:" in t or "Author(s)" in t for b in brief.blocks for t in [getattr(b, "text", "")])


def test_a_box_of_facts_under_the_text_is_no_record_of_the_publication():
    text = ("Keeping the Harbours Open to Allies\n\nBy Ana Lindqvist\n\n" + _TWO_PARAGRAPHS + "The incident at a glance\n"
            "Type: Damage to undersea cables and a power link\nDate: 25 December 2024\nPlace: Gulf of Finland\n"
            "Status: Criminal case dismissed in October 2025\nSource: Helsinki District Court\n")
    brief, _ = _head_fields(text)
    assert brief.date is None
    assert any("Gulf of Finland" in getattr(b, "text", "") for b in brief.blocks)


def test_a_footer_with_the_address_and_the_sites_links_is_the_publishers_notice():
    assert P.is_boilerplate("Harbour Policy Institute · Satamakatu 12 A, 00160 Helsinki · Accessibility statement · Data protection")
    assert not P.is_boilerplate("Satamakatu 12 A, 00160 Helsinki · Why the Baltic ports matter · Data protection")


def test_small_capitals_split_after_their_first_letter_one_space_apart_are_read_as_words():
    from brieflib.ingest.parse import _small_caps_spaced_once as joined

    assert joined("B ALTIC C ENTRE FOR N AVAL S TUDIES") == "BALTIC CENTRE FOR NAVAL STUDIES"
    assert joined("K AROLINA W ÓJCIK , S TIG Ø DEGAARD") == "KAROLINA WÓJCIK, STIG ØDEGAARD"
    assert joined("K AROLINA B ĄK is a fellow at the Centre.") == "KAROLINA BĄK is a fellow at the Centre."
    assert joined("A NEW DEAL FOR I TALY") == "A NEW DEAL FOR I TALY"  # "A" and "I" are words of their own
    for whole in ("PLAN B AND PLAN C FOR THE BALTIC PORTS", "MARTA K NOWAK AND JAN P KOWALSKI", "THE U S AND U K GOVERNMENTS"):
        assert joined(whole) == whole  # whole words with letters beside them: nothing was split


def test_a_title_in_title_case_over_a_subtitle_wrapped_in_sentence_case():
    text = ("BALTIC CENTRE FOR NAVAL STUDIES\nPolicy Paper No. 3/2026\n\n\nWatching the Straits\nNaval surveillance in the Danish straits after the\n"
            "2025 drone sightings\n\nKAROLINA WÓJCIK, STIG ØDEGAARD\n\nGdańsk, 4 March 2026\n\n" + _TWO_PARAGRAPHS)
    brief, layout = _head_fields(text)
    assert brief.title == "Watching the Straits"
    assert [f.value for f in layout.findings if f.field == "subtitle"] == ["Naval surveillance in the Danish straits after the 2025 drone sightings"]
    kicked, _ = _head_fields(text.replace("Watching the Straits", "Naval Security"))  # a topic over the title, not the title
    assert kicked.title == "Naval surveillance in the Danish straits after the 2025 drone sightings"


_SIGNED_COMMENT = ("RIGA CENTRE FOR EASTERN STUDIES\nRCES Comment\n\n\nThe Narva Crossing: Estonia, Russia and the\nPolitics of a Closed Bridge\n\n\n"
                   "Why the bridge matters\n\n" + _TWO_PARAGRAPHS + "Riga, 9 April 2026\n\nLiene Ozola, Senior Analyst\nMarek Tamm, Research Fellow\n\n\n"
                   "RCES Comments are short analyses of current events by the researchers of the Riga Centre for Eastern Studies. "
                   "The views expressed are those of the authors.\n\nRiga Centre for Eastern Studies · Riga · www.rces.example.lv\n")


def test_a_title_wrapped_after_the_never_ends_there():
    brief, _ = _head_fields(_SIGNED_COMMENT)
    assert brief.title == "The Narva Crossing: Estonia, Russia and the Politics of a Closed Bridge"


def test_a_place_and_date_over_the_signers_names_and_posts_under_the_text():
    brief, _ = _head_fields(_SIGNED_COMMENT)
    assert [a.name for a in brief.authors] == ["Liene Ozola", "Marek Tamm"]
    assert brief.date == "2026-04-09"
    assert not any("Riga, 9 April" in getattr(b, "text", "") or "Senior Analyst" in getattr(b, "text", "") for b in brief.blocks)


def test_a_series_notice_that_the_houses_researchers_write_it_gives_the_signers_their_house():
    brief, _ = _head_fields(_SIGNED_COMMENT)
    assert {a.affiliation for a in brief.authors} == {"Riga Centre for Eastern Studies"}
    assert not any("short analyses" in getattr(b, "text", "") for b in brief.blocks)


def test_a_blogs_name_and_its_line_over_the_title_are_no_title():
    text = ("University of Northmere\nStudy   Research   Business   Alumni   News   About\nStaff | Students | Library | Search\n\n"
            "Faculty of Law › Institute for Maritime Security › IMS Blog\n\nIMS Blog\nNews and analysis from the Institute for Maritime Security\n\n"
            "Gdańsk's shipyards after the election: busy, but not for the navy\n\n3 March 2026\n\n" + _TWO_PARAGRAPHS)
    brief, _ = _head_fields(text)
    assert (brief.title, brief.date) == ("Gdańsk's shipyards after the election: busy, but not for the navy", "2026-03-03")


# Misreadings a fresh-eyes review found in the rules written from the zzc-/zzd-/zze- study (2026-12-02).
@pytest.mark.parametrize("first, second, joined", [
    ("in ship-to-", "ship transfers", "in ship-to-ship transfers"),  # a compound of three words
    ("in a signed op-", "ed last week", "in a signed op-ed last week"),  # a short word before the hyphen
    ("is more-or-", "less permanent", "is more-or-less permanent"),
    ("du nord-", "est de l'Ukraine", "du nord-est de l'Ukraine"),
])
def test_a_compound_split_at_a_lines_end_keeps_its_hyphen(first, second, joined):
    assert join_lines(first, second, set()) == joined


@pytest.mark.parametrize("post", ["AI Policy Fellow", "EU Policy Officer", "MENA Analyst", "US Policy Director", "HR Director", "CSDP Adviser"])
def test_a_field_or_region_before_a_post_names_no_house(post):
    assert P.describe(post)[0] is None


@pytest.mark.parametrize("card", ["Senior Fellow, Europe Program, Washington, DC", "Senior Fellow, Energy Programme, Brussels"])
def test_a_city_after_a_programme_names_no_house(card):
    text = ("Harbour Fund for Transatlantic Affairs\n\nEurope should board the tankers it has already listed\n\n"
            f"By Mirela Dascălu\n{card}\n\n9 March 2026\n\n" + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Mirela Dascălu", None)]


def test_a_title_over_its_series_and_date_keeps_its_place():
    text = ("Skip to content\nIHAG\nHarbour Institute for Global Affairs\nES | EN\nTopics\nRegions\nPublications\nExperts\nAbout us\nSearch\n\n"
            "Spain and the southern flank\nARI 31/2026\n19/3/2026\n\nThe case for another kind of burden-sharing\n\n"
            "Lucía Ferrán | Senior Analyst, Harbour Institute for Global Affairs\n\n" + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Spain and the southern flank" and brief.date == "2026-03-19"


def test_short_english_paragraphs_under_a_bilingual_title_outweigh_a_foreign_blurb():
    text = ("IHEE Instituto Hispano de Estudios Estratégicos\nInicio\nAnálisis\nPublicaciones\nSobre nosotros\n\nARI 41/2026\n12 de marzo de 2026\n\n"
            "España ante el objetivo del 5%: cumplir sin parecerlo\nSpain and the 5% target: complying without appearing to\n\n"
            "Álvaro Muñoz\nSenior Analyst, Security Programme\n\n"
            "At the allied summit in The Hague, Spain stood apart from the new target for defence spending.\n\n"
            "Its letter to the Secretary General was read by the other allies as an exception for one country.\n\n"
            "Madrid argues that what counts is what the money buys, not the share of national income it represents.\n\n"
            "The government now has a year to show that its plan delivers the brigades and the air defences it promised.\n\n"
            "El Instituto Hispano de Estudios Estratégicos es una fundación privada e independiente que analiza la política exterior y de "
            "seguridad de España y de la Unión Europea desde una perspectiva global, con el apoyo de sus patronos y de sus socios.\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Spain and the 5% target: complying without appearing to"


@pytest.mark.parametrize("above", ["This commentary is part of our series on the future of security in the Baltic Sea region.\n\n",
                                   "THE BALTIC TEST OF THE ALLIANCE\n\nIntroduction\n\n"])
def test_a_menu_item_or_a_section_label_over_prose_is_no_title(above):
    menu = "Harbour Institute of International Affairs\nResearch\nPublications\nEvents\nAbout us\n\n"
    brief, _ = _head_fields(menu + above + "The Baltic test of the Alliance\n\n" + _PROSE + " " + _PROSE + "\n")
    assert brief.title not in {"About us", "Introduction"} and not brief.title.startswith("The ministers met")


def test_a_short_hard_wrapped_release_keeps_its_wrap_width():
    from brieflib.ingest.parse import _groups, wrap_width

    text = ("PRESS RELEASE\n\nHarbour Institute publishes Baltic maritime assessment\n\n12 March 2026\n\n"
            "The Harbour Institute today published its annual maritime assessment.\n"
            "It finds that the risk of sabotage against undersea cables in the Baltic\n"
            "Sea has risen sharply since last year, and that repairs take far longer.\n\n"
            "The report recommends that coastal states:\n- share sensor data in real time;\n- agree on common rules for boarding;\n"
            "- fund repairs jointly.\n\nMedia contact: press@harbour.example\n")
    assert wrap_width(_groups(text.splitlines())) == 72


def test_an_updated_date_in_a_citation_is_not_the_date_of_issue():
    text = ("HIA\nHarbour Institute of International Affairs\nResearch\nPublications\nEvents\nMembership\nAbout\n\n"
            "Strategic Notes\nVolume 12 | Note 4\n\nThe Baltic test of the Alliance\n\n"
            "Moscow's pressure on the Baltic states has exposed how thin the allied presence on the coast still is.\n\n"
            + _PROSE + " " + _PROSE + "\n\nCite as:\n'The Baltic test of the Alliance', Strategic Notes, vol. 12, note 4, Harbour Institute, "
            "27 February 2026, updated 3 March 2026.\n")
    brief, _ = _head_fields(text)
    assert brief.date != "2026-03-03"


@pytest.mark.parametrize("programme", ["Middle East and North Africa Programme", "Asia-Pacific Programme", "Latin America Programme"])
def test_a_post_in_a_regions_programme_is_a_post(programme):
    assert P.role_only(f"Senior Research Fellow, {programme}")


def _inside_cover_paper(imprint: str) -> str:
    wrapped = textwrap.fill(_PROSE + " " + _PROSE + " " + _PROSE, 78)
    return ("NORTHERN STAFF ACADEMY\n\n\nOCCASIONAL PAPER\nNo. 12\n\n\nA Navy for the Narrow Seas\n\n\nIngrid Østergaard-Lind\n\n\n"
            "\fNorthern Staff Academy\n" + imprint + "\f"
            "Introduction\n\nThe narrow seas of northern Europe have become the alliance's most crowded front line.\n" + wrapped + "\n\n"
            "Conclusion\n\n" + wrapped + "\n")


_IMPRINT = ("Skeppsbron 00, 111 30 Stockholm\nwww.nsa.example.se\n\nISSN 1650-0000\n\n"
            "Editor-in-Chief: Per-Olof Strand\nManaging Editor: Aino Virtanen\n\n"
            "The Occasional Paper series of the Northern Staff Academy publishes research by faculty and visiting\n"
            "fellows on questions of strategy in northern Europe.\n\n"
            "Disclaimer\nThe views expressed are those of the author and not those of the Northern Staff Academy.\n\n"
            "Extracts of this paper may be quoted or reprinted without permission, provided that the source is\n"
            "credited.\n\n"
            "About the author\nIngrid Østergaard-Lind is a research fellow at the Skagerrak Maritime Institute in Bergen.\n\n"
            "Please cite as: Østergaard-Lind, I., \"A Navy for the Narrow Seas\", Occasional Paper 12, Stockholm:\n"
            "Northern Staff Academy, 9 March 2026.\n\n"
            "Printed by Tryckeri Exempel, Uppsala\n© NSA 2026\n")


def test_an_inside_cover_page_of_imprint_notices_bio_and_citation_is_no_part_of_the_text():
    brief, layout = _head_fields(_inside_cover_paper(_IMPRINT))
    body = [b.text for b in layout.blocks]
    assert body[0] == "Introduction" and body[1].startswith("The narrow seas of northern Europe")
    assert not any(t in " ".join(body) for t in ("Editor-in-Chief", "Occasional Paper series", "Disclaimer", "reprinted", "research fellow at"))
    assert brief.title == "A Navy for the Narrow Seas"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ingrid Østergaard-Lind", "Skagerrak Maritime Institute")]
    assert brief.date == "2026-03-09"


def test_a_second_page_that_opens_the_text_under_its_imprint_is_kept():
    # the imprint at the top of the second page, the text under it on the same page: the text is the text
    text = _inside_cover_paper("ISSN 1650-0000\n© NSA 2026\n\n" + "Why the narrow seas matter\n\n" + textwrap.fill(_PROSE + " " + _PROSE, 78) + "\n")
    _, layout = _head_fields(text)
    assert "Why the narrow seas matter" in [b.text for b in layout.blocks]


def test_a_title_case_title_over_a_sentence_case_subtitle_wrapped_in_a_narrow_column():
    text = ("Research Paper\nNo. 41\n\n\nKeeping the Danish Straits\nNaval guarantees for the Baltic\napproaches after a crisis\n\n\nJens Ravn Holm\n\n\n"
            + textwrap.fill(_PROSE + " " + _PROSE + " " + _PROSE, 78) + "\n\n" + textwrap.fill(_PROSE + " " + _PROSE, 78) + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Keeping the Danish Straits"
    assert [f.value for f in layout.findings if f.field == "subtitle"] == ["Naval guarantees for the Baltic approaches after a crisis"]


def test_the_copyright_holder_in_a_reproduction_notice_names_no_publisher():
    assert P.publisher_from("No part of this publication may be reproduced, stored or transmitted without the prior written "
                            "permission of the copyright holder.") is None
    assert P.publisher_from("© 2026 Nordic Harbour Forum. All rights reserved.") == "Nordic Harbour Forum"


@pytest.mark.parametrize("notice", ["No part of this publication may be reproduced, stored or transmitted without the prior written "
                                    "permission of the copyright holder.",
                                    "Extracts of this paper may be quoted or reprinted without permission, provided that the source is credited."])
def test_a_reproduction_notice_is_boilerplate(notice):
    assert P.is_boilerplate(notice)


def _paper_with_unruled_notes(glued: bool) -> str:
    mark = (lambda n: f".{n}") if glued else (lambda n: ".")
    page = ("Research Paper                                                              No. 7\n\n"
            "The harbour question\n\n"
            "The ministers met in the spring to agree on a plan for the harbours of the north\n"
            f"and found that the money was there but the will to spend it together was not{mark(1)}\n"
            "The ports of the Baltic coast handle more military cargo each year, and their\n"
            f"cranes, rail links and fuel depots were built for trade rather than for war{mark(2)}\n"
            "Planners in three capitals now ask who would pay to harden them first.\n\n"
            "1 Council conclusions of 14 March 2026, paragraph 12, on military mobility and the\n"
            "ports of the northern corridor.\n"
            "2 Harbour Institute, Ports and Defence 2026, Kiel: HI, 2026, p. 44.\n\n"
            "3\n")
    second = ("\fResearch Paper                                                              No. 7\n\n"
              "The ministers met in the spring to agree on a plan for the harbours of the north\n"
              "and found that the money was there but the will to spend it together was not.\n\n"
              "4\n")
    return "Ports at War\n\nby Ann Lindqvist\n\n\f" + page + second


def test_numbered_notes_at_a_pages_foot_without_a_rule_are_notes_when_the_text_above_cites_them():
    _, layout = _head_fields(_paper_with_unruled_notes(glued=True))
    assert sorted(layout.notes) == [1, 2]
    assert not any("Council conclusions" in b.text for b in layout.blocks)


def test_a_numbered_list_at_a_pages_foot_that_nothing_cites_stays_text():
    _, layout = _head_fields(_paper_with_unruled_notes(glued=False))
    assert not layout.notes
    assert any("Council conclusions" in b.text for b in layout.blocks)


def _in_pages(pages: list[str]) -> str:
    return "\f".join(pages)


_LONG_RUNNING_TITLE = "Ports at War: How the Baltic States and Finland can turn their harbours into a shared line of defence"


def test_a_long_running_title_atop_every_page_and_a_house_name_numbered_at_each_foot_are_furniture():
    wrapped = textwrap.fill(_PROSE + " " + _PROSE + " " + _PROSE, 78)
    pages = ["Policy Brief\n12 March 2026\n\n\nPorts at War\n\nHow the Baltic States and Finland can turn their harbours into a shared line of defence\n\n"
             "Ann Lindqvist\n\n\n" + wrapped + "\n\n1 Harbourside\n",
             _LONG_RUNNING_TITLE + "\n\nThe harbour question\n\n" + wrapped + "\n\n" + wrapped + "\n\n2 Harbourside\n",
             _LONG_RUNNING_TITLE + "\n\nThe rail question\n\n" + wrapped + "\n\n3 Harbourside\n"]
    brief, layout = _head_fields(_in_pages(pages))
    body = [b.text for b in layout.blocks]
    assert not any(_LONG_RUNNING_TITLE in t or "Harbourside" in t for t in body)
    assert "The harbour question" in body and "The rail question" in body


@pytest.mark.parametrize("notice", ["Harbourside takes no institutional positions; responsibility for the views expressed in this brief "
                                    "lies with the authors alone.",
                                    "The Institute does not take institutional positions on policy issues.",
                                    "Responsibility for the opinions in this paper rests solely with the author."])
def test_a_house_that_takes_no_positions_is_boilerplate(notice):
    assert P.is_boilerplate(notice)


def test_a_perspectives_closing_pages_notes_references_bios_about_rights_and_number_are_no_part_of_the_text():
    last = "The allies should help them do so, in ways that strengthen the alliance's deterrent."
    text = ("HARBOURSIDE PERSPECTIVE\n\nDeterrence at Sea\n\nANN LINDQVIST, JAN NOWAK\n\n"
            + textwrap.fill(_PROSE + " The fleet grew.1 " + _PROSE, 78) + "\n\n" + textwrap.fill(_PROSE + " It did.2 " + last, 78) + "\n\n"
            "\fNotes\n1 Ministry of Defence, Fleet Plan 2026, March 2026.\n2 Interviews with officials in Kiel, January 2026.\n\n"
            "References\nLindqvist, Ann, Harbours at War, Harbourside Corporation, HP-A1234-1, 2025.\n\n"
            "\fAbout the Authors\nAnn Lindqvist is a senior researcher at Harbourside, where she works on naval strategy.\n"
            "Jan Nowak is a professor of history at Vistula State University and an adjunct researcher at Harbourside.\n\n"
            "About This Perspective\nThis Perspective was produced within the Maritime Program of the Harbourside Research Division.\n"
            "We thank Eva Berg and Tom Lund for their thoughtful reviews.\n\n"
            "Distribution and Reuse Rights\nHarbourside's publications and trademarks are protected by law. This document may be\n"
            "copied for noncommercial purposes if it is reproduced complete and without changes.\n\n"
            "Harbourside is a nonprofit research institution. Its publications do not necessarily reflect the opinions of its sponsors.\n\n"
            "For more information on this publication, visit www.harbourside.example.org/t/HP-A2000-1.\n"
            "© 2026 Harbourside Corporation\n\nHP-A2000-1\n")
    brief, layout = _head_fields(text)
    assert layout.blocks[-1].text.endswith(last)
    assert sorted(layout.notes) == [1, 2]
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lindqvist", "Harbourside Corporation"), ("Jan Nowak", "Vistula State University")]


def test_a_series_note_with_two_notices_under_it_is_a_notice():
    from brieflib.ingest.parse import _ends_in_notice

    assert _ends_in_notice("HCES Policy Insights offer analyses of topical policy issues facing the European Union. As an institution, "
                           "HCES takes no position on questions of policy. The views expressed are those of the authors in a personal capacity.")
    # the series named, then an argument: the text's own paragraph
    assert not _ends_in_notice("HCES Policy Insights have argued for tighter sanctions since 2022. The cap has leaked ever since. "
                               "Europe should close the gap before the next package.")


def test_a_conference_papers_provenance_and_draft_date_above_its_title():
    text = ("Paper prepared for the 12th Annual Convention of the Nordic Society for Security Studies (NSSS), Turku,\n"
            "3–5 June 2026, Panel 2A: \"Deterrence in the North\"\n"
            "DRAFT: 12 May 2026 – please do not cite or circulate without the authors' permission\n\n\n"
            "Harbours Behind the Front: Baltic Ports, Military Mobility and the\nLimits of Allied Planning\n\n\n"
            "Ann Lindqvist* and Jan Nowak†\n\n"
            "* Department of Political Science, Åbo Harbour University\n† Centre for Naval History, Vistula State University, Gdańsk\n\n\n"
            "1 Introduction\n\n" + textwrap.fill(_PROSE + " " + _PROSE + " " + _PROSE, 78) + "\n")
    brief, layout = _head_fields(text)
    assert brief.title == "Harbours Behind the Front: Baltic Ports, Military Mobility and the Limits of Allied Planning"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lindqvist", "Åbo Harbour University"), ("Jan Nowak", "Vistula State University, Gdańsk")]
    assert brief.date == "2026-05-12"
    assert not any("Paper prepared" in b.text for b in layout.blocks)


@pytest.mark.parametrize("first, second, joined", [("short of micro-", "electronics and bearings", "short of microelectronics and bearings"),
                                                   ("the energy infra-", "structure of Odesa", "the energy infrastructure of Odesa"),
                                                   ("a new micro-", "State", "a new micro-State"),
                                                   ("can defend them-", "selves alone", "can defend themselves alone")])
def test_a_word_english_writes_solid_is_joined_at_a_lines_end(first, second, joined):
    assert join_lines(first, second, set()) == joined


def test_a_title_of_two_short_sentences_under_a_kicker_over_a_standfirst_and_byline():
    text = ("Harbour Council\nMenu\nIssues\nRegions\nExperts\nSubscribe\nSearch\nLETTERS FROM THE COAST\n"
            "In Gdańsk, the cranes are still turning. The question is who will pay for the next ones.\n"
            "Poland's ports have become the alliance's back door to Ukraine. Whether they stay open depends on money that Warsaw "
            "has not yet found and Brussels has not yet offered.\n"
            "By Ann Lindqvist\nMar. 3, 2026\n" + _PROSE + " " + _PROSE + " " + _PROSE + "\n" + _PROSE + " " + _PROSE + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "In Gdańsk, the cranes are still turning. The question is who will pay for the next ones."
    assert [a.name for a in brief.authors] == ["Ann Lindqvist"] and brief.date == "2026-03-03"


# A fresh-eyes review's misreadings of the 2026-12-02 (second) rules, each an input on which a rule misfired
_W = lambda p: textwrap.fill(p, 80)  # noqa: E731
_R1 = ("The Baltic Sea has become the most crowded stretch of water in the alliance. Since Finland and Sweden joined NATO, "
       "almost every coastline belongs to an ally, and the shipping lanes now run past allied radars for their whole length.")
_R2 = ("Cables have been cut, anchors dragged along the seabed and drones flown over naval bases. Each incident on its own "
       "was small enough to leave governments unsure whether to respond, and together they have taught Moscow that probing is cheap.")
_R3 = ("None of these steps requires new treaties. All of them require political will that has so far been lacking, and a "
       "willingness to accept that some incidents will stay ambiguous.")
_RHEAD = "WESTBROOK INSTITUTE\nPOLICY BRIEF\nNo. 14 | March 2026\n\nHolding the Line at Sea\n\nAnn Lindqvist\n\n"


@pytest.mark.parametrize("paragraph", [
    "The German government has no official position on the proposal, and ministers in the coalition have contradicted each other in public.",
    "As an organisation, NATO takes no position on how member states divide the burden among their own ministries, but it should.",
    "This study was conducted as part of a two-year project on maritime security and draws on forty interviews with naval officers.",
    "Under the current text, protected works may be copied for non-commercial purposes such as scientific research, but commercial "
    "developers must respect an opt-out."])
def test_prose_that_speaks_of_positions_studies_or_copying_stays_text(paragraph):
    _, layout = _head_fields(_RHEAD + "\n\n".join(map(_W, [_R1, _R2, _R3, paragraph])) + "\n")
    assert layout.blocks[-1].text == paragraph


def test_a_date_on_the_second_page_under_a_series_line_still_dates_the_paper():
    text = ("Holding the Line at Sea\nMaritime security guarantees for the Baltic after a ceasefire\n\n\nAnn Lindqvist\n\n\f\n"
            "Policy Brief No. 14\nMarch 2026\n\nIntroduction\n\n" + "\n\n".join(map(_W, [_R1, _R2, _R3])) + "\n")
    brief, layout = _head_fields(text)
    assert brief.date == "2026-03" and "March 2026" not in [b.text for b in layout.blocks]


def test_an_institution_set_two_blank_lines_under_a_lone_author_on_the_cover_is_hers():
    text = ("WESTBROOK INSTITUTE\nPOLICY BRIEF\nNo. 14 | March 2026\n\nHolding the Line at Sea\n\n\nAnn Lindqvist\n\n\nUniversity of Tartu\n\n\n"
            + "\n\n".join(map(_W, [_R1, _R2, _R3])) + "\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lindqvist", "University of Tartu")]


@pytest.mark.parametrize("lines", [("Why Small States Matter", "More than Ever within NATO", "and the European Union"),
                                   ("Protecting Undersea Cables", "Starts with Ports, from", "Gdańsk to Rotterdam")])
def test_a_title_in_chicago_title_case_wrapped_in_a_narrow_column_is_one_title(lines):
    text = "WESTBROOK INSTITUTE\nPOLICY BRIEF\nNo. 14 | March 2026\n\n\n" + "\n".join(lines) + "\n\n\nAnn Lindqvist\n\n\n" + "\n\n".join(map(_W, [_R1, _R2, _R3])) + "\n"
    brief, _ = _head_fields(text)
    assert brief.title == " ".join(lines)


def test_notes_that_end_two_pages_alike_are_no_page_foot():
    text = (_RHEAD + _W(_R1.replace("whole length.", "whole length.1")) + "\n\n" + _W(_R2.replace("probing is cheap.", "probing is cheap.2"))
            + "\n\n__________\n1 NATO, Baltic Sentry: Fact Sheet, January 2026.\n2 Interview with a naval officer, Tallinn\n"
            "\f2      Holding the Line at Sea\n\n" + _W(_R3.replace("lacking,", "lacking,3")) + "\n\n__________\n3 Interview with a naval officer, Tallinn\n"
            "\fWestbrook Institute      3\n\nThe allies should act before the next incident rather than after it, and they should say so in public.\n")
    _, layout = _head_fields(text)
    assert sorted(layout.notes) == [1, 2, 3]


def test_a_heading_that_tops_two_pages_and_a_long_title_the_cover_sets_on_one_line_stay():
    text = ("WESTBROOK INSTITUTE\nREPORT\nMarch 2026\n\n\nHolding the Line at Sea\n\n\nAnn Lindqvist\n\n\n"
            "\fSummary and recommendations\n\n" + _W(_R1) + "\n\n                                        2\n"
            "\fThe incidents of 2024 and 2025\n\n" + _W(_R2) + "\n\n                                        3\n"
            "\fSummary and recommendations\n\n" + _W(_R3) + "\n\n                                        4\n")
    _, layout = _head_fields(text)
    assert [b.text for b in layout.blocks if b.kind == "heading"].count("Summary and recommendations") == 2
    title = "Ports at War: How the Baltic States and Finland Can Turn Their Harbours into a Line of Defence"
    text = ("WESTBROOK INSTITUTE\nPOLICY BRIEF\nNo. 14 | March 2026\n\n\n" + title + "\n\n\nAnn Lindqvist\n\n\n" + _W(_R1) + "\n\n                                        1\n"
            "\f" + title + "\n\nThe harbour question\n\n" + _W(_R2) + "\n\n                                        2\n"
            "\f" + title + "\n\nThe rail question\n\n" + _W(_R3) + "\n\n                                        3\n")
    brief, _ = _head_fields(text)
    assert brief.title == title and [a.name for a in brief.authors] == ["Ann Lindqvist"]


def test_a_list_numbered_one_two_three_at_a_pages_foot_is_no_notes():
    text = ("WESTBROOK INSTITUTE\nPOLICY BRIEF\nNo. 14 | March 2026\n\nHolding the Line at Sea\n\nAnn Lindqvist\n\fIntroduction\n\n"
            + _W(_R1.replace("whole length.", "whole length.1")) + "\n\n"
            + _W("Cables have been cut and drones flown over naval bases in Denmark and Germany.2 Each incident was small, and together "
                 "they taught Moscow that probing is cheap.3 The allies should take three steps:")
            + "\n\n1. Fund a shared seabed surveillance network for the whole Baltic basin.\n2. Agree in advance on the evidence needed to "
            "attribute an incident.\n3. Publish the rules under which a suspect vessel may be boarded.\n\n                                        2\n"
            "\f" + _W(_R3) + "\n\nNotes\n\n1 NATO, Baltic Sentry: Fact Sheet, January 2026.\n2 Westbrook Institute, Incidents Database, "
            "February 2026.\n3 Interview with a Danish naval officer, January 2026.\n\n                                        3\n")
    _, layout = _head_fields(text)
    assert any(b.text.startswith("Fund a shared seabed") or "Fund a shared seabed" in b.text for b in layout.blocks)
    assert layout.notes[1].startswith("NATO, Baltic Sentry")


def test_a_title_page_that_writes_the_covers_ampersand_as_and_is_the_title_page():
    text = ("NORTHERN STAFF ACADEMY\n\n\nNAVIES & NARROW SEAS\n\n\nMarch 2026\n\fNORTHERN STAFF ACADEMY\n\nNavies and Narrow Seas\n\n"
            "Ingrid Østergaard-Lind, Skagerrak Maritime Institute\nMikko Laaksonen, Åland Naval College\n\n\n\fIntroduction\n\n"
            + "\n\n".join(map(_W, [_R1, _R2, _R3])) + "\n")
    brief, _ = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ingrid Østergaard-Lind", "Skagerrak Maritime Institute"),
                                                                ("Mikko Laaksonen", "Åland Naval College")]


def test_an_inside_cover_with_two_bios_under_its_label():
    imprint = _IMPRINT.replace("About the author\n", "About the authors\n").replace(
        "Institute in Bergen.\n", "Institute in Bergen.\n\nMikko Laaksonen is a senior lecturer at the Åland Naval College in Mariehamn.\n")
    brief, layout = _head_fields(_inside_cover_paper(imprint).replace("Ingrid Østergaard-Lind\n\n\n\f", "Ingrid Østergaard-Lind\nMikko Laaksonen\n\n\n\f"))
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ingrid Østergaard-Lind", "Skagerrak Maritime Institute"),
                                                                ("Mikko Laaksonen", "Åland Naval College")]
    assert brief.date == "2026-03-09" and layout.blocks[0].text == "Introduction"


def test_a_house_whose_name_starts_in_lower_case_in_its_copyright_line():
    brief, _ = _head_fields("Holding the Line at Sea\n\nAnn Lindqvist\n\n12 March 2026\n\n" + "\n\n".join(map(_W, [_R1, _R2, _R3]))
                            + "\n\n© 2026 ifo Institute. All rights reserved.\n")
    assert brief.publisher == "ifo Institute"


@pytest.mark.parametrize("line", ["Click to share on X (Opens in new window)", "Click to share on Facebook", "Click to email a link to a friend",
                                  "Click to print (Opens in new window)", "Click here to share on LinkedIn", "Like this:", "Like Loading...",
                                  "Be the first to like this."])
def test_a_blogging_engines_share_and_like_buttons_are_furniture(line):
    assert F.web_furniture(line) is not None


@pytest.mark.parametrize("line", ["Click to see how the money was spent.", "Like this, the alliance would hold.", "Loading the ships took a week."])
def test_sentences_that_start_like_a_button_are_text(line):
    assert F.web_furniture(line) is None


def test_a_blog_posts_bio_over_its_share_and_like_buttons_gives_the_authors_place():
    text = ("Harbourside Institute\nHome\nAbout\nPublications\nAnalysis\nPorts at War\nPosted on March 4, 2026 by Ann Lindqvist\nLeave a comment\n"
            + "\n".join([_R1, _R2]) + "\nSubscribe to our newsletter\nEmail Address\nSubscribe\nThe rail question\n" + _R3 + "\n"
            "Ann Lindqvist is a Research Fellow at the Harbourside Institute, where she works on naval strategy.\n"
            "Categories: Analysis\nShare this:\nClick to share on X (Opens in new window)\nX\nClick to share on LinkedIn (Opens in new window)\n"
            "LinkedIn\nLike this:\nLike Loading...\nRelated\n© 2026 Harbourside Institute\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lindqvist", "Harbourside Institute")]
    assert [b.text for b in layout.blocks if b.kind == "heading"] == ["The rail question"]
    assert layout.blocks[-1].text == _R3


def test_a_pages_sticky_contents_copied_without_blank_lines_is_left_out_up_to_its_last_entry():
    lines = ["HDE", "Harbourside Defence Economics", "Research", "Events", "Subscribe", "In this article", "Key takeaways",
             "1. The harbour question", "2. The rail question", "Endnotes", "About the author", "Long read",
             "Ports at War: How the Baltic can defend its harbours", "By Ann Lindqvist", "Published 9 December 2025",
             "Key takeaways", _R1, "1. The harbour question", _R2 + "[1]", "2. The rail question", _R3, "Endnotes",
             "[1] Harbourside Institute, Ports and Defence 2026, p. 44.", "About the author", "Ann Lindqvist is a Research Fellow at HDE."]
    assert sorted(F._contents(lines)) == list(range(6, 12))  # "In this article" to "About the author"
    # with a line under the label that comes nowhere again, before the entries end, it is no contents
    assert not F._contents(lines[:7] + ["Ports in the Baltic"] + lines[7:])


def test_endnotes_copied_without_blank_lines_end_at_the_authors_label_under_them():
    text = ("Ports at War\nBy Ann Lindqvist and Jan Nowak\nPublished 9 December 2025\n" + _R1 + "\n" + _R2 + "[1]\n" + _R3 + "[2]\n"
            "Endnotes\n[1] Harbourside Institute, Ports and Defence 2026, p. 44.\n[2] The figures were updated on 2 February 2026.\n"
            "About the authors\nAnn Lindqvist is a Senior Fellow at the Harbourside Institute, where she leads the naval programme.\n"
            "Jan Nowak is an economist at the Vistula Institute for Public Finance.\nShare this long read\nX\nLinkedIn\n")
    brief, layout = _head_fields(text)
    assert layout.notes[2] == "The figures were updated on 2 February 2026."
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lindqvist", "Harbourside Institute"),
                                                                ("Jan Nowak", "Vistula Institute for Public Finance")]


@pytest.mark.parametrize("line", ["1.2K", "14K", "2.3K followers", "112 following", "Last published 3 days ago", "Last published Jan 3, 2026"])
def test_a_platforms_counters_and_the_age_of_a_publications_last_post_are_furniture(line):
    assert F.web_furniture(line) is not None


def test_a_platform_posts_writer_card_and_responses_under_the_text():
    text = ("Open in app\nSign up\nSign in\nPorts at War: The Baltic Needs a Plan\nAnn Lindqvist\nFollow\nPublished in\nHarbour Notes\n"
            "9 min read\n·\nNov 27, 2025\n1.2K\n14\nListen\nShare\n" + "\n".join([_R1, _R2, _R3]) + "\n1.2K\n14\n"
            "Harbour Notes\nPublished in Harbour Notes\n2.3K followers\n·\nLast published 3 days ago\nIndependent analysis of naval affairs.\nFollow\n"
            "Ann Lindqvist\nWritten by Ann Lindqvist\n418 followers\n·\n112 following\n"
            "Researcher at the Harbourside Institute (Kiel). Writing on the Baltic. Views my own.\nFollow\nResponses (14)\nWhat are your thoughts?\n"
            "More from Ann Lindqvist and Harbour Notes\nThe Sound and the Fury\nHelp\nStatus\nAbout\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lindqvist", "Harbourside Institute")]
    assert brief.date == "2025-11-27"
    assert [b.text for b in layout.blocks] == [_R1, _R2, _R3]


@pytest.mark.parametrize("line", ["2026-02-24 · Ann Lindqvist · 7 comments", "By Ann Lindqvist · 24 February 2026 · 12 comments",
                                  "24 February 2026 | Ann Lindqvist | 1.2K views"])
def test_a_posts_meta_line_with_its_counters_gives_its_author_and_date(line):
    from brieflib.ingest.head import byline_and_date

    found = byline_and_date(line)
    assert found is not None and [a.name for a in found[0]] == ["Ann Lindqvist"] and found[1] == "2026-02-24"


def test_a_title_over_a_posts_meta_line_of_date_name_and_comments_under_a_menu():
    text = ("The Ledger\nA blog of the Harbourside Forum\nHome\nPosts\nAuthors\nTopics\nLog in\n"
            "Europe borrowed for its ports. The harbour question has not gone away\n2026-02-24 · Ann Lindqvist · 7 comments\n"
            + "\n".join([_R1, _R2, _R3]) + "\n")
    brief, _ = _head_fields(text)
    assert brief.title == "Europe borrowed for its ports. The harbour question has not gone away"
    assert [a.name for a in brief.authors] == ["Ann Lindqvist"] and brief.date == "2026-02-24"


def test_the_authors_bio_set_between_the_byline_and_the_text_is_a_bio():
    text = ("Ports at War\n2026-02-24 · Ann Lindqvist · 7 comments\n"
            "Ann Lindqvist is an associate fellow at the Harbourside Institute and a former adviser at the Bank of Finland. "
            "She writes here in a personal capacity.\n" + "\n".join([_R1, _R2, _R3]) + "\n")
    brief, layout = _head_fields(text)
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Ann Lindqvist", "Harbourside Institute")]
    assert [b.text for b in layout.blocks] == [_R1, _R2, _R3]


def test_a_first_paragraph_about_someone_the_byline_does_not_name_is_text():
    opening = "Jan Nowak is a retired admiral of the Polish navy who has watched the Baltic change for forty years, and he is worried."
    brief, layout = _head_fields("Ports at War\n2026-02-24 · Ann Lindqvist\n" + opening + "\n" + "\n".join([_R1, _R2]) + "\n")
    assert layout.blocks[0].text == opening and [a.name for a in brief.authors] == ["Ann Lindqvist"]


def test_a_repost_dated_only_by_where_it_first_appeared_under_another_title():
    text = ("Ports at War\nAnn Lindqvist\n" + "\n".join([_R1, _R2, _R3]) + "\nThis op-ed was first published in German in the Kieler "
            "Abendblatt on 3 February 2026 under the title \"Häfen im Krieg\".\nThe views expressed in this op-ed are those of the author.\n")
    brief, _ = _head_fields(text)
    assert brief.date == "2026-02-03"


def test_a_house_named_with_its_legal_form_over_its_address_at_the_end_is_its_imprint():
    text = ("Ports at War\nAnn Lindqvist\n" + "\n".join([_R1, _R2, _R3]) + "\n\nHarbour-Institut für Politik e.V.\nBeispielstraße 12\n24103 Kiel\nGermany\n"
            "Contact\nImprint\n© HIP 2026\n")
    brief, layout = _head_fields(text)
    assert layout.blocks[-1].text == _R3
    assert brief.publisher == "Harbour-Institut für Politik"
