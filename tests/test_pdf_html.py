"""PDF briefs and saved web pages: read by their typography and markup, through the same later stages as text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import markdown
import pytest
from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from PIL import Image

import pdf_corpus
from brieflib.build.check import check
from brieflib.build.evaluate import score_one
from brieflib.ingest.convert import convert_file
from brieflib.model.brief import Block, Brief, brief_from_dict, brief_to_dict
from brieflib.model.errors import BriefError
from brieflib.render.markdown import body as body_markdown
from conftest import ROOT, build_site, copy_project

CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pdfs")
    for name in pdf_corpus.BRIEFS:
        pdf_corpus.write(name, folder / f"{name}.pdf")
    return folder


def body(brief, kind: str = "paragraph") -> list[str]:
    return [b.text for b in brief.blocks if b.kind == kind]


def test_corpus_pdfs_are_what_the_generator_makes(pdfs):
    """tests/corpus/*.pdf are made by tests/pdf_corpus.py (run it to remake them after a change)."""
    for name in pdf_corpus.BRIEFS:
        assert (CORPUS / f"{name}.pdf").read_bytes() == (pdfs / f"{name}.pdf").read_bytes(), name


def test_two_page_pdf_with_running_header_page_numbers_and_a_note(pdfs):
    brief = convert_file(pdfs / "p-pdf-two-page-footnotes.pdf")
    assert brief.title == "Holding the Suwalki Corridor"
    assert [a.name for a in brief.authors] == ["Anna Lindqvist", "Marek Nowak"]
    assert (brief.date, brief.publisher) == ("2026-03-12", "Baltic Policy Forum")
    assert body(brief, "heading") == ["Why the corridor matters", "What NATO has done", "Recommendations"]
    assert brief.footnotes == {
        1: "See the Alliance's regional defence plans agreed at the Vilnius summit in July 2023.",
        2: "On the range of Russian artillery and missile systems in Kaliningrad, see the open-source estimates of 2025.",
    }
    paragraphs = body(brief)
    assert len(paragraphs) == 9
    assert paragraphs[0].endswith("every plan for their reinforcement depends on it.¹")  # the raised marker, linked
    # Hyphenated line breaks joined; the paragraph cut by the page break is one paragraph.
    assert "invest in the military mobility" in paragraphs[3] and "much of the infrastructure will" in paragraphs[3]
    assert paragraphs[4].startswith("Poland has ordered") and "has agreed to host a German brigade" in paragraphs[4]
    text = " ".join(b.text for b in brief.blocks)
    assert "Policy Brief 4/2026" not in text and not any(b.text.strip().isdigit() for b in brief.blocks)
    reasons = {r.text: r.reason for r in brief.removed}
    assert reasons["Baltic Policy Forum | Policy Brief 4/2026"].startswith("page furniture: a running header or footer (page")
    assert reasons["2"] == "page furniture: a page number (page 2, bottom)"
    # The document information's Title disagrees with the title set in type: the text wins, and says so.
    assert "the file's metadata says 'The Suwałki Corridor': the text wins" in brief.evidence["title"]


def test_two_columns_and_a_table_are_read_in_order(pdfs):
    brief = convert_file(pdfs / "p-pdf-two-columns-table.pdf")
    assert (brief.title, brief.date) == ("Ammunition for Ukraine: Closing the Gap", "2026-05-05")
    assert brief.publisher == "Centre for European Defence Studies"  # named by the running header
    paragraphs = body(brief)
    # The ruled table is one table block with its cells, after the sentence that introduces it.
    kinds = [b.kind for b in brief.blocks]
    table = brief.blocks[kinds.index("table")]
    assert kinds.count("table") == 1 and brief.blocks[kinds.index("table") - 1].text.startswith("The price of a shell")
    assert table.rows == [["Country", "Shells in 2025", "Planned for 2028"], ["Germany", "350,000", "700,000"],
                          ["Lithuania", "20,000", "100,000"], ["Finland", "60,000", "120,000"]]
    assert "Germany · 350,000 · 700,000" in table.text and table.id.startswith("p-")  # its cells, for search and themes
    assert not any("350,000" in p for p in paragraphs)
    assert brief_from_dict(json.loads(json.dumps(brief_to_dict(brief)))).blocks == brief.blocks  # as the build cache keeps it
    assert paragraphs[3].startswith("Governments should") and paragraphs[4].startswith("They should also stockpile")  # the right column after the left
    assert paragraphs[5].startswith("Above all") and paragraphs[5].endswith("the price is at its highest.")  # across the page
    assert len(brief.footnotes) == 1


HOSTILE_CELL = "<img src=x onerror=y> | x"


def _hostile_table_pdf(path: Path) -> None:
    t = pdf_corpus.Typesetter("Institute for Table Studies | Brief", "Page {page} of 1")
    t.block("Cells That Bite", "B", 18, after=3)
    t.block("2 June 2026", "", 10, after=6)
    t.block("Every cell of a table in a brief is text, whatever it looks like, and the table below shows two of them.")
    t.table([["Cell", "What it holds"], [HOSTILE_CELL, "**not bold** [not a link](javascript:alert(1))"]])
    t.block("A table keeps its cells apart, and nothing in a cell can split it or add to the page.")
    t.output(path)


def tables_in(page: Path) -> list[tuple[str, list[list[str]]]]:
    """Each brief table on a built page: the id of its element and the text of its cells, row by row."""
    tree = lxml_html.parse(str(page))
    return [(div.get("id"), [[" ".join(c.text_content().split()) for c in tr.xpath("th|td")] for tr in div.xpath(".//tr")])
            for div in tree.xpath("//div[@class='brief-table']") if div.xpath("table")]


def test_site_shows_pdf_tables_as_tables_with_their_cells_as_text(tmp_path, pdfs):
    root = copy_project(tmp_path)
    briefs = root / "sources" / "briefs"
    (briefs / "ammunition.pdf").write_bytes((pdfs / "p-pdf-two-columns-table.pdf").read_bytes())
    _hostile_table_pdf(briefs / "cells.pdf")
    result = build_site(root)
    assert result.returncode == 0, result.stderr
    ammunition = convert_file(briefs / "ammunition.pdf")
    table_id = next(b.id for b in ammunition.blocks if b.kind == "table")
    assert tables_in(root / "site" / "briefs" / "ammunition" / "index.html") == [(table_id, [
        ["Country", "Shells in 2025", "Planned for 2028"], ["Germany", "350,000", "700,000"],
        ["Lithuania", "20,000", "100,000"], ["Finland", "60,000", "120,000"]])]
    page = root / "site" / "briefs" / "cells" / "index.html"
    [(_, rows)] = tables_in(page)
    assert rows == [["Cell", "What it holds"], [HOSTILE_CELL, "**not bold** [not a link](javascript:alert(1))"]]
    table = lxml_html.parse(str(page)).xpath("//div[@class='brief-table']/table")[0]
    assert [e.tag for e in table.iter() if e.tag not in ("table", "thead", "tbody", "tr", "th", "td")] == []
    assert table.xpath("thead/tr/th") and len(table.xpath("tbody/tr/td")) == 2


# The body's extensions in mkdocs.yml (the site build above runs them all, with the real configuration).
MARKDOWN_EXTENSIONS = ["toc", "attr_list", "md_in_html", "footnotes", "abbr", "admonition", "tables"]
_CELL = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 4).flatmap(lambda width: st.lists(st.lists(_CELL, min_size=width, max_size=width), min_size=2, max_size=4)))
def test_every_table_cell_renders_as_exactly_its_text(rows):
    brief = Brief(Path("x.pdf"), "x", blocks=[Block("table", " · ".join(c for r in rows for c in r), 1, id="p-abc123", rows=rows)])
    html = markdown.markdown(body_markdown(brief), extensions=MARKDOWN_EXTENSIONS)
    tree = lxml_html.fromstring(f"<body>{html}</body>")
    [div] = tree.xpath("//div[@id='p-abc123']")
    assert [[c.text_content() for c in tr.xpath("th|td")] for tr in div.xpath("table//tr")] == [[" ".join(c.split()) for c in r] for r in rows]
    assert [e.tag for e in div.iter() if e.tag not in ("div", "table", "thead", "tbody", "tr", "th", "td")] == []


def test_pdf_document_information_fills_what_the_text_does_not_state(tmp_path):
    pdf = FPDF()
    pdf.set_title("Deterrence in the High North")
    pdf.set_author("Kari Nordmann")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for y, line in enumerate(["The Arctic has become a theatre of military competition between Russia and NATO.",
                              "Allies should exercise there every winter and keep their forces ready."]):
        pdf.text(20, 30 + 8 * y, line)
    path = tmp_path / "north.pdf"
    pdf.output(str(path))
    brief = convert_file(path)
    assert (brief.title, brief.title_derived) == ("Deterrence in the High North", False)
    assert [a.name for a in brief.authors] == ["Kari Nordmann"]
    assert brief.evidence["title"] == "PDF document information: Title 'Deterrence in the High North'"
    assert brief.date is None  # the file's creation date is not the brief's date


def test_web_page_without_menu_banner_or_chrome():
    brief = convert_file(CORPUS / "w-web-page-citation-meta.html")
    assert brief.title == "Europe's Grid Under Attack"
    assert [a.name for a in brief.authors] == ["Anna Lindqvist", "Jonas Berg"]
    assert (brief.date, brief.publisher) == ("2026-04-02", "Nordic Security Institute")
    assert brief.evidence["publisher"] == "page metadata citation_publisher: Nordic Security Institute"
    assert body(brief, "heading") == ["A pattern, not a coincidence", "What Europe should do"]
    assert len(body(brief)) == 5 and len(body(brief, "item")) == 2
    assert brief.footnotes == {1: "See the reports of the Finnish and Swedish investigators published in 2025."}
    text = " ".join(b.text for b in brief.blocks)
    for chrome in ("cookies", "Accept all", "Research", "Share on", "newsletter", "Related articles", "Privacy"):
        assert chrome not in text
    reasons = {r.text: r.reason for r in brief.removed}
    assert reasons["Accept all"] == "web furniture: cookie banner"
    assert reasons["Events"] == "web furniture: site menu"
    assert reasons["Hybrid threats in the North"] == "web furniture: related links"


def test_page_metadata_fills_what_the_visible_page_does_not_state(tmp_path):
    path = tmp_path / "bare.html"
    path.write_text(
        '<html><head><meta name="citation_title" content="Sanctions That Bite">'
        '<meta name="citation_author" content="Rossi, Marco"><meta name="citation_publication_date" content="2026/01/15">'
        '<meta property="og:site_name" content="Mediterranean Policy Lab"></head><body><article>'
        "<p>Sanctions on Russia's oil exports have cut its revenue, but less than their authors hoped, because a "
        "fleet of old tankers carries the oil to buyers in Asia.</p><p>Europe should close the loopholes that "
        "let this fleet insure and flag its ships in member states.</p></article></body></html>", encoding="utf-8")
    brief = convert_file(path)
    assert (brief.title, brief.date, brief.publisher) == ("Sanctions That Bite", "2026-01-15", "Mediterranean Policy Lab")
    assert [a.name for a in brief.authors] == ["Marco Rossi"]


def test_corpus_pdf_and_html_briefs_score_fully():
    for name in ("p-pdf-two-page-footnotes.pdf", "p-pdf-two-columns-table.pdf", "w-web-page-citation-meta.html"):
        score = score_one(CORPUS / name)
        assert score.failures == [] and all(score.right.values()), (name, score.failures)


# -- bad input ---------------------------------------------------------------


def problems(path: Path) -> list[str]:
    with pytest.raises(BriefError) as info:
        convert_file(path)
    return [str(p) for p in info.value.problems]


def test_encrypted_pdf(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 20, "A brief behind a password.")
    pdf.set_encryption(owner_password="owner", user_password="reader")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    assert problems(path) == [f"{path}: error: the PDF is encrypted and cannot be read without its password "
                              "(save an unencrypted copy (print to PDF) or supply a text dump of the brief)"]


def test_scanned_pdf_without_text_layer(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    scan = io.BytesIO()
    Image.new("L", (300, 400), 200).save(scan, "PNG")
    pdf.image(scan, x=10, y=10, w=150)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    assert problems(path) == [f"{path}: error: the PDF has no text layer: it is a scanned image, and its text cannot be read "
                              "(supply a text dump instead (scan.txt, made by OCR or copied from the publisher's page), "
                              "with a sidecar (scan.yml) for any field it lacks, and remove the PDF)"]


@pytest.mark.parametrize("data", [b"%PDF-1.7\nthis is not a pdf at all\n", "truncated"])
def test_broken_pdf(tmp_path, data):
    if data == "truncated":
        whole = (CORPUS / "p-pdf-two-page-footnotes.pdf").read_bytes()
        data = whole[: len(whole) // 3]
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    [message] = problems(path)
    assert message.startswith(f"{path}: error: the PDF is broken and cannot be read (")
    assert message.endswith("(export the PDF again from the original, or supply a text dump of the brief)")


def test_web_page_without_article_text(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text('<html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav>'
                    '<div class="cookie">We use cookies.</div></body></html>', encoding="utf-8")
    assert problems(path) == [f"{path}: error: the web page has no article text that could be found (only menus, banners or scripts?) "
                              "(save the article's own page, or supply a text dump of the brief (sources/briefs/<name>.txt))"]


def test_check_reports_a_file_type_the_converter_does_not_take(tmp_path):
    sources = copy_project(tmp_path) / "sources"
    (sources / "briefs" / "draft-brief.docx").write_bytes(b"PK\x03\x04 not really a document")
    found = [str(p) for p in check(sources) if "draft-brief.docx" in str(p)]
    assert found == [
        f"{sources / 'briefs' / 'draft-brief.docx'}: error: the converter does not take .docx files; this file is not a brief of the site "
        "(save the brief as one of .txt, .text, .md, .pdf, .html, .htm (a text dump, a PDF or a saved web page), or move the file out of sources/briefs/)"
    ]


def test_site_links_the_original_files(tmp_path, pdfs):
    root = copy_project(tmp_path)
    briefs = root / "sources" / "briefs"
    (briefs / "corridor.pdf").write_bytes((pdfs / "p-pdf-two-page-footnotes.pdf").read_bytes())
    (briefs / "grid.html").write_bytes((CORPUS / "w-web-page-citation-meta.html").read_bytes())
    result = build_site(root)
    assert result.returncode == 0, result.stderr
    docs = root / "docs" / "briefs"
    assert (docs / "corridor" / "original.pdf").read_bytes() == (briefs / "corridor.pdf").read_bytes()
    assert (docs / "grid" / "original.html.txt").read_bytes() == (briefs / "grid.html").read_bytes()
    page = (docs / "corridor" / "index.md").read_text(encoding="utf-8")
    assert "[Original PDF](original.pdf)" in page and "Baltic Policy Forum | Policy Brief" not in page
    html = (root / "site" / "briefs" / "grid" / "index.html").read_text(encoding="utf-8")
    assert '<a download="grid.html" href="original.html.txt">Original web page</a>' in html
    assert "We use cookies" not in html and (root / "site" / "briefs" / "corridor" / "original.pdf").exists()
