"""Brief text and sidecars are untrusted: every string renders as exactly its own text.

A hostile corpus (markup, attribute lists, javascript: links, snippet lines,
abbreviation definitions, C1 controls, non-Latin and colliding names) is built
as a real site, and every HTML file is parsed: no payload may become an
element, an attribute, an event handler or a script.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from brieflib.build.pipeline import BuildReport, enrich_stage, pages_stage, write_pages
from brieflib.ingest.convert import assign_ids, count_words
from brieflib.model.brief import Author, Block, Brief
from brieflib.model.text import plain
from conftest import build_site, copy_project, write_brief

# Every payload carries "PWN" so that anything live can be traced back to input.
HOSTILE_TEXT = """\
<img src=x onerror=alert('PWN1')> headline & <script>alert('PWN2')</script>

A first paragraph that ends in an attribute list. {: onmouseover="alert('PWN3')" }

A paragraph with [a javascript link](javascript:alert('PWN4')) that must stay text.

--8<-- "../mkdocs.yml"

--8<-- "about.md"

*[NATO]: <b onclick="alert('PWN5')">PWN5</b>

!!! danger "PWN6 admonition"

<iframe src="https://evil.example/PWN7"></iframe> was pasted into this paragraph.

- a list item <svg onload=alert('PWN8')>
- another item [x](JaVaScRiPt:alert('PWN9'))

# PWN10 not a heading of ours <a href="javascript:alert('PWN10')">x</a>

A closing paragraph with a note.¹

¹ A note with <a href="javascript:alert('PWN11')">a live link</a> and ![img](x "PWN12").
"""

HOSTILE_SIDECAR = """\
title: "<img src=x onerror=alert('PWN20')> Sidecar & title"
authors:
  - name: "<svg onload=alert('PWN21')>"
    affiliation: "<img src=x onerror=alert('PWN22')>"
  - name: "Mallory {: onclick=\\"alert('PWN23')\\" }"
publisher: "<img src=x onerror=alert('PWN24')> Press"
summary: "A summary --8<-- \\"about.md\\" {: onclick=\\"alert('PWN25')\\" } [x](javascript:alert('PWN26'))"
dateline: "<b onmouseover=alert('PWN27')>BRUSSELS</b>"
"""

PLAIN_BODY = """\
Europe has to decide how much it is willing to pay for its own security, and soon.

