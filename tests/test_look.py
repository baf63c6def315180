"""What the site looks like to a reader: the typeface, the measure, phones, print, the palette, the README's pictures.

The real site is built once (conftest's ``built_site``) and opened in Debian's Chromium.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser

BRIEF = "briefs/accept-prepare-leverage/"
SERIF = "Source Serif 4"


def pages_of(site: Path) -> list[str]:
    """Every HTML page of the built site as a path under its root (the search index's own files left out)."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site).as_posix()
        if relative.startswith(("pagefind/", "assets/")):
            continue
        paths.append(relative.removesuffix("index.html"))
    return paths


def test_body_text_is_the_self_hosted_serif(page, served_site, built_site):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(served_site["root"] + BRIEF)
    loaded = page.evaluate("""async () => { await document.fonts.ready;
        return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/["']/g, '')); }""")
    assert SERIF in loaded
    family = page.evaluate("getComputedStyle(document.querySelector('article p[id^=\"p-\"]')).fontFamily")
    assert family.replace('"', "").startswith(SERIF)
    fonts = page.evaluate("performance.getEntriesByType('resource').map(e => e.name).filter(n => /\\.woff2?($|\\?)/.test(n))")
    assert any("source-serif-4" in url for url in fonts)
    assert [url for url in fonts if not url.startswith(served_site["root"])] == []
    assert [url for url in requests if not url.startswith((served_site["root"], "data:", "blob:"))] == []
    assert page.foreign_requests == []
    licence = built_site / "site" / "assets" / "fonts" / "source-serif-4" / "LICENSE"
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence.read_text(encoding="utf-8")


MEASURE = """(p) => {
    const style = getComputedStyle(p), ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = p.textContent.replace(/\\s+/g, ' ').trim();
    return p.clientWidth / (ctx.measureText(text).width / text.length);
}"""


@pytest.mark.parametrize("width", [1280, 1920])
def test_a_brief_paragraph_is_60_to_80_characters_wide(browser, served_site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(served_site["root"] + BRIEF)
    page.evaluate("document.fonts.ready.then(() => true)")
    paragraphs = page.locator("article p[id^='p-']")
    assert paragraphs.count() > 3
    characters = paragraphs.nth(0).evaluate(MEASURE)
    context.close()
    assert 60 <= characters <= 80, f"{characters:.1f} characters a line at {width} px"


TABLE_BOXES = """() => [...document.querySelectorAll('article table')].map(table => {
    let box = table.parentElement;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
    return box ? box.getBoundingClientRect().right - innerWidth : null;
})"""
# A column squeezed to a few letters a line reads as a ladder: a table scrolls rather than squeezing its cells.
NARROWEST_CELL = "Math.min(...[...document.querySelectorAll('article td')].map(td => td.getBoundingClientRect().width), 1e9)"


def test_no_page_scrolls_sideways_on_a_phone_and_tables_scroll_in_their_own_box(browser, served_site, built_site):
    paths = pages_of(built_site / "site")
    kinds = {p.split("/")[0] for p in paths}
    assert {"", "briefs", "themes", "authors", "publishers", "search", "glossary", "404.html"} <= kinds
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    wide, tables = [], 0
    for path in paths:
        page.goto(served_site["root"] + path)
        overflow = page.evaluate("document.scrollingElement.scrollWidth - innerWidth")
        if overflow > 0:
            wide.append(f"{path or 'home'}: the page is {overflow} px too wide")
        boxes = page.evaluate(TABLE_BOXES)
        tables += len(boxes)
        wide += [f"{path}: a table has no scrolling box of its own" for box in boxes if box is None]
        wide += [f"{path}: a table's box is {box} px too wide" for box in boxes if box is not None and box > 0]
        narrowest = page.evaluate(NARROWEST_CELL)
        if narrowest < 64:
            wide.append(f"{path}: a table cell is squeezed to {narrowest:.0f} px")
    context.close()
    assert wide == []
    assert tables >= 5


def chroma(rgb: str) -> float:
    """How colourful a CSS ``rgb(r, g, b)`` colour is: its largest channel minus its smallest, from 0 (a grey) to 1."""
    channels = [int(v) for v in re.findall(r"\d+", rgb)[:3]]
    return (max(channels) - min(channels)) / 255


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_header_is_calmer_than_materials_indigo(browser, served_site, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(served_site["root"] + BRIEF)
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    context.close()
    # Material's indigo header (#4051b5) has a chroma of 0.46.
    assert chroma(header) < 0.2, header


def test_print_hides_the_header_navigation_and_footer(page, served_site):
    page.goto(served_site["root"] + BRIEF)
    page.emulate_media(media="print")
    shown = page.evaluate("""() => ['.md-header', '.md-tabs', '.md-sidebar--primary', '.md-sidebar--secondary',
        '.md-footer', '.briefs-search'].filter(s => { const e = document.querySelector(s); return e && e.checkVisibility(); })""")
    assert shown == []
    family = page.evaluate("getComputedStyle(document.querySelector('article p[id^=\"p-\"]')).fontFamily")
    assert family.replace('"', "").startswith(SERIF)


SCREENSHOT = re.compile(r"docs/assets/screenshots/([\w-]+\.png)")


def test_the_readme_screenshots_are_taken_by_the_script(built_site, tmp_path):
    from PIL import Image, ImageStat

    referenced = sorted(set(SCREENSHOT.findall((ROOT / "README.md").read_text(encoding="utf-8"))))
    assert len(referenced) >= 5
    assert [name for name in referenced if not (ROOT / "docs" / "assets" / "screenshots" / name).is_file()] == []
    assert not (built_site / "site" / "assets" / "screenshots").exists(), "README pictures are not part of the site"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(built_site / "site"), str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in referenced:
        with Image.open(tmp_path / name) as image:
            stats = ImageStat.Stat(image.convert("L"))
            assert image.width >= 390 and stats.stddev[0] > 20, f"{name} looks blank"
