"""Layouts the seeds do not show but other publishers' dumps do.

Each test writes a small brief in one shape, converts it through the real
CLI or pipeline, and checks what an editor would read off it.
"""

from __future__ import annotations

import textwrap

import frontmatter
import pytest

from brieflib.ingest.convert import convert_file
from brieflib.render.markdown import render
from conftest import write_brief

PARAGRAPHS = [
    "European governments agreed in Brussels on Tuesday to raise their joint procurement of air "
    "defence systems, a step that officials described as the most significant since 2022. The "
    "package covers interceptors, radars and the training of crews across twelve member states.",
    "Critics argue that the plan leaves the hardest questions unanswered: who commands the "
    "integrated system, who pays for its upkeep after 2030, and how the €150 billion in loans will "
    "be repaid without breaking the “fiscal rules” that finance ministers defend.",
    "The coming year will show whether the coalition holds. If it does, Europe will have taken "
    "a real step toward defending its own airspace without waiting for Washington’s approval.",
]


def hard_wrapped(width: int = 72) -> str:
    head = "Air defence is Europe's next test\n\nBy Jane Doe and Tomás Ó Briain\nPublished 14 January 2026\n"
    body = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS[:2])
    heading = "\n\nWhat comes next\n\n"
    return head + "\n" + body + heading + textwrap.fill(PARAGRAPHS[2], width) + "\n"


def test_hard_wrapped_brief_with_by_line_and_published_date(tmp_path):
    brief = convert_file(write_brief(tmp_path, "wrapped.txt", hard_wrapped()))
    assert brief.title == "Air defence is Europe's next test" and not brief.title_derived
    assert [a.name for a in brief.authors] == ["Jane Doe", "Tomás Ó Briain"]
    assert brief.date == "2026-01-14"
    paragraphs = [b.text for b in brief.blocks if b.kind == "paragraph"]
    assert paragraphs == PARAGRAPHS
    assert [b.text for b in brief.blocks if b.kind == "heading"] == ["What comes next"]


def test_hard_wrapped_without_blank_lines_between_paragraphs(tmp_path):
    text = "\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
    brief = convert_file(write_brief(tmp_path, "dense.txt", text))
    assert [b.text for b in brief.blocks if b.kind == "paragraph"] == PARAGRAPHS


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), id="bom"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("cp1252"), id="cp1252-crlf"),
    ],
)
def test_encodings_keep_euro_sign_and_curly_quotes(tmp_path, encode):
    brief = convert_file(write_brief(tmp_path, "enc.txt", encode(hard_wrapped())))
    text = render(brief)
    assert "€150 billion" in text and "“fiscal rules”" in text and "Washington’s" in text
    assert "\r" not in text and "\ufeff" not in text and "â€" not in text
    assert brief.date == "2026-01-14"


def test_mojibake_in_utf8_is_repaired(tmp_path):
    garbled = hard_wrapped().encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "")
    # Only the characters cp1252 can hold survive the round trip; that is what real mojibake looks like.
    path = write_brief(tmp_path, "moji.txt", garbled)
    text = render(convert_file(path))
    assert "â€" not in text and "Ã" not in text


def test_notes_section_with_bracket_markers_and_copyright_publisher(tmp_path):
    text = (
        "Sanctions that bite\n\nBy Anna Kowalska, Senior Fellow at the Centre for Eastern Studies\n\n"
        "March 2025\n\n"
        "The shadow fleet carries most of Russia’s seaborne oil.[1] Enforcement at sea remains weak.[2]\n\n"
        "Insurers and flag states hold the key to closing the gap.[3]\n\n"
        "Notes\n\n1. Kpler data, 2025.\n2. Ibid.\n3. See [the council’s decision](https://example.org/decision).\n\n"
        "© 2025 Centre for Eastern Studies. All rights reserved.\n"
    )
    brief = convert_file(write_brief(tmp_path, "notes.txt", text))
    assert brief.date == "2025-03"
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Anna Kowalska", "Centre for Eastern Studies")]
    assert brief.publisher == "Centre for Eastern Studies"
    assert brief.footnotes == {1: "Kpler data, 2025.", 2: "Ibid.", 3: "See [the council’s decision](https://example.org/decision)."}
    body = render(brief)
    assert "oil.[^1]" in body and "weak.[^2]" in body and "gap.[^3]" in body
    assert "All rights reserved" not in body.split("---\n", 2)[2]
    assert "\nNotes\n" not in body


