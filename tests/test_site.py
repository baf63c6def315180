"""The real site: generated pages, a strict MkDocs build, links, search index, determinism."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest

from brieflib.build import pipeline
from brieflib.build.page_cache import page_key
from brieflib.build.pipeline import GENERATED_DIRS, BuildReport, build, enrich_stage, load_briefs
from brieflib.enrich.glossary import brief_acronyms
from brieflib.render.brief_page import brief_page_inputs
from conftest import BRIEFS, ROOT, copy_project, write_brief

SLUGS = sorted(
    __import__("yaml").safe_load(p.read_text())["slug"] for p in BRIEFS.glob("*.yml")
)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append((tag, attrs[key]))


def parse_html(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_strict_build_produces_every_page(built_site):
    site = built_site / "site"
    for slug in SLUGS:
        assert (site / "briefs" / slug / "index.html").exists()
        assert (site / "briefs" / slug / "source.txt").exists()
    for page in ("index.html", "404.html", "briefs/index.html", "briefs/by-title/index.html",
                 "briefs/by-publisher/index.html", "timeline/index.html", "themes/index.html",
                 "authors/index.html", "publishers/index.html", "about/index.html", "contributing/index.html"):
        assert (site / page).exists(), page
    for author in ("iana-maisuradze", "emiliano-alessandri", "domenec-ruiz-devesa", "mark-leonard", "janusz-bugajski"):
        assert (site / "authors" / author / "index.html").exists()
    assert (site / "publishers" / "european-policy-centre" / "index.html").exists()
    themes = __import__("yaml").safe_load((ROOT / "sources" / "themes.yml").read_text())["themes"]
    for theme in themes:
        assert (site / "themes" / theme["id"] / "index.html").exists()


def test_every_internal_link_and_anchor_resolves(built_site):
    site = built_site / "site"
    pages = {p: parse_html(p) for p in site.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for _tag, link in parsed.links:
            url = urlparse(link)
            if url.scheme or link.startswith(("//", "mailto:", "data:", "javascript:")):
                continue
            path, fragment = urldefrag(link)
            base = site if path.startswith("/") else page.parent  # only 404.html uses site-absolute links
            target = (base / unquote(path).lstrip("/")).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {link}")
            elif fragment and target.suffix == ".html" and target in pages and unquote(fragment) not in pages[target].ids:
                broken.append(f"{page.relative_to(site)}: {link} (no anchor)")
    assert broken == []


def test_no_resource_is_loaded_from_another_host(built_site):
    offenders = []
    for page in (built_site / "site").rglob("*.html"):
        for tag, link in parse_html(page).links:
            if tag in {"script", "img", "link", "iframe", "source", "video", "audio"} and re.match(r"^(https?:)?//", link):
                if tag == "link" and "canonical" in link:
                    continue
                offenders.append(f"{page.name}: <{tag}> {link}")
    css = "".join(p.read_text(errors="ignore") for p in (built_site / "site").rglob("*.css"))
    assert "fonts.googleapis" not in css and "fonts.gstatic" not in css
    assert offenders == []


def test_brief_page_shows_byline_publisher_date_and_parts(built_site):
    html = (built_site / "site" / "briefs" / "accept-prepare-leverage" / "index.html").read_text()
    assert "Accept, prepare, leverage" in html
    assert 'href="../../authors/iana-maisuradze/"' in html
    assert 'href="../../publishers/european-policy-centre/"' in html
    assert "10 October 2025" in html and "14 min read" in html
    assert 'class="standfirst"' not in html  # it states no summary of its own; its opening sentences are in the body
    assert 'class="pull-quote"' in html
    assert 'class="footnote-backref"' in html and 'id="fn:34"' in html
    assert 'href="source.txt"' in html
    assert 'class="md-nav md-nav--secondary"' in html  # the table of contents


def test_undated_untitled_brief_is_honest(built_site):
    html = (built_site / "site" / "briefs" / "nss-european-security-architecture" / "index.html").read_text()
    about = html[html.index('class="about-brief"'):]
    about = about[: about.index("</aside>")]
    assert ("The text names no author. The text does not state its publisher. "
            "The text does not state when it was published.") in about
    assert "derived-title" in html and "The text states no title" in html
    assert "Untitled brief" not in html  # a placeholder is not a title: the opening words are shown, quoted


def test_timeline_lists_undated_briefs_separately(built_site):
    html = (built_site / "site" / "timeline" / "index.html").read_text()
    html = html[html.index("<article"):]
    assert "Undated briefs" in html
    assert html.index("Accept, prepare, leverage") < html.index("Undated briefs")
    assert "Untitled brief" not in html
    assert html.count("<em>“") >= 3  # the three briefs that state no title, by their quoted opening words


def test_all_briefs_sorted_three_ways(built_site):
    site = built_site / "site" / "briefs"
    card_titles = re.compile(r'<p class="brief-card__title"><a href="[^"]+">(.*?)</a>')
    by_title = card_titles.findall((site / "by-title" / "index.html").read_text())
    assert len(by_title) == len(SLUGS)
    plain = [re.sub(r"<[^>]+>|[“”]", "", t).lower() for t in by_title]
    assert plain == sorted(plain)
    by_date = card_titles.findall((site / "index.html").read_text())
    assert "Accept, prepare, leverage" in by_date[0]  # the one dated brief first, then the undated
    by_publisher = card_titles.findall((site / "by-publisher" / "index.html").read_text())
    assert "Accept, prepare, leverage" in by_publisher[0]  # the one with a publisher, then those without


def test_build_is_deterministic(tmp_path):
    first = copy_project(tmp_path / "a")
    second = copy_project(tmp_path / "b")
    for root in (first, second):
        result = subprocess.run([sys.executable, str(ROOT / "scripts" / "briefs.py"), "build", "--root", str(root)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr

    def tree(root):
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}

    assert tree(first) == tree(second)


def test_build_is_incremental(tmp_path, run_cli):
    root = copy_project(tmp_path)
    first = run_cli("build", "--root", root)
    assert "5 converted, 0 from cache" in first.stderr
    again = run_cli("build", "--root", root)
    assert "nothing changed since the last build" in again.stderr
    (root / "docs" / "timeline" / "index.md").unlink()
    restored = run_cli("build", "--root", root)
    assert "0 converted, 5 from cache); 1 pages written, 0 removed" in restored.stderr
    source = root / "sources" / "briefs" / "us-no-longer-guarantor-of-european-security.txt"
    source.write_text(source.read_text() + "\nOne more closing paragraph added by an editor.\n")
    edited = run_cli("build", "--root", root)
    assert "1 converted, 4 from cache" in edited.stderr


def test_deleted_brief_pages_are_removed(tmp_path, run_cli):
    root = copy_project(tmp_path)
    run_cli("build", "--root", root)
    for path in (root / "sources" / "briefs").glob("us-no-longer-guarantor-of-european-security.*"):
        path.unlink()
    result = run_cli("build", "--root", root)
    assert result.returncode == 0
    assert not (root / "docs" / "briefs" / "us-no-longer-guarantor").exists()
    assert not (root / "docs" / "authors" / "janusz-bugajski").exists()


def test_the_conversion_cache_forgets_deleted_briefs_and_survives_a_half_written_entry(tmp_path, run_cli):
    """Each conversion is written to a temporary file beside its entry and renamed over it, so a build stopped
    while writing leaves no half entry; one left by an older build is converted again, not an error. The entries
    of briefs that no longer exist are pruned at the end of the build, and the build says how many."""
    root = copy_project(tmp_path)
    cache = root / ".cache" / "convert"
    run_cli("build", "--root", root)
    entries = sorted(cache.iterdir())
    assert len(entries) == len(SLUGS) and all(p.suffix == ".json" for p in entries)
    entries[0].write_text('{"key": "a build stopped while writ', encoding="utf-8")
    (cache / f".{entries[1].name}.a1b2c3.tmp").write_text("{", encoding="utf-8")  # a temporary file left by a killed build
    (root / "docs" / "timeline" / "index.md").unlink()
    again = run_cli("build", "--root", root)
    assert again.returncode == 0, again.stderr
    assert "1 converted, 4 from cache" in again.stderr and again.stderr.rstrip().endswith("; 0 cached conversions pruned")
    assert sorted(cache.iterdir()) == entries
    for path in (root / "sources" / "briefs").glob("us-no-longer-guarantor-of-european-security.*"):
        path.unlink()
    pruned = run_cli("build", "--root", root)
    assert pruned.stderr.rstrip().endswith("; 1 cached conversion pruned")
    assert len(list(cache.iterdir())) == len(SLUGS) - 1


def test_duplicate_slug_gets_its_own_page_and_a_warning_naming_both_files(tmp_path, run_cli):
    root = copy_project(tmp_path)
    write_brief(root / "sources" / "briefs", "another.txt", "A title\n\nSome body text here.\n", "slug: accept-prepare-leverage\n")
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    warning = next(line for line in result.stderr.splitlines() if "another.txt" in line)
    assert "warning: slug 'accept-prepare-leverage' is already used by brief sources/briefs/accept-prepare-leverage-transatlantic-security.txt" in warning
    pages = sorted(p.name for p in (root / "docs" / "briefs").iterdir() if p.name.startswith("accept-prepare-leverage"))
    assert len(pages) == 2 and "accept-prepare-leverage" in pages  # the first by source path keeps its slug


def test_invalid_source_fails_the_build_with_its_name(tmp_path, run_cli):
    root = copy_project(tmp_path)
    write_brief(root / "sources" / "briefs", "broken.txt", "Body.\n", "titel: x\n")
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert "broken.yml:1: error: unknown key 'titel' (did you mean 'title'?)" in result.stderr


def test_unknown_theme_in_sidecar_fails(tmp_path, run_cli):
    root = copy_project(tmp_path)
    write_brief(root / "sources" / "briefs", "t.txt", "A title\n\nBody text.\n", "themes: [no-such-theme]\n")
    result = run_cli("build", "--root", root)
    assert result.returncode == 1 and "unknown theme 'no-such-theme'" in result.stderr


def test_build_warns_when_many_sentences_are_left_out_as_boilerplate(tmp_path, run_cli):
    root = copy_project(tmp_path)
    disclaimer = ("The views expressed in this publication are those of the author alone. They do not reflect the views "
                  "of the Halden Forum. The Forum takes no institutional positions. Its staff and trustees are not "
                  "responsible for the content. Reproduction is allowed with attribution. Requests go to the press office. "
                  "Commercial use is not allowed.")
    text = ("Deterrence on a budget\n\nBy Ana Lindqvist\n\nEurope has to decide how much it is willing to pay for its own "
            f"security, and soon. The question is who decides.\n\n{disclaimer}\n\n© 2026 Halden Forum. All rights reserved.\n")
    write_brief(root / "sources" / "briefs", "budget.txt", text)
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert ("budget.txt:7: warning: 9 sentences were left out as boilerplate or page furniture "
            "(check them with 'briefs convert sources/briefs/budget.txt -v')") in result.stderr


def test_no_placeholder_strings_on_any_page(built_site):
    """What readers see never says "Untitled brief", "n.d..", or "1 publishers"."""
    for page in (built_site / "site").rglob("*.html"):
        text = page.read_text()
        for placeholder in ("Untitled brief", "n.d..", " 1 publishers", " 1 authors", " 1 briefs", " 1 themes", " 1 notes", "note(s)"):
            assert placeholder not in text, f"{placeholder!r} in {page.relative_to(built_site)}"
    home = (built_site / "site" / "index.html").read_text()
    assert "5 briefs by 5 authors from 1 publisher," in home


def test_each_listed_brief_is_its_own_card(built_site):
    """Home, author and publisher listings: one card per brief, holding its title and what is known of it,
    and no standfirst made of its opening sentences (more in test_reader_pages.py)."""
    from lxml import html as lxml_html

    for page, expected in (("index.html", 5), ("publishers/european-policy-centre/index.html", 1)):
        tree = lxml_html.parse(str(built_site / "site" / page)).getroot()
        items = tree.find_class("brief-card")
        assert len(items) == expected, page
        for card in items:
            assert len(card.find_class("brief-card__title")) == 1, page
            assert "- " not in card.text_content().replace(" - ", " "), page  # no item swallowed as text
        first = " ".join(items[0].text_content().split())
        assert "Accept, prepare, leverage" in first and "Iana Maisuradze · European Policy Centre · 10 October 2025" in first
        assert "The transatlantic security partnership is entering a new phase." not in first


@pytest.mark.parametrize("source, shown", [("regions.yml", "Countries and regions:"), ("glossary.yml", "glossary/")])
def test_what_depends_on_one_brief_comes_from_the_cache_and_its_file_invalidates_it(tmp_path, run_cli, source, shown):
    """A brief's countries and regions (regions.yml) and its glossary mentions (glossary.yml) depend on it and on
    that file alone: cached with its conversion, so a rebuild from the cache writes the same brief pages, and an
    edited file converts every brief again."""
    root = copy_project(tmp_path)
    run_cli("build", "--root", root)
    pages = {p: p.read_text(encoding="utf-8") for p in (root / "docs" / "briefs").glob("*/index.md")}
    assert any(shown in text for text in pages.values())
    for page in pages:
        page.unlink()
    restored = run_cli("build", "--root", root)
    assert "0 converted, 5 from cache" in restored.stderr
    assert {p: p.read_text(encoding="utf-8") for p in pages} == pages
    edited = root / "sources" / source
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# an editor's note\n", encoding="utf-8")
    assert "5 converted, 0 from cache" in run_cli("build", "--root", root).stderr


def test_a_brief_s_acronyms_are_found_when_it_is_converted_and_read_from_its_cache(tmp_path):
    """The acronyms a brief defines depend on it alone: found at conversion and cached with it, like its words and
    glossary mentions, so that the glossary of a rebuild reads them from the cache instead of scanning every text."""
    root = copy_project(tmp_path)
    build(root)
    report = BuildReport()
    briefs = load_briefs(root, report)
    assert report.cached == len(SLUGS)
    assert all(brief.acronyms == brief_acronyms(brief) for brief in briefs)
    assert briefs[0].acronyms["ESSI"] == ("European Sky Shield Initiative", 67)
    # What the cache says is what the glossary lists: a rebuild does not find them in the text again.
    entry = next((root / ".cache" / "convert").glob("*.json"))
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["brief"]["acronyms"]["ZQX"] = ["Zonal Quartz Exchange", 3]
    entry.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (root / "docs" / "glossary" / "index.md").unlink()
    build(root)
    assert "| ZQX | Zonal Quartz Exchange |" in (root / "docs" / "glossary" / "index.md").read_text(encoding="utf-8")


# -- the brief-page cache (build/page_cache.py) -------------------------------------

APL = "briefs/accept-prepare-leverage/index.md"
APL_SIDECAR = "sources/briefs/accept-prepare-leverage-transatlantic-security.yml"


@pytest.fixture(scope="module")
def cached_project(tmp_path_factory) -> Path:
    """The seed project built once, in this process: its conversion and page caches are warm."""
    root = copy_project(tmp_path_factory.mktemp("cached"))
    report = build(root)
    assert len(report.rendered) == len(SLUGS)
    assert sorted(report.rendered_themes) == THEME_PAGES
    return root


THEME_PAGES = sorted(f"themes/{theme['id']}/index.md"
                     for theme in __import__("yaml").safe_load((ROOT / "sources" / "themes.yml").read_text())["themes"])


def _generated(root: Path) -> dict[str, bytes]:
    docs = root / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes()
            for folder in GENERATED_DIRS for p in sorted((docs / folder).rglob("*")) if p.is_file()}


def _brief_pages_showing(pages: dict[str, bytes], needle: str) -> set[str]:
    return {path for path, text in pages.items() if re.fullmatch(r"briefs/[^/]+/index\.md", path) and needle.encode() in text}


def _edit(root: Path, name: str, old: str | None, new: str) -> None:
    """Replace ``old`` in the file ``name`` with ``new`` (append ``new`` when ``old`` is None)."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old is None or old in text, f"{old!r} is not in {name}"
    path.write_text(text + new if old is None else text.replace(old, new, 1), encoding="utf-8")


