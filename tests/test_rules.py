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
from brieflib.ingest.head import HEAD, authors_from, read_head  # noqa: E402
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
    assert HEAD.names()[0] == "date-line" and "title" in HEAD and "subtitle" in HEAD


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
    end, _, roles = head("Eyes in Orbit", "The commercial revolution", "Private companies now operate constellations.")
    assert roles == ["title"] and end == 1


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