def test_caps_by_line_is_title_cased(tmp_path):
    brief = convert_file(write_brief(tmp_path, "caps.txt", "A title here\n\nBY JOHN SMITH\n\n" + PARAGRAPHS[0]))
    assert [a.name for a in brief.authors] == ["John Smith"]


def test_sidecar_overrides_and_supplies_fields(tmp_path):
    sidecar = (
        "title: The real title\nauthors:\n  - name: Jane Doe\n    affiliation: Example Institute\n"
        "date: 2026-02-01\npublisher: Example Institute\nslug: real-title\nthemes: [defence-spending]\n"
    )
    path = write_brief(tmp_path, "x.txt", PARAGRAPHS[0] + "\n", sidecar)
    post = frontmatter.loads(render(convert_file(path)))
    assert post["title"] == "The real title" and post["title_derived"] is False
    assert post["authors"] == [{"name": "Jane Doe", "affiliation": "Example Institute"}]
    assert post["date"] == "2026-02-01" and post["publisher"] == "Example Institute"
    assert post["slug"] == "real-title" and post["themes"] == ["defence-spending"]


def test_meta_option_names_another_sidecar(tmp_path, run_cli):
    path = write_brief(tmp_path, "x.txt", PARAGRAPHS[0] + "\n")
    meta = tmp_path / "other.yml"
    meta.write_text("publisher: Other Publisher\n", encoding="utf-8")
    result = run_cli("convert", path, "--meta", meta)
    assert result.returncode == 0, result.stderr
    assert frontmatter.loads(result.stdout)["publisher"] == "Other Publisher"


def test_a_press_release_dates_itself_in_its_dateline(tmp_path):
    text = ("PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nNordic Centre for Defence Economics\n\nNew study: joint buying lags behind budgets\n\n"
            "OSLO, 12 May 2026 – " + PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[2] + "\n\n###\n\nNotes to editors\n\n"
            "The Nordic Centre for Defence Economics is an independent think tank based in Oslo.\n\nMedia contact:\nKari Lunde\npress@ncde.example\n")
    brief = convert_file(write_brief(tmp_path, "release.txt", text))
    assert brief.title == "New study: joint buying lags behind budgets"
    assert brief.date == "2026-05-12" and brief.dateline == "OSLO"
    assert brief.publisher == "Nordic Centre for Defence Economics"
    body = " ".join(b.text for b in brief.blocks)
    assert body.endswith(PARAGRAPHS[2]) and "Media contact" not in body and "###" not in body
    assert {r.text for r in brief.removed} >= {"PRESS RELEASE", "FOR IMMEDIATE RELEASE", "###", "Notes to editors"}


def test_a_month_and_a_day_in_that_month_are_one_date(tmp_path):
    brief = convert_file(write_brief(tmp_path, "month.txt", "Harbours Under Watch\n\nBy Jane Doe\nMay 2026\nPublished 12 May 2026\n\n" + PARAGRAPHS[0] + "\n"))
    assert brief.date == "2026-05-12"
    brief = convert_file(write_brief(tmp_path, "clash.txt", "Harbours Under Watch\n\nBy Jane Doe\nApril 2026\n12 May 2026\n\n" + PARAGRAPHS[0] + "\n"))
    assert brief.date is None and brief.evidence["date"].startswith("conflict")
    # a date labelled as the publication's is the publication date
    brief = convert_file(write_brief(tmp_path, "labelled.txt", "Harbours Under Watch\n\nBy Jane Doe\nApril 2026\nPublished 12 May 2026\n\n" + PARAGRAPHS[0] + "\n"))
    assert brief.date == "2026-05-12"