def _delete_brief_pages(root: Path) -> None:
    for page in (root / "docs" / "briefs").glob("*/index.md"):
        page.unlink()


# What is edited, and which brief pages must be rendered again: given the generated files before and after the edit.
PAGE_CACHE_EDITS = {
    "nothing (the brief pages deleted)": (_delete_brief_pages, lambda before, after: set()),
    "one brief's date": (lambda root: _edit(root, APL_SIDECAR, None, "date: 2025-10-11\n"), lambda before, after: {APL}),
    # Its title shows on the pages that list it as related. The words are those of the title derived from its opening
    # sentence ("of" is a stop word), so the text similarity, and with it every brief's related briefs, is unchanged.
    "one brief's title": (
        lambda root: _edit(root, "sources/briefs/us-no-longer-guarantor-of-european-security.yml", None,
                           "title: The Donald Trump Administration No Longer Sees the United States as a Guarantor\n"),
        lambda before, after: {"briefs/us-no-longer-guarantor/index.md"}
        | _brief_pages_showing(before, "../us-no-longer-guarantor/") | _brief_pages_showing(after, "../us-no-longer-guarantor/"),
    ),
    "a note on one brief": (
        lambda root: _edit(root, "sources/annotations/accept-prepare-leverage/2026-11-22-policy-briefs-editors-european-sky-shield-initiative-essi.md",
                           "Germany proposed", "Germany first proposed"),
        lambda before, after: {APL},
    ),
    "a glossary entry's names": (
        lambda root: _edit(root, "sources/glossary.yml", "aliases: [US National Security Strategy]",
                           "aliases: [US National Security Strategy, Zzyzx Security Strategy]"),
        lambda before, after: _brief_pages_showing(before, "glossary/nss/index.md"),
    ),
    "a glossary definition (not on brief pages)": (
        lambda root: _edit(root, "sources/glossary.yml", "The US President's statement", "The US president's statement"),
        lambda before, after: set(),
    ),
    "a theme's label": (
        lambda root: _edit(root, "sources/themes.yml", "label: Nuclear deterrence", "label: Nuclear deterrence and arms control"),
        lambda before, after: _brief_pages_showing(before, "themes/nuclear-deterrence/index.md"),
    ),
    "the site's name": (lambda root: _edit(root, "mkdocs.yml", "site_name: Policy Briefs", "site_name: Security Briefs"),
                        lambda before, after: {p for p in before if re.fullmatch(r"briefs/[^/]+/index\.md", p)}),
    "the repository": (lambda root: _edit(root, "mkdocs.yml", 'repository: ""', 'repository: "https://example.org/briefs"'),
                       lambda before, after: {p for p in before if re.fullmatch(r"briefs/[^/]+/index\.md", p)}),
    "a MkDocs setting no page reads": (lambda root: _edit(root, "mkdocs.yml", None, "\ncopyright: Policy Briefs editors\n"),
                                       lambda before, after: set()),
}