The question is no longer whether spending rises but who decides how it is spent.
"""

# Non-Latin titles and names, and names that slug alike.
NON_LATIN = {
    "ελληνική-ασφάλεια.txt": "Η ευρωπαϊκή ασφάλεια μετά το 2025\n\nΟ Γιώργος Παπαδόπουλος γράφει για την άμυνα της Ευρώπης σήμερα.\n",
    "北约的未来.txt": "北约的未来与欧洲防务\n\n欧洲国家必须在未来十年内大幅增加国防开支，这是一个艰难的选择。\n",
    "Łódź.txt": "Łódź and the eastern flank\n\nŁukasz Kowalski\n\nPoland's third city is far from the border, but not from the debate.\n",
    "lodz.txt": "Lodz again\n\nJose Perez\n\nA second brief whose file name slugs like the first one.\n",
    "jose.txt": "A third view from the south\n\nJosé Pérez\n\nA third brief whose author slugs like the author of the second one.\n",
}
SIDECAR_NAMES = {"ελληνική-ασφάλεια.yml": "authors:\n  - name: Γιώργος Παπαδόπουλος\n    affiliation: Ελληνικό Ίδρυμα\npublisher: Ελληνικό Ίδρυμα Ευρωπαϊκής Πολιτικής\n"}

SAFE_ATTRIBUTES = {"content", "title", "aria-label", "alt", "value"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data"}


BUILD_OUTPUT: dict[Path, str] = {}  # what each build printed, by project root


def build(root: Path) -> Path:
    result = build_site(root)
    assert result.returncode == 0, result.stdout + result.stderr
    BUILD_OUTPUT[root] = result.stdout + result.stderr
    return root


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """The seeds plus briefs and a sidecar full of markup, and a file with C1 controls."""
    root = copy_project(tmp_path_factory.mktemp("hostile"))
    briefs = root / "sources" / "briefs"
    write_brief(briefs, "hostile-text.txt", HOSTILE_TEXT)
    write_brief(briefs, "hostile-sidecar.txt", PLAIN_BODY, sidecar=HOSTILE_SIDECAR)
    write_brief(briefs, "c1-controls.txt", "It\u0092s a \u0093quoted\u0094 title\n\nA body paragraph that says what it says.\n".encode())
    return build(root)


@pytest.fixture(scope="module")
def names_site(tmp_path_factory) -> Path:
    """The seeds plus briefs with non-Latin titles and names, and names that slug alike."""
    root = copy_project(tmp_path_factory.mktemp("names"))
    briefs = root / "sources" / "briefs"
    for name, text in NON_LATIN.items():
        write_brief(briefs, name, text)
    for name, text in SIDECAR_NAMES.items():
        (briefs / name).write_text(text, encoding="utf-8")
    return build(root)


def html_files(root: Path) -> list[Path]:
    return sorted((root / "site").rglob("*.html"))


def page(root: Path, slug: str):
    return lxml_html.parse(str(root / "site" / "briefs" / slug / "index.html")).getroot()


def live_payloads(path: Path) -> list[str]:
    """Every place in one HTML file where input became markup: handlers, script URLs, scripts, frames."""
    found = []
    tree = lxml_html.parse(str(path)).getroot()
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                found.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and value.strip().lower().startswith(("javascript:", "vbscript:", "data:text")):
                found.append(f"<{tag} {name}={value!r}>")
            web_link = tag == "a" and name == "href" and value.startswith(("http://", "https://"))  # made by the converter
            if "PWN" in value and name not in SAFE_ATTRIBUTES and not name.startswith("data-") and not web_link:
                found.append(f"<{tag} {name}={value!r}>")
        if tag in {"iframe", "object", "embed", "svg", "img", "b"} and "PWN" in lxml_html.tostring(element, encoding="unicode"):
            found.append(f"<{tag}> from input")
        if tag == "script" and "PWN" in (element.text or ""):
            if element.get("type") != "application/ld+json":
                found.append("a script with input in it")
            else:
                json.loads(element.text)  # data, and valid JSON
                assert "<" not in element.text
    return found


def test_no_payload_is_live_anywhere_in_the_site(hostile_site):
    problems = {p.relative_to(hostile_site).as_posix(): live_payloads(p) for p in html_files(hostile_site)}
    assert len(problems) > 40
    assert {k: v for k, v in problems.items() if v} == {}
    # The payloads did reach the site, as text: otherwise this test proves nothing.
    text = (hostile_site / "site" / "briefs" / "hostile-text" / "index.html").read_text()
    assert "PWN3" in text and "PWN8" in text and "PWN11" in text


@pytest.mark.parametrize("fixture", ["hostile_site", "names_site"])
def test_every_brief_keeps_its_own_page(fixture, request):
    root = request.getfixturevalue(fixture)
    sources = sorted((root / "sources" / "briefs").glob("*.txt"))
    pages = list((root / "site" / "briefs").glob("*/source.txt"))  # one folder per brief page
    assert len(pages) == len(sources)


def test_non_latin_names_get_transliterated_distinct_slugs(names_site):
    pages = [p for p in (names_site / "site" / "briefs").glob("*/index.html")]
    # Transliterated slugs, never empty; the two files that slug alike get two pages.
    names = {p.parent.name for p in pages}
    assert {"lodz", "ellenike-asphaleia", "bei-yue-de-wei-lai"} <= names
    assert len([n for n in names if n.startswith("lodz")]) == 2
    # The first by source path ("lodz.txt" sorts before "Łódź.txt") keeps the plain slug.
    assert "Łódź.txt: warning: slug 'lodz' is already used by brief sources/briefs/lodz.txt" in BUILD_OUTPUT[names_site]


def test_authors_that_slug_alike_get_two_pages_and_a_warning(names_site):
    authors = {p.parent.name for p in (names_site / "site" / "authors").glob("*/index.html")}
    assert "lukasz-kowalski" in authors
    assert len([a for a in authors if a.startswith("jose-perez")]) == 2
    assert "author 'José Pérez' has the same slug 'jose-perez' as 'Jose Perez'" in BUILD_OUTPUT[names_site]


def text_of(element) -> str:
    """The text a reader sees, without the ¶ permalinks that headings get."""
    for link in element.find_class("headerlink"):
        link.drop_tree()
    return " ".join(element.text_content().split())


def test_body_text_renders_as_itself(hostile_site):
    tree = page(hostile_site, "hostile-text")
    paragraphs = [text_of(p) for p in tree.iter("p", "li")]
    assert "A first paragraph that ends in an attribute list. {: onmouseover=\"alert('PWN3')\" }" in paragraphs
    assert "A paragraph with [a javascript link](javascript:alert('PWN4')) that must stay text." in paragraphs
    assert '--8<-- "../mkdocs.yml"' in paragraphs and '--8<-- "about.md"' in paragraphs
    assert "a list item <svg onload=alert('PWN8')>" in paragraphs
    about = (hostile_site / "docs" / "about.md").read_text().splitlines()
    sentence = next(line for line in about if len(line) > 60)
    assert sentence not in lxml_html.tostring(tree, encoding="unicode")  # no file was pulled in


def test_sidecar_strings_render_as_themselves_everywhere(hostile_site):
    tree = page(hostile_site, "hostile-sidecar")
    title = "<img src=x onerror=alert('PWN20')> Sidecar & title"
    assert text_of(tree.find(".//h1")) == title
    assert tree.find(".//title").text.startswith(title + " - ")
    assert title in [text_of(e) for e in tree.find_class("md-header__topic")]
    byline = text_of(tree.find_class("brief-byline")[0])
    assert "<svg onload=alert('PWN21')>" in byline and "<img src=x onerror=alert('PWN22')>" in byline
    meta = text_of(tree.find_class("brief-meta")[0])
    assert "<img src=x onerror=alert('PWN24')> Press" in meta
    standfirst = text_of(tree.find_class("standfirst")[0])
    assert standfirst == "A summary --8<-- \"about.md\" {: onclick=\"alert('PWN25')\" } [x](javascript:alert('PWN26'))"
    publishers = list((hostile_site / "site" / "publishers").glob("img-src-x-onerror-alert-pwn24*/index.html"))
    assert len(publishers) == 1
    assert text_of(lxml_html.parse(str(publishers[0])).getroot().find(".//h1")) == "<img src=x onerror=alert('PWN24')> Press"


def test_c1_controls_are_repaired(hostile_site):
    tree = page(hostile_site, "c1-controls")
    assert text_of(tree.find(".//h1")) == "It’s a “quoted” title"


def test_feeds_and_exports_carry_the_text_not_markup(hostile_site):
    feed = (hostile_site / "site" / "feeds" / "briefs.xml").read_text()
    assert "&lt;img src=x onerror=alert('PWN20')&gt; Sidecar &amp; title" in feed
    bib = (hostile_site / "site" / "briefs" / "hostile-sidecar" / "cite.bib").read_text()
    assert "Sidecar \\& title" in bib


# -- the property: render(T) shows exactly T, through a real MkDocs build ---------------

MARKUP = "<>&\"'{}[]():!*_#|~^=-`\\/.;,?%@$+ \t"
SCRIPTS = "abcdeXYZ019αβγΩЖжšłŁ北约安全שלוםسلام"
# Pieces of Markdown, HTML and extension syntax, so that examples hit them often, not by luck.
FRAGMENTS = [
    "<b>", "</b>", "<img src=x onerror=y>", "<a href='javascript:y'>", "<!-- c -->", "<script>", "&amp;", "&#60;", "&lt;",
    "{: .x }", "{: onclick='y' }", "{#id}", "[a](b)", "[a](javascript:y)", "[a][b]", "[^1]", "![i](x)", "*a*", "**a**",
    "_a_", "__a__", "`a`", "``", "--8<-- \"x.md\"", "- ", "+ ", "* ", "1. ", "2) ", "# ", "## ", "> ", "!!! note ",
    "??? x ", "*[A]: b", ": def", "| a | b |", "|---|", "***", "---", "===", "    ", "http://x.org/a_b", "mailto:a@b.c",
    "\\*", "\\", "~~a~~", "^a^", "==a==", "[TOC]", "\n", "\t",
]
TEXT = (
    st.lists(st.one_of(st.text(alphabet=MARKUP + SCRIPTS, max_size=12), st.sampled_from(FRAGMENTS)), min_size=1, max_size=8)
    .map("".join)
    .filter(lambda s: s.strip())
)
ALLOWED_INLINE = {"em", "strong", "a", "abbr"}


def built_brief(root: Path, brief: Brief) -> Path:
    """The real build stages for one brief (enrich, pages, write) and a real ``mkdocs build``."""
    report = BuildReport()
    site, notes = enrich_stage(root, [brief], False, report)
    write_pages(root / "docs", pages_stage(root, site, notes), report)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], cwd=root,
                            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    return root / "site"


def folded(text: str) -> str:
    return " ".join(text.split())


def added_markup(element) -> list[str]:
    """Elements and attributes inside a paragraph that the converter did not make."""
    extra = [f"{k}={v}" for k, v in element.attrib.items() if k != "id"]
    for child in element.iterdescendants():
        if child.tag not in ALLOWED_INLINE:
            extra.append(f"<{child.tag}>")
        if child.tag == "a" and not child.get("href", "").startswith(("http://", "https://", "mailto:", "../../glossary/")):
            extra.append(f"<a href={child.get('href')!r}>")
    return extra


@pytest.fixture(scope="module")
def empty_project(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("property"))
    shutil.rmtree(root / "sources" / "briefs")
    shutil.rmtree(root / "sources" / "annotations")
    (root / "sources" / "briefs").mkdir()
    return root


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(title=TEXT, names=st.lists(TEXT, min_size=1, max_size=2, unique_by=folded), affiliation=TEXT, publisher=TEXT,
       paragraphs=st.lists(TEXT, min_size=1, max_size=8))
def test_every_string_renders_as_exactly_itself(empty_project, title, names, affiliation, publisher, paragraphs):
    source = empty_project / "sources" / "briefs" / "prop.txt"
    source.write_text("\n\n".join(paragraphs), encoding="utf-8")
    brief = Brief(source=Path("sources/briefs/prop.txt"), slug="prop", title=title, publisher=publisher,
                  authors=[Author(name, affiliation) for name in names],
                  blocks=[Block("paragraph", text, line) for line, text in enumerate(paragraphs, 1)])
    assign_ids(brief.blocks)
    count_words(brief)
    site = built_brief(empty_project, brief)
    tree = lxml_html.parse(str(site / "briefs" / "prop" / "index.html")).getroot()
    for block in brief.blocks:
        element = tree.get_element_by_id(block.id)
        assert text_of(element) == folded(plain(block.text)), block.text
        assert added_markup(element) == [], block.text
    assert text_of(tree.find(".//h1")) == folded(title)
    assert folded(tree.find(".//title").text) == folded(title) + " - Policy Briefs"
    byline = text_of(tree.find_class("brief-byline")[0])
    for name in names:
        assert f"{folded(name)} ({folded(affiliation)})" in byline
    assert folded(publisher) in text_of(tree.find_class("brief-meta")[0])
    for folder, slugs in (("authors", names), ("publishers", [publisher])):
        for page_path in (site / folder).glob("*/index.html"):
            heading = text_of(lxml_html.parse(str(page_path)).getroot().find(".//h1"))
            assert heading in {folded(s) for s in slugs}
        assert len(list((site / folder).glob("*/index.html"))) == len(slugs)