def test_an_open_letter_is_signed_by_its_authors(tmp_path):
    text = ("OPEN LETTER\n\nFund the Cables Now: A Letter to the Ministers of the Baltic Sea States\n\nTallinn, 12 May 2026\n\n"
            "To the Ministers of Defence of the Baltic Sea States\n\nDear Ministers,\n\n" + PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[2]
            + "\n\nRespectfully,\n\nSignatories (institutions for identification only):\n\n- Maris Tamm, Estonian Centre for Defence Studies\n"
            "- Jonas Petraitis, Vilnius Institute for Eastern Policy\n\nFurther signatures are being collected. To add your name, write to letter@cables.example.\n")
    brief = convert_file(write_brief(tmp_path, "letter.txt", text))
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Maris Tamm", "Estonian Centre for Defence Studies"), ("Jonas Petraitis", "Vilnius Institute for Eastern Policy")]
    assert brief.date == "2026-05-12" and brief.evidence["authors"].startswith("signatories")
    body = [b.text for b in brief.blocks]
    assert body[0] == PARAGRAPHS[0] and body[-1] == PARAGRAPHS[2]
    reasons = {r.text: r.reason for r in brief.removed}
    assert "letter" in reasons["Dear Ministers,"] and "letter" in reasons["To the Ministers of Defence of the Baltic Sea States"]


def test_an_affiliation_given_as_the_publishers_acronym_is_the_publisher(tmp_path):
    text = ("NCDE | Nordic Centre for Defence Economics\n\nHarbours Under Watch\n\n"
            "Authors: Kari Lunde (NCDE) and Maris Tamm (Estonian Centre for Defence Studies, Tallinn)\n\n" + PARAGRAPHS[0] + "\n")
    brief = convert_file(write_brief(tmp_path, "acronym.txt", text))
    assert [(a.name, a.affiliation) for a in brief.authors] == [
        ("Kari Lunde", "Nordic Centre for Defence Economics"), ("Maris Tamm", "Estonian Centre for Defence Studies")]


def test_an_affiliation_inflected_in_a_bio_is_the_publishers_name(tmp_path):
    text = ("Deutsches Forum für Strategische Fragen\n\nHarbours Under Watch\n\nVon Jörg Müller-Lindner\n\n" + PARAGRAPHS[0] + "\n\n"
            + PARAGRAPHS[2] + "\n\nJörg Müller-Lindner leitet das Programm Sicherheit am Deutschen Forum für Strategische Fragen.\n")
    brief = convert_file(write_brief(tmp_path, "inflected.txt", text))
    assert [(a.name, a.affiliation) for a in brief.authors] == [("Jörg Müller-Lindner", "Deutsches Forum für Strategische Fragen")]


def test_a_service_named_by_its_parents_acronym_is_part_of_the_parent(tmp_path):
    text = ("BRIEFING\n\nIPSA Research Service\n\nSanctions on Russia in their fourth year\n\nBy Helena Marques\n\n" + PARAGRAPHS[0] + "\n\n"
            + PARAGRAPHS[2] + "\n\n© Inter-Parliamentary Security Assembly, 2026.\n")
    assert convert_file(write_brief(tmp_path, "service.txt", text)).publisher == "Inter-Parliamentary Security Assembly"


def test_a_disclaimer_naming_the_forum_refers_back_to_the_masthead(tmp_path):
    text = ("Fórum Atlântico de Estratégia\n\nThe Quiet Capture\n\nPor Rui Carvalho Mendes\n\nEditor's note: This essay is part of a series. "
            "The views expressed are those of the author and do not necessarily reflect the positions of the Forum.\n\n" + PARAGRAPHS[0] + "\n")
    brief = convert_file(write_brief(tmp_path, "forum.txt", text))
    assert brief.publisher == "Fórum Atlântico de Estratégia" and brief.blocks[0].text == PARAGRAPHS[0]