@pytest.mark.parametrize("edit", PAGE_CACHE_EDITS)
def test_a_rebuild_renders_only_the_pages_whose_inputs_changed_and_writes_what_a_fresh_build_writes(cached_project, tmp_path, edit):
    """Each brief page is taken from the page cache unless what it shows changed: the brief itself, the titles of the
    briefs it links to, the glossary entries and themes it names, the site's settings. So is each theme page, unless
    the theme or what it shows of its briefs changed (their cards, positions and passages): exactly the theme pages
    whose text changed are rendered again. Whatever was edited, the rebuild writes exactly the files that a build
    from scratch (no cache) writes."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    before = _generated(root)
    change, expected = PAGE_CACHE_EDITS[edit]
    change(root)
    report = build(root)
    rendered = set(report.rendered)
    after = _generated(root)
    _assert_a_build_from_scratch_writes(after, root, tmp_path / "fresh")
    assert rendered == expected(before, after)
    assert len(rendered) < len(SLUGS) or edit in {"the site's name", "the repository"}
    assert set(report.rendered_themes) == {page for page in THEME_PAGES
                                           if _before_abbreviations(after[page]) != _before_abbreviations(before[page])}
    assert len(report.copied) == report.converted  # the sources whose conversion is made afresh, and none other, are read again


def _assert_a_build_from_scratch_writes(generated: dict[str, bytes], root: Path, fresh: Path) -> None:
    """A build of a copy of ``root`` without its caches and generated pages writes exactly ``generated``."""
    shutil.copytree(root, fresh)
    shutil.rmtree(fresh / ".cache")
    for folder in GENERATED_DIRS:
        shutil.rmtree(fresh / "docs" / folder, ignore_errors=True)
    report = build(fresh)
    assert len(report.rendered) == report.briefs
    from_scratch = _generated(fresh)
    assert sorted(set(generated) ^ set(from_scratch)) == []
    assert [path for path in sorted(generated) if generated[path] != from_scratch[path]] == []


def _before_abbreviations(text: bytes) -> bytes:
    """A page without the expansions of the acronyms it uses (abbr's ``*[ACR]: …`` lines, added after it is rendered)."""
    return re.sub(rb"(?m)^\*\[[^\]]+\]: .*\n", b"", text)


def test_an_acronym_one_brief_defines_is_expanded_on_the_pages_that_use_it_without_rendering_them_again(cached_project, tmp_path):
    """A brief that defines an acronym ("United Kingdom (UK)") gives its expansion to every page that uses it; the
    other briefs' acronyms come from their cached conversions, and their pages (brief and theme pages) from the page
    cache unless their text changed: the expansions are added to a page after it is rendered."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    before = _generated(root)
    _edit(root, "sources/briefs/post-war-european-security-order-collapsed.txt", "United Kingdom, too", "United Kingdom (UK), too")
    report = build(root)
    assert report.converted == 1
    after = _generated(root)
    _assert_a_build_from_scratch_writes(after, root, tmp_path / "fresh")
    expansion = b"*[UK]: United Kingdom\n"
    gained = {p for p in after if expansion in after[p] and expansion not in before.get(p, b"")}
    assert {APL, "briefs/europes-best-bet/index.md"} <= gained
    changed = {p for p in after if re.fullmatch(r"briefs/[^/]+/index\.md", p)
               and _before_abbreviations(after[p]) != _before_abbreviations(before[p])}
    assert set(report.rendered) == {"briefs/post-war-order-collapsed/index.md"} | changed
    assert APL not in report.rendered
    assert set(report.rendered_themes) == {p for p in THEME_PAGES if _before_abbreviations(after[p]) != _before_abbreviations(before[p])}


GUARANTOR_COPY = "briefs/us-no-longer-guarantor/source.txt"


def test_a_rebuild_reads_again_only_the_sources_whose_copy_may_be_stale(cached_project, tmp_path):
    """The copy of each source beside its page is read and decoded again only when the source (or what its conversion
    is made from) changed, or the copy on disk is not the one the last build left there; otherwise it is kept as it
    is. Whatever changed, the rebuild writes exactly the files that a build from scratch writes."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    _edit(root, "sources/briefs/us-no-longer-guarantor-of-european-security.txt", None, "\nOne more closing paragraph.\n")
    assert build(root).copied == [GUARANTOR_COPY]
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh1")
    # A copy changed by hand (or half written) is made again, even when its source is unchanged.
    (root / "docs" / "briefs" / "accept-prepare-leverage" / "source.txt").write_text("edited by hand\n", encoding="utf-8")
    _edit(root, "sources/annotations/accept-prepare-leverage/2026-11-22-policy-briefs-editors-european-sky-shield-initiative-essi.md",
          "Germany proposed", "Germany first proposed")
    assert build(root).copied == ["briefs/accept-prepare-leverage/source.txt"]
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh2")
    # A new brief takes a slug from one that keeps its source: each copy is still its own brief's source.
    write_brief(root / "sources" / "briefs", "aaa.txt", "A new brief\n\nIts only paragraph.\n", "slug: us-no-longer-guarantor\n")
    copied = build(root).copied
    assert len(copied) == 2 and GUARANTOR_COPY in copied  # the old brief's copy under its new slug, the new brief's under the old one
    assert re.fullmatch(r"briefs/us-no-longer-guarantor-\w+/source\.txt", next(c for c in copied if c != GUARANTOR_COPY))
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh3")
    for path in (root / "sources" / "briefs").glob("aaa.*"):
        path.unlink()
    assert build(root).copied == [GUARANTOR_COPY]
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh4")


def test_a_change_of_code_renders_every_brief_and_theme_page_again(cached_project, tmp_path, monkeypatch):
    """The page cache is keyed on the code and the versions of the libraries that shape the output, like the conversions."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    _delete_brief_pages(root)
    monkeypatch.setattr(pipeline, "code_version", lambda: "another version of the code")
    report = build(root)
    assert len(report.rendered) == len(SLUGS)
    assert sorted(report.rendered_themes) == THEME_PAGES


def test_a_page_is_keyed_on_its_related_briefs_and_reasons_not_on_their_scores(cached_project):
    """Scores only rank a brief's related briefs and move with any edit anywhere in the corpus (every TF-IDF weight
    does): a page is keyed on the related briefs it shows, in order, and their reasons; its renderer never sees a score."""
    report = BuildReport()
    site, _notes = enrich_stage(cached_project, load_briefs(cached_project, report), False, report)
    brief = site.by_slug["accept-prepare-leverage"]
    key = page_key(brief_page_inputs(brief, site), "code")
    brief.related[0]["score"] += 0.01
    assert page_key(brief_page_inputs(brief, site), "code") == key
    assert all("score" not in related for related in brief_page_inputs(brief, site).brief.related)
    brief.related[0]["reason"] += "; edited"
    assert page_key(brief_page_inputs(brief, site), "code") != key
    brief.related.reverse()
    assert page_key(brief_page_inputs(brief, site), "code") not in {key, page_key(brief_page_inputs(brief, site), "other code")}


@pytest.mark.parametrize("seeds", [("1", "2"), ("3", "4")])
def test_a_page_s_key_is_the_same_in_every_process(cached_project, tmp_path, seeds):
    """Nothing a page is keyed on may follow a process's string hashing (a set's order, as a glossary entry's names of
    one length once had): a build in another process takes every brief and theme page from the cache."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    shutil.rmtree(root / ".cache" / "pages")
    said = []
    for seed in seeds:
        _delete_brief_pages(root)  # and the theme pages: a page whose file is as the last build left it is not even read
        for page in THEME_PAGES:
            (root / "docs" / page).unlink()
        build = subprocess.run([sys.executable, str(ROOT / "scripts" / "briefs.py"), "build", "--root", str(root)],
                               capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONHASHSEED": seed})
        said.append(build.stderr.strip().splitlines()[-1])
    themes = len(THEME_PAGES)
    assert f"; 5 brief pages rendered, 0 from the page cache; {themes} theme pages rendered, 0 from the page cache" in said[0]
    assert f"; 0 brief pages rendered, 5 from the page cache; 0 theme pages rendered, {themes} from the page cache" in said[1]


# -- related briefs ---------------------------------------------------------------


def _reason_pair_by_pair(brief, other, weights, vocabulary, distinctive, taxonomy) -> str:
    """What relate says of one pair, read from the TF-IDF weights of the two briefs alone: the themes they share (four
    at most), then the three distinctive words whose weights multiply to the most (ties: the vocabulary's order)."""
    labels = [(taxonomy.get(t).label if taxonomy.get(t) else t) for t in brief.themes if t in other.themes]
    parts = ["shares: " + ", ".join(labels[:4])] if labels else []
    mine, theirs = weights[brief.slug], weights[other.slug]
    shared = sorted(set(mine.indices) & set(theirs.indices))
    best = [w for _, w in sorted((-(mine[0, w] * theirs[0, w]), w) for w in shared if distinctive[w])[:3]]
    if best:
        parts.append("similar wording: " + ", ".join(vocabulary[w] for w in best))
    return "; ".join(parts)


@pytest.mark.parametrize("count", [40, 240], ids=["small corpus", "large corpus"])
def test_each_related_brief_s_reason_is_what_the_two_briefs_weights_say(cached_project, count):
    """A related brief's reason names the themes both briefs discuss and the three distinctive words they share whose
    TF-IDF weights multiply to the most: relate finds them for all pairs at once, and they are those a pair-by-pair
    reading of the two briefs' weights finds (on variants of the seed briefs: some words and themes of each)."""
    import copy
    import random

    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from brieflib.enrich.corpus import taxonomy_for
    from brieflib.enrich.related import relate

    seeds, taxonomy = load_briefs(cached_project, BuildReport()), taxonomy_for(cached_project)
    rng = random.Random(count)
    briefs = []
    for i in range(count):
        brief = copy.deepcopy(seeds[i % len(seeds)])
        words = brief.terms.split()
        brief.slug, brief.terms = f"variant-{i:03d}", " ".join(w for w in words if rng.random() < 0.3)
        brief.themes = sorted(rng.sample(taxonomy.ids, rng.randint(0, 4)))
        briefs.append(brief)
    relate(briefs, taxonomy)
    large = count >= 200
    vectorizer = TfidfVectorizer(analyzer=str.split, sublinear_tf=True, dtype=np.float32, max_df=0.5 if large else 0.9,
                                 min_df=2 if large else 1, max_features=20000 if large else None)
    matrix = vectorizer.fit_transform([b.terms for b in briefs]).tocsr()
    weights = {b.slug: matrix[row] for row, b in enumerate(briefs)}
    vocabulary, distinctive = vectorizer.get_feature_names_out(), vectorizer.idf_ > vectorizer.idf_.min() + 1e-6
    by_slug = {b.slug: b for b in briefs}
    reasons = [(b.slug, r["slug"], r["reason"]) for b in briefs for r in b.related]
    assert len(reasons) >= 3 * count and any("similar wording" in reason for _, _, reason in reasons)
    expected = [(a, b, _reason_pair_by_pair(by_slug[a], by_slug[b], weights, vocabulary, distinctive, taxonomy)) for a, b, _ in reasons]
    assert reasons == expected


NOTE = "sources/annotations/accept-prepare-leverage/2026-11-22-policy-briefs-editors-european-sky-shield-initiative-essi.md"

# What is edited, and whether the related briefs must be found again (their TF-IDF model fitted again).
RELATED_EDITS = [
    ("a note on one brief", lambda root: _edit(root, NOTE, "Germany proposed", "Germany first proposed"), False),
    ("one brief's date", lambda root: _edit(root, APL_SIDECAR, None, "date: 2025-10-11\n"), False),
    ("nothing (the brief pages deleted)", _delete_brief_pages, False),
    ("one brief's text", lambda root: _edit(root, "sources/briefs/us-no-longer-guarantor-of-european-security.txt", None,
                                            "\nOne more closing paragraph about submarine cables.\n"), True),
    ("a theme's label", lambda root: _edit(root, "sources/themes.yml", "label: Nuclear deterrence", "label: Nuclear deterrence and arms control"), True),
]


def test_the_related_briefs_are_found_again_only_when_what_relates_briefs_changed(cached_project, tmp_path):
    """The related briefs depend on every brief's words, themes and slug, in order, and on the themes' labels (the
    reasons name them): while none of those changed (a note, a date), a rebuild takes them from .cache/related.json
    instead of weighing every brief's words again. Whatever was edited, they are exactly those of a build from scratch."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    build(root)  # the cache of related briefs filled, whichever code built cached_project
    for number, (_what, change, found_again) in enumerate(RELATED_EDITS):
        change(root)
        report = build(root)
        assert report.related_cached is not found_again, _what
        fresh = tmp_path / f"fresh{number}"
        _assert_a_build_from_scratch_writes(_generated(root), root, fresh)
        cached, from_scratch = (json.loads((folder / ".cache" / "related.json").read_text(encoding="utf-8"))
                                for folder in (root, fresh))
        assert cached == from_scratch, _what


# -- the generated files on disk: compared with what the build makes only when what they are made from changed ------

# What is edited between two builds; each time the generated files the rebuild compares with (or writes over) those on
# disk are at least those it writes, and at most those plus the pages it rendered afresh and the sources whose
# conversion is made from something else (a sidecar edited: the copy of the source is read, and is the same).
STAMP_EDITS = [
    ("a note on one brief", lambda root: _edit(root, NOTE, "Germany proposed", "Germany first proposed")),
    ("one brief's text", lambda root: _edit(root, "sources/briefs/us-no-longer-guarantor-of-european-security.txt", None,
                                            "\nOne more closing paragraph about submarine cables.\n")),
    ("one brief's title", lambda root: _edit(root, "sources/briefs/us-no-longer-guarantor-of-european-security.yml", None,
                                             "title: The Donald Trump Administration No Longer Sees the United States as a Guarantor\n")),
    ("a theme's label", lambda root: _edit(root, "sources/themes.yml", "label: Nuclear deterrence", "label: Nuclear deterrence and arms control")),
    ("the site's address", lambda root: _edit(root, "mkdocs.yml", None, "\nsite_url: https://briefs.example.org/\n")),
]


def test_a_rebuild_compares_only_the_generated_files_whose_inputs_changed(cached_project, tmp_path):
    """Each generated file is stamped in the build manifest with a key of what it is made from (a brief or theme
    page's key and the acronyms it expands, a source copy's conversion key, the text of any other file) and the size
    and mtime the build left it with: a rebuild reads and compares only the files whose stamp changed, not the
    thousands of others. Whatever was edited, it writes exactly what a build from scratch writes."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    _delete_brief_pages(root)
    build(root)  # a manifest with every file's stamp, whichever code built cached_project
    everything = len(_generated(root))
    for number, (what, change) in enumerate(STAMP_EDITS):
        change(root)
        report = build(root)
        compared, written = set(report.compared), set(report.written)
        assert written <= compared <= written | set(report.rendered) | set(report.rendered_themes) | set(report.copied), what
        assert len(compared) < everything / 2, what
        _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / f"fresh{number}")


def test_a_generated_file_edited_deleted_or_added_by_hand_is_put_right(cached_project, tmp_path):
    """A generated file whose size or mtime is not what the last build left is compared again and rewritten, a
    deleted one written again, and a file added by hand among the generated ones removed; nothing else is read."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    _delete_brief_pages(root)
    build(root)
    docs = root / "docs"
    edited = ["timeline/index.md", "briefs/accept-prepare-leverage/cite.bib", APL, THEME_PAGES[0]]
    for name in edited:
        (docs / name).write_text((docs / name).read_text(encoding="utf-8").replace("e", "é", 1), encoding="utf-8")
    same_size = docs / "authors" / "index.md"  # an edit that keeps the size: its mtime moves
    text = same_size.read_text(encoding="utf-8")
    same_size.write_text(text.replace("a", "b", 1), encoding="utf-8")
    os.utime(same_size, ns=(same_size.stat().st_atime_ns, same_size.stat().st_mtime_ns + 1_000_000))
    (docs / "glossary" / "index.md").unlink()
    (docs / "briefs" / "accept-prepare-leverage" / "notes.md").write_text("added by hand\n", encoding="utf-8")
    _edit(root, NOTE, "Germany proposed", "Germany first proposed")  # so that the build is not skipped
    report = build(root)
    repaired = {*edited, "authors/index.md", "glossary/index.md"}
    assert repaired <= set(report.written) and set(report.compared) <= set(report.written) | set(report.rendered)
    assert report.removed == ["briefs/accept-prepare-leverage/notes.md"]
    assert report.pages_read == [THEME_PAGES[0]] and report.rendered == [APL]  # the page edited by hand read from the cache
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh")


@pytest.mark.parametrize("words", [50, 2**40], ids=["one 64-bit key", "too many words for one key"])
def test_the_words_of_the_pairs_are_sorted_by_pair_then_weight_then_word(words):
    """Sorting every pair's shared words at once (a reason takes each pair's first three) gives lexsort's order, ties
    in weight included, whether the pair, the weight and the word fit in one 64-bit key or not."""
    import numpy as np

    from brieflib.enrich.related import _by_pair_weight_word

    rng = np.random.default_rng(7)
    pair = np.sort(rng.integers(0, 300, 5000))
    weight = rng.choice(np.array([0.5, 0.25, 1e-3, 3e-7, 0.125], dtype=np.float32), 5000) * rng.choice([1, 1, 1.5], 5000).astype(np.float32)
    word = rng.integers(0, min(words, 10**6), 5000)
    order = _by_pair_weight_word(pair, weight, word, words)
    expected = np.lexsort((word, -weight, pair))
    assert [(pair[i], weight[i], word[i]) for i in order] == [(pair[i], weight[i], word[i]) for i in expected]


def test_a_page_whose_stamp_is_unchanged_is_neither_read_from_the_page_cache_nor_scanned_for_acronyms(cached_project, tmp_path):
    """A brief or theme page whose key is the last build's, in a site whose acronyms are the same (so its text uses the
    same ones), has the stamp it had without its text: when its file is as the last build left it, the page is not
    read from the page cache at all (``report.pages_read`` lists those that are). A page edited by hand is read, or
    rendered when its cache entry is gone; a new acronym has every page scanned again."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    _delete_brief_pages(root)
    build(root)
    _edit(root, NOTE, "Germany proposed", "Germany first proposed")
    report = build(root)
    assert report.rendered == [APL] and report.rendered_themes == [] and report.pages_read == []
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh1")
    _edit(root, "sources/briefs/post-war-european-security-order-collapsed.txt", "United Kingdom, too", "United Kingdom (UK), too")
    report = build(root)
    assert sorted(report.pages_read + report.rendered + report.rendered_themes) == sorted(
        [path for path in _generated(root) if re.fullmatch(r"briefs/[^/]+/index\.md", path)] + THEME_PAGES)
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh2")
    (root / "docs" / THEME_PAGES[0]).write_text("edited by hand\n", encoding="utf-8")
    (root / "docs" / "briefs" / "europes-best-bet" / "index.md").write_text("edited by hand\n", encoding="utf-8")
    shutil.rmtree(root / ".cache" / "pages")
    (root / ".cache" / "pages").mkdir()
    _edit(root, NOTE, "Germany first proposed", "Germany had first proposed")
    report = build(root)
    assert sorted(report.rendered) == [APL, "briefs/europes-best-bet/index.md"] and report.rendered_themes == [THEME_PAGES[0]]
    assert report.pages_read == []
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh3")


def test_a_manifest_that_names_an_acronym_the_glossary_no_longer_has_makes_the_page_scanned_again(cached_project, tmp_path):
    """What the manifest says a page's text uses is trusted only while it can be true: a record naming an acronym
    that the glossary does not have (a manifest edited or left by another build) has the page scanned again."""
    root = tmp_path / "cached"
    shutil.copytree(cached_project, root)
    _delete_brief_pages(root)
    build(root)
    manifest_path = root / ".cache" / "build-manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["pages"]["briefs/europes-best-bet/index.md"][2] = ["ZQX"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    _edit(root, NOTE, "Germany proposed", "Germany first proposed")
    report = build(root)
    assert "briefs/europes-best-bet/index.md" in report.pages_read
    _assert_a_build_from_scratch_writes(_generated(root), root, tmp_path / "fresh")
